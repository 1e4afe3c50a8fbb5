"""Quote marks and attribution syntax beyond the basic 'X said': nesting, labels, titles, possessors."""
import conftest


def run_text(extractor, text, **meta):
    """Quotes do not depend on the topic: run the sentence past the relevance gate (like `--all`)."""
    gate = getattr(extractor, "gate", None)
    extractor.gate = None
    try:
        rec = conftest.run_text(extractor, text, **meta)
    finally:
        extractor.gate = gate
    for q in rec["quotes"]:  # every quote's offsets point at its text
        assert rec["text"][q["start"]:q["end"]] == q["text"]
    return rec


def direct(rec):
    return [(q["text"], q["speaker"]) for q in rec["quotes"] if q["kind"] == "direct"]


def speakers(rec):
    return [s["name"] for s in rec["speakers"]]


def test_double_quotes_nest_inside_single_ones(extractor):
    # British style: the double-quoted word is part of the single-quoted statement, not a statement of its own.
    rec = run_text(extractor, "‘The mayor keeps talking about “stability”, but the shelling has not stopped for a "
                              "week,’ said Ivan Petrenko, a local teacher.")
    assert direct(rec) == [("The mayor keeps talking about “stability”, but the shelling has not stopped for a "
                            "week,", "Ivan Petrenko")]


def test_an_unclosed_single_mark_before_a_double_quote_is_no_quote(extractor):
    rec = run_text(extractor, "In the ‘90s, the town had “nothing at all to offer anyone”, Ivan Petrenko said.")
    assert direct(rec) == [("nothing at all to offer anyone", "Ivan Petrenko")]


def test_a_single_quoted_statement_runs_over_paragraphs(extractor):
    text = ("‘We will rebuild the bridge before winter,’ Governor Olena Marchenko told reporters. ‘Every family "
            "that left will have a home to return to.\n\n‘The money is already in the regional budget.’\n\n"
            "Residents were not convinced.")
    rec = run_text(extractor, text)
    assert direct(rec) == [("We will rebuild the bridge before winter,", "Olena Marchenko"),
                           ("Every family that left will have a home to return to.", "Olena Marchenko"),
                           ("The money is already in the regional budget.", "Olena Marchenko")]
    assert rec["warnings"] == []
