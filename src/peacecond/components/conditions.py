"""peacecond_conditions: what each side demands, rejects or offers, of whom, for which regions, and when.

Sets doc._.pc_conditions. Three rule files drive it (see conditions_rules.py):
the taxonomy (condition types and their cue patterns), the stance cues (medspaCy
ConText style: a cue, its category, its direction and what ends its scope) and
the region anaphors. For every condition mention the nearest stance cue whose
scope covers it decides the stance; the holder is read where that cue says
(the demanding verb's subject, the owner of "Ukrainian demands"), else from the
quote or reported clause the mention sits in (doc._.pc_quotes), else from the
reporting verb above it in the parse. Lists introduced by "... key demands:"
inherit the header's holder. An actor rejecting a whole package ("rejects
Moscow's terms") rejects every type that party demands in the article.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import chain
from typing import Iterator

from spacy.language import Language
from spacy.attrs import LEMMA
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..boilerplate import inside
from ..extensions import doc_text, guarded, keyed, near, near_index
from .dates import statement_date
from ..conditions_rules import PLOVER_EVENT, load_condition_rules
from ..patterns import cached_patterns
from ..window_matcher import WindowMatcher

if not Token.has_extension("pc_region"):
    Token.set_extension("pc_region", default=False)
# A non-state armed group the gazetteer names ("the RSF", "Hamas"): condition rules may test it
# ({"_": {"pc_group": true}}).
if not Token.has_extension("pc_group"):
    Token.set_extension("pc_group", default=False)

SUBJ = {"nsubj", "nsubjpass", "csubj"}
PRONOUN_PERSON = {"he", "she", "him", "her", "his"}
PRONOUN_SPEAKER = {"we", "our", "us", "i", "my", "me"}
STANCE_OF = {"demand": "demand", "condition_clause": "demand", "reject": "reject", "offer": "offer"}
# Grammar stays here (dependency labels, pronouns, determiners, numerals); the word classes the rules test are data in
# patterns/condition_words/ (conditions_rules.ConditionWords), read once per patterns folder.
RELATIVE = {"who", "which", "that"}
DEMONSTRATIVE = {"these", "those", "such", "the", "that", "this", "both"}  # "Kurti dismissed both demands"
# "Hamas has made a ceasefire and a withdrawal the core of its demands" (make_nouns.txt): what stands between "make"
# and the demand noun is demanded by the subject of "make".
MAKE_RULE = {"category": "demand", "holder": "subject", "strength": "strong", "direction": "forward", "max_scope": 0,
             "terminated_by": set(), "stop_at": set(), "goal_if_next": set(), "exchange": False, "line": 0}
# "X's conditions for peace include A and B" (listing_verbs.txt): a demand noun's owner demands what the verb lists.
TERMS_RULE = dict(MAKE_RULE, holder="possessor")
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# "Egypt", "Syria", "China": a country the gazetteer does not list names the side of its nationality word ("Egyptian",
# "Syrian", "Chinese" in nationalities.jsonl): a place entity whose name is that word's stem plus at most three letters.
DEMONYM_SUFFIXES = ("ian", "ese", "ish", "an", "i", "n")
HEADLINE_SOURCE = re.compile(r"\s[-–—]\s+((?:[\w.'’]+\s?){1,4})$")  # "... - Kremlin", "... — Lavrov"
HEADLINE_CHARS = 400
BULLET = re.compile(r"^[ \t\u00a0]*(?:[•\-\*–·▪●‣◦]|\d{1,2}[.)])\s+")


@dataclass
class Cue:
    rule: dict
    start: int  # token indices
    end: int
    lo: int = 0  # scope [lo, hi)
    hi: int = 0

    @property
    def category(self) -> str:
        return self.rule["category"]


@dataclass
class Holder:
    name: str | None
    party: str | None
    # "Macron, Merz and Starmer demanded ...", "Russia and Belarus insist ...": the other sides a coordinated subject
    # names; each holds the condition too (one record per holder: the schema has one "by").
    others: list = field(default_factory=list)


@dataclass
class Found:
    type: str
    stance: str
    holder: Holder | None
    on: str | None
    regions: list[str]
    start: int  # evidence char offsets
    end: int
    extra: dict = field(default_factory=dict)


class Conditions:
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
        self.state_anaphors = {**{k: {"place"} for k in w.state_nouns}, **{k: {"org"} for k in w.body_nouns}}
        self.types = rules["types"]
        self.type_rules = rules["type_cues"]
        self.cue_rules = rules["stance_cues"]
        quotes = self.pats.extra.get("quotes") or {}
        self.nationalities = quotes.get("nationalities") or {}
        self.holder_verbs = self.w.holder_verbs | set(quotes.get("speech_verbs") or ())
        self.type_matcher = WindowMatcher(nlp.vocab, self.type_rules, "T")
        self.type_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, rule in enumerate(self.type_rules):
            if not rule["pattern"]:
                self.type_phrases.add(f"T{i}", list(nlp.tokenizer.pipe(rule["phrases"])))
        self.cue_matcher = WindowMatcher(nlp.vocab, self.cue_rules, "C")
        # Unions used per mention, built once.
        self.wanting_verbs = self.holder_verbs | self.w.want_verbs
        self.content_verbs = self.wanting_verbs | self.w.asking_verbs | self.w.content_verbs | self.w.classify_verbs
        self.doerless_verbs = self.wanting_verbs | self.w.classify_verbs | {"make"}
        # Parties that "the group" / "the rebels" never stands for: states (places) and intergovernmental bodies.
        self.not_groups = {a.get("party") for a in self.pats.actors.values() if a.get("kind") == "place"} \
            | self.w.intergovernmental
        self.cue_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, rule in enumerate(self.cue_rules):
            if not rule["pattern"]:
                self.cue_phrases.add(f"C{i}", list(nlp.tokenizer.pipe(rule["phrases"])))
        self.anaphors = Matcher(nlp.vocab)
        self.anaphor_refers: dict[int, list[str]] = {}  # match key -> the regions the phrase stands for, if fixed
        for k, row in enumerate(rules["anaphors"]):
            self.anaphors.add(f"A{k}", [row["pattern"]])
            self.anaphor_refers[nlp.vocab.strings[f"A{k}"]] = row["refers_to"]
        # Words in a speaker's role that name a side ("Ukrainian negotiator", "senior Hamas official").
        self.role_words = quotes["party_words"]
        self.demonym_stems = sorted({(w[:-len(suf)], party) for w, party in self.nationalities.items()
                                     if w.isalpha() and w[:1].isupper() for suf in DEMONYM_SUFFIXES
                                     if w.endswith(suf) and len(w) - len(suf) >= 4}, key=lambda x: (-len(x[0]), x))
        self.country_memo: dict[str, str | None] = {}
        self._obliged_memo: dict[int, tuple[set[int], set[int]]] = {}
        self._aside_memo: dict[int, list[tuple[int, int]]] = {}

    def _country(self, name: str) -> str | None:
        """The side a country name stands for by its nationality word ("Syria" -> "Syrian" -> SYR), else None."""
        if name not in self.country_memo:
            self.country_memo[name] = next((party for stem, party in self.demonym_stems
                                            if name.startswith(stem) and len(name) - len(stem) <= 3), None)
        return self.country_memo[name]

    # ----- matching --------------------------------------------------------------------------
    def _type_matches(self, doc: Doc, boiler) -> list[tuple[str, int, int, dict]]:
        strings = doc.vocab.strings
        raw = [(strings[m], s, e) for m, s, e in self.type_matcher(doc)] + \
              [(strings[m], s, e) for m, s, e in self.type_phrases(doc)]
        out = []
        # Per type, overlapping matches collapse to the longest (earliest on ties).
        by_type: dict[str, list] = {}
        for key, s, e in raw:
            rule = self.type_rules[int(key[1:])]
            if inside(boiler, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])):
                continue
            if e - s > 2 and any(doc[i].is_space for i in range(s + 1, e - 1)):
                continue  # a wildcard gap never runs over a paragraph break ("- Kyiv's guarantees\n\nUkraine ...")
            by_type.setdefault(rule["type"], []).append((s, e, rule))
        for t, items in by_type.items():
            items.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
            taken: set[int] = set()
            for s, e, rule in items:
                if taken.intersection(range(s, e)):
                    continue
                taken.update(range(s, e))
                out.append((t, s, e, rule))
        return sorted(out, key=lambda x: (x[1], x[2], x[0]))

    def _cues(self, doc: Doc) -> list[Cue]:
        strings = doc.vocab.strings
        raw = [(strings[m], s, e) for m, s, e in self.cue_matcher(doc)] + \
              [(strings[m], s, e) for m, s, e in self.cue_phrases(doc)]
        # Ties go to the earlier row of stance_cues.jsonl ("C3" before "C29": by number, not as text).
        raw.sort(key=lambda x: (-(x[2] - x[1]), x[1], int(x[0][1:])))
        taken: set[int] = set()
        cues = []
        for key, s, e in raw:  # the longest cue wins ("not rule out" shadows "not" and "rule out")
            if taken.intersection(range(s, e)):
                continue
            taken.update(range(s, e))
            cues.append(Cue(self.cue_rules[int(key[1:])], s, e))
        cues.sort(key=lambda c: c.start)
        return cues

    def _scope(self, cue: Cue, sent: Span, cues: list[Cue]) -> None:
        rule, doc = cue.rule, sent.doc
        direction, width = rule["direction"], rule["max_scope"]

        def stops(c: Cue) -> bool:
            return c is not cue and not c.rule.get("governed") and \
                (c.category == "terminate" or c.category in rule["terminated_by"])

        def forward() -> int:
            hi = min(sent.end, cue.end + width)
            # "He laid out what Ukraine regards as non-negotiable: A; B; and C": a demand cue right before a colon
            # covers the whole list the colon opens, its semicolons included.
            listing = rule["category"] == "demand" and any(t.text == ":" for t in doc[cue.end:min(cue.end + 2, sent.end)])
            if listing:
                hi = sent.end
            i = cue.end
            while i < hi:
                if doc[i].text in rule["stop_at"]:
                    j = self._parenthetical(doc, i, sent.end)
                    if j is not None:  # "Kyiv would not, he added, give up ...": the aside does not end the scope
                        hi = min(sent.end, hi + j - i + 1)
                        i = j + 1
                        continue
                    if not self._coordinated_past(doc, cue, i, sent.end):
                        return i
                    hi = max(hi, min(sent.end, i + 1 + width))  # the coordinated phrase gets the cue's full reach
                i += 1
            for c in cues:
                if stops(c) and cue.end <= c.start < hi and not (listing and doc[c.start].text == ";"):
                    return c.start
            return hi

        def backward() -> int:
            lo = max(sent.start, cue.start - width)
            for i in range(cue.start - 1, lo - 1, -1):
                if doc[i].text in rule["stop_at"]:
                    return i + 1
            for c in reversed(cues):
                if stops(c) and lo <= c.end <= cue.start:
                    return c.end
            return lo

        cue.lo, cue.hi = cue.end, cue.end
        if direction == "previous":
            # "These are completely understandable conditions.": a sentence that opens by naming the one before it
            # as conditions covers that whole sentence.
            if sent.start > 0 and all(t.is_punct for t in doc[sent.start:cue.start]):
                prev = doc[sent.start - 1].sent
                cue.lo, cue.hi = prev.start, prev.end
            return
        if direction == "clause":
            heads = [t.head for t in doc[cue.start:cue.end] if not (cue.start <= t.head.i < cue.end)]
            head = heads[0] if heads else None
            if head is not None and head.i >= cue.end:
                cue.lo, cue.hi = cue.end, min(head.right_edge.i + 1, sent.end, cue.end + width)
                return
            cue.hi = forward()
            return
        if direction in ("forward", "bidirectional"):
            cue.hi = forward()
            last = doc[cue.end - 1]
            if rule["category"] == "goal" and last.dep_ == "prep":
                # "Russia's conditions for peace include the withdrawal ...": the goal is the preposition's object,
                # not what the sentence goes on to list.
                obj = next((c for c in last.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    cue.hi = min(cue.hi, max(cue.end, obj.right_edge.i + 1))
        if direction in ("backward", "bidirectional"):
            cue.lo = backward()
            if direction == "backward":
                cue.hi = cue.start

    def _parenthetical(self, doc: Doc, i: int, end: int) -> int | None:
        """ ", he added, " / ", the minister said, ": the closing comma of a short reporting aside opening at
        token i."""
        if doc[i].text != ",":
            return None
        for j in range(i + 2, min(i + 7, end)):
            if doc[j].is_punct:
                if doc[j].text == "," and any(doc[k].lemma_.lower() in self.w.narrator_verbs for k in range(i + 1, j)):
                    return j
                return None
        return None

    @staticmethod
    def _coordinated_past(doc: Doc, cue: Cue, i: int, hi: int) -> bool:
        """ "ruled out any discussion of Crimea's status, and of any pullout of its troops": a comma before "and"/"or"
        that opens another object or prepositional phrase of the cue's own verb (or a conjunct) does not end the
        scope; a comma before a new clause does."""
        if doc[i].text != "," or i + 2 >= hi or doc[i + 1].lower_ not in {"and", "or", "nor"}:
            return False
        t = doc[i + 2]
        if t.pos_ == "DET":
            t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return False
        return (t.dep_ == "conj" and t.head.i < i) or cue.start <= t.head.i < cue.end

    def _make_cues(self, sent: Span, makes: set[int]) -> list[Cue]:
        """ "X has made A and B the core of its demands" / "a condition for talks": a demand cue on "make" whose scope
        is what stands between the verb and the demand noun (within the verb's subtree)."""
        out = []
        for i in sorted(i for i in makes if sent.start <= i < sent.end):
            v = sent.doc[i]
            if v.pos_ not in {"VERB", "AUX"}:
                continue
            for n in sent.doc[v.i + 1:sent.end]:
                if (n.pos_ in {"VERB", "AUX"} and n.dep_ not in {"amod", "acl"}) or n.dep_ == "mark":
                    break  # another clause starts: "made clear that ..."
                if n.lower_ in self.w.make_nouns and n.pos_ == "NOUN" and v.left_edge.i <= n.i <= v.right_edge.i:
                    lo = n.left_edge.i if n.left_edge.i > v.i + 1 else n.i
                    if lo > v.i + 1:
                        out.append(Cue(MAKE_RULE, v.i, v.i + 1, v.i + 1, lo))
                    break
        return out

    def _listed_terms(self, sent: Span, local: list[Cue]) -> list[Cue]:
        """ "Russia's conditions for peace include the withdrawal of ...": the goal cue "conditions for" covers only
        "peace"; what the verb the noun is the subject of goes on to name is the noun owner's demand."""
        out = []
        for c in local:
            noun = sent.doc[c.start]
            if c.category != "goal" or noun.lower_ not in self.w.package_nouns or noun.dep_ not in SUBJ:
                continue
            verb = noun.head
            if verb.i >= c.hi and verb.lemma_.lower() in self.w.listing_verbs:
                out.append(Cue(TERMS_RULE, noun.i, noun.i + 1, verb.i + 1, min(sent.end, verb.right_edge.i + 1)))
        return out

    @staticmethod
    def _governed(doc: Doc, cue: Cue, local: list[Cue]) -> bool:
        """A cue whose verb a demand, a refusal or a conditional marker governs ("Moscow wants Kyiv to accept X",
        "peace is possible if Kyiv accepted X") says nothing of its own: the governing cue speaks."""
        at = {i: c for c in local if c is not cue and c.category in {"demand", "reject", "condition_clause"}
              for i in range(c.start, c.end)}
        v = doc[cue.start]
        if any(ch.dep_ in {"mark", "aux"} and ch.i in at for ch in v.children):
            return True
        t = v
        for _ in range(5):  # up through conjuncts and complements ("that Ukraine withdraw ... and agree to X")
            if t.head.i == t.i or t.dep_ in {"relcl", "advcl", "parataxis"}:
                return False
            t = t.head
            # "As soon as they declare that they are ready for ...": the marker opens a clause further up
            if t.i in at or any(ch.dep_ in {"aux", "mark"} and ch.i in at for ch in t.children):
                return True
        return False

    def _parse_scope(self, doc: Doc, cue: Cue, s: int, e: int, local: list[Cue]) -> bool:
        """Scope the parse gives beyond the cue's token window, for demand cues only.

        "The recognition of Crimea, ... must be legally formalized": a modal obliges its clause's subject, which
        stands before it. "Moscow wants Ukraine to amend its constitution ..., and to hold local elections": a
        demanding verb governs its whole complement, however long. A scope-ending cue in between still ends it."""
        if cue.category != "demand":
            return False
        first = doc[cue.start]
        root = self._mention_root(doc, s, e)
        verb = self._modal_verb(cue, first)
        if e <= cue.start and verb is not None:
            subjects = [c for c in verb.children if c.dep_ in SUBJ]
            return any(sj.left_edge.i <= root.i <= sj.right_edge.i for sj in subjects)
        if s >= cue.end and verb is not None:
            # "A settlement would have to include the lifting of sanctions, as well as ... limits on its armed
            # forces": the modal obliges the whole object of the verb it governs, however long.
            if verb.lemma_.lower() in {"have", "need"} and verb.i < cue.end:
                verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.i >= cue.end), None)
                if verb is None:
                    return False
            # "would have to accept neutral status, carry out demilitarisation, and guarantee the rights of ...":
            # verbs coordinated with the obliged one, without a subject of their own, are obliged too.
            verbs = [verb] + [c for c in self._subjectless_conjuncts(verb) if c.i >= cue.end]
            if verb.head.i < cue.end and verb.dep_ == "xcomp":
                verbs += [c for c in self._subjectless_conjuncts(verb.head) if c.i >= cue.end]
            comps = [c for v in verbs for c in v.children
                     if c.dep_ in {"dobj", "attr", "oprd", "ccomp", "xcomp"} and c.i >= cue.end]
            if not any(c.left_edge.i <= root.i <= c.right_edge.i for c in comps):
                return False
            return not any(o is not cue and cue.end <= o.start < s and
                           (o.category in {"terminate", "reject", "goal", "condition_clause"} or
                            (o.category in cue.rule["terminated_by"] and not self._under_modal(doc[o.start])))
                           for o in local)
        if s >= cue.end and cue.rule["holder"] == "subject" and self._in_object(doc, cue, root):
            # "demands the recognition of Crimea, ..., as well as ..., and the complete withdrawal of ...", "calls for
            # a tribunal and a compensation mechanism": every object coordinated under the demanding verb is demanded.
            return not any(o is not cue and cue.end <= o.start < s and
                           (o.category in {"terminate", "reject", "goal", "condition_clause"} or
                            o.category in cue.rule["terminated_by"]) for o in local)
        # ("wants Ukraine to amend ..." is one cue, verb to "to": the verb governs its whole complement too)
        if s >= cue.end and first.pos_ == "VERB" and (cue.end - cue.start <= 2 or doc[cue.end - 1].lower_ == "to"):
            comps = [c for c in first.children if c.dep_ in {"xcomp", "ccomp"} and c.i >= cue.end]
            if not any(c.left_edge.i <= root.i <= c.right_edge.i for c in comps):
                return False
            return not any(o is not cue and cue.end <= o.start < s and
                           (o.category in {"terminate", "reject", "goal", "condition_clause"} or
                            o.category in cue.rule["terminated_by"]) for o in local)
        return False

    @staticmethod
    def _in_object(doc: Doc, cue: Cue, root: Token) -> bool:
        """The mention sits in the object of the cue's verb ("demands X, Y and Z", "calls for X and Y"): the verb's
        direct object, or the object of its own preposition, with everything coordinated with it."""
        verb = next((t for t in doc[cue.start:cue.end] if t.pos_ == "VERB"), None)
        if verb is None:
            return False
        # ("dep": the small parser's label for the object after "as well as")
        objs = [c for c in verb.children if c.dep_ in {"dobj", "dep"} and c.i >= cue.end]
        objs += [p for c in verb.children if c.dep_ == "prep" and cue.start <= c.i < cue.end
                 for p in c.children if p.dep_ == "pobj"]
        end = verb.sent.end
        return any(o.left_edge.i <= root.i <= Conditions._list_end(doc, o.right_edge.i, end) for o in objs)

    @staticmethod
    def _list_end(doc: Doc, last: int, end: int) -> int:
        """The last token of the enumeration an object opens ("the recognition of X, the dissolution of Y, the lifting
        of Z and the withdrawal of W"): noun phrases after a comma, "and", "or" or "as well as", each without a verb
        of its own, whatever the parser made of them."""
        i = last + 1
        while i < end:
            j = i + 1 if doc[i].text == "," else i
            if j < end and doc[j].lower_ in {"and", "or"}:
                j += 1
            elif j + 2 < end and doc[j].lower_ == "as" and doc[j + 1].lower_ == "well" and doc[j + 2].lower_ == "as":
                j += 3
            if j == i or j >= end or doc[j].pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
                break
            k = j
            while k < end and doc[k].text not in {",", ";", ":", "."} and doc[k].lower_ not in {"and", "or"}:
                if doc[k].pos_ in {"VERB", "AUX"} and doc[k].tag_ not in {"VBG", "VBN"}:
                    return last  # a clause, not a noun phrase
                k += 1
            last, i = k - 1, k
        return last

    def _in_clause(self, doc: Doc, cue: Cue, s: int, e: int) -> bool:
        """The mention sits in the clause the marker opens ("before local elections are held")."""
        m = doc[cue.start]
        if m.dep_ != "mark" or m.head.i < cue.start:
            return False
        root = self._mention_root(doc, s, e)
        return m.head.left_edge.i <= root.i <= m.head.right_edge.i

    def _refused_main(self, doc: Doc, cue: Cue) -> bool:
        """ "Kyiv will not negotiate before Russia withdraws", "no talks before ...": a refused or negated main
        clause makes what "before" opens its condition; else ("X before elections are held") it is what comes after."""
        clause = doc[cue.start].head
        main = clause.head if clause.i != cue.start else clause
        if main.i == clause.i:
            return True  # no main clause to read: keep the condition reading
        inner = range(clause.left_edge.i, clause.right_edge.i + 1)
        return main.lemma_.lower() in self.w.refusing_verbs or any(
            t.i not in inner and (t.dep_ == "neg" or t.lower_ in {"no", "never", "nothing"}) for t in main.subtree)

    def _aside(self, doc: Doc, cue: Cue, s: int, e: int) -> bool:
        """The mention sits in an adverbial clause opened by "as" / "while" / "because" ... that does not hold the
        cue: the cue's window reaches it, its clause does not."""
        t = self._mention_root(doc, s, e)
        for _ in range(8):
            if t.head.i == t.i:
                return False
            if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.w.aside_marks for m in t.children):
                return not (t.left_edge.i <= cue.start <= t.right_edge.i)
            t = t.head
        return False

    def _exile(self, doc: Doc, s: int, e: int) -> bool:
        """ "the heads of Hamas must leave the Strip": a leader or person who leaves goes into exile; no withdrawal."""
        verb = next((x for x in doc[s:e] if x.lemma_ in {"leave", "quit", "exit"} and x.pos_ == "VERB"), None)
        subj = self._subject(verb) if verb is not None else None
        if subj is None:
            return False
        info = self.tok_actor.get(subj.i) or {}
        return subj.lower_ in self.w.leader_nouns or subj.lower_ in PRONOUN_PERSON or subj.ent_type_ == "PERSON" or \
            info.get("kind") == "person"

    @staticmethod
    def _mention_root(doc: Doc, s: int, e: int) -> Token:
        root = doc[s:e].root
        if root.dep_ in {"mark", "prep", "case"} and root.i == s and e - s > 1:
            root = doc[s + 1:e].root  # "as Russian territory": the noun, not the marker, sits in the clause
        return root

    @staticmethod
    def _subjectless_conjuncts(verb: Token) -> list[Token]:
        out = []
        for c in verb.conjuncts:
            if c.i > verb.i and c.pos_ in {"VERB", "AUX"} and not any(x.dep_ in SUBJ for x in c.children):
                out.append(c)
        return out

    def _under_modal(self, tok: Token) -> bool:
        """ "Ukraine would have to accept ..., and guarantee the rights of ...": a verb coordinated under an
        obligation, without a subject of its own, is part of what is demanded, no offer of the subject's."""
        t = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
        moved = False
        for _ in range(6):
            if any(a.dep_ == "aux" and a.lower_ in self.w.modals for a in t.children):
                return moved
            if t.lemma_ in {"have", "need"} and any(x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children)
                                                     for x in t.children):
                return moved
            if t.dep_ not in {"conj", "xcomp"} or t.head.i == t.i or any(x.dep_ in SUBJ for x in t.children):
                return False
            t, moved = t.head, True
        return False

    def _modal_verb(self, cue: Cue, first: Token) -> Token | None:
        """The verb a modal cue obliges: "must leave" (aux), "would have to be" / "had to be" (have + to)."""
        if cue.rule["holder"] != "none":
            return None
        if first.dep_ == "aux" and first.lower_ in self.aux_modals:
            return first.head
        nxt = first.nbor(1) if first.i + 1 < len(first.doc) else None
        if first.lemma_.lower() in {"have", "need"} and first.pos_ in {"VERB", "AUX"} and nxt is not None \
                and nxt.lower_ == "to":
            return first
        return None

    # ----- people and parties -----------------------------------------------------------------
    def _role_party(self, role: str | None) -> str | None:
        return self.role_words.find(role)

    def _index_actors(self, doc: Doc) -> None:
        # Speakers the gazetteer does not know take the side their role names ("An RSF adviser, Youssef Ezzat").
        self.speaker_party: dict[str, str] = {}
        self.surname_speaker: dict[str, str] = {}
        for sp in doc._.pc_speakers or []:
            party = sp.get("party") or self._role_party(sp.get("role"))
            if sp.get("name") and party:
                self.speaker_party[sp["name"]] = party
                self.surname_speaker.setdefault(sp["name"].split()[-1], sp["name"])
        self.tok_actor: dict[int, dict] = {}
        self.persons: list[tuple[int, dict]] = []
        self.orgs: list[tuple[int, dict]] = []  # non-state organisations, for "the group", "the rebels"
        for a in doc._.pc_actors or []:
            span = doc.char_span(a["start"], a["end"], alignment_mode="expand")
            if span is None:
                continue
            act = self.pats.actors.get(a["id"], {})
            info = {"name": a["id"], "party": act.get("party"), "kind": act.get("kind")}
            for t in span:
                self.tok_actor[t.i] = info
            if info["kind"] == "org" and info["party"] and info["party"] not in self.not_groups \
                    and not self._patron(span[-1]):
                self.orgs.append((span.start, info))
            if info["kind"] == "person":
                is_subj = any(t.dep_ in SUBJ or (t.dep_ in {"compound", "appos"} and t.head.dep_ in SUBJ)
                              for t in span)
                self.persons.append((span.start, info, is_subj))
        for ent in doc.ents:
            if ent.label_ == "GPE" and ent.start not in self.tok_actor:
                party = self._country(ent.text)
                if party:
                    for t in ent:
                        self.tok_actor[t.i] = {"name": ent.text, "party": party, "kind": "place"}
        self._index_speakers(doc)
        # "Kyiv, in turn, is seeking security guarantees": a capital the gazetteer kept as a place still acts for
        # its government when it is the subject of a verb.
        for r in doc._.pc_regions or []:
            metonym = (self.pats.regions.get(r["id"]) or {}).get("metonym")
            act = self.pats.actors.get(metonym or "")
            span = doc.char_span(r["start"], r["end"], alignment_mode="expand") if act else None
            if span is None or not act.get("party"):
                continue
            if span.root.dep_ == "nsubj" and span.root.head.pos_ in {"VERB", "AUX"}:
                for t in span:
                    self.tok_actor.setdefault(t.i, {"name": metonym, "party": act["party"], "kind": act.get("kind")})

    def _index_speakers(self, doc: Doc) -> None:
        """People the quotes component found speaking, where the gazetteer does not know them: each mention of the
        full name or the surname is a person "he" / "the minister" can stand for; a speaker with no side takes the
        side its first full mention names ("Ukrainian Energy Minister Herman Halushchenko")."""
        text = doc_text(doc)
        for sp in doc._.pc_speakers or []:
            name = sp.get("name")
            if not name or sp.get("kind") != "person":
                continue
            hits = []
            for m in re.finditer(r"\b%s\b" % re.escape(name.split()[-1]), text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None and span.start not in self.tok_actor:
                    hits.append(span)
            if not hits:
                continue
            if name not in self.speaker_party:
                first = text.find(name)
                span = doc.char_span(first, first + len(name), alignment_mode="expand") if first != -1 else None
                h = self._resolve(span.root, fallback=False) if span is not None else None
                if not (h and h.party) and span is not None and span.root.dep_ == "appos":
                    h = self._resolve(span.root.head, fallback=False)  # "The AU's envoy, Olusegun Obasanjo"
                if not (h and h.party) and span is not None:
                    h = self._role_side(span)
                if h and h.party:
                    self.speaker_party[name] = h.party
                    self.surname_speaker.setdefault(name.split()[-1], name)
            info = {"name": name, "party": self.speaker_party.get(name), "kind": "person"}
            for span in hits:
                t = span[-1]
                is_subj = t.dep_ in SUBJ or (t.dep_ in {"compound", "appos"} and t.head.dep_ in SUBJ)
                self.persons.append((span.start, info, is_subj))
        self.persons.sort(key=lambda x: x[0])

    def _role_side(self, span: Span) -> Holder | None:
        """The side a speaker's role names by a government or group noun: "Government spokesman Patrick Muyaya" (the
        government the story named with its country), "Bertrand Bisimwa, the movement's president", "X, who leads the
        rebel delegation" (the non-state organisation the story named last)."""
        root = span.root
        toks = [t for t in root.subtree if t.i < span.start or t.dep_ in {"appos", "relcl"} or
                any(a.dep_ in {"appos", "relcl"} for a in t.ancestors if a.i > root.i - 1 and a.head.i == root.i)]
        for t in toks:
            low = t.lower_
            if low in self.w.gov_nouns:
                h = self._last_government(t)
                if h and h.party:
                    return h
            if low in self.w.group_nouns:
                # "the Ukrainian delegation", "Kyiv's delegation": a side the noun's own modifier names wins;
                # only a bare group noun stands for the non-state organisation named last.
                mods = [c for c in t.children if c.dep_ in {"amod", "compound", "poss"}]
                for c in mods:
                    info = self.tok_actor.get(c.i)
                    party = info["party"] if info else self.nationalities.get(c.text) or self._country(c.text)
                    if party:
                        return Holder(info["name"] if info else c.text, party)
                if any(c.pos_ in {"PROPN", "ADJ"} and c.is_title for c in mods):
                    continue  # a side the story names, but not one we know: not the last group's
                k = bisect_left(self.orgs, t.i, key=lambda x: x[0])  # (sorted by token)
                if k:
                    return Holder(self.orgs[k - 1][1]["name"], self.orgs[k - 1][1]["party"])
        return None

    def _quote_at(self, doc: Doc, start_char: int, end_char: int) -> int | None:
        """Index of the narrowest quote holding the span."""
        best = None
        for i in near_index(doc, "pc_quotes", start_char, end_char):
            q = doc._.pc_quotes[i]
            if q["start"] <= start_char and end_char <= q["end"]:
                if best is None or q["end"] - q["start"] < doc._.pc_quotes[best]["end"] - doc._.pc_quotes[best]["start"]:
                    best = i
        return best

    def _obliged_cue(self, doc: Doc, q: dict) -> bool:
        """ "Kyiv must declare that ...": a speech verb under a modal reports nothing said, it is the demand."""
        if q.get("cue_start") is None or q.get("cue_end") is None:
            return False
        span = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")
        return span is not None and any(a.dep_ == "aux" and a.lower_ in self.w.modals for a in span.root.children)

    def _quote_holder(self, doc: Doc, start_char: int, end_char: int) -> Holder | None:
        cands = [q for q in near(doc, "pc_quotes", start_char, end_char) if q["start"] <= start_char and end_char <= q["end"]
                 and (q.get("party") or q.get("speaker")) and not self._obliged_cue(doc, q)]
        if not cands:
            return None
        q = min(cands, key=lambda q: q["end"] - q["start"])
        speaker = q.get("speaker") or ""
        # "India's foreign secretary said ...", spoken for by "India": a country the gazetteer does not list
        party = q.get("party") or self.speaker_party.get(speaker) or \
            (self._country(speaker) if q.get("speaker_kind") != "person" and speaker[:1].isupper() else None)
        return Holder(q.get("speaker"), party)

    def _resolve(self, tok: Token, fallback: bool = True) -> Holder | None:
        """The party a (subject) token stands for: an actor, a pronoun, a nationality word."""
        doc = tok.doc
        low = tok.lower_
        if low in PRONOUN_PERSON:
            verb = tok.head
            for q in keyed(doc, "pc_quotes", "cue_start").get(verb.idx, ()):
                if q.get("speaker") and q.get("party"):
                    return Holder(q["speaker"], q["party"])
            # "He is asking Ukraine to surrender territory," said analyst Natalia Sorokina: inside a direct quote, "he"
            # is someone other than the one quoted (in reported speech, "Putin suggested that he would", it is not).
            quoted = self._quote_at(doc, tok.idx, tok.idx + len(tok))
            q = doc._.pc_quotes[quoted] if quoted is not None else {}
            speaker = (q.get("speaker") if q.get("kind") == "direct" else None) or ""
            prev = (x for x in self._persons_before(tok.i) if x[1]["name"] != speaker)
            pick = next(prev, None)
            if pick is None:
                return None
            # Named earlier in the same sentence ("Before Putin ordered ..., he demanded"): that person;
            # else the last person the story made a subject ("Trump relayed ... to Zelensky. He urged").
            if pick[0] < tok.sent.start:
                pick = next((x for x in chain([pick], prev) if x[2]), pick)
            return Holder(pick[1]["name"], pick[1]["party"]) if pick else None
        if low in PRONOUN_SPEAKER and tok.text != "US":  # "The US has called for ...": the country, not "us"
            # in a quote, its speaker; in a transcript's turn ("Rustem Umerov: ... We need ..."), the turn's
            # speaker: the quotes component gives turns as statements (turns.py)
            return self._quote_holder(doc, tok.idx, tok.idx + len(tok))
        # "Erdogan, who urged both delegations to ...": the relative pronoun stands for the noun it modifies.
        if low in RELATIVE and tok.dep_ in SUBJ and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
            return self._resolve(tok.head.head, fallback)
        # "In the same statement it repeated that ...": the institution that last spoke.
        if low == "it" and tok.dep_ in SUBJ and tok.head.lemma_.lower() in self.holder_verbs:
            return self._recent_institution(tok)
        banned: set[int] = set()
        for t in tok.subtree:
            if t.i != tok.i and t.dep_ in {"relcl", "acl", "appos", "advcl", "ccomp"}:
                banned.update(x.i for x in t.subtree)
            # "Ukraine's allies want ...": the side a relation noun hangs off is not the one speaking
            if t.head.lower_ in self.w.relation_nouns and t.dep_ in {"poss", "compound", "amod"} and t.head.i != t.i:
                banned.update(x.i for x in t.subtree)
        toks = [t for t in tok.subtree if t.i not in banned and not self._patron(t)]
        # "Colombia's last active guerrilla group, the National Liberation Army (ELN), said": a common-noun head
        # is named by its apposition, not by the country that modifies it.
        if tok.i not in self.tok_actor:
            for c in tok.children:
                if c.dep_ != "appos":
                    continue
                for t in c.subtree:
                    info = self.tok_actor.get(t.i)
                    if info and info["party"] and info.get("kind") in {"org", "person"}:
                        return Holder(info["name"], info["party"])
        # The head itself first ("Kyiv has refused"), then its modifiers ("the government in Kyiv").
        for t in sorted(toks, key=lambda t: (t.i != tok.i, t.i)):
            info = self.tok_actor.get(t.i)
            if info and info["party"]:
                return self._with_conjuncts(Holder(info["name"], info["party"]), t)
        for t in toks:
            party = self.nationalities.get(t.text)
            if party:
                return Holder(None, party)
            if t.lower_ in PRONOUN_PERSON and t.dep_ == "poss":
                return self._resolve(t)
        if not fallback:
            return None
        for t in toks:
            if t.lower_ in self.w.gov_nouns or (t.i == tok.i and t.lower_ in self.w.plan_nouns):
                h = self._last_government(t)
                if h:
                    return h
        name = self.surname_speaker.get(tok.text)
        if name:
            return Holder(name, self.speaker_party[name])
        definite = any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in tok.children)
        if definite and tok.lower_ in self.w.group_nouns:
            prev = [(i, info) for i, info in self.orgs if i < tok.i]
            if prev:
                return Holder(prev[-1][1]["name"], prev[-1][1]["party"])
        kinds = self.state_anaphors.get(tok.lower_)
        if definite and kinds:
            # "The kingdom also wants the Houthis to ...", "the bloc's foreign ministers": the last state (or body)
            # of that kind the story named.
            for i in sorted((i for i in self.tok_actor if i < tok.i), reverse=True):
                info = self.tok_actor[i]
                if info["party"] and (info.get("kind") in kinds or (kinds == {"org"} and
                                                                    info["party"] in self.w.intergovernmental)):
                    if kinds != {"org"} or info["party"] in self.w.intergovernmental:
                        return Holder(info["name"], info["party"])
        if definite and tok.lower_ in self.w.role_nouns:
            pick = next((x for x in self._persons_before(tok.i) if x[2]), None)
            if pick is not None:
                return Holder(pick[1]["name"], pick[1]["party"])
        return None

    def _persons_before(self, i: int) -> Iterator[tuple[int, dict, bool]]:
        """The persons named before token i, the last first (found by bisection: a scan per pronoun grew with the
        square of the article)."""
        k = bisect_left(self.persons, i, key=lambda x: x[0])
        return (self.persons[j] for j in range(k - 1, -1, -1))

    def _with_conjuncts(self, h: Holder, t: Token) -> Holder:
        """ "Macron, Merz and Starmer", "Russia and Belarus": the sides the other named conjuncts stand for. Named
        actors only: "Ukrainian and European representatives" are no EU statement."""
        seen = {h.party}
        for c in t.conjuncts:
            info = self.tok_actor.get(c.i)
            if not info and c.pos_ == "PROPN" == t.pos_ and self.nationalities.get(c.text):
                info = {"name": c.text, "party": self.nationalities[c.text]}  # "France, Germany and the UK"
            other = Holder(info["name"], info["party"]) if info and info["party"] and c.pos_ == t.pos_ else None
            if other is not None and other.party not in seen:
                seen.add(other.party)
                h.others.append(other)
        return h

    def _patron(self, t: Token) -> bool:
        doc = t.doc
        return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in self.w.patron_participles

    def _last_government(self, tok: Token) -> Holder | None:
        """ "The Government recalls ...": the government the article named with its side before."""
        for u in reversed(tok.doc[:tok.i]):
            if u.lower_ == tok.lower_:
                h = self._resolve(u, fallback=False)
                if h and h.party:
                    return h
        return None

    def _recent_institution(self, tok: Token) -> Holder | None:
        """The last speaking subject, in this or the three sentences before, that names a side and is no person.
        When that subject is a text ("The formula sets out Kyiv's terms. It calls for ..."), "it" is the text: its
        owner holds what it says."""
        sent = tok.sent
        start = sent.start
        for _ in range(3):
            if start == 0:
                break
            start = tok.doc[start - 1].sent.start
        for t in reversed(tok.doc[start:tok.i]):
            if t.dep_ not in SUBJ or t.lower_ in PRONOUN_PERSON | PRONOUN_SPEAKER | RELATIVE | {"it", "they"} \
                    or t.head.lemma_.lower() not in self.holder_verbs:
                continue
            if t.lower_ in self.doc_nouns:
                return self._text_owner(t)
            h = self._resolve(t, fallback=False)
            if h and h.party and (self.pats.actors.get(h.name or "") or {}).get("kind") != "person":
                return h
        return None

    def _text_owner(self, t: Token) -> Holder | None:
        """The side a plan or document stands for: its owner ("Zelensky's formula", "the formula" after it), else who
        issued it ("the document, published by the foreign ministry in Beijing")."""
        h = self._resolve(t, fallback=False) or self._last_government(t)
        if h and h.party:
            return h
        for c in t.children:
            if c.dep_ != "acl":
                continue
            for x in c.subtree:
                if x.dep_ == "agent" and x.head.pos_ == "VERB":
                    obj = next((p for p in x.children if p.dep_ == "pobj"), None)
                    h = self._resolve(obj, fallback=False) if obj is not None else None
                    if h and h.party:
                        return h
        return None

    def _subject(self, verb: Token) -> Token | None:
        tok = verb
        for _ in range(4):
            subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
            if subj is not None:
                return subj
            if tok.dep_ in {"xcomp", "conj", "advcl", "acl"} and tok.head.i != tok.i:
                tok = tok.head
                continue
            return None
        return None

    def _possessor(self, noun: Token) -> Holder | None:
        for c in noun.children:
            if c.dep_ in {"poss", "amod", "compound", "nmod"}:
                h = self._resolve(c)
                if h:
                    return h
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}:  # "a request by Kyiv", "calls from Kyiv"
                for p in c.children:
                    if p.dep_ == "pobj":
                        h = self._resolve(p)
                        if h:
                            return h
            if c.dep_ == "acl" and c.pos_ == "VERB":  # "a list of preconditions set by Tigray's leaders"
                for a in c.children:
                    obj = next((p for p in a.children if p.dep_ == "pobj"), None) if a.dep_ == "agent" else None
                    h = self._resolve(obj) if obj is not None else None
                    if h:
                        return h
        return None

    def _walk_up(self, tok: Token, skip: Token | None = None) -> Holder | None:
        """The subject of the nearest reporting or demanding verb above tok that names a party."""
        t = tok
        for _ in range(12):
            if t.head.i == t.i:
                break
            t = t.head
            if skip is not None and t.i == skip.i:
                continue
            if t.lemma_.lower() in self.holder_verbs and t.pos_ in {"VERB", "AUX", "NOUN"}:
                subj = self._subject(t)
                if subj is not None:
                    h = self._resolve(subj)
                    if h:
                        return h
                if t.pos_ == "NOUN":
                    h = self._possessor(t)
                    if h:
                        return h
        return None

    def _cue_holder(self, doc: Doc, cue: Cue) -> Holder | None:
        rule = cue.rule["holder"]
        toks = doc[cue.start:cue.end]
        if rule == "subject":
            verb = next((t for t in toks if t.pos_ == "VERB"), None) or \
                next((t for t in toks if t.pos_ == "AUX"), None)
            if verb is not None:
                # "Moscow's demand was rejected by Kyiv": a passive verb's agent acts; its subject is what is acted on
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                obj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
                h = self._resolve(obj) if obj is not None else None
                if h and h.party:
                    return h
                subj = self._subject(verb)
                if subj is not None:
                    # "The Russian memorandum demands ...", "Point seven calls for ...", "It also foresees ...": a
                    # text speaks for its owner.
                    text = self._document(subj)
                    if text is not None:
                        return self._document_owner(text)
                    return self._resolve(subj)
            noun = next((t for t in toks if t.pos_ in {"NOUN", "PROPN"}), None)
            if noun is not None:
                return self._possessor(noun)
        if rule in ("possessor", "continue"):  # the cue's last noun is its head ("the Tigrayan side's terms": terms)
            noun = next((t for t in reversed(toks) if t.pos_ in {"NOUN", "PROPN"}), None)
            if noun is not None:
                return self._possessor(noun)
        if rule == "to":
            for t in list(toks) + [toks.root.head]:
                for c in t.children:
                    if c.dep_ in {"prep", "dative"} and c.lower_ == "to":
                        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                        if pobj is not None:
                            return self._resolve(pobj)
        return None

    def _document(self, subj: Token) -> Token | None:
        """The text a subject stands for: a document noun ("the memorandum", "the Saudi outline"), a part of one
        ("Point seven"), or "it" after a sentence whose subject was one ("... the memorandum demands X. It also
        foresees Y")."""
        if subj.lower_ in self.doc_nouns or subj.lower_ in self.w.document_parts:
            return subj
        if subj.lower_ != "it":
            return None
        doc = subj.doc
        k = bisect_right(self.sent_starts, subj.i) - 1
        lo = self.sents[max(0, k - 1)].start
        return next((t for t in reversed(doc[lo:subj.i]) if t.dep_ in SUBJ and t.lower_ in self.doc_nouns), None)

    def _document_cue(self, doc: Doc, cue: Cue) -> bool:
        """The cue's verb has a text for its subject, and the text an owner ("the text of the agreement obliges the
        group to ..." is both sides' deal: no one's demand)."""
        verb = next((t for t in doc[cue.start:cue.end] if t.pos_ == "VERB"), None)
        subj = self._subject(verb) if verb is not None else None
        text = self._document(subj) if subj is not None else None
        h = self._document_owner(text) if text is not None else None
        return h is not None and h.party is not None

    def _document_owner(self, text: Token) -> Holder | None:
        """The side a text speaks for: its own owner ("the Russian memorandum", "China's position paper"), else the
        owner of the nearest text the story named with one, before it ("Kyiv's ten-point plan ... Point seven calls
        for"), else after it ("the document foresees ... the American plan")."""
        h = self._text_owner(text)
        if h and h.party:
            return h
        doc = text.doc
        before = (t for t in reversed(doc[:text.i]) if t.lower_ in self.doc_nouns)
        after = (t for t in doc[text.i + 1:] if t.lower_ in self.doc_nouns)
        for t in list(before) + list(after):
            h = self._resolve(t, fallback=False)
            if not (h and h.party) and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in t.children):
                # "Colombia's government published its six-point plan": "its" is the subject of the verb
                subj = self._subject(t.head) if t.head.pos_ in {"VERB", "AUX"} else None
                h = self._resolve(subj) if subj is not None else None
            if h and h.party:
                return h
        return None

    def _headline_source(self, doc: Doc, tok: Token) -> Holder | None:
        """ "Talks possible only with regard to new realities - Kremlin": a line ending in a dash and a short name
        (wire-service headlines) is that actor's statement."""
        text = doc_text(doc)
        # A headline is a short line: the search stays within HEADLINE_CHARS of the token (a page without line
        # breaks is one line, and reading all of it for every mention grew with the square of its length).
        a = text.rfind("\n", max(0, tok.idx - HEADLINE_CHARS), tok.idx) + 1
        b = text.find("\n", tok.idx, tok.idx + HEADLINE_CHARS)
        if (a == 0 and tok.idx > HEADLINE_CHARS) or (b == -1 and len(text) - tok.idx > HEADLINE_CHARS):
            return None
        line = text[a:len(text) if b == -1 else b].rstrip()
        m = HEADLINE_SOURCE.search(line)
        if m is None or a + m.start(1) <= tok.idx:
            return None
        tail = doc.char_span(a + m.start(1), a + m.end(1), alignment_mode="expand")
        for t in tail or []:
            info = self.tok_actor.get(t.i)
            if info and info["party"]:
                return Holder(info["name"], info["party"])
            name = self.surname_speaker.get(t.text)
            if name:
                return Holder(name, self.speaker_party[name])
        return None

    def _continued_holder(self, doc: Doc, cue: Cue) -> Holder | None:
        """ "A special tribunal comes next on the list", "... were also on the list": the side whose demand (or whose
        list of demands: "The rebels set out a list of demands.") the story reported last, in this sentence before
        the cue or in the two sentences before it."""
        k = bisect_right(self.sent_starts, cue.start) - 1
        lo = self.sents[max(0, k - 2)]
        at = doc[cue.start].idx
        best: tuple[int, Holder] | None = None
        for f in self.found_now:
            if f.stance == "demand" and f.holder and f.holder.party and lo.start_char <= f.start < at and \
                    (best is None or f.start > best[0]):
                best = (f.start, f.holder)
        for c in self.cues_now:
            if c.category == "demand" and c.rule["holder"] in {"subject", "possessor"} and lo.start <= c.start < \
                    cue.start and (best is None or doc[c.start].idx > best[0]):
                h = self._cue_holder(doc, c)
                if h and h.party:
                    best = (doc[c.start].idx, h)
        return Holder(best[1].name, best[1].party) if best else None

    def _holder(self, doc: Doc, cue: Cue, m_start: int, m_end: int) -> Holder | None:
        if cue.rule["holder"] == "continue":
            h = self._continued_holder(doc, cue)
            if h:
                return h
        h = self._cue_holder(doc, cue) or self._headline_source(doc, doc[m_start])
        if h:
            return h
        if cue.category == "condition_clause":  # "Kyiv refused to negotiate until ...": the main clause's subject
            head = doc[cue.start].head
            main = head.head if head.i >= cue.end else head
            subj = self._subject(main) if main.pos_ in {"VERB", "AUX", "ADJ"} else None
            if subj is not None:
                h = self._resolve(subj)
                if h and h.party:
                    return h
        span = doc[m_start:m_end]
        h = self._quote_holder(doc, span.start_char, span.end_char)
        if h and h.party:
            return h
        # A quoted analyst or bystander no side is known for ("he wants that land recognised", said by an analyst)
        # holds the terms only when the sentence names no side that does.
        sideless = h
        # "Kyiv must declare that ...": the verb a modal governs is what the obliged side must do.
        skip = doc[cue.start].head if cue.rule["holder"] == "none" and doc[cue.start].dep_ == "aux" else None
        h = self._walk_up(doc[cue.start], skip) or self._walk_up(doc[m_start], skip)
        if h and (h.party or sideless is None):
            return h
        # Headlines and fragments parse badly ("Putin Signals Peace Push—but Demands Ukraine Give Up ..."):
        # the nearest side named before the cue, unless it is the side that must act.
        # (the plain reading: a noun's doer is no reason to pass over the side named before the cue)
        on = self._on(doc, cue, m_start, m_end, doer=False)
        sent = doc[cue.start].sent
        # "Kyiv must declare ...": the subject a modal obliges is the side that must act, never the holder.
        obliged, obliged_phrase = self._obliged_parts(sent)
        # "..., while France and India supply Yerevan with arms, and any peace will require Armenia to ...": a side
        # named in the narrator's aside does not hold the sentence's terms.
        skip = obliged_phrase | {i for a, b in self._asides(sent) if not a <= cue.start <= b for i in range(a, b + 1)}
        modal = cue.category == "demand" and cue.rule["holder"] == "none"
        if modal:
            # "Ukrainian troops, the Russian president said, must be withdrawn", "Ukraine, in the Kremlin's vision,
            # would have to accept ...": the obligation is the speaker's term.
            h = self._narrator(sent, obliged)
            if h:
                return h
        for t in reversed(doc[sent.start:cue.start]):
            if t.i in skip:
                continue
            if t.dep_ in SUBJ:
                h = self._resolve(t)
                # "Russia, he said, would not consider pulling its forces out": who refuses is the side that would act.
                if h and h.party and (h.party != on or cue.category == "reject"):
                    return h
        for t in reversed(doc[sent.start:cue.start]):
            if t.i in skip or (t.head.lower_ in self.w.relation_nouns and t.dep_ in {"poss", "compound", "amod"}):
                continue
            if t.i in self.tok_actor or (t.lower_ in PRONOUN_PERSON and t.dep_ in SUBJ | {"poss"}) or \
                    (t.pos_ == "PROPN" and t.text in self.nationalities):
                h = self._resolve_token(t)
                if h and h.party and h.party != on:
                    return h
        if modal:
            # "Kyiv would also have to notify Moscow ...", after "..., the Russian president said, must be
            # withdrawn": a narrative of obligations continues the terms of the speaker named before it, in this
            # paragraph or the one before.
            return self._narrative_speaker(doc, sent) or sideless
        return sideless

    def _obliged(self, sent: Span) -> set[int]:
        """Subjects a modal obliges ("Kyiv must", "Kyiv would have to", "Ukraine needs to"): the side that must act,
        never the holder. Asked per mention, computed once per sentence."""
        return self._obliged_parts(sent)[0]

    def _asides(self, sent: Span) -> list[tuple[int, int]]:
        """Token ranges of the clauses "as" / "while" / "because" ... open in the sentence (once per sentence)."""
        got = self._aside_memo.get(sent.start)
        if got is None:
            got = self._aside_memo[sent.start] = [
                (t.left_edge.i, t.right_edge.i) for t in sent
                if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.w.aside_marks for m in t.children)]
        return got

    def _obliged_parts(self, sent: Span) -> tuple[set[int], set[int]]:
        """(the obliged subject tokens, every token of their phrases): "All foreign militias backed by Iran, including
        Lebanon's Hezbollah, had to leave" -- no side named inside the obliged phrase holds the demand."""
        got = self._obliged_memo.get(sent.start)
        if got is not None:
            return got
        out: set[int] = set()
        for v in sent:
            if any(a.dep_ == "aux" and a.lower_ in self.w.modals for a in v.children) or \
                    (v.lemma_ in {"have", "need"} and any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                                  for a in x.children)
                                                         for x in v.children)):
                out.update(c.i for c in v.children if c.dep_ in SUBJ)
        phrase = {x for i in out for x in range(sent.doc[i].left_edge.i, sent.doc[i].right_edge.i + 1)}
        got = self._obliged_memo[sent.start] = (out, phrase)
        return got

    def _narrator(self, sent: Span, obliged: set[int]) -> Holder | None:
        """Who states a sentence: "X said" / "X told" anywhere in it (a parenthetical too), "in X's view",
        "according to X", else a quote in it that names its speaker's side."""
        doc = sent.doc
        for t in sent:
            if (t.lemma_.lower() in self.w.narrator_verbs or (t.lemma_.lower() in self.w.out_verbs and any(
                    c.dep_ == "prt" and c.lower_ == "out" for c in t.children))) and t.pos_ in {"VERB", "AUX"}:
                subj = next((c for c in t.children if c.dep_ in SUBJ and c.i not in obliged), None)
                h = self._resolve(subj) if subj is not None and subj.lower_ not in PRONOUN_SPEAKER else None
                if h and h.party:
                    return h
            if t.dep_ == "pobj" and t.head.lower_ in {"in", "to"} and \
                    ((t.head.lower_ == "in" and t.lower_ in self.w.view_nouns) or
                     (t.head.lower_ == "to" and t.head.i > sent.start and doc[t.head.i - 1].lower_ == "according")):
                if t.head.lower_ == "in":
                    h = next((self._resolve(c) for c in t.children if c.dep_ == "poss"), None)
                else:
                    h = self._resolve(t)
                if h and h.party:
                    return h
        for q in near(doc, "pc_quotes", sent.start_char, sent.end_char):
            # a statement, not a scare-quoted phrase, nor a "declaration" the sentence demands ("Kyiv must declare")
            if sent.start_char <= q["start"] < sent.end_char and q.get("party") and q.get("kind") == "direct" \
                    and len(q["text"].split()) >= 5 and not self._obliged_cue(doc, q):
                return Holder(q.get("speaker"), q["party"])
        return None

    def _narrative_speaker(self, doc: Doc, sent: Span) -> Holder | None:
        text = doc_text(doc)
        breaks = 0
        cur = sent
        for _ in range(4):
            if cur.start == 0:
                return None
            prev = doc[cur.start - 1].sent
            if "\n" in text[prev.end_char:cur.start_char]:
                breaks += 1
                if breaks > 1:
                    return None
            h = self._narrator(prev, self._obliged(prev))
            if h:
                return h
            cur = prev
        return None

    def _resolve_token(self, t: Token) -> Holder | None:
        info = self.tok_actor.get(t.i)
        if info and info["party"]:
            return Holder(info["name"], info["party"])
        if t.pos_ == "PROPN" and t.text in self.nationalities:  # "EU foreign ministers insist ..." parsed apart
            return Holder(None, self.nationalities[t.text])
        return self._resolve(t) if t.lower_ in PRONOUN_PERSON else None

    def _doer(self, doc: Doc, m_start: int, m_end: int) -> str | None:
        """The side of the subject of the verb a noun mention is the object of ("Ukraine adopt a neutral status")."""
        root = doc[m_start:m_end].root
        if root.dep_ not in {"dobj", "attr", "oprd"} or root.head.pos_ not in {"VERB", "AUX"} \
                or root.head.lemma_.lower() in self.doerless_verbs:
            # "demanded the demilitarization", "we need the withdrawal of all foreign troops", "made the militia's
            # withdrawal a condition": the demander, not the doer
            return None
        if root.head.lemma_.lower() == "be":  # "Addis Ababa's demand was the disarmament": a copula names no doer
            return None
        subj = next((c for c in root.head.children if c.dep_ in SUBJ), None)
        if subj is not None and (self._document(subj) is not None or subj.lower_ in self.text_nouns):
            # "The Israeli proposal foresees the disarmament of Hamas", "Israel's demands include ...": a text does
            # nothing
            return None
        h = self._resolve(subj, fallback=False) if subj is not None else None
        return h.party if h else None

    def _on(self, doc: Doc, cue: Cue | None, m_start: int, m_end: int, kind: str | None = None,
            doer: bool = True) -> str | None:
        """The party that must act: "called on Ukraine to", else the subject of the condition's verb."""
        if cue is not None:
            for t in doc[cue.start:cue.end]:
                if t.lower_ in {"on", "upon"}:
                    obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        h = self._resolve(obj)
                        if h and h.party:
                            return h.party
        # "Russian assets unfrozen by the EU", "lift the sanctions against Moscow": the side that holds the assets or
        # imposed the sanctions must act; the side that benefits, named in the mention, is not it.
        benefit = kind in self.w.benefit_types
        root = self._mention_root(doc, m_start, m_end)
        if cue is not None and cue.category == "demand" and cue.rule["holder"] == "none" and not benefit:
            # "Kyiv would also have to notify Moscow that ... NATO": the subject the modal obliges must act.
            first = doc[cue.start]
            verb = first.head if first.dep_ == "aux" else first
            subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
            if subj is not None and subj.i in self._obliged(first.sent) and \
                    verb.left_edge.i <= root.i <= verb.right_edge.i and not (m_start <= subj.i < m_end):
                h = self._resolve(subj, fallback=False)
                if h and h.party:
                    return h.party
        if benefit:
            for t in doc[m_start:min(m_end + 4, root.sent.end)]:
                if t.dep_ == "agent" or (t.lower_ == "by" and t.dep_ == "prep"):
                    obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                    h = self._resolve(obj) if obj is not None else None
                    if h and h.party:
                        return h.party
        t = root
        for _ in range(3):
            # "The army asked the militia to hand back the cities": the one asked acts, not the one asking.
            obj = next((c for c in t.children if c.dep_ in {"dobj"} and t.lemma_ in self.w.asking_verbs), None)
            if obj is not None and t.i != root.i:
                h = self._resolve(obj)
                return h.party if h else None
            if t.i != root.i and t.lemma_.lower() in self.wanting_verbs:
                break  # "Aliyev insisted that Armenia ...": the subject of the demanding verb is its holder
            subj = max((c for c in t.children if c.dep_ in SUBJ and c.i < m_end), key=lambda c: c.i, default=None)
            if subj is not None and not (benefit and m_start <= subj.i < m_end):
                h = self._resolve(subj)
                return h.party if h else None
            if obj is not None:
                h = self._resolve(obj)
                return h.party if h else None
            if t.pos_ == "NOUN" or t.head.i == t.i:
                break
            t = t.head
        if doer and (root.pos_ in {"NOUN", "PROPN", "ADJ"} or root.dep_ in {"amod", "compound", "pobj"}):
            # "demanded that Ukraine withdraw from NATO talks and agree to a neutral status", "if Ukraine accepted
            # Russia's new territorial realities": the subject of the verb the noun is the object of acts.
            party = self._object_doer(root)
            if party:
                return party
        for t in list(doc[m_start:m_end]) + [c for c in root.children]:
            if t.i > 0 and doc[t.i - 1].lower_ == "as":
                continue  # "the regions as Russian territory": the side that gains, not the side that must act
            if benefit and (t.dep_ in {"amod", "pobj"} or t.head.lower_ in {"against", "on", "of"}):
                continue  # "Russian assets", "sanctions against Russia": the side that benefits
            party = self.nationalities.get(t.text) or (self.tok_actor.get(t.i) or {}).get("party")
            if party:
                return party
            if t.dep_ == "prep" and t.lower_ in {"of", "by"} and not benefit:
                for p in t.children:
                    for x in p.subtree:
                        party = self.nationalities.get(x.text)
                        if party:
                            return party
        return None

    def _object_doer(self, noun: Token) -> str | None:
        """The side of the subject of the verb whose object (direct, or through one preposition) the noun is; None
        when that verb demands, reports or wants (its subject holds the condition, it does not act)."""
        t = noun
        if t.dep_ in {"amod", "compound"} and t.head.i > t.i:
            t = t.head  # "a neutral demilitarized status": the noun the adjective describes
        if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in {"NOUN", "PROPN"}:
            t = t.head.head  # "accepted the loss of Crimea as Russian territory": what is accepted as that
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in {"to", "on", "upon", "into"}:
            t = t.head  # "agree to a neutral status", not "what Baku regards as territorial claims"
        if t.dep_ not in {"dobj", "prep"} or t.head.pos_ not in {"VERB", "AUX"}:
            return None
        v = t.head
        for _ in range(3):
            lemma = v.lemma_.lower()
            if lemma in self.content_verbs:
                return None
            subj = next((c for c in v.children if c.dep_ in SUBJ), None)
            if subj is not None and subj.lower_ in self.text_nouns:
                return None  # "the Ethiopian government's terms include the withdrawal": a text does nothing
            if subj is not None:
                h = self._resolve(subj, fallback=False)
                return h.party if h else None
            if v.dep_ in {"conj", "xcomp"} and v.head.pos_ in {"VERB", "AUX"}:
                v = v.head
                continue
            return None
        return None

    # ----- regions -----------------------------------------------------------------------------
    def _regions_in(self, doc: Doc, start_char: int, end_char: int) -> list[str]:
        out: list[str] = []
        for r in near(doc, "pc_regions", start_char, end_char):
            if start_char <= r["start"] and r["end"] <= end_char:
                for rid in self.pats.regions[r["id"]].get("members") or [r["id"]]:
                    if rid not in out:
                        out.append(rid)
        return out

    def _clause_tokens(self, doc: Doc, m_start: int, m_end: int, mtype: str | None = None) -> list[Token]:
        # Every token of the mention whose head lies outside it roots part of the clause: in "(would require)
        # Russian troops to leave all occupied land" both "troops" and "leave" hang off "require".
        roots = [t for t in doc[m_start:m_end] if not (m_start <= t.head.i < m_end) or t.head.i == t.i]
        banned: set[int] = set()
        for root in roots:
            for c in root.children:
                if c.dep_ in {"advcl", "ccomp", "parataxis"}:
                    banned.update(x.i for x in c.subtree)
                elif c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not self._same_demand(root, c, mtype):
                    banned.update(x.i for x in c.subtree)
        seen: set[int] = set()
        toks = []
        for root in roots:
            for t in root.subtree:
                if t.i not in banned and t.i not in seen:
                    seen.add(t.i)
                    toks.append(t)
        return toks + [t for t in doc[m_start:m_end] if t.i not in seen]

    def _same_demand(self, root: Token, conj: Token, mtype: str | None) -> bool:
        """A verb coordinated with the mention's verb in the same form and with no subject of its own continues the
        same demand ("recognise Crimea as Russian and accept the independence of Donetsk and Luhansk", "withdraw its
        troops and restore the 1991 borders, including Crimea"), unless it holds a condition of another type."""
        form = lambda t: "VB" if t.tag_ in {"VB", "VBP", "VBZ"} else t.tag_  # "demands that Russia withdraw": VBP
        if mtype is None or form(conj) != form(root) or root.pos_ not in {"VERB", "AUX"}:
            return False
        if any(c.dep_ in SUBJ for c in conj.children):
            return False
        return not any(self.type_at.get(t.i, {mtype}) - {mtype} for t in conj.subtree)

    def _regions(self, doc: Doc, m_start: int, m_end: int, multi_sents: list[tuple[int, list[str]]],
                 mtype: str | None = None) -> list[str]:
        toks = self._clause_tokens(doc, m_start, m_end, mtype)
        ids = {t.i for t in toks}
        named: list[str] = []
        for k in sorted(k for i in ids for k in self.region_at.get(i, ())):
            for rid in self.region_starts[k][1]:
                if rid not in named:
                    named.append(rid)
        for i in sorted(ids):
            for rid in self.anaphor_fixed.get(i, ()):
                if rid not in named:
                    named.append(rid)
        refs = [self.anaphor_starts[i] for i in sorted(ids) if i in self.anaphor_starts]
        # "Crimea and Sevastopol, along with the four regions, ...": a phrase that counts its regions adds them even
        # when the clause names others; an uncounted one ("these territories") only stands in for a missing list.
        if refs and (len(named) < 2 or refs[0] is not None):
            count = refs[0]
            here = doc[m_start].sent.start_char
            fits = lambda regs: count is None or len(regs) == count
            before = [regs for at, regs in multi_sents if at < here and fits(regs)]
            after = [regs for at, regs in multi_sents if at > here and fits(regs)]
            if self._every is None:
                self._every = self._regions_in(doc, 0, doc[-1].idx + len(doc[-1].text_with_ws))  # not len(doc.text)
            every = self._every
            pick = before[-1] if before else (after[0] if after else (every if fits(every) else []))
            for rid in pick:
                if rid not in named:
                    named.append(rid)
        return named

    # ----- lists ----------------------------------------------------------------------------------
    def _list_items(self, doc: Doc, sents: list[Span], cues: list[Cue]) -> list[tuple[int, int, Span]]:
        """(item start char, item end char, header sentence) for bullet lines after a "...:" header."""
        text = doc_text(doc)
        out = []
        for k, sent in enumerate(sents):
            if not text[sent.start_char:sent.end_char].rstrip().endswith(":"):
                continue
            # "He said the conditions he laid out remained on the table. They are:" -- a short header points back
            # at the sentence before it.
            heads = [sent] if len(sent) > 5 or k == 0 else [sent, sents[k - 1]]
            if not any(c.category in {"demand", "list"} and h.start <= c.start < h.end for c in cues for h in heads):
                continue
            pos = text.find("\n", sent.end_char - 1)
            while pos != -1 and pos < len(text):
                nxt = text.find("\n", pos + 1)
                line_end = len(text) if nxt == -1 else nxt
                line = text[pos + 1:line_end]
                if not line.strip():
                    if nxt == -1:
                        break
                    pos = nxt
                    continue
                if not BULLET.match(line):
                    break
                out.append((pos + 1, line_end, sent))
                pos = nxt if nxt != -1 else -1
        return out

    def _header_holder(self, doc: Doc, header: Span, cues: list[Cue]) -> Holder | None:
        for c in cues:
            if header.start <= c.start < header.end and c.category in {"demand", "list"}:
                h = self._cue_holder(doc, c) if c.category == "demand" else None
                h = h or self._walk_up(doc[c.start])
                if h:
                    return h
        for t in header:
            if t.dep_ in SUBJ:
                h = self._resolve(t)
                if h and h.party:
                    return h
        # "Key elements of the draft include:" -- the last side the story had speak or act.
        for t in reversed(doc[max(0, header.start - 120):header.start]):
            if t.dep_ in SUBJ:
                h = self._resolve(t)
                if h and h.party:
                    return h
        return None

    # ----- the component ---------------------------------------------------------------------------
    @guarded
    def __call__(self, doc: Doc) -> Doc:
        boiler = doc._.pc_boilerplate or []
        self._obliged_memo, self._aside_memo = {}, {}
        self.region_starts: list[tuple[int, list[str]]] = []  # (first token, region ids), read per mention
        for r in doc._.pc_regions or []:
            span = doc.char_span(r["start"], r["end"], alignment_mode="expand")
            if span is not None:
                self.region_starts.append((span.start, self.pats.regions[r["id"]].get("members") or [r["id"]]))
                for t in span:
                    t._.pc_region = True
        self.region_at: dict[int, list[int]] = {}  # first token -> its entries in region_starts
        for k, (start, _) in enumerate(self.region_starts):
            self.region_at.setdefault(start, []).append(k)
        self._every = None  # the regions of the whole article, when a mention needs them
        for a in doc._.pc_actors or []:  # non-state armed groups, for rules that test {"_": {"pc_group": true}}
            act = self.pats.actors.get(a["id"]) or {}
            if act.get("kind") == "org" and act.get("party") and act["party"] not in self.not_groups:
                span = doc.char_span(a["start"], a["end"], alignment_mode="expand")
                if span is not None and not self._patron(span[-1]):
                    for t in span:
                        t._.pc_group = True
        types = self._type_matches(doc, boiler)
        if not types:  # every condition starts from a mention of its type: most articles of a dump end here
            doc._.pc_conditions = []
            return doc
        self._index_actors(doc)
        # A cue inside a mention is part of what it says ("no plans to join NATO", "to guarantee the safety of"),
        # not a stance on it.
        in_types = {i for _, s, e, _ in types for i in range(s, e)}
        self.type_at: dict[int, set[str]] = {}  # token -> the condition types whose mentions hold it
        for t, s, e, _ in types:
            for i in range(s, e):
                self.type_at.setdefault(i, set()).add(t)
        cues = [c for c in self._cues(doc) if not inside(boiler, doc[c.start].idx, doc[c.start].idx + 1)
                and not (c.category in {"reject", "offer"} and all(i in in_types for i in range(c.start, c.end)))]
        # token -> the number of regions the phrase announces ("the four regions": 4), None when it does not say
        self.anaphor_starts: dict[int, int | None] = {}
        # token -> the region ids a fixed-reference phrase stands for ("the peninsula": the Crimea named before it)
        self.anaphor_fixed: dict[int, list[str]] = {}
        for key, s, e in self.anaphors(doc):
            if e < len(doc) and doc[e].lower_ == "of" and e + 1 < len(doc) and doc[e + 1]._.pc_region:
                continue
            # "the Donetsk and Luhansk regions" names its regions: no anaphor
            if any(t._.pc_region for t in doc[s:e]):
                continue
            refers = self.anaphor_refers.get(key)
            if refers:
                before = [r for r in doc._.pc_regions or [] if r["end"] <= doc[s].idx and r["id"] in refers]
                hit = [max(before, key=lambda r: r["start"])["id"]] if before else []  # the nearest one before it
                for i in range(s, e):
                    self.anaphor_fixed.setdefault(i, hit)
                continue
            count = next((NUMBERS[t.lower_] for t in doc[s:e] if t.lower_ in NUMBERS), None)
            for i in range(s, e):
                self.anaphor_starts.setdefault(i, count)
        sents = list(doc.sents)
        starts = [x.start for x in sents]
        sent_of = lambda i: sents[bisect_right(starts, i) - 1]  # noqa: E731  (no Token objects per token: speed)
        make = doc.vocab.strings["make"]
        makes = {i for i, h in enumerate(doc.to_array([LEMMA]).tolist()) if h == make}  # no Token objects: speed
        # Cues by sentence, found by bisection: a scan of every cue for each sentence or mention grew with the
        # square of the article.
        cue_starts, make_at = [c.start for c in cues], sorted(makes)
        for sent in sents:
            local = cues[bisect_left(cue_starts, sent.start):bisect_left(cue_starts, sent.end)]
            for c in local:
                self._scope(c, sent, local)
            m_lo, m_hi = bisect_left(make_at, sent.start), bisect_left(make_at, sent.end)
            if m_lo < m_hi:
                cues.extend(self._make_cues(sent, set(make_at[m_lo:m_hi])))
            cues.extend(self._listed_terms(sent, local))
        cues.sort(key=lambda c: c.start)
        sent_cues: dict[int, list[Cue]] = {}
        for c in cues:
            sent_cues.setdefault(sent_of(c.start).start, []).append(c)
        backrefs: dict[int, list[Cue]] = {}  # sentence start -> the cues of the next sentence that cover it
        for c in cues:
            if c.rule["direction"] == "previous" and c.hi > c.lo:
                backrefs.setdefault(sent_of(c.lo).start, []).append(c)
        multi_sents = []
        for sent in sents:
            regs = self._regions_in(doc, sent.start_char, sent.end_char)
            if len(regs) >= 2:
                multi_sents.append((sent.start_char, regs))
        items = self._list_items(doc, sents, cues)
        found: list[Found] = []
        # read by _continued_holder
        self.found_now, self.cues_now, self.sents = found, cues, sents
        self.sent_starts = [x.start for x in sents]
        packages = []
        for t, s, e, trule in types:
            tdef = self.types[t]
            if t == "withdrawal" and self._exile(doc, s, e):
                continue
            need_strong = (trule.get("strength") or tdef["strength"]) == "strong"
            span = doc[s:e]
            item = next((it for it in items if it[0] <= span.start_char < it[1]), None)
            sent = sent_of(s)
            local = list(sent_cues.get(sent.start, ())) if sent is not None else []
            if sent is not None and sent.start in backrefs:
                local = local + backrefs[sent.start]
            covering = []
            for c in local:
                if c.start < e and s < c.end:  # "Sanctions must be lifted": the cue sits inside the mention
                    if c.category == "demand" and c.start < s and e < c.end and doc[c.end - 1].lower_ in self.w.condition_markers:
                        continue  # "would only sign a ceasefire if ...": what stands before the marker is the goal
                    dist = 0
                elif not ((c.lo <= s < c.hi) or (c.lo < e <= c.hi) or self._parse_scope(doc, c, s, e, local)):
                    continue
                elif c.category in {"demand", "reject"} and self._aside(doc, c, s, e):
                    continue
                else:
                    dist = s - c.end if c.end <= s else c.start - e
                if trule.get("max_gap") is not None and dist > trule["max_gap"]:
                    continue
                if c.rule.get("document") and not self._document_cue(doc, c):
                    continue  # "the memorandum foresees X" states a demand; "the talks foresee" nothing
                if trule.get("stances") and STANCE_OF.get(c.category, "demand") not in trule["stances"]:
                    continue
                covering.append((dist, -c.start, c))
            # "Any agreement that does not guarantee a ceasefire and a withdrawal is unacceptable": a cue that says what
            # its own clause demands outranks the refusal outside it, however near ("wins_over").
            wins = {cat for _, _, c in covering for cat in c.rule.get("wins_over") or ()}
            covering.sort(key=lambda x: (x[2].category in wins and not x[2].rule.get("wins_over"), x[0], x[1]))
            region_ids = self._regions(doc, s, e, multi_sents, t) if tdef["regions"] else []
            if item is not None and not any(c.category in {"goal"} for _, _, c in covering[:1]):
                holder = self._header_holder(doc, item[2], cues)
                found.append(Found(t, "demand", holder, self._on(doc, None, s, e, t), region_ids,
                                   span.start_char, span.end_char))
                continue
            primary = None
            for _, _, c in covering:
                if c.category in {"pseudo", "hypothetical", "historical", "list", "terminate"}:
                    continue
                if c.category == "goal" or (c.category == "condition_clause" and doc[c.start].lower_ == "before"
                                             and self._in_clause(doc, c, s, e) and not self._refused_main(doc, c)):
                    break  # "regain the border before local elections are held": the elections come after, a goal
                if c.category == "offer" and c.rule["holder"] == "none" and self._under_modal(doc[c.start]):
                    continue  # "would have to accept ..., and guarantee the rights": the obligation, no offer
                if need_strong and c.rule["strength"] == "weak":
                    continue
                if c.category == "demand" and doc[c.start].pos_ == "VERB" and \
                        any(x.dep_ == "neg" for x in doc[c.start].children):
                    break  # "Israel is not demanding the disarmament of Hamas": no demand, and no refusal either
                if c.rule.get("governed") and self._governed(doc, c, local):
                    continue  # "demanded that Ukraine accept X", "if Ukraine accepted X": no offer of its own
                nxt = c.rule.get("goal_if_next")
                if nxt and sent is not None and any(x.lower_ in nxt for x in doc[e:min(e + 3, sent.end)]):
                    break  # "no ceasefire until they withdraw": the ceasefire is the goal, not refused
                primary = c
                break
            if primary is not None and primary.category == "reject" and primary.rule["holder"] == "none" \
                    and span.root.dep_ == "attr" and span.root.head.lemma_ == "be" \
                    and doc[primary.start].head.i == span.root.head.i:
                continue  # "This was not a cease-fire": a negated predicate noun describes; it refuses nothing
            fixed = trule.get("stance")
            if primary is None:
                # "Sanctions would stay in place, officials said": the mention states its own stance, held by
                # whoever the quote or the reporting verb names (narration alone holds nothing).
                if fixed:
                    holder = self._quote_holder(doc, span.start_char, span.end_char) or self._walk_up(doc[s])
                    if holder is not None and holder.party:
                        found.append(Found(t, fixed, holder, None, region_ids, span.start_char, span.end_char,
                                           {"sent": sent.start if sent is not None else -1}))
                continue
            stance = fixed or STANCE_OF[primary.category]
            holder = self._holder(doc, primary, s, e)
            noun = next((x for x in doc[primary.start:primary.end] if x.pos_ == "NOUN"), None)
            if noun is None and primary.end - primary.start == 1 and doc[primary.start].dep_ == "amod":
                noun = doc[primary.start].head  # "Kyiv rejected a proposed cap": the proposal is what is rejected
            if stance == "demand" and primary.category == "demand" and noun is not None:
                # "cannot accept a demand to pull its troops out", "dismissed calls for a withdrawal": the demand
                # is refused by whoever refuses it; it stays the demand of its owner when the text names one.
                rej = next((c for c in local if c.category == "reject" and c.rule["holder"] != "none"
                            and c.end <= primary.start
                            and c.lo <= primary.start < c.hi), None)
                if rej is None and noun.dep_ in SUBJ:
                    # "Demands for a withdrawal were absurd": the demand is the subject the refusing word describes.
                    rej = next((c for c in local if c.category == "reject" and c.start >= primary.end and
                                any(x.i == noun.head.i or x.head.i == noun.head.i for x in doc[c.start:c.end])), None)
                if rej is not None:
                    owner = self._possessor(noun)
                    rh = self._holder(doc, rej, s, e)
                    own = doc[min(primary.start, s):max(primary.end, e)]
                    if owner and owner.party and (rh is None or owner.party != rh.party):
                        found.append(Found(t, "demand", owner, self._on(doc, primary, s, e, t), region_ids,
                                           own.start_char, own.end_char))
                    primary, stance, holder = rej, "reject", rh
            if primary.category != "condition_clause" and \
                    any(c.category == "hypothetical" and c.end <= primary.start and c.lo <= primary.start < c.hi
                   for c in local):
                holder = None
            on = self._on(doc, primary, s, e, t)
            if stance == "reject" and primary.rule.get("owed") and t in self.w.yield_types and holder and holder.party \
                    and on and on != holder.party:
                stance = "demand"  # "Ukraine's neutrality is not up for discussion" (Lavrov): insisted on, not refused
            if stance == "demand" and t in self.w.yield_types and holder and holder.party and \
                    holder.party == (on or self._doer(doc, s, e)):
                stance = "offer"  # "Ukraine proposed that Ukraine adopt a neutral status": its own concession
            ev_s, ev_e = min(primary.start, s), max(primary.end, e)
            ev = doc[ev_s:ev_e]
            extra = {"sent": sent.start if sent is not None else -1}
            if primary.rule.get("exchange"):
                extra["exchange"] = doc[primary.start].idx
            found.append(Found(t, stance, holder, on, region_ids, ev.start_char, ev.end_char, extra))
            # "The government insisted that any deal include the ELN laying down its weapons, something the group has
            # refused": the refusal looks back at a clause another side's demanding verb governs; both stand.
            if stance == "reject" and primary.rule["direction"] == "backward":
                for _, _, c in covering:
                    if c.category != "demand" or c.rule["holder"] != "subject" or c.end > s:
                        continue
                    dh = self._cue_holder(doc, c)
                    if dh and dh.party and (holder is None or dh.party != holder.party):
                        ev2 = doc[min(c.start, s):max(c.end, e)]
                        found.append(Found(t, "demand", dh, self._on(doc, c, s, e, t), region_ids, ev2.start_char,
                                           ev2.end_char))
                    break
            # "Russia dismissed a Ukrainian proposal that would involve a pullout": the demand is Ukraine's,
            # the rejection Russia's.
            for _, _, c in covering:
                if c is primary or c.category != "reject" or c.rule["holder"] != "subject":
                    continue
                rh = self._cue_holder(doc, c)
                if rh and rh.party and (holder is None or rh.party != holder.party) and stance != "reject":
                    ev2 = doc[min(c.start, s):max(c.end, e)]
                    found.append(Found(t, "reject", rh, None, region_ids, ev2.start_char, ev2.end_char))
                break
        found = self._expand(found)
        # "X in return for Y": when X is the holder's own offer, Y is what it demands ("Ukraine proposed neutrality
        # in return for security guarantees").
        by_sent: dict = {}
        for f in found:
            by_sent.setdefault(f.extra.get("sent"), []).append(f)
        for f in found:
            at = f.extra.get("exchange")
            if at is None or f.stance != "offer" or not (f.holder and f.holder.party):
                continue
            if any(g is not f and g.stance == "offer" and g.start < at and g.holder and g.holder.party == f.holder.party
                   for g in by_sent.get(f.extra["sent"], ())):
                f.stance = "demand"
        demands = _Demands(found)
        # Package rejections: "Zelenskyy rejects Putin's ultimatum" rejects each type Putin's side demands here.
        for c in cues:
            if c.category != "reject":
                continue
            lo, hi = max(c.lo, c.start - 6), max(c.hi, c.end + 6)
            sent = sent_of(c.start)
            if sent is None:
                continue
            near = list(doc[max(lo, sent.start):min(hi, sent.end)])
            if any(x.lower_ in {"them", "all", "any", "none"} and x.dep_ in {"dobj", "pobj"}
                   for x in doc[c.end:min(c.end + 3, sent.end)]):
                # "Putin's conditions, he said, were no different from ultimatums, and Ukraine would not accept any of
                # them": the pronoun stands for the package the sentence named before the refusal.
                near = [x for x in doc[sent.start:c.start] if x.lower_ in self.w.package_nouns and
                        any(d.dep_ == "poss" for d in x.children)][:1] + near
            for t in near:
                if t.lower_ not in self.w.package_nouns:
                    continue
                owner = self._possessor(t)
                rh = self._cue_holder(doc, c) or self._walk_up(doc[c.start])
                if (owner is None or not owner.party) and rh and rh.party and \
                        any(d.dep_ in {"det", "predet"} and d.lower_ in DEMONSTRATIVE for d in t.children):
                    # "Netanyahu rejected those terms": the side whose demands the story reported last.
                    at = t.idx
                    last = demands.last_before(at, rh.party)
                    owner = last.holder if last else None
                if owner is None or not owner.party:
                    continue
                if rh and rh.party and rh.party != owner.party:
                    ev = doc[min(c.start, t.i):max(c.end, t.i + 1)]
                    packages.append((owner.party, rh, ev.start_char, ev.end_char))
        # "Kyiv has rejected the idea outright": the demands the story reported last, in this or the two sentences
        # before, are refused -- each type once, by the side that refuses.
        sent_starts = [x.start for x in sents]
        for c in cues:
            if c.category != "reject" or c.rule["holder"] != "subject":
                continue
            for t in doc[c.end:min(c.hi, c.end + 4)]:
                # "Ukrainian officials rejected that out of hand": a demonstrative object points back the same way.
                pointer = t.lower_ in {"that", "this"} and t.dep_ == "dobj" and c.start <= t.head.i < c.end
                # "The Houthis reject that framing": a noun a demonstrative points back with does too.
                pointer = pointer or (t.dep_ == "dobj" and t.pos_ == "NOUN" and c.start <= t.head.i < c.end and any(
                    d.dep_ == "det" and d.lower_ in {"that", "this", "these", "those"} for d in t.children))
                # "Pashinyan rejected the demand to change the constitution": a demand whose content names no
                # condition type echoes the demand reported before when it repeats one of its nouns.
                echo = self._echo(t, in_types) if not pointer else None
                if not pointer and not echo and (t.lower_ not in self.w.idea_nouns or t.tag_ != "NN" or
                                    not any(d.dep_ == "det" and d.lower_ in {"the", "this", "that", "such"}
                                            for d in t.children) or
                                    any(d.dep_ in {"prep", "poss", "compound", "amod", "acl", "relcl"}
                                        for d in t.children)):
                    continue
                rh = self._cue_holder(doc, c)
                if rh is None or not rh.party:
                    break
                here = bisect_right(sent_starts, c.start) - 1
                last = demands.last_before(t.idx, rh.party)
                if last is None:
                    break
                at = bisect_right(sent_starts, doc.char_span(last.start, last.end, alignment_mode="expand").start) - 1
                if here - at > 2:
                    break
                if echo and not echo & {x.lemma_.lower() for x in sents[at] if x.pos_ in {"NOUN", "PROPN"}}:
                    break
                ev = doc[c.start:t.i + 1]
                types = set()
                for f in demands.up_to(last):  # the side's demands in the sentence of the last one
                    k = bisect_right(sent_starts, doc.char_span(f.start, f.end, alignment_mode="expand").start) - 1
                    if k < at:
                        break
                    if k == at and not self._owed_elsewhere(f, rh.party):
                        types.add(f.type)
                for typ in sorted(types):
                    found.append(Found(typ, "reject", rh, None, [], ev.start_char, ev.end_char))
                break
        for owner, rh, st, en in packages:
            demanded = sorted({f.type for f in demands.kinds(owner) if not self._owed_elsewhere(f, rh.party)})
            for t in demanded:
                found.append(Found(t, "reject", rh, None, [], st, en))
        doc._.pc_conditions = self._merge(doc, self._expand(found))
        return doc

    def _owed_elsewhere(self, f: Found, refuser: str | None) -> bool:
        """A concession the demand asks of a third side ("a truce under which Israel would pull back", proposed by
        Egypt): rejecting the proposal is no refusal of it by the side that rejects."""
        return f.type in self.w.yield_types and f.on is not None and f.on != refuser

    def _echo(self, t: Token, in_types: set[int]) -> set[str] | None:
        """The nouns of "the demand to change the constitution" / "calls to amend it" when that demand names no
        condition type of its own (else None)."""
        if t.lower_ not in self.echo_nouns or t.tag_ not in {"NN", "NNS"}:
            return None
        if t.tag_ == "NN" and not any(d.dep_ == "det" and d.lower_ in {"the", "this", "that", "such"}
                                      for d in t.children):
            return None
        if any(d.dep_ in {"poss", "compound", "amod"} for d in t.children):
            return None
        content = [x for x in t.subtree if x.i != t.i]
        if not any(d.dep_ in {"prep", "acl", "relcl"} for d in t.children):
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            # "rejected calls to amend the constitution", parsed as a clause of the verb: the clause is the content
            if nxt is None or nxt.lower_ != "to" or nxt.head.i <= nxt.i or nxt.head.pos_ != "VERB":
                return None
            content = list(nxt.head.subtree)
        if any(x.i in in_types for x in content):
            return None
        nouns = {x.lemma_.lower() for x in content if x.pos_ in {"NOUN", "PROPN"}}
        return nouns or None

    @staticmethod
    def _expand(found: list[Found]) -> list[Found]:
        """One Found per holder when a coordinated subject names several sides."""
        out = []
        for f in found:
            out.append(f)
            if f.holder is None or not f.holder.others:
                continue
            for o in f.holder.others:
                out.append(Found(f.type, f.stance, Holder(o.name, o.party), f.on, f.regions, f.start, f.end,
                                 dict(f.extra)))
            f.holder = Holder(f.holder.name, f.holder.party)
        return out

    @staticmethod
    def _date(doc: Doc, start: int, end: int) -> str | None:
        return statement_date(doc, start, end)

    def _merge(self, doc: Doc, found: list[Found]) -> list[dict]:
        text = doc_text(doc)
        groups: dict[tuple, dict] = {}
        for f in sorted(found, key=lambda f: (f.start, f.end, f.type, f.stance)):
            party = f.holder.party if f.holder else None
            name = f.holder.name if f.holder else None
            key = (f.type, f.stance, party or name)
            g = groups.get(key)
            if g is None:
                tdef = self.types[f.type]
                by = {"name": name, "party": party} if (name or party) else None
                g = groups[key] = {
                    "type": f.type, "stance": f.stance, "by": by, "on": f.on, "regions": [],
                    "date": self._date(doc, f.start, f.end), "cameo": tdef["cameo"][f.stance],
                    "plover": {"event": PLOVER_EVENT[f.stance], "mode": tdef["plover_mode"]}, "evidence": [],
                }
            elif g["by"] is not None and g["by"]["name"] is None and name:
                g["by"]["name"] = name
            if g["on"] is None and f.on:
                g["on"] = f.on
            for rid in f.regions:
                if rid not in g["regions"]:
                    g["regions"].append(rid)
            ev = {"text": text[f.start:f.end], "start": f.start, "end": f.end,
                  "quote": self._quote_at(doc, f.start, f.end)}
            if ev not in g["evidence"]:
                g["evidence"].append(ev)
        out = list(groups.values())
        for g in out:
            g["evidence"].sort(key=lambda e: (e["start"], e["end"]))
        out.sort(key=lambda g: (g["evidence"][0]["start"], g["type"], g["stance"], (g["by"] or {}).get("party") or ""))
        return out


@Language.factory("peacecond_conditions", default_config={"patterns_dir": None})
def make_conditions(nlp: Language, name: str, patterns_dir: str | None):
    return Conditions(nlp, patterns_dir)


class _Demands:
    """The demands found, by side and place: which one a refusal further on points back to, found by bisection
    (a scan of every demand for each refusal grew with the square of the article)."""

    def __init__(self, found: list[Found]):
        self.by_party: dict[str, list[tuple[int, int, Found]]] = {}
        for k, f in enumerate(found):
            if f.stance == "demand" and f.holder and f.holder.party:
                self.by_party.setdefault(f.holder.party, []).append((f.start, -k, f))
        for rows in self.by_party.values():
            rows.sort(key=lambda r: r[:2])  # by place; of two at one place, the one found first last
        self.starts = {p: [r[0] for r in rows] for p, rows in self.by_party.items()}

    def last_before(self, at: int, not_party: str) -> Found | None:
        """The demand of another side than not_party that starts last before character `at` (the first found
        of two at one place)."""
        best = None
        for party, rows in self.by_party.items():
            k = bisect_left(self.starts[party], at)
            if party != not_party and k and (best is None or rows[k - 1][:2] > best[:2]):
                best = rows[k - 1]
        return best[2] if best else None

    def up_to(self, last: Found) -> Iterator[Found]:
        """The demands of last's side that start no later than it, the last first."""
        rows = self.by_party[last.holder.party]
        k = bisect_right(self.starts[last.holder.party], last.start)
        return (rows[j][2] for j in range(k - 1, -1, -1))

    def kinds(self, party: str) -> list[Found]:
        """One demand of the side for each (type, on) it demands: what a refusal of its whole package refuses."""
        seen: dict = {}
        for _, _, f in self.by_party.get(party, ()):
            seen.setdefault((f.type, f.on), f)
        return list(seen.values())
