"""A negating phrase fronted before an inverted subject ("In no way does the truce mean ...", "Under no
circumstances is a ceasefire acceptable"): it negates what the clause says of its subject, as "not" after the
subject would (negation.reaches, phrase_head). A subject is refused only by a predicate of assent (also one the
parser, misled by the inversion, hung inside the subject's own phrase: negation.assent_after) or a passive of it;
a predicate that says what the term means, implies or is refuses nothing. Our own sentences, several conflicts."""
import pytest

from conftest import run_text


def kinds(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


@pytest.mark.parametrize("text, refused", [
    ("Under no circumstances is a withdrawal from Donbas acceptable, Zelensky said.", ("withdrawal", "reject", "UKR")),
    ("Under no circumstances is a ceasefire acceptable, Netanyahu said.", ("ceasefire", "reject", "ISR")),
    ("In no way is a truce with the RSF acceptable, Burhan said.", ("ceasefire", "reject", "SDN")),
    ("In no way is a ceasefire with the junta possible, the KIA said.", ("ceasefire", "reject", "KIA")),
    # the phrase before the act itself, and a passive of the term: as before
    ("Under no circumstances will the army withdraw from Khartoum, Burhan said.", ("withdrawal", "reject", "SDN")),
    ("Under no circumstances will the annexation of Crimea be recognised, Kyiv said.",
     ("territorial_recognition", "reject", "UKR")),
    ("Under no circumstances will the sanctions be lifted, the EU said.", ("sanctions_relief", "reject", "EU")),
])
def test_a_fronted_negation_refuses_the_act_or_an_assent_to_it(extractor, text, refused):
    assert refused in kinds(extractor, text)


@pytest.mark.parametrize("text, term", [
    ("In no way does the truce mean that Hamas has won, Netanyahu said.", "ceasefire"),
    ("Under no circumstances does the ceasefire imply recognition of the border, Baku said.", "ceasefire"),
    ("In no way is the ceasefire a surrender, the RSF said.", "ceasefire"),
    ("By no means is the withdrawal of Russian troops a concession, Lavrov said.", "withdrawal"),
    ("Under no circumstances are the sanctions a bargaining chip, the EU said.", "sanctions_relief"),
    # an adjective of assent of another conjunct, and a predicate noun that only describes
    ("It was not a withdrawal but a regrouping acceptable to Moscow, Kyiv said.", "withdrawal"),
    ("By no means was this a ceasefire, the monitors said.", "ceasefire"),
])
def test_a_fronted_negation_of_what_the_term_means_refuses_nothing(extractor, text, term):
    got = kinds(extractor, text)
    assert not any(k[0] == term and k[1] == "reject" for k in got), got
