"""facts: what the parse says is an event told about, not a term a side sets or refuses.

News about a war tells of deals broken and kept, of troops that have not left, of reports a side denies. The words
of a condition are there ("breached the ceasefire", "has not withdrawn", "denied that it had agreed to a truce") and
so are stance cues around them, but no side demands, refuses or offers anything. These tests read the clause:
- a deal taken by a verb of breaking or keeping it (condition_words/breaking_verbs.txt) is talked about;
- a stance cue inside a past clause that a denying verb takes ("denied that it had agreed to a truce") is the
  content of a denial, a fact disputed.
(A negated verb of carrying out a term in a past or perfect tense, "has not withdrawn", is read in negation.py.)
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .clauses import mention_root
from .model import Cue, cue_verb

# How far up the parse a mention's root may sit under the breaking verb ("breached the terms of the ceasefire")
REACH = 3


def breaking_verb(R, doc: Doc, s: int, e: int) -> Token | None:
    """The verb or noun of breaking or keeping a deal that takes the mention: its object ("violated the truce"), its
    passive subject ("the truce was breached"), the object of a preposition under it ("in breach of the truce") or
    a noun modifier of its noun ("ceasefire violations")."""
    t = mention_root(doc, s, e)
    for _ in range(REACH):
        head = t.head
        if head.i == t.i:
            return None
        if head.lemma_.lower() in R.w.breaking_verbs and (
                (head.pos_ in {"VERB", "AUX"} and t.dep_ in {"dobj", "nsubjpass", "prep"}) or
                (head.pos_ == "NOUN" and t.dep_ in {"compound", "prep", "amod", "nmod"})):
            return head
        if t.dep_ not in {"pobj", "prep", "compound", "det", "amod"}:
            return None
        t = head
    return None


def broken_deal(R, A, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """ "Pakistan rejected claims that its army had breached the ceasefire", "we have not violated any truce", "the
    militia said it would not violate the truce": the deal is one broken or kept, no stance's term. A cue whose verb
    takes the act as its complement still speaks ("asked both sides to observe a ceasefire", "demanded that
    Hezbollah stop violating the truce" stay demands)."""
    v = breaking_verb(R, doc, s, e)
    if v is None:
        return False
    if governs(cue, v):
        return False  # "asked both sides to observe a ceasefire", "urged Hezbollah to stop violating the truce"
    inside = v.left_edge.i <= cue.start and cue.end - 1 <= v.right_edge.i
    if not inside:
        return True
    return any(doc[i].head.i == v.i and (doc[i].dep_ == "neg" or doc[i].lower_ == "never")
               for i in range(cue.start, cue.end))


def deal_event(R, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """ "demanded that the RSF leave after the truce collapsed", "weeks after a ceasefire ended", "saying the
    ceasefire had failed": a mention that is the subject of a verb of a deal's course (course_verbs.txt) in a
    clause the cue neither holds nor takes is an event told of. "Demanded that the truce hold" (the cue takes the
    clause) and "the truce must begin at once" (the clause holds the cue) still speak of it."""
    root = mention_root(doc, s, e)
    v = root.head
    if root.dep_ != "nsubj" or v.i == root.i or v.pos_ != "VERB" or v.lemma_.lower() not in R.w.course_verbs:
        return False
    if v.tag_ == "VB" and not any(a.lower_ in {"did", "do", "does"} for a in v.children):
        return False  # a bare verb: what a cue asks for ("insisted that the truce begin"), not what happened
    return not governs(cue, v) and not (v.left_edge.i <= cue.start and cue.end - 1 <= v.right_edge.i)


def ended_without(R, doc: Doc, cue: Cue) -> bool:
    """ "The Jeddah talks ended without a truce", "the summit closed without any ceasefire deal": "without" on a
    verb in a past tense whose subject is a meeting (meeting_nouns.txt) tells what the meeting did not give; a
    meeting holds no stance, so nobody refuses the truce ("wants a truce without any withdrawal" still refuses)."""
    t = doc[cue.start]
    v = t.head
    if t.lower_ != "without" or t.dep_ != "prep" or v.pos_ != "VERB" or not past(v):
        return False
    return meeting_subject(R, v)


def meeting_subject(R, v: Token) -> bool:
    """Is the subject of verb v a meeting or talks (condition_words/meeting_nouns.txt)? What such a verb tells is
    what the meeting gave or did not give (ended_without, negation.meeting_outcome)."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in R.w.meeting_nouns or subj.lemma_.lower() in R.w.meeting_nouns)


def governs(cue: Cue, v: Token) -> bool:
    """The cue's verb takes the act as its complement, directly or through a verb of stopping or continuing
    ("asked both sides to observe a ceasefire", "demanded that Israel stop violating the truce"): the cue asks for
    or refuses the act itself."""
    t = v
    for _ in range(3):
        if t.dep_ not in {"xcomp", "ccomp", "conj"} or t.head.i == t.i:
            return False
        t = t.head
        if cue.start <= t.i < cue.end:
            return True
    return False


def past(v: Token) -> bool:
    """A past or perfect tense with no modal: "withdrew", "had agreed", "has not withdrawn", "did not pull"."""
    auxes = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and any(a.lemma_.lower() in {"have", "be"} for a in auxes)) or \
        (v.tag_ == "VB" and any(a.lower_ == "did" for a in auxes))


def denied_clause(R, doc: Doc, cue: Cue) -> bool:
    """ "The army denied that it had agreed to a ceasefire", "Hamas denied it had accepted the disarmament of its
    fighters": a stance cue in a past clause that a denying verb (condition_words/denying_verbs.txt) takes as its
    content is what the denial disputes; no stance of anyone's. ("denied that it would accept a truce" speaks of the
    future and is left to the other rules.)"""
    t = doc[cue.start]
    verb = t.head if t.dep_ in {"aux", "auxpass", "neg"} else t
    if verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head if verb.head.pos_ in {"VERB", "AUX"} and verb.dep_ in {"dobj", "prep", "pobj"} else verb
    for _ in range(2):
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in R.w.denying_verbs and verb.head.pos_ == "VERB":
            return past(verb)
        if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "dobj", "pcomp"} and verb.head.pos_ == "VERB" and \
                verb.head.lemma_.lower() in R.w.denying_verbs - R.w.object_refusing_verbs:
            return True  # "denied rejecting the truce": a gerund names the act the denial disputes
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def rejected_text(R, A, doc: Doc, cue: Cue) -> Token | None:
    """ "Kyiv dismissed the plan, which calls for a ceasefire", "Hamas rejected the proposal, which would require it
    to disarm", "Hamas said it had not seen the proposal, which calls for its disarmament": the demanding verb's
    subject is a relative pronoun standing for a plan or text (plan_nouns.txt, document_nouns.txt, pact_nouns.txt)
    that a verb of refusing, denying or receiving takes as its object. The plan's terms are
    its owner's, never the side that refuses it: the plan's noun, for holders.py to read its owner from."""
    verb = cue_verb(doc, cue)
    if verb is None or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in verb.children):
        return None
    noun = verb.head
    if noun.lower_ not in R.doc_nouns and noun.lemma_.lower() not in R.w.pact_nouns:
        return None
    return noun if not_owned_by_subject(R, noun) else None


def not_owned_by_subject(R, noun: Token) -> bool:
    """The plan noun is what its verb's subject refuses, denies, receives or answers (refusing_verbs.txt,
    denying_verbs.txt, comment_verbs.txt: "rejected the plan", "had not seen the proposal", "responded to the
    draft"): the subject does not own it."""
    verb = noun.head if noun.dep_ == "dobj" else \
        noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" else None
    return verb is not None and verb.lemma_.lower() in R.w.refusing_verbs | R.w.denying_verbs | R.w.comment_verbs


def refusing_verb(R, verb: Token) -> bool:
    """A verb that refuses, denies or turns down what it takes ("rejected", "dismissed", "ruled out", "turned down";
    "rule" and "turn" only with their particle): a clause on a set of terms whose verb refuses it says who turned
    the terms down, never who put them forward ("the plan, rejected by Hamas", "the plan that Baku dismissed")."""
    lemma = verb.lemma_.lower()
    if lemma in {"rule", "turn"}:
        return any(c.dep_ == "prt" and c.lower_ in {"out", "down"} for c in verb.children)
    return lemma in R.w.refusing_verbs | R.w.denying_verbs | R.w.turning_down_verbs


def asked_if(R, doc: Doc, cue: Cue) -> bool:
    """ "Asked if Israel would withdraw from the buffer zone, Netanyahu declined to answer": the cue stands in an
    "if" clause that a verb of asking takes (condition_words/question_verbs.txt), a question put, no condition and
    no stance. The "if" of such a clause is no condition marker either."""
    t = doc[cue.start]
    if t.lower_ == "if" and t.dep_ == "mark":
        t = t.head
    elif t.dep_ in {"neg", "aux", "auxpass", "advmod"} and t.head.i != t.i:
        t = t.head
    for _ in range(6):
        if any(m.dep_ == "mark" and m.lower_ == "if" for m in t.children):
            return t.dep_ in {"ccomp", "advcl", "xcomp"} and t.head.lemma_.lower() in R.w.question_verbs
        if t.head.i == t.i or t.dep_ not in {"xcomp", "conj", "dobj", "prep", "pobj", "acomp"}:
            return False
        t = t.head
    return False


def states_a_fact(R, t: Token) -> bool:
    """ "Petro rejected the group's statement that it had freed all hostages", "dismissed the report that ...": a
    text noun with a "that" clause of its own is refused for what it says happened, not for the terms its owner
    sets; so is a noun of what others say (report_nouns.txt: "rejected the group's claims")."""
    if t.lemma_.lower() in R.w.report_nouns:
        return True
    return any(c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"} and
               any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in t.children)


def refused_claim(R, doc: Doc, cue: Cue) -> bool:
    """ "Baku rejected claims that its troops had withdrawn", "dismissed reports that the rebels had disarmed": a
    refusing verb whose object is a report (report_nouns.txt) of a past event disputes the fact; it refuses no
    condition named in it ("rejected suggestions that it withdraw" speaks of no past and is left to the rules)."""
    verb = cue_verb(doc, cue)
    if verb is None or cue.rule.get("negation"):
        return False
    return any(o.dep_ == "dobj" and o.lemma_.lower() in R.w.report_nouns and any(
        (c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"} and past(c) and
         any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)) or
        # "rejected Kyiv's account of the talks", "dismissed claims about the truce": an account of events
        # (a suggestion or speculation of a truce may be a proposal: left to the rules)
        (c.dep_ == "prep" and c.lower_ in {"of", "about"} and o.lemma_.lower() not in PROPOSAL_LIKE)
        for c in o.children) for o in verb.children)


PROPOSAL_LIKE = {"suggestion", "speculation"}
