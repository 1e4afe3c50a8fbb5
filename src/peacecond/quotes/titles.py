"""Quoted names: a span in quotation marks that names a work, a plan or an operation ('a report titled "..."',
'the "..." framework') is no statement: its kind is "title"
(patterns/title_cues.jsonl says which words around the marks make a name)."""
from __future__ import annotations

import re

from ..errors import PatternError
from ..patterns import STR, Spec, read_jsonl

TITLE_CUE_SPEC: Spec = {"cue": (STR, True), "where": (STR, True), "shape": (STR, True)}
WHERE, SHAPES = {"before", "either"}, {"any", "title", "name"}
REACH = 40  # characters looked at on each side of the marks: a cue is the word or two next to them
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def load_title_cues(path) -> dict[str, tuple[str, str]]:
    """cue (case-folded) -> (where, shape), from patterns/title_cues.jsonl."""
    cues: dict[str, tuple[str, str]] = {}
    for n, row in read_jsonl(path, TITLE_CUE_SPEC):
        cue = " ".join(row["cue"].casefold().split())
        if row["where"] not in WHERE:
            raise PatternError(path, n, f"'where' must be one of {', '.join(sorted(WHERE))}, not {row['where']!r}")
        if row["shape"] not in SHAPES:
            raise PatternError(path, n, f"'shape' must be one of {', '.join(sorted(SHAPES))}, not {row['shape']!r}")
        if not cue or cue in cues:
            raise PatternError(path, n, f"cue {row['cue']!r} is empty or listed twice")
        cues[cue] = (row["where"], row["shape"])
    return cues


def title_shaped(text: str) -> bool:
    """Written as a title: the first word and every word of four letters or more capitalised, and no sentence
    inside ("Road to Peace" is; "We will not sign" and "Peace. Now." are not)."""
    words = WORD.findall(text)
    if not words or not words[0][:1].isupper() or re.search(r"[.!?;]\s+\S", text.strip()):
        return False
    return all(w[:1].isupper() for w in words if len(w) >= 4)


def name_shaped(text: str) -> bool:
    """Written as a name: its first word capitalised, and no sentence inside ("Accord on the Road to Good
    Neighbourliness" and "Reunification of X and Y" may be; "I" or a quoted sentence is not). Whether a verb is
    finite is the parse's question (mark_titles' `finite`)."""
    words = WORD.findall(text)
    return bool(words) and words[0][:1].isupper() and words[0] != "I" and len(words) > 1 \
        and not re.search(r"[.!?;]\s+\S", text.strip())


def _cue_before(text: str, start: int, cues) -> tuple[str, str] | None:
    """The cue just before the opening mark at start - 1 ("titled", "known as", "his memoir,")."""
    left = text[max(0, start - 1 - REACH):start - 1].rstrip()
    left = left[:-1].rstrip() if left.endswith((",", ":")) else left
    words = WORD.findall(left[-REACH:])
    for n in (2, 1):
        if len(words) >= n and left.casefold().endswith(" ".join(words[-n:]).casefold()):
            hit = cues.get(" ".join(words[-n:]).casefold())
            if hit is not None:
                return hit
    return None


def _cue_after(text: str, end: int, cues) -> tuple[str, str] | None:
    """The cue just after the closing mark at end ('the "..." plan'); a plural is its noun's ("initiatives")."""
    m = WORD.match(text[end + 1:end + 1 + REACH].lstrip(" "))
    if m is None:
        return None
    word = m.group(0).casefold()
    hit = cues.get(word) or (cues.get(word[:-1]) if word.endswith("s") else None)
    return hit if hit is not None and hit[0] == "either" else None


def mark_titles(text: str, quotes: list[dict], cues: dict[str, tuple[str, str]], finite=None) -> None:
    """Direct quotes that a cue marks as a name become kind "title", whoever's statement holds them ('Lavrov
    said the "..." framework was dead' names the framework in Lavrov's words). finite(start, end): does the span hold
    a finite verb (a "name" shape holds none: 'the "Agreement on the Path to Peace" of 2023' names a text, 'the
    "We will never leave" speech' quotes one); without it no "name" cue applies, nor to a quote a speech verb
    attributes ('called the plan a "Serious step forward," the minister said' is his statement)."""
    for q in quotes:
        if q["kind"] != "direct" or len(q["text"].split()) < 2:
            continue  # (one quoted word, a nickname or a scare-quoted term, is a fragment's business)
        body = q["text"].strip().rstrip(",.")
        for hit in (_cue_before(text, q["start"], cues), _cue_after(text, q["end"], cues)):
            if hit is not None and (hit[1] == "any" or title_shaped(body) or (
                    hit[1] == "name" and q["cue"] is None and finite is not None and name_shaped(body)
                    and not finite(q["start"], q["end"]))):
                q["kind"] = "title"
                break
