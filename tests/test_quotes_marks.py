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
    # the double prime of wire-service archives, and the fullwidth mark, typed for a straight quote
    "Serbian President Boris Tadic said: \u2033We will never recognise the independence of the province.\u2033 "
    "He left.",
    "Serbian President Boris Tadic said: \uff02We will never recognise the independence of the province.\uff02 "
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


@pytest.mark.parametrize("text, quoted", [
    # text typed word by word ("Burma 's"): a spaced-off clitic opens no single-quoted passage that would swallow
    # the double quote after it
    ("The junta set out Burma 's conditions . \"The rebels must disarm (all of them), and they must do it now. "
     "There is no other way,\" the spokesman told reporters.",
     ["The rebels must disarm (all of them), and they must do it now. There is no other way,"]),
    ("Analysts say they 're wary . \"The ceasefire will not hold,\" one said.", ["The ceasefire will not hold,"]),
    # a right mark typed as the opener, glued to the sentence before it
    ("The ELN said it would not attend the talks.\u201dUntil the army leaves the Cauca, we will not sit down,\u201d "
     "wrote commander Pablo Beltran.", ["Until the army leaves the Cauca, we will not sit down,"]),
    # ... but a closing mark glued to the next sentence still closes
    ("He said \u201cwe will leave.\u201dThe talks ended.", ["we will leave."]),
])
def test_marks_in_text_typed_carelessly(text, quoted):
    marked, _ = scan(text)
    assert [text[m.start:m.end] for m in marked] == quoted


def test_a_glued_right_mark_opening_a_quote_is_attributed(extractor):
    rec = run_text(extractor, "The ELN said it would not attend the talks.\u201dUntil the army leaves the Cauca, we "
                              "will not sit down,\u201d wrote commander Pablo Beltran.")
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "direct"] == ["Pablo Beltr\u00e1n"]


@pytest.mark.parametrize("text, quoted", [
    ("\u2033We are waiting to see how the talks in Havana pan out,\u2033 the mediator said. The rebels left.",
     ["We are waiting to see how the talks in Havana pan out,"]),
    # a lone double prime is a measure (inches, seconds of arc), no quote: nothing is quoted
    ("The shell landed at 12\u2033 from the post. The ceasefire held in Kachin state.", []),
    ("The map grid at 45\u00b0 12\u2032 30\u2033 N marks the line of contact in Karabakh.", []),
])
def test_a_double_prime_quotes_like_a_straight_mark(text, quoted):
    quotes, _ = scan(text)
    assert [text[q.start:q.end] for q in quotes] == quoted


@pytest.mark.parametrize("text, quoted", [
    # paragraphs run into one line: the reopening mark after a sentence's end closes the quote before it
    ('He told Radio Okapi: "We are working on the basis that the M23 will not withdraw before talks. "We do not '
     'believe the army will accept any ultimatum," he said. The talks resume.',
     ["We are working on the basis that the M23 will not withdraw before talks.",
      "We do not believe the army will accept any ultimatum,"]),
    # a stray mark with no sentence's end before the next opening one: still dropped
    ('The envoy said "the talks in Juba "might resume" next week.', ["might resume"]),
    # too short a run to be a quote of its own
    ('He said "No. "We will not leave the talks," he added.', ["We will not leave the talks,"]),
])
def test_a_quote_reopened_after_a_sentence_s_end_closes_there(text, quoted):
    quotes, _ = scan(text)
    assert [text[q.start:q.end] for q in quotes] == quoted
