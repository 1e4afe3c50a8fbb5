"""Conditions extraction: what each side demands, rejects or offers, of whom, for which regions, and when.

A pipeline of stages, one module each, sharing per-article state through Doc extensions (model.py):
mentions.py (where a type is named), enumerations.py (list items take their header's stance and holder),
frames.py (the stance of each mention from the cues whose scope covers it), holders.py with resolve.py and
actors.py (who holds it), targets.py (who must act, which regions), references.py (terms that stand for a set of
conditions named before), records.py (one record per type, stance and holder). component.py registers the spaCy
factory "peacecond_conditions" that runs them in order.
"""
from . import component  # noqa: F401  (registers the factory)
