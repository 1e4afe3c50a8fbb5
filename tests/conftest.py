import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="session")
def nlp():
    from peacecond.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def extractor():
    from peacecond import Extractor

    # Component tests feed single sentences of any topic: no relevance gate here (tests/test_gate.py tests it).
    return Extractor(gate=False)


@pytest.fixture(scope="session")
def sample_records(extractor):
    from peacecond import read_inputs

    return {Path(r["source"]["path"]).name: r for r in extractor.records(read_inputs([str(RAW)]))}


def run_text(extractor, text, **meta):
    """The record of one article given as a string."""
    from peacecond import Article

    (rec,) = list(extractor.records([Article(text=text, path="test.txt", **meta)]))
    return rec
