"""Errors the library raises; the CLI turns them into messages and exit statuses."""


class PeacecondError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""


class PatternError(PeacecondError):
    """A rule file in the patterns folder is missing or malformed."""

    def __init__(self, path, line, message):
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # crosses from a worker process (`-j N`) as it was made
        return type(self), (self.path, self.line, self.message)


class ModelError(PeacecondError):
    """The spaCy pipeline named by --model cannot be loaded."""


class WorkerError(PeacecondError):
    """A worker process of `-j N` stopped (killed, out of memory, or failed to start): the run cannot go on."""


class InputError(PeacecondError):
    """One input (file or dump line) cannot be read; the run goes on without it."""

    def __init__(self, source, message, line=None):
        self.source, self.line, self.message = str(source), line, message
        where = f"{self.source}:{line}" if line else self.source
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # crosses from a worker process (`-j N`) as it was made
        return type(self), (self.source, self.message, self.line)


JSONL_HINT = "this reads peacecond's JSONL output; run `peacecond extract` on articles first"


class ErrorReport:
    """Prints the errors of reading record files, a few per file: a Markdown file or an article given where
    JSON Lines belong would otherwise flood the terminal with a line each. One error a line of input; past
    `limit`, one line per file says how many more there were and what the command reads."""

    def __init__(self, emit, limit: int = 3):
        self.emit, self.limit = emit, limit  # emit(InputError): prints and logs one error
        self.shown: dict[str, int] = {}
        self.more: dict[str, int] = {}
        self.last: tuple | None = None  # (source, line) of the last error: a line's later errors are its echo

    def __call__(self, err: InputError) -> None:
        where = (err.source, err.line)
        if err.line is not None and where == self.last:
            return
        self.last = where
        if self.shown.get(err.source, 0) < self.limit:
            self.shown[err.source] = self.shown.get(err.source, 0) + 1
            self.emit(err)
        else:
            self.more[err.source] = self.more.get(err.source, 0) + 1

    def finish(self) -> None:
        """The count of errors not shown, a line per file that had them."""
        for source, n in self.more.items():
            self.emit(InputError(source, f"{n} more error(s) not shown; {JSONL_HINT}"))
        self.more.clear()

    @property
    def sources(self) -> int:
        """How many inputs had an error (the failed inputs, however many bad lines each had)."""
        return len(self.shown)
