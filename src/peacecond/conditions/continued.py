"""continued: the side whose demands the story goes on with, when a cue names no owner of its own (stage 4, for
holders.py): "A special tribunal comes next on the list" (a `continue` row), "The demands include X" after "Russia
has issued Ukraine with a list of conditions" (a definite demand noun with no owner in its sentence).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from . import holders, resolve
from .model import Cue, Holder


def continued_holder(R, A, doc: Doc, cue: Cue, by_verb: bool = False) -> Holder | None:
    """ "A special tribunal comes next on the list", "... were also on the list": the side whose demand (or whose
    list of demands: "The rebels set out a list of demands.") the story reported last, in this sentence before
    the cue or in the two sentences before it. by_verb: a demand noun with no owner of its own is also held by the
    subject of the verb it is the object of ("Russia has issued a list of conditions"), in the one sentence before
    only (the demands it goes on with were just named)."""
    k = bisect_right(A.sent_starts, cue.start) - 1
    back = 2
    if by_verb:  # (a blank line between paragraphs is no sentence)
        back = 1
        while k - back > 0 and all(t.is_space for t in A.sents[k - back]):
            back += 1
    lo = A.sents[max(0, k - back)]
    at = doc[cue.start].idx
    best: tuple[int, Holder] | None = None
    # (asked of every `continue` row and every owner-less demand noun, the search reads only its window: the cues
    # by bisection, as they are sorted by start, and the findings from the newest back, as frames.read_mentions
    # appends them in the text's order; a pass over every finding and cue per cue would grow with the square of
    # the page. A finding starts at its cue or its mention, whichever comes first, so the list is sorted by start
    # only nearly: one whose cue opened the sentence before lo may stand after findings of the window; the walk
    # stops a sentence early and the loop below keeps the window)
    cues = doc._.pc_cond_cues
    cues = cues[bisect_left(cues, lo.start, key=lambda c: c.start):bisect_left(cues, cue.start,
                                                                             key=lambda c: c.start)]
    found = _window_back(doc._.pc_cond_found, A.sents[max(0, k - back - 1)].start_char)
    for f in found:
        if f.stance == "demand" and f.holder and f.holder.party and lo.start_char <= f.start < at and \
                (best is None or f.start > best[0]):
            best = (f.start, f.holder)
    for c in cues:
        if c.category == "demand" and c.rule["holder"] in {"subject", "possessor"} and lo.start <= c.start < \
                cue.start and (best is None or doc[c.start].idx > best[0]):
            h = holders.cue_holder(R, A, doc, c)
            if by_verb and not (h and h.party) and doc[c.end - 1].pos_ == "NOUN":
                h = object_owner(R, A, doc[c.end - 1])
            if h and h.party:
                best = (doc[c.start].idx, h)
    return Holder(best[1].name, best[1].party) if best else None


def _window_back(found: list, lo: int) -> list:
    """The findings read from the newest back until one starts before lo."""
    out = []
    for f in reversed(found):
        if f.start < lo:
            break
        out.append(f)
    return out


def object_owner(R, A, noun: Token) -> Holder | None:
    """Who issued a demand noun, through "a list of": the subject of a relative clause on the noun or on its list
    ("the list of demands that Moscow handed over"), else the subject of the verb the noun is the object of when
    that verb issues it (issuing_verbs.txt: "Russia has issued a list of conditions", "presented Kyiv with a list
    of demands"); the subject of "rejected the list" is the side it was handed to, no owner."""
    t = noun
    for _ in range(4):
        rel = next((c for c in t.children if c.dep_ == "relcl"), None) if t.pos_ in {"NOUN", "PROPN"} else None
        subj = next((c for c in rel.children if c.dep_ == "nsubj"), None) if rel is not None else None
        if subj is not None:
            h = resolve.resolve(R, A, subj)
            return h if h and h.party else None
        if not (t.dep_ in {"dobj", "pobj"} or (t.dep_ == "prep" and t.lower_ in {"of", "with"})) or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "VERB":
            if t.lemma_.lower() not in R.w.issuing_verbs:
                return None
            subj = resolve.subject(R, A, t)
            return resolve.resolve(R, A, subj) if subj is not None and subj.dep_ == "nsubj" else None
    return None


def bare_demands(R, A, doc: Doc, cue: Cue) -> Holder | None:
    """ "Russia has issued a list of conditions. The demands include X": a definite demand noun whose sentence names
    no owner is the set of demands the story reported last (continued_holder); "demands that the Russian leader
    listed" names its owner in its relative clause."""
    noun = doc[cue.end - 1]
    # (a demand noun the verb row matched holds its subject no better: "The demands include X")
    if cue.category != "demand" or cue.rule["holder"] not in {"possessor", "subject"} or noun.pos_ != "NOUN" or \
            any(t.pos_ in {"VERB", "AUX"} for t in doc[cue.start:cue.end]):
        return None
    # ("demands for peace that the Russian leader listed": the clause may hang off the noun's own phrase)
    rel = next((c for c in noun.subtree if c.dep_ == "relcl" and c.i > noun.i), None)
    subj = next((c for c in rel.children if c.dep_ == "nsubj"), None) if rel is not None else None
    h = resolve.resolve(R, A, subj) if subj is not None else None
    if h and h.party:
        return h
    # (definite, or opening its sentence: "Broader demands for peace included X")
    if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children) and \
            noun.left_edge.i != noun.sent.start:
        return None
    return continued_holder(R, A, doc, cue, by_verb=True)
