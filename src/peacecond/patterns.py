"""Load and validate the rule files a researcher edits (the `patterns/` folder).

Every file is read strictly: unknown keys, missing keys and wrong types are
errors naming the file and line, so a typo never silently disables a rule.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import srsly

from .errors import PatternError

ENV_VAR = "PEACECOND_PATTERNS"

# key -> (types accepted, required)
Spec = dict[str, tuple[tuple[type, ...], bool]]
STR, OPT_STR, LIST, BOOL = (str,), (str, type(None)), (list,), (bool,)

REGION_SPEC: Spec = {
    "id": (STR, True), "code": (OPT_STR, True), "country": (OPT_STR, True),
    "variants": (LIST, True), "members": (LIST, False), "metonym": (OPT_STR, False),
}
ACTOR_SPEC: Spec = {
    "id": (STR, True), "party": (OPT_STR, True), "kind": (STR, True),
    "variants": (LIST, True), "role": (STR, False),
}
BOILERPLATE_SPEC: Spec = {"id": (STR, True), "kind": (STR, True), "regex": (STR, True), "scope": (STR, False)}
BOILERPLATE_SCOPES = {"line", "inline"}  # a whole line matches, or a match anywhere in a line
PUBLISHED_SPEC: Spec = {"id": (STR, True), "regex": (STR, True)}
NOMINAL_SPEC: Spec = {"head": (STR, True), "kind": (STR, True), "anaphoric": (BOOL, True),
                     "roles": (LIST, False)}
NATIONALITY_SPEC: Spec = {"word": (STR, True), "party": (STR, True)}
ACTOR_KINDS = {"person", "org", "place"}
PARTY_CODE = re.compile(r"^(?=.{2,20}$)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?$")  # a party code, here and in parties.py


def default_dir() -> Path:
    """The patterns shipped in the wheel, else the checkout's `patterns/`."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "patterns", here.parent.parent / "patterns"):
        if (candidate / "regions.jsonl").is_file():
            return candidate
    raise PatternError(here / "patterns", None, "no default patterns folder found; pass --patterns DIR")


def resolve_dir(path: str | os.PathLike | None = None) -> Path:
    if path is None:
        path = os.environ.get(ENV_VAR) or None
    if path is None:
        return default_dir()
    p = Path(path)
    if not p.is_dir():
        raise PatternError(p, None, "patterns folder does not exist")
    return p


def read_jsonl(path: Path, spec: Spec) -> list[tuple[int, dict[str, Any]]]:
    """Rows of a JSONL rule file as (line number, object), validated against spec."""
    if not path.is_file():
        raise PatternError(path, None, "file is missing from the patterns folder")
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise PatternError(path, None, f"not UTF-8 ({err.reason})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = srsly.json_loads(line)
        except ValueError as err:
            raise PatternError(path, n, f"not valid JSON ({err})") from None
        if not isinstance(obj, dict):
            raise PatternError(path, n, "each line must be a JSON object")
        unknown = sorted(set(obj) - set(spec))
        if unknown:
            raise PatternError(path, n, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(spec)}")
        for key, (types, required) in spec.items():
            if key not in obj:
                if required:
                    raise PatternError(path, n, f"missing key {key!r}")
                continue
            if not isinstance(obj[key], types):
                names = " or ".join("null" if t is type(None) else t.__name__ for t in types)
                raise PatternError(path, n, f"key {key!r} must be {names}")
        rows.append((n, obj))
    return rows


def read_list(path: Path, *, one_word: bool = False) -> list[str]:
    """A word list: one entry a line, '#' starts a comment; `one_word` for a list matched against single tokens,
    where an entry of two words could never match."""
    if not path.is_file():
        raise PatternError(path, None, "file is missing from the patterns folder")
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise PatternError(path, None, f"not UTF-8 ({err.reason})") from None
    for n, line in enumerate(lines, 1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if entry in out:
            raise PatternError(path, n, f"duplicate entry {entry!r}")
        if one_word and len(entry.split()) > 1:
            raise PatternError(path, n, f"one word a line: {entry!r} can never match (write each word on a line "
                                        "of its own)")
        out.append(entry)
    return out


def compile_regex(path: Path, n: int, regex: str, flags=0) -> re.Pattern:
    try:
        return re.compile(regex, flags)
    except re.error as err:
        raise PatternError(path, n, f"bad regular expression ({err})") from None


def _strings(path: Path, n: int, obj: dict, key: str) -> list[str]:
    values = obj.get(key) or []
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise PatternError(path, n, f"every entry of {key!r} must be a non-empty string")
    return values


@dataclass
class Patterns:
    """All rule files of one patterns folder, loaded and checked."""

    root: Path
    regions: dict[str, dict] = field(default_factory=dict)
    actors: dict[str, dict] = field(default_factory=dict)
    boilerplate: list[tuple[str, str, re.Pattern]] = field(default_factory=list)  # whole-line rules
    boilerplate_inline: list[tuple[str, str, re.Pattern]] = field(default_factory=list)  # e.g. photo credits
    published: list[tuple[str, re.Pattern]] = field(default_factory=list)
    published_labels: list[str] = field(default_factory=list)
    revised_labels: list[str] = field(default_factory=list)
    not_region_after: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    fingerprint: str = ""

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> "Patterns":
        from . import components, gate  # noqa: F401  (each registers the loader of its rule files)

        root = resolve_dir(path)
        pats = cls(root=root)
        pats._load_regions(root / "regions.jsonl")
        pats._load_actors(root / "actors.jsonl")
        from .parties import load_parties, merge_actors  # parties.py reads files with this module's readers

        pats.extra["parties"] = load_parties(root)
        pats._check_actor_parties(root / "actors.jsonl", pats.extra["parties"].kinds)
        merge_actors(pats, pats.extra["parties"])  # every state's names and capitals are gazetteer actors
        pats._check_metonyms(root / "regions.jsonl")
        bp = root / "boilerplate.jsonl"
        for n, o in read_jsonl(bp, BOILERPLATE_SPEC):
            scope = o.get("scope", "line")
            if scope not in BOILERPLATE_SCOPES:
                raise PatternError(bp, n, f"scope must be one of {', '.join(sorted(BOILERPLATE_SCOPES))}")
            rule = (o["id"], o["kind"], compile_regex(bp, n, o["regex"], re.I))
            if rule[2].match(""):
                raise PatternError(bp, n, "regex matches the empty string")
            (pats.boilerplate if scope == "line" else pats.boilerplate_inline).append(rule)
        pub = root / "published.jsonl"
        pats.published = []
        for n, o in read_jsonl(pub, PUBLISHED_SPEC):
            rx = compile_regex(pub, n, o["regex"])
            if not {"year", "month", "day"} <= set(rx.groupindex):
                raise PatternError(pub, n, "regex must name the groups (?P<year>...), (?P<month>...) and (?P<day>...)")
            pats.published.append((o["id"], rx))
        pats.published_labels = [w.lower() for w in read_list(root / "published_labels.txt")]
        pats.revised_labels = [w.lower() for w in read_list(root / "revised_labels.txt")]
        for name, words in (("published_labels.txt", pats.published_labels), ("revised_labels.txt",
                                                                              pats.revised_labels)):
            for word in words:
                if not re.fullmatch(r"[^\W\d_]+", word):
                    raise PatternError(root / name, None, f"{word!r}: a label is one word of letters")
        both = set(pats.published_labels) & set(pats.revised_labels)
        if both:
            raise PatternError(root / "revised_labels.txt", None,
                               f"{sorted(both)} also in published_labels.txt: a label says one thing")
        pats.not_region_after = read_list(root / "not_region_after.txt")
        for loader in EXTRA_LOADERS:
            loader(pats)
        pats.fingerprint = fingerprint(root)
        return pats

    def _load_regions(self, path: Path) -> None:
        for n, obj in read_jsonl(path, REGION_SPEC):
            _strings(path, n, obj, "variants")
            if obj["id"] in self.regions:
                raise PatternError(path, n, f"duplicate region id {obj['id']!r}")
            self.regions[obj["id"]] = {**obj, "_line": n}
        for rid, obj in self.regions.items():
            for member in _strings(path, obj["_line"], obj, "members"):
                if member not in self.regions:
                    raise PatternError(path, obj["_line"], f"member {member!r} of {rid!r} is not a region id")

    def _check_metonyms(self, path: Path) -> None:
        # A capital standing for its government becomes that actor: the actor must exist.
        for rid, obj in self.regions.items():
            metonym = obj.get("metonym")
            if metonym is not None and metonym not in self.actors:
                raise PatternError(path, obj["_line"], f"metonym {metonym!r} of {rid!r} is not an actor id "
                                                       "in actors.jsonl")

    def _check_actor_parties(self, path: Path, kinds: dict) -> None:
        # A code no table knows would load and give its actor a side nothing else can name (a typo, "UGAX"): the
        # party must be a code of parties.jsonl, groups.jsonl or pycountry.
        for n, obj in read_jsonl(path, ACTOR_SPEC):
            if obj["party"] is not None and obj["party"] not in kinds:
                raise PatternError(path, n, f"party {obj['party']!r} is no party of parties.jsonl, groups.jsonl or "
                                            "pycountry: add it there or fix the code")

    def _load_actors(self, path: Path) -> None:
        people: dict[str, str] = {}
        for n, obj in read_jsonl(path, ACTOR_SPEC):
            if not _strings(path, n, obj, "variants"):  # a row no spelling names would never be found
                raise PatternError(path, n, "variants must name at least one spelling")
            if obj["kind"] not in ACTOR_KINDS:
                raise PatternError(path, n, f"kind must be one of {', '.join(sorted(ACTOR_KINDS))}")
            if obj["id"] in self.actors:
                raise PatternError(path, n, f"duplicate actor id {obj['id']!r}")
            if obj["party"] is not None and not PARTY_CODE.match(obj["party"]):
                raise PatternError(path, n, f"party {obj['party']!r} is no party code (ISO alpha-3 or a short name "
                                            "in capitals: RUS, HAMAS, SINNFEIN)")
            if obj["kind"] == "person":  # a name that two people answer to would give one of them the other's side
                for v in obj["variants"]:
                    if people.setdefault(v, obj["id"]) != obj["id"]:
                        raise PatternError(path, n, f"variant {v!r} already names {people[v]!r}")
            self.actors[obj["id"]] = obj


# Later modules (quotes, conditions, dates) register their own rule files here,
# so that one Patterns.load() validates the whole folder up front.
EXTRA_LOADERS: list = []


def fingerprint(root: Path) -> str:
    """A hash of the rule files, so output can say which rules made it (an editor's backup or a
    README in the folder does not count: it would make --incremental re-extract everything)."""
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.name.startswith(".") and p.suffix in {".jsonl", ".txt"}:
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:16]


_CACHE: dict[str, Patterns] = {}


def cached_patterns(path: str | os.PathLike | None = None) -> Patterns:
    """One load per patterns folder per process: components share it."""
    key = str(resolve_dir(path).resolve())
    if key not in _CACHE:
        _CACHE[key] = Patterns.load(key)
    return _CACHE[key]


def _load_metonym(pats: Patterns) -> None:
    root = pats.root
    pats.extra["metonym"] = {
        "place_prepositions": set(read_list(root / "place_prepositions.txt")),
        "actor_heads": set(read_list(root / "actor_heads.txt")),
        "place_verbs": set(read_list(root / "place_verbs.txt")),
        "motion_words": set(read_list(root / "motion_words.txt")),
    }


EXTRA_LOADERS.append(_load_metonym)
