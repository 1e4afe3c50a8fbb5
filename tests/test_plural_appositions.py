"""A plural apposition is a collective ("its allies, the loyalists of former President Saleh"): the person its
of-phrase names is whom they follow, neither the speaker of the subject nor the holder of its terms (quotes/
resolve.py, conditions/resolve.py). A group named there is the collective's own ("the fighters of the RSF"), and a
singular apposition names its head as before. Every sentence here is our own."""
import pytest

from conftest import run_text


def said_by(rec):
    return [q["speaker"] for q in rec["quotes"]]


def holders(rec, type_):
    return {(c["by"] or {}).get("party") for c in rec["conditions"] if c["type"] == type_ and c["stance"] == "demand"}


@pytest.mark.parametrize("text, person, type_, party", [
    ("The Houthi movement and its allies, the loyalists of former Yemeni President Ali Abdullah Saleh, have proposed "
     "a truce on the Saudi border.", "Ali Abdullah Saleh", "ceasefire", "HOUTHIS"),
    ("The Karen rebel group and its allies, the followers of former Myanmar leader Aung San Suu Kyi, have proposed a "
     "truce in the east.", "Aung San Suu Kyi", "ceasefire", "KNU"),
])
def test_a_person_a_plural_apposition_follows_neither_speaks_nor_holds(extractor, text, person, type_, party):
    rec = run_text(extractor, text)
    assert person not in said_by(rec) and person not in [s["name"] for s in rec["speakers"]], rec["quotes"]
    assert party in holders(rec, type_), rec["conditions"]


@pytest.mark.parametrize("text, type_, party", [
    # a group in the of-phrase is the collective's own side
    ("The Sudanese paramilitary forces, the fighters of the RSF, demanded a ceasefire.", "ceasefire", "RSF"),
    # a singular apposition names its head
    ("Colombia's last active guerrilla group, the National Liberation Army (ELN), demanded a bilateral ceasefire.",
     "ceasefire", "ELN"),
])
def test_a_group_in_an_apposition_still_names_the_side(extractor, text, type_, party):
    assert party in holders(run_text(extractor, text), type_)


def test_a_singular_apposition_with_an_of_phrase_keeps_its_name(extractor):
    rec = run_text(extractor, "The army's spokesman, the head of the information office Nabil Abdallah, said the "
                              "RSF must withdraw from Khartoum.")
    assert said_by(rec) == ["Nabil Abdallah"]
