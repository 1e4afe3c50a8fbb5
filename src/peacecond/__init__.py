"""peacecond: who speaks, what they said, and which conditions each side sets for peace talks."""
__version__ = "0.4.0"

from .errors import InputError, ModelError, PatternError, PeacecondError  # noqa: E402
from .reader import Article, read_inputs  # noqa: E402


def __getattr__(name):
    # spaCy is slow to import; `peacecond --version` and `schema` should not pay for it.
    if name in {"Extractor", "extract"}:
        from . import api as _api

        return getattr(_api, name)
    raise AttributeError(name)


__all__ = ["Article", "Extractor", "InputError", "ModelError", "PatternError", "PeacecondError", "extract",
           "read_inputs", "__version__"]
