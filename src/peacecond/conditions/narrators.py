"""narrators: who states a sentence that sets a term without a demanding verb of its own ("Ukrainian troops, the
Russian president said, must be withdrawn", "For Israel, X is a must", "Only if X will Pyongyang talk"): the
narrator, a quote's speaker, the side a fronted "For X," names, or the subject a fronted condition clause
opens."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extensions import doc_text, near
from . import clauses, resolve
from .model import PRONOUN_SPEAKER, SUBJ, Cue, Holder


def narrator(R, A, sent: Span, obliged: set[int]) -> Holder | None:
    """Who states a sentence: "X said" / "X told" anywhere in it (a parenthetical too), "in X's view",
    "according to X", else a quote in it that names its speaker's side."""
    doc = sent.doc
    for t in sent:
        if (t.lemma_.lower() in R.w.narrator_verbs or (t.lemma_.lower() in R.w.out_verbs and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in t.children))) and t.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in t.children if c.dep_ in SUBJ and c.i not in obliged), None)
            if subj is None and t.dep_ == "conj":  # "X thanked Washington but insisted ...": X's subject
                subj = resolve.subject(R, A, t)
                subj = subj if subj is not None and subj.i not in obliged else None
            h = resolve.resolve(R, A, subj) if subj is not None and subj.lower_ not in PRONOUN_SPEAKER else None
            if h and h.party:
                return h
        if t.dep_ == "pobj" and t.head.lower_ in {"in", "to"} and \
                ((t.head.lower_ == "in" and t.lower_ in R.w.view_nouns) or
                 (t.head.lower_ == "to" and t.head.i > sent.start and doc[t.head.i - 1].lower_ == "according")):
            if t.head.lower_ == "in":
                h = next((resolve.resolve(R, A, c) for c in t.children if c.dep_ == "poss"), None)
            else:
                h = resolve.resolve(R, A, t)
            if h and h.party:
                return h
    for q in near(doc, "pc_quotes", sent.start_char, sent.end_char):
        # a statement, not a scare-quoted phrase, nor a "declaration" the sentence demands ("Kyiv must declare")
        if sent.start_char <= q["start"] < sent.end_char and q.get("party") and q.get("kind") == "direct" \
                and len(q["text"].split()) >= 5 and not resolve.obliged_cue(R, A, doc, q):
            return Holder(q.get("speaker"), q["party"])
    return None


def narrative_speaker(R, A, doc: Doc, sent: Span) -> Holder | None:
    """The side whose long direct quote the story is telling in one of the four sentences before `sent`, within
    one paragraph break: a term stated right after a side's quotation, with no subject of its own, goes on with
    that side's voice; further back, or across two breaks, the story has moved on."""
    text = doc_text(doc)
    breaks = 0
    cur = sent
    for _ in range(4):
        if cur.start == 0:
            return None
        prev = doc[cur.start - 1].sent
        if "\n" in text[prev.end_char:cur.start_char]:
            breaks += 1
            if breaks > 1:
                return None
        h = narrator(R, A, prev, clauses.obliged(R, A, prev))
        if h:
            return h
        cur = prev
    return None


def framed_for(R, A, sent) -> Holder | None:
    """ "For Israel, the disarmament of Hamas is a must": a sentence that opens with "For X," states X's view."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "for":
        return None
    comma = next((t for t in words[1:6] if t.text == ","), None)
    obj = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    if comma is None or obj is None or obj.i > comma.i:
        return None
    h = resolve.resolve(R, A, obj, fallback=False)
    return h if h and h.party else None


FRONTED_MODALS = {"will", "would", "can", "could", "shall", "'ll", "may", "might"}


def fronted_clause_holder(R, A, doc: Doc, cue: Cue) -> Holder | None:
    """'Only if X will Pyongyang talk', 'Only once X, the rebels will disarm': a condition clause put before its main
    clause (the inversion hides the subject from a look back) sets the term of the main clause's subject, which a
    modal opens or follows (a past event, "Only after the truce collapsed did Hamas fire", sets no term)."""
    sent = doc[cue.start].sent
    if any(t.is_alpha for t in doc[sent.start:cue.start]):
        return None
    clause = next((t.head for t in doc[cue.start:cue.end] if t.dep_ in {"mark", "advmod"} and t.head.dep_ == "advcl"
                   and t.head.i >= cue.start), None)
    if clause is not None and clause.head.i > clause.i and \
            any(c.dep_ == "aux" and c.lower_ in FRONTED_MODALS for c in clause.head.children):
        subj = next((c for c in clause.head.children if c.dep_ in SUBJ and c.i > clause.i), None)
        h = resolve.resolve(R, A, subj) if subj is not None else None
        if h and h.party:
            return h
    # the parser often misreads the inversion ("will" as a noun's modifier): the side named right after the first
    # modal past the condition clause
    modal = next((t for t in doc[cue.end:sent.end] if t.lower_ in FRONTED_MODALS or t.text in {";", ":"}), None)
    if modal is None or modal.lower_ not in FRONTED_MODALS:
        return None
    for t in doc[modal.i + 1:min(modal.i + 5, sent.end)]:
        if t.i in A.tok_actor:
            h = resolve.resolve_token(R, A, t)
            return h if h and h.party else None
        if not (t.is_alpha and t.pos_ in {"DET", "PROPN", "ADJ", "NOUN"}):
            break
    return None
