"""Which clause a date belongs to, and what that clause's tense says about the date.

    tense(span, words)    -> True (the clause speaks of the future: "will meet on Monday", "plans to meet in
                             March"), False (a past tense: "met on Friday", "stepped down in March"), or None
                             (the clause does not say: present tense, a modal, a deadline, no verb)
    clause_verb(span)     -> the verb whose event the date dates ("said on Friday", "in a speech on Friday,
                             X said"), or None for a date of a noun ("since Russia's February 2022 invasion",
                             "the 2014 annexation") or an interval's end ("since 2022", "until March")

Reads the parse only (heads, dependency labels, fine-grained tags); each call walks a
bounded number of heads, and tense's memo reads each verb's children once a Doc, so the
cost is linear in the article.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

MAX_CLIMB = 6
TIME_CLAUSE = {"when", "once", "until", "till", "before", "after", "if"}
PAST_AUX = {"was", "were", "had", "did", "'d"}  # "was given", "had been signed"
# A present perfect ("has set Nov. 10 as the deadline", "have agreed to a truce from March 1") does not say
# when: English puts no point in time on it, so a day or month in its clause is a target, not the act's time.
PERFECT_AUX = {"has", "have", "'s", "'ve"}
MODAL_AHEAD = {"may", "might", "must", "should", "can", "ought"}
# Verbs whose past is their present ("Weakness hurt stocks on Friday", "the rebels cut the road on Monday"): the
# tagger's present may be a past, so it says nothing.
SAME_IN_PAST = {"cut", "hit", "put", "set", "let", "hurt", "cost", "shut", "spread", "quit", "bet", "burst", "cast",
                "split", "upset", "broadcast", "forecast", "read", "bid", "rid", "shed", "beat"}
NOMINAL = {"NOUN", "PROPN", "ADJ", "PRON", "NUM"}
# Prepositions whose object is the setting of an event ("in a speech on Friday"), and those that make a
# date an interval's end or a stretch ("since 2022", "for years"), never the time of one act.
SETTING_PREPS = {"in", "at", "during", "on"}
SUBJECT = {"nsubj", "nsubjpass"}
INTERVAL_PREPS = {"since", "until", "till", "from", "for", "through", "throughout", "after", "before", "by",
                  "between", "over", "within", "to"}


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _climb(span: Span) -> tuple[Token | None, bool]:
    """The verb above the date, and whether a noun or adjective stands between them ("payable Dec. 15",
    "a pact effective June 1", "the Nov. 20 deadline"): then the date describes that word, not the event."""
    tok, nominal = span.root, False
    for _ in range(MAX_CLIMB):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if _is_verb(tok):
            return tok, nominal
        nominal = nominal or tok.pos_ in NOMINAL
    return None, nominal


def clause_verb(span: Span) -> Token | None:
    """The verb whose event the date dates, or None when the date dates something else.

    "said on Friday", "on Friday, X said", "X on Friday rejected": the verb. Through a
    noun only where that noun is the setting of the verb ("in a speech on Friday",
    "at Tuesday's press conference": a noun after in/at/during/on) or its subject
    ("X, in a statement on Sunday, said", "Sunday's statement said"). A date that opens
    a complement clause with no "that" ("told reporters Saturday it was ...") is the
    telling's. None for a date that describes any other noun ("Russia's February 2022
    invasion", "since Russia's February 2022 invasion") or that opens or closes an
    interval ("since 2022", "until March", "for years").
    """
    tok = span.root
    for _ in range(MAX_CLIMB + 2):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "prep" and tok.lower_ in INTERVAL_PREPS:
            return None
        if _is_verb(head):
            return _opening(span, head)
        if head.pos_ in NOMINAL:
            if head.dep_ in SUBJECT and _is_verb(head.head) and (
                    tok.dep_ in ("poss", "compound", "nmod", "npadvmod")
                    or (tok.dep_ == "prep" and tok.lower_ in SETTING_PREPS
                        and not (head.pos_ == "NOUN" and tok.i == span.root.head.i))):
                # "X, in a statement on Sunday, said"; "Sunday's statement said"; "Peskov on Sunday said" (the
                # parser may hang the date on the name). Not "a return to the lines on Feb. 24 will not end
                # it": a common noun's own "on <date>" dates that noun's event, not the verb's.
                return head.head
            if not (head.dep_ == "pobj" and head.head.lower_ in SETTING_PREPS):
                return None
        tok = head
    return None


def _opening(span: Span, verb: Token) -> Token:
    """The verb a date dates, moved up from a complement clause the date opens without 'that'."""
    if verb.dep_ == "ccomp" and verb.left_edge.i == span.start and verb.head.i != verb.i \
            and not any(c.dep_ == "mark" for c in verb.children) and _is_verb(verb.head):
        return verb.head
    return verb


def tense(span: Span, future_words: set[str], deadline_words: set[str], memo: dict | None = None,
          report_verbs: set[str] | None = None) -> bool | None:
    """True / False / None: does the date's clause put it after the anchor, before it, or not say?

    report_verbs, given for a weekday: a present tense of any other verb is a timetable ("the summit opens on
    Monday", "the vote is on Sunday"), so it puts the weekday ahead; a reporting verb's present ("says on
    Monday") does not. memo (one dict per Doc) keeps each verb's reading, so a verb's children are read once
    however many dates hang on it."""
    verb, nominal = _climb(span)
    if verb is None:
        return None
    reading = memo.get(verb.i) if memo is not None else None
    if reading is None:
        reading = (_future(verb, future_words), _past(verb), _present(verb))
        if memo is not None:
            memo[verb.i] = reading
    if reading[0]:
        return True
    if nominal:
        return None
    if report_verbs is not None and reading[2] and verb.lemma_.lower() not in report_verbs \
            and not _deadline(span, deadline_words):
        return True
    if _deadline(span, deadline_words):  # "was given until Nov. 27 to respond": a limit set in the past may lie ahead
        perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
        return False if perfect else None  # "had taken the town by March": a limit already behind
    return False if reading[1] else None


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
        if any(c.lower_ in PERFECT_AUX for c in aux):
            return False
        return not aux or any(c.lower_ in PAST_AUX for c in aux) and not any(c.tag_ == "MD" for c in aux)
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ in ("did", "was", "were")
               for c in verb.children) and verb.tag_ == "VB"  # "did not meet on Friday"


def _present(verb: Token) -> bool:
    """A present tense, simple or progressive, active or passive ("opens", "is", "are meeting", "is held"), with
    no modal; a present perfect ("has met") is not one."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ in PERFECT_AUX for c in aux):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux and not (verb.tag_ == "VBP" and verb.lower_ in SAME_IN_PAST)
    return verb.tag_ in ("VBG", "VBN") and bool(aux) and all(c.tag_ in ("VBZ", "VBP") for c in aux)


def _future(tok: Token, cues: set[str]) -> bool:
    """Is the clause about the future ("will meet on Monday", "plans to meet in March", "is due in March")?"""
    for _ in range(MAX_CLIMB):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues for c in tok.children):
            return True
        if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in MODAL_AHEAD for c in tok.children):
            return True  # "may run out in the winter": a bare verb after may / might / must / should / can
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
        if tok.dep_ == "advcl" and tok.head.i != tok.i and tok.tag_ not in ("VBN", "VBD"):
            # otherwise the clause takes the main verb's tense ("announced Friday, ..." keeps its own)
            tok = tok.head
            continue
        return False
    return False
