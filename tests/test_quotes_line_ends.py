"""Quotes on a line of their own: where a heading ends and prose begins, and who speaks a quote that closes a
paragraph with no attribution of its own."""
import pytest

from conftest import direct
from conftest import run_quote_text as run_text

HEADLINE = "Talks In Kunming End Without Deal\n\nThe two sides met for a week in the Chinese city.\n\n"


def test_a_quote_line_with_an_agency_slug_after_its_attribution_is_prose(extractor):
    # '..." Zhang said. /XNA': a sentence ends on a word in lower case and the line goes on; no heading
    rec = run_text(extractor, HEADLINE + '"The two sides are committed not to harm the residents along the border '
                   'and the workers in the state," Zhang Wei said. /XNA')
    assert direct(rec) == [("The two sides are committed not to harm the residents along the border and the "
                            "workers in the state,", "Zhang Wei")]


def test_a_quote_in_a_heading_is_still_no_statement(extractor):
    rec = run_text(extractor, 'Rebels Say "We Will Fight On Until The End"\n\nThe talks in Doha broke up on Monday.')
    assert direct(rec) == []


# Who speaks a quote that closes a paragraph with no attribution of its own: (the paragraphs before the quote,
# the quote, its speaker).
NEXT_QUOTE = [
    # the paragraph's last words close on a comma with no attribution after them: a sentence of its own
    pytest.param("Rebel negotiator Kofi Mensah told reporters that the government would have to pull its troops back "
                 "first.", "They should also be bound by the same rules as our fighters,", "Kofi Mensah",
                 id="closing-on-a-comma-goes-on-with-the-speaker-before"),
    # "X told reporters that the MILF would push for ...": the MILF is what X reports, X goes on speaking
    pytest.param("Rebel negotiator Kofi Mensah told reporters that the ELN would push for the disarming of the "
                 "paramilitaries in the region.", "They should also be bound by the same rules as our fighters.",
                 "Kofi Mensah", id="the-subject-of-a-reported-clause-does-not-speak"),
    pytest.param("The ELN rejected the plan on Monday.",
                 "We will not lay down our arms while the army holds the valley.", "ELN",
                 id="the-subject-before-still-speaks-when-nobody-reports-it"),
    # 'After X said ..., Y flew to ...': X's clause is a time clause of Y's sentence; Y is not what X reported
    pytest.param("After Abiy Ahmed said the war in Tigray was over, TPLF spokesman Getachew Reda addressed the "
                 "fighters on Friday.", "Our forces will not leave Mekelle until the Eritrean troops go home.",
                 "Getachew Reda", id="a-subject-outside-what-the-speaker-before-said-speaks"),
    # "Despite X's warning that ..., Y travelled ...": the warning's clause does not hold Y
    pytest.param("Despite President Paul Kagame's warning that the M23 would not leave, Congolese Foreign Minister "
                 "Therese Kayikwamba Wagner travelled to Doha on Monday.",
                 "The rebels must leave Goma before we sign anything.", "Therese Kayikwamba Wagner",
                 id="a-subject-after-a-speech-nouns-clause-speaks"),
]


@pytest.mark.parametrize("before, quote, speaker", NEXT_QUOTE)
def test_who_speaks_a_quote_that_closes_its_paragraph_alone(extractor, before, quote, speaker):
    rec = run_text(extractor, HEADLINE + before + "\n\n\u201c" + quote + "\u201d")
    assert direct(rec) == [(quote, speaker)]


def test_a_quote_closing_on_a_comma_at_a_hard_wrapped_line_end_does_not_go_on_with_the_speaker_before(extractor):
    # wire text wrapped at a fixed width: a single line break is no paragraph's end, the attribution follows
    # (the reader does not yet join an attribution across the break; the quote must at least not go on with the
    # speaker of the sentence before)
    rec = run_text(extractor, HEADLINE + "Army spokesman Min Tun said the troops would stay in Lashio until the "
                   "talks ended. \"The alliance must leave the highway first,\"\nsaid MNDAA commander Kyaw Naing "
                   "on Tuesday.")
    quotes = direct(rec)
    assert [text for text, _ in quotes] == ["The alliance must leave the highway first,"]
    assert quotes[0][1] != "Min Tun"
