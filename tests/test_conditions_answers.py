"""A side's answer to another side's terms: who owns the terms it rejects, meets or dismisses, and why."""
import pytest

from conftest import pairs


@pytest.mark.parametrize("text, owner, answerer", [
    ("The ELN said Bogota would not satisfy its demands, among them a bilateral ceasefire.", "ELN", "COL"),
    ("The Kurdish-led SDF complained that Damascus had ignored their conditions, including a ceasefire in the "
     "north-east.", "SDF", "SYR"),
])
def test_its_terms_in_an_answer_are_not_the_answerers(extractor, text, owner, answerer):
    # nobody refuses or meets its own demands: "its" on the answered terms is not bound by the answering subject
    got = pairs(extractor, text)
    assert ("ceasefire", "demand", answerer) not in got, got


def test_its_terms_restated_stay_the_subjects(extractor):
    # restating is no answer: the subject's own terms
    got = pairs(extractor, "The rebel council restated its demands on Sunday. Kinshasa must agree to a ceasefire, "
                           "M23 said.")
    assert ("ceasefire", "demand", "M23") in got, got


@pytest.mark.parametrize("text, demand, absent", [
    ("The Taliban rejected the offer as falling short of their demand for a full withdrawal.",
     ("withdrawal", "demand", "TALIBAN"), ("withdrawal", "reject", "TALIBAN")),
    ("The M23 read Kinshasa's answer but turned it down as failing to meet its conditions, above all a halt to the "
     "fighting.", ("ceasefire", "demand", "M23"), ("ceasefire", "reject", "M23")),
])
def test_a_reason_given_with_as_is_the_refusers_demand(extractor, text, demand, absent):
    got = pairs(extractor, text)
    assert demand in got and absent not in got, got


def test_throwing_out_terms_is_a_refusal_but_throwing_out_troops_is_not(extractor):
    got = pairs(extractor, "Pristina threw out Belgrade's demand for a withdrawal of Kosovo police from the north.")
    assert {("withdrawal", "reject", "XKX"), ("withdrawal", "demand", "SRB")} <= got, got
    got = pairs(extractor, "Moscow demanded a ceasefire along the river. Kyiv threw that out within hours.")
    assert ("ceasefire", "reject", "UKR") in got, got
    got = pairs(extractor, "The army threw out the rebels from the valley and then demanded a ceasefire.")
    assert not {p for p in got if p[1] == "reject"}, got
