"""Recall of condition types (session 10): words of each type's general vocabulary that no row read, and a want-verb
with a noun object as an explicit demand. Every sentence is our own, about conflicts other than the ones tuned on;
each new word is also shown in a sense of another field that must not name the type."""
import pytest

from conftest import run_text
from test_condition_mentions import mentions  # noqa: F401 (the fixture: text -> the types the lexicon names)

NAMED = [
    ("withdrawal", "Rabat demanded that the Polisario fighters redeploy out of Guerguerat."),
    ("withdrawal", "Baghdad demanded that the Turkish troops leave the north."),
    ("withdrawal", "Baghdad wants the American troops out of Iraq."),
    ("withdrawal", "Niamey wants the foreign soldiers out of the country by December."),
    ("withdrawal", "Delhi insists that the Chinese army restore the status quo ante along the border."),
    ("territorial_recognition", "Baku insists that Yerevan accept the realities of today in Karabakh."),
    ("territorial_recognition", "Rabat wants Algiers to recognise the current realities in the Sahara."),
    # the realities rows, one adjective list and the noun first: no verb of accepting needed
    ("territorial_recognition", "Belgrade points to the realities on the ground in the north."),
    ("territorial_recognition", "Moscow points to today's realities in South Ossetia."),
    ("territorial_recognition", "Tbilisi rejects the territorial \u2018realities\u2019 in Abkhazia."),
    ("territorial_recognition", "Moscow points to the prevailing realities in South Ossetia."),
    ("negotiation_format", "Niamey wants Togo to act as mediator with ECOWAS."),
    ("negotiation_format", "The SPLM-IO demanded that the Vatican be a guarantor of the talks."),
    ("negotiation_format", "The Tigrayan leaders demanded that the talks be held in Nairobi."),
    ("negotiation_format", "Bamako insisted that Algeria be present at the negotiations."),
    ("negotiation_format", "Dakar wants the Casamance rebels excluded from the talks."),
    ("negotiation_format", "Abuja demanded that the emirs mediate between the herders and the farmers."),
    ("negotiation_format", "Nairobi said the talks must be inclusive."),
    ("negotiation_format", "Kigali said it would only negotiate with Kinshasa."),
    ("ceasefire", "Sanaa refused any pause in the fighting."),
    ("territorial_recognition", "Pristina insists on the sovereign equality of Kosovo with Serbia."),
    ("territorial_recognition", "The Somali government rejected any cession of territory to Ethiopia."),
    ("territorial_recognition", "Khartoum rejected the secession of Darfur."),
    ("territorial_recognition", "Islamabad rejected any division of Kashmir along the Line of Control."),
]

OTHER_FIELD = [
    ("withdrawal", "The airline decided to redeploy its crews to the new hub."),
    ("territorial_recognition", "Economists described the realities of the housing market."),
    ("negotiation_format", "The bank acted as guarantor of the loan."),
    ("negotiation_format", "The chess tournament will be held in Oslo."),
    ("negotiation_format", "The striker was excluded from the squad for the final."),
    ("ceasefire", "Markets took a pause in the rally after the holiday."),
    ("withdrawal", "London wants Britain out of the EU by March."),
    ("territorial_recognition", "The union rejected any division of labour between the two plants."),
    ("withdrawal", "Moscow wants Ukraine out of NATO talks."),
]


@pytest.mark.parametrize("type_, text", NAMED)
def test_a_general_word_for_a_type_names_it(mentions, type_, text):  # noqa: F811
    assert type_ in mentions(text)


@pytest.mark.parametrize("type_, text", OTHER_FIELD)
def test_the_same_word_in_another_field_names_no_type(nlp_working, type_, text):
    assert type_ not in {t for t, _, _, _ in nlp_working(text)._.pc_cond_mentions}


@pytest.mark.parametrize("text, type_, stance, party", [
    ("Juba wants a ceasefire with the SPLM-IO before the talks resume.", "ceasefire", "demand", "SSD"),
    ("Naypyidaw wants an immediate truce in Rakhine, the junta's spokesman said.", "ceasefire", "demand", "MMR"),
    ("Rabat demanded that the Polisario fighters redeploy out of Guerguerat.", "withdrawal", "demand", "MAR"),
    ("Baku insists that Yerevan accept the realities of today in Karabakh.", "territorial_recognition", "demand",
     "AZE"),
    ("The Tigrayan leaders demanded that the talks be held in Nairobi.", "negotiation_format", "demand", "TPLF"),
    ("Bamako insisted that Algeria be present at the negotiations.", "negotiation_format", "demand", "MLI"),
    ("The Sudanese army rejected Kenya as a mediator.", "negotiation_format", "reject", "SDN"),
    ("Baghdad demanded that the Turkish troops leave the north.", "withdrawal", "demand", "IRQ"),
    ("Dakar demanded that the Gambia be present at the negotiations.", "negotiation_format", "demand", "SEN"),
    ("Dakar wants the Casamance rebels excluded from the talks.", "negotiation_format", "demand", "SEN"),
    ("Kigali said it would only negotiate with Kinshasa.", "negotiation_format", "demand", "RWA"),
    ("Sanaa refused any pause in the fighting.", "ceasefire", "reject", "YEM"),
    ("Khartoum rejected the secession of Darfur.", "territorial_recognition", "reject", "SDN"),
    # a pause in the fighting accepted on a condition is a ceasefire offered
    ("Naypyidaw said it would accept a pause in the fighting only if the rebels freed the hostages.", "ceasefire",
     "offer", "MMR"),
])
def test_the_new_words_make_conditions_with_their_holder(extractor, text, type_, stance, party):
    rec = run_text(extractor, text + " The war has gone on for years.")
    assert (type_, stance, party) in {(c["type"], c["stance"], (c["by"] or {}).get("party"))
                                      for c in rec["conditions"]}, rec["conditions"]


@pytest.mark.parametrize("text, party", [
    # whose statehood or sovereignty it is gains by the recognition, in an 'of' phrase as in a modifier ('the
    # Abkhaz state'): the side that insists on it demands it, it offers nothing of its own
    ("Moscow insists on the sovereign equality of Abkhazia before any talks.", "RUS"),
    ("Baku demanded that Yerevan recognise the sovereignty of Azerbaijan over Karabakh.", "AZE"),
])
def test_the_side_whose_statehood_is_named_in_an_of_phrase_gains(extractor, text, party):
    rec = run_text(extractor, text + " The war has gone on for years.")
    got = {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in rec["conditions"]}
    assert ("territorial_recognition", "demand", party) in got, rec["conditions"]
    assert ("territorial_recognition", "offer", party) not in got, rec["conditions"]


@pytest.mark.parametrize("text, wanter, reporter", [
    ("Kyiv says Moscow wants a truce.", "RUS", "UKR"),
    ("Baku said Yerevan wanted a ceasefire along the border.", "ARM", "AZE"),
])
def test_a_want_reported_by_one_side_is_held_by_the_side_that_wants(extractor, text, wanter, reporter):
    # what one side says the other wants is the wanter's demand, not the reporter's ("wants" holds its subject)
    rec = run_text(extractor, text + " The war has gone on for years.")
    got = {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in rec["conditions"]}
    assert ("ceasefire", "demand", wanter) in got, rec["conditions"]
    assert ("ceasefire", "demand", reporter) not in got, rec["conditions"]


def test_a_want_the_speaker_supposes_leaves_the_demand_to_the_speaker(extractor):
    # "if they wanted peace, they would do X first": the speaker's argument, X the speaker's demand
    rec = run_text(extractor, "\"If Baku wanted peace, it would withdraw its troops from Armenian territory first,\" "
                              "Pashinyan said. The war has gone on for years.")
    got = {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in rec["conditions"]}
    assert ("withdrawal", "demand", "ARM") in got and ("withdrawal", "demand", "AZE") not in got, rec["conditions"]


@pytest.mark.parametrize("text", [
    # a want supposed in a condition clause is nobody's demand
    "If the rebels want a ceasefire, they must free the hostages, Bogota said.",
    # 'wants to' is a side's own plan: no stance of its own on the truce it names
    "The Ethiopian government wants to extend the truce in Tigray, officials said.",
    # a bare 'wants' stays the weak modal: a ceasefire needs an explicit demand
    "Everyone wants peace, and the truce in Yemen has held, the envoy said.",
])
def test_want_without_a_noun_object_demands_no_ceasefire(extractor, text):
    rec = run_text(extractor, text + " The war has gone on for years.")
    assert not [c for c in rec["conditions"] if c["type"] == "ceasefire" and c["stance"] == "demand"
                and (c["by"] or {}).get("party") in {None, "COL", "UKR", "ETH"}], rec["conditions"]


def test_a_mediator_of_another_field_sets_no_format(extractor):
    # 'as a mediator' is named wherever it stands; only a stance on it makes a condition
    rec = run_text(extractor, "She worked as a mediator in family disputes for a decade before the war.")
    assert not [c for c in rec["conditions"] if c["type"] == "negotiation_format"], rec["conditions"]


def test_leaving_a_region_with_no_stance_sets_no_withdrawal(extractor):
    # 'leave the north' names a withdrawal; a fact about travellers holds no stance on it
    rec = run_text(extractor, "Many tourists leave the north in winter, when the war makes the roads unsafe.")
    assert not [c for c in rec["conditions"] if c["type"] == "withdrawal"], rec["conditions"]
