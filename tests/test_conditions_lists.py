"""Stage 2 of conditions (issue 13), enumerations: a short header ("They are:") that points back at the sentence
naming a side's terms opens that side's list, and a demand verb whose colon follows a counted noun ("wants three
things:") covers every item the colon opens, semicolons included. Our own sentences, about other conflicts."""
import pytest

from conftest import run_text


def triples(rec):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in rec["conditions"]}


def test_a_short_header_after_the_sentence_that_names_the_terms_opens_their_list(extractor):
    rec = run_text(extractor, "Kinshasa set out its conditions for peace on Monday. They are:\n\n"
                              "- Rwandan troops out of North Kivu\n- compensation for the victims of the war\n\n"
                              "Kigali has not replied.")
    assert {("withdrawal", "demand", "COD"), ("reparations", "demand", "COD")} <= triples(rec), rec["conditions"]


def test_a_short_header_after_a_sentence_without_terms_opens_no_list(extractor):
    rec = run_text(extractor, "Kinshasa held a meeting of its cabinet on Monday. They are:\n\n"
                              "- Rwandan troops out of North Kivu\n- compensation for the victims of the war\n")
    assert not rec["conditions"], rec["conditions"]


def test_a_demand_verb_with_a_counted_noun_before_its_colon_covers_every_item(extractor):
    rec = run_text(extractor, "Bogota wants three things: first, an end to kidnappings; second, the withdrawal of "
                              "ELN fighters from Arauca; and third, the disarmament of the guerrillas.")
    assert {("withdrawal", "demand", "COL"), ("demilitarization", "demand", "COL")} <= triples(rec), rec["conditions"]


def test_a_verb_between_the_demand_and_the_colon_is_another_clause(extractor):
    # "wants ... said:" -- the colon opens what the minister said, not the list of what is wanted
    rec = run_text(extractor, "Bogota wants peace, the minister said: the withdrawal of ELN fighters from Arauca "
                              "happened last year; the disarmament of the guerrillas is a separate story.")
    assert not [c for c in rec["conditions"] if c["type"] == "demilitarization"], rec["conditions"]


def test_a_side_that_conditions_one_thing_on_another_demands_the_second_not_the_first(extractor):
    rec = run_text(extractor, "Kigali conditioned any truce on the disarmament of the FDLR militia.")
    got = triples(rec)
    assert ("demilitarization", "demand", "RWA") in got, rec["conditions"]
    assert not [c for c in rec["conditions"] if c["type"] == "ceasefire"], rec["conditions"]


@pytest.mark.parametrize("text, type_, party", [
    ("The ELN is holding out for a bilateral ceasefire.", "ceasefire", "ELN"),
    ("Israel is adamant that Hezbollah disarm south of the Litani.", "demilitarization", "ISR"),
    ("Kigali's priority is the disarmament of the FDLR militia.", "demilitarization", "RWA"),
    ("Bogota set the disarmament of the ELN as a precondition.", "demilitarization", "COL"),
])
def test_other_words_of_insisting_demand(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(run_text(extractor, text))


@pytest.mark.parametrize("text, party", [
    ("Kinshasa said a ceasefire must be respected before any negotiations with the M23.", "COD"),
    ("Bogota said a bilateral ceasefire should hold for a month before the talks resume.", "COL"),
])
def test_what_must_happen_before_talks_is_a_precondition_however_weak_the_modal(extractor, text, party):
    assert ("ceasefire", "demand", party) in triples(run_text(extractor, text))


def test_a_modal_before_something_other_than_talks_stays_too_weak_for_a_ceasefire(extractor):
    rec = run_text(extractor, "Bogota said a bilateral ceasefire should hold for a month before the harvest.")
    assert not [c for c in rec["conditions"] if c["type"] == "ceasefire"], rec["conditions"]


def test_an_obligation_inside_the_mention_binds_the_condition_itself_even_for_a_format(extractor):
    rec = run_text(extractor, "Belgrade's foreign ministry announced that the Contact Group must be dissolved.")
    assert ("negotiation_format", "demand", "SRB") in triples(rec), rec["conditions"]


def test_a_modal_outside_a_format_mention_stays_too_weak(extractor):
    rec = run_text(extractor, "Belgrade's foreign ministry said that talks with Pristina must continue.")
    assert not [c for c in rec["conditions"] if c["type"] == "negotiation_format"], rec["conditions"]


# An agenda nobody owns, stated by a side's speaker (condition_words/agenda_nouns.txt, holders.agenda_cue)
@pytest.mark.parametrize("text, party", [
    ('"The agenda of the talks includes a ceasefire and the withdrawal of Eritrean troops," Getachew Reda said.',
     "TPLF"),
    ("Getachew Reda said the agenda includes the withdrawal of Eritrean troops and a ceasefire.", "TPLF"),
    ("The Houthis keep citing what they call the root causes, which their leaders say include the withdrawal of "
     "Saudi forces and a permanent ceasefire.", "HOUTHIS"),
    ('Houthi officials keep invoking the phrase "root causes," which spokesman Mohammed Abdulsalam says include the '
     "withdrawal of Saudi forces and a permanent ceasefire.", "HOUTHIS"),
])
def test_an_agenda_a_side_states_is_its_own(extractor, text, party):
    rec = run_text(extractor, text)
    assert {("withdrawal", "demand", party), ("ceasefire", "demand", party)} <= triples(rec), rec["conditions"]


@pytest.mark.parametrize("text, party", [
    # the relative clause hangs on the word that names the agenda noun ("the expression 'the X causes', which ..."):
    # the agenda noun is that word's apposition, and the speaker inside the clause puts it forward
    ('Sudanese generals keep returning to the expression "the true causes", which Burhan said include the withdrawal '
     "of the RSF from Khartoum.", "SDN"),
    ('Azerbaijani diplomats keep stressing the expression "the underlying causes", which Aliyev said include the '
     "withdrawal of Armenian forces from Karabakh.", "AZE"),
])
def test_an_agenda_named_in_apposition_is_the_speakers(extractor, text, party):
    rec = run_text(extractor, text)
    assert ("withdrawal", "demand", party) in triples(rec), rec["conditions"]


@pytest.mark.parametrize("text", [
    # a mediator describes the agenda; the narrator states one; nobody states it
    "The agenda of the summit includes a ceasefire and the withdrawal of Eritrean troops, the United Nations said.",
    "The agenda of the summit includes a ceasefire and the withdrawal of Eritrean troops.",
    "Analysts say the causes of the war include the withdrawal of Eritrean troops from the border in 2000.",
    # the agenda is another side's: the speaker describes it, he does not put it forward
    "Armenia's foreign minister said the agenda Baku drafted includes the withdrawal of Armenian troops and the "
    "recognition of Azerbaijan's borders.",
])
def test_an_agenda_no_side_states_holds_nothing(extractor, text):
    assert not run_text(extractor, text)["conditions"]


def test_an_agenda_a_body_that_keeps_its_terms_states_is_its_own(extractor):
    # mediator_parties.txt is the one list of bodies that hold nothing: the AU is not on it, so an agenda its
    # spokesman states is its term, as its other stances are
    rec = run_text(extractor, "The agenda of the talks includes a truce in Darfur, the African Union said.")
    assert ("ceasefire", "demand", "AU") in triples(rec), rec["conditions"]
