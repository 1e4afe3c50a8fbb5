"""A speech verb set off by commas inside the clause it reports ('The talks, she said, would resume in May'):
the clause is the statement, the verb's subject its speaker."""
import pytest

from test_quotes_attribution import run_text


def indirect(rec):
    return [(q["speaker"], q["text"]) for q in rec["quotes"] if q["kind"] == "indirect"]


@pytest.mark.parametrize("text, speaker, says", [
    ("The ceasefire, Bolivian mediator Carmen Rojas said, would take effect at midnight.", "Carmen Rojas",
     "would take effect at midnight"),
    ("Ecuadorean envoy Pablo Vera met both delegations on Friday. Any agreement, he warned, must include a "
     "prisoner exchange.", "Pablo Vera", "must include a prisoner exchange"),
    ("Nepal's peace minister Sita Gurung visited the camps. The fighters, she noted on Monday, had handed in "
     "most of their weapons.", "Sita Gurung", "had handed in most of their weapons"),
])
def test_a_parenthetical_speech_verb_attributes_the_clause_around_it(extractor, text, speaker, says):
    rec = run_text(extractor, text)
    assert any(s == speaker and says in t for s, t in indirect(rec)), indirect(rec)
    assert speaker in [s["name"] for s in rec["speakers"]]


@pytest.mark.parametrize("text", [
    # a clause set off by commas that reports nothing
    "The ceasefire, which mediators announced on Friday, took effect at midnight.",
    # a participle, not a finite speech verb with its subject
    "The ceasefire, announced by both sides, took effect at midnight.",
])
def test_commas_without_a_speaking_subject_attribute_nothing(extractor, text):
    rec = run_text(extractor, text)
    assert not any(s for s, t in indirect(rec) if "midnight" in t)
