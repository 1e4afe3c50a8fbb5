"""The rule files quotes reads, validated on load (errors name file and line); loaded once per patterns folder
into pats.extra["quotes"] (which conditions reads too: speech verbs, nationalities)."""
from __future__ import annotations

from ..errors import PatternError
from ..patterns import (BOOL, LIST, NOMINAL_SPEC, NATIONALITY_SPEC, STR, Patterns, Spec, read_jsonl, read_list,
                        EXTRA_LOADERS)
from ..people import PartyWords

PRONOUN_SPEC: Spec = {"word": (STR, True), "refers": (STR, True)}
PRONOUN_REFERS = {"person", "org", "group", "nobody"}
PARTICLE_SPEC: Spec = {"verb": (STR, True), "particles": (LIST, True), "naming": (BOOL, False)}


def _load_quote_rules(pats: Patterns) -> None:
    root = pats.root
    speech_verbs = set(read_list(root / "speech_verbs.txt"))
    pats.extra["quotes"] = {
        "speech_verbs": speech_verbs,
        "object_speaker_verbs": set(read_list(root / "object_speaker_verbs.txt")),
        "honorifics": set(read_list(root / "honorifics.txt")),
        "titles": set(read_list(root / "titles.txt")),
        "org_words": {w.casefold() for w in read_list(root / "org_words.txt")},
        "nominal": _keyed(root / "nominal_speakers.jsonl", NOMINAL_SPEC, "head", kinds={"person", "org"}),
        "proxies": set(read_list(root / "proxy_speakers.txt")),
        "anonymity": read_list(root / "anonymity_cues.txt"),
        "nationalities": {w: o["party"] for w, o in _keyed(root / "nationalities.jsonl", NATIONALITY_SPEC,
                                                             "word").items()},
        "pronouns": {w: o["refers"] for w, o in _keyed(root / "pronouns.jsonl", PRONOUN_SPEC, "word",
                                                        refers=PRONOUN_REFERS).items()},
        "make_clear": set(read_list(root / "make_clear_words.txt")),
        "particles": _particles(root / "speech_verb_particles.jsonl", speech_verbs),
        "directive_verbs": _speech_subset(root / "directive_verbs.txt", speech_verbs),
        "accusation_verbs": _speech_subset(root / "accusation_verbs.txt", speech_verbs),
        "surname_prefixes": _prefixes(root / "surname_prefixes.txt"),
        "speech_nouns": set(read_list(root / "speech_nouns.txt")),
        "question_labels": frozenset(w.lower() for w in read_list(root / "turn_question_labels.txt")),
        "not_label_words": frozenset(w.lower() for w in read_list(root / "turn_label_words.txt")),
    }


def _prefixes(path) -> tuple[str, ...]:
    """Articles joined to a surname by a hyphen ("al-"), case-folded; each must end in the hyphen."""
    words = read_list(path)
    for word in words:
        if not word.endswith("-") or len(word) < 2 or " " in word:
            raise PatternError(path, _line_of(path, word), f"{word!r} must be one word ending in '-' (\"al-\")")
    return tuple(w.casefold() for w in words)


def _speech_subset(path, speech_verbs: set[str]) -> set[str]:
    """A word list of speech verbs with a special frame: each must be a speech verb."""
    words = read_list(path)
    for word in words:
        if word not in speech_verbs:
            raise PatternError(path, _line_of(path, word), f"{word!r} is not in speech_verbs.txt")
    return set(words)


def _line_of(path, entry: str) -> int | None:
    """The line of a word list holding entry (read_list keeps entries, not their lines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((n for n, line in enumerate(lines, 1) if line.split("#", 1)[0].strip() == entry), None)


def _particles(path, speech_verbs: set[str]) -> dict[str, tuple[frozenset[str], bool]]:
    """Speech verb -> (the particles it needs to report speech ("call on / for"), whether naming something
    speaks too ("what he called 'a real peace proposal'"))."""
    out: dict[str, tuple[frozenset[str], bool]] = {}
    for n, row in read_jsonl(path, PARTICLE_SPEC):
        if row["verb"] not in speech_verbs:
            raise PatternError(path, n, f"verb {row['verb']!r} is not in speech_verbs.txt")
        if row["verb"] in out:
            raise PatternError(path, n, f"duplicate verb {row['verb']!r}")
        if not row["particles"] or not all(isinstance(p, str) and p.strip() for p in row["particles"]):
            raise PatternError(path, n, "'particles' must be a non-empty list of words")
        out[row["verb"]] = (frozenset(row["particles"]), row.get("naming", False))
    return out


def _with_party_words(pats: Patterns) -> None:
    rules = pats.extra["quotes"]
    rules["party_words"] = PartyWords(pats, rules["nationalities"])


def _keyed(path, spec, key: str, kinds: set[str] | None = None, refers: set[str] | None = None) -> dict[str, dict]:
    """Rows of a JSONL table by their key column; a repeated key or an unknown kind is an error."""
    out: dict[str, dict] = {}
    for n, row in read_jsonl(path, spec):
        if row[key] in out:
            raise PatternError(path, n, f"duplicate {key} {row[key]!r}")
        if kinds is not None and row.get("kind") not in kinds:
            raise PatternError(path, n, f"kind must be one of {', '.join(sorted(kinds))}")
        if refers is not None and row.get("refers") not in refers:
            raise PatternError(path, n, f"refers must be one of {', '.join(sorted(refers))}")
        out[row[key]] = row
    return out


EXTRA_LOADERS.append(_load_quote_rules)
EXTRA_LOADERS.append(_with_party_words)
