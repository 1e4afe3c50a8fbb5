"""Dates: expressions normalised against the article's date, at the precision the text gives."""
import json
import re
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import run_text
from peacecond.dates import _normalize, normalize

ROOT = Path(__file__).resolve().parent.parent
MON = "2022-12-05"  # a Monday
FRI = "2024-06-14"  # a Friday
SAT = "2025-08-16"  # a Saturday

# (expression, anchor, future) -> (value, grain, relative)
TABLE = [
    # weekdays: the most recent such day on or before the anchor, the same day when they match
    ("on Friday", MON, False, "2022-12-02", "day", True),
    ("Friday", MON, False, "2022-12-02", "day", True),
    ("Friday", FRI, False, "2024-06-14", "day", True),
    ("Monday", MON, False, "2022-12-05", "day", True),
    ("Saturday", FRI, False, "2024-06-08", "day", True),
    ("Friday's", MON, False, "2022-12-02", "day", True),
    ("Thursday night", MON, False, "2022-12-01", "day", True),
    ("Monday", SAT, True, "2025-08-18", "day", True),
    ("Friday", FRI, True, "2024-06-14", "day", True),
    ("last Friday", FRI, False, "2024-06-07", "day", True),
    ("next Monday", MON, False, "2022-12-12", "day", True),
    ("this Friday", MON, False, "2022-12-09", "day", True),
    # absolute: precision kept, never invented
    ("February 2022", MON, False, "2022-02", "month", False),
    ("February 2022", None, False, "2022-02", "month", False),
    ("2014", None, False, "2014", "year", False),
    ("December 5, 2022", None, False, "2022-12-05", "day", False),
    ("5 December 2022", None, False, "2022-12-05", "day", False),
    ("14 June, 2024", None, False, "2024-06-14", "day", False),
    ("Monday, July 21, 2025", None, False, "2025-07-21", "day", False),
    ("Sept. 3, 2023", None, False, "2023-09-03", "day", False),
    ("2022-12-13", None, False, "2022-12-13", "day", False),
    ("the 5th of December 2022", None, False, "2022-12-05", "day", False),  # dateparser's share
    ("mid-2023", None, False, "2023", "year", False),
    ("the end of 2022", None, False, "2022", "year", False),
    ("early December", MON, False, "2022-12", "month", True),
    # months and days without a year: the most recent on or before the anchor
    ("September", MON, False, "2022-09", "month", True),
    ("October", MON, False, "2022-10", "month", True),
    ("December", MON, False, "2022-12", "month", True),
    ("January", MON, False, "2022-01", "month", True),
    ("January", MON, True, "2023-01", "month", True),
    ("10 July", MON, False, "2022-07-10", "day", True),
    ("Nov. 14", "2023-11-20", False, "2023-11-14", "day", True),
    ("Dec. 24", MON, False, "2021-12-24", "day", True),
    ("last November", SAT, False, "2024-11", "month", True),
    # deictic words count from the anchor
    ("today", MON, False, "2022-12-05", "day", True),
    ("yesterday", MON, False, "2022-12-04", "day", True),
    ("tomorrow", MON, False, "2022-12-06", "day", True),
    ("last night", MON, False, "2022-12-04", "day", True),
    ("the day prior", MON, False, "2022-12-04", "day", True),
    ("the next day", "2025-08-15", False, "2025-08-16", "day", True),
    ("the previous Friday", "2025-08-15", None, "2025-08-08", "day", True),
    ("the following Monday", "2025-08-15", None, "2025-08-18", "day", True),
    ("last week", MON, False, "2022-W48", "week", True),
    ("this week", "2025-07-21", False, "2025-W30", "week", True),
    ("earlier this week", "2025-07-21", False, "2025-W30", "week", True),
    ("last month", MON, False, "2022-11", "month", True),
    ("next month", MON, False, "2023-01", "month", True),
    ("last year", MON, False, "2021", "year", True),
    ("three years ago", MON, False, "2019", "year", True),
    ("two days ago", MON, False, "2022-12-03", "day", True),
    ("the past week", "2025-07-21", False, "2025-07-14/2025-07-21", "range", True),
    ("over the weekend", MON, False, "2022-12-03/2022-12-04", "range", True),
    ("the weekend", SAT, False, "2025-08-16/2025-08-17", "range", True),
    ("this weekend", FRI, False, "2024-06-15/2024-06-16", "range", True),
    # ranges: ISO 8601 intervals, '..' for an open end
    ("since 2014", None, False, "2014/..", "range", False),
    ("since February 2022", None, False, "2022-02/..", "range", False),
    ("since last November", SAT, False, "2024-11/..", "range", True),
    ("until 2024", None, False, "../2024", "range", False),
    ("from 2022 to 2024", None, False, "2022/2024", "range", False),
    ("between 2022 and 2024", None, False, "2022/2024", "range", False),
    ("2022-2024", None, False, "2022/2024", "range", False),
    ("June to September 2022", None, False, "2022-06/2022-09", "range", False),
    ("March 3-5, 2022", None, False, "2022-03-03/2022-03-05", "range", False),
    ("the 1990s", None, False, "199", "decade", False),  # TIMEX3: a decade is its first three digits
    # decades and centuries as TIMEX3 writes them; a decade by its tens alone is the latest begun by next year
    ("the early 1970s", None, None, "197", "decade", False),
    ("the '80s", "2019-04-02", None, "198", "decade", True),
    ("the seventies", "2024-05-01", None, "197", "decade", True),
    ("the twenties", "2019-11-20", None, "202", "decade", True),
    ("the 2000s", None, None, "200", "decade", False),
    ("the 1800s", None, None, "18", "century", False),
    ("the 19th century", None, None, "18", "century", False),
    ("the twenty-first century", None, None, "20", "century", False),
    ("the last century", "2023-01-10", None, "19", "century", True),
    # the end of the current period is that period
    ("by the end of the month", "2021-03-09", None, "2021-03", "month", True),
    ("year end", "2021-03-09", None, "2021", "year", True),
    ("by year's end", "2021-03-09", None, "2021", "year", True),
    ("the end of next year", "2021-03-09", None, "2022", "year", True),
    # anaphoric periods, counted from the anchor the caller passes (the last such period the text named)
    ("that year", "2014-01-01", None, "2014", "year", True),
    ("the following month", "2016-07-01", None, "2016-08", "month", True),
    ("the preceding year", "2016-01-01", None, "2015", "year", True),
    ("nearly two years later", "2014-01-01", None, "2016", "year", True),
    ("just last month", MON, None, "2022-11", "month", True),
    ("more than three weeks ago", MON, None, "2022-W46", "week", True),
    # a day of the month alone: the publication date's month, else the side the tense gives
    ("the 21st", "2024-03-14", None, "2024-03-21", "day", True),
    ("the 20th", "2024-03-14", False, "2024-02-20", "day", True),
    ("the 2nd", "2024-03-14", True, "2024-04-02", "day", True),
    # two years written as one span (a season, a budget year); "2010-11" stays ISO's November 2010
    ("2023-24", None, None, "2023/2024", "range", False),
    ("the 1999-00 season", None, None, "1999/2000", "range", False),
    ("2010-11", None, None, "2010-11", "month", False),
    # a season without a year in a past tense is the last one begun, as a month would be
    ("in the autumn", "2024-03-14", False, "2023-FA", "season", True),
    ("in the autumn", "2024-03-14", True, "2024-FA", "season", True),
    ("this summer", "2024-03-14", False, "2024-SU", "season", True),
    ("the week before", "2016-07-13", None, "2016-W27", "week", True),
    ("the year after", "2016-01-01", None, "2017", "year", True),
    ("two decades ago", MON, None, "200", "decade", True),
    ("this decade", MON, None, "202", "decade", True),
    ("March of last year", MON, None, "2021-03", "month", True),
    ("the year before last", MON, None, "2020", "year", True),
    ("at least the first two quarters of 2023", MON, None, "2023-H1", "half", False),
    # no anchor: relative expressions are dates without a value
    ("Friday", None, False, None, "day", True),
    ("September", None, False, None, "month", True),
    ("10 July", None, False, None, "day", True),
    ("last week", None, False, None, "week", True),
    ("yesterday", None, False, None, "day", True),
    ("since last November", None, False, None, "range", True),
    # a month or day without a year: the side the clause's tense gives (False past, True future), else the nearer
    ("January", MON, None, "2023-01", "month", True),
    ("March", "2023-11-02", None, "2024-03", "month", True),
    ("March", "2023-11-02", False, "2023-03", "month", True),
    ("June", "2023-12-20", None, "2023-06", "month", True),  # six months either way: the past
    ("Nov. 27", "2023-11-21", None, "2023-11-27", "day", True),
    ("Dec. 15", "2023-11-02", None, "2023-12-15", "day", True),
    ("Dec. 15", "2023-11-02", False, "2022-12-15", "day", True),
    ("Friday", MON, None, "2022-12-02", "day", True),  # a weekday keeps the news convention
    ("next Tuesday, June 4", "2024-05-30", None, "2024-06-04", "day", True),
    # two days of one month
    ("June 15-16", "2024-06-01", None, "2024-06-15/2024-06-16", "range", True),
    ("June 15-16", "2024-06-01", False, "2023-06-15/2023-06-16", "range", True),
    ("15-16 June 2023", None, None, "2023-06-15/2023-06-16", "range", False),
    ("the 3rd and 4th of May", "2024-06-01", None, "2024-05-03/2024-05-04", "range", True),
    ("Sept. 30 to Oct. 2", "2024-06-01", None, "2024-09-30/2024-10-02", "range", True),
    # the right end of a range is on or after its left end ("from Dec. 28 to Jan. 3" in a past tense)
    ("from Dec. 28 to Jan. 3", "2024-01-10", False, "2023-12-28/2024-01-03", "range", True),
    ("from November to February", "2024-03-10", False, "2023-11/2024-02", "range", True),
    # quarters, halves, fiscal years, seasons (TIMEX3 values)
    ("Q3 2024", None, None, "2024-Q3", "quarter", False),
    ("2Q 2023", None, None, "2023-Q2", "quarter", False),
    ("the third quarter", "2024-11-05", None, "2024-Q3", "quarter", True),
    ("the third quarter", "2024-11-05", True, "2024-Q3", "quarter", True),
    ("third-quarter", "2024-11-05", None, "2024-Q3", "quarter", True),
    ("the fiscal first quarter", "2024-11-05", None, "2024-Q1", "quarter", True),
    ("the fourth quarter of next year", "2024-11-05", None, "2025-Q4", "quarter", True),
    ("the first quarter of 2021", None, None, "2021-Q1", "quarter", False),
    ("last year's second quarter", "2024-11-05", None, "2023-Q2", "quarter", True),
    ("the latest quarter", "2024-11-05", None, "2024-Q3", "quarter", True),
    ("the current quarter", "2024-11-05", None, "2024-Q4", "quarter", True),
    ("next quarter", "2024-11-05", None, "2025-Q1", "quarter", True),
    ("the year-ago quarter", "2024-11-05", None, "2023-Q3", "quarter", True),
    ("the year-earlier third quarter", "2024-02-05", None, "2023-Q3", "quarter", True),
    ("year-earlier", "2024-11-05", None, "2023", "year", True),
    ("the second half of 2023", None, None, "2023-H2", "half", False),
    ("the first half of next year", "2024-11-05", None, "2025-H1", "half", True),
    ("fiscal 2024", None, None, "2024", "year", False),
    ("FY25", None, None, "2025", "year", False),
    ("the current fiscal year", "2024-11-05", None, "2024", "year", True),
    ("the end of the year", "2024-11-05", None, "2024", "year", True),
    ("this summer", "2024-02-10", None, "2024-SU", "season", True),
    ("last winter", "2024-03-10", None, "2023-WI", "season", True),
    ("this winter", "2024-01-20", None, "2023-WI", "season", True),  # December to February: the December's year
    ("next spring", "2024-06-10", None, "2025-SP", "season", True),
    ("last autumn", "2024-06-10", None, "2023-FA", "season", True),
    ("the early summer", "2024-10-10", None, "2024-SU", "season", True),
    ("summer 2022", None, None, "2022-SU", "season", False),
    ("the winter of 2019", None, None, "2019-WI", "season", False),
    # transcripts spell years and days out
    ("nineteen ninety-six", None, None, "1996", "year", False),
    ("the year two thousand", None, None, "2000", "year", False),
    ("twenty twenty-two", None, None, "2022", "year", False),
    ("two thousand and nine", None, None, "2009", "year", False),
    ("March eighth", "2024-03-05", None, "2024-03-08", "day", True),
    ("the twenty-first of June", "2024-06-25", None, "2024-06-21", "day", True),
    ("the winter of nineteen ninety-four", None, None, "1994-WI", "season", False),
    # the vague present, past and future
    ("now", None, None, "PRESENT_REF", "ref", True),
    ("currently", MON, None, "PRESENT_REF", "ref", True),
    ("recently", MON, None, "PAST_REF", "ref", True),
    ("in recent years", MON, None, "PAST_REF", "ref", True),
    ("in the near future", MON, None, "FUTURE_REF", "ref", True),
    ("the coming weeks", MON, None, "FUTURE_REF", "ref", True),
    ("soon", None, None, "FUTURE_REF", "ref", True),
    ("at a later date", MON, None, "FUTURE_REF", "ref", True),
    ("in past years", MON, None, "PAST_REF", "ref", True),
]


@pytest.mark.parametrize("expr,anchor,future,value,grain,relative", TABLE)
def test_normalize_table(expr, anchor, future, value, grain, relative):
    got = normalize(expr, anchor, future)
    assert got is not None, expr
    assert (got.value, got.grain, got.relative) == (value, grain, relative)


@pytest.mark.parametrize("expr,anchor", [
    ("Friday to December", "1998-02-06"),  # ends in reverse order: two dates, not an interval
    ("from 2024 to 2021", None),
    ("since now", MON), ("until now", MON),  # a vague end: the component keeps "now" alone
    ("the fall of Saigon", MON), ("the spring offensive", MON), ("quarterly", MON), ("a quarter", MON),
    ("the past century", MON),  # the last hundred years, not a calendar century
])
def test_not_one_date(expr, anchor):
    assert normalize(expr, anchor) is None


@pytest.mark.parametrize("expr", ["two-year", "60 days", "60-day", "the 60 days", "two hours", "around two hours",
                                  "05:05 pm", "night", "the same minute", "the third year", "more than a decade",
                                  "many years", "every week", "three-month", ""])
def test_durations_and_times_are_not_dates(expr):
    assert normalize(expr, MON) is None


def test_normalisation_is_cached_per_expression_and_anchor():
    normalize("since February 2022", MON)
    before = _normalize.cache_info()
    normalize("since February 2022", MON)
    normalize(" since February 2022.", MON)  # the same expression once cleaned
    after = _normalize.cache_info()
    assert after.hits == before.hits + 2 and after.misses == before.misses
    normalize("since February 2022", FRI)  # another anchor is another entry
    assert _normalize.cache_info().misses == after.misses + 1


# ---------------------------------------------------------------------------------------------------------
# through the real pipeline


def dates_of(rec):
    return [(d["text"], d["value"], d["grain"]) for d in rec["dates"]]


def assert_offsets(rec):
    for d in rec["dates"]:
        assert rec["text"][d["start"]:d["end"]] == d["text"]


def by_text(rec, text):
    return [d for d in rec["dates"] if d["text"] == text]


def test_kremlin_article_dates(sample_records):
    rec = sample_records["kremlin-2022-12.txt"]
    assert rec["published"] == "2022-12-05"
    assert_offsets(rec)
    fridays = by_text(rec, "Friday")
    assert len(fridays) == 2 and {d["value"] for d in fridays} == {"2022-12-02"}
    assert all(d["relative"] and d["grain"] == "day" for d in fridays)
    (sept,) = by_text(rec, "September")
    assert (sept["value"], sept["grain"], sept["relative"]) == ("2022-09", "month", True)
    (week,) = by_text(rec, "last week")
    assert (week["value"], week["grain"]) == ("2022-W48", "week")
    (dateline,) = by_text(rec, "December 5, 2022")  # the model splits it in two; the pattern keeps it whole
    assert (dateline["value"], dateline["grain"], dateline["relative"]) == ("2022-12-05", "day", False)
    assert ("October", "2022-10", "month") in dates_of(rec)


def test_summit_article_dates(sample_records):
    rec = sample_records["summit-2025-07.txt"]
    assert rec["published"] == "2025-07-21"
    assert_offsets(rec)
    assert ("Monday, July 21, 2025", "2025-07-21", "day") in dates_of(rec)
    assert ("today", "2025-07-21", "day") in dates_of(rec)
    assert ("2022", "2022", "year") in dates_of(rec)
    assert not [d for d in rec["dates"] if "year" in d["text"]]  # "a costly two-year war" is a duration


def test_article_without_publication_date(sample_records):
    rec = sample_records["bloomberg-2024-06.txt"]
    assert rec["published"] is None  # its header shows no date
    assert_offsets(rec)
    assert ("February 2022", "2022-02", "month") in dates_of(rec)
    assert ("2014", "2014", "year") in dates_of(rec)
    fridays = by_text(rec, "Friday")
    assert fridays and all(d["value"] is None and d["relative"] for d in fridays)


def test_dates_match_the_schema(sample_records):
    import jsonschema

    schema = json.loads((ROOT / "src" / "peacecond" / "record.schema.json").read_text())
    item = {**schema["properties"]["dates"]["items"], "$defs": schema["$defs"]}
    total = 0
    for rec in sample_records.values():
        for d in rec["dates"]:
            jsonschema.validate(d, item)
            total += 1
    assert total >= 10


@contextmanager
def anchored(extractor, day):
    old = extractor.anchor_date
    extractor.anchor_date = day
    try:
        yield extractor
    finally:
        extractor.anchor_date = old


def run(extractor, text, **meta):
    """The record of one sentence, past the relevance gate: dates do not depend on the topic."""
    gate = extractor.gate
    extractor.gate = None
    try:
        return run_text(extractor, text, **meta)
    finally:
        extractor.gate = gate


def test_weekday_on_the_publication_day_is_that_day(extractor):
    rec = run(extractor, "Erdogan said on Friday that Turkey would hold fire.", published=FRI)
    assert dates_of(rec) == [("Friday", "2024-06-14", "day")]


def test_weekday_in_the_future(extractor):
    text = "Pashinyan said he is willing to discuss the border with Aliyev when they meet in Abu Dhabi on Monday."
    rec = run(extractor, text, published=SAT)
    assert dates_of(rec) == [("Monday", "2025-08-18", "day")]
    rec = run(extractor, "The two leaders will meet in Geneva on Thursday.", published=MON)
    assert dates_of(rec) == [("Thursday", "2022-12-08", "day")]
    rec = run(extractor, "The next round of talks is due in March.", published=MON)
    assert dates_of(rec) == [("March", "2023-03", "month")]
    rec = run(extractor, "The two leaders met in Geneva on Thursday.", published=MON)
    assert dates_of(rec) == [("Thursday", "2022-12-01", "day")]


def test_anaphoric_day_counts_from_the_last_day_mentioned(extractor):
    text = "The leaders met in Alaska on Friday.\n\nThe next day, Trump relayed the offer to Zelensky."
    rec = run(extractor, text, published=SAT)
    assert dates_of(rec) == [("Friday", "2025-08-15", "day"), ("The next day", "2025-08-16", "day")]
    assert_offsets(rec)
    text = "Hamas answered on Thursday. Two days later, Israel sent its negotiators to Doha."
    rec = run(extractor, text, published=MON)
    assert dates_of(rec) == [("Thursday", "2022-12-01", "day"), ("Two days later", "2022-12-03", "day")]
    text = "The rebels signed the truce on Tuesday. The previous Thursday, the envoys had arrived in Nairobi."
    rec = run(extractor, text, published=MON)
    assert dates_of(rec) == [("Tuesday", "2022-11-29", "day"), ("The previous Thursday", "2022-11-24", "day")]
    text = "Zelensky presented the plan to G7 leaders the day prior."
    rec = run(extractor, text, published="2022-12-13")
    assert dates_of(rec) == [("the day prior", "2022-12-12", "day")]


@pytest.mark.parametrize("text,published,expected", [
    ("The enclave changed hands in 2008. That year, the mediators left Tbilisi.", "2023-05-02",
     [("2008", "2008", "year"), ("That year", "2008", "year")]),
    ("The militia disarmed in March 2019. The following month, elections were called.", "2023-05-02",
     [("March 2019", "2019-03", "month"), ("The following month", "2019-04", "month")]),
    ("Monitors arrived on May 3, 1995. Two years later, they left.", "2001-06-01",
     [("May 3, 1995", "1995-05-03", "day"), ("Two years later", "1997", "year")]),
    ("The accord was signed in 1994. Two decades later, it collapsed.", "2021-06-01",
     [("1994", "1994", "year"), ("Two decades later", "201", "decade")]),
    # a day after a year: the day counts from the last day named (here the publication date), not from the year
    ("Fighting stopped in 1999. The next day, the border opened.", "2001-06-01",
     [("1999", "1999", "year"), ("The next day", "2001-06-02", "day")]),
])
def test_anaphoric_periods_count_from_the_last_period_named(extractor, text, published, expected):
    rec = run(extractor, text, published=published)
    assert dates_of(rec) == expected
    assert_offsets(rec)


@pytest.mark.parametrize("text,expected", [
    ("The insurgency simmered through the nineties.", [("the nineties", "199", "decade")]),
    ("Both armies were built in the early 1960s.", [("the early 1960s", "196", "decade")]),
    ("He calls it a 19th-century border.", [("19th-century", "18", "century")]),
    ("Troops should leave by the end of the month.", [("the end of the month", "2022-12", "month")]),
    ("The envoy expects a deal by year end.", [("year end", "2022", "year")]),
    ("A year-end review of the truce is planned.", [("year-end", "2022", "year")]),  # as "third-quarter"
])
def test_decades_centuries_and_period_ends(extractor, text, expected):
    rec = run(extractor, text, published=MON)
    assert dates_of(rec) == expected
    assert_offsets(rec)


def test_a_period_named_by_its_year_is_the_quarter_the_text_named(extractor):
    text = ("Second-quarter revenue of the shipyard fell to $40 million. In the 2021 period it had been $52 million. "
            "Orders in the latest period doubled, and last year's quarter had seen none.")
    rec = run(extractor, text, published="2022-08-03")
    assert dates_of(rec) == [("Second-quarter", "2022-Q2", "quarter"), ("the 2021 period", "2021-Q2", "quarter"),
                             ("the latest period", "2022-Q2", "quarter"), ("last year's quarter", "2021-Q2", "quarter")]
    # no quarter named: the year it gives
    rec = run(extractor, "In the 2021 period the mission lost two vehicles.", published="2022-08-03")
    assert dates_of(rec) == [("the 2021 period", "2021", "year")]


@pytest.mark.parametrize("text,expected", [
    ("This year's ceasefire held longer.", [("This year", "2022", "year")]),  # the model's span was "year"
    ("Checkpoints rose to 40, up from nine a year ago.", [("a year ago", "2021", "year")]),  # not "nine a year ago"
    ("Support stood at 30 percent several years ago.", [("several years ago", "PAST_REF", "ref")]),
    ("Deliveries resume in the first two quarters of 2023.", [("the first two quarters of 2023", "2023-H1", "half")]),
    ("And just last month, a ferry was shelled.", [("just last month", "2022-11", "month")]),
    ("The monitors left nearly two weeks ago.", [("nearly two weeks ago", "2022-W47", "week")]),
    # words the model takes in before the date: the end of a foreign phrase, a conjunction's first word
    ("The junta took power in a coup d'etat last year.", [("last year", "2021", "year")]),
    ("Exports will fall in both 2023 and 2024.", [("both 2023", "2023", "year"), ("2024", "2024", "year")]),
    ("Its reserves shrank this quarter, the bank said.", [("this quarter", "2022-Q4", "quarter")]),
])
def test_relative_expressions_the_model_cuts(extractor, text, expected):
    rec = run(extractor, text, published=MON)
    assert dates_of(rec) == expected
    assert_offsets(rec)


@pytest.mark.parametrize("text,value", [
    # a present perfect puts no point in time on its act: the day is a target, on the nearer side
    ("The mediators have set Dec. 20 as the deadline for replies.", "2022-12-20"),
    ("The vote has been postponed to Dec. 1.", "2022-12-01"),
    # a simple past or a past perfect still puts it behind
    ("The mediators set Dec. 20 as the deadline for replies.", "2021-12-20"),
    ("The rebels had withdrawn by Dec. 1.", "2022-12-01"),
])
def test_present_perfect_does_not_put_a_day_behind(extractor, text, value):
    rec = run(extractor, text, published=MON)
    assert [d["value"] for d in rec["dates"]] == [value]


def test_ranges_keep_their_words(extractor):
    text = ("Russia has occupied Crimea since 2014. The sanctions applied from 2022 to 2024, "
            "and the talks ran between June and September 2023.")
    rec = run(extractor, text, published=MON)
    assert_offsets(rec)
    got = dates_of(rec)
    assert ("since 2014", "2014/..", "range") in got
    assert ("from 2022 to 2024", "2022/2024", "range") in got
    assert [d for d in got if d[1] == "2023-06/2023-09"], got
    rec = run(extractor, "Grain exports from 2022 and 2023 fell, and since February 2022 prices rose.",
                   published=MON)
    assert dates_of(rec) == [("2022", "2022", "year"), ("2023", "2023", "year"),
                             ("since February 2022", "2022-02/..", "range")]


@pytest.mark.parametrize("text", [
    "Kyiv may reject the plan, and officials may walk out of the talks.",
    "May the talks succeed, he wrote.",
    "Thousands march on the capital every year to demand peace.",
    "The exhausting two-year war has left both armies depleted.",
    "Shoppers queued for the Black Friday Mega Bundle, a discounted console set.",
    "The meeting began at 10:30 a.m. and lasted two hours.",
    "Negotiators want a 60-day ceasefire, to be extended after the 60 days.",
])
def test_not_dates(extractor, text):
    rec = run(extractor, text, published=MON)
    assert rec["dates"] == []


def test_possessive_weekday_is_a_date(extractor):
    text = "Friday's speech by Putin set out the conditions."
    rec = run(extractor, text, published=MON)
    assert dates_of(rec) == [("Friday", "2022-12-02", "day")]
    assert_offsets(rec)


def test_no_anchor_keeps_relative_values_null(extractor):
    text = "Peskov said on Friday that the annexations of September 2022 were final, as they had been last week."
    rec = run(extractor, text)
    assert rec["published"] is None
    got = {d["text"]: (d["value"], d["relative"]) for d in rec["dates"]}
    assert got["Friday"] == (None, True)
    assert got["September 2022"] == ("2022-09", False)
    assert got["last week"] == (None, True)


def test_anchor_date_option_dates_undated_articles(extractor):
    text = "Peskov said on Friday that talks were possible."
    with anchored(extractor, MON):
        rec = run(extractor, text)
    assert rec["published"] is None
    assert dates_of(rec) == [("Friday", "2022-12-02", "day")]


def test_publication_date_wins_over_anchor_date(extractor):
    with anchored(extractor, "2020-01-01"):
        rec = run(extractor, "Peskov said on Friday that talks were possible.", published=FRI)
    assert dates_of(rec) == [("Friday", "2024-06-14", "day")]


def test_boilerplate_dates_are_skipped(extractor):
    text = "Advertisement\n\nPeskov said on Friday that talks were possible.\n"
    rec = run(extractor, text, published=MON)
    boiler = [(b["start"], b["end"]) for b in rec["boilerplate"]]
    assert all(not (s <= d["start"] and d["end"] <= e) for d in rec["dates"] for s, e in boiler)


# ---------------------------------------------------------------------------------------------------------
# statement_date: what the quotes and conditions components call


def _doc(extractor, text, published=None):
    from peacecond import Article

    doc, _ = extractor.prepare(Article(text=text, path="test.txt", published=published))
    return extractor.nlp(doc)


def test_statement_date(extractor):
    from peacecond.components.dates import statement_date

    text = ("Putin, who annexed Crimea in 2014, said on Friday that Russia wants peace. "
            "Peskov added that talks were possible.")
    doc = _doc(extractor, text, published=MON)
    first = text.index("Russia wants")
    second = text.index("talks were")
    assert statement_date(doc, first, first + 12) == "2022-12-02"  # the day, not the year of the annexation
    assert statement_date(doc, second, second + 10) == MON  # no date in its sentence: the publication date
    doc = _doc(extractor, "Peskov said that talks were possible in September.")
    assert statement_date(doc, 0, 6) is None  # no value in the sentence (no anchor), no publication date
    doc = _doc(extractor, "Peskov said in September 2022 that talks were possible.")
    assert statement_date(doc, 0, 6) == "2022-09"


@pytest.mark.parametrize("text,value", [
    # the date of the statement's own verb
    ("Ethiopia on Friday rejected the truce that it signed in 2022.", "2022-12-02"),
    ("In a televised address on Tuesday, the Sudanese general rejected the plan.", "2022-11-29"),
    ("At Thursday's press conference, the envoy demanded a pause in the shelling.", "2022-12-01"),
    ("The rebels met the mediators last week and accepted the terms.", "2022-W48"),
    # never a date of another clause, of a noun, an interval or a vague time: the publication date
    ("Ethiopia rejected the truce that it signed in 2022.", MON),
    ("Baku has refused such talks since Armenia's September 2023 offensive.", MON),
    ("Moscow has demanded this since February 2022.", MON),
    ("The guerrillas said that talks could start in January.", MON),
    ("Hamas now rejects the plan it accepted in March.", MON),
    ("The militia has fought the army for years and still rejects any truce.", MON),
    # a decade or a period's end is no statement's date
    ("The junta rejected the talks of the nineties.", MON),
    ("The envoy rejected a deal by year end.", MON),
])
def test_statement_date_is_the_date_of_its_own_verb(extractor, text, value):
    from peacecond.components.dates import statement_date

    doc = _doc(extractor, text, published=MON)
    assert statement_date(doc, 0, len(text)) == value, [(d["text"], d["value"]) for d in doc._.pc_dates]


def test_an_anaphoric_year_dates_its_own_verb(extractor):
    from peacecond.components.dates import statement_date

    text = "The militia disarmed in March 2019. The following month, its leader rejected any partition."
    doc = _doc(extractor, text, published=MON)
    second = text.index("its leader")
    assert statement_date(doc, second, len(text)) == "2019-04"


def test_statement_date_of_a_given_verb(extractor):
    from peacecond.components.dates import statement_date, verb_date

    text = "Hamas said on Friday that it would answer the proposal in January."
    doc = _doc(extractor, text, published=MON)
    said = next(t for t in doc if t.text == "said")
    answer = next(t for t in doc if t.text == "answer")
    quote = text.index("it would")
    assert statement_date(doc, quote, len(text), verb=said) == "2022-12-02"
    assert verb_date(doc, answer) == "2023-01"  # the answer's own date: the nearer January
    other = next(t for t in doc if t.text == "proposal")
    assert statement_date(doc, quote, len(text), verb=other) == "2022-12-02"  # none of its own: the sentence's act
    text = "Hamas said that it would answer the proposal in January."
    doc = _doc(extractor, text, published=MON)
    said = next(t for t in doc if t.text == "said")
    assert statement_date(doc, 0, len(text), verb=said) == MON  # the answer's January is not the statement's


@pytest.mark.parametrize("text,verb,value", [
    # a participle or a coordinated verb shares the date of the act it is part of
    ("The ELN dismissed the offer on Wednesday, insisting that the army must leave Arauca.", "insisting",
     "2022-11-30"),
    ("Baku spoke on Tuesday, noting that Yerevan had to sign first.", "noting", "2022-11-29"),
    ("The envoys met on Thursday and agreed that the truce should hold.", "agreed", "2022-12-01"),
    # a verb with a date of its own keeps it
    ("Kinshasa said on Monday that M23 rejected the plan on Friday.", "rejected", "2022-12-02"),
])
def test_statement_date_of_a_verb_that_shares_an_act(extractor, text, verb, value):
    from peacecond.components.dates import statement_date

    doc = _doc(extractor, text, published=MON)
    tok = next(t for t in doc if t.text == verb)
    assert statement_date(doc, 0, len(text), verb=tok) == value, [(d["text"], d["value"]) for d in doc._.pc_dates]


# ---------------------------------------------------------------------------------------------------------
# rules are data


def _patterns_copy(tmp_path):
    dst = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", dst)
    return dst


def test_bad_date_rule_names_file_and_line(tmp_path):
    from peacecond.components import dates  # noqa: F401  (registers the loader)
    from peacecond.errors import PatternError
    from peacecond.patterns import Patterns

    root = _patterns_copy(tmp_path)
    path = root / "dates.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append('{"id": "broken", "kind": "candidate", "regex": "(unclosed"}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        Patterns.load(root)
    assert "dates.jsonl" in str(err.value) and str(len(lines)) in str(err.value)
    lines[-1] = '{"id": "odd", "kind": "sometimes", "regex": "x"}'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match="kind"):
        Patterns.load(root)
    for needs in ('["Quarter"]', '[]', '"quarter"', '[""]'):
        lines[-1] = '{"id": "q", "kind": "candidate", "regex": "quarter", "needs": %s}' % needs
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with pytest.raises(PatternError, match="needs") as err:
            Patterns.load(root)
        assert str(len(lines)) in str(err.value)


@pytest.mark.parametrize("row,message", [
    ('{"name": "Christmas", "month": 12, "day": 25}', "lower case"),
    ('{"name": "the feast", "month": 12, "day": 25}', "without 'the'"),
    ('{"name": "feast", "month": 2, "day": 30}', "day of the calendar"),
    ('{"name": "feast", "month": 2}', "day of the calendar"),
    ('{"name": "feast"}', "either month and day"),
    ('{"name": "feast", "easter": "western", "month": 4, "day": 1}', "either month and day"),
    ('{"name": "feast", "easter": "coptic"}', "easter must be one of"),
    ('{"name": "feast", "month": "12", "day": 25}', "month"),
    ('{"name": "feast", "month": 12, "day": 25, "year": 2020}', "year"),
])
def test_bad_holiday_names_file_and_line(tmp_path, row, message):
    from peacecond.components import dates  # noqa: F401  (registers the loader)
    from peacecond.errors import PatternError
    from peacecond.patterns import Patterns

    root = _patterns_copy(tmp_path)
    path = root / "date_holidays.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines() + [row]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=message) as err:
        Patterns.load(root)
    assert f"date_holidays.jsonl:{len(lines)}" in str(err.value)


@pytest.mark.parametrize("text,published,expected", [
    # no year: the side of the publication date the clause gives, else the nearer
    ("The guerrillas declared a truce over Christmas.", "2024-12-20", [("Christmas", "2024-12-25", "day")]),
    ("The guerrillas broke the truce on Christmas Eve.", "2025-02-03", [("Christmas Eve", "2024-12-24", "day")]),
    ("Mediators hope to finish the talks by Easter.", "2024-01-10", [("Easter", "2024-03-31", "day")]),
    ("The two churches' truce began on Orthodox Easter.", "2023-05-01", [("Orthodox Easter", "2023-04-16", "day")]),
    ("Both armies fired on Good Friday.", "2023-05-01", [("Good Friday", "2023-04-07", "day")]),
    # a year given
    ("Prisoners were swapped on New Year's Eve 2019.", "2024-01-10", [("New Year's Eve 2019", "2019-12-31", "day")]),
    # names that hold a holiday and are no day
    ("The envoy flew to Christmas Island.", "2024-01-10", []),
    ("The Easter Rising shaped the republic.", "2024-01-10", []),
])
def test_holidays_name_a_day(extractor, text, published, expected):
    rec = run(extractor, text, published=published)
    assert dates_of(rec) == expected
    assert_offsets(rec)


def test_exclusions_come_from_the_patterns_folder(tmp_path):
    from peacecond.components import dates  # noqa: F401
    from peacecond.patterns import Patterns

    root = _patterns_copy(tmp_path)
    rows = (root / "dates.jsonl").read_text(encoding="utf-8")
    pats = Patterns.load(root)
    assert any(rx.search("the Black Friday sale") for rx, _ in pats.extra["dates"]["exclude"])
    (root / "dates.jsonl").write_text(re.sub(r'.*"id": "black-friday".*\n', "", rows), encoding="utf-8")
    pats = Patterns.load(root)
    assert not any(rx.search("the Black Friday sale") for rx, _ in pats.extra["dates"]["exclude"])


def test_scanner_finds_what_finditer_finds():
    """Scanner skips the leading \\b to search for the literal word; the matches must be finditer's."""
    import re

    from peacecond.components.dates import Scanner

    text = ("Black Friday sales. UnBlack Friday is no match; BlackFriday neither. Good Friday Agreement, "
            "Good Friday Accords and a good Friday. Black  Friday twice: Black Friday")
    for pattern in (r"\bBlack\s+Friday\b", r"\bGood\s+Friday\s+(?:Agreement|Accords?)\b", r"\b(?:Good|Black)\s+Friday",
                    r"(?i)\bgood\s+friday"):
        rx = re.compile(pattern)
        assert [m.span() for m in Scanner(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert Scanner(re.compile(r"\bBlack\s+Friday\b")).rest is not None  # the quick path was taken
    assert len(list(Scanner(re.compile(r"\bBlack\s+Friday\b")).finditer(text))) == 3


# ---------------------------------------------------------------------------------------------------------
# the calendar's ends (issue 15, point 6): no arithmetic past year 1 or 9999 raises; the value is null


@pytest.mark.parametrize("expr,anchor", [
    ("yesterday", "0001-01-01"), ("the day before yesterday", "0001-01-02"), ("on Friday", "0001-01-01"),
    ("last Monday", "0001-01-01"), ("the past week", "0001-01-03"), ("two years ago", "0001-05-05"),
    ("the past two years", "0001-03-01"), ("last year", "0001-06-01"), ("in December", "0001-01-01"),
    ("last month", "0001-01-20"), ("since last November", "0001-02-02"),
    ("next week", "9999-12-31"), ("tomorrow", "9999-12-31"), ("next Monday", "9999-12-31"),
    ("this weekend", "9999-12-31"), ("five weeks later", "9999-12-31"), ("next month", "9999-12-01"),
    ("next year", "9999-06-01"), ("the next day", "9999-12-31"),
])
def test_calendar_ends_give_null_not_overflow(expr, anchor):
    # a bare weekday or month looks back unless its clause speaks of the future: near year 9999 either way
    for future in (False, True) if anchor.startswith("9999") else (False,):
        got = normalize(expr, anchor, future)
        assert got is not None and got.value is None and got.relative, (expr, anchor, future, got)


def test_calendar_ends_keep_absolute_values():
    assert normalize("since 2014", "0001-01-01").value == "2014/.."
    assert normalize("yesterday", "0001-01-02").value == "0001-01-01"
    assert normalize("tomorrow", "9999-12-30").value == "9999-12-31"


@pytest.mark.parametrize("published,text", [
    ("0001-01-01", "Peskov said yesterday that talks were possible, and last week that they were not."),
    ("9999-12-31", "The envoys will meet next week and again the next day, tomorrow or on Monday."),
])
def test_calendar_ends_through_the_pipeline(extractor, published, text):
    rec = run(extractor, text, published=published)
    assert rec["dates"] and all(d["value"] is None for d in rec["dates"] if d["relative"])
    assert_offsets(rec)
    assert not [w for w in rec["warnings"] if "bug" in w]


# ---------------------------------------------------------------------------------------------------------
# the clause decides: tense, modality, deadlines; periods and vague times through the pipeline


def value_of(rec, text):
    got = [d["value"] for d in rec["dates"] if d["text"] == text]
    assert got, (text, dates_of(rec))
    return got[0]


@pytest.mark.parametrize("published,text,expr,value", [
    # a deadline set in the past may lie ahead
    ("2023-11-21", "Armenia was given until Nov. 27 to answer the proposal.", "until Nov. 27", "../2023-11-27"),
    ("2024-02-03", "The militia was told to leave the port by March 10.", "March 10", "2024-03-10"),
    ("2024-02-03", "The militia had taken the port by March 10.", "March 10", "2023-03-10"),
    # a modal: the nearer side ("could start in January" in a December article)
    ("2023-12-10", "Talks between the army and the rebels could start in January.", "January", "2024-01"),
    ("2023-12-10", "Envoys said a new round might open in February.", "February", "2024-02"),
    # may, might, must, should, can before a bare verb put it ahead, even where the past is nearer
    ("2024-05-10", "The militia must leave the port by March, the envoy said.", "March", "2025-03"),
    ("2024-07-02", "Grain exports may resume in April, the ministry said.", "April", "2025-04"),
    ("2024-07-02", "Grain exports may have resumed in April, the ministry said.", "April", "2024-04"),
    ("2024-07-02", "Grain exports could resume in April, the ministry said.", "April", "2024-04"),  # could: nearer
    # the future
    ("2023-11-02", "The two delegations will sign the accord on Dec. 15.", "Dec. 15", "2023-12-15"),
    ("2024-05-30", "The summit is to resume in Addis Ababa on Tuesday.", "Tuesday", "2024-06-04"),
    # future in the past: "would" after a past speech verb
    ("2025-08-16", "The ministry said the envoys would travel to Ankara on Tuesday.", "Tuesday", "2025-08-19"),
    ("2025-08-16", "Under the terms announced Friday, prisoners would be freed.", "Friday", "2025-08-15"),
    # a past tense: the past, even where the other side is nearer
    ("2023-11-02", "The rebels withdrew from the town in March.", "March", "2023-03"),
    ("2023-11-02", "The last convoy crossed the border on Dec. 20.", "Dec. 20", "2022-12-20"),
    # a date that describes a noun, not the past event: the nearer side
    ("2023-11-02", "The mediators announced a truce, effective Dec. 15.", "Dec. 15", "2023-12-15"),
    ("2023-11-02", "Both sides accepted the Dec. 1 deadline for the prisoner exchange.", "Dec. 1", "2023-12-01"),
])
def test_the_clause_puts_a_date_without_year_on_its_side(extractor, published, text, expr, value):
    rec = run(extractor, text, published=published)
    assert_offsets(rec)
    assert value_of(rec, expr) == value


@pytest.mark.parametrize("published,text,value", [
    # a season of a clause that does not say which side: the nearer one, as for a month
    ("2024-11-05", "The herders' talks may resume in the spring.", "2025-SP"),
    ("2024-03-20", "Aid convoys could reach the valley in the summer.", "2024-SU"),
    ("2024-11-20", "Aid convoys could reach the valley in the spring.", "2025-SP"),
    # may, might, must, should, can before a bare verb: ahead, however far
    ("2024-05-10", "Fuel stocks may run out in the winter.", "2024-WI"),
    # a past clause keeps the season behind, a future one ahead
    ("2024-11-05", "The herders' talks broke down in the spring.", "2024-SP"),
    ("2024-03-20", "The convoys will cross the pass in the autumn.", "2024-FA"),
])
def test_a_season_without_a_year_is_on_the_side_its_clause_gives(extractor, published, text, value):
    rec = run(extractor, text, published=published)
    assert_offsets(rec)
    assert [d["value"] for d in rec["dates"] if d["grain"] == "season"] == [value]


@pytest.mark.parametrize("text,value", [
    # a present tense with a weekday is a timetable: the coming one (the article is of Friday 2024-06-14)
    ("The donor conference opens on Monday in Oslo.", "2024-06-17"),
    ("The referendum is on Sunday.", "2024-06-16"),
    ("The monitors are deploying on Tuesday, the mission said.", "2024-06-18"),
    ("Prisoner exchanges are held on Wednesday at the border crossing.", "2024-06-19"),
    ("The truce expires on Friday.", "2024-06-14"),  # the same day when they match
    # a reporting verb's present reports the past; a past tense is the past
    ("The envoy says on Monday that the rebels will not disarm.", "2024-06-10"),
    ("The donor conference opened on Monday in Oslo.", "2024-06-10"),
    ("The referendum, which was held on Sunday, ended the dispute.", "2024-06-09"),
    ("Militia fighters cut the highway on Tuesday.", "2024-06-11"),  # a past the same as the present
])
def test_a_weekday_in_a_present_tense_is_the_coming_one(extractor, text, value):
    rec = run(extractor, text, published=FRI)
    assert_offsets(rec)
    assert [d["value"] for d in rec["dates"]] == [value]


def test_day_range_of_one_month(extractor):
    rec = run(extractor, "The negotiators meet again on June 15-16 in Doha.", published="2024-06-01")
    assert dates_of(rec) == [("June 15-16", "2024-06-15/2024-06-16", "range")]
    rec = run(extractor, "Observers visited the camps on 3-4 May 2022.", published="2024-06-01")
    assert dates_of(rec) == [("3-4 May 2022", "2022-05-03/2022-05-04", "range")]


def test_quarters_halves_seasons_and_fiscal_years(extractor):
    text = ("Colombia's coffee exports fell in the third quarter and the ELN talks resume in Q1 2025. "
            "The central bank expects growth in the second half of 2025 and in fiscal 2026. "
            "Fighting in the Andes eased last winter and may flare again this summer.")
    rec = run(extractor, text, published="2024-11-05")
    assert_offsets(rec)
    got = {d["text"]: (d["value"], d["grain"]) for d in rec["dates"]}
    assert got["the third quarter"] == ("2024-Q3", "quarter")
    assert got["Q1 2025"] == ("2025-Q1", "quarter")
    assert got["the second half of 2025"] == ("2025-H2", "half")
    assert got["fiscal 2026"] == ("2026", "year")
    assert got["last winter"] == ("2023-WI", "season")
    assert got["this summer"] == ("2024-SU", "season")


def test_now_recently_soon(extractor):
    text = ("The ceasefire now holds along the whole line. Both armies recently pulled back their artillery, "
            "and the envoys expect a deal soon. Troops will leave as soon as the deal is signed.")
    rec = run(extractor, text, published=MON)
    got = [(d["text"], d["value"], d["grain"]) for d in rec["dates"]]
    assert got == [("now", "PRESENT_REF", "ref"), ("recently", "PAST_REF", "ref"), ("soon", "FUTURE_REF", "ref")]


@pytest.mark.parametrize("text", [
    "After the fall of Kabul the embassy closed.",
    "The Arab Spring reached Syria, and the Winter Olympics went on.",
    "Troops will leave as soon as the deal is signed.",
    "Quarterly figures were published, a quarter of them late.",
    "The mediators insisted on a role in the future government of the enclave.",
    "The militia withdrew soon after the accord, and the army followed soon afterwards.",
])
def test_periods_that_are_not_dates(extractor, text):
    rec = run(extractor, text, published=MON)
    assert rec["dates"] == [], dates_of(rec)


def test_a_span_that_is_two_dates_gives_both(extractor):
    text = "The Ethiopian central bank said reserves fell in the quarter ended Sept. 30."
    rec = run(extractor, text, published="2024-11-05")
    assert_offsets(rec)
    got = dates_of(rec)
    assert ("the quarter", "2024-Q3", "quarter") in got and ("Sept. 30", "2024-09-30", "day") in got


@pytest.mark.parametrize("text,value", [
    # a quote's own dates are what was said, not when it was said (the article is of Monday 2022-12-05)
    ("\u201cThe convoy will cross the bridge tomorrow,\u201d the governor told reporters.", MON),
    ("\u201cThe militia shelled the market on Saturday,\u201d the governor told reporters.", MON),
    ("\u201cThe militia shelled the market on Saturday,\u201d the governor told reporters on Sunday.", "2022-12-04"),
    # never a day after the article's own, however the parse hangs it
    ("The governor told reporters the convoy could cross the bridge \u201cas soon as\u201d Thursday.", MON),
])
def test_a_quote_is_dated_by_its_saying_not_its_content(extractor, text, value):
    rec = run(extractor, text, published=MON)
    assert rec["quotes"], text
    assert {q["date"] for q in rec["quotes"]} == {value}, [(d["text"], d["value"]) for d in rec["dates"]]


@pytest.mark.parametrize("text,value", [
    ("The rebel alliance, in a statement on Sunday, said it would only call a truce on its terms.", "2022-12-04"),
    ("Sunday's communique said the alliance would accept a truce in principle.", "2022-12-04"),
    ("The envoy told journalists Saturday that this was not his last word.", "2022-12-03"),
    ("The president told reporters that on Saturday the army had crossed the river.", MON),
    # a common noun's own "on <date>" dates that noun's event, not the sentence's verb
    ("A return to the lines of Oct. 3 would not end the dispute, the premier said.", MON),
    ("A pullback on Oct. 3 will not satisfy the islanders, according to the premier.", MON),
    ("The premier on Saturday said a pullback would not satisfy the islanders.", "2022-12-03"),
])
def test_statement_date_through_its_setting_or_subject(extractor, text, value):
    from peacecond.components.dates import statement_date

    doc = _doc(extractor, text, published=MON)
    assert statement_date(doc, 0, len(text)) == value, [(d["text"], d["value"]) for d in doc._.pc_dates]


def test_statement_dates_cost_one_parse_walk_per_date(extractor, monkeypatch):
    """Dating many statements reads each date's clause once per article, not once per statement."""
    from peacecond.components import dates as component

    text = " ".join(f"On {day}, envoy {n} said the talks in March would go on." for n, day in
                    enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] * 6))
    doc = _doc(extractor, text, published=MON)
    calls = []
    real = component.clause_verb
    monkeypatch.setattr(component, "clause_verb", lambda span: calls.append(span) or real(span))
    starts = [i for i in range(len(text)) if text.startswith("the talks", i)]
    got = [component.statement_date(doc, s, s + 9) for s in starts]
    assert len(got) == 30 and got[:5] == ["2022-12-05", "2022-11-29", "2022-11-30", "2022-12-01", "2022-12-02"]
    assert len(calls) <= len(doc._.pc_dates)


def test_a_year_earlier_beside_a_quarter_is_that_quarter_a_year_before(extractor):
    text = ("Kenya's tea exports rose to $300 million in the third quarter from $250 million a year earlier. "
            "Compared with the year-ago period, coffee fell.")
    rec = run(extractor, text, published="2024-11-05")
    got = {d["text"]: (d["value"], d["grain"]) for d in rec["dates"]}
    assert got["the third quarter"] == ("2024-Q3", "quarter")
    assert got["a year earlier"] == ("2023-Q3", "quarter")
    assert got["the year-ago period"] == ("2023-Q3", "quarter")
    rec = run(extractor, "Ghana's cocoa sales rose in the second quarter, above year-earlier levels.",
              published="2024-11-05")
    assert ("year-earlier", "2023-Q2", "quarter") in dates_of(rec)
    rec = run(extractor, "The rebels seized the town a year ago.", published="2024-11-05")
    assert dates_of(rec) == [("a year ago", "2023", "year")]  # no quarter named: the year


def test_every_shape_on_every_kind_of_anchor_gives_a_schema_value():
    """Each grammar shape, anchored near the calendar's ends, on a leap day and nowhere, in each tense: no
    exception, and every value is one the record schema accepts."""
    schema = json.loads((ROOT / "src" / "peacecond" / "record.schema.json").read_text())
    isodate = re.compile(schema["$defs"]["isodate"]["pattern"])
    shapes = sorted({row[0] for row in TABLE} | {
        "the day before yesterday", "next Friday", "last Sunday night", "the previous week", "the next two weeks",
        "ten days later", "June 30-July 2", "the 1st to 3rd of March", "Feb. 29", "February 29 2023", "the 2020s",
        "Q4", "4Q 2023", "the first half", "next winter", "this coming spring", "fiscal 1999", "FY99",
        "the quarter a year earlier", "late 2023", "early last year", "mid-December", "December 31 to January 2"})
    anchors = [None, "0001-01-01", "0001-01-07", "0001-03-02", "9999-12-31", "9999-12-25", "9999-10-02",
               "2024-02-29", "2023-12-31", "2024-01-01"]
    for expr in shapes:
        for anchor in anchors:
            for future in (None, True, False):
                got = normalize(expr, anchor, future)
                if got is not None and got.value is not None:
                    assert isodate.match(got.value), (expr, anchor, future, got)


def test_spelled_out_dates_in_a_transcript(extractor):
    text = ("HOST: The talks collapsed in nineteen ninety-six, didn't they?\n"
            "ENVOY: They did, and we meet again on March eighth in Oslo.")
    rec = run(extractor, text, published="2024-03-05")
    assert_offsets(rec)
    got = {d["text"]: d["value"] for d in rec["dates"]}
    assert got.get("nineteen ninety-six") == "1996"
    assert got.get("March eighth") == "2024-03-08"


def test_a_rules_needs_never_hide_a_match(tmp_path):
    """`needs` only spares work: wherever a rule matches, the text holds one of its words. Checked on the
    sample articles and on sentences that hold every shape the rules are for."""
    from peacecond.components import dates  # noqa: F401
    from peacecond.patterns import Patterns

    pats = Patterns.load(_patterns_copy(tmp_path))
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    texts += [row[0] for row in TABLE] + [
        "In Q3 2024 and 3Q 2023, the year-ago period and the YEAR-EARLIER quarter; FY2024 and Fiscal 2023.",
        "Right now, these\ndays, at  the moment, Currently; recently, Lately, in the past. Soon, in the near term.",
        "June 15 – 16, 3-4 May 2022; from 2022 to 2024, Between June and August; the following Friday.",
        "Last Summer, in the spring, Winter 2023, the Arab Spring, the fall of Kabul, in the first half of 2024.",
    ]
    checked = 0
    for kind in ("candidate", "exclude"):
        for rx, needs in pats.extra["dates"][kind]:
            for text in texts:
                if needs and rx.search(text):
                    checked += 1
                    assert any(w in text.lower() for w in needs), (rx.pattern, text[:80])
    assert checked >= 20
