"""Verbs that tell how a quote was said ('"...," Aliyev thundered'; patterns/speech_verbs.jsonl, kind "say",
frame "clause"): the subject after the quote speaks; the same verbs used of things, or with no clause to report,
are no statement."""
import pytest

from conftest import direct
from conftest import run_quote_text as run_text

SAID_SO = [
    pytest.param("\"We will never surrender Karabakh,\" Ilham Aliyev thundered at the rally.", "Ilham Aliyev",
                 id="thunder"),
    pytest.param("\"This is not a ceasefire, it is a trap,\" Ivan Mordisco scoffed.", "Ivan Mordisco", id="scoff"),
    pytest.param("\"Nobody asked us about the deal,\" the Kachin commander N'Ban La grumbled.", "N'Ban La",
                 id="grumble"),
    pytest.param("\"Our fighters took the town in two hours,\" Tun Myat bragged in a video.", "Tun Myat",
                 id="brag"),
    pytest.param("\"Ask the generals, not me,\" Yemeni minister Ahmed Saleh snapped.", "Ahmed Saleh", id="snap"),
    pytest.param("\"They lied to us again,\" Armen Grigoryan fumed after the meeting.", "Armen Grigoryan",
                 id="fume"),
    pytest.param("\"Get out of our villages,\" the rebel leader Juan Rivas bellowed.", "Juan Rivas", id="bellow"),
]


@pytest.mark.parametrize("text, who", SAID_SO)
def test_a_verb_of_manner_after_a_quote_attributes_it(extractor, text, who):
    assert direct(run_text(extractor, text)) == [(text.split("\"")[1], who)]


def test_hint_reports_the_clause_it_takes(extractor):
    rec = run_text(extractor, "Gustavo Petro hinted that the talks with the ELN could resume in Caracas.")
    assert [(q["text"], q["speaker"]) for q in rec["quotes"] if q["kind"] == "indirect"] == [
        ("the talks with the ELN could resume in Caracas", "Gustavo Petro")]


@pytest.mark.parametrize("text", [
    pytest.param("The ceasefire snapped after two days of shelling near Kharkiv.", id="snap-of-a-thing"),
    pytest.param("The talks were thundering along in Doha while the guns fell silent.", id="thunder-of-talks"),
    pytest.param("Residents of El Fasher fumed as the convoy turned back.", id="fume-no-clause"),
])
def test_the_same_verbs_with_nothing_said_are_no_statement(extractor, text):
    assert [q for q in run_text(extractor, text)["quotes"] if q["kind"] != "fragment"] == []
