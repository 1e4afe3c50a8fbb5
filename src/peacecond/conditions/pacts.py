"""pacts: terms read off a deal the sides made ("the Minsk agreements, which required ...", "under the agreement,
Israel must ..."): what a deal says is no one's demand."""

from __future__ import annotations

from spacy.tokens import Doc

from . import facts, resolve
from .model import Cue, cue_verb


def names_no_holder(R, A, subj) -> bool:
    """A subject that is a term itself or a deal the sides made ("a lasting ceasefire would require Russia to
    withdraw", "the 2015 agreement called for a ceasefire"; pact_nouns.txt): what it requires is a consequence or
    what was agreed, nobody's demand. (A declaration or a text calling for a truce is someone's, if unnamed.)"""
    if subj.lower_ in resolve.RELATIVE and subj.head.dep_ == "relcl" and subj.head.head.i != subj.i:
        # "the Minsk agreements, which required the withdrawal of heavy weapons": the deal; "Kyiv dismissed the
        # plan, which calls for X": a plan its refuser does not own, with no owner named (facts.rejected_text)
        noun = subj.head.head
        if noun.lower_ in R.doc_nouns and facts.not_owned_by_subject(R, noun):
            return resolve.possessor(R, A, noun) is None
        subj = noun
    return subj.i in A.type_at or subj.lemma_.lower() in R.w.pact_nouns



def relative_pact(R, A, doc: Doc, cue: Cue) -> bool:
    """The demanding verb's subject is the relative pronoun of a clause set off by a comma, describing a deal the
    sides made ("the Minsk agreements, which required ..."): background, no one's terms. (A restrictive clause says
    what the deal the sentence tells of holds: "signed a peace deal that required Eritrean troops to leave" is the
    yielding signatory's offer.)"""
    verb = cue_verb(doc, cue)
    subj = resolve.subject(R, A, verb) if verb is not None else None
    return subj is not None and subj.lower_ == "which" and subj.i > 0 and doc[subj.i - 1].text == "," and \
        names_no_holder(R, A, subj)



def terms_of_a_pact(R, A, doc: Doc, cue: Cue) -> bool:
    """ "Under the agreement, Israel must withdraw within 60 days", "under the terms of the truce, the rebels will
    ...": an obligation read under a deal the sides made (pact_nouns.txt) is what the deal says, no one's demand.
    "Under Trump's plan, Hamas must disarm" is a plan's, its owner's (plans.py); "under a peace deal", "under any
    future agreement" (unmade_words.txt) is a deal not made: what it would require is its speaker's demand."""
    first = doc[cue.start]
    verb = first.head if first.dep_ in {"aux", "auxpass"} else first
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in {"under", "per"}:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            if o.lemma_.lower() in {"term", "terms", "provision", "provisions"}:
                o = next((x for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                          for x in c.children if x.dep_ == "pobj"), o)  # "under the terms of the truce"
            if o.lemma_.lower() in R.w.pact_nouns and not any(c.dep_ == "poss" or (c.dep_ in {"det", "amod"} and
                                                                              c.lower_ in R.w.unmade_words)
                                                              for c in o.children):
                return True
    return False
