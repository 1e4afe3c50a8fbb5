"""plans: the mentions of one plan in an article are one entity with one owner.

"Norway Offers Truce Plan" (headline), "She put forward a five-step plan starting with a truce", "Norway's
proposal comes ...", "the spokesperson dismissed the plan": each mention of a plan or a text that states terms
(plan_nouns.txt, document_nouns.txt) names its owner or not; a mention whose owner is a person no side is known for
takes the side of the owned mentions around it, and a definite mention with no owner ("the plan", "the proposal")
stands for the plan the story named last. The owner holds the terms the plan lists (enumerations.included_terms,
holders.document_owner); a refusal of the plan refuses each of them (references.py).

Built once per article from the plan nouns' positions (texts.text_positions); a lookup is a bisection.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from . import enumerations, resolve, texts
from .model import SUBJ, Holder

DEFINITE = {"the", "this", "that", "such"}
SINGULAR = {"NN", "NNP"}  # "Peace Plan" in a title-case headline is tagged a proper noun
# a refusal looks back over this many plan mentions at most (a constant: the lookup stays linear)
LOOKBACK = 12


def proposer_verb(R, verb: Token) -> bool:
    """A verb whose subject puts a plan forward ("Qatar proposed / unveiled / tabled a plan", "set out a plan")."""
    low = verb.lemma_.lower()
    if low in R.w.proposing_verbs:
        return True
    return low in R.w.out_verbs and any(c.dep_ in {"prt", "advmod"} and c.lower_ in R.w.out_particles
                                        for c in verb.children)  # ("laid down its terms")


def local_owner(R, A, noun: Token) -> Holder | None:
    """The owner this mention itself names, with or without a known side: its possessor or modifier ("Indonesia's
    proposal", "the Egyptian initiative"), who issued it ("the plan put forward by Qatar", "the plan Qatar
    drafted"), or the subject of the verb that puts it forward ("She put forward a five-step plan", "Turkey unveiled
    a peace plan"; also in the passive: "a plan was proposed by Egypt")."""
    h = resolve.possessor(R, A, noun)
    if h:
        return h
    for c in noun.children:
        # "the plan Qatar drafted" (not "the plan that Kyiv dismissed": no verb of putting forward)
        if c.dep_ == "relcl" and c.i > noun.i and proposer_verb(R, c):
            subj = next((x for x in c.children if x.dep_ in SUBJ and x.lower_ not in {"which", "that", "who"}), None)
            h = resolve.resolve(R, A, subj) if subj is not None else None
            if h:
                return h
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in {"VERB", "AUX"} or not proposer_verb(R, verb):
        return None
    if noun.dep_ == "dobj":
        subj = resolve.subject(R, A, verb)
        return resolve.resolve(R, A, subj) if subj is not None else None
    if noun.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        obj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
        return resolve.resolve(R, A, obj) if obj is not None else None
    return None


def proposing_acts(R, A, doc) -> list[tuple[int, Holder]]:
    """(verb, its subject's side) for each verb that puts forward a condition ("Egypt proposed a truce"): the verb
    of proposing_verbs.txt with a condition type named in its object."""
    typed = sorted(A.type_at)
    out = []
    for word, idxs in A.positions.items():
        if not idxs or doc[idxs[0]].lemma_.lower() not in R.w.proposing_verbs:
            continue  # (a word form keeps its lemma: one look a word, not one a token)
        for i in idxs:
            v = doc[i]
            if v.pos_ != "VERB" or v.lemma_.lower() not in R.w.proposing_verbs:
                continue
            if not any(c.i > v.i and c.dep_ in {"dobj", "ccomp", "xcomp"} and
                       bisect_left(typed, c.left_edge.i) < bisect_right(typed, c.right_edge.i) for c in v.children):
                continue
            subj = resolve.subject(R, A, v)
            h = resolve.resolve(R, A, subj) if subj is not None else None
            if h and h.party:
                out.append((i, Holder(h.name, h.party)))
    return out


def definite(noun: Token) -> bool:
    return any(d.dep_ in {"det", "predet"} and d.lower_ in DEFINITE for d in noun.children)


def index(R, A, doc) -> tuple[list[int], list[Holder | None]]:
    """(token index of each singular plan mention, in order; the owner each mention names, its side filled in)."""
    if A.plans is not None:
        return A.plans
    at = [i for i in texts.text_positions(R, A, doc) if doc[i].tag_ in SINGULAR and doc[i].pos_ in {"NOUN", "PROPN"}]
    owners = [local_owner(R, A, doc[i]) for i in at]
    # "Egypt proposed a 60-day truce ... Israel rejected the proposal": an act of putting terms forward is a
    # mention of the plan too
    acts = proposing_acts(R, A, doc)
    if acts:
        pairs = sorted(list(zip(at, owners)) + acts, key=lambda x: x[0])
        at, owners = [i for i, _ in pairs], [h for _, h in pairs]
    # The side of the nearest mention before and after each one that names its owner's side (two passes).
    before, last = [], None
    for h in owners:
        before.append(last)
        last = h.party if h and h.party else last
    after, last = [None] * len(owners), None
    for k in range(len(owners) - 1, -1, -1):
        after[k] = last
        last = owners[k].party if owners[k] and owners[k].party else last
    for k, h in enumerate(owners):
        if h is None or h.party:
            continue
        # "She put forward a five-step plan" (a person the story gives no side), between "Norway Offers Truce
        # Plan" and "Norway's proposal": the same plan, Norway's. Sides that disagree settle nothing.
        p, n = before[k], after[k]
        if p and n and p != n:
            continue
        if p or n:
            owners[k] = Holder(h.name, p or n)
    A.plans = (at, owners)
    return A.plans


def spokesmen(R, A, doc) -> dict[str, str]:
    """Person -> side, for the persons no side is known for who put forward a side's plan ("She put forward a
    five-step plan" ... "Norway's proposal"): what else they demand, they demand for that side."""
    at, owners = index(R, A, doc)
    sideless = {info["name"] for _, info, _ in A.persons if not info["party"]}
    out: dict[str, str] = {}
    for h in owners:
        if h is not None and h.party and h.name in sideless:
            out.setdefault(h.name, h.party)
    return out


def owner(R, A, noun: Token, other_than: str | None = None) -> Holder | None:
    """The side that holds the plan this mention names: the owner it names (its side taken from the mentions
    around it when only a person is named), else, for a definite mention with none ("the plan"), the owner of the
    plan named last before it -- the last of a side other than other_than, when a side refuses the plan (it
    refuses its rival's, not its own). None when the mention is no plan noun or names no side."""
    doc = noun.doc
    at, owners = index(R, A, doc)
    k = bisect_left(at, noun.i)
    if k == len(at) or at[k] != noun.i:
        return None
    h = owners[k]
    if h is not None and h.party != other_than:
        return h if h.party else None
    if h is not None and not h.party:
        return None  # a person with no side owns it (as index() leaves it): not the side of the plan named before
    # (a side refusing a plan its own side owns is a parse gone wrong, "Azerbaijan Rejects Peace Plan" read as one
    # name: the refused plan is a rival's, named as a bare one is)
    if h is None and not (definite(noun) or bare(noun)):
        return None
    for j in range(k - 1, max(-1, k - 1 - LOOKBACK), -1):
        o = owners[j]
        if o is not None and o.party and o.party != other_than:
            return Holder(o.name, o.party)
    if any(o is not None and o.party for o in owners[max(0, k - LOOKBACK):k]):
        return None  # (only the refuser's own plan was named before: nothing of a rival's to refuse)
    # "Baku Rejects Peace Plan" (a headline) or "the plan" before any owner is named: the plan the story goes on
    # to name with its owner
    for j in range(k + 1, min(len(at), k + 1 + LOOKBACK)):
        o = owners[j]
        if o is not None and o.party and o.party != other_than:
            return Holder(o.name, o.party)
    return None


def bare(noun: Token) -> bool:
    """A plan noun with no determiner or owner of its own ("Kyiv Rejects Peace Plan": a headline drops "the")."""
    return noun.dep_ != "compound" and not any(d.dep_ in {"det", "predet", "poss", "nummod"} for d in noun.children)


def is_plan(R, noun: Token) -> bool:
    return noun.lower_ in R.doc_nouns and noun.tag_ in SINGULAR and noun.pos_ in {"NOUN", "PROPN"}


def set_holder(R, A, noun: Token) -> Holder | None:
    """Who holds what a set of terms lists: a plan's owner (above), else the set's own owner ("ten principles"
    Ramaphosa listed: enumerations.set_owner)."""
    h = owner(R, A, noun) if is_plan(R, noun) else None
    return h or enumerations.set_owner(R, A, noun)


# the links from a refused plan up to the refusing words: its object, the object of its preposition ("poured cold
# water on the plan"), of a verb it governs ("refused to consider the plan"), a passive subject, a conjunct
OBJECT_PATH = {"dobj", "pobj", "prep", "xcomp", "nsubjpass", "conj", "appos", "dative"}


def refused(doc, start: int, end: int, noun: Token) -> bool:
    """The plan noun is what the refusal at tokens [start, end) is about, not a word of a clause under it ("rejected
    claims that it had leaked the plan", "rejected any delay, saying the plan must go ahead")."""
    # "the plan, which Kyiv rejected, ...": the relative clause refuses the noun it hangs on
    if any(c.dep_ == "relcl" and start <= c.i < end and any(x.dep_ == "dobj" and x.lower_ in {"which", "that"}
                                                             for x in c.children) for c in noun.children):
        return True
    # "Azerbaijan Rejects Peace Plan", a headline the parser reads as one name: the refusal is a word of the plan's
    # own phrase, before it
    if noun.left_edge.i <= start and end <= noun.i:
        return True
    t = noun
    for _ in range(6):
        if start <= t.i < end:
            return True
        if t.dep_ not in OBJECT_PATH or t.head.i == t.i:
            return False
        t = t.head
    return False
