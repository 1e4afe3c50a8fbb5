"""Read and check gold annotations: one `<stem>.json` an article (README "Gold annotations").

A mistake in a hand-written gold file must say where it is, so every object is read with the line its `{`
opens on, and each check names the file and that line.
"""
from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from pathlib import Path

from .conditions_rules import condition_types
from .errors import InputError

LIST_FIELDS = ("speakers", "direct_quotes", "regions", "conditions", "rejections", "optional_conditions")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class GoldError(InputError):
    """A gold file that cannot be used as it is: names the file and the line to fix."""


class _Obj(dict):
    """A JSON object that remembers the character offset of its opening brace."""

    at = 0


class _Decoder(json.JSONDecoder):
    """json's own pure-Python scanner, with objects that know where they start."""

    def __init__(self):
        super().__init__()

        def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
            s, end = s_and_end
            obj, stop = json.decoder.JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo)
            out = _Obj(obj)
            out.at = end - 1
            return out, stop

        self.parse_object = parse_object
        self.scan_once = json.scanner.py_make_scanner(self)


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def read_gold_file(path: Path, types: frozenset[str] | None = None) -> dict:
    """One gold file, checked: the fields the scorer reads have the types the format gives them; condition types
    are those of the patterns folder (patterns/conditions.jsonl, or PEACECOND_PATTERNS's)."""
    types = types if types is not None else frozenset(condition_types())
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise GoldError(path, f"cannot read ({err.strerror or err})") from None
    except UnicodeDecodeError as err:
        raise GoldError(path, f"not UTF-8 text ({err.reason})") from None
    try:
        gold = _Decoder().decode(text)
    except json.JSONDecodeError as err:
        raise GoldError(path, f"not valid JSON: {err.msg} (column {err.colno})", err.lineno) from None
    except (ValueError, RecursionError) as err:  # an integer past Python's digit limit; deep nesting
        raise GoldError(path, "not valid JSON: " + ("nested too deeply" if isinstance(err, RecursionError)
                                                    else str(err).split(";")[0])) from None
    if not isinstance(gold, dict):
        raise GoldError(path, "a gold file is one JSON object ({\"published\": ..., \"speakers\": [...], ...})", 1)

    def fail(obj, message):
        raise GoldError(path, message, _line(text, getattr(obj, "at", 0)))

    published = gold.get("published")
    if published is not None and not (isinstance(published, str) and ISO_DAY.fullmatch(published)):
        fail(gold, f"\"published\" must be YYYY-MM-DD or null, not {published!r}")
    for key in LIST_FIELDS:
        if not isinstance(gold.get(key) or [], list):
            fail(gold, f"\"{key}\" must be a list")
    for name in gold.get("speakers") or []:
        if not isinstance(name, str) or not name.strip():
            fail(gold, f"\"speakers\" holds names as strings, not {name!r}")
    for name in gold.get("regions") or []:
        if not isinstance(name, str):
            fail(gold, f"\"regions\" holds names as strings, not {name!r}")
    for q in gold.get("direct_quotes") or []:
        if not isinstance(q, dict) or not isinstance(q.get("text"), str):
            fail(q if isinstance(q, dict) else gold, "a direct quote is {\"speaker\": NAME or null, \"text\": TEXT}")
        if q.get("speaker") is not None and not isinstance(q["speaker"], str):
            fail(q, "a quote's \"speaker\" is a name or null")
    for key in ("conditions", "rejections", "optional_conditions"):
        for c in gold.get(key) or []:
            if not isinstance(c, dict):
                fail(gold, f"each item of \"{key}\" is an object {{\"type\": ..., \"by\": ...}}")
            if c.get("type") not in types:
                fail(c, f"unknown condition type {c.get('type')!r} in \"{key}\"; one of: "
                        + ", ".join(sorted(types)))
            for side in ("by", "on"):
                if c.get(side) is not None and not isinstance(c[side], str):
                    fail(c, f"\"{side}\" is a party code (RUS, UKR, EU, HAMAS, ...) or null")
            if not isinstance(c.get("regions") or [], list):
                fail(c, "a condition's \"regions\" must be a list")
    return gold


def read_gold_dir(gold_dir: str | Path):
    """The gold of a folder by stem, and the files that could not be used (GoldError each).

    Raises GoldError when the folder cannot be read or holds no gold file at all: nothing to score.
    """
    root = Path(gold_dir)
    if not root.is_dir():
        raise GoldError(root, "no such folder of gold files (one <stem>.json an article)")
    files = sorted(root.glob("*.json"))
    if not files:
        raise GoldError(root, "holds no gold file (<stem>.json)")
    gold, errors = {}, []
    types = frozenset(condition_types())  # once for the folder
    for path in files:
        try:
            gold[path.stem] = read_gold_file(path, types)
        except GoldError as err:
            errors.append(err)
    return gold, errors
