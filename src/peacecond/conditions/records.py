"""records: one record per (type, stance, holder's party) per article, from doc._.pc_cond_found (stage 5).

Reads what the stages set and nothing else; sets doc._.pc_conditions, which the record builder reads. Each
evidence item carries its own holder (`by`), `date` and `quote` index.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..components.dates import statement_date
from ..conditions_rules import PLOVER_EVENT
from ..extensions import doc_text
from . import resolve
from .model import Found


def date(doc: Doc, start: int, end: int) -> str | None:
    return statement_date(doc, start, end)


def merge(R, A, doc: Doc, found: list[Found]) -> list[dict]:
    text = doc_text(doc)
    groups: dict[tuple, dict] = {}
    for f in sorted(found, key=lambda f: (f.start, f.end, f.type, f.stance)):
        party = f.holder.party if f.holder else None
        name = f.holder.name if f.holder else None
        key = (f.type, f.stance, party or name)
        g = groups.get(key)
        if g is None:
            tdef = R.types[f.type]
            by = {"name": name, "party": party} if (name or party) else None
            g = groups[key] = {
                "type": f.type, "stance": f.stance, "by": by, "on": f.on, "regions": [],
                "date": date(doc, f.start, f.end), "cameo": tdef["cameo"][f.stance],
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
              "date": date(doc, f.start, f.end)}
        if ev not in g["evidence"]:
            g["evidence"].append(ev)
    out = list(groups.values())
    for g in out:
        g["evidence"].sort(key=lambda e: (e["start"], e["end"]))
    out.sort(key=lambda g: (g["evidence"][0]["start"], g["type"], g["stance"], (g["by"] or {}).get("party") or ""))
    return out
