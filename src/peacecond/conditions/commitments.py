"""commitments: what a side's commitment, or its refusal to commit, makes of a condition clause (stage 3, with frames).

"The Houthis will halt attacks if Israel ends its offensive": a side that commits to an act on a condition sets that
condition, however weak "if" is on its own. "They said they will halt attacks if ...": a pronoun subject is the side
the sentence's holder is. "The army will not withdraw if ...": a negated commitment promises nothing on the
condition, so the clause stays as weak as "if" is. "Israel will not end the war until Hamas is destroyed": a negated
act that waits on something no condition type names is refused now (a clause that names one, "no ceasefire until
they withdraw", makes the act its goal and the clause the demand, as negation.conditioned says).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from . import holders, resolve
from .model import SUBJ, Cue, cue_verb

COMMITTING = {"will", "would", "'ll", "shall", "wo"}  # "wo" as in "wo n't"
READY = {"ready", "prepared", "willing", "open"}  # "is open to talks if ..."
# Verbs of committing oneself: a demanding verb they govern is offered ("agreed to ask X to ...")
AGREEING = {"agree", "offer", "promise", "pledge", "undertake", "volunteer"}
# A refusal whose act waits on "unless" / "until": the wait is the term ("refuses to talk unless X")
RELUCTANT = {"reluctant", "unwilling", "refuse", "decline", "hesitant"}
# A marker after which a negated main clause still sets the condition ("will not stop until / unless X": X is what
# it takes); after "if" / "once" a negated commitment promises nothing on it.
WAITING = {"until", "till", "unless"}
# Pronouns and bare group nouns a subject may be: the side is the one the sentence's holder is.
ANAPHORS = {"they", "it", "we"}


def negated(tok: Token) -> bool:
    """The main verb (or an adjective of readiness) carries a negation, or its subject does ("no side will")."""
    from .negation import is_negated  # (negation imports holders, as this module does)
    return is_negated(tok) or any(c.dep_ == "neg" for c in tok.children)


def conditional_offer(R, A, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """ "The Houthis will halt attacks if Israel ends its offensive", "Baku is ready to sign once Yerevan ...": a
    side that commits to an act on a condition sets that condition, however weak "if" is on its own (a condition
    clause under "talks could resume", "the truce may hold", sets nobody's; "will not withdraw if ..." promises
    nothing)."""
    if cue.category != "condition_clause":
        return False
    mark = doc[cue.start]
    clause = mark.head
    if mark.dep_ != "mark" or clause.i == mark.i or clause.dep_ != "advcl":
        return False
    main = clause.head
    subj = next((c for c in main.children if c.dep_ in SUBJ), None)
    if subj is None or main.dep_ == "xcomp":
        subj = subj or next((c for c in main.head.children if c.dep_ in SUBJ), None)
    committed = any(c.dep_ == "aux" and c.lower_ in COMMITTING for c in main.children) or \
        main.lower_ in READY or any(c.dep_ == "acomp" and c.lower_ in READY for c in main.children) or \
        (main.dep_ == "xcomp" and main.head.lower_ in READY)
    if mark.lower_ in WAITING and main.dep_ == "xcomp" and main.head.lemma_.lower() in RELUCTANT:
        # "has been reluctant to enter talks unless they give up their arms": a refusal that waits on a term sets
        # it, as "will not ... unless" does
        committed = True
        subj = subj or next((c for c in main.head.head.children if c.dep_ in SUBJ), None)
    elif mark.lower_ in WAITING and main.pos_ == "VERB" and main.lemma_.lower() in RELUCTANT:
        committed = True  # "refused to attend the summit, despite pressure, until Israel agrees to stop firing"
    if subj is None or not committed:
        return False
    if mark.lower_ not in WAITING and (negated(main) or (main.dep_ == "xcomp" and negated(main.head))):
        return False  # "the army will not withdraw if the RSF attacks": no promise, no condition set
    h = resolve.resolve(R, A, subj)
    if (h is None or not h.party) and (subj.lower_ in ANAPHORS or (
            subj.lower_ in R.w.group_nouns and any(d.dep_ == "det" for d in subj.children))):
        # "they said they will halt attacks if ...", "the group will release ... once": the side the statement's
        # holder is (the subject of the speech verb, the quote's speaker)
        h = holders.holder(R, A, doc, cue, s, e)
    return bool(h and h.party)


def offered_demand(doc: Doc, cue: Cue) -> bool:
    """ "Belgrade is ready to ask the EU to dissolve the Contact Group", "Kinshasa agreed to call on its allies to
    withdraw": a demanding verb a side commits to is what it offers to do, no demand of its own."""
    if cue.category != "demand" or cue.rule["holder"] != "subject":
        return False
    v = cue_verb(doc, cue)
    return v is not None and v.dep_ == "xcomp" and (v.head.lower_ in READY or v.head.lemma_.lower() in AGREEING)


def waits_on_term(R, A, doc: Doc, cue: Cue, e: int, end: int) -> bool:
    """ "no ceasefire until they withdraw": a negation whose mention a goal_if_next word follows waits on a
    condition; the mention is its goal, not refused -- but only when that clause names a condition type. "Addis
    would not stop fighting until the front was crushed" waits on no term: the end of the war is refused."""
    words = cue.rule.get("goal_if_next")
    if not words:
        return False
    x = next((x for x in doc[e:min(e + 3, end)] if x.lower_ in words), None)
    if x is None:
        return False
    return names_term(A, clause_of(x))


def waits_on_clause(R, A, doc: Doc, cue: Cue, e: int, end: int) -> bool:
    """ "Hamas refuses to accept a ceasefire unless Israel withdraws", "Moscow will not agree to a truce until Kyiv
    drops its NATO bid": a refusal of any row whose mention a waiting subordinator follows (waiting_markers.txt, as
    the "mark" of a clause the parse hangs on a verb) waits on that clause; when the clause names a condition type
    the mention is its goal, not refused (the clause is the demand). A marker of time before a noun ("rejected the
    truce before the elections") opens no clause and is left to the rows' goal_if_next."""
    x = next((x for x in doc[e:min(e + 3, end)] if x.lower_ in R.w.waiting_markers), None)
    if x is None:
        # "declined to sign a ceasefire with the ELN until the rebels disarm": the marker of a clause the parse
        # hangs on a verb above the mention (at most the clause's few verbs up, so no search of the sentence)
        v = doc[e - 1]
        for _ in range(4):
            if v.head.i == v.i:
                break
            v = v.head
            x = next((m for c in v.children if c.dep_ == "advcl" and c.i >= e for m in c.children
                      if m.dep_ == "mark" and m.lower_ in R.w.waiting_markers), None)
            if x is not None:
                break
    if x is None or x.dep_ != "mark" or x.head.i <= x.i or x.head.dep_ != "advcl":
        return False
    toks = clause_of(x)
    return bool(toks) and any(t.i in A.type_at for t in toks)


def clause_of(x: Token) -> list[Token]:
    """The clause or phrase a marker or preposition opens ("until [Hamas was destroyed]", "without [Russia]")."""
    if x.dep_ == "mark" and x.head.i > x.i:
        return [t for t in x.head.subtree if t.i > x.i]
    if x.dep_ == "prep" or any(c.dep_ in {"pobj", "pcomp"} for c in x.children):
        return [t for t in x.subtree if t.i > x.i]
    return []


def names_term(A, toks: list[Token]) -> bool:
    """A clause names a condition type (or the parse gave no clause: read it as the rule always did)."""
    return not toks or any(t.i in A.type_at for t in toks)


def waits_on_nothing(R, A, doc: Doc, cue: Cue, e: int, end: int) -> bool:
    """The negation waits on a clause ("until", "unless", ...) that names no condition type: what it refuses is
    refused only for now (commitments.contested decides whether that is a rejection)."""
    from .negation import negated as negated_predicate
    words = cue.rule.get("goal_if_next")
    if not words:
        return False
    x = next((x for x in doc[e:min(e + 3, end)] if x.lower_ in words), None)
    if x is not None and clause_of(x):
        return True  # (waits_on_term has said it names none)
    v = negated_predicate(doc, cue)
    return v is not None and any(c.dep_ in {"advcl", "prep"} and (c.lower_ in words or any(
        m.dep_ == "mark" and m.lower_ in words for m in c.children)) for c in v.children)


def contested(found: list) -> list:
    """ "Addis would not stop fighting until the front was crushed" refuses an end to the fighting that the front demands; "elections
    will not be held until the war is over", where no side asks for elections, states a plan, no rejection. A
    refusal that only waits (extra "waits") stands when another side in the article demands that type."""
    if not any(f.extra.get("waits") for f in found):
        return found
    asked = {(f.type, f.holder.party) for f in found if f.stance == "demand" and f.holder and f.holder.party}
    return [f for f in found if not f.extra.get("waits") or any(
        t == f.type and p != (f.holder.party if f.holder else None) for t, p in asked)]


def own_demand_refused(R, found: list) -> list:
    """ "Local elections must be held ... the government will never hold elections while armed groups rule the
    towns", "Moscow demands that the new territorial realities be recognised ... and will not give up the annexed
    regions": a side that demands a condition in the article and also refuses it refuses a form or a circumstance
    of it, not the condition it sets; its demand stands and the refusal is dropped. Where refusing one form of talks
    sets another (refusal_types.txt: "ruled out direct talks with X") both stand."""
    asked = {(f.type, f.holder.party) for f in found if f.stance == "demand" and f.holder and f.holder.party}
    if not asked:
        return found
    return [f for f in found if not (f.stance == "reject" and f.holder and (f.type, f.holder.party) in asked
                                     and f.type not in R.w.refusal_types)]


TEMPORAL = {"until", "till", "before", "once", "after"}


def narrated(R, doc: Doc, cue: Cue) -> bool:
    """ "The rebels held the town until the army withdrew", "Before the war, Russian troops withdrew from the town",
    "Russia supplied drones until the sanctions were lifted": a marker that can be one of time, on a main clause
    told as a past fact (a past-tense verb with no modal, no negation, no refusal, no readiness), tells when
    something happened; it sets no condition. ("Kyiv refused to talk until Russia withdrew", "said it would sign
    once", "was not ready until" keep theirs.)"""
    x = doc[cue.start]
    if x.lower_ not in TEMPORAL:
        return False
    if x.dep_ == "mark" and x.head.dep_ == "advcl":
        main = x.head.head
    elif x.dep_ == "prep" and x.head.i > x.i:
        main = x.head  # fronted "Before the war, ..."
    else:
        return False
    refusing = RELUCTANT | R.w.refusing_verbs
    if main.pos_ != "VERB" or main.tag_ != "VBD" or main.lemma_.lower() in refusing or negated(main):
        return False
    if main.dep_ in {"xcomp", "conj"} and (main.head.lemma_.lower() in refusing or negated(main.head)):
        return False
    return not any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or c.lower_ in COMMITTING)
                   for c in main.children)
