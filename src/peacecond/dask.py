"""Extraction on a Dask cluster (dask.distributed): the records of a local run, from many machines.

    import dask.bag as db
    from distributed import Client
    from peacecond import read_inputs
    from peacecond.dask import extract_bag

    client = Client("tcp://scheduler:8786")
    articles = db.from_sequence(list(read_inputs(["/shared/dumps"])), partition_size=8)
    records = extract_bag(articles)      # records, and InputErrors in place, in input order
    good = records.filter(lambda r: isinstance(r, dict))

The client reads the inputs (as a local run does) and ships articles; each worker process builds one
Extractor the first time it needs one and keeps it for every later task (a pipeline costs seconds to
load and hundreds of MB to hold: never one per article or partition). Before building it a worker
checks that its peacecond, spaCy, model and rule files are the client's: a worker that would write
different records stops the run with ClusterMismatch, which says what differs.

`peacecond extract --dask ADDRESS` (or `--dask local:N`) runs through ClusterExtractor below, which
streams: it holds a few tasks per worker in flight, whatever the size of the dump.
"""
from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import uuid
from collections import OrderedDict, deque
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Iterator

try:
    import dask
    import dask.bag as db
    from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin, get_worker
except ImportError as err:  # pragma: no cover (the extra is part of the test extra)
    raise ImportError(f"peacecond.dask needs dask.distributed ({err}): pip install 'peacecond[dask]'") from None

from . import __version__
from .errors import InputError, PeacecondError, WorkerError
from .reader import Article

# Articles a task carries: as `-j N` (api.TASK_ARTICLES), small tasks keep every worker busy to the end.
TASK_ARTICLES = 4
# Tasks in flight per worker thread: none waits for work, and the client holds a few tasks, not the dump.
IN_FLIGHT = 3
PLUGIN_NAME = "peacecond-extractor"
LOCAL_PREFIX = "local:"
# A preload script (dask runs its text in each worker process as it starts): Ctrl-C at the terminal reaches
# every process of the run, but stopping is the main process's job (it closes the cluster); a local worker
# would print a traceback each, as a -j N worker would (api._start_worker ignores it too).
IGNORE_INTERRUPT = "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"


class ClusterMismatch(WorkerError):
    """A worker's peacecond, spaCy, model or rule files are not the client's: its records would differ."""


# --- what every worker must share with the client -----------------------------------------------------

@dataclass(frozen=True)
class Job:
    """What a task needs besides its articles: the Extractor's settings and the client's identity.

    A frozen object, not dicts: dask looks inside the lists and dicts of a task's arguments for keys."""

    settings: tuple  # sorted (name, value) pairs of Extractor keyword arguments
    identity: tuple  # sorted (name, value) pairs: see identity()

    @property
    def options(self) -> dict:
        return dict(self.settings)


def make_job(model: str | None = None, patterns: str | None = None, **options) -> Job:
    """The settings a worker builds its Extractor from, resolved here, on the client.

    The model name and a patterns folder given by --patterns or PEACECOND_PATTERNS are fixed here, so
    a worker's own environment variables change nothing; the shipped rules are each worker's own copy
    (where it is installed differs from machine to machine; the fingerprint check makes sure they agree).
    """
    from .patterns import default_dir, resolve_dir
    from .pipeline import model_name

    options.pop("n_process", None)  # a worker is one process; the cluster is the parallelism
    root = resolve_dir(patterns).resolve()
    settings = dict(options, model=model_name(model),
                    patterns=None if root == default_dir().resolve() else str(root))
    return Job(tuple(sorted(settings.items())), tuple(sorted(identity(settings).items())))


def identity(settings: dict) -> dict:
    """Everything besides the articles and the options that decides the records, computed without spaCy."""
    from importlib import metadata

    from .incremental import model_identity
    from .patterns import default_dir, fingerprint

    root = settings.get("patterns") or default_dir()
    try:
        spacy = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy = None
    return {"peacecond": __version__, "spacy": spacy, "model": model_identity(settings.get("model")),
            "patterns": fingerprint(_folder(root))}


def _folder(root) -> "os.PathLike":
    from pathlib import Path

    from .errors import PatternError

    path = Path(root)
    if not path.is_dir():
        raise PatternError(path, None, "patterns folder does not exist on this machine (a Dask worker needs "
                                       "the folder at the same path: put it on shared storage)")
    return path


def check(job: Job, where: str | None = None) -> None:
    """Raise ClusterMismatch when this process (the worker at `where`) would not make the client's records."""
    here, there = identity(job.options), dict(job.identity)
    labels = {"peacecond": "peacecond", "spacy": "spaCy", "model": "model", "patterns": "patterns fingerprint"}
    diffs = [f"{label} {there.get(name)} on the client, {here.get(name)} on the worker"
             for name, label in labels.items() if here.get(name) != there.get(name)]
    if diffs:
        raise ClusterMismatch(f"Dask worker {where or _where()} differs from the client: {'; '.join(diffs)}. "
                              "Install the same peacecond, spaCy and model on every worker, and give it the same "
                              "patterns")


def _where() -> str:
    try:
        return get_worker().address
    except ValueError:  # not inside a worker (a test, or the bag run by another scheduler)
        return f"{socket.gethostname()} (pid {os.getpid()})"


# --- one Extractor per worker process ----------------------------------------------------------------

# Built once per process for each Job's settings and kept: the two most recent, so a long-lived worker
# serving runs with other settings does not grow without bound.
_EXTRACTORS: "OrderedDict[Job, tuple]" = OrderedDict()
_BUILD = threading.Lock()


def worker_extractor(job: Job, where: str | None = None):
    """This process's Extractor for the job (built, after the identity check, on first use) and its lock."""
    with _BUILD:
        if job in _EXTRACTORS:
            _EXTRACTORS.move_to_end(job)
            return _EXTRACTORS[job]
        check(job, where)
        from .api import Extractor

        # A worker with several threads runs one task at a time through the pipeline (spaCy's vocab is
        # not safe to grow from two threads); README "Running on a cluster" says to start one thread each.
        entry = (Extractor(**job.options), threading.Lock())
        _EXTRACTORS[job] = entry
        while len(_EXTRACTORS) > 2:
            _EXTRACTORS.popitem(last=False)
        return entry


def drop_extractor(job: Job) -> None:
    with _BUILD:
        _EXTRACTORS.pop(job, None)


def extract_part(items: Iterable, job: Job) -> list:
    """The records of one partition or task, in order; unreadable inputs stay in place as InputError."""
    extractor, lock = worker_extractor(job)
    with lock:
        return list(extractor._here(items))


class ExtractorPlugin(WorkerPlugin):
    """Registered by the client: every worker (and each that joins later) builds its Extractor at once,
    all in parallel, and a worker that differs from the client fails the registration, before any work."""

    idempotent = False

    def __init__(self, job: Job):
        self.job = job

    async def setup(self, worker) -> None:
        # The model load takes seconds: off the worker's event loop, which must keep answering the scheduler.
        await asyncio.get_running_loop().run_in_executor(None, worker_extractor, self.job, worker.address)

    def teardown(self, worker) -> None:
        # Another run on this cluster may use the same settings: its plugin keeps the Extractor.
        if not any(isinstance(p, ExtractorPlugin) and p.job == self.job for p in worker.plugins.values()):
            drop_extractor(self.job)


# --- the library function: a bag of articles in, a bag of records out ---------------------------------

def extract_bag(articles: "db.Bag", model: str | None = None, patterns: str | None = None, **options) -> "db.Bag":
    """A bag of records from a bag of articles (Article, or InputError passed through in place).

    options: the Extractor's keyword options (anchor_date, include_text, org_speakers, gate, unheld, batch_size).
    Records keep the bag's order. Each worker process builds one Extractor on its first partition; call
    register(client, ...) first to build them on every worker at once and fail early on a mismatch.
    """
    return articles.map_partitions(extract_part, make_job(model, patterns, **options))


def register(client: Client, job: Job, name: str = PLUGIN_NAME) -> str:
    """Build the job's Extractor on every worker of the client's cluster now (ClusterMismatch, ModelError
    or PatternError from the first worker that cannot); `client.unregister_worker_plugin(name)` drops it."""
    client.register_plugin(ExtractorPlugin(job), name=name)
    return name


# --- the CLI's streaming extractor ----------------------------------------------------------------------

class ClusterExtractor:
    """Extractor.records() on a Dask cluster: the client reads, the workers extract, records in input order."""

    def __init__(self, client: Client, job: Job):
        self.client, self.job = client, job
        self._run = uuid.uuid4().hex[:8]

    def start(self) -> "ClusterExtractor":
        try:
            register(self.client, self.job, self._plugin)
        except PeacecondError:
            raise
        except Exception as err:  # e.g. a worker without peacecond cannot unpickle the plugin
            raise WorkerError(f"the Dask workers cannot set up peacecond ({type(err).__name__}: {err}); install "
                              "the same peacecond, spaCy and model on every worker") from None
        return self

    @property
    def _plugin(self) -> str:
        return f"{PLUGIN_NAME}-{self._run}"  # one a run: two runs on one cluster do not replace each other's

    def close(self) -> None:
        try:
            self.client.unregister_worker_plugin(self._plugin)
        except Exception:  # the cluster is going away anyway; its workers drop their Extractors with it
            pass

    def _window(self) -> int:
        return IN_FLIGHT * max(1, sum(self.client.nthreads().values()))

    def records(self, items: Iterable[Article | InputError]) -> Iterator[dict | InputError]:
        it = iter(items)
        pending: deque = deque()  # (future, first source) in input order
        window, n = self._window(), 0
        try:
            while True:
                task = list(islice(it, TASK_ARTICLES))
                if task:
                    future = self.client.submit(extract_part, task, self.job, key=f"peacecond-{self._run}-{n}",
                                                priority=-n)
                    pending.append((future, _first_source(task)))
                    n += 1
                    if n % 64 == 0:  # workers join and leave
                        window = self._window()
                while pending and (not task or len(pending) >= window):
                    future, where = pending.popleft()
                    yield from self._result(future, where)
                if not task:
                    break
        finally:
            for future, _ in pending:
                future.cancel()

    def _result(self, future, where: str) -> list:
        try:
            result = future.result()
        except KilledWorker:
            raise WorkerError(f"Dask workers died running the articles from {where} on (killed, out of memory?): "
                              "run those inputs locally to see why") from None
        except WorkerError:
            raise
        except PeacecondError as err:
            raise WorkerError(f"a Dask worker cannot extract: {err}") from None
        except Exception as err:  # the scheduler went away, the task was cancelled, ...
            raise WorkerError(f"the Dask cluster stopped the run ({type(err).__name__}: {err or 'no reason given'})"
                              ) from None
        finally:
            future.release()
        return result


def _first_source(task: list) -> str:
    item = task[0]
    path, line = (item.source, item.line) if isinstance(item, InputError) else (item.path, item.line)
    return f"{path}:{line}" if line else path


# --- the cluster of a run -------------------------------------------------------------------------------

def parse_address(spec: str) -> tuple[str | None, int]:
    """'local:N' -> (None, N); a scheduler address -> (address, 0). ValueError says what is wrong."""
    if spec.startswith(LOCAL_PREFIX):
        count = spec[len(LOCAL_PREFIX):]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"expected local:N with N worker processes (a number >= 1), not {spec!r}")
        return None, int(count)
    if not spec.strip():
        raise ValueError("expected a scheduler address (tcp://HOST:8786) or local:N")
    return spec, 0


@contextmanager
def connect(spec: str, *, quiet_logs: bool = True, timeout: float = 10, workers_timeout: float = 60
            ) -> Iterator[Client]:
    """A client on the scheduler at `spec`, or on a LocalCluster of N worker processes for `local:N`.

    A LocalCluster belongs to this process: it stops when the block ends, and its workers exit by
    themselves when this process dies, even by kill -9 (distributed's worker processes watch a pipe
    from their parent)."""
    address, n = parse_address(spec)
    level = logging.ERROR if quiet_logs else logging.WARNING
    if address is None:
        try:
            cluster = _local_cluster(n, level)
        except Exception as err:
            raise WorkerError(f"cannot start a local Dask cluster of {n} worker process(es) "
                              f"({type(err).__name__}: {err})") from None
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    logger = logging.getLogger("distributed")
    old_level = logger.level
    logger.setLevel(level)  # a notebook's own logging is put back as it was when the block ends
    try:
        try:
            client = Client(address, timeout=timeout)
        except (OSError, ValueError, TypeError) as err:
            raise WorkerError(f"cannot reach the Dask scheduler at {address} ({err}); start one with "
                              "`dask scheduler`, or use --dask local:N") from None
        try:
            try:
                client.wait_for_workers(1, timeout=workers_timeout)
            except (asyncio.TimeoutError, TimeoutError):
                raise WorkerError(f"no Dask worker joined the scheduler at {address} in {workers_timeout:.0f} s: "
                                  f"start some with `dask worker {address} --nthreads 1`") from None
            yield client
        finally:
            client.close()
    finally:
        logger.setLevel(old_level)


def _local_cluster(n: int, level: int) -> LocalCluster:
    """N worker processes of one thread each (the parallelism is the processes, as with -j N), on loopback
    only: a run's own cluster takes no connection from elsewhere."""
    # The scheduler serves HTTP (health, metrics) even without a dashboard, on port 8787 unless told: a port
    # of its own, so that two runs (or a user's own cluster) do not meet there. Dask starts its workers with
    # MALLOC_TRIM_THRESHOLD_=65536, which hands freed memory back to the system at once: the model frees and
    # takes back large blocks for every batch, and that cost 10-30% more CPU an article than a -j worker
    # (whose memory stays flat without it).
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        return LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                            silence_logs=level, preload=[IGNORE_INTERRUPT])


@contextmanager
def cluster_extractor(spec: str, model: str | None = None, patterns: str | None = None, **options
                      ) -> Iterator[ClusterExtractor]:
    """The CLI's extractor for `--dask SPEC`: connected, its Extractors built on every worker."""
    job = make_job(model, patterns, **options)
    with connect(spec) as client:
        ex = ClusterExtractor(client, job).start()
        try:
            yield ex
        finally:
            ex.close()
