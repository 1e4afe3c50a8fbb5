"""'it said' after a body the story names by its country's possessive or nationality word ("China's foreign
ministry", "the Kenyan army") means that body, as 'the ministry said' does."""
import pytest

from test_quotes_attribution import run_text


def speaker_of(rec, start):
    return next(q["speaker"] for q in rec["quotes"] if q["text"].startswith(start))


@pytest.mark.parametrize("text, speaker", [
    ('Indonesia\'s foreign ministry called for calm on Sunday. "Every side must return to the table," it said.',
     "Indonesia's foreign ministry"),
    ('Brazil\'s defence ministry denied the claim. "No Brazilian troops crossed the border," it said in a '
     'statement.', "Brazil's defence ministry"),
    ('The Ghanaian foreign ministry welcomed the truce. "This is a first step towards lasting peace," it said.',
     "Ghanaian foreign ministry"),
    ('The Pakistani army denied shelling the villages. "Our troops only returned fire," it said on Tuesday.',
     "Pakistani army"),
])
def test_it_said_after_a_body_of_a_country(extractor, text, speaker):
    rec = run_text(extractor, text)
    assert speaker_of(rec, text.split('"')[1][:12]) == speaker


def test_it_means_the_last_body_named_not_an_earlier_one(extractor):
    rec = run_text(extractor, 'Serbia\'s interior ministry reported the arrests. Kosovo\'s police service rejected '
                              'the account hours later. "No officer crossed the line," it said.')
    assert speaker_of(rec, "No officer") != "Serbia's interior ministry"


def test_a_person_after_the_body_is_who_he_means(extractor):
    rec = run_text(extractor, 'Peru\'s defence ministry denied the report. Defence Minister Walter Astudillo later '
                              'spoke to reporters. "We have nothing to hide," he said.')
    assert speaker_of(rec, "We have nothing") == "Walter Astudillo"
