"""Rejections in other words: the same refusal said with another verb, a noun, a passive, a quote or a headline,
and sentences that share its words but refuse nothing. Every sentence is our own, about other conflicts than the
articles the rules were tuned on."""
import pytest

from conftest import run_text


def rejections(extractor, text):
    return [(c["type"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]
            if c["stance"] == "reject"]


# ----- a refusal noun takes a form of talks as its verb would ----------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("Kinshasa's refusal to hold talks with the M23 rebels prolonged the fighting in Kivu.", "COD"),
    ("Yerevan's rejection of talks with Baku over the corridor angered Moscow.", "ARM"),
])
def test_a_refusal_noun_refuses_the_talks_it_takes(extractor, text, party):
    assert ("negotiation_format", party) in rejections(extractor, text)


@pytest.mark.parametrize("text", [
    # the noun refuses something else; the talks are only where it was said
    "Kinshasa's refusal to pay the soldiers was raised at the talks with the M23 rebels.",
    "The refusal of the wage demands by the mine owners ended the talks with the unions.",
])
def test_a_refusal_noun_of_something_else_refuses_no_talks(extractor, text):
    assert not [r for r in rejections(extractor, text) if r[0] == "negotiation_format"]


# ----- talks refused as a verb ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("The Colombian government refused to negotiate with the ELN after the car bomb.", "COL"),
    ("Kinshasa has refused to talk to M23, calling the group a Rwandan proxy.", "COD"),
    ("Chisinau's refusal to sit down with the separatists in Tiraspol stalled the process.", "MDA"),
])
def test_refusing_to_negotiate_with_a_side_refuses_talks(extractor, text, party):
    assert ("negotiation_format", party) in rejections(extractor, text)


@pytest.mark.parametrize("text", [
    # a fact about talks, a refusal to talk to the press, talks refused only until a term is met (their goal)
    "Chisinau has not negotiated with the separatists since the spring.",
    "The Colombian minister refused to talk to reporters after the meeting.",
    "Chisinau refused to negotiate with the separatists until the Russian troops leave Transnistria.",
])
def test_talks_named_by_a_verb_outside_a_refusal_are_not_refused(extractor, text):
    assert not [r for r in rejections(extractor, text) if r[0] == "negotiation_format"]


# ----- a refusing verb that is itself negated refuses nothing ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The junta in Bamako has not rejected the truce proposed by Algiers.",
    "Neither side has ruled out a ceasefire in the Nuba mountains.",
    "None of the Libyan factions dismissed the ceasefire, the envoy said.",
    "No party to the Yemen talks refused the truce.",
])
def test_a_negated_refusal_is_no_rejection(extractor, text):
    assert not rejections(extractor, text)


@pytest.mark.parametrize("text, party", [
    ("The junta in Mali rejected the truce proposed by Algiers.", "MLI"),
    ("Burhan ruled out a ceasefire in the Nuba mountains.", "SDN"),
])
def test_the_same_refusal_unnegated_is_read(extractor, text, party):
    assert ("ceasefire", party) in rejections(extractor, text)


# ----- mediation refused, with the mediator before or after the noun ---------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("Addis Ababa's rejection of mediation over the dam angered Cairo.", "ETH"),
    ("Ethiopia rejected mediation over the dam.", "ETH"),
    ("Addis Ababa said it would not accept mediation by an outside power on the dam.", "ETH"),
])
def test_mediation_refused_in_other_words(extractor, text, party):
    assert ("negotiation_format", party) in rejections(extractor, text)


@pytest.mark.parametrize("text", [
    "The mediation by Kenya over the dam has stalled.",
    "Mediation efforts over the dam continued in Nairobi.",
])
def test_mediation_named_without_a_refusal_is_not_refused(extractor, text):
    assert not [r for r in rejections(extractor, text) if r[0] == "negotiation_format"]


# ----- a subject that counts some of many describes; it holds no stance -------------------------------------------
@pytest.mark.parametrize("text", [
    "Five African Union states do not recognise the Sahrawi republic's independence.",
    "Most OSCE members do not recognise the annexation of Abkhazia.",
])
def test_some_of_many_states_not_recognising_is_a_description(extractor, text):
    assert not rejections(extractor, text)


def test_a_named_state_not_recognising_still_refuses(extractor):
    assert ("territorial_recognition", "GEO") in rejections(
        extractor, "Tbilisi said Georgia does not and will not recognise the annexation of Abkhazia.")


# ----- a refusal of a claim, a denied refusal ---------------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Bamako rejected claims that its soldiers had withdrawn from Kidal.", "withdrawal"),
    ("Kigali rejected reports that its troops had withdrawn from North Kivu.", "withdrawal"),
    ("The junta in Niamey denied rejecting the truce offered by the regional bloc.", "ceasefire"),
])
def test_a_refused_claim_or_a_denied_refusal_refuses_no_condition(extractor, text, type_):
    assert not [r for r in rejections(extractor, text) if r[0] == type_]


def test_a_refused_call_still_refuses(extractor):
    assert ("withdrawal", "MLI") in rejections(extractor, "Mali's junta rejected calls to withdraw its soldiers from Kidal.")


# ----- a condition that only names what the talks are about ------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Pyongyang has not attended the denuclearisation talks since the summit in Hanoi.", "demilitarization"),
    ("The FARC dissidents did not take part in the ceasefire talks in Caracas.", "ceasefire"),
])
def test_a_negated_talk_about_a_condition_refuses_no_condition(extractor, text, type_):
    assert not [r for r in rejections(extractor, text) if r[0] == type_]


def test_the_condition_itself_negated_is_still_refused(extractor):
    assert ("demilitarization", "PRK") in rejections(
        extractor, "Pyongyang said there will be no denuclearisation, whatever Washington offers.")


# ----- a passive refusal with its agent named --------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("A humanitarian truce was rejected by the Sudanese army on Friday.", "ceasefire", "SDN"),
    ("Direct talks with the ELN have been ruled out by Bogota.", "negotiation_format", "COL"),
    ("The withdrawal of Armenian border guards was turned down by Yerevan.", "withdrawal", "ARM"),
])
def test_a_passive_refusal_refuses_its_subject(extractor, text, type_, party):
    assert (type_, party) in rejections(extractor, text)


@pytest.mark.parametrize("text", [
    "The truce was ignored by the Sudanese army on Friday.",
    "The truce was defied by fighters in El Fasher.",
    "The truce was welcomed by the Sudanese army on Friday.",
])
def test_a_passive_that_breaks_or_welcomes_refuses_nothing(extractor, text):
    assert not rejections(extractor, text)


# ----- a dismissive predicate names its holder with "for" as with "to" ------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("A withdrawal from the Lachin corridor is a non-starter for Baku, whatever Paris proposes.", "withdrawal", "AZE"),
    ("Lifting the sanctions on Minsk is unacceptable for Vilnius.", "sanctions_relief", "LTU"),
    ("A truce with the Houthis is unacceptable to Riyadh.", "ceasefire", "SAU"),
])
def test_unacceptable_for_a_side_is_that_sides_refusal(extractor, text, type_, party):
    assert (type_, party) in rejections(extractor, text)


# ----- a refusal turned down or given up leaves the thing open ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hemedti refused to rule out a truce with the army.",
    "The Myanmar junta declined to reject the ceasefire proposed by Beijing.",
    "Baku dropped its opposition to a withdrawal of the Russian peacekeepers.",
    "Belgrade has stopped opposing talks with Pristina under EU auspices.",
])
def test_a_refusal_turned_down_or_given_up_refuses_nothing(extractor, text):
    assert not rejections(extractor, text)


@pytest.mark.parametrize("text, type_, party", [
    ("Hemedti ruled out a truce with the army.", "ceasefire", "RSF"),
    ("Tbilisi refused to abandon its NATO bid.", "nato_neutrality", "GEO"),
])
def test_a_single_refusal_still_refuses(extractor, text, type_, party):
    assert (type_, party) in rejections(extractor, text)


# ----- a past act of disarming that did not happen is a fact, a future one a refusal -----------------------------
def test_disarming_not_done_in_the_past_is_a_fact(extractor):
    assert not rejections(extractor, "M23 fighters did not lay down their arms in Bunagana, monitors said.")
    assert not rejections(extractor, "ELN fighters did not lay down their arms in Arauca, the army said.")


def test_disarming_refused_for_the_future_is_a_refusal(extractor):
    assert ("demilitarization", "HAMAS") in rejections(extractor, "Hamas said it will never lay down its arms.")


def test_a_refused_account_of_events_refuses_no_condition(extractor):
    assert not rejections(extractor, "Naypyidaw dismissed claims about a withdrawal of its troops from Lashio.")
    assert not rejections(extractor, "Tripoli rejected the Egyptian account of the truce in Sirte.")
    # a suggestion of one may be a proposal: still refused
    assert ("withdrawal", "AZE") in rejections(extractor, "Baku dismissed suggestions of a withdrawal of its troops.")
