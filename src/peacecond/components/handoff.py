"""Components that move an article between the main process and the model's worker processes (`-j N`).

With nlp.pipe(n_process>1) every Doc crosses a process boundary twice, serialised whole
(Doc.to_bytes: tokens, strings, the model's tensor of ~0.2 MB an article, extensions). The main
process reads, gates and writes; the less it serialises, the more of both cores the model gets:

- peacecond_context (first): the main process sends the article's text with the values set before
  the pipeline (boilerplate, dates, warnings) as nlp.pipe context; the worker tokenizes and this
  component sets them as Doc extensions. A Doc with no context (single process, or nlp(text)) is
  left as it is.
- peacecond_handoff (last, only in an Extractor with n_process > 1): the record reads nothing but
  the pc_* extensions, so the worker sends back an empty Doc carrying them.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import DOC_EXTENSIONS


@Language.component("peacecond_context")
def set_context(doc: Doc) -> Doc:
    values = doc._context
    if isinstance(values, dict):
        for name, value in values.items():
            if name in DOC_EXTENSIONS:
                doc._.set(name, value)
    return doc


@Language.component("peacecond_handoff")
def handoff(doc: Doc) -> Doc:
    out = Doc(doc.vocab)
    for name in DOC_EXTENSIONS:
        out._.set(name, doc._.get(name))
    return out
