"""Title and publication date of an article, from the source's fields or its first lines."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .boilerplate import inside, lines

HEADER_LINES = 10  # a date line further down is part of the story, not the header
HEADER_CHARS = 2500
DATE_NEAR_START = 60  # a dateline date sits at the start of a long line ("Washington – May 1, 2025 – ...")
SHORT_LINE = 100
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _iso(year: str, month: str, day: str) -> str | None:
    m = int(month) if month.isdigit() else MONTHS.get(month[:3].lower())
    try:
        return dt.date(int(year), m, int(day)).isoformat() if m else None
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def normalize_date(value: str) -> str | None:
    """A dump's date field as ISO YYYY-MM-DD, or None when it is not a calendar day."""
    m = ISO_PREFIX.match(value)
    if m:
        return _iso(*m.groups())
    import dateparser  # slow to import; only dumps with free-form dates need it

    parsed = dateparser.parse(value, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def header(text: str, boilerplate) -> list[tuple[int, int, str]]:
    out = []
    for start, end, line in lines(text):
        if start > HEADER_CHARS or len(out) >= HEADER_LINES:
            break
        if not inside(boilerplate, start, end):
            out.append((start, end, line))
    return out


def find_published(text: str, boilerplate, rules) -> str | None:
    """The date of a date line at the top of the article; never a date from the story."""
    for _, _, line in header(text, boilerplate):
        for _, rx in rules:
            for m in rx.finditer(line):
                if len(line) > SHORT_LINE and m.start() > DATE_NEAR_START:
                    continue
                iso = _iso(m.group("year"), m.group("month"), m.group("day"))
                if iso:
                    return iso
    return None


def find_title(text: str, boilerplate, rules) -> str | None:
    """The first header line that reads like a headline (not a date line, not a sentence fragment)."""
    for _, _, line in header(text, boilerplate):
        if any(rx.fullmatch(line.strip()) for _, rx in rules):
            continue
        words = line.split()
        if len(words) >= 3 and len(line) <= 300:
            return line
    return None
