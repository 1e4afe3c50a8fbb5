"""Normalise one date expression against an anchor day: the pure half of the dates component.

    normalize("on Friday", "2022-12-05")      -> DateValue("2022-12-02", "day", relative=True)
    normalize("February 2022", None)          -> DateValue("2022-02", "month", relative=False)
    normalize("since 2014", None)             -> DateValue("2014/..", "range", relative=False)
    normalize("last week", None)              -> DateValue(None, "week", relative=True)
    normalize("two-year", "2022-12-05")       -> None (a duration, not a date)

Values are ISO 8601 at the precision the text gives and no finer: YYYY, YYYY-MM,
YYYY-MM-DD, YYYY-Www for weeks, and intervals "A/B" with ".." for an open end
(ISO 8601-2 / EDTF). `relative` says the value needed the anchor; without an
anchor such expressions keep value None.

Which side of the anchor a date without a year lies on is the caller's to say
from the tense of its clause: `future=True` (will, plans to, is due), `future=False`
(a past tense: "met on Friday", "stepped down in March"), `future=None` (the
clause does not say: present tense, a modal, a deadline). News convention
(HeidelTime's news mode): a weekday is the most recent one ON OR BEFORE the
anchor (the same day when they match) unless the clause speaks of the future; a
month or a day-month without a year is on the side the tense gives, and where
the tense says nothing the nearer of the two ("talks could start in January" in
December is next January; "in March" in November is March of that year).
Quarters, halves, seasons, fiscal years and "now" are peacecond.date_periods'.

The common shapes are parsed here (exact and cheap); dateparser (languages
['en']) only normalises the absolute shapes this grammar does not know, is
imported lazily, and every result is cached per (expression, anchor).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .date_numbers import digits
from .date_periods import DateValue, period

GRAINS = ("day", "week", "month", "year", "range", "quarter", "half", "season", "decade", "century", "ref")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
MONTH_RX = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY_RX = r"(?:" + "|".join(WEEKDAYS) + r")"
YEAR_RX = r"(?:1[89]\d\d|20\d\d)"
DAY_RX = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

# Words around a date that shift or blur it without changing its precision:
# "early December" is still December, "the end of 2022" still 2022.
HEDGES = re.compile(
    r"^(?:(?:at least|at most|(?:the )?(?:end|start|beginning|middle|turn|close|first half|second half) of|the|on|"
    r"both|either|neither|"
    r"in|at|of|"
    r"during|by|around|about|over|within|earlier|later|as early as|as late as|early|late|mid|just|only|nearly|"
    r"almost|roughly|some|approximately|more than|less than|fewer than)\s+|mid-)+")
LEADING_WEEKDAY = re.compile(rf"^(?:(?:this|next|last|this coming|coming|this past) )?{WEEKDAY_RX},?\s+(?=.*\d)")

DEICTIC = {  # expression -> days from the anchor
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday afternoon": -1,
    "yesterday evening": -1, "the day before yesterday": -2,
    "tomorrow": 1, "tomorrow morning": 1, "tomorrow night": 1, "the day after tomorrow": 2,
}
# Anaphoric: counted from the last day the text mentioned (the caller passes it as the anchor).
ANAPHORIC = {
    "the next day": 1, "the following day": 1, "the day after": 1, "a day later": 1, "the next morning": 1,
    "the day before": -1, "the day prior": -1, "the previous day": -1, "the preceding day": -1,
    "a day earlier": -1, "the eve": -1, "that day": 0, "the same day": 0, "that same day": 0,
}
# Anaphoric periods: "that year", "the following month", counted from the last such period the text named.
ANAPHORIC_UNIT = re.compile(r"^(?:(?P<q>that|the same|that same|the following|the previous|the preceding|the prior) "
                            r"(?P<u>week|month|year)|the (?P<u2>week|month|year) (?P<q2>before|after|earlier|later))$")
UNIT_STEP = {"that": 0, "the same": 0, "that same": 0, "the following": 1, "the previous": -1, "the preceding": -1,
             "the prior": -1, "before": -1, "earlier": -1, "after": 1, "later": 1}
# The end of the current period: "by year end", "before year's end", "at month-end".
PERIOD_END = re.compile(r"^(?:the )?(?:calendar )?(?P<u>week|month|year)(?:'s | |-)end$")
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
         "year": "year", "years": "year", "decade": "decade", "decades": "decade"}


def clean(expr: str) -> str:
    """The expression as the grammar reads it: lower case, plain quotes and dashes, no trailing punctuation."""
    s = expr.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"\s+", " ", s.strip().lower())
    s = re.sub(r"'s$", "", s)
    s = re.sub(rf"^an? (?={MONTH_RX} )", "", s)  # "an Aug. 10, 1988, agreement"
    s = digits(s)  # transcripts: "nineteen ninety-six", "march eighth"
    s = re.sub(r"^an? (?=\d+(?:st|nd|rd|th)[- ]century\b)", "", s)  # "a 20th century democrat"
    s = s.strip(" \"'`,;:!?()[]")
    if s.endswith(".") and not re.search(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$", s):
        s = s[:-1]
    return s


def anaphoric_unit(expr: str) -> str | None:
    """"day" for "the next day", "the day prior", "the previous Friday"; "year" for "that year", "two years
    later": the grain of the last date the text mentioned that such an expression counts from; else None."""
    s = clean(expr)
    if s in ANAPHORIC or ANAPHORIC_WEEKDAY.match(s):
        return "day"
    m = ANAPHORIC_UNIT.match(s) or ANAPHORIC_UNIT.match(HEDGES.sub("", s))
    if m:
        return m.group("u") or m.group("u2")
    m = AGO.match(s) or AGO.match(HEDGES.sub("", s))  # "nearly two years later"
    if m and m.group("q") in ("later", "earlier", "before"):
        return UNITS[m.group("u")]
    return None


def is_anaphoric(expr: str) -> bool:
    """True for "the next day", "that year", "two days later": counted from the last date the text mentioned."""
    return anaphoric_unit(expr) is not None


def parse_anchor(anchor: str | None) -> dt.date | None:
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def normalize(expr: str, anchor: str | None = None, future: bool | None = None) -> DateValue | None:
    """The value of one date expression, or None when it is not a date at all (a duration, a time of day)."""
    return _normalize(clean(expr), anchor, future)


# ---------------------------------------------------------------------------------------------------------
# calendar helpers


def _week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _month_shift(d: dt.date, months: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + months
    return n // 12, n % 12 + 1


def _weekday(anchor: dt.date, wd: int, mode: str) -> dt.date:
    """mode: 'past' on or before the anchor, 'future' on or after, 'last' strictly before, 'next' strictly after."""
    back = (anchor.weekday() - wd) % 7
    if mode == "past":
        return anchor - dt.timedelta(days=back)
    if mode == "last":
        return anchor - dt.timedelta(days=back or 7)
    ahead = (wd - anchor.weekday()) % 7
    if mode == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor + dt.timedelta(days=ahead or 7)


def _year_for(anchor: dt.date, month: int, day: int | None, mode: str) -> int:
    """The year that puts month (and day) on the requested side of the anchor ('near': the nearer side)."""
    if mode == "near":
        if day is None:
            back, ahead = (anchor.month - month) % 12, (month - anchor.month) % 12
        else:
            y_back, y_ahead = _year_for(anchor, month, day, "past"), _year_for(anchor, month, day, "future")
            back = (anchor - dt.date(y_back, month, min(day, 28))).days
            ahead = (dt.date(y_ahead, month, min(day, 28)) - anchor).days
        return _year_for(anchor, month, day, "past" if back <= ahead else "future")
    here = (anchor.month, anchor.day) if day else (anchor.month, 1)
    there = (month, day or 1)
    if mode == "past":
        return anchor.year if there <= here else anchor.year - 1
    if mode == "last":
        return anchor.year if there < here else anchor.year - 1
    if mode == "future":
        return anchor.year if there >= here else anchor.year + 1
    return anchor.year if there > here else anchor.year + 1


def _day_ok(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------------------------------------------------
# the grammar

ABSOLUTE = [  # (regex, kind); groups m=month d=day y=year
    (re.compile(rf"^(?P<y>{YEAR_RX})-(?P<m>\d\d)-(?P<d>\d\d)$"), "ymd"),
    (re.compile(rf"^(?P<y>{YEAR_RX})-(?P<m>\d\d)$"), "ym"),
    (re.compile(rf"^(?P<m>{MONTH_RX}) (?P<d>{DAY_RX}),? (?P<y>{YEAR_RX})$"), "mdy"),
    (re.compile(rf"^(?P<d>{DAY_RX}) (?:of )?(?P<m>{MONTH_RX}),? (?P<y>{YEAR_RX})$"), "mdy"),
    (re.compile(rf"^(?P<m>{MONTH_RX}),? (?P<y>{YEAR_RX})$"), "my"),
    (re.compile(rf"^(?:the )?(?:year )?(?P<y>{YEAR_RX})$"), "y"),
    (re.compile(rf"^(?P<m>{MONTH_RX}) (?P<d>{DAY_RX})$"), "md"),
    (re.compile(rf"^(?:the )?(?P<d>{DAY_RX}) (?:of )?(?P<m>{MONTH_RX})$"), "md"),
    (re.compile(rf"^(?P<m>{MONTH_RX})$"), "m"),
]
REL_MONTH = re.compile(rf"^(?P<q>last|this|next|this past|this coming|past|coming) (?P<m>{MONTH_RX})$")
REL_WEEKDAY = re.compile(rf"^(?P<q>last|this|next|this past|this coming|past|coming)?\s*(?P<w>{WEEKDAY_RX}){PART_OF_DAY}$")
REL_UNIT = re.compile(r"^(?P<q>last|this|next|previous|the previous|the current|the coming|the next|current|"
                      r"coming|the last|the past|past)\s+(?P<u>week|month|year)$|^(?P<q2>this|the current) decade$")
AGO = re.compile(r"^(?P<n>\d+|" + "|".join(NUMBERS) + r") (?P<u>days?|weeks?|months?|years?|decades?) "
                 r"(?P<q>ago|earlier|before|later|from now)$")
SPLIT_YEAR = re.compile(rf"^(?P<y>{YEAR_RX})[-/](?P<yy>\d\d)(?: (?:season|fiscal year|financial year|school year|"
                        r"academic year|budget))?$")
DAY_ALONE = re.compile(r"^(?:the )?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)$")
MONTH_OF_YEAR = re.compile(rf"^(?P<m>{MONTH_RX}) (?:of )?(?P<q>last|this|next) year$")
YEAR_STEP = {"last": -1, "this": 0, "next": 1}
PAST_N = re.compile(r"^(?:the )?(?P<q>past|last|previous|next|coming) (?P<n>\d+|" + "|".join(NUMBERS)
                    + r") (?P<u>days|weeks|months|years)$")
ANAPHORIC_WEEKDAY = re.compile(rf"^the (?P<q>previous|preceding|following) (?P<w>{WEEKDAY_RX}){PART_OF_DAY}$")
RANGE_LEAD = re.compile(r"^(?:from|between) ")
RANGE_SEP = re.compile(r" (?:to|and|until|till|through) | ?- ?")
# Two days of one month: "June 15-16", "March 3 to 5, 2022", "15-16 June 2024", "the 3rd and 4th of May".
DAY_JOIN = r"(?: ?- ?| to | and | through | till | until )"
DAY_RANGES = [
    re.compile(rf"^(?P<m>{MONTH_RX}) (?P<d1>{DAY_RX}){DAY_JOIN}(?P<d2>{DAY_RX})(?:,? (?P<y>{YEAR_RX}))?$"),
    re.compile(rf"^(?:the )?(?P<d1>{DAY_RX}){DAY_JOIN}(?:the )?(?P<d2>{DAY_RX}) (?:of )?(?P<m>{MONTH_RX})"
               rf"(?:,? (?P<y>{YEAR_RX}))?$"),
]
WEEKEND = re.compile(r"^(?:(?:over|during|at|on|in) )?(?:the )?(?P<q>last|this|next|past|coming)? ?weekend$")
PAST_STRETCH = re.compile(r"^(?:(?:over|during|in|within|for) )?the (?:past|last) (?P<u>week|month|year)$")
OPEN_START = re.compile(r"^(?:since|from|starting(?: in| from| on)?|beginning(?: in)?|as of|after) (?P<a>.+)$")
OPEN_END = re.compile(r"^(?:until|till|through|up to|up until|before) (?P<a>.+)$")


# A value's every end must be a year 0001-9999 (ISO 8601's basic range, what datetime can hold).
IN_CALENDAR = re.compile(r"^(?:(?!0000)\d{4}(?![\d])[^/]*|\.\.)(?:/(?:(?!0000)\d{4}(?![\d])[^/]*|\.\.))?$|_REF$"
                         r"|^\d{2,3}$")  # a century, a decade


@lru_cache(maxsize=8192)
def _normalize(s: str, anchor: str | None, future: bool | None) -> DateValue | None:
    if not s:
        return None
    a = parse_anchor(anchor)
    try:
        found = _parse(s, a, future)
    except (OverflowError, ValueError):  # datetime past year 1 or 9999 ("yesterday" on 0001-01-01)
        found = None if a is None else _normalize(s, None, future)
    else:
        if found is not None and found.value is not None and not IN_CALENDAR.search(found.value):
            # a year 0 or 10000: what the anchor cannot give is null
            found = _normalize(s, None, future) if a is not None else DateValue(None, found.grain, True)
    return found


def _parse(s: str, a: dt.date | None, future: bool | None) -> DateValue | None:
    m = OPEN_START.match(s)
    inner = _single(m.group("a"), a, future) if m else None
    if inner is not None and inner.grain != "range":
        return _interval(inner, None)
    m = OPEN_END.match(s)
    inner = _single(m.group("a"), a, future) if m else None
    if inner is not None and inner.grain != "range":
        return _interval(None, inner)
    found = _day_range(RANGE_LEAD.sub("", s), a, future)
    if found is not None:
        return found
    single = _single(s, a, future)
    if single is not None:
        return single
    body = RANGE_LEAD.sub("", s)
    for sep in RANGE_SEP.finditer(body):
        if sep.group().strip() == "and" and not s.startswith("between "):
            continue  # "both 2023 and 2024", "June and August": two dates; "between June and August" one stretch
        left, right = body[:sep.start()].strip(), body[sep.end():].strip()
        r = _single(right, a, future)
        if r is None or r.grain == "range" or not left:
            continue
        lv = None
        if re.search(YEAR_RX, right) and not re.search(YEAR_RX, left):
            lv = _borrow(left, right, a, future)  # "June to September 2022": the year is said once
        lv = lv or _single(left, a, future)
        if lv is not None and lv.grain != "range":
            found = _interval(lv, r)
            if found is None and r.relative and r.grain == lv.grain and lv.value and _plain(lv.value):
                # "from Dec. 28 to Jan. 3": the right end is the first such day on or after the left one
                start = dt.date.fromisoformat((lv.value + "-01-01")[:10])
                found = _interval(lv, _single(right, start, True))
            if found is not None:
                return found
    return None


def _day_range(s: str, a: dt.date | None, future: bool | None) -> DateValue | None:
    """Two days of one month, both in the year the text gives, else in the year the first day takes."""
    for rx in DAY_RANGES:
        m = rx.match(s)
        if m is None:
            continue
        first = _single(f"{m['m']} {m['d1']}" + (f" {m['y']}" if m["y"] else ""), a, future)
        if first is None or first.grain != "day":
            return None
        if first.value is None:
            return DateValue(None, "range", True)
        last = _single(f"{m['m']} {m['d2']} {first.value[:4]}", a, future)
        if last is None:
            return None
        return _interval(first, DateValue(last.value, "day", first.relative))
    return None


def _borrow(left: str, right: str, a: dt.date | None, future: bool | None) -> DateValue | None:
    """The left end of a range that leaves its year (and month) to the right end."""
    year = re.search(rf"{YEAR_RX}$", right)
    if not year:
        return None
    if re.fullmatch(DAY_RX, left):
        month = re.match(rf"^{MONTH_RX}", right) or re.search(rf"{MONTH_RX}(?=,? {YEAR_RX}$)", right)
        if not month:
            return None
        return _single(f"{month.group()} {left} {year.group()}", a, future)
    return _single(f"{left} {year.group()}", a, future)


def _interval(left: DateValue | None, right: DateValue | None) -> DateValue | None:
    """left/right as an interval; None when an end is vague ("since now") or the ends come in reverse order."""
    if any(x is not None and x.grain == "ref" for x in (left, right)):
        return None
    if left is not None and right is not None and left.value and right.value and _plain(left.value) \
            and _plain(right.value):
        n = min(len(left.value), len(right.value))
        if left.value[:n] > right.value[:n]:
            return None
    relative = bool((left and left.relative) or (right and right.relative))
    if (left is not None and left.value is None) or (right is not None and right.value is None):
        return DateValue(None, "range", relative)
    return DateValue(f"{left.value if left else '..'}/{right.value if right else '..'}", "range", relative)


def _single(s: str, a: dt.date | None, future: bool | None) -> DateValue | None:
    s = s.strip()
    for table in (DEICTIC, ANAPHORIC):
        if s in table:
            return DateValue((a + dt.timedelta(days=table[s])).isoformat() if a else None, "day", True)
    m = WEEKEND.match(s)
    if m:
        return _weekend(a, m.group("q"), future)
    m = PAST_STRETCH.match(s)
    if m:
        return _span_back(a, 1, m.group("u"))
    found = period(s, a, future)
    if found is not None:
        return found
    core = HEDGES.sub("", s)
    core = LEADING_WEEKDAY.sub("", core)
    if core != s:  # "early summer", "by the third quarter", "late last year"
        found = period(core, a, future) or period("the " + core, a, future)  # "the end of the year"
        if found is not None:
            return found
    if core != s and core in DEICTIC:
        return _single(core, a, future)
    if core != s and core in ("week", "month", "year"):  # "by the end of the month"
        return _unit(a, core, 0)
    m = PERIOD_END.match(core) or ANAPHORIC_UNIT.match(s) or ANAPHORIC_UNIT.match(core)
    if m:
        g = m.groupdict()
        return _unit(a, g.get("u") or g["u2"], UNIT_STEP.get(g.get("q") or g.get("q2"), 0))
    m = MONTH_OF_YEAR.match(core)
    if m:  # "March of last year"
        if a is None:
            return DateValue(None, "month", True)
        month = MONTHS[m.group("m").rstrip(".")]
        return DateValue(f"{a.year + YEAR_STEP[m.group('q')]:04d}-{month:02d}", "month", True)
    m = SPLIT_YEAR.match(core)
    if m and (int(m.group("y")) + 1) % 100 == int(m.group("yy")) and int(m.group("yy")) not in range(1, 13):
        y = int(m.group("y"))  # "the 2023-24 budget", "the 1998-99 season" (2010-11 stays ISO's November)
        return DateValue(f"{y:04d}/{y + 1:04d}", "range", False)
    for rx, kind in ABSOLUTE:
        m = rx.match(core)
        if m:
            return _absolute(m, kind, a, future)
    m = DAY_ALONE.match(core)
    if m:  # "resume on the 21st": a day of the publication date's month, or of the next or last one
        return _day_alone(a, int(m.group("d")), future)
    m = ANAPHORIC_WEEKDAY.match(s)
    if m:  # "the previous Friday", "the following Monday": from the day the text last named
        if a is None:
            return DateValue(None, "day", True)
        mode = "last" if m.group("q") in ("previous", "preceding") else "next"
        return DateValue(_weekday(a, WEEKDAYS[m.group("w")], mode).isoformat(), "day", True)
    m = REL_WEEKDAY.match(core)
    if m:
        q = (m.group("q") or "").replace("this past", "last").replace("past", "last")
        mode = {"last": "last", "next": "next", "this": "future", "this coming": "next", "coming": "next"}.get(
            q, "future" if future else "past")
        if a is None:
            return DateValue(None, "day", True)
        return DateValue(_weekday(a, WEEKDAYS[m.group("w")], mode).isoformat(), "day", True)
    m = REL_MONTH.match(core)
    if m:
        q = m.group("q")
        mode = "last" if q in ("last", "this past", "past") else "next" if q in ("next", "this coming", "coming") \
            else ("future" if future else "past")
        month = MONTHS[m.group("m").rstrip(".")]
        if a is None:
            return DateValue(None, "month", True)
        if q == "this":
            return DateValue(f"{a.year}-{month:02d}", "month", True)
        return DateValue(f"{_year_for(a, month, None, mode)}-{month:02d}", "month", True)
    m = REL_UNIT.match(core)
    if m and m.group("q2"):  # "this decade"
        return _unit(a, "decade", 0)
    if m:
        q, unit = m.group("q"), m.group("u")
        if q in ("the past", "past", "the last"):  # "over the past week": the seven days up to the anchor
            return _span_back(a, 1, unit)
        step = {"last": -1, "previous": -1, "the previous": -1, "next": 1, "the next": 1, "the coming": 1,
                "coming": 1}.get(q, 0)
        return _unit(a, unit, step)
    m = AGO.match(core)
    if m:
        n = int(m.group("n")) if m.group("n").isdigit() else NUMBERS[m.group("n")]
        sign = -1 if m.group("q") in ("ago", "earlier", "before") else 1
        return _unit(a, UNITS[m.group("u")], sign * n)
    m = PAST_N.match(core)
    if m:
        n = int(m.group("n")) if m.group("n").isdigit() else NUMBERS[m.group("n")]
        if m.group("q") in ("next", "coming"):
            return None  # "the next two weeks": a stretch ahead, left to a later version
        return _span_back(a, n, UNITS[m.group("u")])
    if re.search(rf"\b(?:{MONTH_RX}|{YEAR_RX})\b|\d+/\d+/\d+", core) and not re.search(
            r"\b(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)\b", core):
        return _dateparser(core, a)
    return None


def _absolute(m: re.Match, kind: str, a: dt.date | None, future: bool | None) -> DateValue | None:
    g = m.groupdict()
    month = None
    if g.get("m"):
        month = int(g["m"]) if g["m"].isdigit() else MONTHS[g["m"].rstrip(".")]
        if not 1 <= month <= 12:
            return None
    day = int(re.match(r"\d+", g["d"]).group()) if g.get("d") else None
    mode = "future" if future else "past" if future is False else "near"
    if kind == "y":
        return DateValue(g["y"], "year", False)
    if kind in ("ym", "my"):
        return DateValue(f"{g['y']}-{month:02d}", "month", False)
    if kind == "ymd" or kind == "mdy":
        year = int(g["y"])
        return DateValue(f"{year}-{month:02d}-{day:02d}", "day", False) if _day_ok(year, month, day) else None
    if kind == "md":
        if a is None:
            return DateValue(None, "day", True)
        year = _year_for(a, month, day, mode)
        return DateValue(f"{year}-{month:02d}-{day:02d}", "day", True) if _day_ok(year, month, day) else None
    if kind == "m":
        if a is None:
            return DateValue(None, "month", True)
        return DateValue(f"{_year_for(a, month, None, mode)}-{month:02d}", "month", True)
    return None


def _day_alone(a: dt.date | None, day: int, future: bool | None) -> DateValue | None:
    """The day of the anchor's month; a day still to come in a past tense is last month's, a day gone in a future
    tense next month's (a month without that day: None)."""
    if a is None:
        return DateValue(None, "day", True)
    step = -1 if future is False and day > a.day else 1 if future and day < a.day else 0
    y, mo = _month_shift(a, step)
    return DateValue(f"{y:04d}-{mo:02d}-{day:02d}", "day", True) if _day_ok(y, mo, day) else None


def _unit(a: dt.date | None, unit: str, step: int) -> DateValue:
    if a is None:
        return DateValue(None, unit, True)
    if unit == "day":
        return DateValue((a + dt.timedelta(days=step)).isoformat(), "day", True)
    if unit == "week":
        return DateValue(_week(a + dt.timedelta(weeks=step)), "week", True)
    if unit == "month":
        y, mo = _month_shift(a, step)
        return DateValue(f"{y}-{mo:02d}", "month", True)
    if unit == "decade":  # "two decades ago": TIMEX3's decade, its first three digits
        return DateValue(f"{(a.year + 10 * step) // 10:03d}", "decade", True)
    return DateValue(str(a.year + step), "year", True)


def _weekend(a: dt.date | None, q: str | None, future: bool | None) -> DateValue:
    """Saturday/Sunday: "this" weekend is the one of the anchor's ISO week, "the weekend" the last one before."""
    if a is None:
        return DateValue(None, "range", True)
    this_sat = a + dt.timedelta(days=5 - a.weekday())
    if q == "this":
        sat = this_sat
    elif q in ("next", "coming") or (q is None and future):
        sat = this_sat if a.weekday() < 5 and q is None else this_sat + dt.timedelta(weeks=1)
    elif q in ("last", "past"):
        sat = this_sat - dt.timedelta(weeks=1)
    else:  # "over the weekend": the one just gone, or the current one on a Saturday or Sunday
        sat = this_sat if a.weekday() >= 5 else this_sat - dt.timedelta(weeks=1)
    return DateValue(f"{sat.isoformat()}/{(sat + dt.timedelta(days=1)).isoformat()}", "range", True)


def _span_back(a: dt.date | None, n: int, unit: str) -> DateValue:
    """"the past two weeks": the interval from n units before the anchor up to the anchor, to the day."""
    if a is None:
        return DateValue(None, "range", True)
    if unit == "day":
        start = a - dt.timedelta(days=n)
    elif unit == "week":
        start = a - dt.timedelta(weeks=n)
    else:
        months = n * (12 if unit == "year" else 1)
        y, mo = _month_shift(a, -months)
        start = dt.date(y, mo, min(a.day, 28))
    return DateValue(f"{start.isoformat()}/{a.isoformat()}", "range", True)


def _plain(value: str) -> bool:
    return re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value) is not None


@lru_cache(maxsize=4096)
def _dateparser(expr: str, a: dt.date | None) -> DateValue | None:
    """Absolute shapes the grammar does not know ("the 5th of December 2022", "12/05/2022")."""
    from dateparser.date import DateDataParser  # slow to import: only when the grammar gives up

    has_year = re.search(YEAR_RX, expr) is not None
    if not has_year and a is None:
        return None
    base = dt.datetime.combine(a, dt.time()) if a else dt.datetime(2000, 1, 1)
    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False})
    try:
        data = parser.get_date_data(expr)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj.date(), data.period
    if period == "year":
        return DateValue(str(d.year), "year", not has_year)
    if period == "month":
        return DateValue(f"{d.year}-{d.month:02d}", "month", not has_year)
    if period == "day":
        return DateValue(d.isoformat(), "day", not has_year)
    return None
