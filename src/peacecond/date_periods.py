"""Calendar periods finer than a year and coarser than a month, and the vague present, past and future.

    period("the third quarter", 2024-11-05)    -> DateValue("2024-Q3", "quarter", True)
    period("Q3 2024", None)                    -> DateValue("2024-Q3", "quarter", False)
    period("the second half of 2023", None)    -> DateValue("2023-H2", "half", False)
    period("last winter", 2024-03-10)          -> DateValue("2023-WI", "season", True)
    period("fiscal 2024", None)                -> DateValue("2024", "year", False)
    period("now", None)                        -> DateValue("PRESENT_REF", "ref", True)
    period("the early 1990s", None)            -> DateValue("199", "decade", False)
    period("the nineties", 1998-01-08)         -> DateValue("199", "decade", True)
    period("the 20th century", None)           -> DateValue("19", "century", False)

Values are written as TimeML's TIMEX3 writes them: YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI
(a winter is named by the year it starts in: December 2023 to February 2024 is
2023-WI), PRESENT_REF / PAST_REF / FUTURE_REF for "now", "recently", "in the future".
A fiscal year is the year it is named by (companies' fiscal calendars differ; the
text rarely says which). A numbered quarter without a year is that quarter of the
anchor's year, whatever the tense ("expects to report third-quarter earnings" is
about the quarter just ended); "the quarter", "the latest quarter" is the last one completed
before the anchor (the quarter a company reports on), "the year-ago quarter" that
one a year earlier. A season without a year is the one of the anchor's year.
A decade is its first three digits and a century its first two, as TIMEX3 writes them ("the 1990s"
199, "the 20th century" 19); a decade named by its tens alone ("the nineties", "the '90s") is the
latest such decade that begins by the year after the anchor's.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple


class DateValue(NamedTuple):
    value: str | None
    grain: str
    relative: bool


YEAR = r"(?:1[89]\d\d|20\d\d)"
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
HALVES = {"first": 1, "1st": 1, "front": 1, "second": 2, "2nd": 2, "last": 2, "latter": 2, "back": 2}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_ORDER = ["SP", "SU", "FA", "WI"]
ORD = r"(?P<o>" + "|".join(ORDINALS) + r")"
# Which year a relative year word names, counted from the anchor's.
YEAR_WORDS = {"this year": 0, "the year": 0, "the current year": 0, "last year": -1, "the previous year": -1,
              "next year": 1, "the coming year": 1}
YEAR_WORD = r"(?P<yw>" + "|".join(YEAR_WORDS) + r")"
YEAR_REF = rf"(?:(?:fiscal |the fiscal year |fy ?)?(?P<y>{YEAR})|{YEAR_WORD})"

REFS = {
    "PRESENT_REF": ("now", "right now", "just now", "currently", "presently", "at present", "the present",
                    "nowadays", "these days", "at the moment", "at this moment", "at this time", "at this point",
                    "the present time", "the present day"),
    "PAST_REF": ("recently", "lately", "the past", "in the past", "previously", "formerly", "recent years",
                 "several years ago", "some years ago", "a few years ago", "many years ago", "years ago",
                 "several months ago", "a few months ago", "some time ago", "a while ago",
                 "past years", "in past years", "in years past",
                 "in recent years", "recent months", "in recent months", "recent weeks", "in recent weeks",
                 "the recent past", "in the recent past"),
    "FUTURE_REF": ("the future", "in the future", "the near future", "in the near future", "soon", "the near term",
                   "in the near term", "the short term", "the long term", "the coming days", "the coming weeks",
                   "the coming months", "the coming years", "in the coming days", "in the coming weeks",
                   "in the coming months", "in the coming years", "the days ahead", "the weeks ahead",
                   "the months ahead", "the years ahead", "coming quarters", "future quarters", "a later date",
                   "at a later date", "a future date", "at a future date"),
}
REF_OF = {w: v for v, words in REFS.items() for w in words}

QUARTER_SHAPES = [
    # "the third quarter", "the fiscal first quarter", "third-quarter", "the third quarter of 2024 / of next year"
    re.compile(rf"^(?:(?:the|its|their|a) )?(?:fiscal[- ])?{ORD}[- ](?:fiscal[- ])?quarter(?: of {YEAR_REF})?$"),
    # "the 2023 third quarter", "fiscal 2024's first quarter", "this year's third quarter"
    re.compile(rf"^(?:the )?{YEAR_REF}(?:'s)? (?:fiscal )?{ORD}[- ]quarter$"),
    re.compile(rf"^q(?P<n>[1-4])(?:[ -](?:of )?{YEAR_REF})?$"),
    re.compile(rf"^(?P<n>[1-4])q(?:[ -]{YEAR_REF})?$"),
    re.compile(rf"^{YEAR_REF}[ -]q(?P<n>[1-4])$"),
]
# An unnumbered quarter, by how many quarters it lies from the last one completed before the anchor.
QUARTER_WORDS = {"the quarter": 0, "the latest quarter": 0, "the most recent quarter": 0, "the same quarter": 0,
                 "the latest period": 0, "the most recent period": 0,
                 "that quarter": 0, "last quarter": 0, "the last quarter": 0, "the previous quarter": 0,
                 "the past quarter": 0, "the prior quarter": 0,
                 "this quarter": 1, "the current quarter": 1, "next quarter": 2, "the next quarter": 2,
                 "the coming quarter": 2}
# The same quarter a year before: "the year-ago quarter", "the year-earlier third quarter", "the quarter a year ago".
YEAR_AGO = [
    re.compile(rf"^(?:the )?(?:comparable |corresponding |same )?(?:year-ago|year-earlier|prior-year) "
               rf"(?:{ORD}[- ])?(?:quarter|period)$"),
    re.compile(rf"^(?:the )?(?:same |comparable |corresponding )?(?:{ORD}[- ])?(?:quarter|period) "
               r"(?:a year (?:ago|earlier)|last year|of last year)$"),
]
HALF_RX = "|".join(HALVES)
HALF = [re.compile(rf"^(?:the )?(?P<o>{HALF_RX})[- ]half(?: of {YEAR_REF})?$"),
        re.compile(rf"^(?:the )?(?P<o>first|last) two quarters(?: of {YEAR_REF})?$"),
        re.compile(rf"^(?:the )?{YEAR_REF}(?:'s)? (?P<o>first|second)[- ]half$")]
SEASON_RX = "|".join(SEASONS)
SEASON = [re.compile(rf"^(?:(?P<q>this|last|next|this past|this coming|past|coming) )?(?P<s>{SEASON_RX})"
                     rf"(?: (?:of )?{YEAR_REF})?$"),
          re.compile(rf"^{YEAR_REF}(?:'s)? (?P<s>{SEASON_RX})$")]
FISCAL = re.compile(rf"^(?:the )?(?:fiscal(?: year)?|fy|financial year) ?(?P<y>{YEAR})$|^fy ?(?P<yy>\d\d)$")
FISCAL_WORDS = {"the fiscal year": 0, "this fiscal year": 0, "the current fiscal year": 0, "fiscal year": 0,
                "last fiscal year": -1, "the latest fiscal year": -1, "the previous fiscal year": -1,
                "the last fiscal year": -1, "the past fiscal year": -1, "next fiscal year": 1,
                "the next fiscal year": 1, "the coming fiscal year": 1, "the year": 0, "the full year": 0,
                "the whole year": 0, "the entire year": 0, "year-ago": -1, "year-earlier": -1,
                "the year before last": -2, "the year after next": 2}
DECADE_TENS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
               "eighties": 8, "nineties": 9}
PART = r"(?:(?:early|mid|late|the early|the mid|the late)[- ])?"
DECADE = re.compile(rf"^(?:the )?{PART}(?:(?P<y>1\d\d|20\d)0'?s|'?(?P<t>[2-9])0'?s|(?P<w>"
                    + "|".join(DECADE_TENS) + r"))$")
CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}
CENTURY = re.compile(rf"^(?:the )?{PART}(?:(?P<n>1[0-9]|2[0-1])(?:st|nd|rd|th)|(?P<w>"
                     + "|".join(CENTURY_WORDS) + r")|(?P<q>this|the last|last|the previous|the next|"
                     r"next|the current|the coming))[- ]century$")


def period(s: str, a: dt.date | None, future: bool | None) -> DateValue | None:
    """The value of s (cleaned, lower case) when it names a quarter, half, season, fiscal year, decade,
    century or vague time."""
    if s in REF_OF:
        return DateValue(REF_OF[s], "ref", True)
    if s.endswith(("s", "century")):
        found = _decade(s, a)
        if found is not None:
            return found
    if s in FISCAL_WORDS:
        return DateValue(str(a.year + FISCAL_WORDS[s]) if a else None, "year", True)
    m = FISCAL.match(s)
    if m:
        y = m.group("y") or ("19" if int(m.group("yy")) >= 50 else "20") + m.group("yy")
        return DateValue(y, "year", False)
    if "quarter" in s or "period" in s or re.search(r"\bq[1-4]\b|\b[1-4]q\b", s):
        found = _quarter(s, a, future)
        if found is not None or "quarters" not in s:  # "the first two quarters" is a half
            return found
    for rx in HALF:
        m = rx.match(s)
        if m:
            year, relative = _year(m, a)
            return DateValue(f"{year}-H{HALVES[m.group('o')]}" if year else None, "half", relative)
    for rx in SEASON:
        m = rx.match(s)
        if m:
            return _season(m, a, future)
    return None


def _year(m: re.Match, a: dt.date | None) -> tuple[str | None, bool]:
    """The year a match names (group y, or a year word counted from the anchor; else the anchor's own)."""
    if m.groupdict().get("y"):
        return m.group("y"), False
    if a is None:
        return None, True
    return f"{a.year + YEAR_WORDS.get(m.groupdict().get('yw') or 'this year', 0):04d}", True


def _quarter_of(d: dt.date) -> int:
    return d.year * 4 + (d.month - 1) // 3


def _q(n: int) -> str:
    return f"{n // 4:04d}-Q{n % 4 + 1}"


def _quarter(s: str, a: dt.date | None, future: bool | None) -> DateValue | None:
    if s in QUARTER_WORDS:
        if a is None:
            return DateValue(None, "quarter", True)
        return DateValue(_q(_quarter_of(a) - 1 + QUARTER_WORDS[s]), "quarter", True)
    m = YEAR_AGO[0].match(s) or YEAR_AGO[1].match(s)
    if m:
        if a is None:
            return DateValue(None, "quarter", True)
        ref = a.year * 4 + ORDINALS[m.group("o")] - 1 if m.group("o") else _quarter_of(a) - 1
        return DateValue(_q(ref - 4), "quarter", True)
    m = IN_YEAR.match(s)
    if m and (m.group("y") or m.group("yw")):
        year, relative = _year(m, a)
        return DateValue(year, "year", relative)
    for rx in QUARTER_SHAPES:
        m = rx.match(s)
        if not m:
            continue
        gd = m.groupdict()
        n = ORDINALS[gd["o"]] if gd.get("o") else int(gd["n"])
        if gd.get("y") or gd.get("yw"):
            year, relative = _year(m, a)
            return DateValue(f"{year}-Q{n}" if year else None, "quarter", relative)
        if a is None:
            return DateValue(None, "quarter", True)
        return DateValue(f"{a.year:04d}-Q{n}", "quarter", True)
    return None


def _season(m: re.Match, a: dt.date | None, future: bool | None) -> DateValue:
    gd = m.groupdict()
    code = SEASONS[gd["s"]]
    if gd.get("y") or gd.get("yw"):
        year, relative = _year(m, a)
        return DateValue(f"{year}-{code}" if year else None, "season", relative)
    if a is None:
        return DateValue(None, "season", True)
    # seasons in order: n = 4 * year + index, December to February being the winter of the December's year
    year = a.year - (1 if a.month <= 2 else 0)
    here = year * 4 + ({12: 3, 1: 3, 2: 3}.get(a.month) or (a.month - 3) // 3)
    idx = SEASON_ORDER.index(code)
    q = (gd.get("q") or "").replace("this past", "last").replace("past", "last").replace("this coming", "next")
    q = q.replace("coming", "next")
    same_year = year * 4 + idx
    if q == "last":
        n = same_year if same_year < here else same_year - 4
    elif q == "next":
        n = same_year if same_year > here else same_year + 4
    elif future and not q and same_year < here:  # "this summer" stays the anchor year's
        n = same_year + 4
    elif future is None and not q:
        # the clause does not say ("talks could resume in the spring"): the nearer one, as for a month
        n = min((same_year - 4, same_year, same_year + 4), key=lambda k: abs((_season_middle(k) - a).days))
    else:  # "this summer", "the summer" of a past clause: the one of the anchor's year
        n = a.year * 4 + idx if not (idx == 3 and a.month <= 2) else same_year
        if future is False and not q and n > here:  # "the talks stalled in the autumn": the last one
            n -= 4
    return DateValue(f"{n // 4:04d}-{SEASON_ORDER[n % 4]}", "season", True)


def _season_middle(n: int) -> dt.date:
    """The middle of season n (4 * year + index of SEASON_ORDER; a winter is its December's year)."""
    year, idx = divmod(n, 4)
    return dt.date(year + (idx == 3), (4, 7, 10, 1)[idx], 15)


# "a year earlier" beside a quarter's figures is that quarter a year before (TimeML, and what a reader
# of "profit rose to $5 million from $4 million a year earlier" takes it to mean).
YEAR_BEFORE = re.compile(r"^(?:(?:a|one) year (?:ago|earlier|before)|year-(?:ago|earlier)|the (?:comparable |corresponding |same )?"
                         r"(?:year-ago|year-earlier|prior-year) (?:quarter|period)|(?:the )?(?:same |comparable |"
                         r"corresponding )?(?:quarter|period) (?:a year (?:ago|earlier)|last year|of last year))$")


def year_before(s: str, last_period: str | None) -> DateValue | None:
    """s (cleaned) as the last quarter or half the text named, a year before; None when s is no such phrase."""
    if last_period is None or not YEAR_BEFORE.match(s):
        return None
    m = re.fullmatch(r"(\d{4})(-[QH]\d)", last_period)
    if m is None or m.group(1) == "0001":
        return None
    return DateValue(f"{int(m.group(1)) - 1:04d}{m.group(2)}", "quarter" if "Q" in m.group(2) else "half", True)


def _decade(s: str, a: dt.date | None) -> DateValue | None:
    """A decade (TIMEX3: its first three digits) or a century (its first two)."""
    m = DECADE.match(s)
    if m:
        if m.group("y"):  # "the 1800s" is the century
            y = m.group("y")
            century = y.endswith("0") and y < "200"  # "the 2000s" is the decade
            return DateValue(y[:2], "century", False) if century else DateValue(y, "decade", False)
        tens = int(m.group("t")) if m.group("t") else DECADE_TENS[m.group("w")]
        if a is None:
            return DateValue(None, "decade", True)
        start = a.year // 100 * 100 + tens * 10
        if start > a.year + 1:  # "the nineties" in 2024: the 1990s; in 1989, the one about to begin
            start -= 100
        return DateValue(f"{start // 10:03d}", "decade", True)
    m = CENTURY.match(s)
    if not m:
        return None
    if m.group("n") or m.group("w"):
        n = int(m.group("n")) if m.group("n") else CENTURY_WORDS[m.group("w")]
        return DateValue(f"{n - 1:02d}", "century", False)
    if a is None:
        return DateValue(None, "century", True)
    q = m.group("q")
    step = -1 if q in ("the last", "last", "the previous") else \
        1 if q in ("the next", "next", "the coming") else 0
    return DateValue(f"{a.year // 100 + step:02d}", "century", True)


# A period named by its year where the text has just named a quarter or half: "the 1988 quarter", "last
# year's period", "the latest period" are that quarter (or half) in the year they give.
IN_YEAR = re.compile(rf"^(?:the )?(?:{YEAR_REF}(?:'s)? (?:quarter|period)|(?:latest|most recent|same) period)$")


def named_period(s: str, last_period: str | None, a: dt.date | None) -> DateValue | None:
    """s (cleaned) as the last quarter or half the text named, in the year s gives; None when s is no such
    phrase or no quarter or half was named."""
    m = IN_YEAR.match(s)
    named = re.fullmatch(r"(\d{4})(-[QH]\d)", last_period or "")
    if m is None or named is None:
        return None
    year, _ = _year(m, a) if (m.group("y") or m.group("yw")) else (named.group(1), True)
    if year is None:
        return None
    return DateValue(f"{year}{named.group(2)}", "quarter" if "Q" in named.group(2) else "half", True)
