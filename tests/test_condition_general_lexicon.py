"""The general vocabulary of withdrawal, demilitarization and negotiation format (issue 13, lane lex): the nouns,
verbs and adjectives news English uses for these terms in any conflict, not the phrases of articles read. A force
pulled apart ("a separation of forces"), the noun of leaving with its force ("a full retreat of the rebels"), a land
free of foreign troops, forces going back behind a line; heavy weapons pulled back or banned from a line, a weapons
handover, the reintegration of combatants, a single national army, fighters confined to their barracks, military
checkpoints dismantled; a side that joins the talks as an observer or guarantor, a go-between, a named round of talks
a side is invited to, one who guarantees, sponsors or chairs the talks; and a defence
or security commitment for a side. Every sentence is our own, across conflicts; each table of the words in another
field's sense (a company's withdrawal from a market, the separation of powers, a band that disbands, a single army
officer, pay talks) names no type."""
import pytest

from conftest import run_text
from test_condition_mentions import mentions  # noqa: F401 (the fixture: text -> the types the lexicon names)

NAMED = [
    # withdrawal: the sides' forces pulled apart
    ("withdrawal", "The ceasefire plan requires a separation of forces along the line of contact."),
    ("withdrawal", "Yerevan demands the separation of the two armies along the border."),
    ("withdrawal", "The Juba accord calls for the separation of government and rebel forces around Malakal."),
    # withdrawal: the noun of leaving with its force in an 'of' phrase
    ("withdrawal", "The government demands a full retreat of the rebels to the hills."),
    ("withdrawal", "Chisinau demands the pullback of Russian troops from Transnistria."),
    ("withdrawal", "Kinshasa wants a phased drawdown of the Rwandan forces in the east."),
    ("withdrawal", "The Houthis demand the exodus of the coalition's mercenaries from Aden."),
    # withdrawal: a land free of foreign troops
    ("withdrawal", "Tripoli wants a Libya free of foreign forces and mercenaries."),
    ("withdrawal", "Kabul insists on an Afghanistan free of foreign troops."),
    ("withdrawal", "The Greek Cypriots demand zero foreign troops on the island."),
    ("withdrawal", "Beirut insists that the south be clear of occupying forces."),
    # withdrawal: forces go back behind, beyond, to a line, the border, a river
    ("withdrawal", "Asmara demands that Ethiopia withdraw behind the border."),
    ("withdrawal", "Beirut demands that Israel retreat to the pre-war lines."),
    ("withdrawal", "Yerevan demands that Azerbaijani troops pull back to the 1991 border."),
    ("withdrawal", "The Polisario demands that Moroccan forces withdraw beyond the berm line."),
    ("withdrawal", "Khartoum wants the RSF to withdraw across the river."),
    ("withdrawal", "Hezbollah wants Israel to withdraw behind the Blue Line."),
    # withdrawal: a force's bases abroad closed, its forces repositioned away
    ("withdrawal", "Damascus demands that Turkey close its military bases in the north."),
    ("withdrawal", "Tbilisi demands that Moscow shut down its military bases in Abkhazia."),
    ("withdrawal", "Baku wants Yerevan to reposition its forces away from the border."),
    ("withdrawal", "Kinshasa insists that Kigali redeploy its troops back into Rwanda."),
    # demilitarization: heavy weapons pulled back, removed, banned
    ("demilitarization", "Kyiv demands that Russia pull back its heavy weapons from the line."),
    ("demilitarization", "The Houthis demand the removal of heavy weapons from Hodeidah."),
    ("demilitarization", "The rebels demand a ban on heavy weapons near the town."),
    ("demilitarization", "Baku insists that heavy artillery be withdrawn from the border."),
    ("demilitarization", "The Tatmadaw must move its heavy weaponry away from the villages, the KIA said."),
    ("demilitarization", "Baku insists that Armenia pull back its artillery from the border."),
    ("demilitarization", "The Minsk text requires the withdrawal of rocket launchers from the line."),
    # demilitarization: the compound nouns of disarmament
    ("demilitarization", "Bogota demands a weapons handover by the ELN."),
    ("demilitarization", "Dublin insisted on an arms surrender before any power-sharing."),
    # demilitarization: the reintegration of combatants
    ("demilitarization", "Khartoum demands the reintegration of former combatants into civilian life."),
    ("demilitarization", "Juba insists on the reintegration of rebel fighters into society."),
    ("demilitarization", "Kathmandu wants to reintegrate the Maoist guerrillas within a year."),
    # demilitarization: one army, the armed forces unified
    ("demilitarization", "The Libyan parliament demands the unification of the military institution."),
    ("demilitarization", "The Sudanese army insists on a single national army."),
    ("demilitarization", "Naypyidaw demands the unification of the armed forces under one command."),
    ("demilitarization", "Aden wants the southern militias and the government troops to form one army."),
    # demilitarization: a force confined to its barracks, its bases, assembly areas
    ("demilitarization", "Khartoum demands that the RSF be confined to its bases."),
    ("demilitarization", "The deal requires the fighters to gather in assembly areas."),
    ("demilitarization", "The opposition insists that the soldiers stay confined to their barracks."),
    # demilitarization: military checkpoints dismantled
    ("demilitarization", "The rebels demand that the army dismantle its military checkpoints in the valley."),
    ("demilitarization", "Ramallah wants the removal of the army checkpoints around the city."),
    ("demilitarization", "The Tripoli council demands that militia checkpoints be dismantled."),
    # negotiation_format: a side at the table in a named role
    ("negotiation_format", "The Polisario demands that the African Union attend as an observer."),
    ("negotiation_format", "Ankara insists on joining the talks as a guarantor."),
    ("negotiation_format", "Moscow wants Minsk to take part in the talks as a full party."),
    ("negotiation_format", "The Kachin groups want China to sit in on the talks as a witness."),
    # negotiation_format: who stands behind the table, who speaks for whom there
    ("negotiation_format", "Hamas demands that Egypt and Qatar guarantee the talks."),
    ("negotiation_format", "The ELN wants Cuba and Norway to sponsor the negotiations."),
    ("negotiation_format", "Baku insists that the African Union chair the talks."),
    ("negotiation_format", "The Serbs demand that Belgrade represent them at the talks."),
    # negotiation_format: who carries the messages
    ("negotiation_format", "The rebels want a go-between to carry messages."),
    ("negotiation_format", "The opposition demands a mediating role for the church."),
    ("negotiation_format", "Yerevan wants Washington to act as an honest broker."),
    # negotiation_format: a named round a side is invited to
    ("negotiation_format", "The RSF insist that they be included in the Jeddah talks."),
    ("negotiation_format", "The Kurds demanded that they be invited to the Geneva conference."),
    ("negotiation_format", "Armenia insists that the EU be invited to the Washington talks."),
    # security_guarantees: a defence, security commitment, a mutual defence treaty
    ("security_guarantees", "Taipei wants a firm defence commitment from Washington."),
    ("security_guarantees", "Yerevan demands binding security commitments from Paris before any deal."),
    ("security_guarantees", "Chisinau insists on a mutual defence treaty with Bucharest."),
    ("security_guarantees", "Tbilisi wants a defense commitment from the United States."),
    ("security_guarantees", "Seoul insists that Washington keep its defence commitments."),
    ("security_guarantees", "Kyiv demands legally binding security commitments from its allies."),
]

OTHER_FIELD = [
    ("withdrawal", "The company announced its withdrawal from the Russian market."),
    ("withdrawal", "The firm plans a pullout from the Chinese market."),
    ("withdrawal", "The court upheld the separation of powers."),
    ("withdrawal", "The activists demand the separation of church and state."),
    ("withdrawal", "Scientists measured the retreat of the glacier."),
    ("withdrawal", "The village is free of foreign tourists this winter."),
    ("withdrawal", "The museum remains free of charge for all visitors."),
    ("withdrawal", "The plan calls for the withdrawal of heavy weapons from the front."),
    ("withdrawal", "The runner withdrew to the border town after the race."),
    ("withdrawal", "Shares fell back to the lows of March."),
    ("withdrawal", "The hikers retreated behind the river bank."),
    ("demilitarization", "The band disbanded after the tour."),
    ("demilitarization", "The gallery moved its artillery collection to the new wing."),
    ("demilitarization", "A single army officer was wounded in the blast."),
    ("demilitarization", "The patient was confined to his bed for a week."),
    ("demilitarization", "The ministry demands the reintegration of refugees into society."),
    ("demilitarization", "The coalition wants to unify the opposition forces before the vote."),
    ("demilitarization", "The ship carried heavy equipment to the port."),
    ("demilitarization", "The city dismantled its old toll checkpoints."),
    ("negotiation_format", "As observers noted, the talks stalled."),
    ("negotiation_format", "The budget cuts hit hardest at the level of ministers."),
    ("negotiation_format", "Corruption reached the highest level of the party."),
    ("negotiation_format", "The lawyer represented the firm in the wage talks."),
    ("negotiation_format", "The lender will guarantee the loan process."),
    ("security_guarantees", "Customers demand that the bank honour its data security commitments."),
    ("security_guarantees", "The coach praised the team's defensive commitment."),
    ("negotiation_format", "The nurses demand direct pay talks with the minister."),
    ("negotiation_format", "The company invited observers to its shareholder meeting."),
]


@pytest.mark.parametrize("type_, text", NAMED)
def test_a_general_word_for_a_type_names_it(mentions, type_, text):  # noqa: F811
    assert type_ in mentions(text)


@pytest.mark.parametrize("type_, text", OTHER_FIELD)
def test_the_word_in_another_sense_names_no_type(nlp_working, type_, text):
    # the mentions stage as the component runs it: the lexicon, then the type rows' other_senses
    doc = nlp_working(text)
    assert type_ not in {m[0] for m in doc._.pc_cond_mentions}


@pytest.mark.parametrize("text, type_, party", [
    ("Yerevan demands the separation of the two armies along the border.", "withdrawal", "ARM"),
    ("Kabul insists on an Afghanistan free of foreign troops.", "withdrawal", "AFG"),
    ("Chisinau demands the pullback of Russian troops from Transnistria.", "withdrawal", "MDA"),
    ("Kyiv demands that Russia pull back its heavy weapons from the line.", "demilitarization", "UKR"),
    ("Bogota demands a weapons handover by the ELN.", "demilitarization", "COL"),
    ("Khartoum demands the reintegration of former combatants into civilian life.", "demilitarization", "SDN"),
    ("The Sudanese army insists on a single national army.", "demilitarization", "SDN"),
    ("Khartoum demands that the RSF be confined to its bases.", "demilitarization", "SDN"),
    ("The Polisario demands that the African Union attend as an observer.", "negotiation_format", "POLISARIO"),
    ("Ankara insists on joining the talks as a guarantor.", "negotiation_format", "TUR"),
    ("The RSF insist that they be included in the Jeddah talks.", "negotiation_format", "RSF"),
])
def test_the_general_word_under_a_demand_is_the_sides_condition(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert any(c["type"] == type_ and c["stance"] == "demand" and (c.get("by") or {}).get("party") == party
               for c in rec["conditions"]), rec["conditions"]


@pytest.mark.parametrize("text, type_", [
    # heavy weapons pulled back are a limit on arms, not troops that leave
    ("Kyiv demands that Russia pull back its heavy weapons from the line.", "withdrawal"),
    ("Baku insists that heavy artillery be withdrawn from the border.", "withdrawal"),
    # another field's sense under a demand word
    ("The activists demand the separation of church and state.", "withdrawal"),
    ("Shareholders demand the firm's withdrawal from the Russian market.", "withdrawal"),
    ("The ministry demands the reintegration of refugees into society.", "demilitarization"),
    ("The fans demand that the band be disbanded.", "demilitarization"),
    ("The nurses demand direct pay talks with the minister.", "negotiation_format"),
])
def test_no_condition_of_the_type_in_another_sense(extractor, text, type_):
    rec = run_text(extractor, text)
    assert type_ not in {c["type"] for c in rec["conditions"]}, rec["conditions"]
