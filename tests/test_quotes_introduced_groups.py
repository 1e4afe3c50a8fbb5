""""The rebels said" after the story introduced an armed group with that word: "Rebels of the X (ACR)", "the X
rebels", "Fighters of the X" (quotes/orgs.py `_introduced_as`), also when the model tagged only the bracketed
acronym or none of the name (a body of the gazetteer). A word for fighters that opens a sentence is no person's
name. With no group introduced by the word, the quote stays unattributed. Every sentence here is our own."""
import pytest

from conftest import direct, run_text


@pytest.mark.parametrize("text, speaker", [
    ('Rebels of the Arakan Army (AA) yesterday demanded an intervention by the UN. "We demand an urgent UN '
     'intervention in order to end the tragedy in Rakhine," the rebels said in a statement.', "Arakan Army"),
    ('The M23 rebels seized Goma on Monday. "We will not withdraw from the city until the government talks to us," '
     'the rebels said in a statement.', "M23"),
    ('Fighters of the M23 seized Goma. "We will not withdraw from the city until the government talks to us," the '
     'fighters said in a statement.', "M23"),
])
def test_the_word_a_group_was_introduced_with_speaks_for_it(extractor, text, speaker):
    assert [s for _, s in direct(run_text(extractor, text))] == [speaker]


def test_a_group_not_introduced_by_the_word_is_not_guessed(extractor):
    text = ('The M23 seized Goma on Monday. "We will not withdraw from the city until the government talks to us," '
            'the rebels said in a statement.')
    assert [s for _, s in direct(run_text(extractor, text))] == [None]


@pytest.mark.parametrize("text", [
    "Rebels of the Arakan Army said the junta must withdraw from Rakhine.",
    "Militants of the Islamic State said the army must withdraw from the desert towns.",
])
def test_a_word_for_fighters_opening_a_sentence_is_no_name(extractor, text):
    rec = run_text(extractor, text)
    assert all(s["name"].lower() not in {"rebels", "militants"} for s in rec["speakers"]), rec["speakers"]
