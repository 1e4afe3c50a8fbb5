"""Find the lines news pages drag along (ads, paywall prompts, tracking code).

They are marked, not deleted: extraction skips them, offsets still index the
original text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

Span = tuple[int, int]
LINE = re.compile(r"[^\n]+")


def lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped line) for every non-blank line, offsets of the stripped part."""
    for m in LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            start = m.start() + (len(raw) - len(raw.lstrip()))
            yield start, start + len(stripped), stripped


def find_boilerplate(text: str, rules, inline=()) -> list[Span]:
    """Character spans of boilerplate, in text order.

    A line is boilerplate when a line rule matches it whole; an inline rule
    marks just its match ("(AP Photo/Alexander Zemlianichenko)" after a caption).
    """
    spans = []
    for start, end, line in lines(text):
        body = line.strip(" \t•·*-–—|>").strip()
        if any(rx.fullmatch(body) for _, _, rx in rules):
            spans.append((start, end))
            continue
        for _, _, rx in inline:
            for m in rx.finditer(line):
                if m.end() > m.start():
                    spans.append((start + m.start(), start + m.end()))
    return sorted(set(spans))


# A long page has many boilerplate spans and many mentions asking about them: a scan per question made the
# article cost the square of its length. A longer list is indexed once (its starts in order, and the furthest end
# reached by any span starting there or before) and asked by bisection. Lists of spans are never changed once made
# (a Doc's pc_boilerplate); the index is kept for the few lists last asked about, with the list itself.
SCAN = 16
_INDEX: dict[int, tuple[list, int, list[int], list[int]]] = {}


def inside(spans: list[Span], start: int, end: int | None = None) -> bool:
    """Does one of `spans` hold [start, end]?"""
    end = start if end is None else end
    if len(spans) <= SCAN:
        return any(s <= start and end <= e for s, e in spans)
    cached = _INDEX.get(id(spans))
    if cached is None or cached[0] is not spans or cached[1] != len(spans):
        ordered = sorted((s, e) for s, e in spans)
        reach, most = [], None
        for _, e in ordered:
            most = e if most is None or e > most else most
            reach.append(most)
        if len(_INDEX) >= 4:
            _INDEX.clear()  # (one step: threads of a Dask worker may share this table)
        cached = _INDEX[id(spans)] = (spans, len(spans), [s for s, _ in ordered], reach)
    k = bisect_right(cached[2], start)  # the spans starting at or before `start`
    return k > 0 and cached[3][k - 1] >= end
