"""Quotation marks as news sites write them: a quote broken over lines or paragraphs without the reopening
convention, German „…“ and sloppy “…“ / ”…” pairs."""
import pytest

from peacecond.quotemarks import scan
from test_quotes_attribution import direct, run_text


def test_a_quote_broken_over_paragraphs_runs_on_to_its_closing_mark(extractor):
    text = ("Somali President Hassan Sheikh Mohamud said on Monday: \u201cWe will not leave the talks.\n"
            "The army stays where it is until the last fighter has gone home.\u201d The talks resumed on Tuesday.")
    rec = run_text(extractor, text)
    assert direct(rec) == [("We will not leave the talks.\nThe army stays where it is until the last fighter "
                            "has gone home.", "Hassan Sheikh Mohamud")]
    assert rec["warnings"] == []


def test_a_text_broken_into_lines_mid_sentence_keeps_its_quotes(extractor):
    # The first line ends mid-sentence: it is no heading, and its quote is a statement.
    text = ("\u201cWe will not leave the talks,\u201d Somali President Hassan Sheikh Mohamud said. \u201cThe army "
            "stays\nwhere it is until the last fighter has gone home.\u201d\nThe talks resumed.")
    assert [t for t, _ in direct(run_text(extractor, text))] == [
        "We will not leave the talks,", "The army stays\nwhere it is until the last fighter has gone home."]


def test_a_run_on_stops_at_an_opening_mark_or_after_three_paragraphs():
    text = "He said \u201cno.\n\nThe talks resumed with \u201cnew\u201d energy."
    quotes, warnings = scan(text)
    assert [text[q.start:q.end] for q in quotes] == ["new"] and len(warnings) == 1
    far = "He said \u201cno.\n" + "A line.\n" * 3 + "Then.\u201d"
    quotes, warnings = scan(far)
    assert quotes == [] and len(warnings) == 2  # unclosed, and a stray closing mark


@pytest.mark.parametrize("text", [
    "Serbian President Boris Tadic said: \u201eWe will never recognise the independence of the province.\u201c "
    "He left.",
    "Serbian President Boris Tadic said: \u201cWe will never recognise the independence of the province.\u201c "
    "He left.",
    "Serbian President Boris Tadic said: \u201dWe will never recognise the independence of the province.\u201d "
    "He left.",
])
def test_other_typographies_of_a_double_quote(extractor, text):
    assert direct(run_text(extractor, text)) == [
        ("We will never recognise the independence of the province.", "Boris Tadic")]


def test_a_quote_over_two_lines_is_no_heading(extractor):
    # The quote's lines end without a full stop, the next starts with a capital: still no heading (one line).
    text = ("The talks in Nairobi went on for a third day on Monday.\n\u201cWe will not leave the talks until the\n"
            "fighting stops,\u201d Somali President Hassan Sheikh\nMohamud told reporters in Nairobi on Monday.\n")
    assert [t for t, _ in direct(run_text(extractor, text))] == ["We will not leave the talks until the\n"
                                                                 "fighting stops,"]
