"""The relevance gate: can this article hold anything peacecond extracts? Decided before the model runs.

A daily news dump is mostly sport, weather and markets; the statistical model is
nearly the whole cost of a run, so an article that names no region, no actor, no
condition cue and no peace-talk term (patterns/gate_terms.txt) gets a record with
`relevant: false` and never reaches the model. The gate reads only the tokenizer's
output (the Doc that `Extractor.prepare` makes anyway), so it costs a few percent of
the model.

It errs on the side of keeping: every rule that makes an extraction must be able to
fire on a kept article, so the gate uses the same rule files, loosened where the rule
needs the model:
- regions and actors: the gazetteer's own variants, matched the same way (exact text);
- condition cues: the type cues of patterns/conditions.jsonl, phrases matched in lower case; a token pattern is loosened
  (every attribute the tokenizer cannot give, POS, DEP, entity, extensions, becomes
  "any token"; LEMMA becomes every surface form the model's lemmatizer could map to
  that lemma) and kept as the words its required tokens need: a text holding all of
  them, in any order, is kept. So wherever the original pattern could match, the
  gate keeps the text; and the test is set lookups, not a Matcher run (which cost
  as much as a tenth of the model).
- gate_terms.txt: words of the domain no rule names (peace, truce, invasion ...).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .patterns import EXTRA_LOADERS, Patterns, read_list
from .window_matcher import WindowMatcher

GATE_TERMS = "gate_terms.txt"
NAME_TOKEN = r"^(?:[A-Z0-9]|[Tt]he$)"
# Token attributes the tokenizer alone sets (lexical): a pattern may keep these before the model runs.
LEXICAL = {"ORTH", "TEXT", "LOWER", "NORM", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII",
           "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "IS_BRACKET",
           "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL",
           "OP"}


def _load_gate_terms(pats: Patterns) -> None:
    pats.extra["gate_terms"] = read_list(pats.root / GATE_TERMS)


EXTRA_LOADERS.append(_load_gate_terms)


def condition_cues(pats: Patterns) -> tuple[list[str], list[list[dict]]]:
    """(phrases, token patterns) of the condition types' cues, as the conditions loader validated them."""
    cues = pats.extra["conditions"].get("type_cues") or []
    return ([p for c in cues for p in c.get("phrases") or []], [c["pattern"] for c in cues if c.get("pattern")])


class LemmaForms:
    """Every lower-case form the rule lemmatizer of the model could give a lemma to (exceptions + suffix rules)."""

    def __init__(self, nlp: Language):
        self.rules: list[tuple[str, str]] = []
        self.exceptions: dict[str, set[str]] = {}
        if "lemmatizer" in nlp.component_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_rules"):
                self.rules = [(old, new) for rules in lookups.get_table("lemma_rules").values() for old, new in rules]
            if lookups is not None and lookups.has_table("lemma_exc"):
                for table in lookups.get_table("lemma_exc").values():
                    for form, lemmas in table.items():
                        for lemma in lemmas:
                            self.exceptions.setdefault(lemma.lower(), set()).add(form.lower())

    def __call__(self, lemma: str) -> set[str]:
        lemma = lemma.lower()
        forms = {lemma} | self.exceptions.get(lemma, set())
        for old, new in self.rules:
            if lemma.endswith(new):
                forms.add(lemma[:len(lemma) - len(new)] + old)
        # Doubled final consonant ("stop" -> "stopped") is in the exceptions or not lemmatised back:
        # keep it anyway, the gate must not miss a form the rules can produce.
        if lemma[-1:].isalpha():
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        return forms


def loosen(pattern: list[dict], forms: LemmaForms) -> list[dict]:
    """A token pattern that matches wherever `pattern` could, using only what the tokenizer sets."""
    out = []
    for spec in pattern:
        token = {}
        for key, value in spec.items():
            if key.upper() in LEXICAL:
                token[key] = value
            elif key.upper() == "LEMMA":
                if isinstance(value, str):
                    token["LOWER"] = {"IN": sorted(forms(value))}
                elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                    token["LOWER"] = {"IN": sorted(set().union(*(forms(v) for v in value["IN"])))}
                # other LEMMA predicates (REGEX, NOT_IN ...): any token
            elif key.upper() == "ENT_TYPE" and spec.get("OP", spec.get("op")) != "!" and "ORTH" not in token and (
                    isinstance(value, str) or (isinstance(value, dict) and set(value) == {"IN"})):
                # An entity's token is capitalised, or the "the" spaCy puts in "the United States".
                token["ORTH"] = {"REGEX": NAME_TOKEN}
            # POS, TAG, DEP, MORPH, "_" (extensions): need the model, so any token
        out.append(token)
    return out


class Gate:
    """`gate(doc)` is True when the tokenized article could hold a region, an actor or a condition."""

    def __init__(self, nlp: Language, pats: Patterns):
        make = nlp.tokenizer.pipe
        self.names = PhraseMatcher(nlp.vocab)  # same attribute (ORTH) as the gazetteer's matchers
        for rid, reg in pats.regions.items():
            self.names.add("region", list(make(reg["variants"])))
        for aid, act in pats.actors.items():
            self.names.add("actor", list(make(act["variants"])))
        phrases, patterns = condition_cues(pats)
        self.terms = PhraseMatcher(nlp.vocab, attr="LOWER")
        terms = [t.lower() for t in pats.extra["gate_terms"] + phrases]
        self.terms.add("term", list(make(sorted(set(terms)))))
        forms = LemmaForms(nlp)
        # A cue that needs a region token ({"_": {"pc_region": true}}) can only match where the text names
        # a region, which `names` tests already: loosened to "any token" it would keep every text holding
        # its other words ("gave"), so it is left out here.
        patterns = [p for p in patterns if not needs_region(p)]
        loose = [loosen(p, forms) for p in patterns]
        self.cues = [required_words(p) for p in loose]
        # The word test ignores order; a text that passes it must also hold the cue's words in its order and
        # distances ("a seat at any table", not "place", "at", "a" and "table" anywhere in a sports report).
        self.in_order = WindowMatcher(nlp.vocab, [{"pattern": p} for p in loose], "G")
        # A cue left with no word test at all could match any text: then nothing can be gated out.
        self.match_all = any(not tests for tests in self.cues)
        regexes = {t[2].pattern for tests in self.cues for t in tests if t[1] == "re"}
        try:  # one pass of all the cue regexes over the words first: most words match none
            self.any_regex = re.compile("|".join(f"(?:{r})" for r in sorted(regexes))) if regexes else None
        except re.error:
            self.any_regex = None

    def __call__(self, doc: Doc) -> bool:
        if self.match_all:
            return True
        # Cheapest first: the later tests run only when the earlier found nothing.
        return bool(self.names(doc, as_spans=False) or self.terms(doc, as_spans=False)
                    or (self.cue_words(doc) and self.in_order(doc)))

    def cue_words(self, doc: Doc) -> bool:
        """Does some condition cue have all the words it needs somewhere in the text?

        Order and distance are ignored, so this keeps every text where the cue pattern could match
        (and a few more), at the price of set lookups over the text's distinct words, not a Matcher run.
        """
        strings = doc.vocab.strings
        words = {"orth": {strings[h] for h in set(doc.to_array(ORTH).tolist())}}
        words["lower"] = {w.lower() for w in words["orth"]}
        if self.any_regex is not None:
            hits = {attr: [w for w in ws if self.any_regex.search(w)] for attr, ws in words.items()}
        else:
            hits = words
        seen: dict[tuple, bool] = {}

        def ok(test: tuple) -> bool:
            if test not in seen:
                attr, kind, value = test
                if kind == "eq":
                    seen[test] = value in words[attr]
                elif kind == "in":
                    seen[test] = not value.isdisjoint(words[attr])
                else:
                    seen[test] = any(value.search(w) for w in hits[attr])
            return seen[test]

        return any(all(ok(t) for t in tests) for tests in self.cues)


def _required(token: dict) -> bool:
    """Must a text hold a word for this pattern token? ("?", "*", "!" and {0,m} may match none.)"""
    op = token.get("OP")
    if op is None or op in ("+", "1"):
        return True
    m = re.fullmatch(r"\{(\d*)(?:,(\d*))?\}", op)
    return bool(m and m.group(1) and int(m.group(1)) > 0)


def needs_region(pattern: list[dict]) -> bool:
    """Must every match of `pattern` hold a token of a region the gazetteer found?"""
    return any(_required(t) and isinstance(t.get("_"), dict) and t["_"].get("pc_region") is True for t in pattern)


def required_words(pattern: list[dict]) -> list[tuple]:
    """The word tests (attr, "eq"|"in"|"re", value) of the tokens a match of `pattern` must contain."""
    tests = []
    for token in pattern:
        if not _required(token):
            continue
        keys = {k.upper(): v for k, v in token.items()}
        for key, attr in (("LOWER", "lower"), ("ORTH", "orth"), ("TEXT", "orth")):
            value = keys.get(key)
            if isinstance(value, str):
                tests.append((attr, "eq", value))
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                tests.append((attr, "in", frozenset(value["IN"])))
            elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                tests.append((attr, "re", re.compile(value["REGEX"])))
            else:
                continue
            break  # one word test per token is enough to be necessary
    return tests
