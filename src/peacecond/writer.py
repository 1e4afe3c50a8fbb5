"""Write records as JSON Lines, atomically: readers never see a half-written file."""
from __future__ import annotations

import json
import os
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
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield lambda record: fh.write(dumps(record) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
