"""The publication date line at the top of an article, across the layouts news sites and copy-paste dumps use.

Every header line here is written for these tests (other outlets, other conflicts): the date the line shows, or
None when the line shows no publication date (a year-less wire dateline, a caption, a sentence of the story, a
quoted letter's date, an embedded post's signature).
"""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import append_line
from peacecond.boilerplate import find_boilerplate
from peacecond.metadata import date_line
from peacecond.patterns import Patterns

HEADLINE = "Rebels And Government Agree To Resume Talks In Nairobi"
BODY = ("\n\nThe army said on Tuesday that the rebels must hand over their heavy weapons before any talks.\n\n"
        "A rebel spokesman said the group would not disarm while government troops remain in the north.\n")


LEAD = ("The army and the rebels agreed on Tuesday to meet in Nairobi next month, the mediators said in a "
        "statement that gave no details of the agenda, the delegations, the observers or the security arrangements "
        "for the first round.")


@pytest.fixture(scope="module")
def pats():
    return Patterns.load()


def published(pats, text):
    found = date_line(text, find_boilerplate(text, pats.boilerplate, pats.boilerplate_inline), pats.published,
                      pats.published_labels, pats.revised_labels)
    if found is None:
        return None
    written = text[found.start:found.end]
    assert written.strip() == written and "\n" not in written and any(c.isdigit() for c in written)
    return found.value


def top(pats, lines):
    return published(pats, f"{HEADLINE}\n\n{lines}{BODY}")


@pytest.mark.parametrize("line,iso", [
    # labelled lines, one word before the label at most
    ("Published 9 October 2023", "2023-10-09"),
    ("First published on Thu 12 Jan 2023 06.40 GMT", "2023-01-12"),
    ("Originally posted: Aug. 30, 2022", "2022-08-30"),
    ("Publication date: 2 February 2021", "2021-02-02"),
    ("Issued on: 27/11/2020 - 08:15", "2020-11-27"),
    ("Africa | Posted by webdesk on 5 May 2019", "2019-05-05"),
    # a time before the date: clocks first, wire and Eastern European styles
    ("09:40, 17.10.2022", "2022-10-17"),
    ("18:02 17.10.2022", "2022-10-17"),
    ("07:55 GMT 30.01.2023", "2023-01-30"),
    ("6:10 AM EST, Tue January 31, 2023", "2023-01-31"),
    # a time after the date, in any of the ways sites write it
    ("Wed 1 Feb 2023 19.05 CET", "2023-02-01"),
    ("Feb 1, 2023 at 7:05 p.m. ET", "2023-02-01"),
    ("1 February 2023 | 19:05", "2023-02-01"),
    ("Wednesday 1 February 2023 à 19:05", "2023-02-01"),  # a short word of another language before the time
    ("Mittwoch, 1 February 2023 um 19:05 Uhr", "2023-02-01"),
    ("Wednesday 1 February 2023 ساعة 19:05", "2023-02-01"),  # a word of another script before the time
    # numbers only
    ("2023-02-01T19:05:00+01:00", "2023-02-01"),
    ("2023/02/01 - 19:05 • 4 min read", "2023-02-01"),
    ("2023.02.01 19:05", "2023-02-01"),
    # bylines before or after the date
    ("By Amina Yusuf and Peter Otieno Feb 1, 2023", "2023-02-01"),
    ("by amina yusuf | 1 February 2023", "2023-02-01"),  # a byline may be written in lower case
    ("By Amina Yusuf on February 1, 2023", "2023-02-01"),
    ("February 1, 2023 by Amina Yusuf", "2023-02-01"),
    ("Nairobi Bureau — Wednesday, 1 February 2023, 19:05", "2023-02-01"),
])
def test_a_date_line_in_the_header_is_the_publication_date(pats, line, iso):
    assert top(pats, line) == iso


@pytest.mark.parametrize("line", [
    # a wire dateline without a year: the text does not show the year, and it is never inferred
    "NAIROBI, Feb 1 (Reuters) - The army said the rebels must disarm.",
    "NAIROBI. February 1 (Interfax) - The army said the rebels must disarm.",
    "19:05, 1 February",
    # relative times are no dates
    "Published 3 hours ago",
    "Updated 2 days ago",
    # a caption: the head is a sentence of lower-case words
    "Rebel fighters in Goma, February 1, 2023.",
    "Soldiers, who fought near the airport, February 1, 2023.",
    "FILE PHOTO: President Grace Mwangi, Kampala, February 1, 2023.",
    "Photo: Amina Yusuf | February 1, 2023",
    # a sentence of the story, a quoted letter, a report's own date
    "In a letter dated February 1, 2023, the mediators asked both sides to meet.",
    "The report was published on February 1, 2023, by the mediators.",
    "February 1, 2023 by the lake was the day the truce collapsed.",
    "On February 1, 2023, the rebels withdrew from the town.",
    # an embedded post's signature
    "— Amina Yusuf (@aminay) February 1, 2023",
    # numbers that could be day-month or month-day are never guessed
    "Issued on: 03/02/2023 - 08:15",
])
def test_no_publication_date_is_read_from_a_line_that_does_not_show_one(pats, line):
    assert top(pats, line) is None


@pytest.mark.parametrize("lines,iso", [
    ("Updated: 2 February 2023 | Published: 1 February 2023", "2023-02-01"),
    ("Published: 1 February 2023 | Updated: 2 February 2023", "2023-02-01"),
    ("Updated Feb 2, 2023, originally published Feb 1, 2023", "2023-02-01"),
    ("Last modified on Thu 2 Feb 2023 10.00 GMT\nFirst published on Wed 1 Feb 2023 19.05 GMT", "2023-02-01"),
    ("Wed 1 Feb 2023 19.05 GMT\nLast modified on Thu 2 Feb 2023 10.00 GMT", "2023-02-01"),
    ("Updated\n2 February 2023\nPublished\n1 February 2023", "2023-02-01"),  # labels on the lines above
    ("1 February 2023 / 19:05 / Updated 5 hours ago", "2023-02-01"),
])
def test_the_publication_date_wins_over_a_later_revision(pats, lines, iso):
    assert top(pats, lines) == iso


@pytest.mark.parametrize("lines,iso", [
    ("Updated 10:15 AM GMT, Thu February 2, 2023", "2023-02-02"),
    ("Last updated: 2 February 2023", "2023-02-02"),
    ("Update\n2 February 2023", "2023-02-02"),
])
def test_a_revision_date_stands_when_the_header_shows_no_other(pats, lines, iso):
    # The header's only date line: the date the page shows at its top (GUIDE: "a date line at the top").
    assert top(pats, lines) == iso


def test_the_search_stops_where_the_story_has_begun(pats):
    lead = LEAD
    letter = "Below is the text of the mediators' letter:\n\n1 February 2023\n\nDear delegates, ..."
    assert top(pats, f"{lead}\n\n{letter}") == "2023-02-01"  # a standfirst may precede the date line
    assert top(pats, f"{lead}\n\n{lead}\n\n{letter}") is None  # after two paragraphs the date is the story's
    # A date line under a long standfirst and a short headline still counts.
    assert top(pats, f"{lead}\n\nBy Amina Yusuf\n\n1 February 2023") == "2023-02-01"


def test_an_updated_line_is_not_a_publication_line_after_the_story_begins(pats):
    lead = LEAD
    assert top(pats, f"Updated 2 February 2023\n\n{lead}\n\n{lead}\n\nPublished 1 February 2023") == "2023-02-02"


def test_a_date_deep_in_the_body_is_never_read_and_the_scan_is_bounded(pats):
    body = "\n".join(f"Line {i} of the story goes on." for i in range(5000))
    assert top(pats, body + "\nPublished 1 February 2023") is None


def test_a_revised_label_file_is_checked_on_load(pdir):
    from peacecond.errors import PatternError

    append_line(pdir / "revised_labels.txt", "published")
    with pytest.raises(PatternError, match="revised_labels.txt.*also in published_labels.txt"):
        Patterns.load(pdir)
    (pdir / "revised_labels.txt").write_text("last updated\n", encoding="utf-8")
    with pytest.raises(PatternError, match="one word of letters"):
        Patterns.load(pdir)


def test_a_label_added_to_the_file_is_read(pats, pdir):
    append_line(pdir / "published_labels.txt", "gepubliceerd")
    mine = Patterns.load(pdir)
    assert top(mine, "Gepubliceerd 1 February 2023 lees meer") == "2023-02-01"
    assert top(pats, "Gepubliceerd 1 February 2023 lees meer") is None  # no label, and words run on after the date


@pytest.mark.parametrize("line,iso", [
    ("Talks stall as rebels refuse to disarm | 1 February 2023", "2023-02-01"),
    ("World news - Africa - Feb 1, 2023", "2023-02-01"),
    ("Photo: rebel fighters near Goma, February 1, 2023", None),  # the caption after the colon
])
def test_a_headline_glued_to_its_date_line_by_a_separator(pats, line, iso):
    assert published(pats, f"{line}{BODY}") == iso


@pytest.mark.parametrize("line,iso", [
    # a page's date line copied with its parts glued together (no space where the page had a box)
    ("February 1, 20237:05 PM GMT+1Updated 2 hours ago", "2023-02-01"),
    ("By Amina YusufFebruary 1, 2023", "2023-02-01"),
    ("1 Feb 2023 ● 19:05 ● Nairobi", "2023-02-01"),
    ("Africa » 1 February 2023 » 4 min read", "2023-02-01"),
    ("Home > World > Africa > 1 February 2023", "2023-02-01"),  # a breadcrumb trail
    ("February 1, 20231 Comment", None),  # a year glued to anything but a time is no year
])
def test_date_lines_copied_from_a_page_with_their_parts_glued(pats, line, iso):
    assert top(pats, line) == iso


def test_a_page_copied_whole_has_its_date_line_below_the_menus(pats):
    menu = "\n".join(["Home", "Africa", "Politics", "Business", "Sport", "Opinion", "Video", "Podcasts",
                      "Newsletters", "Subscribe", "Sign in", "Search"])
    text = f"{menu}\n{HEADLINE}\nBy Amina Yusuf\n1 February 2023 | 19:05{BODY}"
    assert published(pats, text) == "2023-02-01"
    # but the paragraphs of the story still end the header however few lines they take
    assert published(pats, f"{menu}\n{HEADLINE}\n{LEAD}\n{LEAD}\n1 February 2023{BODY}") is None


def test_a_date_far_below_a_revision_line_does_not_replace_it(pats):
    related = "\n".join(["Related", "Ceasefire talks collapse in Addis Ababa", "By Peter Otieno", "Analysis",
                         "Short summary", "20 January 2023"])
    assert top(pats, f"Updated 2 February 2023\n{related}") == "2023-02-02"
    assert top(pats, f"Updated 2 February 2023\nBy Amina Yusuf\nPublished 1 February 2023") == "2023-02-01"


# Date lines built from parts: any calendar day, in any of the ways pages write it, after any of the heads a
# page puts before it, followed by any of the tails. Read back, it is that day; put inside a sentence, none.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FORMATS = [
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.strftime('%a')} {d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    lambda d: f"{d.strftime('%A')}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
]
HEADS = ["", "Published ", "Posted on ", "By Grace Mwangi | ", "KAMPALA – ", "Analysis · ", "14:05, ",
         "Updated 10:00 GMT, Published "]
TAILS = ["", " 10:21", ", 6:40 pm", " | 3 min read", " — Reuters", " at 11:05 a.m. EAT"]


@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
       form=st.sampled_from(FORMATS), head=st.sampled_from(HEADS), tail=st.sampled_from(TAILS))
@settings(max_examples=150, deadline=None)
def test_any_day_in_any_layout_reads_back(pats, day, form, head, tail):
    assert top(pats, f"{head}{form(day)}{tail}") == day.isoformat()
    # The same date inside a sentence of the story is the story's.
    assert top(pats, f"The rebels said they withdrew from the town on {form(day)}, before the talks.") is None


def test_a_date_line_opening_a_one_line_article_is_read_without_reading_the_whole_line(pats):
    story = " ".join(["The rebels said they would return to the talks."] * 2000)
    assert top(pats, f"NAIROBI, 1 February 2023 – {story}") == "2023-02-01"
    assert top(pats, f"{story} 1 February 2023") is None


@pytest.mark.parametrize("line,iso", [
    # a page that shows its date twice, the copies glued where the page had two boxes
    ("Published On 9 Oct 20239 Oct 2023", "2023-10-09"),
    # day-first with dashes, when the day cannot be the month
    ("18-05-2021\nKampala Wire", "2021-05-18"),
    ("Staff Desk | Updated: 18-05-2021 09:10 EAT | Created: 17-05-2021 21:40 EAT", "2021-05-17"),
    ("05-18-2021 | 09:10", "2021-05-18"),
    ("Last updated 09:10, 18-May-2021", "2021-05-18"),  # the month's name between dashes
    ("Gulu, May 18/2021 – The army said it would observe the truce.", "2021-05-18"),  # "month day/year"
    ("09:10 am, May 18, 2021", "2021-05-18"),  # a clock with a lower-case am before the date
    ("18 May 2021 Humanitarian Affairs", "2021-05-18"),  # the page's section after the date
    # month names of the outlet's own language
    ("18 mai 2021 à 09h10", "2021-05-18"),
    ("18 de mayo de 2021", "2021-05-18"),
    ("18. Mai 2021, 09:10 Uhr", "2021-05-18"),
    ("18 мая 2021, 09:10", "2021-05-18"),
    ("18 травня 2021", "2021-05-18"),
    # labels of the outlet's own language, a revision's among them
    ("Publié le 18 mai 2021 à 09h10", "2021-05-18"),
    ("Actualizado el 19 de mayo de 2021 | Publicado el 18 de mayo de 2021", "2021-05-18"),
    ("Veröffentlicht am 18. Mai 2021", "2021-05-18"),
    ("2021-5-18 09:10:00", "2021-05-18"),  # ISO numbers without their leading zeros
    # a date set in brackets after a byline or an outlet's name
    ("Peter Otieno (May 18, 2021)", "2021-05-18"),
    ("Gulu Weekly [18.05.2021] 09:10", "2021-05-18"),
    # a byline without "By", or the outlet's name, right before the date; the page's counters after it
    ("Peter Otieno May 18, 2021 4 min read", "2021-05-18"),
    ("Gulu Weekly 18 May 2021 12 comments", "2021-05-18"),
    ("Written by Peter Otieno on May 18, 2021", "2021-05-18"),  # a word before the byline's "by"
])
def test_date_lines_of_other_layouts(pats, line, iso):
    assert top(pats, line) == iso


@pytest.mark.parametrize("line", [
    "18-05-2021 Kampala rebels said they would keep fighting.",  # the story's sentence, not a date line
    "05-06-2021 | 09:10",  # either number may be the month: not guessed
    "Grace Mwangi, Kampala, May 18, 2021 (AP Photo/Peter Otieno)",  # a caption, its credit after the date
    "Rebel fighters near Gulu, 18 May 2021 (Getty Images)",
    "18 May 2021 The rebels withdrew from the town.",  # a sentence in lower case runs on after the date
    "Rebels leave Gulu (May 18, 2021)",  # a headline naming the day of its event
    "The accord (signed May 18, 2021) was never ratified by the assembly.",
    "President Okello (May 18, 2021) at the summit in Addis Ababa.",  # the bracket closes on a sentence
    "On May 18, 2021 Rebels Left Gulu",  # a capitalised preposition is no byline
    "Wounded by shelling on May 18, 2021",  # "by" after a verb of the story is no byline
])
def test_no_date_from_captions_sentences_or_ambiguous_numbers(pats, line):
    assert top(pats, line) is None
