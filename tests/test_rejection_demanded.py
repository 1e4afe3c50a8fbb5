"""A refusal noun that is itself what a side asks for: "Moscow demands Kyiv's rejection of NATO membership", "NATO's
rejection of Ukraine's membership must be central to the guarantees". It is the content of the demand, no refusal
by the side named in it. Our own sentences, other conflicts than the tuning articles."""
import pytest

from conftest import run_text


def stances(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


@pytest.mark.parametrize("text", [
    "Moscow demands Kyiv's rejection of NATO membership.",
    "Kyiv's rejection of NATO membership must be part of any deal, Lavrov said.",
    "Ukraine's neutral status and NATO's rejection of its membership must be central to these guarantees, said "
    "Grushko.",
    "The rejection of a NATO membership plan and neutrality are two of the demands laid down by Moscow.",
    "Beijing insists on Taipei's renunciation of independence.",
])
def test_a_refusal_a_side_asks_for_is_nobodys_refusal(extractor, text):
    assert not {s for s in stances(extractor, text) if s[1] == "reject"}


@pytest.mark.parametrize("text, type_, party", [
    # the demand around the refusal noun still reads what it names
    ("The rejection of a NATO membership plan and neutrality are two of the demands laid down by Moscow.",
     "nato_neutrality", "RUS"),
    ("Baku demands Yerevan's renunciation of its territorial claims.", "territorial_recognition", "AZE"),
])
def test_the_demand_around_a_demanded_refusal_stands(extractor, text, type_, party):
    assert (type_, "demand", party) in stances(extractor, text)


@pytest.mark.parametrize("text, type_, party", [
    # a refusal noun that is no side's demand: the subject of another verb, or after a modal verb that is no copula
    ("Kyiv's rejection of the ceasefire angered Moscow.", "ceasefire", "UKR"),
    ("The RSF's rejection of the truce must worry the mediators.", "ceasefire", "RSF"),
    ("Naypyidaw's refusal of a nationwide ceasefire is the main obstacle.", "ceasefire", "MMR"),
])
def test_a_refusal_noun_no_one_asks_for_still_refuses(extractor, text, type_, party):
    assert (type_, "reject", party) in stances(extractor, text)
