"""Title and publication date of an article, from the source's fields or its first lines."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

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


def normalize_date(value: str) -> str | None:
    """A dump's date field as ISO YYYY-MM-DD, or None when it is not a calendar day."""
    return read_date(value)[0]


# "03/11/2024", "3-11-2024", "11.03.2024": numbers only. Read as the text's date lines are read
# (patterns/published.jsonl): dots are day.month.year; with slashes or dashes, the number over 12 is
# the day; when both could be the month, the date is not guessed.
NUMERIC_DATE = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)")


@lru_cache(maxsize=4096)
def read_date(value: str) -> tuple[str | None, str | None]:
    """(a dump's date field as ISO YYYY-MM-DD or None, why it is None when the field says something)."""
    m = ISO_PREFIX.match(value)
    if m:
        iso = _iso(*m.groups())
        return (iso, None) if iso else (None, f"date field {value!r} is no calendar date; left out")
    m = NUMERIC_DATE.match(value)
    if m:
        a, sep, b, year = m.groups()
        if sep == "." or (int(a) > 12 and int(b) <= 12):
            day, month = a, b
        elif int(b) > 12 and int(a) <= 12:
            month, day = a, b
        elif a == b:
            day = month = a
        elif int(a) > 12 and int(b) > 12:  # neither can be the month
            return None, f"date field {value!r} is no calendar date; left out"
        else:
            return None, (f"date field {value!r} is ambiguous (day {a} month {b}, or month {a} day {b}); left out: "
                          "give it as YYYY-MM-DD")
        iso = _iso(year, month, day)
        return (iso, None) if iso else (None, f"date field {value!r} is no calendar date; left out")
    import dateparser  # slow to import; only dumps with free-form dates need it

    # Absolute dates only: "yesterday" in a dump's field would make the output depend on the day it runs.
    parsed = dateparser.parse(value, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
    if parsed is None:
        return None, f"date field {value!r} is not a date peacecond can read; left out: give it as YYYY-MM-DD"
    return parsed.date().isoformat(), None


def header(text: str, boilerplate) -> list[tuple[int, int, str]]:
    out = []
    for start, end, line in lines(text):
        if start > HEADER_CHARS or len(out) >= HEADER_LINES:
            break
        if not inside(boilerplate, start, end):
            out.append((start, end, line))
    return out


# What may follow the date on a date line: nothing, a time, a separator before the story
# ("Washington – November 21, 2025 – The ..."), a source in brackets. A time may carry its
# am/pm glued on ("Thu Feb 12, 2015 10:27am EST", wire style). A date followed by
# the rest of a sentence ("December 5, 2022, was the day ...") is the story talking.
DATE_LINE_TAIL = re.compile(
    r"\s*(?:$|\.\s*$|[–—|•·/(\[]|-\s|,?\s*(?:at\s+)?T?\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\b\.?)?(?!\w)"
    r"|,\s*$|,\s*(?:last\s+)?(?:updated|modified)\b)",
    re.I)
# What may precede it: nothing, or a byline/place closed by a separator ("Oleh Pavliuk — ").
DATE_LINE_HEAD = re.compile(r"(?:.*[–—|•·:,]|.*\s-)?\s*", re.S)


def _date_line_date(line: str, m: re.Match, labels: frozenset[str]) -> bool:
    """Is this date match the line's own date (a date line), not a date the story mentions?"""
    if m.start() > DATE_NEAR_START:
        return False
    head = line[:m.start()]
    words = re.findall(r"[a-z]+", head.lower())
    # "Published June 14, 2024", "Updated on ...", "date 2024-06-14 ...": a label vouches for the date.
    if words and (words[-1] in labels or (words[-1] in {"on", "at"} and len(words) > 1 and words[-2] in labels)):
        return True
    if not DATE_LINE_HEAD.fullmatch(head):
        return False  # "in Moscow, Russia June 14, 2024" (a caption), "On December 5, 2022" (a sentence)
    return bool(DATE_LINE_TAIL.match(line, m.end()))


def _date_matches(line: str, rules, labels: frozenset[str]):
    for _, rx in rules:
        for m in rx.finditer(line):
            if _date_line_date(line, m, labels):
                iso = _iso(m.group("year"), m.group("month"), m.group("day"))
                if iso:
                    yield m, iso


class Found(NamedTuple):
    """What a header line says (a headline, an ISO date) and where it says it: text[start:end]."""
    value: str
    start: int
    end: int


def date_line(text: str, boilerplate, rules, labels=()) -> Found | None:
    """The date of a date line at the top of the article, with the offsets of the date as written; never a date
    from the story.

    `labels` are words that introduce a date line ("published", "updated"): see
    patterns/published_labels.txt.
    """
    labels = frozenset(w.lower() for w in labels)
    for start, end, line in header(text, boilerplate):
        if not text[end:].strip():
            return None  # the article's only line is its story, not a headline
        for m, iso in _date_matches(line, rules, labels):
            return Found(iso, start + m.start(), start + m.end())
    return None


TITLE_MAX = 200  # a longer line is a paragraph: the story has begun, and the headline comes before it
TITLE_MIN_WORDS = 4
TITLE_MAX_WORDS = 24  # a longer line is the story's first sentence
SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][\"'”’)]?\s+[A-Z\"“‘]")


def headline(text: str, boilerplate, rules, labels=()) -> Found | None:
    """The first header line that reads like a headline (short, one sentence, not a date line), with its offsets.

    A date line's leading date ("date 2024-06-14 Putin says ...") is not part of the headline.
    """
    labels = frozenset(w.lower() for w in labels)
    for start, end, line in header(text, boilerplate):
        if not text[end:].strip():
            return None  # the article's only line is its story, not a headline
        dated = next(_date_matches(line, rules, labels), None)
        if dated is not None:
            m, _ = dated
            head = re.findall(r"[a-z]+", line[:m.start()].lower())
            if head and head[-1] not in labels and head[-1] not in {"on", "at"}:
                continue  # a dateline ("Washington – May 1, 2025 – The ...") runs into the story
            rest = line[m.end():]
            line = rest.lstrip(" \t,;:–—-|•·")
            start = end - len(line)
        n_words = len(line.split())
        if len(line) > TITLE_MAX or n_words > TITLE_MAX_WORDS:
            return None  # a paragraph of the story: the headline would have come before it
        if TITLE_MIN_WORDS <= n_words <= TITLE_MAX_WORDS and not SENTENCE_BREAK.search(line) \
                and not re.match(r"\d{1,2}[:.]\d\d\b", line):
            return Found(line, start, end)
    return None

