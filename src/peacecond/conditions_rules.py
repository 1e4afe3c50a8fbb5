"""Load and check the conditions rule files: the taxonomy, the stance cues, the region anaphors.

patterns/conditions.jsonl    condition types (rows with "definition") and their cues (rows with "pattern"/"phrases")
patterns/stance_cues.jsonl   medspaCy-ConText-like stance cues: category, direction, scope, strength, holder
patterns/region_anaphors.jsonl  "these regions", "the four regions", "the new territories"
patterns/verb_terms.jsonl    a term told by a verb and what it governs ("stop all their attacks", "the militia leaves")
patterns/condition_words/*.txt  the word classes the holder, obligation and scope rules test (one list a file)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import PatternError
from .patterns import EXTRA_LOADERS, Patterns, read_jsonl, read_list, resolve_dir

STR, OPT_STR, LIST, BOOL, DICT, INT = (str,), (str, type(None)), (list,), (bool,), (dict,), (int,)

CONDITION_SPEC = {
    "type": (STR, True), "definition": (STR, False), "cameo": (DICT, False), "plover_mode": (STR, False),
    "regions": (BOOL, False), "strength": (STR, False), "note": (STR, False), "pattern": (LIST, False),
    "phrases": (LIST, False), "max_gap": (INT, False), "stances": (LIST, False), "stance": (STR, False),
    "refused_object": (BOOL, False), "asked_only": (BOOL, False), "other_senses": (LIST, False),
    "side_takes_part": (BOOL, False),
    "other_heads": (LIST, False), "not_under": (LIST, False), "every_state": (LIST, False), "gainer_heads": (LIST, False),
    "sense_preps": (LIST, False),
}
CUE_SPEC = {
    "category": (STR, True), "note": (STR, False), "phrases": (LIST, False), "pattern": (LIST, False),
    "direction": (STR, False), "max_scope": (INT, False), "strength": (STR, False), "holder": (STR, False),
    "terminated_by": (LIST, False), "stop_at": (LIST, False), "goal_if_next": (LIST, False), "exchange": (BOOL, False),
    "governed": (BOOL, False), "owed": (BOOL, False), "wins_over": (LIST, False), "document": (BOOL, False),
    "negation": (BOOL, False), "prohibition": (BOOL, False), "trailing": (BOOL, False),
    "context_after": (INT, False), "context_before": (INT, False), "ends_as": (STR, False), "agent": (BOOL, False),
    "refusable": (BOOL, False),
}
VERB_TERM_SPEC = {
    "type": (STR, True), "verbs": (LIST, True), "nouns": (LIST, True), "roles": (LIST, True),
    "note": (STR, True),
    "particles": (LIST, False), "acts": (LIST, False), "armed_groups": (BOOL, False),
    "strength": (STR, False),
}
VERB_ROLES = {"object", "subject", "goal", "with"}
ANAPHOR_SPEC = {"note": (STR, False), "pattern": (LIST, True), "refers_to": (LIST, False)}

STANCES = ("demand", "reject", "offer")
PLOVER_EVENT = {"demand": "REQUEST", "reject": "REJECT", "offer": "AGREE"}
CATEGORIES = {"demand", "reject", "offer", "condition_clause", "goal", "pseudo", "hypothetical", "historical",
              "list", "terminate"}
DIRECTIONS = {"forward", "backward", "bidirectional", "clause", "previous"}
HOLDERS = {"subject", "possessor", "to", "none", "continue"}
STRENGTHS = {"weak", "strong"}


# The tokenizer splits a hyphen between letters and a closing apostrophe off ("non-aligned" is "non", "-",
# "aligned"; "leaders'" is "leaders", "'"): a pattern token listing such a word can never match.
_SPLIT_WORD = re.compile(r"[^\W\d_][-\u2010\u2011\u2013][^\W\d_]|\w['\u2019]$")


def _split_words(tok: dict) -> list[str]:
    out = []
    for key, value in tok.items():
        if str(key).upper() not in ("LOWER", "ORTH", "TEXT", "LEMMA", "NORM"):
            continue
        words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
        out += [w for w in words or [] if isinstance(w, str) and _SPLIT_WORD.search(w)]
    return out


def _check_pattern(path: Path, n: int, pattern: list) -> None:
    """A bad Matcher pattern fails here, naming the line, not deep inside a run."""
    from spacy.matcher import Matcher  # here: `peacecond eval` and `plot` read the types without spaCy
    from spacy.vocab import Vocab

    for tok in pattern if isinstance(pattern, list) else []:
        split = _split_words(tok) if isinstance(tok, dict) else []
        if split:
            raise PatternError(path, n, f"{split[0]!r} is several tokens to the tokenizer (it splits hyphens and a "
                                        "closing apostrophe off): write one pattern token per part, "
                                        "e.g. {\"LOWER\": \"non\"}, {\"ORTH\": \"-\"}, {\"LOWER\": \"aligned\"}, or "
                                        "put the cue in 'phrases'")
    try:
        Matcher(Vocab()).add("check", [pattern])
    except Exception as err:  # spaCy raises ValueError/MatchPatternError with a long message
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise PatternError(path, n, f"bad spaCy Matcher pattern ({first})") from None


def _phrases(path: Path, n: int, obj: dict) -> list[str]:
    values = obj.get("phrases") or []
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise PatternError(path, n, "every entry of 'phrases' must be a non-empty string")
    return values


def _load_conditions(path: Path) -> tuple[dict, list]:
    types: dict[str, dict] = {}
    cues: list[dict] = []
    for n, obj in read_jsonl(path, CONDITION_SPEC):
        if "definition" in obj:
            if obj["type"] in types:
                raise PatternError(path, n, f"condition type {obj['type']!r} is defined twice")
            cameo = obj.get("cameo")
            if not isinstance(cameo, dict) or set(cameo) != set(STANCES) or \
                    not all(isinstance(v, str) and v.isdigit() for v in cameo.values()):
                raise PatternError(path, n, "a type row needs 'cameo': {\"demand\": CODE, \"reject\": CODE, "
                                            "\"offer\": CODE} with CAMEO codes as digit strings")
            if not obj.get("plover_mode"):
                raise PatternError(path, n, "a type row needs 'plover_mode'")
            if obj.get("strength", "weak") not in STRENGTHS:
                raise PatternError(path, n, "strength must be weak or strong")
            if "pattern" in obj or "phrases" in obj:
                raise PatternError(path, n, "put cue patterns on their own rows, not on the type's definition row")
            senses, heads = obj.get("other_senses") or [], obj.get("other_heads") or []
            every, gainer = obj.get("every_state") or [], obj.get("gainer_heads") or []
            preps = obj.get("sense_preps") or []
            for key, words in (("other_senses", senses), ("other_heads", heads), ("every_state", every),
                               ("gainer_heads", gainer), ("sense_preps", preps)):
                if not all(isinstance(w, str) and w and w == w.lower() and " " not in w for w in words):
                    raise PatternError(path, n, f"'{key}' must be a list of lower-case single words")
            if any(u not in types for u in obj.get("not_under") or []):
                raise PatternError(path, n, "'not_under' must list condition types defined on earlier rows")
            types[obj["type"]] = {"type": obj["type"], "definition": obj["definition"], "cameo": cameo,
                                  "plover_mode": obj["plover_mode"], "regions": obj.get("regions", False),
                                  "strength": obj.get("strength", "weak"), "other_senses": frozenset(senses),
                                  "other_heads": frozenset(heads), "every_state": frozenset(every),
                                  "gainer_heads": frozenset(gainer), "sense_preps": frozenset(preps),
                                  "not_under": frozenset(obj.get("not_under") or [])}
            continue
        if obj["type"] not in types:
            raise PatternError(path, n, f"cue for unknown condition type {obj['type']!r} (define the type on an "
                                        "earlier row with 'definition')")
        if ("pattern" in obj) == ("phrases" in obj):
            raise PatternError(path, n, "a cue row needs exactly one of 'pattern' or 'phrases'")
        if obj.get("strength", "weak") not in STRENGTHS:
            raise PatternError(path, n, "strength must be weak or strong")
        if "pattern" in obj:
            _check_pattern(path, n, obj["pattern"])
        if any(k in obj for k in ("other_senses", "other_heads", "not_under", "every_state", "sense_preps")):
            raise PatternError(path, n, "'other_senses', 'other_heads', 'not_under', 'every_state' and 'sense_preps' "
                                        "belong on the type's definition row")
        cues.append({"type": obj["type"], "line": n, "pattern": obj.get("pattern"),
                     "phrases": _phrases(path, n, obj), "strength": obj.get("strength"),
                     "max_gap": obj.get("max_gap"), "stances": obj.get("stances"), "stance": obj.get("stance"),
                     "refused_object": obj.get("refused_object", False),
                     "asked_only": obj.get("asked_only", False),
                     "side_takes_part": obj.get("side_takes_part", False)})
        if any(st not in STANCES for st in obj.get("stances") or []):
            raise PatternError(path, n, f"stances must be among {', '.join(STANCES)}")
        if obj.get("stance") is not None and obj["stance"] not in STANCES:
            raise PatternError(path, n, f"stance must be one of {', '.join(STANCES)}")
    if not types:
        raise PatternError(path, None, "no condition types defined")
    return types, cues


def _load_cues(path: Path) -> list[dict]:
    cues = []
    for n, obj in read_jsonl(path, CUE_SPEC):
        if obj["category"] not in CATEGORIES:
            raise PatternError(path, n, f"category must be one of {', '.join(sorted(CATEGORIES))}")
        if ("pattern" in obj) == ("phrases" in obj):
            raise PatternError(path, n, "a cue row needs exactly one of 'pattern' or 'phrases'")
        checks = (("direction", DIRECTIONS, "forward"), ("holder", HOLDERS, "none"),
                  ("strength", STRENGTHS, "strong"))
        for key, allowed, _ in checks:
            if key in obj and obj[key] not in allowed:
                raise PatternError(path, n, f"{key} must be one of {', '.join(sorted(allowed))}")
        for cat in (obj.get("terminated_by") or []) + (obj.get("wins_over") or []) + \
                ([obj["ends_as"]] if obj.get("ends_as") else []):
            if cat not in CATEGORIES:
                raise PatternError(path, n, f"terminated_by / wins_over / ends_as: unknown category {cat!r}")
        if obj.get("max_scope", 0) < 0:
            raise PatternError(path, n, "max_scope must be 0 or more")
        for key in ("context_after", "context_before"):
            if obj.get(key, 0) < 0 or (obj.get(key) and "pattern" not in obj):
                raise PatternError(path, n, f"{key} must be 0 or more, on a row with a 'pattern'")
            if obj.get(key) and obj[key] >= len(obj["pattern"]):
                raise PatternError(path, n, f"{key} must leave the cue at least one token of its pattern")
        if "pattern" in obj:
            _check_pattern(path, n, obj["pattern"])
        cue = {key: obj.get(key, default) for key, _, default in checks}
        cue.update(category=obj["category"], line=n, pattern=obj.get("pattern"), phrases=_phrases(path, n, obj),
                   max_scope=obj.get("max_scope", 25), terminated_by=set(obj.get("terminated_by") or []),
                   stop_at=set(obj.get("stop_at") or []),
                   goal_if_next={w.lower() for w in obj.get("goal_if_next") or []},
                   exchange=obj.get("exchange", False), governed=obj.get("governed", False),
                   owed=obj.get("owed", False), wins_over=set(obj.get("wins_over") or []),
                   document=obj.get("document", False), negation=obj.get("negation", False),
                   prohibition=obj.get("prohibition", False), trailing=obj.get("trailing", False),
                   context_after=obj.get("context_after", 0), context_before=obj.get("context_before", 0),
                   ends_as=obj.get("ends_as"), agent=obj.get("agent", False),
                   refusable=obj.get("refusable", False))
        cues.append(cue)
    return cues


def _load_anaphors(path: Path, regions: dict) -> list[dict]:
    out = []
    for n, obj in read_jsonl(path, ANAPHOR_SPEC):
        _check_pattern(path, n, obj["pattern"])
        refers = obj.get("refers_to") or []
        for rid in refers:
            if not isinstance(rid, str) or rid not in regions:
                raise PatternError(path, n, f"refers_to: {rid!r} is not a region id of regions.jsonl")
        out.append({"pattern": obj["pattern"], "refers_to": refers})
    return out


WORDS_DIR = "condition_words"


@dataclass(frozen=True)
class ConditionWords:
    """The word classes of patterns/condition_words/, one file each (NAME.txt; each file's header says what its
    words do). Words are lower case (lemmas for verbs) unless the field says otherwise."""
    package_nouns: frozenset
    asking_nouns: frozenset
    object_want_verbs: frozenset
    course_verbs: frozenset
    offer_nouns: frozenset
    modals: frozenset
    soft_modals: frozenset
    yield_types: frozenset  # condition type names
    benefit_types: frozenset  # condition type names
    content_verbs: frozenset
    gov_nouns: frozenset
    plan_nouns: frozenset
    want_verbs: frozenset
    asking_verbs: frozenset
    role_nouns: frozenset
    group_nouns: frozenset
    state_nouns: frozenset
    body_nouns: frozenset
    intergovernmental: frozenset  # party codes
    mediator_parties: frozenset  # party codes
    patron_participles: frozenset
    aside_marks: frozenset
    refusing_verbs: frozenset
    answering_verbs: frozenset
    condition_markers: frozenset
    waiting_markers: frozenset
    relation_nouns: frozenset
    leader_nouns: frozenset
    document_nouns: frozenset
    document_parts: frozenset
    idea_nouns: frozenset
    echo_nouns: frozenset
    make_nouns: frozenset
    listing_verbs: frozenset
    narrator_verbs: frozenset
    out_verbs: frozenset
    out_particles: frozenset
    classify_verbs: frozenset
    view_nouns: frozenset
    holder_verbs: frozenset
    refusal_types: frozenset  # condition type names
    mutual_types: frozenset  # condition type names
    set_nouns: frozenset
    side_nouns: frozenset
    supposing_marks: frozenset
    negative_pronouns: frozenset
    speculating_verbs: frozenset
    obligation_verbs: frozenset
    format_words: frozenset
    as_demand_verbs: frozenset  # lemmas
    exile_verbs: frozenset
    proposing_verbs: frozenset
    assent_words: frozenset
    time_prepositions: frozenset
    venue_nouns: frozenset
    outlet_words: frozenset
    outlet_heads: frozenset
    pair_nouns: frozenset
    all_pronouns: frozenset
    pair_determiners: frozenset
    commentator_nouns: frozenset
    pact_nouns: frozenset
    accusing_words: frozenset
    civilian_nouns: frozenset
    talks_nouns: frozenset
    anaphor_heads: frozenset
    conditioning_verbs: frozenset
    tying_verbs: frozenset
    tied_nouns: frozenset
    unmade_words: frozenset
    home_gov_nouns: frozenset
    state_force_nouns: frozenset
    failing_verbs: frozenset  # lemmas; "not:VERB" for a verb of giving that falls short when negated
    denial_verbs: frozenset
    meeting_nouns: frozenset
    report_nouns: frozenset
    denying_verbs: frozenset
    done_verbs: frozenset
    breaking_verbs: frozenset
    comment_verbs: frozenset
    question_verbs: frozenset
    taking_part_verbs: frozenset
    invitation_nouns: frozenset
    proposal_nouns: frozenset
    weighing_verbs: frozenset
    acceptance_verbs: frozenset
    clause_pointers: frozenset
    bad_outcome_words: frozenset
    progress_nouns: frozenset
    causing_verbs: frozenset
    object_refusing_verbs: frozenset
    refusal_nouns: frozenset
    turning_down_verbs: frozenset
    ending_verbs: frozenset
    insurgent_nouns: frozenset
    agenda_nouns: frozenset  # lemmas
    participant_nouns: frozenset  # lemmas
    movement_nouns: frozenset
    issuing_verbs: frozenset
    additive_phrases: frozenset  # a key word and the preposition it takes, if any ("apart from", "besides")


WORD_KIND = {"yield_types": "type", "benefit_types": "type", "refusal_types": "type", "mutual_types": "type",
             "intergovernmental": "party", "mediator_parties": "party", "additive_phrases": "phrase"}


def _line_of(path: Path, entry: str) -> int | None:
    """The line of a word list holding entry (read_list keeps entries, not their lines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((n for n, line in enumerate(lines, 1) if line.split("#", 1)[0].strip() == entry), None)


def _load_words(folder: Path, types: dict) -> ConditionWords:
    names = [f.name for f in fields(ConditionWords)]
    if folder.is_dir():
        for p in sorted(folder.iterdir()):
            if p.suffix == ".txt" and p.stem not in names:  # a misspelt file name would be ignored silently
                raise PatternError(p, None, f"unknown word list (expected one of: {', '.join(sorted(names))})")
    got = {}
    for name in names:
        path = folder / f"{name}.txt"
        words = read_list(path)
        kind = WORD_KIND.get(name, "word")
        for w in words:
            if kind == "type" and w not in types:
                raise PatternError(path, _line_of(path, w), f"{w!r} is not a condition type of conditions.jsonl")
            if kind == "party" and not (w.isalnum() and w == w.upper()):
                raise PatternError(path, _line_of(path, w), f"{w!r} must be a party code in capitals (\"EU\")")
            if kind == "word" and (w != w.lower() or " " in w):
                raise PatternError(path, _line_of(path, w), f"{w!r} must be one lower-case word")
            if kind == "phrase" and (w != w.lower() or not 1 <= len(w.split()) <= 2):
                raise PatternError(path, _line_of(path, w), f"{w!r} must be one or two lower-case words "
                                                            "(a key word and its preposition: \"apart from\")")
        got[name] = frozenset(words)
    return ConditionWords(**got)


def _words(path: Path, n: int, key: str, words: list, *, pairs: bool = False) -> frozenset:
    """Lower-case words; with `pairs`, also "modifier head" ("military action": the head with that modifier)."""
    for w in words:
        if not isinstance(w, str) or not w or w != w.lower() or w.count(" ") > (1 if pairs else 0) or \
                w != w.strip():
            what = "lower-case words or 'modifier head' pairs" if pairs else "lower-case single words"
            raise PatternError(path, n, f"{key!r} must list {what}; {w!r} is not one")
    return frozenset(words)


def _load_verb_terms(path: Path, types: dict) -> list[dict]:
    rows = []
    for n, obj in read_jsonl(path, VERB_TERM_SPEC):
        if obj["type"] not in types:
            raise PatternError(path, n, f"{obj['type']!r} is not a condition type of conditions.jsonl")
        if not obj["roles"] or any(r not in VERB_ROLES for r in obj["roles"]):
            raise PatternError(path, n, f"roles must list some of {', '.join(sorted(VERB_ROLES))}")
        if obj.get("strength", "weak") not in STRENGTHS:
            raise PatternError(path, n, "strength must be weak or strong")
        if not (obj["verbs"] or obj.get("acts")) or not obj["nouns"]:
            raise PatternError(path, n, "a row needs at least one verb or noun of the act ('acts') and one noun")
        nouns = _words(path, n, "nouns", obj["nouns"], pairs=True)
        rows.append({"type": obj["type"], "line": n, "verbs": _words(path, n, "verbs", obj["verbs"]),
                     "particles": _words(path, n, "particles", obj.get("particles") or []),
                     "acts": _words(path, n, "acts", obj.get("acts") or []),
                     "nouns": frozenset(w for w in nouns if " " not in w),
                     "qualified": {h: frozenset(m for m, _, hh in (w.partition(" ") for w in nouns if " " in w)
                                               if hh == h)
                                   for h in {w.split(" ")[1] for w in nouns if " " in w}},
                     "roles": frozenset(obj["roles"]), "armed_groups": obj.get("armed_groups", False),
                     # what the mention stages read of a type row (frames: strength, max_gap, stances, ...)
                     "pattern": None, "phrases": [], "strength": obj.get("strength"), "max_gap": None,
                     "stances": None, "stance": None, "refused_object": False, "asked_only": False,
                     "side_takes_part": False, "verb_term": True})
    return rows


def condition_types(patterns_dir: str | None = None) -> tuple[str, ...]:
    """The condition types of a patterns folder, in the order conditions.jsonl defines them (eval, plot)."""
    # The type rows only: the cue rows' spaCy patterns are checked when a pipeline loads them.
    path = resolve_dir(patterns_dir) / "conditions.jsonl"
    return tuple(dict.fromkeys(obj["type"] for _, obj in read_jsonl(path, CONDITION_SPEC) if "definition" in obj))


def load_condition_rules(pats: Patterns) -> None:
    types, type_cues = _load_conditions(pats.root / "conditions.jsonl")
    pats.extra["conditions"] = {
        "types": types,
        "type_cues": type_cues,
        "stance_cues": _load_cues(pats.root / "stance_cues.jsonl"),
        "anaphors": _load_anaphors(pats.root / "region_anaphors.jsonl", pats.regions),
        "verb_terms": _load_verb_terms(pats.root / "verb_terms.jsonl", types),
        "words": _load_words(pats.root / WORDS_DIR, types),
    }


EXTRA_LOADERS.append(load_condition_rules)
