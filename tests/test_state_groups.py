"""A state's delegation or "group" is the state's, not the armed group named before it (conditions/resolve.resolve,
group_owned). Every sentence is our own, on other actors and conflicts than the articles the rules were tuned on."""
import pytest

from conftest import conds, find


@pytest.mark.parametrize("text, type_, group", [
    ("The ELN attacked a police post in Arauca last week. Bogota sent a delegation to Havana. The head of the "
     "delegation rejected a ceasefire.", "ceasefire", "ELN"),
    ("Al-Shabaab bombed a hotel in Mogadishu in March. Nairobi sent a delegation to Addis Ababa. A spokesman for the "
     "delegation rejected a ceasefire.", "ceasefire", "ALSHABAAB"),
    ("The ADF raided a village near Beni on Sunday, and Kampala sent a delegation to Kinshasa. The head of the "
     "delegation rejected a ceasefire.", "ceasefire", "ADF"),
])
def test_a_states_delegation_is_not_the_armed_group_named_before(extractor, text, type_, group):
    cs = conds(extractor, text)
    assert not find(cs, type_, "reject", group), cs


@pytest.mark.parametrize("text, type_, party", [
    ("Yerevan sent a delegation led by Ararat Mirzoyan to Brussels. The Armenian group demanded a full ceasefire.",
     "ceasefire", "ARM"),
    ("Khartoum sent envoys to Jeddah on Sunday. The Sudanese group insisted on the withdrawal of the militia from the "
     "capital.", "withdrawal", "SDN"),
])
def test_a_states_group_keeps_its_state_when_no_armed_group_is_near(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs
