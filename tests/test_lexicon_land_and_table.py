"""The general vocabulary of two condition types (session 10, lexicon lane): giving land away or accepting its loss
(territorial_recognition) and who sits at the table (negotiation_format). Every sentence is our own, about conflicts
other than the ones tuned on; each new word is also shown where it names no type (another field) and where it is
named but nobody demands or refuses it (a fact told, a venue named), which must make no record."""
import pytest

from conftest import run_text
from test_condition_mentions import mentions  # noqa: F401 (the fixture: text -> the types the lexicon names)

NAMED = [
    ("territorial_recognition", "Tbilisi will never agree to a territory handover to Sukhumi."),
    ("territorial_recognition", "Lima rejected any territorial exchange with Quito along the Cordillera."),
    ("territorial_recognition", "New Delhi ruled out an exchange of territory with Beijing in Ladakh."),
    ("territorial_recognition", "Yerevan rejected any redrawing of borders in the South Caucasus."),
    ("territorial_recognition", "Asmara demanded border changes around Badme."),
    ("territorial_recognition", "Jerusalem wants the Palestinians to accept the facts on the ground in the valley."),
    ("territorial_recognition", "Phnom Penh rejected Bangkok's territorial demands near the temple."),
    ("territorial_recognition", "Moscow demanded that Tbilisi formally renounce Abkhazia."),
    ("territorial_recognition", "Manila will not sign away its islands in the Spratlys."),
    ("negotiation_format", "Islamabad rejected shuttle diplomacy by the American envoy."),
    ("negotiation_format", "Seoul wants the six-party talks revived."),
    ("negotiation_format", "The opposition in Harare demanded an all-party conference."),
    ("negotiation_format", "Colombo rejected the participation of the Tamil diaspora in the talks."),
    ("negotiation_format", "The Karen leaders demanded international observers at the negotiations."),
    ("negotiation_format", "Chisinau insisted on the 5+2 format."),
    ("negotiation_format", "Tbilisi wants the Geneva format kept."),
    ("negotiation_format", "The Naga groups want the Kuki elders made part of the peace process."),
    ("negotiation_format", "Pristina demanded that Belgrade make the Serb municipalities a third party to the talks."),
    ("territorial_recognition", "Riyadh insists on a two-state solution as the price of normalisation."),
    ("territorial_recognition", "Rabat wants Algiers to acknowledge Morocco's territorial integrity."),
    ("negotiation_format", "Kinshasa refuses to treat the M23 as a negotiating partner."),
    ("negotiation_format", "Bamako said the jihadists were no legitimate interlocutor."),
    ("negotiation_format", "The Congolese rebels demanded an inter-Congolese dialogue."),
    ("negotiation_format", "The Taliban rejected intra-Afghan talks."),
    ("negotiation_format", "The Togolese opposition demanded a sovereign national conference."),
    ("negotiation_format", "The Kurds in Qamishli want a voice at the table in Geneva."),
    ("negotiation_format", "The African Union called for the appointment of a special envoy for Sudan."),
    ("territorial_recognition", "Buenos Aires demanded that London cede sovereignty over the Falklands."),
    ("territorial_recognition", "Tbilisi will never accept Russian control over Abkhazia."),
    ("territorial_recognition", "Islamabad rejected any plan to turn the Line of Control into the international border."),
    ("territorial_recognition", "Baku wants the ceasefire line to serve as the new border."),
    ("negotiation_format", "Quito accepted the good offices of the Vatican."),
    ("territorial_recognition", "The Palestinians demand statehood within the 1967 lines."),
]

OTHER_FIELD = [
    ("territorial_recognition", "The club announced a player exchange with its rival in January."),
    ("territorial_recognition", "The commission began redrawing electoral boundaries in the north."),
    ("negotiation_format", "Please send the report in PDF format."),
    ("negotiation_format", "The two-party system has dominated the country for a century."),
    ("negotiation_format", "Student participation in the elections rose sharply."),
    ("negotiation_format", "The ministry held an inter-agency meeting on flood relief."),
    ("negotiation_format", "The party elected its leader at its national conference."),
    # urging respect for a state's integrity gives no land away
    ("territorial_recognition", "The allies urged respect for the territorial integrity of Moldova."),
    ("negotiation_format", "The minister said he would not talk to reporters."),
    # "sovereignty" of data, not land: only a determiner may stand between the verb and the word
    ("territorial_recognition", "The bank will not transfer its data sovereignty to a cloud vendor."),
]

NO_STANCE = [
    # the words are there, but the sentence only tells of them: no record
    "The envoy began shuttle diplomacy between the two capitals on Monday.",
    "The Normandy format met in Paris in 2019.",
    "Observers at the talks described the mood as tense.",
    "A territory handover took place in the border district in 1999.",
    "Talks on a two-state solution stalled in 2014.",
    "The envoy met his interlocutors in Kabul on Tuesday.",
]


@pytest.mark.parametrize("type_, text", NAMED)
def test_a_general_word_for_a_type_names_it(mentions, type_, text):  # noqa: F811
    assert type_ in mentions(text)


@pytest.mark.parametrize("type_, text", OTHER_FIELD)
def test_the_same_word_in_another_field_names_no_type(mentions, type_, text):  # noqa: F811
    assert type_ not in mentions(text)


@pytest.mark.parametrize("text, type_, stance, party", [
    ("Tbilisi will never agree to a territory handover to Sukhumi.", "territorial_recognition", "reject", "GEO"),
    ("New Delhi ruled out an exchange of territory with Beijing in Ladakh.", "territorial_recognition", "reject",
     "IND"),
    ("Yerevan rejected any redrawing of borders in the South Caucasus.", "territorial_recognition", "reject", "ARM"),
    ("Phnom Penh rejected Bangkok's territorial demands near the temple.", "territorial_recognition", "reject",
     "KHM"),
    ("Colombo rejected the participation of the Tamil diaspora in the talks.", "negotiation_format", "reject", "LKA"),
    ("Chisinau insisted on the 5+2 format.", "negotiation_format", "demand", "MDA"),
    ("The Israeli prime minister rejected a two-state solution.", "territorial_recognition", "reject", "ISR"),
    ("Baku demanded that Yerevan recognise Azerbaijan's territorial integrity.", "territorial_recognition", "demand",
     "AZE"),
    ("Kinshasa refuses to recognise the M23 as a negotiating partner.", "negotiation_format", "reject", "COD"),
    ("Kinshasa refused to talk to the M23.", "negotiation_format", "reject", "COD"),
    ("Belgrade refused to meet Kosovo's prime minister.", "negotiation_format", "reject", "SRB"),
    ("Kyiv refused to talk to Moscow.", "negotiation_format", "reject", "UKR"),
    ("Buenos Aires demanded that London cede sovereignty over the Falklands.", "territorial_recognition", "demand",
     "ARG"),
    ("Tbilisi will never accept Russian control over Abkhazia.", "territorial_recognition", "reject", "GEO"),
    ("Islamabad rejected any plan to turn the Line of Control into the international border.",
     "territorial_recognition", "reject", "PAK"),
    ("Kyiv refused to negotiate with Moscow.", "negotiation_format", "reject", "UKR"),
    ("Belgrade rejects Kosovo's statehood.", "territorial_recognition", "reject", "SRB"),
])
def test_the_word_with_a_stance_makes_a_record(extractor, text, type_, stance, party):
    rec = run_text(extractor, text)
    assert (type_, stance, party) in {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in rec["conditions"]}


@pytest.mark.parametrize("text, party", [
    # urging a side to talk to, meet or negotiate with another is a step of diplomacy, not a term of the format
    ("Macron urged Modi to negotiate with the European Union on trade.", "FRA"),
    ("Ruto asked his foreign minister to talk to Ethiopia about the dam.", "KEN"),
    ("Lula wants Maduro to meet Milei before the summit.", "BRA"),
    ("The Indonesian foreign minister met Ramos-Horta in Jakarta in May, his office said.", "IDN"),
    ("Nairobi's envoys have negotiated with the militia leaders since March.", "KEN"),
])
def test_asking_a_side_to_talk_to_another_sets_no_format(extractor, text, party):
    rec = run_text(extractor, text)
    assert ("negotiation_format", party) not in {(c["type"], (c["by"] or {}).get("party")) for c in rec["conditions"]}


@pytest.mark.parametrize("text", NO_STANCE)
def test_the_word_told_as_a_fact_makes_no_record(nlp_working, extractor, text):
    types = {t for t, _, _, _ in nlp_working(text)._.pc_cond_mentions}
    assert types & {"territorial_recognition", "negotiation_format"}, "the sentence must still name the type"
    assert not [c for c in run_text(extractor, text)["conditions"]
                if c["type"] in ("territorial_recognition", "negotiation_format")]


def test_an_act_done_as_part_of_the_talks_seats_nobody(extractor):
    # 'as part of the peace process' frames the disarming (the demand), it names no one at the table
    rec = run_text(extractor, "Bogota demanded that the rebels disarm as part of the peace process.")
    kinds = {(c["type"], c["stance"]) for c in rec["conditions"]}
    assert ("demilitarization", "demand") in kinds
    assert not {k for k in kinds if k[0] == "negotiation_format"}
