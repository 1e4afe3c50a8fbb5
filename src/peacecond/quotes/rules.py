"""The rule files quotes reads, validated on load (errors name file and line); loaded once per patterns folder
into pats.extra["quotes"] (which conditions reads too: speech verbs, nationalities)."""
from __future__ import annotations

import re

from ..errors import PatternError
from .titles import load_title_cues
from ..patterns import (LIST, NOMINAL_SPEC, NATIONALITY_SPEC, STR, Patterns, Spec, read_jsonl, read_list,
                        EXTRA_LOADERS)
from ..people import PartyWords

PRONOUN_SPEC: Spec = {"word": (STR, True), "refers": (STR, True), "gender": (STR, False)}
GENDERS = ("female", "male")
EVENT_ROLE_SPEC: Spec = {"noun": (STR, True), "subject_of": (LIST, True), "object_of": (LIST, True)}
PRONOUN_REFERS = {"person", "org", "group", "nobody"}
SPEECH_VERB_SPEC: Spec = {"verb": (STR, True), "kind": (STR, True), "frames": (LIST, True), "particles": (LIST, False),
                          "preps": (LIST, False), "objects": (LIST, False)}
SPEECH_KINDS = {"say", "assert", "announce", "propose", "warn", "respond", "concede", "refuse", "judge", "express",
                "directive", "accuse", "quote"}
# What a speech verb reports (see patterns/speech_verbs.jsonl): a clause, an addressee and an infinitive, a charge,
# the object its particle names, a name it gives.
SPEECH_FRAMES = {"clause", "infinitive", "charge", "object", "naming"}


def _load_quote_rules(pats: Patterns) -> None:
    root = pats.root
    table = _speech_verbs(root / "speech_verbs.jsonl")
    pronouns = _keyed(root / "pronouns.jsonl", PRONOUN_SPEC, "word", refers=PRONOUN_REFERS)
    for word, row in pronouns.items():
        if "gender" in row and (row["gender"] not in GENDERS or row["refers"] != "person"):
            raise PatternError(root / "pronouns.jsonl", _line_of_key(root / "pronouns.jsonl", word),
                               f"gender of {word!r} must be female or male, on a 'person' pronoun")
    pats.extra["quotes"] = {
        "speech_verb_table": table,  # verb -> {kind, frames, particles}
        "speech_verbs": set(table),  # (conditions reads it: every speech verb's subject may hold a condition)
        "object_speaker_verbs": {v for v, row in table.items() if row["kind"] == "quote"},
        "honorifics": set(read_list(root / "honorifics.txt")),
        "titles": set(read_list(root / "titles.txt")),
        # news outlets' names are organisation words too: one list, which the conditions read as outlets
        "org_words": {w.casefold() for w in read_list(root / "org_words.txt")
                      + read_list(root / "condition_words" / "outlet_words.txt")},
        "peoples": frozenset(w.casefold() for w in read_list(root / "peoples.txt", one_word=True)),
        "counterparts": frozenset(w.lower() for w in read_list(root / "counterpart_nouns.txt")),
        "nominal": _keyed(root / "nominal_speakers.jsonl", NOMINAL_SPEC, "head", kinds={"person", "org"}),
        "proxies": set(read_list(root / "proxy_speakers.txt")),
        "anonymity": read_list(root / "anonymity_cues.txt"),
        # parties.jsonl's demonyms and group names ("Azerbaijani", "Taliban"); nationalities.jsonl's words win
        "nationalities": {**pats.extra["parties"].words,
                          **{w: o["party"] for w, o in _keyed(root / "nationalities.jsonl", NATIONALITY_SPEC,
                                                              "word").items()}},
        "pronouns": {w: o["refers"] for w, o in pronouns.items()},
        "pronoun_gender": {w: o["gender"] for w, o in pronouns.items() if "gender" in o},
        "gender_words": _gender_words(root),
        "event_roles": _event_roles(root / "event_roles.jsonl"),
        "make_clear": set(read_list(root / "make_clear_words.txt")),
        # markers of a supposed clause ("if Moscow sets conditions"), the conditions' own list
        "supposing_marks": frozenset(w.lower() for w in read_list(root / "condition_words" / "supposing_marks.txt")),
        # Speech verb -> (the particles it needs to report speech, whether naming something speaks too).
        "particles": {v: (row["particles"], "naming" in row["frames"]) for v, row in table.items()
                      if row["particles"]},
        # Speech verb -> the nouns it speaks only with as its object ("set conditions", not "set a date").
        "speech_objects": {v: row["objects"] for v, row in table.items() if row["objects"]},
        "directive_verbs": {v for v, row in table.items() if "infinitive" in row["frames"]},
        "accusation_verbs": {v for v, row in table.items() if "charge" in row["frames"]},
        "surname_prefixes": _prefixes(root / "surname_prefixes.txt"),
        "speech_nouns": set(read_list(root / "speech_nouns.txt")),
        "speech_nouns_of": _speech_nouns_of(root),
        "title_cues": load_title_cues(root / "title_cues.jsonl"),
        "documents": frozenset(w.casefold() for w in read_list(root / "document_nouns.txt")),
        "body_nouns": frozenset(w.lower() for w in read_list(root / "body_nouns.txt")),
        "epithets": frozenset(w.casefold() for w in read_list(root / "person_epithets.txt")),
        "question_labels": frozenset(w.lower() for w in read_list(root / "turn_question_labels.txt")),
        "answer_labels": frozenset(w.lower() for w in read_list(root / "turn_answer_labels.txt")),
        "not_label_words": frozenset(w.lower() for w in read_list(root / "turn_label_words.txt")),
        "sign_credit": _signature_regex(root / "signature_credit_words.txt", r"[/|©]|\b(?i:{})"),
        "sign_tail": _signature_regex(root / "signature_tail_words.txt",
                                      r",|\(|\s(?:{})\s|\s[—–-]\s|\s+(?:[A-Z][a-z]+ \d{{1,2}}, )?\d{{4}}\s*$"),
    }
    # A text a side issues, whichever of its nouns a story uses for it ("a readout issued by X ... the statement
    # said"): the nouns that are both documents and proxies (quotes/issuers.py).
    rules = pats.extra["quotes"]
    rules["issued_texts"] = rules["documents"] & frozenset(rules["proxies"])


def _signature_regex(path, shape: str) -> re.Pattern:
    """A dash signature's word list (signature_*_words.txt) as the alternatives of `shape`: one word of letters a
    line."""
    words = read_list(path, one_word=True)
    for word in words:
        if not word.isalpha():
            raise PatternError(path, _line_of(path, word), f"{word!r} must be one word of letters")
    return re.compile(shape.format("|".join(map(re.escape, words))))


def _speech_nouns_of(root) -> frozenset[str]:
    """The speech nouns whose 'of' names what the act is aimed at ("X's condemnation of the killings"), not
    what the view is about or when ("X's view of a ceasefire", "the interview of Monday"): each must be a
    noun of speech_nouns.txt."""
    path, nouns = root / "speech_nouns_of.txt", set(read_list(root / "speech_nouns.txt"))
    words = read_list(path, one_word=True)
    for word in words:
        if word not in nouns:
            raise PatternError(path, _line_of(path, word), f"{word!r} is not a noun of speech_nouns.txt (add it "
                                                           "there first)")
    return frozenset(words)


def _prefixes(path) -> tuple[str, ...]:
    """Articles joined to a surname by a hyphen ("al-"), case-folded; each must end in the hyphen."""
    words = read_list(path)
    for word in words:
        if not word.endswith("-") or len(word) < 2 or " " in word:
            raise PatternError(path, _line_of(path, word), f"{word!r} must be one word ending in '-' (\"al-\")")
    return tuple(w.casefold() for w in words)


def _event_roles(path) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """noun -> (verbs whose subject it means, verbs whose object it means): patterns/event_roles.jsonl."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for n, row in read_jsonl(path, EVENT_ROLE_SPEC):
        noun = row["noun"]
        if not noun or noun != noun.strip().lower() or " " in noun:
            raise PatternError(path, n, f"noun {noun!r} must be one lower-case word")
        if noun in out:
            raise PatternError(path, n, f"duplicate noun {noun!r}")
        lists = (row["subject_of"], row["object_of"])
        if not any(lists) or not all(isinstance(v, str) and v.strip() and " " not in v for vs in lists for v in vs):
            raise PatternError(path, n, "'subject_of' and 'object_of' must be lists of verb lemmas, not both empty")
        out[noun] = (frozenset(row["subject_of"]), frozenset(row["object_of"]))
    return out


def _gender_words(root) -> dict[str, str]:
    """Case-folded title, role word or given name -> the gender it says (given_names_female.txt, _male.txt)."""
    out: dict[str, str] = {}
    for gender in GENDERS:
        path = root / f"given_names_{gender}.txt"
        for word in read_list(path):
            if " " in word.strip() or not word[:1].isalpha():
                raise PatternError(path, _line_of(path, word), f"{word!r} must be one word")
            other = out.get(word.casefold())
            if other is not None and other != gender:
                raise PatternError(path, _line_of(path, word), f"{word!r} is in given_names_{other}.txt too")
            out[word.casefold()] = gender
    return out


def _line_of_key(path, word: str) -> int | None:
    """The line of a JSONL table whose "word" is word."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((n for n, line in enumerate(lines, 1) if f'"word": "{word}"' in line), None)


def _line_of(path, entry: str) -> int | None:
    """The line of a word list holding entry (read_list keeps entries, not their lines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((n for n, line in enumerate(lines, 1) if line.split("#", 1)[0].strip() == entry), None)


def _speech_verbs(path) -> dict[str, dict]:
    """The speech verb table: verb -> {kind, frames, particles, preps, objects (frozensets, empty when the verb
    needs none)}."""
    out: dict[str, dict] = {}
    for n, row in read_jsonl(path, SPEECH_VERB_SPEC):
        verb = row["verb"]
        if not verb.strip() or verb != verb.strip().lower() or " " in verb:
            raise PatternError(path, n, f"verb {verb!r} must be one lower-case lemma (\"urge\"; a particle goes in "
                                        "'particles')")
        if verb in out:
            raise PatternError(path, n, f"duplicate verb {verb!r}")
        if row["kind"] not in SPEECH_KINDS:
            raise PatternError(path, n, f"kind {row['kind']!r} must be one of {', '.join(sorted(SPEECH_KINDS))}")
        frames = row["frames"]
        if not frames or not all(isinstance(f, str) for f in frames) or set(frames) - SPEECH_FRAMES:
            raise PatternError(path, n, f"'frames' must be a non-empty list of {', '.join(sorted(SPEECH_FRAMES))}")
        particles = row.get("particles", [])
        if "particles" in row and (not particles or not all(isinstance(p, str) and p.strip() and " " not in p.strip()
                                                              for p in particles)):
            raise PatternError(path, n, "'particles' must be a non-empty list of words (or left out)")
        if "naming" in frames and not particles:
            raise PatternError(path, n, "the 'naming' frame needs 'particles' (the verb names only without them)")
        preps = row.get("preps", [])
        if not all(isinstance(p, str) and p.strip() and " " not in p.strip() for p in preps):
            raise PatternError(path, n, "'preps' must be a list of words")
        if preps and "object" not in frames:
            raise PatternError(path, n, "'preps' name where the 'object' frame's object is: add that frame")
        objects = row.get("objects", [])
        if "objects" in row and (not objects or not all(isinstance(o, str) and o.strip() and o == o.strip().lower()
                                                          and " " not in o for o in objects)):
            raise PatternError(path, n, "'objects' must be a non-empty list of lower-case lemmas (or left out)")
        if objects and frames != ["object"]:
            raise PatternError(path, n, "a verb that speaks only with one of its 'objects' reports that object: its "
                                        "frames must be [\"object\"]")
        out[verb] = {"kind": row["kind"], "frames": frozenset(frames), "particles": frozenset(particles),
                     "preps": frozenset(preps), "objects": frozenset(objects)}
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
        if not all(isinstance(r, str) and r.strip() and r == r.lower() for r in row.get("roles") or ()):
            # (read inside a lower-cased role: "Foreign Minister" would never match)
            raise PatternError(path, n, "roles must be a list of lower-case posts ('foreign minister')")
        out[row[key]] = row
    return out


EXTRA_LOADERS.append(_load_quote_rules)
EXTRA_LOADERS.append(_with_party_words)
