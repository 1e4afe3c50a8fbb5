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


# Character-offset index of a Doc's span lists (pc_actors, pc_quotes, pc_dates ...): a lookup per mention
# that scanned the whole list made a long article cost the square of its length. Buckets of BUCKET
# characters; an item sits in every bucket it overlaps, so a query visits only items near its own range.
BUCKET = 512
_NEAR: "weakref.WeakKeyDictionary[Doc, dict]" = weakref.WeakKeyDictionary()


def near(doc: Doc, name: str, start: int, end: int) -> list[dict]:
    """The items of doc._.<name> ({"start", "end", ...} character offsets) that overlap or touch
    [start, end], in list order: every item that starts in the range or holds a part of it is among them;
    the caller tests what it needs exactly. Indexed once per list (rebuilt when the list changes)."""
    items = doc._.get(name) or []
    return [items[k] for k in near_index(doc, name, start, end)]


def near_index(doc: Doc, name: str, start: int, end: int) -> list[int]:
    """As near(), the items' positions in the list."""
    items = doc._.get(name) or []
    cached = _NEAR.setdefault(doc, {}).get(name)
    if cached is None or cached[0] is not items or cached[1] != len(items):
        buckets: dict[int, list[int]] = {}
        for k, it in enumerate(items):
            for b in range(it["start"] // BUCKET, max(it["start"], it["end"]) // BUCKET + 1):
                buckets.setdefault(b, []).append(k)
        cached = _NEAR[doc][name] = (items, len(items), buckets)
    buckets = cached[2]
    hit: set[int] = set()
    for b in range(start // BUCKET, max(start, end) // BUCKET + 1):
        hit.update(buckets.get(b, ()))
    return [k for k in sorted(hit) if items[k]["start"] <= end and start <= items[k]["end"]]


def keyed(doc: Doc, name: str, key: str) -> dict:
    """The items of doc._.<name> by their value of `key`, each value's items in list order (built once per list)."""
    items = doc._.get(name) or []
    cached = _NEAR.setdefault(doc, {}).get((name, key))
    if cached is None or cached[0] is not items or cached[1] != len(items):
        index: dict = {}
        for it in items:
            index.setdefault(it.get(key), []).append(it)
        cached = _NEAR[doc][(name, key)] = (items, len(items), index)
    return cached[2]


# A stage's working state (spans, tokens, resolver objects) is Python of this process: msgpack cannot write it, so a
# Doc that kept it failed doc.to_bytes(), DocBin(store_user_data=True) and nlp.pipe(n_process=2). It lives in
# doc.user_data (freed with its Doc; a table beside the Doc kept every Doc alive, as the state points back at it)
# while the pipeline runs, and the last stage releases it (release_working) unless asked to keep it for debugging.
WORKING: set[str] = set()


def working_extension(name: str) -> None:
    """Register doc._.<name> as working state (default None), released when the pipeline ends."""
    WORKING.add(name)
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


def release_working(doc: Doc) -> None:
    """Drop the stages' working state from the Doc, leaving the plain results the record is built from."""
    for name in WORKING:
        if doc._.get(name) is not None:
            doc._.set(name, None)


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
