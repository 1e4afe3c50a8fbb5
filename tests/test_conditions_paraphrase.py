"""Demands said in other words: the same condition, demanded by the same side, in the wording other outlets use (verbs
and nouns of asking, fronted condition clauses, the nouns of a type). Each paraphrase has near misses with the same
words and no demand (a past event, a question, another sense). Every sentence here is our own."""
import pytest

from conftest import run_text


def triples(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


@pytest.mark.parametrize("text, type_, party", [
    # verbs of asking beyond demand / call for: request, appeal for, ask that
    ("Armenia requested security guarantees from its partners.", "security_guarantees", "ARM"),
    ("Moldova has requested the withdrawal of the Russian garrison from Transnistria.", "withdrawal", "MDA"),
    ("Angola appealed for Rwandan troops to leave Congolese territory.", "withdrawal", "AGO"),
    ("The Afghan government appealed for the lifting of sanctions on its central bank.", "sanctions_relief", "AFG"),
    ("Kosovo asked that Serbia recognise its independence.", "territorial_recognition", "XKX"),
    ("The Congolese delegation asked that Rwandan forces withdraw from North Kivu.", "withdrawal", "COD"),
])
def test_verbs_of_asking(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Pashinyan asked that question at the summit about security guarantees.",
    "Reporters asked whether Russian troops would leave Transnistria.",
    "Angola appealed the court ruling on the ceasefire.",
])
def test_verbs_of_asking_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    # the past form of leaving after the troop word, in a condition clause; a passive expulsion
    ("JNIM said it would only negotiate if French troops left Mali.", "withdrawal", "JNIM"),
    ("The TPLF will hand over its heavy weapons only once Eritrean troops have left Tigray.", "withdrawal", "TPLF"),
    ("Egypt is pushing for foreign fighters to be expelled from Libya.", "withdrawal", "EGY"),
    ("Baghdad insists that the foreign forces must be expelled from Iraqi soil.", "withdrawal", "IRQ"),
])
def test_leaving_words(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "French troops left Mali in 2022, and the junta later bought more arms.",
    "Colombia must decide quickly, because the troops left in the region are exhausted.",
    "Egypt said the foreign fighters were expelled from Libya last year.",
])
def test_leaving_words_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[0] == "withdrawal" and t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    # a condition clause put before its main clause: the inversion hides the subject from a look back
    ("Only if sanctions are lifted will North Korea return to talks.", "sanctions_relief", "PRK"),
    ("Only after Russian troops withdraw will Ukraine negotiate.", "withdrawal", "UKR"),
    ("Only once Armenian units have pulled back from the border will Azerbaijan sign the treaty.", "withdrawal", "AZE"),
    ("Only once Eritrean troops have left Tigray will the TPLF hand over its heavy weapons, a spokesman said.",
     "withdrawal", "TPLF"),
])
def test_fronted_condition_clause(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


def test_fronted_past_event_sets_no_term(extractor):
    # a past event in the inverted main clause: nobody's term ("did" is no modal)
    text = "Only after the truce collapsed did the Houthis fire missiles at the port."
    assert ("ceasefire", "demand", "HOUTHIS") not in triples(extractor, text)


@pytest.mark.parametrize("text, type_, party", [
    # the nouns of recognising: recognition of a named state, acknowledgement / acceptance of statehood
    ("Azerbaijan called for the recognition of the Azerbaijani state's borders by Armenia.",
     "territorial_recognition", "AZE"),
    ("The TRNC says the acknowledgement of its statehood must come first.", "territorial_recognition", "TRNC"),
    ("Morocco demands the acceptance of its sovereignty over Western Sahara.", "territorial_recognition", "MAR"),
])
def test_recognition_nouns(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The recognition of the Turkish Cypriot state by Ankara in 1983 angered Greece.",
    "He said the acknowledgement of its statehood had come in 1983.",
])
def test_recognition_nouns_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    # a demanding verb in a relative clause with its own subject demands the noun the clause hangs off
    ("The pullout that Hamas demanded would cover all of Gaza.", "withdrawal", "HAMAS"),
    ("The ceasefire that the Colombian government demanded would cover all ELN fronts.", "ceasefire", "COL"),
    ("The disarmament Israel is seeking would strip Hamas of its rockets.", "demilitarization", "ISR"),
    ("The sanctions relief that Iran seeks has not come.", "sanctions_relief", "IRN"),
])
def test_relative_clause_demand(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The withdrawal that Russia completed in 1994 ended the Soviet presence.",
    "The ceasefire that the mediators brokered collapsed within a week.",
])
def test_relative_clause_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    # press / push / pressure a side to do any act (not only a listed few verbs)
    ("The African Union pressed Eritrea to pull its troops out of Tigray.", "withdrawal", "AU"),
    ("Washington pressured Kinshasa to hold direct talks with the M23.", "negotiation_format", "USA"),
    ("The EU pushed Belgrade to recognise Kosovo's independence.", "territorial_recognition", "EU"),
    # wants X done: a small clause with a participle
    ("Baku wants the Minsk Group scrapped.", "negotiation_format", "AZE"),
    ("Armenia wants the talks moved to Brussels with EU mediators.", "negotiation_format", "ARM"),
    # a country that must be, remain, stay neutral
    ("Russia insists that Ukraine remain neutral.", "nato_neutrality", "RUS"),
    ("Moldova must stay neutral, the Kremlin's envoy said.", "nato_neutrality", "RUS"),
    # more troop words before a verb of leaving
    ("The Libyan government demanded that Wagner mercenaries leave the country.", "withdrawal", "LBY"),
    ("Baku insisted that the Russian peacekeepers leave Karabakh early.", "withdrawal", "AZE"),
])
def test_pressing_and_small_clauses(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The rebels pushed ahead to seize the airport, the army said.",
    "Switzerland has remained neutral for two centuries.",
    "Qatar said the mediator must stay neutral.",
    "Ukraine stayed neutral until 2014, when Russia annexed Crimea.",
    "Russian peacekeepers left Karabakh in 2024.",
    "The public wants the war ended, a poll showed.",
])
def test_pressing_and_small_clauses_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    # talking directly with a side is a format word a modal may demand, as the phrase 'talk directly' is
    ("Rwanda said Congo must negotiate directly with the M23.", "negotiation_format", "RWA"),
    ("Kinshasa must talk directly with the M23, Rwanda's president said.", "negotiation_format", "RWA"),
    # 'provided' without 'that' opens a condition
    ("Hamas is ready to free the hostages provided Israel withdraws from Gaza.", "withdrawal", "HAMAS"),
    ("Russia will talk, provided Kyiv recognises the new realities.", "territorial_recognition", "RUS"),
])
def test_format_modal_and_provided(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The EU provided Ukraine with security guarantees.",
    "Washington provided the Kurds with arms after the ceasefire.",
    "The two leaders met face to face in Geneva last year.",
])
def test_format_modal_and_provided_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    # a present-tense 'demand' the parser reads as a noun modifying its object: the side before it demands
    ("The Houthis demand compensation for the destruction caused by the coalition.", "reparations", "HOUTHIS"),
    ("The Taliban demand reparations from Washington.", "reparations", "TALIBAN"),
    # 'pressuring X to speed up Y': the side pressed acts, the one pressing demands (no offer of its own)
    ("Washington keeps pressuring Beirut to hurry the militia's disarmament, officials said.",
     "demilitarization", "USA"),
])
def test_misread_demand_verb_and_pressure(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text, party", [
    ("Ukraine requires the return of all occupied territory before any talks.", "UKR"),
    ("Armenia demanded the return of occupied land, its foreign minister said.", "ARM"),
])
def test_return_of_occupied_land(extractor, text, party):
    assert ("withdrawal", "demand", party) in triples(extractor, text)


def test_return_of_occupied_land_near_miss(extractor):
    text = "The army completed the liberation of occupied territory in 2022, the ministry said."
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    # removing a claim from a constitution gives the land up, as dropping it does
    ("Azerbaijan said the peace treaty hinges on Armenia removing claims to Karabakh from its constitution.",
     "territorial_recognition", "AZE"),
    # the presence of (foreign) troops ended: the noun first, the force in its 'of' phrase
    ("Cyprus insists any solution must end the presence of Turkish troops on the island.", "withdrawal", "CYP"),
])
def test_claims_and_presence(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The UN has ended the presence of its peacekeepers in Mali, the mission said.",
    "The court removed claims to the estate from the lawsuit.",
])
def test_claims_and_presence_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    # more verbs of demanding: lobby / campaign / plead / clamour / petition for, stipulate, advocate
    ("Kosovo lobbied for recognition of its independence by Spain.", "territorial_recognition", "XKX"),
    ("The Taliban have campaigned for the unfreezing of Afghan central bank reserves.", "asset_unfreeze", "TALIBAN"),
    ("Ukraine pleaded for security guarantees from its allies.", "security_guarantees", "UKR"),
    ("Armenia petitioned the UN for a ceasefire monitoring mission and a truce.", "ceasefire", "ARM"),
    ("Egypt stipulated that foreign mercenaries leave Libya.", "withdrawal", "EGY"),
    ("The African Union advocates the disarmament of the militias in Ituri.", "demilitarization", "AU"),
    # told / warned X to do Y
    ("Colombia told the ELN to halt its attacks and declare a ceasefire.", "ceasefire", "COL"),
    ("Ankara warned the Kurdish militia to give up its weapons.", "demilitarization", "TUR"),
    # calls / considers X essential, sees X as a prerequisite (the subject classifies, it does not act)
    ("Ukraine considers security guarantees indispensable.", "security_guarantees", "UKR"),
    ("Georgia calls the withdrawal of Russian troops essential.", "withdrawal", "GEO"),
    ("Moldova considers the withdrawal of Russian troops indispensable.", "withdrawal", "MDA"),
    ("Azerbaijan sees the withdrawal of Armenian troops as a prerequisite for peace.", "withdrawal", "AZE"),
])
def test_more_demanding_verbs(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The minister told reporters to expect a ceasefire within days.",
    "The army campaigned for months to retake the town before the ceasefire.",
    "Russia pleaded guilty to nothing, and the ceasefire held.",
])
def test_more_demanding_verbs_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


def test_stipulated_in_a_text_is_no_demand(extractor):
    text = "Lebanon's army deployed south of the river, as stipulated in the ceasefire agreement, the prime minister said."
    assert ("ceasefire", "demand", "LBN") not in triples(extractor, text)


@pytest.mark.parametrize("text, type_, party", [
    # wanting in the polite form
    ("Azerbaijan would like to see Armenian troops withdrawn from the border.", "withdrawal", "AZE"),
    ("Moldova wishes to see the Russian troops leave Transnistria.", "withdrawal", "MDA"),
])
def test_polite_wanting(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The minister said he would like to see more tourists in Crimea.",
    "I would like to thank the mediators for the ceasefire talks.",
])
def test_polite_wanting_near_misses(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}


@pytest.mark.parametrize("text, type_, party", [
    ("The Kremlin's wishlist for a deal includes sanctions relief and Ukrainian neutrality.", "sanctions_relief", "RUS"),
    ("Hamas handed the mediators a wish list: a permanent ceasefire and an Israeli pullout.", "ceasefire", "HAMAS"),
])
def test_wish_list(extractor, text, type_, party):
    assert (type_, "demand", party) in triples(extractor, text)


def test_shopping_list_is_no_wish_list(extractor):
    text = "The army's shopping list includes new tanks for the ceasefire line."
    assert not {t for t in triples(extractor, text) if t[1] == "demand"}
