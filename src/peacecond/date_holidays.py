"""Holidays that name a day: their date in the year the text gives, else on the side of the anchor its clause gives.

    holiday({"month": 12, "day": 25}, None, 2024-12-20, None)          -> DateValue("2024-12-25", "day", True)
    holiday({"easter": "orthodox"}, "2023", None, None)               -> DateValue("2023-04-16", "day", False)
    holiday({"easter": "western", "offset": -2}, None, 2024-01-10, False) -> Good Friday 2023: "2023-04-07"

The table is patterns/date_holidays.jsonl (validated by the dates component's loader); movable feasts are
computed by dateutil.easter, the Gregorian and the Julian-calendar (Orthodox) Easter.
"""
from __future__ import annotations

import datetime as dt

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from .date_periods import DateValue

EASTER_KINDS = {"western": EASTER_WESTERN, "orthodox": EASTER_ORTHODOX}


def day_in(spec: dict, year: int) -> dt.date | None:
    """The holiday's day in a year, or None past the calendar's ends."""
    try:
        if "easter" in spec:
            return easter(year, EASTER_KINDS[spec["easter"]]) + dt.timedelta(days=spec.get("offset", 0))
        return dt.date(year, spec["month"], spec["day"])
    except (ValueError, OverflowError):
        return None


def holiday(spec: dict, year: str | None, a: dt.date | None, future: bool | None) -> DateValue:
    """The holiday's day: in `year` when the text gives one; else the one on the side of the anchor `future`
    says (True after, False before, None the nearer), the same day counting as either side."""
    if year is not None:
        d = day_in(spec, int(year))
        return DateValue(d.isoformat() if d else None, "day", False)
    if a is None:
        return DateValue(None, "day", True)
    before = next((d for d in (day_in(spec, a.year), day_in(spec, a.year - 1)) if d and d <= a), None)
    after = next((d for d in (day_in(spec, a.year), day_in(spec, a.year + 1)) if d and d >= a), None)
    if future is None and before and after:
        pick = before if (a - before) <= (after - a) else after
    else:
        pick = after if future else before
    return DateValue(pick.isoformat() if pick else None, "day", True)
