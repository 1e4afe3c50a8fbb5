"""Title and publication date from the top of an article; boilerplate marking."""
import pytest

from peacecond.boilerplate import find_boilerplate
from peacecond.metadata import date_line, headline, normalize_date
from peacecond.patterns import Patterns


@pytest.fixture(scope="module")
def pats():
    return Patterns.load()


def published(pats, text):
    found = date_line(text, find_boilerplate(text, pats.boilerplate, pats.boilerplate_inline), pats.published,
                      pats.published_labels, pats.revised_labels)
    if found is None:
        return None
    # The offsets hold the date as written: a line of its own, never a piece of another word.
    assert found.start < found.end and text[found.start:found.end].strip() == text[found.start:found.end]
    assert "\n" not in text[found.start:found.end]
    return found.value


def title(pats, text):
    found = headline(text, find_boilerplate(text, pats.boilerplate, pats.boilerplate_inline), pats.published,
                     pats.published_labels, pats.revised_labels)
    if found is None:
        return None
    assert text[found.start:found.end] == found.value
    return found.value


BODY = "\n\nPutin said on Friday that Ukraine must withdraw from four regions before talks can begin.\n"


@pytest.mark.parametrize("top,iso", [
    ("Monday, July 21, 2025", "2025-07-21"),
    ("December 5, 2022", "2022-12-05"),
    ("Published June 14, 2024", "2024-06-14"),
    ("Published on: Sept. 3, 2023", "2023-09-03"),
    ("14 June, 2024, 05:05 pm", "2024-06-14"),
    ("Friday, 14 June 2024, 17:50", "2024-06-14"),
    ("Maria Kovalenko — Friday, 14 June 2024, 17:50", "2024-06-14"),
    ("Brussels – November 21, 2025 – The Commission published a draft roadmap for the talks.",
     "2025-11-21"),
    (" date 2024-06-14 Erdogan says Turkey will hold fire", "2024-06-14"),
    ("Updated 3:15 PM EST, Fri June 14, 2024", "2024-06-14"),
    ("By Anna Smith | June 14, 2024", "2024-06-14"),
    ("2024-06-14T10:00:00Z", "2024-06-14"),
    ("Thu 3rd October 2024", "2024-10-03"),
    ("Wed Mar 6, 2019 4:05pm GMT", "2019-03-06"),  # wire style: am/pm glued to the time
    ("Mar 6, 2019 11:40 a.m. ET", "2019-03-06"),
])
def test_date_line_near_the_top(pats, top, iso):
    assert published(pats, f"Headline About The Talks Today\n\n{top}{BODY}") == iso


@pytest.mark.parametrize("line", [
    "On December 5, 2022, Putin said the talks were over.",  # a sentence of the story
    "December 5, 2022, was the day the talks collapsed.",
    "Lula attends a summit in Brasilia, Brazil June 14, 2024. REUTERS/Adriano Machado",  # a photo caption
    "The talks that began in Istanbul and broke down collapsed for good, officials said, on March 29, 2022.",
    "February 30, 2024",  # not a calendar day
])
def test_dates_of_the_story_are_not_the_publication_date(pats, line):
    assert published(pats, f"Headline About The Talks Today\n\n{line}{BODY}") is None


def test_no_date_line_gives_none_even_when_the_body_has_dates(pats):
    text = "Headline About The Talks Today\n\nRussia invaded Ukraine on February 24, 2022.\n\nTalks followed."
    assert published(pats, text) is None


def test_a_date_far_down_the_article_is_ignored(pats):
    text = "Headline About The Talks Today\n\n" + "\n\n".join(f"Paragraph {i} of the story." for i in range(15)) \
        + "\n\nDecember 5, 2022\n"
    assert published(pats, text) is None


def test_first_date_line_wins_over_last_modified(pats):
    text = "Reuters\n14 June, 2024, 05:05 pm\nLast modified: 15 June, 2024, 05:09 pm\n" + BODY
    assert published(pats, text) == "2024-06-14"


def test_boilerplate_date_label_is_skipped(pats):
    assert published(pats, "Published on\n\nAdvertisement\n\nHeadline About The Talks Today" + BODY) is None


@pytest.mark.parametrize("text,want", [
    ("Putin Demands Ukraine Abandon 4 Regions for Peace Talks\n\nRussian President Vladimir Putin called ...",
     "Putin Demands Ukraine Abandon 4 Regions for Peace Talks"),
    ("!-- Google tag (gtag.js) -->\n\nPutin Demands Annexations Recognised Before Talks\n\nBody.",
     "Putin Demands Annexations Recognised Before Talks"),
    ("Monday, July 21, 2025\n\nPublished on\n\nPutin Signals Peace Push\u2014but Demands Ukraine Give Up Land\n\nB.",
     "Putin Signals Peace Push\u2014but Demands Ukraine Give Up Land"),
    (" date 2024-06-14 Erdogan says Turkey will hold fire if the PKK disarms\n\nBody.",
     "Erdogan says Turkey will hold fire if the PKK disarms"),
    # The story's first sentence is not a headline.
    ("Kyiv rejected the proposal. Zelensky met Trump in Kyiv on Thursday.\n", None),
    ("Brussels – November 21, 2025 – The Commission published a roadmap.\n\nMore.", None),
    ("The meeting ran for about three hours, with Belgrade setting out demands that were far tougher than in "
     "earlier rounds, and warning it could send troops into two more districts.\n\nShort line here.",
     None),
    # Once a line is the story (too many words for a headline), a shorter line after it is the story too.
    ("Ethiopian officials said on Monday that federal troops had taken control of a town about forty "
     "kilometres north of the regional capital of Tigray after days of fighting.\nThe advance, if confirmed, would be the largest since the truce.\nThe TPLF did not comment.\n",
     None),
    ("By Staff\nArmenia and Azerbaijan agree to resume border talks\nBaku said on Friday ...\n",
     "Armenia and Azerbaijan agree to resume border talks"),
])
def test_title_is_the_headline_line(pats, text, want):
    assert title(pats, text) == want


@pytest.mark.parametrize("raw,iso", [
    ("2024-06-14", "2024-06-14"), ("2024-06-14T22:10:00+03:00", "2024-06-14"), ("June 14, 2024", "2024-06-14"),
    ("14 June 2024", "2024-06-14"), ("2024-13-40", None), ("sometime last year", None),
])
def test_dump_date_fields_are_normalized(raw, iso):
    assert normalize_date(raw) == iso


def test_boilerplate_lines_are_marked_whole_and_offsets_index_the_text(pats):
    text = ("!-- Google tag (gtag.js) -->\nHeadline Of The Story Here\nAdvertisement\n"
            "Putin spoke in Moscow. (AP Photo/Alexander Zemlianichenko)\n  To Read The Full Story  \n"
            "Are you already a subscriber?\nClick to log in!\nLatest articles\nIMAGE SOURCE: JOHN DOE/NYT\n"
            "Lula attends a summit in Brasilia, Brazil June 14, 2024. REUTERS/Adriano Machado\n"
            "An advertisement for peace was the headline of the day.\n")
    spans = find_boilerplate(text, pats.boilerplate, pats.boilerplate_inline)
    assert [text[s:e] for s, e in spans] == [
        "!-- Google tag (gtag.js) -->", "Advertisement", "(AP Photo/Alexander Zemlianichenko)",
        "To Read The Full Story", "Are you already a subscriber?", "Click to log in!", "Latest articles",
        "IMAGE SOURCE: JOHN DOE/NYT", "REUTERS/Adriano Machado"]


def test_a_one_line_article_has_no_title(extractor):
    from conftest import run_text

    rec = run_text(extractor, "Zelensky said Ukraine will never cede Crimea to Russia")
    assert rec["title"] is None
    rec = run_text(extractor, "Zelensky rules out ceding Crimea\n\nZelensky said Ukraine will never cede Crimea.")
    assert rec["title"] == "Zelensky rules out ceding Crimea"


def test_a_dump_date_never_depends_on_the_day_of_the_run():
    from peacecond.metadata import normalize_date

    assert normalize_date("Fri, 14 Jun 2024 10:00:00 GMT") == "2024-06-14"
    assert normalize_date("yesterday") is None and normalize_date("3 days ago") is None
    from peacecond.metadata import read_date

    assert read_date("13/14/2024") == (None, "date field '13/14/2024' is no calendar date; left out")
    assert "ambiguous" in read_date("03/11/2024")[1]


@pytest.mark.parametrize("line, expected", [
    ("MOSCOW, 12 MAR 2026, 14:35 - Lavrov said talks were possible.", "2026-03-12"),
    ("Published: 19/03/2023 - 09:10", "2023-03-19"),
    ("Published: 03/04/2023 - 09:10", None),  # day or month first? never guess
])
def test_wire_and_numeric_date_lines(extractor, line, expected):
    from conftest import run_text

    rec = run_text(extractor, line + "\n\nZelensky said Ukraine will never cede any territory to Russia.")
    assert rec["published"] == expected


def test_link_lines_to_other_stories_are_boilerplate(pats, extractor):
    text = ("Kremlin repeats its terms\n\nPeskov said Moscow wanted neutrality for Ukraine.\n"
            "Read more: Trump says he will talk to Putin about dividing assets\n"
            "READ ALSO | Zelensky says Kyiv will never give up Crimea\n"
            "Watch: Why is there fighting in Tigray?\n"
            "Read more about the talks in our live blog, the editor said.\n")
    spans = find_boilerplate(text, pats.boilerplate, pats.boilerplate_inline)
    assert [text[s:e] for s, e in spans] == [
        "Read more: Trump says he will talk to Putin about dividing assets",
        "READ ALSO | Zelensky says Kyiv will never give up Crimea", "Watch: Why is there fighting in Tigray?"]
    from peacecond import Article
    rec, = extractor.records([Article(text=text, path="links")])
    # the link lines say nothing; the story's last line ("Read more about ..., the editor said") is no link
    assert [q["text"] for q in rec["quotes"]] == ["Moscow wanted neutrality for Ukraine",
                                                 "Read more about the talks in our live blog"]


def test_a_date_field_of_junk_is_quoted_cut_in_its_warning():
    from peacecond.metadata import read_date
    value, why = read_date("Tuesday " * 20_000)
    assert value is None and len(why) < 200 and "…" in why
