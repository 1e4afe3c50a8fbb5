"""Which clause a date belongs to, and what that clause's tense says about the date.

    governing_verb(span)  -> the verb the date expression hangs on ("met" in "met on Friday"), or None
    tense(span, words)    -> True (the clause speaks of the future: "will meet on Monday", "plans to meet in
                             March"), False (a past tense: "met on Friday", "stepped down in March"), or None
                             (the clause does not say: present tense, a modal, a deadline, no verb)
    modifier_date(span)   -> True when the date sits inside a noun's modifier ("since Russia's February 2022
                             invasion", "the 2014 annexation"), not on the clause's verb

Reads the parse only (heads, dependency labels, fine-grained tags); each call walks a
bounded number of heads, so the cost per date is constant.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

MAX_CLIMB = 6
TIME_CLAUSE = {"when", "once", "until", "till", "before", "after", "if"}
PAST_AUX = {"was", "were", "had", "did", "has", "have", "'d"}  # "was given", "has been signed"
NOMINAL = {"NOUN", "PROPN", "ADJ", "PRON", "NUM"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis", "csubj", "pcomp"}


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the date's head (at most MAX_CLIMB steps), or None where only nouns are above."""
    return _climb(span)[0]


def _climb(span: Span) -> tuple[Token | None, bool]:
    """The verb above the date, and whether a noun or adjective stands between them ("payable Dec. 15",
    "a pact effective June 1", "the Nov. 20 deadline"): then the date describes that word, not the event."""
    tok, nominal = span.root, False
    for _ in range(MAX_CLIMB):
        if tok.head is tok:
            break
        tok = tok.head
        if _is_verb(tok):
            return tok, nominal
        nominal = nominal or tok.pos_ in NOMINAL
    return None, nominal


def modifier_date(span: Span) -> bool:
    """Does the date modify a noun rather than a verb ("the February 2022 invasion", "Russia's invasion in
    2022 changed ...": 'in 2022' on 'invasion')? Climbs from the date to the first verb or noun that heads
    a clause; a noun met first (past prepositions) is what the date describes."""
    tok = span.root
    for _ in range(MAX_CLIMB):
        if tok.head is tok:
            return False
        head = tok.head
        if _is_verb(head):
            return False
        if head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("compound", "nmod", "amod", "poss", "nummod", "npadvmod",
                                                           "pobj") and head.i not in range(span.start, span.end):
            if tok.dep_ == "pobj":  # 'in 2022' on a noun: the preposition is tok; climb once more
                tok = head
                continue
            return True
        if tok.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN"):
            return True
        tok = head
    return False


def tense(span: Span, future_words: set[str], deadline_words: set[str]) -> bool | None:
    """True / False / None: does the date's clause put it after the anchor, before it, or not say?"""
    verb, nominal = _climb(span)
    if verb is None:
        return None
    if _future(verb, future_words):
        return True
    if nominal or _deadline(span, deadline_words):
        return None  # "was given until Nov. 27 to respond": a limit set in the past may lie ahead
    if _past(verb):
        return False
    return None


def _deadline(span: Span, words: set[str]) -> bool:
    first = span[0]
    if first.lower_ in words:
        return True
    before = first.nbor(-1) if first.i > 0 else None
    return before is not None and before.lower_ in words


def _past(verb: Token) -> bool:
    if verb.tag_ == "VBD":
        return not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)
    if verb.tag_ == "VBN":
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return not aux or any(c.lower_ in PAST_AUX for c in aux) and not any(c.tag_ == "MD" for c in aux)
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ in ("did", "was", "were")
               for c in verb.children) and verb.tag_ == "VB"  # "did not meet on Friday"


def _future(tok: Token, cues: set[str]) -> bool:
    """Is the clause about the future ("will meet on Monday", "plans to meet in March", "is due in March")?"""
    for _ in range(MAX_CLIMB):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues for c in tok.children):
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in cues for c in tok.children) or \
                (tok.dep_ == "acomp" and tok.lemma_.lower() in cues):
            return True  # "the next round is due in March"
        if tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP"):
            return True  # "is to resume talks on Tuesday"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues and tok.head.tag_ != "VBD" \
                and not any(c.tag_ == "VBD" for c in tok.head.children if c.dep_ in ("aux", "auxpass")):
            return True
        if tok.dep_ == "advcl" and tok.tag_ in ("VBP", "VBZ") and tok.head.tag_ != "VBD" \
                and any(c.lower_ in TIME_CLAUSE for c in tok.children if c.dep_ in ("mark", "advmod")):
            return True  # "(he is open to talks) when they meet on Monday": present tense for a coming event
        if tok.dep_ == "advcl" and tok.head is not tok:  # otherwise the clause takes the main verb's tense
            tok = tok.head
            continue
        return False
    return False
