"""appeals: a call on both sides at once (stage 4).

"The United States called on the Sudanese army and the RSF to agree to a ceasefire", "Turkey urged Armenia and
Azerbaijan to hold direct talks", "Kenya urged both sides to observe the truce": an appeal to two sides together to do
what only the two do together (a truce, talks: condition_words/mutual_types.txt) is a go-between's, as a mediator's
appeal is (mediator_parties.txt), not a term the caller sets. A call on one side ("urged Russia to agree to a
ceasefire") or for what one side gives ("urged the US and Europe to give guarantees") stays a demand.
"""
from __future__ import annotations

from spacy.tokens import Doc

from . import pairs, resolve
from .clauses import mention_root
from .model import Cue, cue_verb

# the prepositions that bring in whom a verb of asking addresses ("called on X", "appealed to X")
ADDRESS_PREPS = {"on", "upon", "to"}


def addressees(verb):
    """Whom a verb of asking addresses: its object ("urged X to"), its dative, or the object of on / upon / to."""
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "iobj"}:
            yield c
        elif c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS:
            yield from (o for o in c.children if o.dep_ == "pobj")


def their_act(R, A, verb, root) -> bool:
    """Is the mention (its root) what the addressees of the verb of asking are to do themselves: inside the verb's
    own complement ("urged X and Y to observe the truce", "to agree to a ceasefire"), not one they are to press on a
    side that complement names ("urged Egypt and Qatar to press Israel into a ceasefire")?"""
    t = root
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            return False
        if h.pos_ in {"VERB", "AUX"}:
            while h.dep_ == "conj" and h.head.i != verb.i:
                h = h.head  # "to observe the truce and hold direct talks"
            if h.dep_ not in {"xcomp", "ccomp"} or h.head.i != verb.i:
                return False
            return not any(c.dep_ in {"dobj", "dative"} and c.i != root.i and pairs.side_at(R, A, c) is not None
                           for c in h.children)
        t = h
    return False


def to_both_sides(R, A, doc: Doc, cue: Cue, type_: str, s: int, e: int) -> bool:
    """Is the demand cue an appeal to two sides together for an act of both (a type of mutual_types.txt) that
    they are to do themselves (the mention s..e)?"""
    if type_ not in R.w.mutual_types or cue.category != "demand":
        return False
    verb = cue_verb(doc, cue)
    if verb is None or not their_act(R, A, verb, mention_root(doc, s, e)):
        return False
    for a in addressees(verb):
        if pairs.counted_pair(R, a) or (a.tag_ == "NNS" and a.lower_ in R.w.pair_nouns and any(
                d.lower_ in R.w.pair_determiners and d.dep_ in {"det", "predet"} for d in a.children)):
            return True  # "urged both sides", "called on the warring parties", "asked all parties"
        named = {h.party for h in (pairs.side_at(R, A, x) for x in (a, *a.conjuncts)) if h is not None and h.party}
        if len(named) >= 2 and _facing(R, A, verb, named):
            return True  # "called on the Sudanese army and the RSF"
    return False


def _facing(R, A, verb, named: set) -> bool:
    """Are two named addressees the two sides of a war, not a side's allies or go-betweens ("Zelensky urged the US
    and the EU to support a ceasefire", "Armenia called on Russia and France to guarantee the truce": the caller's
    own term)? No table says who fights whom: a go-between's call (mediator_parties.txt, intergovernmental.txt) is
    taken as one, and so is a call on a pair with a non-state armed group in it ("the army and the RSF") from a
    caller who is not one of them; a state's call on two states stays its demand."""
    subj = resolve.subject(R, A, verb)
    h = resolve.resolve(R, A, subj) if subj is not None else None
    caller = h.party if h else None
    if caller in R.w.mediator_parties or caller in R.w.intergovernmental:
        return True
    return caller not in named and any(p not in R.not_groups for p in named)
