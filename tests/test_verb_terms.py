"""Terms told by a verb and what it governs (conditions/verb_terms.py, patterns/verb_terms.jsonl): the verb class
crossed with a noun class read from the parse, not from word order. Own sentences, other conflicts than the articles
the rows were measured on."""
import json

import pytest

from conftest import append_line, pairs
from peacecond.errors import PatternError
from peacecond.patterns import Patterns


FOUND = [
    # the subject of a passive ("must be halted"), a modifier that makes a hostilities noun ("military activity")
    ("Somalia's president said all al-Shabaab military activity must be halted before any talks.",
     "ceasefire", "SOM"),
    # a side's own act of war ended: "end its onslaught" (not "the bloodshed": below)
    ("The Houthis demanded that Riyadh end its onslaught on Sanaa.", "ceasefire", "HOUTHIS"),
    ("Manila wants the NPA to renounce violence before talks resume.", "ceasefire", "PHL"),
    ("Kiir said the rebels must stop their military action.", "ceasefire", "SSD"),
    # the verb of stopping with its object is a term of its own under any demand cue, a modal's too (the
    # order-bound rows it replaced waited on an explicit demand word)
    ("Bogota said the ELN must stop all its attacks on the pipeline.", "ceasefire", "COL"),
    ("Al-Shabaab will not join any talks until Mogadishu agrees to stop firing at its positions.", "ceasefire",
     "ALSHABAAB"),
    # the force that leaves is the subject; what it leaves is a place of any name
    ("Khartoum insists that the RSF militia leave civilian facilities in the capital.", "withdrawal", "SDN"),
    # the particle after the object, the object's words between
    ("Addis Ababa said the TPLF must hand all its heavy weapons over to the army.", "demilitarization", "ETH"),
    # a relative pronoun stands for the noun before it; the cue is in the relative clause
    ("The army has launched air strikes on Nyala, something the RSF says must stop before talks resume.",
     "ceasefire", "RSF"),
    ("The Houthis said the Saudi raids on Sanaa, which they say must end, have killed hundreds.", "ceasefire",
     "HOUTHIS"),
    # a naming verb's free relative: what the verb takes is the noun it names
    ("The NPA offered talks if Manila halted what it called its military offensive in Mindanao.", "ceasefire",
     "NPA"),
    ("Addis Ababa says the TPLF must end what it calls its offensive in Amhara.", "ceasefire", "ETH"),
    # the parser reads a base-form verb after its subject's name as a noun or a compound
    ("Ankara demands that the PKK renounce violence for good.", "ceasefire", "TUR"),
]


@pytest.mark.parametrize("text,type_,party", FOUND)
def test_a_verb_and_its_noun_class_name_the_type(verb_term_mentions, extractor, text, type_, party):
    assert any(t == type_ and vt for t, _, vt in verb_term_mentions(text))
    assert (type_, "demand", party) in pairs(extractor, text)


NOT_TERMS = [
    # a deal's outcome: ending the bloodshed is the goal of talks (the "end" row lists a side's acts of war only)
    ("Washington seeks a deal that ends the bloodshed in Sudan.", "ceasefire"),
    # leaving the talks is a walkout (the withdrawal type's other senses), no troops leave
    ("The rebels left the talks in Addis Ababa on Monday.", "withdrawal"),
    # a negation between the noun and its verb: no term of the mechanism's own
    ("Juba said the militia attacks on the oil fields would never be halted by force.", "ceasefire"),
    # a pronoun with no noun of the class before it in its sentence stands for nothing the row reads
    ("That must stop, Kagame said of the raids.", "ceasefire"),
]


@pytest.mark.parametrize("text,type_", NOT_TERMS)
def test_no_mention_of_the_mechanism(verb_term_mentions, text, type_):
    assert not any(t == type_ and vt for t, _, vt in verb_term_mentions(text))


# Civil senses of the rows' nouns and verbs: a cue makes these someone's demand, but no term of the conflict is named.
CIVIL = [
    # a hunger strike, a labour strike, a mine's or a rescue team's operations, violence or killings of another
    # field: the ceasefire type's other_senses (its nouns stay bare: "halt the strikes on the border villages")
    ("Jailed activists must end their hunger strike, the Egyptian interior ministry said.", "ceasefire"),
    ("The teachers' union must end its strike, the Kenyan government said.", "ceasefire"),
    ("Bolivia's mining ministry said the tin mine must suspend operations after the flood.", "ceasefire"),
    ("Ethiopia said aid agencies must suspend operations in Tigray.", "ceasefire"),
    ("The Indian coast guard had to abandon the rescue operation off Gujarat, Delhi said.", "ceasefire"),
    ("Peru's environment minister demanded a halt to the mining operation near the lake.", "ceasefire"),
    ("Nigeria's opposition demanded that the police stop the killing of protesters in Lagos.", "ceasefire"),
    ("Violence against women must stop, Colombia's vice-president said.", "ceasefire"),
    # the one who stops is the subject of the verb the stopping verb is an xcomp of
    ("Nepali rescuers had to abandon the operation because of the snow, Kathmandu said.", "ceasefire"),
    ("Zambian miners must halt their strike, Lusaka said.", "ceasefire"),
    # soldiers brought or sent home are prisoners; "bring out the army" deploys it
    ("Armenia said Azerbaijan must send back the soldiers it captured in 2020.", "withdrawal"),
    ("Yerevan wants to bring home its soldiers held in Azerbaijani captivity.", "withdrawal"),
    ("Delhi said Islamabad must take back its soldiers captured in the Kargil clashes.", "withdrawal"),
    ("Ecuador's opposition said Noboa must bring out the army to restore order in Guayaquil.", "withdrawal"),
    # staff who go back to their former posts
    ("Nepal's court ordered that the sacked employees must return to their former positions.", "withdrawal"),
    # a rotating presidency handed on; an official removed from office (the act's "of" phrase is no leadership)
    ("Denmark said the handover of the rotating EU presidency must be smooth.", "elections"),
    ("Kenya's parliament demanded the removal of the central bank governor from office.", "elections"),
]


@pytest.mark.parametrize("text,type_", CIVIL)
def test_a_civil_sense_names_no_term(extractor, text, type_):
    assert not any(t == type_ for t, _, _ in pairs(extractor, text))


@pytest.mark.parametrize("text,type_,party", [
    ("Kabul said Islamabad must halt the strikes on its border villages.", "ceasefire", "AFG"),
    ("Baku said Armenia must pull out its soldiers from Karabakh.", "withdrawal", "AZE"),
    ("Damascus demanded that Ankara bring its troops home.", "withdrawal", "SYR"),
    ("Addis Ababa said Asmara must take its troops home.", "withdrawal", "ETH"),
    # a goal row's "of" phrase names who goes back: the "to" phrase still names the class
    ("Khartoum demanded the withdrawal of RSF forces to their initial positions.", "withdrawal", "SDN"),
])
def test_the_conflict_sense_stays(extractor, text, type_, party):
    assert (type_, "demand", party) in pairs(extractor, text)


@pytest.mark.parametrize("text", ["The Tatmadaw halted its military operations in Shan state on Tuesday.",
                                  "The army stopped all its attacks on the town last week."])
def test_an_event_told_sets_no_term(verb_term_mentions, extractor, text):
    # the mention is found; no cue makes it anyone's condition
    assert any(t == "ceasefire" and vt for t, _, vt in verb_term_mentions(text))
    assert not pairs(extractor, text)


def test_without_the_rows_nothing_is_named(pdir):
    from peacecond import Extractor
    (pdir / "verb_terms.jsonl").write_text("# no rows\n", encoding="utf-8")
    ex = Extractor(gate=False, unheld=True, patterns=str(pdir))
    text = FOUND[0][0]
    assert ("ceasefire", "demand", "SOM") not in pairs(ex, text)


@pytest.mark.parametrize("row,says", [
    ({"type": "truce", "verbs": ["stop"], "nouns": ["attack"], "roles": ["object"], "note": "x"},
     "not a condition type"),
    ({"type": "ceasefire", "verbs": ["stop"], "nouns": ["attack"], "roles": ["agent"], "note": "x"}, "roles"),
    ({"type": "ceasefire", "verbs": ["Stop"], "nouns": ["attack"], "roles": ["object"], "note": "x"}, "'Stop'"),
    ({"type": "ceasefire", "verbs": ["stop"], "nouns": ["heavy air strike"], "roles": ["object"], "note": "x"},
     "'heavy air strike'"),
    ({"type": "ceasefire", "verbs": ["stop"], "nouns": ["attack"], "roles": ["object"], "note": "x", "regex": 1},
     "unknown key"),
    ({"type": "ceasefire", "verbs": ["stop"], "nouns": ["attack"], "roles": ["object"]}, "missing key 'note'"),
    ({"type": "ceasefire", "verbs": [], "nouns": ["attack"], "roles": ["object"], "note": "x"}, "at least one verb"),
])
def test_a_bad_row_names_file_and_line(pdir, row, says):
    n = append_line(pdir / "verb_terms.jsonl", json.dumps(row))
    with pytest.raises(PatternError) as err:
        Patterns.load(pdir)
    assert f"verb_terms.jsonl:{n}:" in str(err.value) and says in str(err.value)
