"""A ceasefire named as what a proposal, offer or call of an armed group puts forward ("the ELN's proposal for a
bilateral truce", "the RSF's truce offer") is that group's demand, refused or not (enumerations.proposed_goal);
a meeting that ended without a truce refuses it for nobody (facts.ended_without); "no talks before a truce"
refuses no truce (frames: a term after the word a refusal waits on). Every sentence is our own, on other actors
and conflicts than the tuning articles."""
import pytest

from conftest import run_text


def got(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


@pytest.mark.parametrize("text, party", [
    ("The Karen National Union presented a truce proposal to the Thai go-betweens.", "KNU"),
    ("The ELN put forward a proposal for a bilateral cease-fire in Arauca.", "ELN"),
    ("Earlier the Houthis had issued a truce proposal that covered the port of Hodeidah.", "HOUTHIS"),
])
def test_a_groups_own_proposal_of_a_truce_is_its_demand(extractor, text, party):
    assert ("ceasefire", "demand", party) in got(extractor, text)


@pytest.mark.parametrize("text, refuser, owner", [
    ("Bogota turned down the ELN's plan for a bilateral ceasefire.", "COL", "ELN"),
    ("Naypyidaw rejects KNU truce offer", "MMR", "KNU"),
    # a refusing word that describes the proposal (enumerations.refused_owner)
    ("A Sudanese army spokesman said the RSF's appeal for a truce was a trick to regroup.", "SDN", "RSF"),
    ("Kinshasa said the M23's offer of a cessation of hostilities was a ploy.", "COD", "M23"),
])
def test_a_refused_group_proposal_is_refused_and_still_its_owners_demand(extractor, text, refuser, owner):
    g = got(extractor, text)
    assert ("ceasefire", "reject", refuser) in g and ("ceasefire", "demand", owner) in g, g


@pytest.mark.parametrize("text, party", [
    # a state's proposal may be a go-between's: no term of the state's own is read from the noun alone
    ("Kabul accepted the Qatari proposal for a three-day truce over Eid.", "QAT"),
    ("Juba studied Kenya's plan for a truce in Upper Nile.", "KEN"),
    ("Tbilisi rejected Moscow's offer of a truce in South Ossetia.", "RUS"),
    # a set of terms for a truce names the truce as its goal, not as a term
    ("The Houthis set out their conditions for a truce in Taiz.", "HOUTHIS"),
])
def test_no_demand_of_the_truce_from_a_states_proposal_or_terms_for_it(extractor, text, party):
    assert ("ceasefire", "demand", party) not in got(extractor, text)


@pytest.mark.parametrize("text", [
    # what a meeting did not give is told, not refused by either side (facts.ended_without)
    "The Jeddah round between the army and the RSF ended without a truce.",
    "The summit in Luanda closed without any ceasefire agreement between Kinshasa and the M23.",
])
def test_a_meeting_that_ended_without_a_truce_refuses_nothing(extractor, text):
    assert not any(t == "ceasefire" and st == "reject" for t, st, _ in got(extractor, text))


def test_a_truce_wanted_without_a_term_still_refuses_the_term(extractor):
    # "without" on a want, not on a meeting's past: what the deal is to be had without stays refused
    g = got(extractor, "The Houthis said they want a truce without any withdrawal of their fighters from Hodeidah.")
    assert ("ceasefire", "demand", "HOUTHIS") in g and ("withdrawal", "reject", "HOUTHIS") in g, g


@pytest.mark.parametrize("text, type_, party", [
    # a term after the word a refusal waits on ("before", "until") is what it waits on, not what it refuses
    ("Addis Ababa said there would be no negotiations with the Fano militia before a ceasefire.", "ceasefire", "ETH"),
    ("Yerevan said there could be no negotiations until a truce is in place.", "ceasefire", "ARM"),
])
def test_a_term_the_refusal_waits_on_is_not_refused(extractor, text, type_, party):
    assert (type_, "reject", party) not in got(extractor, text)


def test_the_refused_term_before_the_waiting_word_is_still_the_goal(extractor):
    g = got(extractor, "Baku said there will be no ceasefire until Armenian troops withdraw from the border posts.")
    assert ("withdrawal", "demand", "AZE") in g and ("ceasefire", "reject", "AZE") not in g, g
