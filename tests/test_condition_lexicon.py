"""The cue lexicon of each condition type (issue 13, stage 1) as word families, not as the phrases of articles read:
each family below is shown with our own sentences from conflicts other than Ukraine's, and each new word with the
off-topic senses it must not take ('withdraw an application', 'guarantee a loan', 'the summit of the mountain').
A hyphenated word is several tokens to the tokenizer, so a rule that lists it as one word can never match: the loader
refuses it, and every word the shipped rules list is one token."""
import json
import shutil

import pytest

from conftest import ROOT, run_text
from peacecond.errors import PatternError
from peacecond.patterns import Patterns, cached_patterns
from test_condition_mentions import mentions  # noqa: F401 (the fixture: text -> the types the lexicon names)

FAMILIES = [
    # withdrawal: a participle after the troop word, land one took
    ("withdrawal", "Baku wants Armenian armed formations removed from Karabakh."),
    ("withdrawal", "The Kurds want Turkish-backed militias removed from Afrin."),
    ("withdrawal", "The government says ELN guerrillas must abandon the towns they control."),
    ("withdrawal", "Yerevan insists that Azerbaijani troops retreat from Armenian sovereign territory."),
    ("withdrawal", "Hamas wants Israeli troops to pull out of Gaza under the deal."),
    ("withdrawal", "Kinshasa insists that Rwanda withdraw from the occupied territories."),
    # territorial recognition: claims given up, a breakaway state recognised, partition, villages handed over
    ("territorial_recognition", "Baku demands that Yerevan give up its claims to Karabakh."),
    ("territorial_recognition", "Athens wants Ankara to drop its claims over the islands."),
    ("territorial_recognition", "Ankara wants the world to recognise the Turkish Cypriot state."),
    ("territorial_recognition", "Serbia will not accept the partition of Kosovo along ethnic lines."),
    ("territorial_recognition", "Azerbaijan demands that Armenia hand over four border villages."),
    ("territorial_recognition", "Addis Ababa will not surrender Western Tigray to the Tigrayan authorities."),
    ("territorial_recognition", "China demands that the world accept Taiwan as part of China."),
    # neutrality: hyphenated statuses, staying away from blocs, becoming a member, being barred from joining
    ("nato_neutrality", "Russia wants Ukraine to remain a non-aligned state."),
    ("nato_neutrality", "Moscow wants Baku to stay away from Western military blocs."),
    ("nato_neutrality", "Russia insists that Georgia never become a member of NATO."),
    ("nato_neutrality", "Russia wants a treaty barring Ukraine from joining NATO."),
    ("nato_neutrality", "Russia wants Moldova to remain militarily neutral."),
    # sanctions relief: economic restrictions, embargoes, passives (a military blockade of a place is a siege, no
    # sanction: test_conditions_third_parties)
    ("sanctions_relief", "Cuba demands that Washington lift the trade blockade on the island."),
    ("sanctions_relief", "Minsk wants the EU to roll back the restrictions on potash exports."),
    ("sanctions_relief", "Moscow insists that the restrictions on its banks be removed."),
    ("sanctions_relief", "Belarus wants the embargo on its fertiliser lifted."),
    ("sanctions_relief", "Caracas insists that the oil sanctions be suspended."),
    ("sanctions_relief", "Damascus called for an end to the embargo."),
    # asset unfreeze: the asset words beyond 'assets', the freeze lifted, access to frozen funds
    ("asset_unfreeze", "Tehran wants its frozen oil revenues released from Iraqi banks."),
    ("asset_unfreeze", "Libya wants the freeze on its sovereign wealth fund lifted."),
    ("asset_unfreeze", "The Taliban demanded access to the frozen funds."),
    ("asset_unfreeze", "The Taliban demand that the US release the $7 billion in frozen reserves."),
    ("asset_unfreeze", "Afghanistan's rulers want their frozen money back."),
    # minority rights: autonomy, self-rule, a people's community, its language
    ("minority_rights", "Kosovo Serbs want autonomy for their municipalities in the north."),
    ("minority_rights", "The Bangsamoro leaders demand self-rule for the Muslim regions of Mindanao."),
    ("minority_rights", "The Banyamulenge demand protection of the Tutsi community in South Kivu."),
    ("minority_rights", "The Tamils demand the protection of their language and culture."),
    ("minority_rights", "Budapest demands that Ukraine restore Hungarian-language schooling."),
    ("minority_rights", "The Rohingya demand the restoration of their citizenship rights."),
    # demilitarisation: buffer zones, heavy weapons scrapped, militias integrated, cantonment, stripped of arms
    ("demilitarization", "The deal requires a buffer zone along the border with Lebanon."),
    ("demilitarization", "Baku demands that Armenia scrap its army's heavy artillery."),
    ("demilitarization", "The army insists the RSF be integrated into the armed forces and dissolved."),
    ("demilitarization", "Kinshasa insists the militias must be disbanded before any talks."),
    ("demilitarization", "The deal provides for the cantonment of TPLF fighters."),
    ("demilitarization", "Israel wants Hamas stripped of its weapons."),
    ("demilitarization", "Baku wants Armenia to stop buying French weapons."),
    # security guarantees: guarantor powers, guarantees against an offensive, guaranteeing a truce, defence pledges
    ("security_guarantees", "Cyprus wants the system of guarantor powers abolished and replaced by new guarantees."),
    ("security_guarantees", "Armenia insists on guarantees against a new Azerbaijani offensive."),
    ("security_guarantees", "Kyiv wants European troops on the ground to guarantee any truce."),
    ("security_guarantees", "Kyiv wants allies to commit to defend it if Russia attacks again."),
    ("security_guarantees", "Georgia demands a Western commitment to its defence."),
    # ceasefire: rockets and shells no longer fired, guns silent
    ("ceasefire", "Kinshasa demanded that the rebels stop lobbing shells at the camps."),
    ("ceasefire", "Israel wants Hamas to stop launching rockets."),
    ("ceasefire", "The mediators want the guns to fall silent in Sudan."),
    # elections: power back to civilians, a leader resigning, a referendum demanded, a leader's resignation
    ("elections", "The junta must return power to an elected civilian government, ECOWAS said."),
    ("elections", "The rebels demand that the president resign before talks."),
    ("elections", "The protesters insist on a referendum on the new constitution."),
    ("elections", "The protesters demand the resignation of the prime minister."),
    ("elections", "The opposition wants internationally-monitored elections."),
    # reparations: rebuilding at the other side's expense, trials before a court, holding leaders to account
    ("reparations", "Gaza must be rebuilt at Israel's expense, Hamas said."),
    ("reparations", "Tigray insists that the perpetrators be tried before an international court."),
    ("reparations", "The victims want the generals tried for war crimes."),
    ("reparations", "Tigray wants the perpetrators of the massacres punished."),
    ("reparations", "The families want to hold the general and his two deputies to account."),
    ("reparations", "The Yazidis demand justice for the genocide."),
    # negotiation format: summits of leaders, mediation in the passive, facilitators, at the table, named partners
    ("negotiation_format", "Yerevan proposed a summit of the two presidents in Brussels."),
    ("negotiation_format", "The army insists that the talks be mediated by the African Union."),
    ("negotiation_format", "The NPA wants Norway to remain the third-party facilitator."),
    ("negotiation_format", "Kyiv insists that Europe must be at the table."),
    ("negotiation_format", "The RSF demands a place in the talks."),
    ("negotiation_format", "Israel refuses to negotiate with Hamas directly."),
    ("negotiation_format", "Belgrade refuses to talk to Pristina as long as Kurti is prime minister."),
    ("negotiation_format", "Hamas wants Egypt and Qatar to remain the mediators."),
    ("negotiation_format", "The RSF wants the talks held in Jeddah under Saudi and US mediation."),
    ("negotiation_format", "The two leaders must meet face-to-face, the envoy said."),
    ("negotiation_format", "Moscow refuses to negotiate with Zelensky."),
]

OFF_TOPIC = [
    # the new words in their other senses
    ("demilitarization", "Baku insists the OSCE Minsk Group must be dissolved before any treaty is signed."),
    ("demilitarization", "Serbia said the Contact Group should be dismantled."),
    ("withdrawal", "The candidate decided to withdraw her application for the post."),
    ("withdrawal", "Tenants must vacate the building by Friday."),
    ("withdrawal", "Residents had to evacuate the flooded towns, the mayor said."),
    ("territorial_recognition", "The insurer dropped its claims for damages against the builder."),
    ("territorial_recognition", "The minister recognised the state of the roads as poor."),
    ("territorial_recognition", "A glass partition divides the two offices."),
    ("territorial_recognition", "The police handed Smith over to the prosecutors."),
    ("nato_neutrality", "The referee must stay neutral during the match."),
    ("sanctions_relief", "The city lifted the restrictions on water use after the rain."),
    ("sanctions_relief", "The club relaxed the restrictions on ticket sales."),
    ("asset_unfreeze", "The council lifted the freeze on hiring."),
    ("asset_unfreeze", "The lake unfroze in April."),
    ("minority_rights", "The university has autonomy over its budget."),
    ("minority_rights", "Students want more autonomy in choosing their courses."),
    ("minority_rights", "The international community must protect civilians."),
    ("minority_rights", "She travelled to the Xinjiang Uyghur Autonomous Region last year."),
    ("demilitarization", "The company will integrate the new staff into its sales force."),
    ("demilitarization", "The city will dismantle the stage after the concert."),
    ("security_guarantees", "The bank will guarantee the loan for the farmers."),
    ("security_guarantees", "The lender demanded international guarantees for the loan."),
    ("security_guarantees", "The seller offers a two-year guarantee on the car."),
    ("ceasefire", "The band took a pause between the two sets."),
    ("elections", "The club president resigned after the defeat."),
    ("elections", "The coach resigned after the defeat."),
    ("reparations", "The stadium was rebuilt at great expense."),
    ("reparations", "The family will bear the cost of the funeral."),
    ("reparations", "The figures fail to account for inflation."),
    ("negotiation_format", "The climbers reached the summit of the mountain at dawn."),
    ("negotiation_format", "The deal was brokered by a Swiss bank."),
    ("negotiation_format", "The family sat at the table for dinner."),
]


@pytest.mark.parametrize("type_, text", FAMILIES)
def test_a_types_word_family_names_it(mentions, type_, text):  # noqa: F811
    assert type_ in mentions(text)


@pytest.mark.parametrize("type_, text", OFF_TOPIC)
def test_a_new_word_in_another_sense_names_no_type(mentions, type_, text):  # noqa: F811
    assert type_ not in mentions(text)


@pytest.mark.parametrize("text, left", [
    # leaving an agreement, a process, a case is no withdrawal of troops (condition_words/agreement_nouns.txt)
    ("Moscow pulled out of the grain deal last summer.", False),
    ("The ELN threatened to withdraw from the talks in Havana.", False),
    ("The prosecutor announced the withdrawal of the charges against the commander.", False),
    ("Washington withdrew from the nuclear treaty in 2019.", False),
    ("Hamas wants Israeli troops to pull out of Gaza under the deal.", True),
    ("Kinshasa insists that Rwanda withdraw from the occupied territories.", True),
    ("The withdrawal of foreign forces from Libya must come first, the envoy said.", True),
])
def test_leaving_an_agreement_is_no_withdrawal(nlp_working, text, left):
    doc = nlp_working(text)
    assert any(t == "withdrawal" for t, _, _, _ in doc._.pc_cond_mentions) is left


def test_a_demand_to_leave_the_talks_sets_no_withdrawal(extractor):
    rec = run_text(extractor, "Moscow demanded that Kyiv withdraw from the talks in Istanbul and pull out of the "
                              "grain deal.")
    assert not [c for c in rec["conditions"] if c["type"] == "withdrawal"], rec["conditions"]


def test_every_type_has_a_family_here():
    assert {t for t, _ in FAMILIES} == set(cached_patterns().extra["conditions"]["types"])


def test_every_word_a_shipped_rule_lists_is_one_token(nlp):
    """A listed word the tokenizer splits ('non-aligned' is 'non', '-', 'aligned') would make its rule dead."""
    dead = []
    for rule in cached_patterns().extra["conditions"]["type_cues"]:
        for tok in rule["pattern"] or []:
            for key, value in tok.items():
                if key.upper() not in ("LOWER", "ORTH", "LEMMA"):
                    continue
                words = [value] if isinstance(value, str) else value.get("IN", []) if isinstance(value, dict) else []
                # an abbreviation keeps its full stop in its written case ('U.S.'); one form must be one token
                dead += [(rule["line"], w) for w in words
                         if all(len(nlp.tokenizer(form)) > 1 for form in (w, w.upper(), w.title()))]
    assert not dead


@pytest.mark.parametrize("word", ["non-aligned", "leaders'", "face-to-face"])
def test_a_hyphenated_word_in_a_token_list_is_refused_naming_file_and_line(tmp_path, word):
    folder = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", folder)
    path = folder / "conditions.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append(json.dumps({"type": "nato_neutrality", "pattern": [{"LOWER": {"IN": ["neutral", word]}},
                                                                    {"LOWER": "status"}]}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        Patterns.load(folder)
    message = str(err.value)
    assert f"conditions.jsonl:{len(lines)}:" in message and repr(word) in message
