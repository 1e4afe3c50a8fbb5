"""Logs for unattended runs: `--log-file PATH` and `-v`.

A log line is plain text, tab-separated, one event a line, appended (so one file can
collect every cron run; `cut -f` and `awk -F'\\t'` read it):

    2025-07-01T14:00:02+0200<TAB>INFO<TAB>data/raw/a.txt<TAB>extracted 1 record(s)

time (local, ISO 8601 with offset), level, the input concerned ('-' for the run itself),
message. `-v` also echoes INFO lines to standard error (errors are printed there anyway).
"""
from __future__ import annotations

import logging
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LOGGER = "peacecond"
log = logging.getLogger(LOGGER)
# Without --log-file/-v nothing is attached and propagation is off: this keeps logging's
# "last resort" handler from printing every error a second time on stderr.
log.addHandler(logging.NullHandler())


class _Defaults(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "input"):
            record.input = "-"
        # One event, one line: a message never breaks the line format.
        record.msg = " ".join(str(record.msg).split()) if "\n" in str(record.msg) or "\t" in str(record.msg) \
            else record.msg
        return True


class _LineFormatter(logging.Formatter):
    def formatTime(self, record, datefmt=None):  # noqa: N802 (logging's name)
        return time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(record.created))


class _EchoFilter(logging.Filter):
    """-v echoes what happens to each input; errors and the run's own lines are on stderr already."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno < logging.WARNING and getattr(record, "input", "-") != "-"


@contextmanager
def setup(log_file: str | None = None, verbose: bool = False) -> Iterator[logging.Logger]:
    """Attach the handlers for one command; detached on exit (commands may run in one process, as in tests)."""
    handlers: list[logging.Handler] = []
    if log_file:
        Path(log_file).parent.mkdir(parents=True, exist_ok=True)
        fh = logging.FileHandler(log_file, mode="a", encoding="utf-8")
        fh.setFormatter(_LineFormatter("%(asctime)s\t%(levelname)s\t%(input)s\t%(message)s"))
        fh.addFilter(_Defaults())
        handlers.append(fh)
    if verbose:
        sh = logging.StreamHandler(sys.stderr)
        sh.setFormatter(logging.Formatter("%(input)s: %(message)s"))
        sh.addFilter(_Defaults())
        sh.addFilter(_EchoFilter())
        handlers.append(sh)
    for h in handlers:
        log.addHandler(h)
    old_level, old_propagate = log.level, log.propagate
    log.setLevel(logging.INFO)
    log.propagate = False
    try:
        yield log
    finally:
        for h in handlers:
            log.removeHandler(h)
            h.close()
        log.setLevel(old_level)
        log.propagate = old_propagate


def info(input_: str | None, message: str) -> None:
    log.info(message, extra={"input": input_ or "-"})


def warning(input_: str | None, message: str) -> None:
    log.warning(message, extra={"input": input_ or "-"})


def error(input_: str | None, message: str) -> None:
    log.error(message, extra={"input": input_ or "-"})
