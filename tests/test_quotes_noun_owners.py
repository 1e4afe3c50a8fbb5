"""A quote in the 'that' clause of a speech noun is the noun's owner's, also when the frame's verb takes the noun
through a preposition ("X was commenting on Y's statement that '...'", "responding to Y's remark that '...'"): the
verb's subject comments, the owner said the words (quotes/frames.py `_noun_inside`). A noun that is no speech
("the news that", "the fact that") leaves the quote with the verb's subject. Every sentence here is our own."""
import pytest

from conftest import direct, run_text


@pytest.mark.parametrize("text, speaker", [
    ('Ms. Maria Lopez was responding to President Gustavo Petro\'s remark that "the ELN must free all hostages '
     'before any talks."', "Gustavo Petro"),
    ('Aliyev was commenting on Armenian Prime Minister Nikol Pashinyan\u2019s statement that "we will not discuss '
     'peace in exchange for the return of territories."', "Nikol Pashinyan"),
    # the owner before the preposition's object's noun, a direct object: as before
    ('Maria Lopez rejected President Gustavo Petro\'s claim that "the ELN must free all hostages before any '
     'talks."', "Gustavo Petro"),
])
def test_a_quote_in_a_speech_noun_s_clause_is_its_owner_s(extractor, text, speaker):
    assert [s for _, s in direct(run_text(extractor, text))] == [speaker]


@pytest.mark.parametrize("text", [
    'Maria Lopez was commenting on the news that "the ELN must free all hostages before any talks."',
    'Maria Lopez reacted to the fact that "the ELN has not freed all hostages before the talks."',
])
def test_a_quote_in_a_clause_of_no_speech_noun_is_the_subject_s(extractor, text):
    assert [s for _, s in direct(run_text(extractor, text))] == ["Maria Lopez"]
