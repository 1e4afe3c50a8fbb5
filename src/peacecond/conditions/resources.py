"""The rules the conditions stages read, built once per patterns folder: matchers, word classes, party tables.

Nothing here changes per article (a Resources object is shared by every Doc a component reads); nothing in it changes
after loading.
"""
from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher

from ..conditions_rules import load_condition_rules
from ..parties import parties_of
from ..patterns import cached_patterns, read_list
from ..sides import side_words
from ..window_matcher import WindowMatcher

APOSTROPHES = ("'", "\u2019")  # news text writes "won’t", "Kyiv’s" with the typographic apostrophe as often as not


def curly(v):
    """A token pattern (or a part of one) that matches a word with either apostrophe ("n't" and "n’t"): rule
    files are written with the straight one."""
    if isinstance(v, list):
        out = []
        for x in v:
            out.append(curly(x))
            if isinstance(x, str) and "'" in x and x.replace("'", "\u2019") not in v:
                out.append(x.replace("'", "\u2019"))
        return out
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if k == "REGEX" and isinstance(x, str):
                out[k] = x.replace("'", "['\u2019]")
            elif k in {"LOWER", "ORTH", "TEXT", "NORM"} and isinstance(x, str) and "'" in x:
                out[k] = {"IN": [x, x.replace("'", "\u2019")]}
            else:
                out[k] = curly(x)
        return out
    return v


def curly_rule(rule: dict) -> dict:
    """The rule with its pattern, or its phrases, matching either apostrophe."""
    if rule.get("pattern"):
        return dict(rule, pattern=curly(rule["pattern"]))
    if any("'" in p for p in rule.get("phrases") or ()):
        return dict(rule, phrases=curly(list(rule["phrases"])))
    return rule


def lowers(tok: dict) -> set:
    """The lower-case words one token of a pattern takes ({"LOWER": "part"}, {"LOWER": {"IN": [...]}})."""
    v = tok.get("LOWER")
    return {v} if isinstance(v, str) else set((v or {}).get("IN") or ()) if isinstance(v, dict) else set()


class Resources:
    def __init__(self, nlp: Language, patterns_dir: str | None):
        self.pats = cached_patterns(patterns_dir)
        if "conditions" not in self.pats.extra:  # patterns cached before this module registered its loader
            load_condition_rules(self.pats)
        rules = self.pats.extra["conditions"]
        w = self.w = rules["words"]
        # Unions read per mention, built once.
        self.aux_modals = w.modals | w.soft_modals
        self.text_nouns = w.plan_nouns | w.package_nouns | w.idea_nouns
        self.echo_nouns = w.idea_nouns | w.echo_nouns
        self.doc_nouns = w.plan_nouns | w.document_nouns
        self.proposal_offer_nouns = w.offer_nouns | w.invitation_nouns  # (references.offered_type)
        # nouns of putting terms forward: what follows "for" / "of", or modifies them, is their owner's demand
        self.putting_nouns = w.plan_nouns | w.offer_nouns | w.invitation_nouns
        # nouns a refusal reaches a term through (scopes.off_object)
        self.carrier_nouns = self.text_nouns | self.doc_nouns | w.proposal_nouns | w.invitation_nouns | w.pact_nouns \
            | w.talks_nouns | w.echo_nouns | w.refusal_nouns
        # nouns that name a set of terms whose members a text lists ("a plan including ...")
        self.set_nouns = w.package_nouns | w.plan_nouns | w.set_nouns
        self.state_anaphors = {**{k: {"place"} for k in w.state_nouns}, **{k: {"org"} for k in w.body_nouns}}
        self.types = rules["types"]
        self.type_rules = [curly_rule(r) for r in rules["type_cues"]]
        # The words of the "side_takes_part" rows that say something takes part ("part", "included", "invited"):
        # each such row's token that holds "part" (mentions.thing_takes_part finds the mention's verb by them)
        self.part_words = frozenset(w for r in self.type_rules if r.get("side_takes_part")
                                    for tok in r["pattern"] or () if "part" in lowers(tok) for w in lowers(tok))
        self.people_nouns = w.participant_nouns | w.role_nouns | w.leader_nouns
        self.cue_rules = [curly_rule(r) for r in rules["stance_cues"]]
        # verb_terms.jsonl: per verb or act-noun lemma the rows that read it; the lemmas' hashes for one numpy pass
        self.verb_terms_of: dict[str, list] = {}
        # per type, the verbs its rows read as acting on a noun of its class ("pay" compensation, "lift" sanctions)
        self.acting_verbs: dict[str, frozenset] = {}
        for row in rules["verb_terms"]:
            self.acting_verbs[row["type"]] = self.acting_verbs.get(row["type"], frozenset()) | row["verbs"]
            for word in row["verbs"] | row["acts"]:
                self.verb_terms_of.setdefault(word, []).append(row)
        self.verb_term_keys = numpy.array(sorted(nlp.vocab.strings.add(w) for w in self.verb_terms_of),
                                          dtype="uint64")
        quotes = self.pats.extra.get("quotes") or {}
        self.nationalities = quotes.get("nationalities") or {}
        self.holder_verbs = self.w.holder_verbs | set(quotes.get("speech_verbs") or ())
        self.type_matcher = WindowMatcher(nlp.vocab, self.type_rules, "T")
        self.type_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, rule in enumerate(self.type_rules):
            if not rule["pattern"]:
                self.type_phrases.add(f"T{i}", list(nlp.tokenizer.pipe(rule["phrases"])))
        self.cue_matcher = WindowMatcher(nlp.vocab, self.cue_rules, "C")
        # the one-word hedges of the "hypothetical" rows ("could", "might", "may"): an auxiliary the matcher may not
        # see as a cue of its own inside a longer one (references.clause_refusal: ", which Y may yet reject")
        self.hedge_words = frozenset(p.lower() for r in self.cue_rules if r["category"] == "hypothetical"
                                     for p in r.get("phrases") or () if " " not in p)
        self.wanting_verbs = self.holder_verbs | self.w.want_verbs
        self.content_verbs = self.wanting_verbs | self.w.asking_verbs | self.w.content_verbs | \
            self.w.classify_verbs | self.w.conditioning_verbs | self.w.tying_verbs
        self.doerless_verbs = self.wanting_verbs | self.w.classify_verbs | {"make"}
        # Parties that "the group" / "the rebels" never stands for: states (places) and intergovernmental bodies.
        # the additive phrases, key word -> the preposition it takes (None: none; scopes.additive)
        self.additive = {p.split()[0]: (p.split()[1] if " " in p else None) for p in self.w.additive_phrases}
        self.not_groups = {a.get("party") for a in self.pats.actors.values() if a.get("kind") == "place"} \
            | self.w.intergovernmental
        # Words of war and peace (the relevance gate's own list): a term no side holds is kept only in an article
        # that has one of them (component.py)
        terms = self.pats.extra.get("gate_terms")
        if terms is None:
            terms = read_list(self.pats.root / "gate_terms.txt")
        self.context_terms = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.context_terms.add("war", list(nlp.tokenizer.pipe(sorted({t.lower() for t in terms}))))
        self.cue_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, rule in enumerate(self.cue_rules):
            if not rule["pattern"]:
                self.cue_phrases.add(f"C{i}", list(nlp.tokenizer.pipe(rule["phrases"])))
        self.anaphors = Matcher(nlp.vocab)
        self.anaphor_refers: dict[int, list[str]] = {}  # match key -> the regions the phrase stands for, if fixed
        for k, row in enumerate(rules["anaphors"]):
            self.anaphors.add(f"A{k}", [row["pattern"]])
            self.anaphor_refers[nlp.vocab.strings[f"A{k}"]] = row["refers_to"]
        # Where the anaphors can match ("the" alone starts a state of the first rule at every "the")
        self.anaphor_windows = WindowMatcher(nlp.vocab, rules["anaphors"], "A")
        # Words in a speaker's role that name a side ("Ukrainian negotiator", "senior Hamas official").
        self.parties = parties_of(self.pats)
        self.sides = side_words(self.pats)  # the side resolver the quotes use (sides.py)
        metonym = self.pats.extra.get("metonym") or {}
        self.place_prepositions = set(metonym.get("place_prepositions") or ())
        # nouns under which a place still names its side ("the government in Kyiv", "officials in Baku")
        self.side_heads = set(metonym.get("actor_heads") or ()) | w.gov_nouns | w.group_nouns | w.role_nouns \
            | w.leader_nouns | w.side_nouns
