"""Two verb shapes that name a term in a phrase of the verb other than its object: a verb of supplying gives what
its "with" phrase names ("provide the rebels with guarantees": verb_terms.jsonl, role "with"), and a verb of
barring keeps a side from membership of the alliance ("exclude Georgia from membership in NATO":
conditions.jsonl). Own sentences, conflicts other than the articles the rows were measured on; negatives for the
civil senses."""
import pytest

from conftest import pairs

FOUND = [
    ("The SPLM-N demands that the African Union provide its fighters with security guarantees.",
     ("security_guarantees", "demand", "SPLM-N")),
    ('"Until Bamako and its partners provide us with guarantees, we will not disarm," the FLA spokesman said.',
     ("security_guarantees", "demand", "FLA")),
    ("Hamas insists that Egypt and Qatar supply the movement with security assurances before any exchange.",
     ("security_guarantees", "demand", "HAMAS")),
    ("The ELN wants Bogota to provide its negotiators with guarantees before the talks resume.",
     ("security_guarantees", "demand", "ELN")),
    ("The Kremlin wants the West to exclude Moldova from membership in the bloc.", ("nato_neutrality", "demand", "RUS")),
    ("Moscow demands that the West exclude Georgia from membership in NATO.", ("nato_neutrality", "demand", "RUS")),
    ("The Kremlin insisted that Western nations stop arming Moldova and bar it from membership of the alliance.",
     ("nato_neutrality", "demand", "RUS")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_the_term_in_a_phrase_of_the_verb(extractor, text, expected):
    assert expected in pairs(extractor, text)


CIVIL = [
    # loan guarantees are the type's other senses; what else a side is supplied with is no guarantee
    ("The IMF demanded that the bank provide the airline with loan guarantees.", "security_guarantees"),
    ("Kyiv demanded that Washington provide the army with more air defence systems.", "security_guarantees"),
    # a singular guarantee is a warranty, as on the object row
    ("The union demanded that the firm provide every worker with a written guarantee of pay.",
     "security_guarantees"),
    # membership of something that is no alliance
    ("The league demanded that the club exclude the striker from membership in the players' union.",
     "nato_neutrality"),
]


@pytest.mark.parametrize("text,type_", CIVIL)
def test_civil_senses_name_nothing(extractor, text, type_):
    assert not any(t == type_ for t, _, _ in pairs(extractor, text))
