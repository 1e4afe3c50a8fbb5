"""The library API: articles in, records out. The CLI is a thin layer over this.

    from peacecond import Extractor, read_inputs
    ex = Extractor()
    for rec in ex.records(read_inputs(["data/raw"])):
        ...
"""
from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator

from spacy.tokens import Doc

from .boilerplate import find_boilerplate
from .components.handoff import ArticleContext, extension_values
from .errors import InputError
from .extensions import remember_text
from .gate import Gate
from .metadata import date_line, headline
from .patterns import cached_patterns
from .pipeline import build_nlp, model_name
from .reader import Article, read_inputs
from .record import build_record


class Extractor:
    """One spaCy pipeline, built once, turning articles into records."""

    def __init__(self, model: str | None = None, patterns: str | None = None, *, batch_size: int = 16,
                 n_process: int = 1, anchor_date: str | None = None, include_text: bool = True,
                 org_speakers: bool = False, gate: bool = True):
        self.patterns = cached_patterns(patterns)
        self.nlp = build_nlp(model, str(self.patterns.root), org_speakers=org_speakers)
        # The relevance gate (gate.py); gate=False (`extract --all`) sends every article through the model.
        self.gate = Gate(self.nlp, self.patterns) if gate else None
        self.model = f"{self.nlp.meta.get('lang', 'xx')}_{self.nlp.meta.get('name', model_name(model))}" \
                     f"-{self.nlp.meta.get('version', '0')}"
        self.batch_size, self.n_process = batch_size, n_process
        self.anchor_date, self.include_text = anchor_date, include_text
        if n_process > 1:  # the workers send back the extensions only (components/handoff.py)
            self.nlp.add_pipe("peacecond_handoff", last=True)

    def preamble(self, article: Article) -> tuple[dict, dict]:
        """(Doc extension values set before the model, {title, published}): read without tokenizing."""
        pats = self.patterns
        boiler = find_boilerplate(article.text, pats.boilerplate, pats.boilerplate_inline)
        # A title or date the source gives in its own fields wins; one read from the text carries its offsets.
        title_at = None if article.title else headline(article.text, boiler, pats.published, pats.published_labels)
        date_at = None if article.published else date_line(article.text, boiler, pats.published,
                                                           pats.published_labels)
        title = article.title or (title_at.value if title_at else None)
        published = article.published or (date_at.value if date_at else None)
        values = {"pc_boilerplate": [list(s) for s in boiler], "pc_published": published,
                  "pc_anchor": published or self.anchor_date, "pc_warnings": list(article.warnings)}
        return values, {"title": title, "published": published, "title_at": title_at, "published_at": date_at}

    def prepare(self, article: Article) -> tuple[Doc, dict]:
        """Mark boilerplate and read the header before the model runs: the dates component needs the anchor."""
        values, meta = self.preamble(article)
        return self._doc(article, values), meta

    def _doc(self, article: Article, values: dict) -> Doc:
        doc = self.nlp.make_doc(article.text)
        remember_text(doc, article.text)
        for name, value in values.items():
            doc._.set(name, value)
        return doc

    def records(self, items: Iterable[Article | InputError]) -> Iterator[dict | InputError]:
        """Records in input order; unreadable inputs come through as InputError, in place.

        Streams: `queue` holds one entry per input read but not yet given back, which is only
        what nlp.pipe has in flight (a few batches), whatever the number of inputs.
        """
        queue: deque = deque()  # InputError, or (article, meta, record of an off-topic article | None)
        # With worker processes, the main process sends an empty Doc whose context holds the text and the
        # preamble's values (the worker tokenizes: cheaper than serialising a Doc), and gets back only the
        # extensions (handoff.py).
        multi = self.n_process > 1

        def inputs():
            for item in items:
                if isinstance(item, InputError):
                    queue.append(item)
                    continue
                values, meta = self.preamble(item)
                doc = self._doc(item, values) if self.gate is not None or not multi else None
                if self.gate is None or self.gate(doc):
                    queue.append((item, meta, None))
                    yield (Doc(self.nlp.vocab), ArticleContext(item.text, values)) if multi else (doc, None)
                else:
                    queue.append((item, meta, build_record(item, doc, self.patterns, model=self.model,
                                                           relevant=False, include_text=self.include_text,
                                                           **meta)))
                    # An empty stand-in costs the model nothing and keeps its output in step with the
                    # queue: nlp.pipe never waits for a full batch of relevant articles, however rare.
                    yield Doc(self.nlp.vocab), None

        for doc, context in self.nlp.pipe(inputs(), as_tuples=True, batch_size=self.batch_size,
                                          n_process=self.n_process):
            doc = extension_values(doc, context)
            while isinstance(queue[0], InputError):
                yield queue.popleft()
            article, meta, record = queue.popleft()
            if record is None and doc._.pc_failed:
                yield InputError(article.path, f"extraction failed ({doc._.pc_failed}); this is a bug in "
                                               "peacecond or its rules: please report it with the article",
                                 article.line)
                continue
            yield record if record is not None else build_record(
                article, doc, self.patterns, model=self.model, include_text=self.include_text, **meta)
        yield from queue


def extract(inputs: Iterable[str], **options) -> Iterator[dict | InputError]:
    """Convenience: read INPUT paths and extract them with a fresh Extractor."""
    return Extractor(**options).records(read_inputs(inputs))
