"""Conditions as dated events, for the timeline picture (`peacecond plot`) or a notebook.

An event is one condition as one statement made it: dated by the evidence item's own date where the record
gives one (its own `date`, else the date of the quote it sits in), else the condition's `date`, else the
article's publication date. ISO dates at a coarser grain (a month, a week, a year, an interval) stand at the
middle of the time they name.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable

STANCES = ("demand", "reject", "offer")
NO_PARTY = "no party"
_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")


@dataclass(frozen=True, order=True)
class Event:
    date: dt.date | None  # None only for the undated conditions record_events lists apart
    party: str  # the holder's party, NO_PARTY when the record gives none
    type: str
    stance: str
    article: str  # the record's id (else its source path): events of one article are counted once each


def _period(text: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO date at any grain the records use; None if it is not one."""
    m = _DAY.fullmatch(text.strip())
    if not m:
        return None
    year, month, day, week = m.groups()
    y = int(year)
    try:
        if week:
            return dt.date.fromisocalendar(y, int(week), 1), dt.date.fromisocalendar(y, int(week), 7)
        if day:
            d = dt.date(y, int(month), int(day))
            return d, d
        if month:
            first = dt.date(y, int(month), 1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            return first, last
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def to_date(value) -> dt.date | None:
    """The day an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, or an interval A/B with '..' for an open
    end) stands for on a time axis: the middle of the time it names. None for anything else."""
    if isinstance(value, dict):  # a dates entry
        value = value.get("value")
    if not isinstance(value, str) or not value.strip():
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        pa, pb = (None if s.strip() == ".." else _period(s) for s in (a, b))
        if pa is None and pb is None:
            return None
        start, end = (pa or pb)[0], (pb or pa)[1]
    else:
        period = _period(value)
        if period is None:
            return None
        start, end = period
    if end < start:
        start, end = end, start
    return start + (end - start) / 2


def _evidence_dates(cond: dict, quotes: list) -> list:
    out = []
    for ev in cond.get("evidence") or []:
        if not isinstance(ev, dict):
            continue
        day = to_date(ev.get("date"))
        q = ev.get("quote")
        if day is None and isinstance(q, int) and not isinstance(q, bool) and 0 <= q < len(quotes):
            day = to_date(quotes[q].get("date")) if isinstance(quotes[q], dict) else None
        out.append(day)
    return out


def record_events(record: dict) -> tuple[list[Event], list[Event]]:
    """The events of one record, and its conditions that have no date at all (as events dated None)."""
    published = to_date(record.get("published"))
    src = record.get("source")
    article = str(record.get("id") or (src.get("path") if isinstance(src, dict) else src) or "")
    quotes = record.get("quotes") if isinstance(record.get("quotes"), list) else []
    events, undated = set(), []
    for cond in record.get("conditions") or []:
        if not isinstance(cond, dict) or not cond.get("type"):
            continue
        by = cond.get("by")
        party = (by.get("party") if isinstance(by, dict) else by) or NO_PARTY
        stance = cond.get("stance") or "demand"
        fallback = to_date(cond.get("date")) or published
        days = {d or fallback for d in _evidence_dates(cond, quotes)} or {fallback}
        days.discard(None)
        if not days:
            undated.append(Event(None, str(party), str(cond["type"]), str(stance), article))
        events.update(Event(d, str(party), str(cond["type"]), str(stance), article) for d in days)
    return sorted(events), undated


def select(events: Iterable[Event], *, parties=None, types=None, stances=None) -> list[Event]:
    """The events of the given holder parties (NO_PARTY or 'none' for no holder), types and stances;
    None keeps all. Parties compare without case."""
    keep_party = None if not parties else {NO_PARTY if p.lower() in ("none", NO_PARTY) else p.upper()
                                           for p in parties}
    return [e for e in events
            if (keep_party is None or (e.party if e.party == NO_PARTY else e.party.upper()) in keep_party)
            and (not types or e.type in types) and (not stances or e.stance in stances)]


@dataclass
class Collected:
    events: list
    articles: int = 0  # records with at least one event kept
    undated: int = 0  # conditions with no date at all
    errors: list = None  # InputError each: a file or record that could not be read


def collect(names, *, stdin=None, parties=None, types=None, stances=None) -> Collected:
    """The kept events of peacecond JSON Lines files (or whatever jq makes of them; '-' is `stdin`, a binary
    stream), streamed: what cannot be read is an InputError in `errors`, the rest is read."""
    import io

    from .errors import InputError
    from .summary import iter_json_values

    out = Collected([], errors=[])
    for name in names:
        label = "<stdin>" if name == "-" else name
        try:
            fh = io.TextIOWrapper(stdin, encoding="utf-8-sig") if name == "-" else open(name, encoding="utf-8-sig")
        except OSError as err:
            out.errors.append(InputError(name, f"cannot read ({err.strerror or err})"))
            continue
        try:
            for n, item in enumerate(iter_json_values(fh, label), 1):
                if isinstance(item, InputError):
                    out.errors.append(item)
                    continue
                try:
                    found, undated = record_events(item)
                except (AttributeError, TypeError):  # (Python's words would not help the reader)
                    out.errors.append(InputError(label, f"record {n} is not a peacecond record (a field has the "
                                                        "wrong type)"))
                    continue
                kept = select(found, parties=parties, types=types, stances=stances)
                out.events += kept
                out.articles += bool(kept)
                out.undated += len(select(undated, parties=parties, types=types, stances=stances))
        except OSError as err:
            out.errors.append(InputError(label, f"cannot read ({err.strerror or err})"))
        except UnicodeDecodeError as err:
            out.errors.append(InputError(label, f"not UTF-8 text ({err.reason})"))
        finally:
            if name == "-":
                fh.detach()  # standard input stays open for whoever reads it next
            else:
                fh.close()
    return out
