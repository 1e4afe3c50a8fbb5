"""The library API: articles in, records out. The CLI is a thin layer over this.

    from peacecond import Extractor, read_inputs
    ex = Extractor()
    for rec in ex.records(read_inputs(["data/raw"])):
        ...
"""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Doc

from .boilerplate import find_boilerplate
from .errors import InputError
from .metadata import find_published, find_title
from .patterns import cached_patterns
from .pipeline import build_nlp, model_name
from .reader import Article, read_inputs
from .record import build_record


class Extractor:
    """One spaCy pipeline, built once, turning articles into records."""

    def __init__(self, model: str | None = None, patterns: str | None = None, *, batch_size: int = 16,
                 n_process: int = 1, anchor_date: str | None = None, include_text: bool = True,
                 org_speakers: bool = False):
        self.patterns = cached_patterns(patterns)
        self.nlp = build_nlp(model, str(self.patterns.root), org_speakers=org_speakers)
        self.model = f"{self.nlp.meta.get('lang', 'xx')}_{self.nlp.meta.get('name', model_name(model))}" \
                     f"-{self.nlp.meta.get('version', '0')}"
        self.batch_size, self.n_process = batch_size, n_process
        self.anchor_date, self.include_text = anchor_date, include_text

    def prepare(self, article: Article) -> tuple[Doc, dict]:
        """Mark boilerplate and read the header before the model runs: the dates component needs the anchor."""
        pats = self.patterns
        boiler = find_boilerplate(article.text, pats.boilerplate, pats.boilerplate_inline)
        title = article.title or find_title(article.text, boiler, pats.published, pats.published_labels)
        published = article.published or find_published(article.text, boiler, pats.published,
                                                            pats.published_labels)
        doc = self.nlp.make_doc(article.text)
        doc._.pc_boilerplate = [list(s) for s in boiler]
        doc._.pc_published = published
        doc._.pc_anchor = published or self.anchor_date
        doc._.pc_warnings = list(article.warnings)
        return doc, {"title": title, "published": published}

    def records(self, items: Iterable[Article | InputError]) -> Iterator[dict | InputError]:
        """Records in input order; unreadable inputs come through as InputError, in place."""
        pending: list[InputError] = []

        def docs():
            for item in items:
                if isinstance(item, InputError):
                    pending.append(item)
                    continue
                doc, meta = self.prepare(item)
                yield doc, (item, meta)

        for doc, (article, meta) in self.nlp.pipe(docs(), as_tuples=True, batch_size=self.batch_size,
                                                   n_process=self.n_process):
            while pending:
                yield pending.pop(0)
            yield build_record(article, doc, self.patterns, model=self.model, include_text=self.include_text, **meta)
        yield from pending


def extract(inputs: Iterable[str], **options) -> Iterator[dict | InputError]:
    """Convenience: read INPUT paths and extract them with a fresh Extractor."""
    return Extractor(**options).records(read_inputs(inputs))
