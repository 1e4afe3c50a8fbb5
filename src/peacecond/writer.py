"""Write records as JSON Lines, atomically: readers never see a half-written file."""
from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator


def dumps(record: dict) -> str:
    # Keys keep the record's own order; non-ASCII stays readable; no spaces, for byte-stable output.
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@contextmanager
def jsonl_writer(path: str | os.PathLike) -> Iterator[Callable[[dict], None]]:
    """Yield a write(record) function; on clean exit the file appears whole, else not at all.

    `-` writes to standard output, flushed line by line for pipes.
    """
    if str(path) == "-":
        # UTF-8 bytes whatever the locale says (a cron job may run under LANG=C).
        out = getattr(sys.stdout, "buffer", None)

        def write_stdout(record: dict) -> None:
            line = dumps(record) + "\n"
            if out is None:
                sys.stdout.write(line)
                sys.stdout.flush()
            else:
                out.write(line.encode("utf-8"))
                out.flush()

        yield write_stdout
        return
    if is_stream(path):
        # A device (/dev/null, a tape, a terminal) or a named pipe is written to, never replaced: no
        # temporary file and rename (which would put a regular file in its place), nothing beside it.
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            def write_stream(record: dict) -> None:
                fh.write(dumps(record) + "\n")
                fh.flush()
            yield write_stream
        return
    # A symbolic link stays a link: its target is the file written (atomically, beside the target).
    with atomic_file(Path(os.path.realpath(path)), "w", encoding="utf-8", newline="\n") as fh:
        yield lambda record: fh.write(dumps(record) + "\n")


def is_stream(path: str | os.PathLike) -> bool:
    """Is the output a device or a named pipe (FIFO), written to in place?"""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode)


def real_output(path: str) -> str:
    """The file an output path names: a symbolic link's target (its lock and manifest sit beside it)."""
    return path if path == "-" or not os.path.islink(path) else os.path.realpath(path)


@contextmanager
def atomic_file(target: Path, mode: str = "wb", **kwargs):
    """A file that becomes `target` whole on clean exit (fsync, rename, fsync of the folder), else vanishes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); the output keeps the mode it had, or gets the usual one.
        try:
            perm = target.stat().st_mode & 0o777
        except FileNotFoundError:
            perm = 0o666 & ~_umask()
        os.fchmod(fd, perm)
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(target.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(path: Path) -> None:
    # The rename is durable only once the directory entry is on disk.
    try:
        dfd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
