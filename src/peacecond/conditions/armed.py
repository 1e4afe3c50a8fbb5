"""armed: what a group word stands for when it names no side itself ("the rebels", "the delegation", "a spokesman
for the group"): the armed group or body the story named last, read by bisection over the actors in text order."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token


def actors_before(A, i: int):
    """The tokens of actors named before token i, latest first."""
    if len(A.actor_order) != len(A.tok_actor):
        A.actor_order = sorted(A.tok_actor)
    at = bisect_left(A.actor_order, i)
    return (A.actor_order[k] for k in range(at - 1, -1, -1))


def group_owned(R, A, tok: Token) -> bool:
    """Is tok owned by a definite group word ("the rebels' leader", "a spokesman for the group")?"""
    owners = [c for c in tok.children if c.dep_ == "poss"] + \
        [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} for p in c.children if p.dep_ == "pobj"]
    return any(armed_word(R, A, o) and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
               for o in owners)


def group_near(R, A, tok: Token) -> bool:
    """Did the story name a non-state group (no intergovernmental body) in tok's sentence or the one before?"""
    start = tok.sent.start
    if start:
        start = tok.doc[start - 1].sent.start
    found = org_since(A, tok.i, start)
    return found is not None and R.parties.kinds.get(found[1]["party"]) != "state" and \
        found[1]["party"] not in R.w.intergovernmental


def armed_word(R, A, tok: Token) -> bool:
    """Does this group word stand for an armed group: a word for one or a movement (insurgent_nouns, movement_nouns),
    or another group word ("the delegation", "the paramilitary") with a non-state group named in its sentence or
    the one before and no state named since ("The M23 seized Goma. Kinshasa sent a delegation": Kinshasa's)?"""
    low = tok.lower_
    if low in R.w.insurgent_nouns or low in R.w.movement_nouns:
        return True
    if low not in R.w.group_nouns or not group_near(R, A, tok):
        return False
    last = next((A.tok_actor[i] for i in actors_before(A, tok.i) if A.tok_actor[i]["party"]), None)
    return last is None or R.parties.kinds.get(last["party"]) != "state"


def org_before(A, i: int) -> dict | None:
    """The last armed group or body the story named before token i (by bisection: asked once a noun)."""
    k = bisect_left(A.org_starts, i)
    return A.orgs[k - 1][1] if k else None


def org_since(A, i: int, lo: int) -> tuple[int, dict] | None:
    """(its first token, its actor) of the last armed group or body named before token i, if named at token lo or
    after (by bisection)."""
    k = bisect_left(A.org_starts, i)
    return A.orgs[k - 1] if k and A.org_starts[k - 1] >= lo else None
