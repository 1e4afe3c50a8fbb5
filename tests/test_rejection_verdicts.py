"""A verdict on another side's terms: "Khartoum called the RSF's demand for a truce absurd". Who says the dismissive
predicate of the terms (the subject of a verb of calling, describing, branding, deeming) refuses them; the side
whose demand it is still asks for it. Every sentence is our own, about other conflicts than the articles the rules
were tuned on."""
import pytest

from conftest import run_text


def stances(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


@pytest.mark.parametrize("text, type_, refuser, owner", [
    ("Khartoum called the RSF's demand for a ceasefire absurd.", "ceasefire", "SDN", "RSF"),
    ("Sudan's army branded the RSF's demand for a ceasefire absurd.", "ceasefire", "SDN", "RSF"),
    ("Bogota called the ELN's demand for a bilateral ceasefire unacceptable.", "ceasefire", "COL", "ELN"),
    ("Kyiv called Moscow's demand for neutrality unacceptable.", "nato_neutrality", "UKR", "RUS"),
    ("Baku called Yerevan's demand for international peacekeepers unacceptable.", "security_guarantees", "AZE",
     "ARM"),
    ("Moscow's demand for neutrality is unacceptable to Kyiv.", "nato_neutrality", "UKR", "RUS"),
])
def test_who_calls_a_sides_demand_unacceptable_refuses_it_and_the_demand_stands(extractor, text, type_, refuser,
                                                                                 owner):
    got = stances(extractor, text)
    assert (type_, "reject", refuser) in got
    assert (type_, "demand", owner) in got
    assert (type_, "reject", owner) not in got


@pytest.mark.parametrize("text, type_, refuser", [
    # a call with no owner: only the refusal
    ("Hamas described the call for a ceasefire as unrealistic.", "ceasefire", "HAMAS"),
    ("Naypyidaw deemed the call for a nationwide ceasefire unrealistic.", "ceasefire", "MMR"),
])
def test_who_calls_a_term_unrealistic_refuses_it(extractor, text, type_, refuser):
    assert (type_, "reject", refuser) in stances(extractor, text)


@pytest.mark.parametrize("text", [
    # no side says the verdict (analysts), or the verdict is on a fact, not on terms
    "Analysts called the ceasefire unrealistic.",
    "Observers described the demand for a ceasefire as unrealistic.",
])
def test_a_verdict_no_side_gives_refuses_nothing_for_a_side(extractor, text):
    assert not {s for s in stances(extractor, text) if s[1] == "reject" and s[2]}


def test_angolas_proposal_for_a_ceasefire_is_still_named_by_its_goal(extractor):
    # a proposal noun's "for" phrase is what it is for: refused by another, it sets out no ceasefire of Angola's
    got = stances(extractor, "Kinshasa called Angola's proposal for a ceasefire unrealistic.")
    assert ("ceasefire", "demand", "AGO") not in got


# ----- the verdict on a side's demands told in the sentence before: each of its terms is refused -------------------
@pytest.mark.parametrize("text, type_, refuser, owner", [
    ("Hamas demands a permanent ceasefire. Netanyahu called Hamas's demands delusional.", "ceasefire", "ISR",
     "HAMAS"),
    ("The ELN wants a bilateral ceasefire. Petro called the ELN's demands absurd.", "ceasefire", "COL", "ELN"),
    ("Baku wants Armenian troops to withdraw from the enclaves. Pashinyan called Baku's demands unacceptable.",
     "withdrawal", "ARM", "AZE"),
])
def test_a_verdict_on_a_sides_demands_refuses_each_of_its_terms(extractor, text, type_, refuser, owner):
    got = stances(extractor, text)
    assert (type_, "reject", refuser) in got
    assert (type_, "demand", owner) in got


@pytest.mark.parametrize("text, type_, party", [
    # a refusal noun keeps its own owner, whoever gives a verdict on it
    ("Washington called Pyongyang's refusal of denuclearisation a mistake.", "demilitarization", "PRK"),
])
def test_a_verdict_on_a_refusal_noun_leaves_the_refusal_its_owners(extractor, text, type_, party):
    assert (type_, "reject", party) in stances(extractor, text)
