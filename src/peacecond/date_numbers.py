"""Spelled-out years and days as digits, so the date grammar reads transcripts as it reads print.

    digits("nineteen ninety-six")        -> "1996"
    digits("the year two thousand")      -> "the year 2000"
    digits("twenty twenty-two")          -> "2022"
    digits("march eighth")               -> "march 8th"
    digits("the twenty-first of june")   -> "the 21st of june"

Only whole words in the shapes of a year (two two-digit halves, "two thousand (and) n") or of
a day of the month (an ordinal) are replaced; the input is already lower case (dates.clean).
"""
from __future__ import annotations

import re

ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORD_ONES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
ORD_TENS = {"twentieth": 20, "thirtieth": 30}

_ONE = "|".join(ONES)
TWO_DIGITS = rf"(?:{'|'.join(TENS)})(?:[- ](?:{_ONE}))?|{'|'.join(TEENS)}"
YEAR_WORDS = re.compile(rf"\b(?P<c>nineteen|eighteen|twenty) (?:(?P<n>{TWO_DIGITS})|oh[- ](?P<o>{_ONE})|"
                        rf"(?P<h>hundred))\b|\btwo thousand(?: and)?(?: (?P<t>{TWO_DIGITS}|{_ONE}))?\b")
ORDINAL = re.compile(r"\b(?:(?P<tens>twenty|thirty)[- ](?P<one>" + "|".join(ORD_ONES) + r")|(?P<whole>"
                     + "|".join([*ORD_TEENS, *ORD_TENS, *ORD_ONES]) + r"))\b")
MONTH_NEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: (?:the )?)?$|^(?: of)? "
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def count(word: str) -> int | None:
    """A count of one to ninety-nine in one word, digits or words ("4", "four", "twenty-one"), else None: the
    one reading of number words for every stage ("the four regions", "the two leaders")."""
    w = word.lower()
    if w.isdigit():
        return int(w) if 0 < int(w) < 100 else None
    parts = re.split(r"-", w)
    if len(parts) > 2 or not (parts[0] in ONES or parts[0] in TEENS or parts[0] in TENS):
        return None
    if len(parts) == 2 and (parts[0] not in TENS or parts[1] not in ONES):
        return None
    return _number(w)


def _number(words: str) -> int:
    """A number from one to ninety-nine written in words."""
    parts = re.split(r"[- ]", words)
    if parts[0] in TEENS:
        return TEENS[parts[0]]
    if parts[0] in ONES:
        return ONES[parts[0]]
    return TENS[parts[0]] + (ONES[parts[1]] if len(parts) > 1 else 0)


def _year(m: re.Match) -> str:
    if m.group("c"):
        century = TEENS.get(m.group("c")) or TENS[m.group("c")]
        rest = 0 if m.group("h") else ONES[m.group("o")] if m.group("o") else _number(m.group("n"))
        return f"{century * 100 + rest:04d}"
    return f"{2000 + (_number(m.group('t')) if m.group('t') else 0):04d}"


def digits(s: str) -> str:
    """s with spelled-out years and, beside a month name, ordinal days in digits."""
    if not re.search(r"[a-z]", s):
        return s
    s = YEAR_WORDS.sub(_year, s)

    def day(m: re.Match) -> str:
        before, after = s[:m.start()], s[m.end():]
        if not (MONTH_NEAR.search(before) or MONTH_NEAR.match(after)):
            return m.group()  # "the third quarter", "the second half": no month beside it
        n = (TENS[m.group("tens")] + ORD_ONES[m.group("one")]) if m.group("tens") else \
            {**ORD_ONES, **ORD_TEENS, **ORD_TENS}[m.group("whole")]
        return f"{n}{SUFFIX.get(n, 'th')}"

    return ORDINAL.sub(day, s)
