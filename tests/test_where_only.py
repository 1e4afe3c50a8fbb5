"""One rule for "a state beside an armed-group word is where they are, not whose side" (SideWords.where_only) and
one for "X-based" (side_words.based_after), which the quotes' names and the conditions' holders both call."""
import pytest

from peacecond.patterns import Patterns
from peacecond.side_words import based_after, side_words


@pytest.fixture(scope="module")
def sw():
    return side_words(Patterns.load())


def phrase(nlp, text, head):
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]):
        doc = nlp(text)  # a parse is all one phrase needs
    tok = next(t for t in doc if t.text == head)
    return tok, [t for t in tok.subtree if t.i != tok.i]


@pytest.mark.parametrize("text, head, where", [
    ("Bolivian guerrillas crossed the river.", "guerrillas", True),
    ("The Venezuelan opposition leaders met in Panama.", "leaders", True),
    ("Malian jihadists took the town.", "jihadists", True),
    # a possessive owns them ...
    ("Iran's militias must leave the valley.", "militias", False),
    # ... but not those who rise against it (insurgent_nouns.txt)
    ("Niger's insurgents took the town.", "insurgents", True),
    # "opposition to" is an objection, no side
    ("The Bolivian opposition to the referendum grew.", "opposition", False),
    ("The Bolivian delegation arrived.", "delegation", False),
])
def test_a_state_beside_an_armed_group_word_says_where(nlp, sw, text, head, where):
    tok, words = phrase(nlp, text, head)
    assert sw.where_only(tok, words) is where


@pytest.mark.parametrize("text, name, based", [
    ("the Nairobi-based envoy", "Nairobi", True),
    ("a Geneva - based monitor", "Geneva", True),
    ("The Dakar-Based Observatory", "Dakar", True),
    ("the Nairobi envoy", "Nairobi", False),
    ("the Nairobi-bound convoy", "Nairobi", False),
])
def test_a_name_before_based_is_where(nlp, text, name, based):
    doc = nlp(text)
    (last,) = [t for t in doc if t.idx + len(t) == text.index(name) + len(name)]
    assert based_after(doc, last.i + 1) is based


def test_based_is_read_at_the_end_of_a_text_too(nlp):
    # The name is the last token: nothing follows to read, and nothing says where.
    doc = nlp("Talks were held in Nairobi")
    assert based_after(doc, len(doc)) is False


@pytest.mark.parametrize("text, state", [
    ("A Nairobi-based spokesman for the rebels said they want a ceasefire before the rains.", "KEN"),
    ("Bolivian guerrillas said they want a ceasefire first.", "BOL"),
    ("The Venezuelan opposition leaders demanded free elections before any talks.", "VEN"),
])
def test_the_quotes_and_the_conditions_give_the_place_no_side(extractor, text, state):
    # (each fails with where_only or based_after switched off: the place's state speaks or holds)
    from test_quotes_attribution import run_text

    rec = run_text(extractor, text)
    assert not any(q["party"] == state for q in rec["quotes"])
    assert not any((c.get("by") or {}).get("party") == state for c in rec["conditions"])
