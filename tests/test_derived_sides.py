"""Sides the party tables lack (src/peacecond/derived.py) and sides named by a description
(src/peacecond/conditions/collectives.py, sides.Sides.described): codes by the gold guide's rule, from the article's
own words. Every sentence here is our own, about conflicts the shared sets do not hold."""
import pytest

from conftest import run_text


def holders(rec, type_, stance="demand"):
    return {(c["by"] or {}).get("party"): (c["by"] or {}).get("name") for c in rec["conditions"]
            if c["type"] == type_ and c["stance"] == stance}


# ----- derived codes ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party, name", [
    # the acronym the article defines for the name
    ("The Kuki National Army (KNA) demanded the withdrawal of state police from the hill districts before any "
     "talks.", "withdrawal", "KNA", "Kuki National Army"),
    # the acronym, defined once, used alone after
    ("Fighters of the Movement for Democracy and Justice in Chad (MDJT) attacked a garrison in Tibesti. The MDJT "
     "demanded the withdrawal of government troops from the mountains.", "withdrawal", "MDJT", "MDJT"),
    # an acronym in brackets right after the name, in another language's word order, after an "of" phrase
    ("The Patriotic Resistance Front of Ituri (FRPI) demanded the withdrawal of the army from its villages before "
     "peace talks.", "withdrawal", "FRPI", "Patriotic Resistance Front of Ituri"),
    # an acronym with a hyphen keeps it, as the tables' codes do (SPLM-IO, CPN-M), defined and used alone after
    ("Fighters of the Baloch Liberation Front-Azad (BLF-A) attacked a checkpoint near Turbat. The BLF-A demanded the "
     "withdrawal of paramilitary troops from Kech district.", "withdrawal", "BLF-A", "BLF-A"),
    ("The Sanaag Unity Front-North (SUF-N) demanded a ceasefire with the regional forces.", "ceasefire", "SUF-N",
     "Sanaag Unity Front-North"),
    # no acronym: the short name in capitals, spaces and punctuation dropped
    ("The Karenni Army demanded the withdrawal of junta troops from Loikaw before any ceasefire.", "withdrawal",
     "KARENNIARMY", "Karenni Army"),
    # an acronym the article uses for a side, before a word for one
    ("“We will not disarm before the army's troops leave our valleys,” said Ana Mutasa, the ZPF leader.",
     "withdrawal", "ZPF", "Ana Mutasa"),
    # a table's name ending a longer name, after words of its own, is another group's (the Sudan Liberation Army,
    # Colombia's National Liberation Army): the longer name is the side, and "the rebels" after it stand for it
    ("The South Sudan Liberation Army (SSLA) attacked a garrison near Malakal. The movement demanded the withdrawal "
     "of government troops from the town.", "withdrawal", "SSLA", "SSLA"),
    ("The Zomi National Liberation Army (ZNLA) attacked a garrison near Tedim. The rebels demanded the withdrawal of "
     "junta troops from the hills.", "withdrawal", "ZNLA", "ZNLA"),
])
def test_a_side_the_tables_lack_gets_a_code_by_the_guides_rule(extractor, text, type_, party, name):
    rec = run_text(extractor, text)
    assert holders(rec, type_).get(party, "missing") == name, rec["conditions"]


@pytest.mark.parametrize("text, type_, party", [
    # a state's own forces are the state
    ("The Sudanese Armed Forces demanded the withdrawal of the paramilitaries from the capital.", "withdrawal", "SDN"),
    ("The Lebanese Army demanded the withdrawal of Israeli troops from the border hills.", "withdrawal", "LBN"),
    # a spelling the table lacks of a side it knows keeps the side's code (its initials are a table acronym)
    ("The Kachin Independent Army demanded the withdrawal of junta troops from Laiza.", "withdrawal", "KIA"),
    # a table's name that starts a longer one is a unit of that side, not another group
    ("The ELN Central Command demanded the withdrawal of army troops from Arauca.", "withdrawal", "ELN"),
    ("The Sudan Liberation Army attacked a garrison near Nyala. The rebels demanded the withdrawal of government "
     "troops.", "withdrawal", "SLM"),
])
def test_a_known_side_keeps_its_code(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert party in holders(rec, type_), rec["conditions"]


@pytest.mark.parametrize("text", [
    # not a side: an organisation whose name's head is no word for one, an outlet, a ministry
    "The International Crisis Group called for a ceasefire in the east and for talks with the rebels.",
    "The Liberation Times reported that the rebels demanded a ceasefire in the east.",
    "The Ministry of Defence of Ruritania called for a ceasefire in the east.",
    # a state's own force named without its state; a party any state has, told apart by no word
    "The Border Security Force demanded the withdrawal of the militants from the villages near the frontier.",
    "The Labour Party demanded a ceasefire and the release of all hostages held in the war.",
])
def test_descriptions_outlets_and_ministries_are_no_derived_side(extractor, text):
    rec = run_text(extractor, text)
    derived = {p for c in rec["conditions"] for p in [(c["by"] or {}).get("party")] if p and len(p) > 3}
    assert not derived, rec["conditions"]


@pytest.mark.parametrize("text, party", [
    ("The Karenni Army attacked an army post near Loikaw on Monday. The group demanded the withdrawal of junta "
     "troops from the state before any peace talks.", "KARENNIARMY"),
    # an acronym that is also a state's code (KNA is Saint Kitts and Nevis's) is the group's in this article
    ("The Kuki National Army (KNA) attacked a post on Monday. The rebels demanded the withdrawal of the army from "
     "the hills before peace talks.", "KNA"),
])
def test_the_group_or_the_rebels_stand_for_a_derived_side(extractor, text, party):
    rec = run_text(extractor, text)
    assert party in holders(rec, "withdrawal"), rec["conditions"]


def test_derived_bodies_read_the_articles_words(nlp_working):
    doc = nlp_working("The Patriotic Front of Ruritania (PFR) met in Zenda. The PFR and the Malian Armed Forces "
                      "traded fire. Reuters said the Kingdom Times and the Norwegian Refugee Council had staff there.")
    sides = doc._.pc_sides
    got = {(name, code) for _, _, name, code in sides.bodies() if code in sides.derived_codes()}
    assert got == {("Patriotic Front of Ruritania", "PFR"), ("PFR", "PFR")}
    assert sides.kind("PFR") == "group" and sides.kind("EU") == "bloc" and sides.kind(None) is None


# ----- collective descriptions ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    # "the opposition" with no side called so: a side of its own, not the state it opposes
    ("The Belarusian opposition demanded new elections before any peace talks with the government in Minsk.",
     "elections", "OPPOSITION"),
    # the side the article calls the opposition, before or after
    ("The opposition Democratic Alliance rallied in the capital. Later the opposition demanded elections under a "
     "neutral caretaker government as a condition of the peace process.", "elections", "DEMOCRATICALLIANCE"),
    # a capitalised head word of a side's name stands for that side
    ("The Kuki Liberation Front held a congress in the hills. The Front demanded elections before any peace deal.",
     "elections", "KUKILIBERATIONFRONT"),
])
def test_a_description_stands_for_the_side_it_fits(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert party in holders(rec, type_), rec["conditions"]


def test_a_derived_side_outside_any_conflict_holds_nothing(extractor):
    """As a term no side holds: in a text that names no war, truce, region or armed group, a side coded from the
    article's words is another field's (a party demanding early elections)."""
    rec = run_text(extractor, "The opposition demanded new elections after the budget vote.")
    assert not rec["conditions"]


@pytest.mark.parametrize("text", [
    "Moscow reiterated its opposition to the plan and demanded the withdrawal of foreign troops.",
    "Despite Ankara's opposition, Athens demanded the withdrawal of foreign troops from the island.",
])
def test_an_objection_is_no_opposition_side(extractor, text):
    rec = run_text(extractor, text)
    assert "OPPOSITION" not in holders(rec, "withdrawal") and holders(rec, "withdrawal"), rec["conditions"]


def test_an_opposition_leader_speaks_for_the_opposition(extractor):
    rec = run_text(extractor, "“There can be no peace talks before new elections are called,” said Lidia Moreno, "
                              "the Nicaraguan opposition leader.")
    assert {s["name"]: s["party"] for s in rec["speakers"]} == {"Lidia Moreno": "OPPOSITION"}
    assert "OPPOSITION" in holders(rec, "elections"), rec["conditions"]


# ----- a person nobody quoted, by what the article says of them ---------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Amina Diallo, Mali's foreign minister, demanded the withdrawal of the foreign troops from Kidal.", "withdrawal",
     "MLI"),
    ("Lidia Moreno, the Nicaraguan opposition leader, demanded new elections before any peace talks.", "elections",
     "OPPOSITION"),
    # a state's demonym beside "opposition" is where, not whose
    ("Nicaraguan opposition leader Lidia Moreno demanded new elections before any peace talks.", "elections",
     "OPPOSITION"),
])
def test_a_described_person_holds_for_their_side(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert party in holders(rec, type_), rec["conditions"]


def test_a_spokesman_for_a_derived_side_speaks_for_it(extractor):
    rec = run_text(extractor, "The Kuki National Army attacked a police post on Monday. “Peace talks can only begin "
                              "once the army withdraws from the hills,” said Lal Thanga, a spokesman for the Kuki "
                              "National Army.")
    assert {s["name"]: s["party"] for s in rec["speakers"]} == {"Lal Thanga": "KUKINATIONALARMY"}
    assert holders(rec, "withdrawal") == {"KUKINATIONALARMY": "Lal Thanga"}, rec["conditions"]


# ----- "the government" with no government named before -----------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Fighting went on in the Cabo Delgado province of Mozambique this week. The government demanded that the "
     "insurgents lay down their arms before any talks.", "demilitarization", "MOZ"),
    ("Maoist rebels attacked a police post in western Nepal. The authorities insisted that the rebels surrender "
     "their weapons before talks.", "demilitarization", "NPL"),
])
def test_the_government_of_the_one_state_named(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert party in holders(rec, type_), rec["conditions"]


@pytest.mark.parametrize("text, party", [
    # the state last named with any government word
    ("The Sri Lankan government rejected the offer. The administration demanded that the Tigers lay down their arms "
     "before peace talks.", "LKA"),
    # a conjunct's rebel word does not make the government's demonym a place
    ("The Ethiopian government and the Oromo rebels met in Zanzibar. The authorities demanded that the rebels lay "
     "down their arms before any peace deal.", "ETH"),
])
def test_the_authorities_after_a_government_named(extractor, text, party):
    rec = run_text(extractor, text)
    assert party in holders(rec, "demilitarization"), rec["conditions"]


def test_the_government_after_two_states_is_neither(extractor):
    rec = run_text(extractor, "Rwanda and Uganda traded accusations over the border. The government demanded the "
                              "withdrawal of foreign troops.")
    got = holders(rec, "withdrawal")
    assert got and not {"RWA", "UGA"} & set(got), rec["conditions"]  # (the demand is read, held by neither)


def test_a_group_name_the_model_tags_as_a_person_still_titles_its_spokesman(extractor):
    """The model often tags "Boko Haram" PERSON: a side's name in the title is no other person's name ending it."""
    rec = run_text(extractor, "Boko Haram spokesman Abu Zaid said the group would not lay down its arms while soldiers "
                              "occupy its villages.")
    assert {s["name"]: s["party"] for s in rec["speakers"]} == {"Abu Zaid": "BOKOHARAM"}


# ----- a group named by its people's word before a word for an armed group ----------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("The Karen rebels demanded the withdrawal of junta troops from their villages before any peace talks.",
     "withdrawal", "KNU"),
    ("Baloch insurgents demanded the withdrawal of Pakistani troops from the province before any talks.",
     "withdrawal", "BLA"),
    # a state's demonym may be one ("Nepalese rebels" were the Maoists), and still says where, not whose
    ("Nepalese rebels demanded elections to a constituent assembly as a condition for ending the war.", "elections",
     "CPN-M"),
])
def test_a_rebel_word_names_its_group(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert party in holders(rec, type_), rec["conditions"]


def test_a_rebel_word_before_no_word_for_an_armed_group_names_nothing(extractor):
    rec = run_text(extractor, "Tamil civilians demanded the withdrawal of troops from Jaffna before peace talks.")
    got = holders(rec, "withdrawal")
    assert got and "LTTE" not in got, rec["conditions"]  # (the demand is read, held by no group)


def test_a_rebel_commander_speaks_for_the_group(extractor):
    rec = run_text(extractor, "“We will not lay down our arms while soldiers occupy our land,” said Ibrahim Ag "
                              "Moussa, a Tuareg rebel commander.")
    assert {s["name"]: s["party"] for s in rec["speakers"]} == {"Ibrahim Ag Moussa": "FLA"}


# ----- the person table (patterns/actors.jsonl): a person the article gives no word of their side -----------------
# Spellings other than the common one: a surname spelled otherwise is a row of its own, so the article's spelling
# stays the speaker's name; a title before a name, a dotless initial or another given name is a variant of the row.
@pytest.mark.parametrize("text, name, party, type_", [
    ("“There will be no talks until the rebels lay down their arms and leave the forests,” Khalifa Hafter "
     "said at a rally.", "Khalifa Hafter", "LNA", "demilitarization"),
    ("“We will not withdraw our troops until the militants disarm,” Bashar al-Asad told reporters after the attack "
     "on the base.", "Bashar al-Asad", "SYR", "demilitarization"),
    ("“Foreign soldiers must leave the country before any talks on the transition,” Abdourahmane Tiani said on "
     "state television.", "Abdourahamane Tiani", "NER", "withdrawal"),
    ("Mullah Baradar said the movement would keep its fighters in the provinces until the foreign troops had left.",
     "Abdul Ghani Baradar", "TALIBAN", "withdrawal"),
    ("“The regime must disarm before sanctions are lifted,” George W Bush said at the press conference.",
     "George W. Bush", "USA", "demilitarization"),
])
def test_a_known_person_holds_for_their_side(extractor, text, name, party, type_):
    rec = run_text(extractor, text)
    assert {s["name"]: s["party"] for s in rec["speakers"]} == {name: party}
    assert party in holders(rec, type_), rec["conditions"]


def test_an_honorific_before_a_known_name_is_the_same_person(extractor):
    rec = run_text(extractor, "Al Haj Murad Ebrahim said the front would decommission its fighters only after the "
                              "autonomy law was passed.")
    assert {s["name"]: s["party"] for s in rec["speakers"]} == {"Murad Ebrahim": "MILF"}
