"""WindowMatcher picks, per Doc, the rarest word a rule needs, and skips windows lacking its other words."""
import re

import pytest
from spacy.matcher import Matcher

from peacecond.window_matcher import WindowMatcher, _any_of, _first_chars


def _plain(vocab, rules):
    m = Matcher(vocab)
    for i, rule in enumerate(rules):
        m.add(f"R{i}", [rule["pattern"]])
    return m


def test_required_words_far_apart_do_not_match_and_near_ones_do(nlp):
    rules = [{"pattern": p} for p in (
        # two required words with a gap: "the" is everywhere, "withdraw" is rare, so windows sit around it
        [{"LOWER": "the"}, {"OP": "{0,2}"}, {"LEMMA": "withdraw"}],
        # a required word absent from the Doc: the rule is skipped, not matched
        [{"LOWER": "referendum"}, {"LOWER": "the"}],
        # shared test (LOWER "the") between rules, and a REGEX needing a second word
        [{"LOWER": {"REGEX": "^troop"}}, {"LOWER": "the", "OP": "?"}, {"LOWER": "must"}],
    )]
    text = ("The talks ended. The army was told to withdraw. Troops must hold the line, the officer said, "
            "and the troops must withdraw the guns. The withdrawal of the troops must wait.")
    doc = nlp(text)
    windowed = WindowMatcher(nlp.vocab, rules, "R")
    got = windowed(doc)
    want = sorted(set(_plain(nlp.vocab, rules)(doc)), key=lambda m: (m[1], m[2], nlp.vocab.strings[m[0]]))
    assert got == want
    spans = {(nlp.vocab.strings[k], doc[s:e].text) for k, s, e in got}
    assert ("R0", "the troops must withdraw") in spans
    assert ("R2", "Troops must") in spans and ("R2", "troops must") in spans
    assert not any(k == "R1" for k, _ in spans)


def test_a_rule_with_long_counted_gaps_gives_the_plain_matchers_matches(nlp):
    """"{0,k}" gaps are matched loosely ("*") and each match checked against the rule as written: a span
    whose gaps are too long for the rule is not a match, however many gaps and anchors a sentence holds."""
    rules = [{"pattern": p} for p in (
        [{"LOWER": {"REGEX": "^guarantees?$"}}, {"LOWER": {"NOT_IN": ["."]}, "OP": "{0,4}"}, {"LOWER": "that"},
         {"LOWER": {"NOT_IN": ["."]}, "OP": "{0,3}"}, {"LOWER": {"IN": ["not", "never"]}},
         {"LOWER": {"NOT_IN": ["."]}, "OP": "{0,3}"}, {"LEMMA": "attack"}],
        [{"LOWER": "troops"}, {"IS_ALPHA": True, "OP": "{2,4}"}, {"LOWER": "withdraw"}],
    )]
    text = ("Kyiv wants guarantees that Russia will not attack again. It wants guarantees from the allies that "
            "the army will never, under any pretext, attack. Guarantees written down by all the five powers "
            "that Moscow will not attack were refused. Guarantees that it would not attack, and guarantees that "
            "they never attack, were both offered. The troops must withdraw; the troops will withdraw; the "
            "troops were told to finally withdraw.")
    doc = nlp(text)
    got = WindowMatcher(nlp.vocab, rules, "R")(doc)
    want = sorted(set(_plain(nlp.vocab, rules)(doc)), key=lambda m: (m[1], m[2], nlp.vocab.strings[m[0]]))
    assert got == want
    spans = {doc[s:e].text for _, s, e in got}
    assert "guarantees that Russia will not attack" in spans
    assert not any(t.startswith("Guarantees written") for t in spans)  # five words before "that": over {0,4}
    assert "troops were told to finally withdraw" in spans and "troops must withdraw" not in spans


def test_one_matcher_run_in_the_windows_gives_its_whole_doc_matches_in_the_same_order(nlp):
    """windows(): a Matcher of all the rules, run window by window, reports what it reports on the whole Doc,
    in the same order (a caller that keeps the first of two overlapping matches keeps the same one)."""
    rules = [{"pattern": p} for p in (
        [{"LOWER": {"IN": ["these", "the", "three", "all"]}}, {"OP": "{0,3}", "IS_PUNCT": False},
         {"LOWER": {"IN": ["provinces", "districts"]}}],
        [{"LOWER": "new"}, {"LOWER": {"IN": ["districts", "provinces"]}}],
        [{"LOWER": "the"}, {"LOWER": "valley"}],
    )]
    text = ("The council met. The three new districts voted, and the valley stayed calm. All the new provinces, "
            "these provinces and the districts named above, sent envoys. The mayor of the valley left. "
            "Nothing else happened in the town for the rest of the week.")
    doc = nlp(text)
    plain = _plain(nlp.vocab, rules)
    windowed = WindowMatcher(nlp.vocab, rules, "R")
    got = [(k, a + s, a + e) for a, b in windowed.windows(doc) for k, s, e in plain(doc[a:b])]
    assert got == plain(doc) and len(got) >= 8
    assert sum(b - a for a, b in windowed.windows(doc)) < len(doc)  # the last sentence lies in no window
    assert windowed.windows(nlp("Nothing here.")) == [] and windowed.windows(nlp.make_doc("")) == []


# _any_of, the test of a new word against a column's REGEX rows: anchored regexes only by the word's first letter.
REGEXES = [
    "^withdr[ae]w(s|n|ing)?$",  # a literal first letter
    "^(retreat|pull|leav)",  # an alternation in a group
    "^[Kk]ashmir",  # a set of letters
    "^(co-?)?(mediators?|brokers?)$",  # an optional start: its first letter is unknown
    "^(?i:referend)",  # case-insensitive: unknown
    "sanction",  # not anchored: anywhere in the word
    "^[a-c]ease",  # a range
]


@pytest.mark.parametrize("word, passes", [
    ("withdrew", True), ("withdrawing", True), ("pullback", True), ("leaving", True), ("Kashmiri", True),
    ("comediators", True), ("mediator", True), ("REFERENDUM", True), ("countersanctions", True), ("cease", True),
    # words none of them match, some sharing a first letter with a regex
    ("withhold", False), ("Retreat", False), ("cashmere", False), ("comedian", False), ("peace", False), ("", False),
    ("rebroker", False), ("sanctio", False),
])
def test_the_first_letter_index_finds_what_any_one_regex_finds(word, passes):
    any_of = _any_of(REGEXES)
    assert any_of.search(word) == passes == any(re.search(rx, word) for rx in REGEXES)


@pytest.mark.parametrize("rx, chars", [
    ("^withdr", {"w"}), ("^(retreat|pull)", {"r", "p"}), ("^[Kk]ash", {"K", "k"}), ("^[a-c]ease", {"a", "b", "c"}),
    ("^(co-?)?mediat", None), ("(?i)^referend", None), ("^(?i:truce)", None), ("sanction", None),
    ("^\\w+ire$", None), ("^[^x]y", None), ("^", None),
])
def test_first_letters_of_a_regex(rx, chars):
    assert _first_chars(rx) == chars


def test_a_regex_with_global_flags_sends_every_word_to_each_regex():
    # "(?i)" cannot stand inside a joined alternation: no word is ruled out before each regex is tried on it
    any_of = _any_of(REGEXES + ["(?i)^truce"])
    assert any_of.search("peace") and any_of.search("withhold")
