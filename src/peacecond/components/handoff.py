"""Components that move an article between the main process and the model's worker processes (`-j N`).

With nlp.pipe(n_process>1) every Doc crosses a process boundary twice, serialised whole
(Doc.to_bytes: tokens, strings, the model's tensor of ~0.2 MB an article, extensions), and
nlp.pipe(as_tuples=True) tokenizes each text in the main process before sending it. The main
process reads, gates and writes; the less it tokenizes and serialises, the more of both cores
the model gets:

- peacecond_context (first): the main process sends an empty Doc whose context is the article's
  text with the values set before the pipeline (boilerplate, dates, warnings); the worker
  tokenizes the text here and sets the values as Doc extensions. A Doc with any other context
  (single process, or nlp(text)) is left as it is.
- peacecond_handoff (last, only in an Extractor with n_process > 1): the record reads nothing but
  the pc_* extensions, so the worker sends back an empty Doc with their values as its context
  (pickled, which is cheaper than Doc.user_data: srsly looks up its msgpack plugins on every call).
  `extension_values` puts them back on the Doc in the main process.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import DOC_EXTENSIONS, remember_text


class ArticleContext(NamedTuple):
    """What the main process sends a worker for one article, as the context of an empty Doc."""

    text: str
    values: dict


class SetContext:
    def __init__(self, nlp: Language):
        self.tokenizer = nlp.tokenizer  # not nlp: a component sent to a spawned worker is pickled

    def __call__(self, doc: Doc) -> Doc:
        article = doc._context
        if not isinstance(article, ArticleContext):
            return doc
        doc = self.tokenizer(article.text)
        remember_text(doc, article.text)
        for name, value in article.values.items():
            if name in DOC_EXTENSIONS:
                doc._.set(name, value)
        return doc


@Language.factory("peacecond_context")
def make_context(nlp: Language, name: str) -> SetContext:
    return SetContext(nlp)


class ExtensionValues(dict):
    """The pc_* extension values of a Doc made in a worker process."""


@Language.component("peacecond_handoff")
def handoff(doc: Doc) -> Doc:
    out = Doc(doc.vocab)
    out._context = ExtensionValues((name, doc._.get(name)) for name in DOC_EXTENSIONS)
    return out


def extension_values(doc: Doc, context) -> Doc:
    """In the main process: the Doc nlp.pipe gave back, with the values its worker sent set again."""
    if isinstance(context, ExtensionValues):
        for name, value in context.items():
            doc._.set(name, value)
    return doc
