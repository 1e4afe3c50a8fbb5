"""WindowMatcher picks, per Doc, the rarest word a rule needs, and skips windows lacking its other words."""
from spacy.matcher import Matcher

from peacecond.window_matcher import WindowMatcher


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
