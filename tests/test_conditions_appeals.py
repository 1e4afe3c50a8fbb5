"""A call on both sides at once to do what only the two do together (a truce, talks) is a go-between's appeal, no
term of the caller's (conditions/appeals.py, condition_words/mutual_types.txt); a call on one side, or for what one
side gives, stays the caller's demand. Every sentence is our own, about conflicts the rules were not tuned on."""
import pytest

from conftest import conds, find


@pytest.mark.parametrize("text, type_", [
    ("The United States called on the Sudanese army and the RSF to agree to a ceasefire.", "ceasefire"),
    ("The OSCE urged Armenia and Azerbaijan to observe the truce and hold direct talks.", "ceasefire"),
    ("The OSCE urged Armenia and Azerbaijan to observe the truce and hold direct talks.", "negotiation_format"),
    ("Kenya urged the Ethiopian government and the TPLF to agree to a ceasefire.", "ceasefire"),
    ("Qatar urged the Taliban and Kabul to hold direct talks.", "negotiation_format"),
    ("Angola's president asked both sides to observe a ceasefire before the meeting.", "ceasefire"),
    ("Norway appealed to the warring parties to respect the truce in Sri Lanka.", "ceasefire"),
])
def test_a_call_on_both_sides_sets_no_term(extractor, text, type_):
    cs = conds(extractor, text)
    assert not find(cs, type_, "demand"), cs


@pytest.mark.parametrize("text, type_, party", [
    # one side asked
    ("Russia urged Ukraine to agree to a ceasefire.", "ceasefire", "RUS"),
    ("The M23 called on Kinshasa to hold direct talks with the rebels.", "negotiation_format", "M23"),
    # two addressees, but what they are asked for is one side's gift, not an act of both
    ("Ukraine urged the United States and Europe to provide security guarantees.", "security_guarantees", "UKR"),
    # two go-betweens asked to press a third side: the caller's own term
    ("Hamas urged Egypt and Qatar to press Israel into a ceasefire.", "ceasefire", "HAMAS"),
    # two named addressees who are a side's allies or go-betweens, not the two sides: the caller's own term
    ("The ELN called on Cuba and Norway to guarantee a bilateral ceasefire.", "ceasefire", "ELN"),
    ("The Houthis urged Oman and Qatar to back a ceasefire.", "ceasefire", "HOUTHIS"),
    ("Kyiv urged Washington and the European Union to support a ceasefire.", "ceasefire", "UKR"),
])
def test_a_call_on_one_side_stays_a_demand(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs
