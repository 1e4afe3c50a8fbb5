"""records: one record per (type, stance, holder's party) per article, from doc._.pc_cond_found (stage 5).

Reads what the stages set and nothing else; sets doc._.pc_conditions, which the record builder reads. Each
evidence item carries its own holder (`by`), `date` and `quote` index.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..components.dates import statement_date
from ..conditions_rules import PLOVER_EVENT
from ..extensions import doc_text
from . import resolve
from .model import Found


def act_verb(R, A, doc: Doc, start: int, end: int, cue_verbs: set[int]) -> Token | None:
    """The verb of the act a condition was stated in: the stance verb governing the evidence ("rejected",
    "demanded", "called on": a verb of a stance cue) or, above it, the speech verb of the holder's statement
    ("said"); else, for words inside a quote, the quote's speech verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span.root
    for _ in range(12):
        if t.pos_ == "VERB" and (t.i in cue_verbs or t.lemma_.lower() in R.holder_verbs):
            return t
        if t.head.i == t.i:
            break
        t = t.head
    k = resolve.quote_at(R, A, doc, start, end)
    q = doc._.pc_quotes[k] if k is not None else {}
    if q.get("cue_start") is not None and q.get("cue_end") is not None:
        cue = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")
        if cue is not None and len(cue) and cue.root.pos_ in ("VERB", "AUX"):
            return cue.root
    return None


def date(R, A, doc: Doc, start: int, end: int, cue_verbs: set[int]) -> str | None:
    """A condition's date is that of the act it was stated in (statement_date: a verb with no date of its own
    shares the date of the act it is part of, else the sentence's main act, else the publication date)."""
    return statement_date(doc, start, end, verb=act_verb(R, A, doc, start, end, cue_verbs))


def merge(R, A, doc: Doc, found: list[Found]) -> list[dict]:
    text = doc_text(doc)
    groups: dict[tuple, dict] = {}
    cue_verbs = {i for c in doc._.pc_cond_cues or () for i in range(c.start, c.end) if doc[i].pos_ == "VERB"}
    seen: set[tuple] = set()  # evidence items already listed, by group
    for f in sorted(found, key=lambda f: (f.start, f.end, f.type, f.stance)):
        party = f.holder.party if f.holder else None
        name = f.holder.name if f.holder else None
        key = (f.type, f.stance, party or name)
        when = date(R, A, doc, f.start, f.end, cue_verbs)  # the group's date is its first item's
        g = groups.get(key)
        if g is None:
            tdef = R.types[f.type]
            by = {"name": name, "party": party} if (name or party) else None
            g = groups[key] = {
                "type": f.type, "stance": f.stance, "by": by, "on": f.on, "regions": [],
                "date": when, "cameo": tdef["cameo"][f.stance],
                "plover": {"event": PLOVER_EVENT[f.stance], "mode": tdef["plover_mode"]}, "evidence": [],
            }
        elif g["by"] is not None and g["by"]["name"] is None and name:
            g["by"]["name"] = name
        if g["on"] is None and f.on:
            g["on"] = f.on
        for rid in f.regions:
            if rid not in g["regions"]:
                g["regions"].append(rid)
        # Each item keeps its own holder, date and quote: statements by different people merged into one
        # condition stay visible.
        ev = {"text": text[f.start:f.end], "start": f.start, "end": f.end,
              "quote": resolve.quote_at(R, A, doc, f.start, f.end),
              "by": {"name": name, "party": party} if (name or party) else None,
              "date": when}
        ident = (key, f.start, f.end, name, party, when)
        if ident not in seen:
            seen.add(ident)
            g["evidence"].append(ev)
    out = headline_yields(R, text, list(groups.values()))
    for g in out:
        g["evidence"].sort(key=lambda e: (e["start"], e["end"]))
    out.sort(key=lambda g: (g["evidence"][0]["start"], g["type"], g["stance"], (g["by"] or {}).get("party") or ""))
    return out


HEADING_WORDS = 25  # a longer line is prose, not a heading
HEADING_REACH = 400  # chars either side of an evidence item its line may run (a page with no line breaks has none)
# The end of the first line that ends as a sentence does: headings stand above it (list items and subheads further
# down are short lines too, and are no headline)
FIRST_PROSE = re.compile(r"[.!?\"”'’][ \t]*(?:\n|$)")


def in_heading(text: str, start: int, end: int, top: int) -> bool:
    """Does the span sit on a heading line above the story's first sentence (top): one short line that does not end
    as a sentence does and that no sentence runs on from into the next line?"""
    if end > top:
        return False
    line_start = text.rfind("\n", max(0, start - HEADING_REACH), start) + 1
    line_end = text.find("\n", end, end + HEADING_REACH)
    if (line_start == 0 and start > HEADING_REACH) or (line_end < 0 and len(text) - end > HEADING_REACH):
        return False
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if not line or len(line.split()) > HEADING_WORDS or line[-1] in ".!?\"”'’":
        return False
    following = text[line_end + 1:line_end + 3].lstrip(" \t") if line_end >= 0 else ""
    return not following[:1].islower()


def headline_yields(R, text: str, groups: list[dict]) -> list[dict]:
    """ "Nigerian Islamists demand army pullout" over a story in which Boko Haram demands it: a headline squeezes the
    side into a few words (a country's adjective or possessive for a group in it, no name at all); where the story's
    body states the same condition with the same stance, held by a non-state group, the body says who holds it, and
    the headline's group (no side, or a state read from those few words) is dropped. A headline the body never
    repeats, repeats with no side named, or gives to a side it names outright stands ("Hamas demands withdrawal"
    over a body where Egypt demands it too)."""
    if not groups:
        return groups
    first = FIRST_PROSE.search(text)
    top = first.start() if first else len(text)
    kinds = R.parties.kinds
    body: dict[tuple, set] = {}
    for g in groups:
        if g["by"] is not None and g["by"]["party"] and \
                not all(in_heading(text, e["start"], e["end"], top) for e in g["evidence"]):
            body.setdefault((g["type"], g["stance"]), set()).add(g["by"]["party"])

    def yields(g) -> bool:
        named = body.get((g["type"], g["stance"]))
        if not named or not all(in_heading(text, e["start"], e["end"], top) for e in g["evidence"]):
            return False
        party = (g["by"] or {}).get("party")
        return party is None or (kinds.get(party) == "state" and party not in named and
                                 any(kinds.get(p) == "group" for p in named))
    return [g for g in groups if not yields(g)] if body else groups
