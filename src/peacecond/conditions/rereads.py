"""rereads: cues the parse reads otherwise than their row says (stage 3, after the cues are found).

A row gives a cue its category; the clause it stands in can turn that round. A refusal weighed ("is considering
rejecting the plan") is a hedge; an "if" clause that says what a refused deal would hold, or a step judged a harm
("will not accept any deal if it involves X", "it would be a disaster if the army withdrew"), refuses what it names
instead of setting it; a row that needs an agent hedges without one ("no chance that the ceasefire would hold"). And
a negation of will over the verb that takes another side's demand refuses that demand, as a refusing verb does
(meets, read by frames.py).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from . import resolve
from .model import SUBJ, Cue
from .negation import is_negated, negated


def reread(R, doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Cues the parse reads otherwise than their row:
    - "is considering rejecting the proposal", "is ready to consider the rejection of the plan": a refusal a verb of
      weighing takes (weighing_verbs.txt) is not stated. It stays a hedge over its scope ("hypothetical"), so what it
      covers is nobody's stance, as under "could";
    - "will not accept any deal if it involves X", "would reject any settlement if it meant X", "it would be a
      disaster if the army withdrew": an "if" clause that says what a refused deal would hold, or a step judged a
      harm, refuses X (refused_if); "will sign only if it includes X" demands it;
    - a cue whose row needs an agent and has none ("no chance that the ceasefire would hold": agent_of) hedges."""
    out = []
    for c in cues:
        t = next((t for t in doc[c.start:c.end] if t.pos_ in {"VERB", "NOUN"}), None) \
            if c.category == "reject" and not c.rule.get("negation") else None
        if t is not None and t.dep_ in {"xcomp", "dobj", "pcomp"} and t.head.pos_ == "VERB" and \
                t.head.lemma_.lower() in R.w.weighing_verbs:
            c = Cue(dict(c.rule, category="hypothetical"), c.start, c.end, c.lo, c.hi)
        elif c.category == "condition_clause" and refused_if(R, doc, c):
            # ("a failure if the war ended without guarantees": the step is refused up to "without", what it would
            # lack stays the condition)
            lack = next((t.i for t in doc[c.end:c.hi] if t.lower_ == "without" and t.head.i != t.i), None)
            if lack is not None:
                out.append(Cue(c.rule, c.start, c.end, lack, c.hi))
            c = Cue(dict(c.rule, category="reject", holder="none", strength="strong"), c.start, c.end, c.lo,
                    c.hi if lack is None else lack)
        elif c.rule.get("agent") and not agent_of(R, doc, c):
            c = Cue(dict(c.rule, category="hypothetical"), c.start, c.end, c.lo, c.hi)
        out.append(c)
    return out


def agent_of(R, doc: Doc, cue: Cue) -> bool:
    """ "no chance that we / it would accept X", "no way Pakistan will give up X": a cue that needs an agent (the
    row's "agent") has, as the active subject of its last verb, a pronoun or a side; "no chance that the ceasefire
    would hold", "no chance that elections will be held" judge an event."""
    v = next((t for t in reversed(doc[cue.start:cue.end]) if t.pos_ == "VERB"), None)
    subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if v is not None else None
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    if subj.lower_ in {"we", "us", "i", "me", "it", "they", "them"}:  # ("for us to give up X")
        return True
    h = resolve.resolve(R, doc._.pc_cond_state, subj, fallback=False)
    return bool(h and h.party)


def harm_judged(R, v: Token) -> bool:
    """ "it would be a disaster", "would be catastrophic": a copula under would / will / could whose complement
    judges a harm (bad_outcome_words.txt)."""
    return v.lemma_ == "be" and any(c.dep_ == "aux" and c.lemma_.lower() in {"will", "would", "could"}
                                    for c in v.children) and \
        any(c.dep_ in {"attr", "acomp"} and c.lower_ in R.w.bad_outcome_words for c in v.children)


# what an "if" clause's subject may be when it speaks of the deal refused in its main clause
DEAL_POINTERS = {"it", "this", "that", "they"}


def refused_if(R, doc: Doc, cue: Cue) -> bool:
    """ "Islamabad will not accept any deal if it involves a pullout", "would reject any settlement if it meant
    elections": an "if" whose clause says what the deal would hold (content_verbs.txt, a pronoun for the deal as
    its subject, no negation of its own), under a negated or refusing verb whose object is a deal, a plan or terms
    (not "only if": that sets a term)."""
    m = doc[cue.start]
    if m.lower_ != "if" or m.dep_ != "mark" or (m.i > 0 and doc[m.i - 1].lower_ == "only"):
        return False
    v = m.head
    if v.dep_ != "advcl" or any(c.dep_ == "neg" for c in v.children):
        return False
    if harm_judged(R, v.head):
        return True  # "it would be a disaster if the army withdrew"
    if v.lemma_.lower() not in R.w.content_verbs - {"be", "have", "make"}:
        return False
    if not any(c.dep_ in SUBJ and c.lower_ in DEAL_POINTERS for c in v.children):
        return False
    main = v.head
    deals = R.w.pact_nouns | R.text_nouns | R.doc_nouns
    return (is_negated(main) or main.lemma_.lower() in R.w.refusing_verbs) and any(
        c.dep_ == "dobj" and (c.lower_ in deals or c.lemma_.lower() in deals) for c in main.children)


# Auxiliaries of will and ability ("will not", "won't", "would never", "cannot"): a negation with one refuses; "has
# not", "did not" tell what has not happened. Words of readiness: negated, or negative themselves, they refuse.
WILLING_AUX = {"will", "would", "shall", "can", "could"}
READY = {"ready", "willing", "prepared", "open", "keen", "interested", "disposed"}
UNREADY = {"unwilling", "reluctant", "intention", "hurry", "mood"}


def meets(doc: Doc, cue: Cue, noun: Token) -> bool:
    """ "had no intention of meeting the Tigers' demand for X", "is not ready to accept the rebels' terms", "is
    unwilling to meet the RSF's demand": a negation of will whose predicate governs the verb that takes another's
    demand noun refuses the demand (it stays its owner's), as a refusing verb does; "has not met the demand" tells
    what has not happened."""
    if not cue.rule.get("negation") or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    anchors = {t.i for t in doc[cue.start:cue.end] if t.lower_ in UNREADY}  # "no intention of", "unwilling to"
    neg = negated(doc, cue)
    if neg is not None and (neg.lemma_.lower() in READY or any(c.dep_ == "acomp" and c.lemma_.lower() in READY
                                                               for c in neg.children) or any(
            c.dep_ == "aux" and c.lemma_.lower() in WILLING_AUX for c in neg.children)):
        anchors.add(neg.i)  # "is not ready to", "will not"
    v = noun.head
    for _ in range(4):  # up through "to" / "of" complements: "no intention of meeting", "not ready to accept"
        if v.i in anchors:
            return True
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head.head
        elif v.dep_ in {"xcomp", "acl", "acomp"}:
            v = v.head
        else:
            return False
    return v.i in anchors
