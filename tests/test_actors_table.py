"""The table of people (patterns/actors.jsonl): a person it knows speaks for their side even where the story names
them by surname alone; a surname that many people bear names nobody in particular; a bad row names file and line."""
import json

import pytest

from conftest import append_line, run_text
from peacecond.errors import PatternError
from peacecond.patterns import Patterns

# Surnames too common in the news to stand for one person; the table never writes them alone.
COMMON = {"Khan", "Kim", "Ali", "Abdullah", "Lee", "Singh", "Mohammed", "Mohamed", "Hassan", "Ahmed", "Hussein",
          "Sharif", "Park", "Wang", "Li", "Zhang", "Martin", "Smith", "Miller", "Brown", "Johnson", "Rodriguez",
          "Garcia", "Lopez", "Gonzalez", "Rahman", "Omar", "Ibrahim", "Mustafa", "Saleh", "Bush", "Clinton",
          "Rajapaksa", "Aoun", "Hariri", "Bhutto", "Adams", "Powell", "Rice", "May", "Major", "Sanchez", "Marcos"}


def speaker_sides(rec):
    return {s["name"]: s["party"] for s in rec["speakers"]}


def conditions(rec):
    return {(c["type"], c["stance"], c["by"]["party"] if c["by"] else None) for c in rec["conditions"]}


@pytest.fixture(scope="module")
def table():
    return Patterns.load()


@pytest.mark.parametrize("text, name, party", [
    ("Ocalan said in a letter read out by his lawyers that the guerrillas could leave Turkish soil within a year.",
     "Abdullah Ocalan", "PKK"),
    ("Prabhakaran told a rally in Kilinochchi that the Tigers would keep their guns until a federal deal was "
     "signed.", "Velupillai Prabhakaran", "LTTE"),
    ("Misuari warned on Friday that the accord would fall apart unless Manila honoured the autonomy it promised.",
     "Nur Misuari", "MNLF"),
    ("Trimble insisted that no executive could be formed before the arms dumps were emptied.",
     "David Trimble", "UUP"),
    ("Dodik said the Serb entity would hold its own vote on the authority of the state court.",
     "Milorad Dodik", "REPUBLIKASRPSKA"),
])
def test_a_known_person_named_by_surname_alone_speaks_for_their_side(extractor, text, name, party):
    assert speaker_sides(run_text(extractor, text)) == {name: party}


@pytest.mark.parametrize("text, condition", [
    ("Machar demanded that government troops withdraw from the river towns before he would return to Juba.",
     ("withdrawal", "demand", "SPLM-IO")),
    ("Haftar rejected any ceasefire while foreign fighters remained in the western towns.",
     ("ceasefire", "reject", "LNA")),
])
def test_what_a_known_person_demands_or_rejects_is_their_sides(extractor, text, condition):
    assert condition in conditions(run_text(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("Khan said the convoy had been held at the border crossing for three days.", "Khan"),
    ("Sharif told reporters that the ferry would run again from Monday.", "Sharif"),
    ("Miller said the harvest had been the worst in a decade.", "Miller"),
    # a surname the table writes only inside a full name ("Jake Sullivan") is nobody's alone either
    ("Sullivan, a fisherman from the harbour town, said the new quota was unfair.", "Sullivan"),
])
def test_a_common_surname_alone_names_nobody_in_particular(extractor, text, name):
    assert speaker_sides(run_text(extractor, text)) == {name: None}


def test_the_story_names_which_person_of_a_common_surname_it_means(extractor):
    rec = run_text(extractor, "Prime Minister Shehbaz Sharif arrived in Tashkent on Monday. Sharif said the water "
                              "treaty could not be suspended by one side alone.")
    assert speaker_sides(rec) == {"Shehbaz Sharif": "PAK"}


@pytest.mark.parametrize("surname, name", [("Rouhani", "Hassan Rouhani"), ("Rohani", "Hassan Rohani")])
def test_another_spelling_of_a_surname_keeps_the_storys_spelling_and_the_side(extractor, surname, name):
    rec = run_text(extractor, f"{surname} said the enrichment limits could be restored once the banks were "
                              "reconnected.")
    assert speaker_sides(rec) == {name: "IRN"}


def test_the_table_writes_no_common_surname_alone_and_gives_every_person_a_side(table):
    people = [a for a in table.actors.values() if a["kind"] == "person"]
    assert len(people) >= 400
    assert all(a["party"] for a in people)
    alone = {v for a in people for v in a["variants"] if " " not in v}
    assert not alone & COMMON


@pytest.mark.parametrize("row, message", [
    ({"id": "Ana Ruiz", "party": "farc", "kind": "person", "variants": ["Ana Ruiz"]}, "is no party code"),
    ({"id": "Ana Ruiz", "party": "COL", "kind": "person", "variants": []}, "variants must name at least one spelling"),
    ({"id": "Someone Else", "party": "PKK", "kind": "person", "variants": ["Someone Else", "Ocalan"]},
     "variant 'Ocalan' already names 'Abdullah Ocalan'"),
    # a code of the right shape that no table knows (a typo of "LTTE")
    ({"id": "Ana Ruiz", "party": "LTET", "kind": "person", "variants": ["Ana Ruiz"]},
     "'LTET' is no party of parties.jsonl, groups.jsonl or pycountry"),
])
def test_a_bad_person_row_names_file_and_line(pdir, row, message):
    n = append_line(pdir / "actors.jsonl", json.dumps(row))
    with pytest.raises(PatternError) as info:
        Patterns.load(pdir)
    assert str(info.value).startswith(f"{pdir / 'actors.jsonl'}:{n}: ") and message in str(info.value)
