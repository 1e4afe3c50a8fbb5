import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property-based tests (tests/test_properties.py): in CI the same examples every run (derandomized, so a
# failure reproduces), no deadline (a shared 2-core runner is slow by moments), a bounded count; locally
# HYPOTHESIS_PROFILE=dev searches further and at random.
settings.register_profile("ci", derandomize=True, deadline=None, max_examples=40, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("dev", deadline=None, max_examples=300,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="session")
def nlp():
    from peacecond.pipeline import build_nlp

    # Stage tests see every stance the stages find, held or not; the records leave out the ones nobody holds unless
    # asked (--unheld: tests/test_unheld.py tests that filter and its default).
    return build_nlp(unheld=True)


@pytest.fixture(scope="session")
def nlp_working():
    """The pipeline keeping each stage's working state on the Doc (spans, cues, the side resolver), for tests
    that look inside a stage."""
    from peacecond.pipeline import build_nlp

    return build_nlp(keep_working_state=True, unheld=True)


@pytest.fixture(scope="session")
def verb_term_mentions(nlp_working):
    """text -> the condition mentions the stages found in it: (type, text, whether a verb_terms row found it)."""
    def mentions(text):
        doc = nlp_working(text)
        return [(t, doc[s:e].text, bool(rule.get("verb_term"))) for t, s, e, rule in doc._.pc_cond_mentions]
    return mentions


@pytest.fixture(scope="session")
def extractor():
    from peacecond import Extractor

    # Component tests feed single sentences of any topic: no relevance gate here (tests/test_gate.py tests it),
    # and every stance the stages find, held or not (see nlp above).
    return Extractor(gate=False, unheld=True)


@pytest.fixture(scope="session")
def sample_records():
    from peacecond import Extractor, read_inputs

    # The sample as the main job's defaults read it (held stances only), gate aside.
    return {Path(r["source"]["path"]).name: r for r in Extractor(gate=False).records(read_inputs([str(RAW)]))}


def run_text(extractor, text, **meta):
    """The record of one article given as a string."""
    from peacecond import Article

    (rec,) = list(extractor.records([Article(text=text, path="test.txt", **meta)]))
    return rec


@pytest.fixture
def pdir(tmp_path):
    """A copy of the shipped patterns folder, for tests that edit rule files."""
    import shutil

    from peacecond.patterns import default_dir
    d = tmp_path / "patterns"
    shutil.copytree(default_dir(), d)
    return d


def append_line(path, line) -> int:
    """Append a line to a rule file; its line number (what a PatternError must name)."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + line + "\n", encoding="utf-8")
    return len(path.read_text(encoding="utf-8").splitlines())


def spans(node, path="record"):
    """Every dict in the record that carries start/end/text, with where it sits."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
            yield path, node
        for k, v in node.items():
            yield from spans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from spans(v, f"{path}[{i}]")


def run_quote_text(extractor, text, **meta):
    """Quotes do not depend on the topic: run the sentence past the relevance gate (like `--all`), and check that
    every quote's offsets point at its text."""
    gate = getattr(extractor, "gate", None)
    extractor.gate = None
    try:
        rec = run_text(extractor, text, **meta)
    finally:
        extractor.gate = gate
    for q in rec["quotes"]:
        assert rec["text"][q["start"]:q["end"]] == q["text"]
    return rec


def direct(rec):
    """(text, speaker) of each direct quote."""
    return [(q["text"], q["speaker"]) for q in rec["quotes"] if q["kind"] == "direct"]


def speakers(rec):
    return [s["name"] for s in rec["speakers"]]


def turns(rec, chars: int | None = None):
    """(speaker, text or its first chars) of each turn: an interview's labelled answers and dash-signed lines."""
    return [(q["speaker"], q["text"][:chars]) for q in rec["quotes"] if q["kind"] == "turn"]


def conds(extractor, text):
    """The conditions of one article given as a string."""
    return run_text(extractor, text)["conditions"]


def find(cs, type_, stance, party="__any__"):
    """The conditions of a type and stance, held by a party (any party by default)."""
    return [c for c in cs if c["type"] == type_ and c["stance"] == stance
            and (party == "__any__" or (c["by"] or {}).get("party") == party)]


def pairs(extractor, text):
    """(type, stance, holder's party) of each condition of one article given as a string."""
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in conds(extractor, text)}
