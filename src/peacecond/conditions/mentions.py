"""mentions: where a condition type is named (stage 1).

The cue lexicons are rows of patterns/conditions.jsonl (one row a type's phrase or token pattern); this stage runs
them, keeps per type the longest of overlapping matches, and indexes what the later stages ask of a mention's
surroundings: the regions named and the phrases that stand for regions ("the four regions", "the peninsula").
Sets doc._.pc_cond_mentions and the tokens' pc_region / pc_group marks.
"""
from __future__ import annotations

from bisect import bisect_right

import numpy

from spacy.attrs import LEMMA
from spacy.tokens import Doc

from ..boilerplate import inside
from ..date_numbers import count as number_count
from . import resolve, scopes
from .verb_terms import verb_term_matches
from .model import PRONOUN_PERSON, Article



def mark_tokens(R, A: Article, doc: Doc) -> None:
    """Region tokens (and where each region starts), and tokens of non-state armed groups, which the type rules may
    test ({"_": {"pc_group": true}})."""
    for r in doc._.pc_regions or []:
        span = doc.char_span(r["start"], r["end"], alignment_mode="expand")
        if span is not None:
            A.region_at.setdefault(span.start, []).extend(R.pats.regions[r["id"]].get("members") or [r["id"]])
            for t in span:
                t._.pc_region = True
    for a in doc._.pc_actors or []:
        act = R.pats.actors.get(a["id"]) or {}
        if act.get("kind") == "org" and act.get("party") and act["party"] not in R.not_groups:
            span = doc.char_span(a["start"], a["end"], alignment_mode="expand")
            if span is not None and not resolve.patron(R, A, span[-1]):
                for t in span:
                    t._.pc_group = True


def find_mentions(R, A: Article, doc: Doc) -> list[tuple[str, int, int, dict]]:
    """doc._.pc_cond_mentions: (type, start token, end token, rule), outside boilerplate."""
    types = type_matches(R, A, doc, doc._.pc_boilerplate or [])
    types = acted_on(R, doc, types)
    types = echoed(R, doc, types)
    for t, s, e, _ in types:
        for i in range(s, e):
            A.type_at.setdefault(i, set()).add(t)
    doc._.pc_cond_mentions = types
    return types


DEMONSTRATIVES = {"this", "that", "these", "those", "such"}


def echoed(R, doc: Doc, types: list) -> list:
    """ "autonomy for the Serb municipalities ... For Belgrade, this autonomy is a condition": a demonstrative before
    the head noun of a mention named earlier (condition_words/anaphor_heads.txt) names that type again, though the
    noun alone may be another field's ("the university's autonomy"). One numpy pass over the lemmas, then a look at
    the few tokens that carry one of the heads: linear in the article."""
    first: dict[int, tuple] = {}
    for t, s, e, rule in types:
        root = doc[s:e].root
        if root.lower_ in R.w.anaphor_heads and root.pos_ == "NOUN":
            first.setdefault(root.lemma, (t, s, rule))
    if not first:
        return types
    taken = {i for _, s, e, _ in types for i in range(s, e)}
    lemmas = doc.to_array([LEMMA])
    out = list(types)
    for i in numpy.flatnonzero(numpy.isin(lemmas, list(first))).tolist():
        hit = first[int(lemmas[i])]
        if i <= hit[1] or i in taken:
            continue
        tok = doc[i]
        if tok.pos_ == "NOUN" and any(c.dep_ in {"det", "predet"} and c.lower_ in DEMONSTRATIVES for c in tok.children):
            out.append((hit[0], i, i + 1, hit[2]))
    return sorted(out, key=lambda x: (x[1], x[2], x[0])) if len(out) > len(types) else types


def anaphor_matches(R, doc: Doc) -> list[tuple[int, int, int]]:
    """R.anaphors(doc), the same matches in the same order, matched only in the windows that can hold one."""
    return [(key, a + s, a + e) for a, b in R.anaphor_windows.windows(doc)
            for key, s, e in R.anaphors(doc[a:b], allow_missing=True)]


def index_anaphors(R, A: Article, doc: Doc) -> None:
    ends = None
    for key, s, e in anaphor_matches(R, doc):
        if e < len(doc) and doc[e].lower_ == "of" and e + 1 < len(doc) and doc[e + 1]._.pc_region:
            continue
        # "the Donetsk and Luhansk regions" names its regions: no anaphor
        if any(t._.pc_region for t in doc[s:e]):
            continue
        refers = R.anaphor_refers.get(key)
        if refers:
            if ends is None:  # region id -> its mentions' (end, start) in text order, built once an article
                ends = {}
                for r in sorted(doc._.pc_regions or [], key=lambda r: (r["end"], r["start"])):
                    ends.setdefault(r["id"], []).append((r["end"], r["start"]))
            near_ = []
            for rid in refers:
                got = ends.get(rid, [])
                k = bisect_right(got, (doc[s].idx, float("inf")))
                if k:
                    near_.append((got[k - 1][1], rid))
            hit = [max(near_)[1]] if near_ else []  # the nearest one before it
            for i in range(s, e):
                A.anaphor_fixed.setdefault(i, hit)
            continue
        count = next((n for n in map(number_count, (t.text for t in doc[s:e])) if n and n > 1), None)
        for i in range(s, e):
            A.anaphor_starts.setdefault(i, count)


def acted_on(R, doc: Doc, types: list) -> list:
    """ "the withdrawal of Russian peacekeepers": a mention that is the object or "of"/"from" phrase of a mention of
    a type its row lists under "not_under" is what that condition acts on (the troops that leave), not a condition of
    its own. Each mention looks at its head's governor: constant work per mention."""
    starts = {}
    for t, s, e, _ in types:
        for i in range(s, e):
            starts.setdefault(i, set()).add(t)
    out = []
    for t, s, e, rule in types:
        under = R.types[t].get("not_under")
        if under:
            head = doc[s:e].root
            gov = head.head.head if head.dep_ == "pobj" and head.head.lower_ in {"of", "from"} else \
                head.head if head.dep_ in {"dobj", "nsubjpass"} else None
            if gov is not None and not (s <= gov.i < e) and starts.get(gov.i, set()) & under:
                continue
        out.append((t, s, e, rule))
    return out


def type_matches(R, A, doc: Doc, boiler) -> list[tuple[str, int, int, dict]]:
    strings = doc.vocab.strings
    raw = [(strings[m], s, e) for m, s, e in R.type_matcher(doc)] + \
          [(strings[m], s, e) for m, s, e in R.type_phrases(doc)]
    out = []
    # Per type, overlapping matches collapse to the longest (earliest on ties).
    by_type: dict[str, list] = {}
    for key, s, e in raw:
        rule = R.type_rules[int(key[1:])]
        if inside(boiler, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])):
            continue
        if e - s > 2 and any(doc[i].is_space for i in range(s + 1, e - 1)):
            continue  # a wildcard gap never runs over a paragraph break ("- Kyiv's guarantees\n\nUkraine ...")
        if rule.get("refused_object") and rule.get("stances") == ["reject"] and \
                not scopes.refusal_object(R, doc, s, e):
            continue  # "the talks will be held in Doha": talks name a form only as refused ("rejected any talks")
        if rule.get("side_takes_part") and thing_takes_part(R, doc, s, e):
            continue  # "lifting sanctions is part of the talks", "freed hostages as part of the talks": no seat
        tdef = R.types[rule["type"]]
        if other_sense(doc, s, e, tdef["other_senses"], tdef["other_heads"], tdef["sense_preps"],
                       R.acting_verbs.get(rule["type"], frozenset())):
            continue  # "withdrew from the race", "loan guarantees", "withdrawal symptoms": another field's sense
        if tdef["every_state"] and every_state(doc, s, e, tdef["every_state"]):
            continue  # "the recognition of all countries' sovereignty": a principle for every state
        by_type.setdefault(rule["type"], []).append((s, e, rule))
    lexicon = {t: {i for s, e, _ in items for i in range(s, e)} for t, items in by_type.items()}
    for t, s, e, rule in verb_term_matches(R, doc):
        # a span a lexicon row of the type already names keeps the row; boilerplate names nothing
        tdef = R.types[t]
        if not lexicon.get(t, set()).intersection(range(s, e)) and \
                not inside(boiler, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) and \
                not other_sense(doc, s, e, tdef["other_senses"], tdef["other_heads"], tdef["sense_preps"],
                                R.acting_verbs.get(t, frozenset())):
            by_type.setdefault(t, []).append((s, e, rule))
    for t, items in by_type.items():
        items.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        taken: set[int] = set()
        for s, e, rule in items:
            if taken.intersection(range(s, e)):
                continue
            taken.update(range(s, e))
            out.append((t, s, e, rule))
    return sorted(out, key=lambda x: (x[1], x[2], x[0]))


def exile(R, A, doc: Doc, s: int, e: int) -> bool:
    """ "the heads of Hamas must leave the Strip": a leader or person who leaves goes into exile; civilians who leave
    ("demanded that aid workers leave the region") are expelled: no withdrawal either."""
    verb = next((x for x in doc[s:e] if x.lemma_ in R.w.exile_verbs and x.pos_ == "VERB"), None)
    subj = resolve.subject(R, A, verb) if verb is not None else None
    if subj is None:
        return False
    info = A.tok_actor.get(subj.i) or {}
    if subj.lemma_.lower() in R.w.civilian_nouns:
        return True  # "demanded that aid workers leave the region": an expulsion, no withdrawal
    return subj.lower_ in R.w.leader_nouns or subj.lower_ in PRONOUN_PERSON or subj.ent_type_ == "PERSON" or \
        info.get("kind") == "person"


def every_state(doc: Doc, s: int, e: int, nouns: frozenset) -> bool:
    """ "the recognition of all countries' sovereignty", "accept the borders of all states": a mention whose possessor
    or "of" phrase is every state (the type row's "every_state" nouns, in the plural, with no determiner but "all",
    "every", "each" or "any" and no modifier to pick some out: "the two breakaway states' independence" is a
    condition) states a principle of international law, no side's concession."""
    def generic(t) -> bool:
        return t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in nouns and all(
            c.dep_ in {"case", "punct"} or (c.dep_ in {"det", "predet"} and c.lower_ in {"all", "every", "each", "any"})
            for c in t.children)

    for t in doc[s:e]:
        for c in t.children:
            if (c.dep_ == "poss" or (c.dep_ == "nmod" and any(x.dep_ == "case" for x in c.children))) and generic(c):
                return True
            if c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and generic(o) for o in c.children):
                return True
    return False


# What a cue word governs that can say which field it speaks of: its object, its subject ("the candidate withdrew"),
# a noun compounded with it, and the object of these prepositions ("withdraw from the case", "sanctions on the club").
# Not "for": "guarantees for its food exports" names whom they serve, not what kind of guarantee they are.
SENSE_DEPS = {"dobj", "nsubj", "nsubjpass", "compound", "amod", "nmod"}
SENSE_PREPS = {"from", "of", "on", "against", "out"}
OBJECT_OF = {"dobj", "nsubjpass"}  # a mention's noun a verb outside it takes ("pay compensation", "sanctions lifted")


def named_by(c, hit) -> bool:
    """ "disband the Minsk Group": a name whose own words all say which field it is of ("the Rapid Support Forces"
    is not named by "support" alone)."""
    mods = [x for x in c.children if x.dep_ == "compound"]
    return c.pos_ == "PROPN" and bool(mods) and all(hit(x) for x in mods)


def other_sense(doc: Doc, s: int, e: int, senses: frozenset, heads: frozenset = frozenset(),
                more_preps: frozenset = frozenset(), acting: frozenset = frozenset()) -> bool:
    """ "his lawyer has withdrawn from the case", "the withdrawal of the charges", "loan guarantees", "sanctions on
    the club": a cue word whose object, preposition phrase or modifying noun names a thing of another field (the type
    row's "other_senses") is used in that field's sense, not for troops, sanctions or security. The noun a cue word
    itself modifies is read against a list of its own ("other_heads": "withdrawal symptoms"): a "withdrawal
    agreement" or a "reparations package" is the condition itself, while "withdraw from the agreement" leaves one.
    A phrase that also names a thing of the conflict ("sanctions on its athletes and its state bank") keeps the
    conflict's sense. A noun of the mention that is the object of a verb outside it is read with that verb when the
    verb is one that acts on it (`acting`, the type's verb_terms verbs: "the airline must pay compensation", who
    pays says the field; not "the union wants a truce", whose subject only asks), and a type may name prepositions of its own whose
    object says the field too (its row's "sense_preps": "compensation to its workers", the payee). Looks one step
    from each token of the mention: constant work per mention."""
    if not senses and not heads:
        return False

    def hit(t) -> bool:
        return (t.lower_ in senses or t.lemma_.lower() in senses) and \
            all(c.lower_ in senses or c.lemma_.lower() in senses for c in t.conjuncts)

    looks = list(doc[s:e])
    for t in doc[s:e]:
        if t.dep_ in {"compound", "amod"} and not (s <= t.head.i < e):
            if t.head.lower_ in heads or t.head.lemma_.lower() in heads:
                return True  # "withdrawal symptoms", "guarantee fund"
            looks.append(t.head)  # "the compensation package of the chief executive": the head's phrases are its
        elif t.dep_ in OBJECT_OF and not (s <= t.head.i < e) and t.head.pos_ == "VERB" and \
                t.head.lemma_.lower() in acting:
            looks.append(t.head)  # "the insurer must pay compensation": the verb's subject and phrases
    # "refused to admit the ceasefire monitors", "release the ceasefire monitors it detained": a noun of the list
    # right after the mention is the noun the cue word modifies, whatever the parser made of it (a present verb
    # with the mention for its subject, a second object)
    if e < len(doc) and doc[e].tag_ in {"NN", "NNS", "VBZ"} and doc[e].lower_ in heads and \
            doc[e - 1].dep_ in {"nsubj", "dobj", "compound", "pobj"}:
        return True
    for t in looks:
        preps = [t] if t.dep_ == "prep" and (t.lower_ in SENSE_PREPS or t.lower_ in more_preps) else []
        for c in t.children:
            if c.dep_ in SENSE_DEPS and (hit(c) or named_by(c, hit)):
                return True
            if c.dep_ == "prep" and (c.lower_ in SENSE_PREPS or c.lower_ in more_preps):
                preps.append(c)
        for p in preps:
            for o in p.children:
                if o.dep_ == "pobj" and (hit(o) or any(x.dep_ == "compound" and hit(x) for x in o.children)):
                    return True
    return False


PARTY_ENTS = {"PERSON", "NORP", "GPE", "ORG"}


def thing_takes_part(R, doc: Doc, s: int, e: int) -> bool:
    """ "Lifting the embargo is part of the negotiations", "the ports could not be part of the talks", "freed the
    hostages as part of the talks": a row that names who sits at the table by what takes part in the talks
    ("side_takes_part") names none when what takes part is an act or a thing, which is what the talks are about,
    or when "as part of" tells what the talks bring. A side, a person, a pronoun, a noun of the side words
    ("the government", "the rebels") or of people ("women", "the elders", "the ministers") keeps it. Looks up the
    mention's own clause: constant work per mention."""
    tok = next((t for t in doc[s:e] if t.lower_ in R.part_words), None)
    if tok is None:
        return False
    if tok.lower_ == "part" and tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return True
    verb = tok.head if tok.lower_ == "part" and tok.dep_ in {"attr", "acomp", "oprd", "dobj"} else tok
    subj = None
    for _ in range(4):  # "the tariffs were raised and cannot be part of the talks": the first conjunct's subject
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
        if subj is not None or verb.dep_ not in {"conj", "xcomp"} or verb.head is verb:
            break
        verb = verb.head
    if subj is None:
        return False
    if subj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        subj = verb.head  # "the embargo, which is part of the talks": the noun the clause hangs off
        if subj.dep_ == "pobj" and subj.head.dep_ == "prep" and subj.head.head.pos_ == "NOUN":
            subj = subj.head.head  # "the return of the refugees, which is part of ...": the phrase's head
    if subj.pos_ == "VERB" or subj.tag_ == "VBG" or subj.dep_ == "csubj":
        return True  # "Lifting sanctions is part of the talks": an act
    # "women must be part of any talks", "the envoys must be included": people take a seat as a side does
    people = R.people_nouns
    return subj.pos_ == "NOUN" and subj.ent_type_ not in PARTY_ENTS and not subj._.pc_group and \
        subj.lemma_.lower() not in R.side_heads and subj.lower_ not in R.side_heads and \
        subj.lemma_.lower() not in people and subj.lower_ not in people
