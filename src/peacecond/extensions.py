"""The Doc extensions peacecond components set and the record builder reads.

Values are plain lists and dicts, so Docs survive the trip between processes
(`nlp.pipe(n_process=2)` serialises `doc.user_data`).
"""
import functools
import weakref

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "pc_boilerplate": None,  # [[start, end]] of lines extraction ignores (set before the pipeline)
    "pc_published": None,  # ISO date anchoring relative dates (set before the pipeline)
    "pc_anchor": None,  # --anchor-date for articles without a publication date
    "pc_regions": None,  # [{id, text, start, end}]
    "pc_actors": None,  # [{id, text, start, end}]
    "pc_people": None,  # [{name, party, role, kind, mentions: [{text, start, end}]}]
    "pc_speakers": None,
    "pc_quotes": None,
    "pc_conditions": None,
    "pc_dates": None,
    "pc_warnings": None,
    "pc_failed": None,  # "component: error" when a component failed on this article (see guarded)
}

for _name, _default in DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


# Doc.text joins every token's text on each access (about 0.1 ms for an article, and each component
# reads it). The text is kept beside its Doc, weakly, in this process: not in doc.user_data, which
# nlp.pipe(n_process>1) pickles to the workers and back, beside the text the Doc already carries.
_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc in a process (a Doc's text never changes)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (make_doc keeps it exactly), so doc_text need not rebuild it."""
    _TEXTS[doc] = text


def guarded(call):
    """For a component's __call__: an error on one article costs that article, not the run.

    The failure is kept on the Doc (pc_failed); the Extractor reports it as an input error naming
    the article, and the later components leave the Doc alone.
    """
    @functools.wraps(call)
    def wrapper(self, doc: Doc) -> Doc:
        if doc._.pc_failed:
            return doc
        try:
            return call(self, doc)
        except Exception as err:  # noqa: BLE001 - any bug in a rule must not lose the other articles
            doc._.pc_failed = f"{type(self).__name__}: {type(err).__name__}: {err}"
            return doc

    return wrapper
