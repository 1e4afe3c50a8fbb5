"""An article longer than the model takes at once (spaCy's nlp.max_length, 1,000,000 characters): the
model reads it in pieces cut where the text pauses, and the pieces are joined into one Doc of the whole
text (every offset into the article as given), on which peacecond's own components run as on any other.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# Where a piece may end, best first: a paragraph break, a line break, the end of a sentence, a space.
BREAKS = [re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+"), re.compile(r"\s+")]


def cuts(text: str, limit: int) -> list[int]:
    """Offsets where pieces of at most `limit` characters start (0 first), cut at the best break in the
    second half of each piece's reach."""
    starts = [0]
    while len(text) - starts[-1] > limit:
        lo, hi = starts[-1] + limit // 2, starts[-1] + limit
        at = hi  # no break at all: cut at the limit
        for rx in BREAKS:
            ends = [m.end() for m in rx.finditer(text, lo, hi) if m.end() <= hi]
            if ends:
                at = ends[-1]
                break
        starts.append(at)
    return starts


def model_doc(nlp: Language, text: str, limit: int | None = None) -> tuple[Doc, int]:
    """(one Doc of the whole text with the model's annotations, the number of pieces it was read in).

    Runs the model's components (and peacecond_paragraphs, which comes before the parser) on each
    piece, not peacecond's other components: those run on the joined Doc."""
    limit = limit or nlp.max_length
    starts = cuts(text, limit) + [len(text)]
    procs = [proc for name, proc in nlp.pipeline if not name.startswith("peacecond_") or name == "peacecond_paragraphs"]
    docs = []
    for a, b in zip(starts, starts[1:]):
        doc = nlp.make_doc(text[a:b])
        for proc in procs:
            doc = proc(doc)
        docs.append(doc)
    return Doc.from_docs(docs, ensure_whitespace=False), len(docs)


def own_components(nlp: Language):
    """peacecond's components after the model, in order: what runs on a joined Doc."""
    return [proc for name, proc in nlp.pipeline if name.startswith("peacecond_") and name != "peacecond_paragraphs"]
