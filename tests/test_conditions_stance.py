"""Stance on unseen wordings (conditions/commitments.py, stance cues, references.py): a commitment on a condition,
a refusal that only waits, refusals by nouns and by pointers. Every sentence here is our own, about other actors and
other conflicts than the articles the rules were tuned on."""
import pytest

from conftest import run_text


def conds(extractor, text):
    return run_text(extractor, text)["conditions"]


def find(cs, type_, stance, party="__any__"):
    return [c for c in cs if c["type"] == type_ and c["stance"] == stance
            and (party == "__any__" or (c["by"] or {}).get("party") == party)]


# ----- a negated act waiting on something that is no condition ----------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Hamas demanded a permanent ceasefire. Netanyahu said there will be no ceasefire until Hamas is destroyed.",
     "ceasefire", "ISR"),
    ("Moscow demanded new elections in Armenia. Elections will not be held in Armenia until the border is "
     "demarcated, Pashinyan said.", "elections", "ARM"),
])
def test_a_refusal_that_waits_on_no_term_refuses_what_another_side_asks(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party)


@pytest.mark.parametrize("text, type_", [
    # nobody asks for it: a plan, no rejection
    ("Netanyahu said there will be no ceasefire until Hamas is destroyed.", "ceasefire"),
    ("Elections will not be held in Armenia until the border is demarcated, Pashinyan said.", "elections"),
    # the clause names a term: the negated act is its goal, the term the demand
    ("Hamas demanded a permanent ceasefire. Netanyahu said there will be no ceasefire until Hamas fighters "
     "withdraw from Rafah.", "ceasefire"),
])
def test_a_refusal_that_waits_is_no_rejection_unless_asked(extractor, text, type_):
    assert not find(conds(extractor, text), type_, "reject"), conds(extractor, text)


# ----- a commitment on a condition ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, party", [
    # a pronoun or a group noun for the subject: the side the statement's holder is
    ("The Houthis fired missiles at two ships on Monday. The Houthis said they will halt their attacks if Israel "
     "ends its offensive.", "HOUTHIS"),
    ("The Houthis fired missiles at two ships on Monday. The group said it will halt its attacks if Israel ends "
     "its offensive.", "HOUTHIS"),
])
def test_a_pronoun_subject_commits_its_side(extractor, text, party):
    assert find(conds(extractor, text), "ceasefire", "demand", party)


def test_a_negated_commitment_sets_no_condition_on_if(extractor):
    # "will not X if Y" promises nothing on Y; "will not X until Y" still makes Y what it takes
    cs = conds(extractor, "The Houthis fired missiles at two ships on Monday. The Houthis said they would not "
                          "halt their attacks if Israel ends its offensive.")
    assert not find(cs, "ceasefire", "demand"), cs
    cs = conds(extractor, "The Houthis fired missiles at two ships on Monday. The Houthis said they would not "
                          "halt their attacks until Israel ends its offensive.")
    assert find(cs, "ceasefire", "demand", "HOUTHIS"), cs


# ----- refusals by a noun, by a pointer, by denying a say -------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    # a refusal noun with its "to": the owner refuses
    ("Aliyev restated his opposition to autonomy for the Armenian-majority districts.", "minority_rights", "AZE"),
    # ... and with a pointer for its object: the demand reported just before
    ("Moscow demanded autonomy for the Gagauz-majority districts. Chisinau restated its opposition to this.",
     "minority_rights", "MDA"),
    # "its" on the object of a verb is the verb's subject's
    ("Baku demanded that Armenia withdraw from the villages. Yerevan reiterated its opposition to this.",
     "withdrawal", "ARM"),
    ("The M23 demanded direct talks with Kinshasa. Kinshasa's opposition to that has not changed.",
     "negotiation_format", "COD"),
    # a side's pronoun on a set of terms: the side whose demands the story reported last
    ("The RSF demanded a ceasefire. Sudan's army refused to accept its demands.", "ceasefire", "SDN"),
    ("The RSF demanded a ceasefire. The Sudanese army's refusal to accept its demands prolonged the war.",
     "ceasefire", "SDN"),
    ("The M23 demanded direct talks with Kinshasa and the withdrawal of the army from Goma. Tshisekedi rejected "
     "their conditions.", "withdrawal", "COD"),
    # "such": the terms just named
    ("The RSF demanded the withdrawal of the army from El Fasher. Sudan's army rejected any such plan.",
     "withdrawal", "SDN"),
    ("The RSF demanded the withdrawal of the army from El Fasher. Burhan said Sudan's army would never accept such "
     "demands.", "withdrawal", "SDN"),
    # a relative clause that refuses, in the present tense too
    ("Belgrade demanded autonomy for the Serb minority, which Pristina refuses to grant.", "minority_rights", "XKX"),
])
def test_a_refusal_by_noun_or_pointer(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party), conds(extractor, text)


def test_a_political_opposition_refuses_nothing(extractor):
    cs = conds(extractor, "The opposition to the government in Yerevan called for early elections.")
    assert not [c for c in cs if c["stance"] == "reject"], cs


@pytest.mark.parametrize("text, party", [
    # denying the other side a say on the condition refuses it (as "has no right to demand X")
    ("\u201cAzerbaijan has no authority to decide on Armenia's neutrality,\u201d Pashinyan said.", "ARM"),
    ("\u201cMoscow has no say in whether Moldova gives up its bid to join NATO,\u201d the Moldovan president said.",
     "MDA"),
])
def test_denying_a_say_refuses(extractor, text, party):
    assert find(conds(extractor, text), "nato_neutrality", "reject", party), conds(extractor, text)


# ----- the reason a refusal gives -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("The M23 rejected the proposal because it did not include a ceasefire.", "ceasefire", "M23"),
    ("Pashinyan dismissed the plan, saying it failed to guarantee a withdrawal of Azerbaijani troops.", "withdrawal",
     "ARM"),
    ("The ELN rejected the government's offer because it ignored the demilitarization of the border.",
     "demilitarization", "ELN"),
    ("Kyiv rejected the truce proposal for failing to include security guarantees.", "security_guarantees", "UKR"),
])
def test_what_a_refused_thing_falls_short_of_is_the_refusers_demand(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party) and not find(cs, type_, "reject"), cs


def test_a_reason_that_says_what_the_refused_thing_brings_stays_refused(extractor):
    cs = conds(extractor, "Hamas rejected the plan because it would require the disarmament of its fighters.")
    assert not find(cs, "demilitarization", "demand", "HAMAS"), cs


@pytest.mark.parametrize("text, type_, party", [
    # a refusal noun a modal asks for is what is demanded of the side that must refuse
    ("Aliyev said the first step should be Armenia's renunciation of NATO membership.", "nato_neutrality", "AZE"),
    ("An Eritrean envoy said a central item had to be Ethiopia's renunciation of its claim to "
     "reparations.", "reparations", "ERI"),
])
def test_a_refusal_a_modal_asks_for_is_demanded(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party) and not find(cs, type_, "reject"), cs


def test_a_refusal_of_our_own_a_modal_names_stays_ours(extractor):
    cs = conds(extractor, "\u201cThe first step must be our rejection of any withdrawal,\u201d the RSF commander said.")
    assert find(cs, "withdrawal", "reject", "RSF"), cs


# ----- a negated talk in the past denies an event -------------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("The M23 said it had not discussed any withdrawal from Goma with the Angolan mediators.", "withdrawal"),
    ("\u201cWe did not raise a ceasefire at the meeting,\u201d the Houthi negotiator said.", "ceasefire"),
])
def test_a_negated_talk_in_the_past_refuses_nothing(extractor, text, type_):
    assert not find(conds(extractor, text), type_, "reject"), conds(extractor, text)


def test_a_negated_talk_to_come_still_refuses(extractor):
    cs = conds(extractor, "\u201cWe will not discuss a withdrawal of our troops,\u201d Aliyev said.")
    assert find(cs, "withdrawal", "reject", "AZE"), cs


@pytest.mark.parametrize("text, type_, party", [
    # an evaluative predicate said of "such" terms: the demands reported just before
    ("The M23 demanded direct talks with Kinshasa. Kinshasa said such demands were unacceptable.",
     "negotiation_format", "COD"),
    ("The Houthis demanded the lifting of sanctions on Yemen's ports. Riyadh called such conditions absurd.",
     "sanctions_relief", "SAU"),
])
def test_an_evaluation_of_such_terms_refuses_them(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party), conds(extractor, text)


@pytest.mark.parametrize("text, type_, party", [
    # an adjective of assent in reported speech is the speaker's view, backshifted
    ("Pashinyan said a withdrawal of Armenian troops was not realistic.", "withdrawal", "ARM"),
    ("Israel said a permanent ceasefire was not viable.", "ceasefire", "ISR"),
    # evaluative predicates of dismissal
    ("The Kremlin said talk of a ceasefire was premature.", "ceasefire", "RUS"),
    ("Sudan's army said a ceasefire with the RSF was impossible.", "ceasefire", "SDN"),
    ("The Kremlin called the ceasefire proposal a ploy.", "ceasefire", "RUS"),
])
def test_an_evaluative_predicate_refuses(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party), conds(extractor, text)


def test_an_occurrence_in_the_past_still_reports(extractor):
    for text in ("The ceasefire did not happen, the mediators said.",
                 "The ceasefire was not part of the agreement, officials said."):
        assert not find(conds(extractor, text), "ceasefire", "reject"), text


# ----- a negated readiness refuses ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Moscow is in no hurry to agree to a ceasefire, Peskov said.", "ceasefire", "RUS"),
    ("The Houthis are not ready for a ceasefire, their spokesman said.", "ceasefire", "HOUTHIS"),
    ("The RSF is unwilling to withdraw from El Fasher, its commander said.", "withdrawal", "RSF"),
])
def test_a_negated_readiness_refuses(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "reject", party) and not find(cs, type_, "offer"), cs


def test_a_negated_readiness_of_another_side_is_a_fact(extractor):
    cs = conds(extractor, "\u201cRussia is not ready to withdraw its troops,\u201d Zelensky said.")
    assert not find(cs, "withdrawal", "reject") and not find(cs, "withdrawal", "offer"), cs


def test_a_condition_under_a_negated_readiness_is_the_subjects(extractor):
    # the subject of "is (not) prepared to" sets what "unless" opens, not the side the clause names
    cs = conds(extractor, "Hamas is not prepared to release the hostages unless Israel withdraws from Gaza, its "
                          "spokesman said.")
    assert find(cs, "withdrawal", "demand", "HAMAS") and not find(cs, "withdrawal", "offer"), cs


# ----- verbs of dismissal -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Israel pushed back against calls for a ceasefire.", "ceasefire", "ISR"),
    ("The Kremlin scoffed at the idea of a ceasefire.", "ceasefire", "RUS"),
    ("The Kremlin poured cold water on hopes of a ceasefire.", "ceasefire", "RUS"),
    ("The Kremlin shot down the idea of a ceasefire.", "ceasefire", "RUS"),
    ("The Kremlin denounced the demand for a withdrawal as blackmail.", "withdrawal", "RUS"),
    ("Hamas slammed the proposal for its disarmament.", "demilitarization", "HAMAS"),
    ("Israel said it would not bow to demands for a withdrawal from Gaza.", "withdrawal", "ISR"),
    # a text refused refuses what it calls for; the text's owner still calls for it
    ("The United States vetoed a UN resolution calling for an immediate ceasefire in Gaza.", "ceasefire", "USA"),
])
def test_a_verb_of_dismissal_refuses(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "reject", party) and not find(cs, type_, "demand", party), cs


def test_a_dismissal_leaves_the_owner_its_demand(extractor):
    cs = conds(extractor, "The Kremlin has slammed Kyiv's calls for a 30-day ceasefire.")
    assert find(cs, "ceasefire", "reject", "RUS") and find(cs, "ceasefire", "demand", "UKR"), cs


@pytest.mark.parametrize("text", [
    "Kyiv condemned Russia's violation of the ceasefire.",
    "The army shot down a drone near the ceasefire line.",
])
def test_condemning_a_violation_or_shooting_down_a_drone_refuses_nothing(extractor, text):
    assert not [c for c in conds(extractor, text) if c["stance"] == "reject"], text


@pytest.mark.parametrize("text", [
    "The RSF demanded a ceasefire and the withdrawal of the army from El Fasher. Burhan dismissed both.",
    "The RSF demanded a ceasefire and the withdrawal of the army from El Fasher. Burhan said the army would accept "
    "none of these conditions.",
    "The RSF demanded a ceasefire and the withdrawal of the army from El Fasher. Sudan's army will agree to none of "
    "them.",
])
def test_a_refusal_of_each_of_the_terms_named_before(extractor, text):
    cs = conds(extractor, text)
    assert find(cs, "ceasefire", "reject", "SDN") and find(cs, "withdrawal", "reject", "SDN"), cs


# ----- a passive demanding verb: its subject is asked, its agent asks -----------------------------------------------
def test_a_passive_demand_is_held_by_its_agent_or_the_speaker(extractor):
    cs = conds(extractor, "Israel's withdrawal from Gaza is demanded by Hamas.")
    assert find(cs, "withdrawal", "demand", "HAMAS"), cs
    cs = conds(extractor, "Russia was urged to withdraw its troops from Ukraine, Macron said.")
    assert find(cs, "withdrawal", "demand", "FRA") and not find(cs, "withdrawal", "offer"), cs


def test_the_side_a_passive_demand_asks_holds_nothing(extractor):
    cs = conds(extractor, "Under the deal, the M23 is required to pull back from the eastern towns.")
    assert not find(cs, "withdrawal", "offer") and not find(cs, "withdrawal", "demand", "M23"), cs


def test_rather_than_accept_refuses_and_a_negative_forecast_offers_nothing(extractor):
    cs = conds(extractor, "Israel said it would press on with its offensive rather than accept a ceasefire.")
    assert find(cs, "ceasefire", "reject", "ISR") and not find(cs, "ceasefire", "offer"), cs
    cs = conds(extractor, "Russia is unlikely to agree to a ceasefire, analysts said.")
    assert not find(cs, "ceasefire", "offer") and not find(cs, "ceasefire", "reject"), cs


@pytest.mark.parametrize("text, type_", [
    ("The M23 demanded direct talks with Kinshasa. Kinshasa has refused to do so.", "negotiation_format"),
    ("The M23 demanded the withdrawal of Congolese troops from Goma. Kinshasa has repeatedly ruled this out.",
     "withdrawal"),
    ("The M23 demanded the withdrawal of Congolese troops from Goma. The Congolese government has said it will not "
     "do so.", "withdrawal"),
    ("The M23 demanded the withdrawal of Congolese troops from Goma. \u201cThat will never happen,\u201d Tshisekedi said.",
     "withdrawal"),
    ("The M23 demanded the withdrawal of Congolese troops from Goma. \u201cThis is out of the question,\u201d "
     "Tshisekedi said.", "withdrawal"),
])
def test_a_pro_form_refuses_what_was_just_asked(extractor, text, type_):
    assert find(conds(extractor, text), type_, "reject", "COD"), conds(extractor, text)


def test_a_past_occurrence_points_back_at_nothing(extractor):
    cs = conds(extractor, "The M23 demanded the withdrawal of Congolese troops from Goma. Kinshasa was attacked. "
                          "\u201cIt did not happen,\u201d Tshisekedi said.")
    assert not find(cs, "withdrawal", "reject"), cs


# ----- a stance inside a denied report -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kremlin denied a report that Putin had demanded the withdrawal of Ukrainian troops from Zaporizhzhia.",
    "Hamas dismissed a newspaper report alleging that it had demanded a ceasefire.",
    "The Sudanese army dismissed an AFP story saying that Burhan was willing to discuss a truce.",
    "Hamas denied claims that it had rejected the ceasefire proposal.",
])
def test_a_stance_in_a_denied_report_is_nobodys(extractor, text):
    cs = conds(extractor, text)
    assert not [c for c in cs if c["by"] and c["by"]["party"] in {"RUS", "HAMAS"}], cs


def test_a_report_cited_for_a_stance_keeps_it(extractor):
    cs = conds(extractor, "Putin demanded the withdrawal of Ukrainian troops from Zaporizhzhia, according to a "
                          "report in the Financial Times.")
    assert find(cs, "withdrawal", "demand", "RUS"), cs
