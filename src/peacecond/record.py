"""Build the output record of one article from its Doc: reads extensions, computes nothing new."""
from __future__ import annotations

import hashlib
import os

from spacy.tokens import Doc

from .patterns import Patterns
from .reader import Article

SCHEMA_VERSION = "1.3"


def record_id(article: Article) -> str:
    """The same for one article however its file was named (a.txt, ./a.txt, /abs/a.txt, a link to it): its
    resolved path, its line in a dump, its text. (Since 0.4.0: ids of earlier versions used the path as given.)"""
    path = article.resolved or (article.path if article.path.startswith("<")  # "<stdin>"
                                else os.path.realpath(article.path))
    key = f"{path}\0{article.line or ''}\0{article.text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _mention(m: dict) -> dict:
    return {"text": m["text"], "start": m["start"], "end": m["end"]}


def regions(doc: Doc, pats: Patterns) -> list[dict]:
    """One entry per canonical region, groups ("Donbas") credited to each member."""
    out: dict[str, dict] = {}
    for m in doc._.pc_regions or []:
        entry = pats.regions[m["id"]]
        for rid in entry.get("members") or [m["id"]]:
            reg = pats.regions[rid]
            item = out.setdefault(rid, {"name": rid, "code": reg["code"], "country": reg["country"], "mentions": []})
            item["mentions"].append(_mention(m))
    return list(out.values())


def actors(doc: Doc, pats: Patterns) -> list[dict]:
    out: dict[str, dict] = {}
    for m in doc._.pc_actors or []:
        act = pats.actors[m["id"]]
        item = out.setdefault(m["id"], {"name": m["id"], "party": act["party"], "kind": act["kind"],
                                        "role": act.get("role"), "mentions": []})
        item["mentions"].append(_mention(m))
    for person in doc._.pc_people or []:
        if person["name"] not in out:
            out[person["name"]] = {"name": person["name"], "party": person.get("party"), "kind": person["kind"],
                                   "role": person.get("role"), "mentions": list(person["mentions"])}
    return sorted(out.values(), key=lambda a: a["mentions"][0]["start"] if a["mentions"] else 0)


def _span(text: str, found) -> dict | None:
    return {"text": text[found.start:found.end], "start": found.start, "end": found.end} if found else None


def build_record(article: Article, doc: Doc, pats: Patterns, *, title: str | None, published: str | None,
                 model: str, relevant: bool = True, include_text: bool = True, title_at=None,
                 published_at=None) -> dict:
    """title_at / published_at: where the text shows the title and the publication date (metadata.Found), None when
    they came from the source's own fields or the text does not show them."""
    boiler = doc._.pc_boilerplate or []
    record = {
        "schema": SCHEMA_VERSION,
        "id": record_id(article),
        "source": {"path": article.path, "line": article.line, "id": article.ident},
        "title": title,
        "published": published,
        "title_span": _span(article.text, title_at),
        "published_span": _span(article.text, published_at),
        "relevant": relevant,
        "regions": regions(doc, pats) if relevant else [],
        "actors": actors(doc, pats) if relevant else [],
        "speakers": (doc._.pc_speakers or []) if relevant else [],
        "quotes": (doc._.pc_quotes or []) if relevant else [],
        "conditions": (doc._.pc_conditions or []) if relevant else [],
        "dates": (doc._.pc_dates or []) if relevant else [],
        "warnings": list(doc._.pc_warnings or []),
        "boilerplate": [{"text": article.text[s:e], "start": s, "end": e} for s, e in boiler],
        "model": model,
        "patterns": pats.fingerprint,
    }
    if include_text:
        record["text"] = article.text
    return record
