"""Refusals read on unseen phrasing (lane tuneR): a refusal of talks as such against a refusal of a term, a side that
drops its own demand, 'not just X', two-word dismissals. Every sentence is our own, about other conflicts than the
articles the rules were tuned on."""
import pytest

from conftest import run_text


def stances(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


def rejections(extractor, text):
    return {s for s in stances(extractor, text) if s[1] == "reject"}


# ----- refusing talks as such turns down no term, unless another side asks for talks ---------------------------------
@pytest.mark.parametrize("text", [
    "The junta ruled out talks with the Arakan Army.",
    "Bogota will not negotiate with the ELN.",
    "The LRA refused to resume talks.",
    "Prime Minister Gedi said his government would not take part in talks due to resume in Khartoum.",
    "The coalition said it will not negotiate with al-Sadr.",
    "Yerevan refused to join talks in Moscow.",
    "The ELN ruled out talks with Bogota. The ELN demanded talks in Havana.",  # its own demand asks nothing of it
])
def test_a_refusal_of_talks_nobody_else_asks_for_is_no_rejection(extractor, text):
    assert not {r for r in rejections(extractor, text) if r[0] == "negotiation_format"}


@pytest.mark.parametrize("text, refuser", [
    # another side asks for (or offers) the talks: the refusal answers its term
    ("The M23 demands direct talks with Kinshasa. Kinshasa ruled out talks with the M23.", "COD"),
    ("The Arakan Army offered talks with the junta. The junta ruled out any talks with the Arakan Army.", "MMR"),
    # a refused form of talks is no refusal of talks as such: it stands alone
    ("Kinshasa ruled out direct talks with the M23.", "COD"),
    ("India rejects mediation by a third party.", "IND"),
])
def test_a_refusal_of_asked_talks_or_of_a_form_of_talks_stands(extractor, text, refuser):
    assert ("negotiation_format", "reject", refuser) in stances(extractor, text)


# ----- dropping a demand (or being asked to) neither demands nor refuses it ---------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("The Sudanese army asked the RSF to drop its demand for a ceasefire and return to the negotiating table.",
     "ceasefire"),
    ("The ELN dropped its demand for a bilateral ceasefire.", "ceasefire"),
    ("The Arakan Army has abandoned its insistence on a ceasefire.", "ceasefire"),
    ("The FARC have dropped their demand for a demilitarized zone.", "demilitarization"),
])
def test_a_dropped_demand_is_neither_demanded_nor_refused(extractor, text, type_):
    assert not {s for s in stances(extractor, text) if s[0] == type_}


@pytest.mark.parametrize("text, type_, stance, party", [
    # refusing to drop a demand insists on it; urging another to give up its push for a term still asks it to
    ("Kyiv refused to drop its demand for a full withdrawal.", "withdrawal", "demand", "UKR"),
    ("Moscow wants Kyiv to abandon its push for NATO membership.", "nato_neutrality", "demand", "RUS"),
    ("Putin urged Ukraine to abandon its push for NATO membership.", "nato_neutrality", "demand", "RUS"),
])
def test_a_refused_drop_or_an_abandoned_push_keeps_its_reading(extractor, text, type_, stance, party):
    assert (type_, stance, party) in stances(extractor, text)


# ----- 'not just X' adds X; two-word dismissals ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kyiv wants a guaranteed peace, not just a temporary ceasefire.",
    "Khartoum seeks a lasting settlement, not merely a ceasefire.",
    "The ELN wants a political deal, not simply a ceasefire.",
])
def test_not_just_x_refuses_nothing(extractor, text):
    assert not rejections(extractor, text)


@pytest.mark.parametrize("text, type_, refuser", [
    ("The Kremlin slapped down the proposed ceasefire.", "ceasefire", "RUS"),
    ("Naypyidaw slapped down the call for a nationwide ceasefire.", "ceasefire", "MMR"),
    ("Baku has balked at the idea of international peacekeepers.", "security_guarantees", "AZE"),
])
def test_two_word_dismissals_refuse_their_object(extractor, text, type_, refuser):
    assert (type_, "reject", refuser) in stances(extractor, text)


@pytest.mark.parametrize("text", [
    "The RSF slapped down its rivals in Darfur.",
])
def test_a_dismissal_verb_on_no_term_refuses_nothing(extractor, text):
    assert not rejections(extractor, text)
