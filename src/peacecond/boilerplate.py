"""Find the lines news pages drag along (ads, paywall prompts, tracking code).

They are marked, not deleted: extraction skips them, offsets still index the
original text.
"""
from __future__ import annotations

import re
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


def inside(spans: list[Span], start: int, end: int | None = None) -> bool:
    end = start if end is None else end
    return any(s <= start and end <= e for s, e in spans)
