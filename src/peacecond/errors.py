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
