"""The library API: articles in, records out. The CLI is a thin layer over this.

    from peacecond import Extractor, read_inputs
    ex = Extractor()
    for rec in ex.records(read_inputs(["data/raw"])):
        ...
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Iterable, Iterator

from spacy.tokens import Doc

from .boilerplate import find_boilerplate
from .errors import InputError, WorkerError
from .extensions import remember_text
from .gate import Gate
from .metadata import date_line, headline
from . import logs
from .patterns import cached_patterns
from .pieces import model_doc, own_components
from .pipeline import build_nlp, model_name
from .reader import Article, read_inputs
from .record import build_record

# A worker process takes this many articles at a time at most: small tasks keep both cores busy to the end
# of a run (the model gains nothing from batches of more than a few articles), and records come back soon.
TASK_ARTICLES = 4
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class Extractor:
    """One spaCy pipeline, built once, turning articles into records."""

    def __init__(self, model: str | None = None, patterns: str | None = None, *, batch_size: int = 16,
                 n_process: int = 1, anchor_date: str | None = None, include_text: bool = True,
                 org_speakers: bool = False, gate: bool = True, unheld: bool = False):
        # What a worker process needs to build the same Extractor where it cannot inherit this one (spawn).
        self._settings = dict(model=model, patterns=patterns, batch_size=batch_size, anchor_date=anchor_date,
                              include_text=include_text, org_speakers=org_speakers, gate=gate, unheld=unheld)
        self.patterns = cached_patterns(patterns)
        self.nlp = build_nlp(model, str(self.patterns.root), org_speakers=org_speakers, unheld=unheld)
        # The relevance gate (gate.py); gate=False (`extract --all`) sends every article through the model.
        self.gate = Gate(self.nlp, self.patterns) if gate else None
        self.model = f"{self.nlp.meta.get('lang', 'xx')}_{self.nlp.meta.get('name', model_name(model))}" \
                     f"-{self.nlp.meta.get('version', '0')}"
        self.batch_size, self.n_process = batch_size, n_process
        self.anchor_date, self.include_text = anchor_date, include_text
        _freeze_long_lived()

    def preamble(self, article: Article) -> tuple[dict, dict]:
        """(Doc extension values set before the model, {title, published}): read without tokenizing."""
        pats = self.patterns
        boiler = find_boilerplate(article.text, pats.boilerplate, pats.boilerplate_inline)
        # A title or date the source gives in its own fields wins; one read from the text carries its offsets.
        title_at = None if article.title else headline(article.text, boiler, pats.published, pats.published_labels,
                                                       pats.revised_labels)
        date_at = None if article.published else date_line(article.text, boiler, pats.published,
                                                           pats.published_labels, pats.revised_labels)
        title = article.title or (title_at.value if title_at else None)
        published = article.published or (date_at.value if date_at else None)
        values = {"pc_boilerplate": [list(s) for s in boiler], "pc_published": published,
                  "pc_anchor": published or self.anchor_date, "pc_warnings": list(article.warnings)}
        return values, {"title": title, "published": published, "title_at": title_at, "published_at": date_at}

    def prepare(self, article: Article) -> tuple[Doc, dict]:
        """Mark boilerplate and read the header before the model runs: the dates component needs the anchor."""
        values, meta = self.preamble(article)
        # (An article over the model's limit is tokenized whole all the same, for the gate: the model reads
        # it in pieces, see _whole.)
        doc = self.nlp.make_doc(article.text) if len(article.text) <= self.nlp.max_length else \
            self.nlp.tokenizer(article.text)
        remember_text(doc, article.text)
        for name, value in values.items():
            doc._.set(name, value)
        return doc, meta

    def records(self, items: Iterable[Article | InputError]) -> Iterator[dict | InputError]:
        """Records in input order; unreadable inputs come through as InputError, in place.

        Streams: what is held at any time is what the model has in flight (a few batches, or a few
        tasks per worker process), whatever the number of inputs.
        """
        if self.n_process > 1:
            return self._in_workers(items)
        return self._here(items)

    def _here(self, items: Iterable[Article | InputError]) -> Iterator[dict | InputError]:
        queue: deque = deque()  # InputError, or (article, meta, record of an off-topic article | None)

        def inputs():
            for item in items:
                if isinstance(item, InputError):
                    queue.append(item)
                    continue
                try:  # whatever goes wrong with one article costs that article, never the run
                    doc, meta = self.prepare(item)
                    relevant = self.gate is None or self.gate(doc)
                    done = self._whole(item, doc, meta) if relevant and len(item.text) > self.nlp.max_length \
                        else None if relevant else build_record(item, doc, self.patterns, model=self.model,
                                                                relevant=False, include_text=self.include_text,
                                                                **meta)
                except Exception as err:  # noqa: BLE001
                    done = _failure(item, f"{type(err).__name__}: {err}")
                if isinstance(done, InputError):
                    queue.append(done)
                    continue
                queue.append((item, meta, done))
                # An empty stand-in costs the model nothing and keeps its output in step with the
                # queue: nlp.pipe never waits for a full batch of relevant articles, however rare.
                yield doc if done is None else Doc(self.nlp.vocab)

        for doc in self.nlp.pipe(inputs(), batch_size=self.batch_size):
            while isinstance(queue[0], InputError):
                yield queue.popleft()
            article, meta, record = queue.popleft()
            if record is None and doc._.pc_failed:
                yield _failure(article, doc._.pc_failed)
                continue
            if record is None:
                try:
                    record = build_record(article, doc, self.patterns, model=self.model,
                                          include_text=self.include_text, **meta)
                except Exception as err:  # noqa: BLE001
                    record = _failure(article, f"record: {type(err).__name__}: {err}")
            yield record
        yield from queue

    def _whole(self, article: Article, tokens: Doc, meta: dict) -> dict | InputError:
        """The record of an article longer than the model's limit: the model reads it in pieces cut at
        paragraph (else line, sentence, word) breaks, joined into one Doc of the whole text (pieces.py)."""
        doc, n = model_doc(self.nlp, article.text)
        remember_text(doc, article.text)
        for name in ("pc_boilerplate", "pc_published", "pc_anchor"):
            doc._.set(name, tokens._.get(name))
        note = (f"article of {len(article.text):,} characters, over the model's limit of {self.nlp.max_length:,}: "
                f"read in {n} pieces cut at paragraph or sentence breaks (a sentence across a cut is parsed as two)")
        doc._.pc_warnings = list(tokens._.pc_warnings or []) + [note]
        logs.warning(article.path, note)
        for proc in own_components(self.nlp):
            doc = proc(doc)
        if doc._.pc_failed:
            return _failure(article, doc._.pc_failed)
        return build_record(article, doc, self.patterns, model=self.model, include_text=self.include_text, **meta)

    def _in_workers(self, items: Iterable[Article | InputError]) -> Iterator[dict | InputError]:
        """The whole extraction (gate, model, records) in n_process worker processes; this process only
        reads and hands out articles, and takes back finished records, in input order.

        spaCy's nlp.pipe(n_process=N) would send every Doc back whole (tokens, tensors) and leave this
        process the tokenizing, gating and record building: with two cores it competes with the workers.
        A worker is forked from this process where the platform allows (the loaded model is shared, not
        loaded again) and builds its own Extractor otherwise.
        """
        global _PARENT
        method = "fork" if sys.platform.startswith("linux") else None
        # concurrent.futures, not multiprocessing.Pool: a worker that dies (the OOM killer) or cannot start
        # breaks the pool with an error; Pool would start another worker and wait for the lost task forever.
        pool = ProcessPoolExecutor(self.n_process, multiprocessing.get_context(method), _start_worker,
                                   (self._settings, os.getpid(), threading.current_thread() is threading.main_thread()))
        size = max(1, min(self.batch_size, TASK_ARTICLES))
        it = iter(items)
        pending: deque = deque()  # tasks in flight, in input order
        try:
            while True:
                task = list(islice(it, size))
                if task:
                    _PARENT = self  # a forked worker inherits this Extractor (the first submit starts them all)
                    try:
                        pending.append(pool.submit(_work, task))
                    finally:
                        _PARENT = None
                # A few tasks per worker in flight: none waits for work, and memory stays flat.
                while pending and (not task or len(pending) >= 3 * self.n_process):
                    yield from pending.popleft().result()
                if not task:
                    break
        except BrokenProcessPool as err:  # from a result, or from a submit after a worker died (a busy machine)
            raise WorkerError(f"a worker process of -j {self.n_process} stopped ({err or 'killed'}); "
                              "run again with -j 1 to see why") from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _freeze_long_lived() -> None:
    """The model and the rule tables are a hundred thousand-odd objects that live as long as the Extractor: each
    full collection of the cyclic garbage collector walked them all (about 0.1 s, every few dozen articles) to free
    none of them. Frozen (gc.freeze), the collector walks only what the articles make, and forked workers share
    their pages. What an earlier Extractor left behind is collected first, not frozen with the rest: a process that
    builds one Extractor after another (tests, a notebook) frees the old ones as before (the first Extractor pays
    no collection: nothing was frozen before it)."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def _failure(article: Article, what: str) -> InputError:
    return InputError(article.path, f"extraction failed ({what}); this is a bug in peacecond or its rules: please "
                                    "report it with the article", article.line)


# Worker processes: the Extractor each one uses (inherited from the parent when forked).
_PARENT: Extractor | None = None
_WORKER: Extractor | None = None


def _start_worker(settings: dict, parent: int | None = None, main_thread: bool = True) -> None:
    global _WORKER
    # Ctrl-C is the main process's to handle (it stops the workers); a worker would print a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's handler, inherited by a fork
    if main_thread:  # the death signal follows the thread that forked: a short-lived one would kill the workers
        _die_with(parent)
    _WORKER = _PARENT if _PARENT is not None else Extractor(**settings)


def _die_with(parent: int | None) -> None:
    """A worker dies with the process that started it, even one killed with SIGKILL (no chance to stop
    its workers): Linux sends the worker SIGKILL when its parent goes (prctl PR_SET_PDEATHSIG). Elsewhere
    the pool's own shutdown stops the workers of a parent that exits."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:  # the parent died before the prctl took hold
        os._exit(1)


def _work(articles: list) -> list:
    return list(_WORKER._here(articles))


def extract(inputs: Iterable[str], **options) -> Iterator[dict | InputError]:
    """Convenience: read INPUT paths and extract them with a fresh Extractor."""
    return Extractor(**options).records(read_inputs(inputs))
