"""Quoted names of works, plans and operations are no statements (kind "title", patterns/title_cues.jsonl); a
quote a cue word stands next to but that reads as speech stays a statement."""
import pytest

from peacecond.quotes.titles import name_shaped, title_shaped
from test_quotes_attribution import run_text


def kinds(rec):
    return [(q["kind"], q["text"].rstrip(",.")) for q in rec["quotes"]]


@pytest.mark.parametrize("text, name", [
    ('The aid agency\'s report, titled "A Decade of Displacement in the Sahel", was published on Tuesday.',
     "A Decade of Displacement in the Sahel"),
    ('A report entitled "Why the guns fell silent in Aceh" was sent to every delegation.',
     "Why the guns fell silent in Aceh"),
    ('The mediators presented a scheme known as "Bridge Across the Lake" to both delegations.',
     "Bridge Across the Lake"),
    ('His memoir, "Forty Years on the Green Line", recalls the talks of 1974.', "Forty Years on the Green Line"),
    ('Ministers met under the "Partnership for Lasting Peace" framework, diplomats said on Friday.',
     "Partnership for Lasting Peace"),
    ('The army began what it dubbed "Operation Northern Shield" at dawn.', "Operation Northern Shield"),
])
def test_a_quoted_name_is_a_title_not_a_statement(extractor, text, name):
    rec = run_text(extractor, text)
    assert ("title", name) in kinds(rec)
    assert not any(k == "direct" for k, _ in kinds(rec))


def test_a_named_plan_inside_a_statement_keeps_the_statement(extractor):
    rec = run_text(extractor, 'Armenian Prime Minister Nikol Pashinyan said the "Crossroads of Peace Across the '
                              'Caucasus" plan was still on the table. "We are waiting for an answer," he said.')
    assert ("title", "Crossroads of Peace Across the Caucasus") in kinds(rec)
    assert ("direct", "We are waiting for an answer") in kinds(rec)
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "direct"] == ["Nikol Pashinyan"]


@pytest.mark.parametrize("text, statement", [
    # "called" quotes a person unless the span is written as a title
    ('The Sudanese general described what he called "a betrayal by those who signed the deal".',
     "a betrayal by those who signed the deal"),
    # a report's words, attributed by their own speech verb, are a statement
    ('"The camps are running out of water and medicine," the report said.',
     "The camps are running out of water and medicine"),
    # a quote after a cue noun that is speech, not a name
    ('After the summit, "We have agreed on the first three steps," said Ghanaian President John Mahama.',
     "We have agreed on the first three steps"),
    ('The plan "will not survive the winter if the shelling goes on," said Burkina Faso\'s foreign minister, '
     'Karamoko Traore.', "will not survive the winter if the shelling goes on"),
])
def test_speech_next_to_a_cue_word_stays_a_statement(extractor, text, statement):
    rec = run_text(extractor, text)
    assert ("direct", statement) in kinds(rec)


def test_title_shape():
    assert title_shaped("Road to a Just Peace")
    assert title_shaped("Operation Northern Shield,")
    assert not title_shaped("we will not sign this text")
    assert not title_shaped("Peace Now. Then Elections")
    assert not title_shaped("")


def test_a_one_word_nickname_stays_a_fragment(extractor):
    rec = run_text(extractor, 'The militia is led by Ibrahim Kone, known as "Tiger", who said on Monday that his '
                              'men would not disarm.')
    assert ("fragment", "Tiger") in kinds(rec)


@pytest.mark.parametrize("text, name", [
    ("Brussels still hopes to revive the ‘Accord on the road to good neighbourly relations between Belgrade and "
     "Pristina’ of 2023.", "Accord on the road to good neighbourly relations between Belgrade and Pristina"),
    ('The preamble cites the 1991 decision on the "Reunification of Abkhazia and the Georgian Soviet Republic."',
     "Reunification of Abkhazia and the Georgian Soviet Republic"),
    ('Khartoum has never signed a "Declaration of Principles for a Federal Sudan" with the rebels.',
     "Declaration of Principles for a Federal Sudan"),
])
def test_a_capitalised_name_after_an_article_is_a_title(extractor, text, name):
    # (the article before the marks makes the quoted words the writer's noun phrase, and no finite verb in them
    # makes them a name, not a sentence)
    rec = run_text(extractor, text)
    assert ("title", name) in kinds(rec)
    assert not any(k == "direct" for k, _ in kinds(rec))


@pytest.mark.parametrize("text, quote", [
    ('Kurti gave the "We will never leave the north" speech in Pristina on Monday.', "We will never leave the north"),
    ('Belgrade called the plan a "Serious step toward a lasting peace in the region," its minister said.',
     "Serious step toward a lasting peace in the region"),
    ('The rebels rejected the "partition of the province into three cantons" on Friday.',
     "partition of the province into three cantons"),
])
def test_a_sentence_an_attributed_quote_or_a_lowercase_phrase_after_an_article_stays_direct(extractor, text, quote):
    assert ("direct", quote) in kinds(run_text(extractor, text))


def test_name_shape():
    assert name_shaped("Accord on the road to good neighbourly relations")
    assert not name_shaped("I will not sign")
    assert not name_shaped("partition of the province")
    assert not name_shaped("Peace. Now")
