"""One list of news outlets (patterns/condition_words/outlet_words.txt): the conditions read it as outlets that
report terms and hold none, the quotes as organisation words, so a paper the model tags a person is no person."""
import shutil

import pytest

from peacecond.patterns import Patterns, default_dir, read_list
from test_quotes_attribution import run_text

CITED = [
    ("BOGOTA (Sputnik) — Colombian negotiators said on Tuesday that the ELN must free its hostages first.",
     "Sputnik"),
    ("Aliyev told Haaretz that Baku wants a peace treaty signed this year.", "Haaretz"),
    ("Corriere reported that Meloni wants a ceasefire by spring.", "Corriere"),
]


def people(rec):
    return [a["name"] for a in rec["actors"] if a["kind"] == "person"] + [s["name"] for s in rec["speakers"]]


def test_the_outlets_are_one_list_both_read():
    pats = Patterns.load()
    outlets = set(read_list(default_dir() / "condition_words" / "outlet_words.txt"))
    assert {"sputnik", "haaretz", "corriere"} <= outlets
    assert outlets <= pats.extra["quotes"]["org_words"]
    assert outlets <= pats.extra["conditions"]["words"].outlet_words
    org_file = {w.casefold() for w in read_list(default_dir() / "org_words.txt")}
    assert not outlets & org_file  # kept in one place only


@pytest.mark.parametrize("text, outlet", CITED)
def test_an_outlet_of_the_list_is_no_person(extractor, text, outlet):
    assert outlet not in people(run_text(extractor, text))


@pytest.fixture(scope="module")
def without_outlets(tmp_path_factory):
    from peacecond import Extractor

    root = tmp_path_factory.mktemp("pats") / "patterns"
    shutil.copytree(default_dir(), root)
    path = root / "condition_words" / "outlet_words.txt"
    dropped = {o.lower() for _, o in CITED}
    path.write_text("\n".join(w for w in path.read_text(encoding="utf-8").splitlines() if w not in dropped) + "\n",
                    encoding="utf-8")
    return Extractor(patterns=str(root), gate=False, unheld=True)


@pytest.mark.parametrize("text, outlet", CITED)
def test_without_the_row_the_model_makes_the_outlet_a_person(without_outlets, text, outlet):
    # the list is what keeps the paper out: with its row removed, the model's PERSON tag stands
    assert outlet in people(run_text(without_outlets, text))
