"""A set of terms turned down in the passive or in a clause that describes it: "the proposal for a truce was
rejected by Hamas", "the truce plan, rejected by Hamas, ...". The agent refuses what the proposal names; who turns
terms down never owns them. Every sentence is our own, about other conflicts than the articles the rules were
tuned on."""
import pytest

from conftest import run_text


def stances(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


# ----- a passive refusal of a proposal noun with no owner refuses what the proposal names ----------------------
@pytest.mark.parametrize("text, type_, party", [
    ("The proposal for a ceasefire was rejected by the RSF on Sunday.", "ceasefire", "RSF"),
    ("The ceasefire proposal was turned down by the Sudanese army.", "ceasefire", "SDN"),
    ("The plan for a truce in Hodeidah was dismissed by the Houthis.", "ceasefire", "HOUTHIS"),
    ("The Egyptian proposal for a truce was rejected by Hamas.", "ceasefire", "HAMAS"),
    ("The draft for a pullback of troops from the Lachin corridor was rebuffed by Baku.", "withdrawal", "AZE"),
    ("The initiative for direct talks with the ELN was ruled out by Bogota.", "negotiation_format", "COL"),
])
def test_a_passive_refusal_of_a_proposal_refuses_its_terms(extractor, text, type_, party):
    assert (type_, "reject", party) in stances(extractor, text)


@pytest.mark.parametrize("text", [
    # the proposal is drafted, welcomed or ignored, not turned down; a verb of turning with no "down" turns nothing
    "The proposal for a ceasefire was drafted by the Sudanese army.",
    "The plan for a truce in Hodeidah was welcomed by the Houthis.",
    "The proposal for a ceasefire was ignored by the RSF.",
    "The plan for a truce was turned over to the Houthis.",
])
def test_a_passive_that_does_not_turn_down_refuses_no_proposal(extractor, text):
    assert not {s for s in stances(extractor, text) if s[1] == "reject"}


# ----- a proposal with its owner named, refused in the passive, is refused as in the active form ------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Egypt's proposal for a ceasefire has been rejected by the RSF.", "ceasefire", "RSF"),
    ("Baku's proposal for a ceasefire was rejected by Yerevan.", "ceasefire", "ARM"),
    ("Bogota's ceasefire proposal was turned down by the ELN.", "ceasefire", "ELN"),
    ("Washington's plan for a pullback of troops from Goma was rebuffed by the M23.", "withdrawal", "M23"),
])
def test_a_passive_refusal_of_an_owned_proposal_refuses_its_terms(extractor, text, type_, party):
    got = stances(extractor, text)
    assert (type_, "reject", party) in got
    # the agent refuses; the owner proposed it
    assert not {s for s in got if s[1] == "reject" and s[2] != party}


@pytest.mark.parametrize("text", [
    # an owned proposal drafted, welcomed or ignored in the passive is turned down by nobody
    "Egypt's proposal for a ceasefire was welcomed by the RSF.",
    "Baku's proposal for a ceasefire was ignored by Yerevan.",
    "Qatar's plan for a truce was drafted by its foreign ministry.",
])
def test_an_owned_proposal_not_turned_down_in_the_passive_is_refused_by_nobody(extractor, text):
    assert not {s for s in stances(extractor, text) if s[1] == "reject"}


# (a set of terms with its owner named keeps the owner's demand: references.py reads the refusal of it)
@pytest.mark.parametrize("text, owner, refuser", [
    ("Moscow's demand for neutrality was rejected by Kyiv.", "RUS", "UKR"),
    ("Israel's withdrawal demand was rejected by Hezbollah.", "ISR", "HEZBOLLAH"),
])
def test_a_possessed_demand_refused_in_the_passive_keeps_both_stances(extractor, text, owner, refuser):
    got = stances(extractor, text)
    assert {s[2] for s in got if s[1] == "demand"} == {owner}
    assert {s[2] for s in got if s[1] == "reject"} == {refuser}


# ----- who turns a set of terms down does not own it ----------------------------------------------------------
@pytest.mark.parametrize("text, type_, refuser", [
    ("The truce plan, rejected by Hamas on Sunday, calls for a phased withdrawal of Israeli troops.", "ceasefire",
     "HAMAS"),
    ("The ceasefire proposal, dismissed by the M23, was drafted in Luanda.", "ceasefire", "M23"),
    ("The truce initiative, rebuffed by the Houthis, was backed by Oman.", "ceasefire", "HOUTHIS"),
])
def test_a_refusing_participle_on_a_plan_refuses_it_and_owns_nothing(extractor, text, type_, refuser):
    got = stances(extractor, text)
    assert (type_, "reject", refuser) in got
    assert not {s for s in got if s[1] == "demand" and s[2] == refuser}


@pytest.mark.parametrize("text, type_, owner", [
    # a participle or relative clause that puts the terms forward still names their owner
    ("The truce plan, drafted by Qatar, calls for a phased withdrawal of Israeli troops.", "withdrawal", "QAT"),
    ("The plan put forward by Baku calls for a withdrawal of Armenian troops.", "withdrawal", "AZE"),
    ("The terms that Belgrade sent to Pristina include mutual recognition.", "territorial_recognition", "SRB"),
])
def test_a_proposing_clause_on_a_plan_still_names_its_owner(extractor, text, type_, owner):
    assert (type_, "demand", owner) in stances(extractor, text)


# ----- a refusal of people or things a ceasefire word only describes refuses no ceasefire -------------------------
@pytest.mark.parametrize("text", [
    # the parser may take the head for a verb or a second object; the words still name monitors, not a truce
    "The RSF refused to admit the ceasefire monitors.",
    "The RSF refused to release the ceasefire monitors it detained.",
    "The junta refused to let the truce observers into Rakhine.",
    "Baku rejected the ceasefire violations report.",
])
def test_a_refusal_of_what_a_ceasefire_word_describes_refuses_no_ceasefire(extractor, text):
    assert not {s for s in stances(extractor, text) if s[0] == "ceasefire"}


@pytest.mark.parametrize("text", [
    # the same words as the term itself still refuse it
    "The RSF refused a ceasefire, monitors said.",
    "The junta refused a truce, observers said.",
])
def test_a_ceasefire_refused_beside_those_words_is_still_refused(extractor, text):
    assert {s for s in stances(extractor, text) if s[0] == "ceasefire" and s[1] == "reject"}


@pytest.mark.parametrize("text", [
    # people a ceasefire word names by their errand: refusing them refuses no truce
    "Israel rejected the request for a visa from the ceasefire negotiator.",
    "The RSF refused to meet the ceasefire envoy sent by Kenya.",
    "Hamas turned away the truce mediators at the Rafah crossing.",
])
def test_refusing_a_ceasefire_envoy_refuses_no_ceasefire(extractor, text):
    assert not {s for s in stances(extractor, text) if s[0] == "ceasefire"}
