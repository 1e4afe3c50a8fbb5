"""Stage 1 of conditions (issue 13), mentions: where a condition type is named, by the cue lexicon of
patterns/conditions.jsonl alone (no stance, no holder). Every sentence here is our own, about conflicts other than
the one the rules were first written for; the negative sentences hold a type's words where no condition is named."""
import pytest
from spacy.matcher import PhraseMatcher

from conftest import run_text
from peacecond.patterns import cached_patterns
from peacecond.window_matcher import WindowMatcher


@pytest.fixture(scope="module")
def mentions(nlp):
    """text -> the condition types the cue lexicon names in it, as the conditions component matches them: the rows
    of conditions.jsonl and the verb terms of verb_terms.jsonl (a verb and the noun class it governs)."""
    from peacecond.conditions.verb_terms import verb_term_matches
    R = nlp.get_pipe("peacecond_conditions").rules
    # (rows read only as what a refusing verb takes need the parse to be a mention at all: test_stance_scopes)
    rules = [r for r in cached_patterns().extra["conditions"]["type_cues"]
             if not (r.get("refused_object") and r.get("stances") == ["reject"])]
    tokens = WindowMatcher(nlp.vocab, rules, "T")
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    for i, rule in enumerate(rules):
        if not rule["pattern"]:
            phrases.add(f"T{i}", list(nlp.tokenizer.pipe(rule["phrases"])))

    def types(text):
        doc = nlp(text)
        found = list(tokens(doc)) + list(phrases(doc))
        return {rules[int(doc.vocab.strings[key][1:])]["type"] for key, _, _ in found} | \
            {t for t, _, _, _ in verb_term_matches(R, doc)}
    return types


POSITIVE = [
    # withdrawal: withdraw, pull out / back, vacate, evacuate troops, leave or get out of the land, end the occupation
    ("withdrawal", "Azerbaijan demanded that Armenian forces pull out of the occupied districts."),
    ("withdrawal", "Hamas insists that Israel withdraw its troops from the whole of Gaza."),
    ("withdrawal", "The RSF must vacate the positions it seized in El Fasher, the army said."),
    ("withdrawal", "Bogota wants all ELN fighters out of the border towns."),
    ("withdrawal", "The M23 rebels must get out of Goma, Kinshasa said."),
    ("withdrawal", "Pristina demands an end to the occupation of its northern villages."),
    ("withdrawal", "Kinshasa said Rwanda must evacuate its soldiers before any deal."),
    ("withdrawal", "The plan requires both armies to pull back their forces ten kilometres."),
    ("withdrawal", "The rebels must return to their barracks, the junta said."),
    # territorial recognition: recognise as, accept the annexation, cede / concede / give up land, swaps
    ("territorial_recognition", "Serbia would never recognise Kosovo's independence, Belgrade said."),
    ("territorial_recognition", "Armenia must accept the annexation of the enclave, Baku insisted."),
    ("territorial_recognition", "Israel will not give up any land in the West Bank."),
    ("territorial_recognition", "Baku wants Yerevan to concede territory along the border."),
    ("territorial_recognition", "The north wants its statehood to be affirmed before talks resume."),
    ("territorial_recognition", "Pristina rejected any land swap with Belgrade."),
    # neutrality: never join, renounce membership, stay out of blocs, rescind promises, no enlargement
    ("nato_neutrality", "Moscow demanded that Georgia renounce membership in any military alliance."),
    ("nato_neutrality", "Moscow insists that Finland stay out of military blocs."),
    ("nato_neutrality", "Russia demanded that NATO rescind its promise of membership to Georgia."),
    ("nato_neutrality", "The alliance must not offer membership to Moldova, the Kremlin said."),
    ("nato_neutrality", "Moldova must pledge never to join any military alliance."),
    ("nato_neutrality", "Moscow wants a guarantee that the alliance will not expand further east."),
    ("nato_neutrality", "Minsk demands that Vilnius drop its membership bid."),
    ("nato_neutrality", "Belgrade insists on its non-aligned status."),
    ("nato_neutrality", "Minsk wants the alliance to revoke the pledge it made in 2008 that Moldova would one day join."),
    # sanctions relief: lift, ease, relax, remove sanctions or embargoes
    ("sanctions_relief", "Iran wants Washington to ease sanctions on its oil exports."),
    ("sanctions_relief", "Belgrade demands sanctions relief before any deal."),
    ("sanctions_relief", "Caracas demanded an end to every one of these cruel embargoes."),
    ("sanctions_relief", "Damascus wants the Caesar sanctions relaxed."),
    ("sanctions_relief", "Pyongyang called for a suspension of the sanctions imposed in 2017."),
    # asset unfreeze
    ("asset_unfreeze", "Tehran insists that the frozen funds held in Korean banks be released."),
    ("asset_unfreeze", "Kabul demanded the return of its frozen assets."),
    ("asset_unfreeze", "Caracas wants its gold reserves unfrozen."),
    # minority rights
    ("minority_rights", "Kosovo Serbs demand language rights and protection of the Orthodox church."),
    ("minority_rights", "Armenia insists on guarantees for the rights of the Armenian minority in Karabakh."),
    ("minority_rights", "Budapest demands an end to the discrimination of the Hungarian minority."),
    ("minority_rights", "Moscow said the Russian-speaking population of Moldova must be protected."),
    ("minority_rights", "The Tutsi leaders want freedom of worship for their parishioners."),
    # demilitarisation: disarm, lay down arms, decommission weapons, cap or cut the army, demilitarised zone
    ("demilitarization", "Israel demands that Hezbollah disarm and hand over its weapons to the Lebanese army."),
    ("demilitarization", "The army insisted that the RSF lay down arms and decommission weapons."),
    ("demilitarization", "Baku demands that Yerevan cut its army to 30,000 troops."),
    ("demilitarization", "Bogota demanded a cap on the size of the ELN's forces."),
    ("demilitarization", "Any deal must create a demilitarised zone along the Litani river."),
    ("demilitarization", "The militia must surrender its heavy weapons, the ministry said."),
    ("demilitarization", "Khartoum said the RSF must demobilise its fighters."),
    # security guarantees
    ("security_guarantees", "Yerevan wants security guarantees from Paris."),
    ("security_guarantees", "The TPLF would accept a truce only with guarantees of no further invasions."),
    ("security_guarantees", "Hamas demands a defence pact with Turkey."),
    ("security_guarantees", "Kosovo wants a mutual defence clause with the United States."),
    ("security_guarantees", "Any deal needs guarantor states that will underwrite the security of both sides."),
    # ceasefire: truce, cessation of hostilities, halt strikes, stop the fighting
    ("ceasefire", "The RSF called for a cessation of hostilities in Darfur."),
    ("ceasefire", "Kinshasa demanded that the M23 halt its attacks on Goma."),
    ("ceasefire", "Israel demanded that Hamas stop firing rockets."),
    ("ceasefire", "Bogota wants a bilateral truce with the ELN."),
    ("ceasefire", "The mediators asked both sides to suspend air strikes for a week."),
    ("ceasefire", "Juba called for a halt to the shelling of the camps."),
    # elections and the legitimacy of a leadership
    ("elections", "The opposition said the president must hold new elections."),
    ("elections", "The protesters insist the general step down before any talks."),
    ("elections", "Tehran calls the government in exile an illegitimate regime."),
    ("elections", "The rebels demand a transfer of power to civilians."),
    ("elections", "Bamako wants the junta to give up power within a year."),
    # reparations, compensation, tribunal, accountability
    ("reparations", "Baku demands compensation for the damage caused by the war."),
    ("reparations", "Kinshasa wants a special tribunal for the massacres."),
    ("reparations", "The army said the RSF leader must face justice."),
    ("reparations", "Tigray insists that Eritrea pay damages."),
    ("reparations", "The victims want the commanders prosecuted and the perpetrators punished."),
    ("reparations", "Families demand an end to impunity for the killings."),
    # negotiation format: direct talks, mediation, talks only with, no talks while X is in power, at the table
    ("negotiation_format", "The ELN wants direct talks with the government."),
    ("negotiation_format", "The Taliban accepted only indirect talks through Qatari mediators."),
    ("negotiation_format", "Belgrade said there would be no dialogue with Pristina as long as Kurti remains in power."),
    ("negotiation_format", "Kosovo said it must be a party to the talks."),
    ("negotiation_format", "The army will negotiate only through Saudi mediation."),
    ("negotiation_format", "Yerevan said next steps cannot be decided without us."),
    ("negotiation_format", "The rebels want a seat at the negotiating table."),
    ("negotiation_format", "Doha offered to mediate the talks between the two sides."),
    ("negotiation_format", "The NPA insists on the holding of the next round abroad."),
    ("negotiation_format", "Khartoum wants the negotiations to take place on Sudanese soil."),
]

NEGATIVE = [
    # the type's words, where no condition of that type is named
    ("withdrawal", "Residents were evacuated from the flooded districts."),
    ("withdrawal", "The striker was forced out of the match with an injury."),
    ("sanctions_relief", "The bank eased lending rules for small firms."),
    ("sanctions_relief", "The minister said the company would lift its dividend next year."),
    ("sanctions_relief", "The city will remove the tariffs on imported steel."),
    ("asset_unfreeze", "The government released funds for the flood victims."),
    ("asset_unfreeze", "The central bank will release money to the frozen food industry."),
    ("minority_rights", "Civilians must be protected, the aid agency said, and the population fed."),
    ("minority_rights", "The speaker criticised the use of aggressive language in parliament."),
    ("demilitarization", "The firm will cut its workforce and reduce its fleet of delivery vans."),
    ("demilitarization", "Parliament voted to cut defence spending by two percent."),
    ("demilitarization", "The allies will give Kyiv the weapons it needs."),
    ("security_guarantees", "The reporters said the army could not ensure their safety."),
    ("security_guarantees", "Both sides signed a pledge that no offensive weapons would be stationed there."),
    # ("end the war" is a mention only as refused, a reject-only row: test_stance_scopes checks it sets nothing here)
    ("ceasefire", "The minister said the plan would bring the war to an end by winter."),
    ("ceasefire", "Any deal must end the bloodshed, the envoy said."),
    ("nato_neutrality", "The pop star said she would never join the band again."),
    ("nato_neutrality", "Israel will not end its commitment to the families of the hostages."),
    ("nato_neutrality", "Turkey, a neutral country, hosted the two delegations."),
    ("nato_neutrality", "The club must drop its ambitions of promotion."),
    ("territorial_recognition", "The bank accepted the new status of the company's bonds."),
    ("territorial_recognition", "The province gave aid to the areas hit by the flood."),
    ("elections", "The army stood down after the parade."),
    ("elections", "The newly elected president of the chess federation spoke first."),
    ("reparations", "Kyiv holds Moscow responsible for the strike on the dam."),
    ("reparations", "The EU will fund the reconstruction of the bridge."),
    ("reparations", "Diplomats will try to persuade the leaders to meet."),
    ("negotiation_format", "The team sat in fourth place in the table after the break."),
    ("negotiation_format", "The talks ended without agreement on fishing quotas."),
    ("negotiation_format", "The cabinet met at the table in the garden."),
    ("negotiation_format", "The talks will be held in Doha next week."),
    # preconditions say what is asked before talks, a peace summit is an event: neither names who sits at the table
    ("negotiation_format", "The government offered talks without preconditions."),
    ("negotiation_format", "The president asked for a peace summit on the Sahel."),
]


@pytest.mark.parametrize("type_, text", POSITIVE)
def test_the_general_vocabulary_of_each_type_is_a_mention(mentions, type_, text):
    assert type_ in mentions(text)


@pytest.mark.parametrize("type_, text", NEGATIVE)
def test_a_types_words_without_its_sense_are_no_mention(mentions, type_, text):
    assert type_ not in mentions(text)


def test_every_type_has_positive_and_negative_sentences():
    types = set(cached_patterns().extra["conditions"]["types"])
    assert {t for t, _ in POSITIVE} == types
    assert {t for t, _ in NEGATIVE} == types


def test_mention_precision_and_recall_on_these_sentences(mentions):
    """Over every (sentence, type) pair above: the lexicon names the types the sentences are about and no other
    type of the closed list more than rarely (a sentence may name two types: 'a truce with guarantees')."""
    found = [(t, mentions(text)) for t, text in POSITIVE]
    recall = sum(t in got for t, got in found) / len(found)
    wrong = sum(t in mentions(text) for t, text in NEGATIVE)
    assert recall == 1.0 and wrong == 0


@pytest.mark.parametrize("text, type_", [
    # a demand word before a type's words in another sense: the full run sets no condition of that type
    ("The mayor demanded that residents be evacuated from the flooded districts.", "withdrawal"),
    ("The regulator insisted that banks ease lending rules.", "sanctions_relief"),
    ("The union demanded that the company cut its workforce.", "demilitarization"),
    ("The charity demanded that the government release funds for the flood victims.", "asset_unfreeze"),
    ("Activists demanded that the EU fund the reconstruction of the old bridge.", "reparations"),
])
def test_a_demand_of_something_else_is_no_condition(extractor, text, type_):
    cs = run_text(extractor, text)["conditions"]
    assert not [c for c in cs if c["type"] == type_], cs


@pytest.mark.parametrize("text, type_, party", [
    # the negation inside neutrality's wording is what neutrality says, not a refusal
    ("Moscow demanded a written promise that the alliance would not offer membership to Moldova.",
     "nato_neutrality", "RUS"),
    ("Minsk wants a guarantee that Lithuania would never join any military bloc.", "nato_neutrality", "BLR"),
    # refusing talks while a leader is in power sets a condition on who sits at the table
    ("Azerbaijan's president said there would be no talks with Yerevan as long as Pashinyan remains in power.",
     "negotiation_format", "AZE"),
    ("The Sudanese army said there would be no negotiations while the RSF commander stays in charge.",
     "negotiation_format", "SDN"),
    ("Armenia's prime minister demanded that Azerbaijani troops vacate the occupied villages.", "withdrawal", "ARM"),
    ("The Houthis demanded indirect negotiations via Omani intermediaries and the UN envoy.",
     "negotiation_format", "HOUTHIS"),
    ("Colombia's government demanded that the ELN lay down its weapons.", "demilitarization", "COL"),
    ("Kinshasa demanded that the M23 halt its attacks on Goma.", "ceasefire", "COD"),
])
def test_new_vocabulary_makes_conditions_end_to_end(extractor, text, type_, party):
    cs = run_text(extractor, text)["conditions"]
    assert any(c["type"] == type_ and c["stance"] == "demand" and (c["by"] or {}).get("party") == party
               for c in cs), cs
