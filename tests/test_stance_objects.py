"""What a refusal takes: a refusing verb refuses its object, and a term named under that object only when the object
puts the term forward or brings it about (a call, a plan, a deal, talks, the creation of ...). Refusing a ceremony,
a visa or a report that merely mentions a truce refuses no term. Sentences are our own, about Sudan, Chad, Ethiopia,
Mozambique, Nepal, Kashmir and Sri Lanka."""
import pytest

from conftest import run_text


def rejections(extractor, text):
    return [(c["type"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]
            if c["stance"] == "reject"]


@pytest.mark.parametrize("text", [
    "The Sudanese army refused to attend the ceremony marking the truce anniversary.",
    "The Chadian junta declined an invitation to the summit on the ceasefire.",
    "Mozambique refused visas to the observers of the ceasefire in Cabo Delgado.",
    "The Ethiopian government rejected the findings of the commission on the ceasefire.",
    "The rebels refused to hand over the prisoners captured before the ceasefire.",
])
def test_a_refused_thing_that_only_mentions_a_term_refuses_no_term(extractor, text):
    assert rejections(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Sudanese army rejected the proposal for a truce.", ("ceasefire", "SDN")),
    ("The Chadian junta refused to accept a ceasefire with the rebels.", ("ceasefire", "TCD")),
    ("Kathmandu rejected calls for a withdrawal of the army from the villages.", ("withdrawal", "NPL")),
    ("Mozambique refused the insurgents' offer of a truce.", ("ceasefire", "MOZ")),
    ("Sri Lanka rejected the Tigers' demand for a separate state and a withdrawal of the army from the north.",
     ("withdrawal", "LKA")),
    ("The Myanmar junta rejected the ASEAN plan that called for a ceasefire.", ("ceasefire", "MMR")),
    ("The Nepalese army spurned the notion of a ceasefire with the Maoists.", ("ceasefire", "NPL")),
    ("Khartoum rejected any talk of a withdrawal from Darfur.", ("withdrawal", "SDN")),
    # an act that brings the term about carries it as a proposal does
    ("Kinshasa will not accept the establishment of a buffer zone run by the rebels.", ("demilitarization", "COD")),
])
def test_a_refusal_reaches_a_term_through_a_proposal_or_an_act(extractor, text, expected):
    assert expected in rejections(extractor, text)
