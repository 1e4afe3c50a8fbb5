"""Acronyms a text spells out (quotes.names.Names._find_acronyms): the long form is read from the words right
before the brackets, on a page with line breaks or without."""
from peacecond.quotes.names import Names


def test_the_long_form_before_the_brackets():
    text = "Fighting went on.\nThe National Liberation Front of Veridia (NLFV) said it would talk."
    assert Names._find_acronyms(text) == {"NLFV": "National Liberation Front of Veridia"}


def test_a_page_with_no_line_breaks_reads_the_same_long_form_far_down():
    # (the words before each acronym come from a bounded window, not the whole line: the same answer at any depth)
    filler = "The markets of the old town were busy again and the ferries ran on time. " * 400
    text = filler + "The Coastal Peoples Alliance (CPA) said the talks would resume. " + filler + \
        "Officials of the Mountain Defence Council (MDC) agreed."
    assert Names._find_acronyms(text) == {"CPA": "Coastal Peoples Alliance", "MDC": "Mountain Defence Council"}

