"""texts: where plan and document nouns stand in an article, and the text a subject stands for ("the memorandum
demands ...", "It also foresees ..."). Split out of resolve.py."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from .model import SUBJ


def document(R, A, subj: Token) -> Token | None:
    """The text a subject stands for: a document noun ("the memorandum", "the Saudi outline"), a part of one
    ("Point seven"), or "it" after a sentence whose subject was one ("... the memorandum demands X. It also
    foresees Y")."""
    if subj.lower_ in R.doc_nouns or subj.lower_ in R.w.document_parts:
        return subj
    if subj.lower_ not in {"it", "they"}:
        return None
    doc = subj.doc
    k = bisect_right(A.sent_starts, subj.i) - 1
    lo = A.sents[max(0, k - 1)].start
    # "Meloni criticised the Russian plan, saying it demanded ...": the text may have been the object, too; a
    # side named as a subject after it is what "it" stands for instead ("the plan ... Russia said it wanted").
    # "The problem with the Chinese proposals was that they required ...": "they" stands for texts named in the plural.
    plural = subj.lower_ == "they"
    for t in reversed(doc[lo:subj.i]):
        if (t.lemma_.lower() if plural else t.lower_) in R.doc_nouns and t.pos_ == "NOUN" and \
                (t.tag_ == "NNS") == plural and (t.dep_ in SUBJ or t.dep_ in {"dobj", "pobj"}):
            return t
        if t.dep_ in SUBJ and t.i in A.tok_actor and (A.tok_actor[t.i].get("kind") != "person"):
            return None
    return None


def positions(A, doc: Doc, lower: str) -> list[int]:
    """Where a word (lower case) stands in the article, indexed once per article: looking back for "the government"
    or "the plan" named before must not rescan the article each time."""
    if A.positions is None:
        # From the LOWER column, each distinct word's string read once: no Token object per token.
        at: dict[int, list[int]] = {}
        for i, h in enumerate(doc.to_array(LOWER).tolist()):
            at.setdefault(h, []).append(i)
        strings = doc.vocab.strings
        A.positions = {strings[h]: where for h, where in at.items()}
    return A.positions.get(lower, [])


def text_positions(R, A, doc: Doc) -> list[int]:
    """Token indices of every plan or document noun, in order (once per article)."""
    if "\0texts" not in (A.positions or {}):
        positions(A, doc, "")
        A.positions["\0texts"] = sorted(i for w in R.doc_nouns for i in A.positions.get(w, []))
    return A.positions["\0texts"]
