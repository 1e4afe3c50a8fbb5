"""scopes: how far a refusal reaches, read from the parse where a token window says too much (stage 4).

ConText gives a cue a scope that ends where its clause ends; a refusal's clause can still hold words it does not
refuse. These tests narrow it:

- refused_object: a form of talks is refused only when it is what the refusing verb takes ("Pyongyang rejected
  any talks", "declined to take part in the talks"), not a word near a negation ("has not held talks since May").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .clauses import mention_root
from . import negation, rereads
from .model import Cue, cue_verb

OBJECTS = {"dobj", "nsubjpass", "pobj", "attr"}
# ("refused to negotiate with X until Y": a clause of these after refused talks makes the talks its goal)
REFUSAL_GOAL_MARKS = {"until", "unless", "till", "before"}


def refusal_object(R, doc: Doc, s: int, e: int) -> bool:
    """Before any cue is read: is the mention s..e what a verb of refusal takes (object_refusing_verbs.txt), directly
    or through a verb of taking part it governs ("boycotted the talks", "refused to join the negotiations")? A row
    read only as refused names its type nowhere else ("the talks will be held in Doha" names no format)."""
    root = mention_root(doc, s, e)
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if anyone_partner(root):
        return False
    if verb_refused(R, root) or willed_negation(root) is not None:
        return True
    if root.dep_ not in OBJECTS:
        return False
    if head.pos_ == "NOUN" and head.lower_ in R.w.invitation_nouns and head.dep_ == "dobj":
        head = head.head  # "turned down an offer of talks"
    elif head.pos_ == "VERB" and head.lemma_.lower() in R.w.taking_part_verbs and head.dep_ in {"xcomp", "ccomp"}:
        head = head.head  # "refused to join the negotiations"
    return (head.pos_ == "VERB" and head.lemma_.lower() in R.w.object_refusing_verbs) or \
        (head.pos_ == "NOUN" and head.lemma_.lower() in R.w.refusal_nouns)  # "India's rejection of mediation"


def verb_refused(R, root: Token) -> bool:
    """ "refused to negotiate with the rebels", "Baku's refusal to sit down with Yerevan": a form of talks named by
    a verb is refused when the refusing verb or noun takes it as its "to" clause (not "has not negotiated with them
    since May", a fact)."""
    head = root.head
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in REFUSAL_GOAL_MARKS for m in c.children)
           for t in (root, head) for c in t.children):
        return False  # "refused to negotiate with Moscow until its troops leave": the talks are the goal it waits on
    return root.pos_ == "VERB" and root.dep_ in {"xcomp", "acl"} and head.i != root.i and (
        (head.pos_ == "VERB" and head.lemma_.lower() in R.w.object_refusing_verbs) or
        (head.pos_ == "NOUN" and head.lemma_.lower() in R.w.refusal_nouns))


def refused_object(R, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """Is the mention s..e what the refusal verb of cue takes: its object ("rejected talks with the rebels"), the
    subject of its passive ("talks were ruled out"), the object of a verb of taking part it governs ("refused to
    join the negotiations", "declined to take part in the Vienna round"), or the thing an offer or a call it
    takes is for ("rejected an offer of talks", "dismissed calls for dialogue")?"""
    verb = cue_verb(doc, cue)
    if verb is None and not cue.rule.get("negation"):
        # "Kinshasa's refusal to hold talks with M23", "the rejection of talks": a refusal noun takes its object
        # through "of" or through the verb its "to" clause opens
        verb = next((t for t in doc[cue.start:cue.end] if t.pos_ == "NOUN" and t.lemma_.lower() in R.w.refusal_nouns),
                    None)
    # "will not sit down and negotiate with X", "is not open to / not interested in talking with X": a negation of
    # will the cue carries
    neg = negation.negated(doc, cue) if cue.rule.get("negation") or any(
        t.dep_ == "neg" for t in doc[cue.start:cue.end]) else None
    if neg is not None and willed_negation(mention_root(doc, s, e)) in {neg.i, neg.head.i}:
        return True
    if verb is None or cue.rule.get("negation"):
        return False
    root = mention_root(doc, s, e)
    head = root.head
    if verb_refused(R, root) and head.i == verb.i:
        return True
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "participate in the talks", "calls for talks": the word the preposition hangs off
    if root.dep_ not in OBJECTS:
        return False
    if head.i == verb.i:
        return True
    if head.pos_ == "VERB" and head.lemma_.lower() in R.w.taking_part_verbs and head.dep_ in {"xcomp", "ccomp", "acl"} \
            and head.head.i == verb.i:
        return True
    return head.pos_ == "NOUN" and head.lower_ in R.w.invitation_nouns and head.dep_ == "dobj" and \
        head.head.i == verb.i


def antecedent_start(doc: Doc, cue: Cue) -> int | None:
    """Where a backward refusal in a relative clause may look back to: "Pristina says Serbian recognition is no
    longer its first demand, and it pushes the Franco-German plan, which Belgrade has turned down" refuses the plan,
    not the recognition the clause before it names. The antecedent is the noun the clause hangs off, with the nouns
    coordinated before it and those it is an "of" phrase of ("demanded a truce and a pullout of the police, which
    Baku rejected"); a clause that hangs off a verb ("asked that the army leave, which the army rejected") keeps the
    cue's own window (None)."""
    if doc[cue.start].lower_ not in {"which", "that"}:
        return None
    verb = next((t for t in doc[cue.start:cue.end] if t.dep_ == "relcl"), None)
    if verb is None or verb.head.i >= cue.start or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = verb.head
    for _ in range(6):  # up through "of" phrases and coordination: "a truce and a withdrawal of the police"
        if noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head.head
        else:
            break
    return noun.left_edge.i


def relative_object_start(doc: Doc, verb: Token) -> int | None:
    """Where a demanding verb in a relative clause that has its own subject reaches back to: "the pullout that Hamas
    demands", "the disarmament Israel is seeking" demand the noun the clause hangs off (its object, gapped). A clause
    whose relative pronoun is the subject ("Hamas, which demands a truce") names the holder there, not a demand: None."""
    if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"} or verb.head.i >= verb.i or \
            verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    subj = max((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), key=lambda c: c.i,
               default=None)  # ("that the government demanded": "that" is often read as a second subject)
    if subj is None or subj.tag_ in {"WDT", "WP"} or subj.lower_ == "that":
        return None
    gapped = any(c.dep_ == "dobj" and c.i < verb.i and (c.tag_ in {"WDT", "WP"} or c.lower_ == "that")
                 for c in verb.children)  # "that" as the object: what comes after is the main clause, misread
    if not gapped and any(c.dep_ in {"dobj", "ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ in {"for", "on"}
                          for c in verb.children if c.i > verb.i):
        return None  # "the group that Israel asked to withdraw": the clause has its own object
    return verb.head.left_edge.i


def refusing_verb(R, verb: Token) -> bool:
    """The one test of a refusing verb a relative refusal reads: refusing_verbs.txt or turning_down_verbs.txt, a verb
    of the latter only as negation.turns_down has it ("ruled out", "turned down"; "turn over their arms" refuses
    nothing)."""
    lemma = verb.lemma_.lower()
    if lemma in R.w.turning_down_verbs:
        return negation.turns_down(R, verb)
    return lemma in R.w.refusing_verbs


def package_clause(R, t: Token, lo: int = 0) -> Token | None:
    """The package noun a relative clause or participle t hangs off, before it and from token lo on ("demands that
    Seoul rejected", "terms dismissed by X"): what scopes.gapped_refusal and references.described_terms both read."""
    if t.dep_ in {"relcl", "acl"} and lo <= t.head.i < t.i and t.head.pos_ == "NOUN" and \
            t.head.lower_ in R.w.package_nouns:
        return t.head
    return None


def gapped_refusal(R, doc: Doc, cue: Cue) -> bool:
    """ "made demands that Seoul has rejected": a refusing verb on a package noun with no object of its own is a
    relative clause, its "that" the gapped object (the parse often reads it as the noun's content clause, "demands
    that Seoul withdraw"): the clause's subject refuses the terms, no stance of the noun's content."""
    verb = doc[cue.start]
    if package_clause(R, verb) is None or not refusing_verb(R, verb):
        return False
    return not any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "dative"} and c.i > verb.i for c in verb.children)


def goal_conjunct(doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """ "demanded the release of prisoners as a precondition for peace and a ceasefire": a cue whose last word names
    the goal (ends_as "goal") does not set what is coordinated with that word ("..., and the lifting of sanctions",
    coordinated with the term named before the cue, it does)."""
    if cue.rule.get("ends_as") != "goal" or s < cue.end:
        return False
    goal = doc[cue.end - 1]
    return mention_root(doc, s, e) in goal.conjuncts


def passive_refused_start(R, verb: Token, cue: Cue) -> int | None:
    """ "A truce was rejected by the army", "talks have been ruled out by Kinshasa": a passive that turns down a
    proposal (turning_down_verbs.txt), its agent named, refuses its subject: the token its scope starts back at.
    ("the truce was ignored by X" breaks it: not read; "Moscow's demand for X was rejected by Kyiv" keeps the
    demand its owner's. A set of terms, owned or not, "the proposal for a truce was rejected by Hamas", "Egypt's
    proposal for a truce was rejected by the RSF", is refused through what it names, as the active form is.)"""
    if verb.pos_ != "VERB" or not negation.turns_down(R, verb) or \
            not any(c.dep_ == "agent" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < cue.start), None)
    if subj is None:
        return None
    return subj.left_edge.i


def off_object(R, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """Does a refusing verb or noun reach the mention s..e only through a noun that is no proposal? "refused to
    attend the ceremony marking the truce", "declined an invitation to the summit on the ceasefire", "rejected the
    findings of the commission on the ceasefire" refuse the ceremony, the summit, the findings: no term. What a
    refusal takes is refused through calls, plans, terms, deals, texts, talks and the like (R.carrier_nouns:
    "rejected calls for a truce", "spurned the notion of a pullout"), through verbs ("refused to accept a truce")
    and through coordination. A mention the refusal does not govern is left to the cue's window (False)."""
    if cue.category != "reject" or cue.rule.get("negation") or cue.rule["direction"] != "forward" or s < cue.end:
        return False
    anchor = cue_verb(doc, cue) or next((t for t in doc[cue.start:cue.end] if t.pos_ == "NOUN" and
                                         t.lemma_.lower() in R.w.refusal_nouns), None)
    if anchor is None:
        return False
    t = mention_root(doc, s, e)
    blocked = False
    for _ in range(12):
        h = t.head
        if h.i == t.i:
            return False
        if cue.start <= h.i < cue.end:
            return blocked
        if h.pos_ in {"NOUN", "PROPN"} and not (s <= h.i < e) and t.dep_ not in {"conj", "appos"} and \
                h.lower_ not in R.carrier_nouns and h.lemma_.lower() not in R.carrier_nouns:
            blocked = True
        t = h
    return False


# Partners that are no side: "will not talk with anyone who wants to discuss X" refuses a topic, not a side at the table
NO_SIDE = {"anyone", "anybody", "anything", "someone", "somebody", "whoever", "everyone", "everybody"}


def anyone_partner(verb: Token) -> bool:
    """ "We will not negotiate with anyone who ...": the "with" / "to" partner of a verb of talks is no side."""
    return verb.pos_ == "VERB" and any(p.dep_ == "prep" and p.lower_ in {"with", "to"} and any(
        o.dep_ == "pobj" and o.lower_ in NO_SIDE for o in p.children) for p in verb.children)


# (rereads.WILLING_AUX, rereads.READY: the auxiliaries of will and the words of readiness a negation refuses with)
WILLING_AUX, READY = rereads.WILLING_AUX, rereads.READY


def willed_negation(verb: Token) -> int | None:
    """The token of a negation of will over a verb naming talks, where one governs it: "will not negotiate with X",
    "would never sit down and negotiate with X" (the first conjunct's), "is not open to negotiating with X", "is not
    ready to talk to X". A negation in a past or perfect tense ("has not negotiated with them since May") or none:
    None. Only the few tokens up the verb's chain are read."""
    t = verb
    if verb.pos_ != "VERB":
        return None
    for _ in range(4):
        neg = next((c for c in t.children if c.dep_ == "neg" or c.lower_ == "never"), None)
        if neg is not None:
            ready = t.lemma_.lower() in READY or any(c.dep_ == "acomp" and c.lemma_.lower() in READY
                                                     for c in t.children)
            willing = any(c.dep_ == "aux" and c.lemma_.lower() in WILLING_AUX for c in t.children)
            return t.i if ready or willing else None
        if t.dep_ in {"conj", "xcomp"} or (t.dep_ == "acomp" and t.lemma_.lower() in READY):
            t = t.head
        elif t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.lemma_.lower() in READY:
            t = t.head.head  # "open to negotiating": up to the adjective, then to its copula
        else:
            return None
    return None


def terms_goal(R, doc: Doc, s: int, e: int, named: set[int], type_: str) -> bool:
    """Is the mention s..e what a side's terms are for, not one of them? "a list of conditions that must be met
    for a truce (to hold)", "the junta's list of demands for a ceasefire", "Hanoi demands aid for a truce" (named:
    the token indices of every mention in the article): the "for" phrase of a package noun
    (condition_words/package_nouns.txt) through its relative clause, of one in a list, or of another term that is
    asked for, is the goal. "Demands for a truce", "the rebels' demands for a truce" ask for the truce ("conditions
    for peace" is the goal row's of stance_cues); the price of another term is only an act of both sides
    (mutual_types.txt): "guarantees for the rights of X" ask for the rights."""
    t = mention_root(doc, s, e)
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.dep_ == "prep":
        h = t.head.head
    elif t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ in {"advcl", "acl"} and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in t.head.children):
        h = t.head.head  # "conditions that must be met for a truce to take hold"
    else:
        return False
    if h.dep_ == "dobj" and h.i in named and not (s <= h.i < e) and type_ in R.w.mutual_types:
        return True  # "demands sanctions relief for a ceasefire": the relief is the term, the ceasefire its price
    if h.pos_ == "VERB" and type_ in R.w.mutual_types and any(
            c.dep_ == "dobj" and c.i < t.i and any(k in named for k in range(c.left_edge.i, c.right_edge.i + 1))
            for c in h.children):
        return True  # (the parser may hang the "for" phrase on the verb: "demands troop withdrawals for a truce")
    through = False
    while h.dep_ in {"relcl", "acl"} and h.pos_ in {"VERB", "AUX"}:
        h, through = h.head, True
    if through and h.lower_ not in R.w.package_nouns:  # "a list of conditions that must be met": the list's
        h = next((o for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"), h)
    if h.pos_ != "NOUN" or h.lower_ not in R.w.package_nouns:
        return False
    if through:
        return True
    # ("a series of demands for an immediate truce and the withdrawal of X": a series of terms after the list's
    # "for" is what is asked, no goal; the parser may hang "and the withdrawal" on the list noun instead)
    if not (h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN"):
        return False
    return not any(c.dep_ in {"conj", "appos"} and c.i > t.i and (c.i in named or c.pos_ == "NOUN")
                   for c in (*t.children, *h.head.head.children))


def additive(R, doc: Doc, c: Cue, s: int, e: int) -> bool:
    """ "Aliyev said that apart from recognising Azerbaijan's sovereignty over Karabakh, Yerevan must also meet other
    conditions", "In addition to Kyiv dropping its NATO bid, Moscow links a truce to the demand of demilitarisation":
    what an additive phrase opening a clause names is demanded with what the clause's demand cue (right after the
    phrase's comma) demands. The phrase's object must start with the mention; nothing but the phrase stands before it
    in its clause (condition_words/additive_phrases.txt: a key word and the preposition it takes)."""
    if c.category != "demand" or c.start < e:
        return False
    sent = doc[s].sent
    for i in range(max(sent.start, s - 4), s):
        prep = R.additive.get(doc[i].lower_, False)
        if prep is False:
            continue
        j = i + 1 if prep is None else i + 2
        if prep is not None and (j > s or doc[i + 1].lower_ != prep):
            continue
        # (its clause opens with the phrase: "In addition to", at the sentence's start or after "that", "but";
        # "the army, apart from X, demanded Y" sets an aside inside a clause already begun)
        k = i - 1 if doc[i].lower_ == "addition" and i > sent.start and doc[i - 1].lower_ == "in" else i
        if not (all(t.is_punct for t in doc[sent.start:k]) or doc[k - 1].lower_ in {"that", "but", "and"}):
            return False
        if s - j > 1 or any(t.is_punct for t in doc[j:s]):
            return False
        comma = next((t.i for t in doc[e:c.start] if t.text == ","), None)
        # (the parser may take "agreed" in "the ceasefire agreed last week" for the clause's own verb: the words
        # between the mention and the comma are read too)
        if comma is None or _told_as_done(mention_root(doc, s, e)) or any(
                t.pos_ in {"VERB", "AUX"} or t.ent_type_ in {"DATE", "TIME"} for t in doc[e:comma]):
            return False
        return c.start - comma <= 8 and not any(
            t.is_punct for t in doc[comma + 1:c.start])
    return False


def _told_as_done(root) -> bool:
    """Does a modifier tell the mention as an event, not a term: a participle or relative clause ("the truce signed
    in Doha", "the ceasefire that collapsed") or a date ("the 2019 truce", "the truce of last March")?"""
    for c in root.children:
        if c.dep_ in {"acl", "relcl"} or (c.ent_type_ in {"DATE", "TIME"} and c.dep_ != "det"):
            return True
        if c.dep_ == "prep" and any(o.ent_type_ in {"DATE", "TIME"} for o in c.children if o.dep_ == "pobj"):
            return True
    return False
