"""A quote after a colon that ends a short clause about a named person, with no speech verb ('Kallas was
adamant:', 'Ruto struck a defiant tone:', "Ruto's message was clear:"): that person's words."""
import pytest

from test_quotes_attribution import run_text


def speaker_of(rec, start):
    return next((q["speaker"] for q in rec["quotes"] if q["text"].startswith(start)), "missing")


@pytest.mark.parametrize("intro", [
    "Sahle was adamant:",
    "Asked about a meeting with the junta, Sahle was brief:",
    "Sahle struck a defiant tone:",
    "Sahle's message to the militias was clear:",
    "She had a clear message for the militias:",
])
def test_a_colon_after_a_clause_about_a_person(extractor, intro):
    rec = run_text(extractor, "Ethiopian envoy Meron Sahle toured the border towns on Tuesday. "
                              f'{intro} "Nobody crosses this river with a rifle again."')
    assert speaker_of(rec, "Nobody crosses") == "Meron Sahle"


@pytest.mark.parametrize("intro", [
    "The banner over the square was clear:",
    "The crowd had one demand:",
    "A sign held by one protester read:",
])
def test_a_colon_after_a_clause_about_no_person_names_no_speaker(extractor, intro):
    rec = run_text(extractor, "Ethiopian envoy Meron Sahle toured the border towns on Tuesday. "
                              f'{intro} "Nobody crosses this river with a rifle again."')
    assert speaker_of(rec, "Nobody crosses") is None


@pytest.mark.parametrize("before", [
    'Somali President Hassan Sheikh Mohamud said on Monday that "al-Shabaab must lay down its arms first."',
    'Somali President Hassan Sheikh Mohamud asked: "Who will guarantee the ceasefire?"',
    "Somali President Hassan Sheikh Mohamud said the talks had to wait. Would the clans agree?",
])
def test_the_introduction_starts_after_a_sentence_closed_inside_its_marks(extractor, before):
    # The sentence before may end inside its closing mark, or on a question: its speech verb is not the colon's.
    rec = run_text(extractor, f'{before} Clan elder Abdi Warsame Farah disagreed: "Disarmament cannot come '
                              'before a political deal."')
    assert speaker_of(rec, "Disarmament cannot") == "Abdi Warsame Farah"
