"""alternation.longest_first: a trie of literal words finds what their plain alternation, longest first, finds."""
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peacecond.alternation import longest_first
from peacecond.parties import parties_of
from peacecond.patterns import cached_patterns

# The shape the party names are read with (parties._pattern): no word character or hyphen on either side.
SHAPE = r"(?<![\w-])({})(?![\w-])"
NAMES = ["Sudan", "South Sudan", "Sudan People's Liberation Movement", "SPLM", "SPLM-IO", "RSF", "Rapid Support Forces",
         "FARC", "ELN", "Arakan Army", "Arakan", "Houthis", "Houthi", "Armenia", "Azerbaijan", "U.S.", "U.S"]


def plain(words):
    return re.compile(SHAPE.format("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))))


def trie(words):
    return re.compile(SHAPE.format(longest_first(words)))


def found(rx, text):
    return [(m.start(1), m.end(1), m.group(1)) for m in rx.finditer(text)]


@pytest.mark.parametrize("text, expected", [
    # the longest name wins where two start together
    ("Talks between South Sudan and Sudan resumed.", ["South Sudan", "Sudan"]),
    ("The SPLM-IO rejected the SPLM's offer.", ["SPLM-IO", "SPLM"]),
    ("Fighters of the Arakan Army entered Arakan state.", ["Arakan Army", "Arakan"]),
    ("The Houthis said a Houthi delegation would go.", ["Houthis", "Houthi"]),
    ("FARC and ELN negotiators met in Havana.", ["FARC", "ELN"]),
    # a longer name that fails what follows gives way to the shorter one ("U.S." then "U.S" before a hyphen: no)
    ("U.S. envoys met Armenia's and Azerbaijan's ministers.", ["U.S.", "Armenia", "Azerbaijan"]),
    # not inside a longer word, nor joined by a hyphen
    ("The Sudanese army and pro-RSF militias; Armenians; ELNs.", []),
    ("No party is named in this sentence about Myanmar.", []),
])
def test_party_shape_finds_the_plain_alternations_matches(text, expected):
    assert [w for _, _, w in found(trie(NAMES), text)] == expected
    assert found(trie(NAMES), text) == found(plain(NAMES), text)


@pytest.mark.parametrize("words, text", [
    ([], "anything"),  # no words: the empty pattern, as the empty join
    (["a", ""], "a b"),  # the empty word: an empty branch
    (["ab", "abc", "abcd"], "abc abcd ab abce"),
])
def test_edge_word_lists(words, text):
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    assert [m.span() for m in re.finditer(longest_first(words), text)] == \
        [m.span() for m in re.finditer(pattern, text)]


WORD = st.text(alphabet="ab-. ", min_size=1, max_size=5)


@given(st.lists(WORD, min_size=1, max_size=12), st.lists(WORD, max_size=20))
def test_same_matches_as_the_plain_alternation(words, pieces):
    text = " ".join(pieces)
    assert found(trie(words), text) == found(plain(words), text)


def test_the_party_tables_patterns_find_what_the_plain_alternation_finds():
    parties = parties_of(cached_patterns(None))
    words = list(parties.names) + list(parties.demonyms) + list(parties.capitals)
    text = ("The Sudanese Armed Forces and the Rapid Support Forces met in Jeddah; Colombia's ELN and the FARC "
            "dissidents sent envoys to Havana, the U.S. said. Yerevan and Baku, Armenia and Azerbaijan, the Houthis "
            "in Sanaa and the Arakan Army in Myanmar's Rakhine state. Pro-Georgian voters; Georgians; Chadian.")
    assert found(parties._rx, text) == found(plain(words), text)
    assert len(found(parties._rx, text)) > 10
