"""The relevance gate: off-topic articles skip the model, nothing extractable is ever dropped."""
import copy
import itertools
import json
import shutil

import pytest

from conftest import RAW, run_text
from peacecond import Article
from peacecond.errors import InputError, PatternError
from peacecond.gate import Gate, LemmaForms, loosen

SPORT = ("Riverside Rovers beat Harbour City 2-1 on Sunday, with a header from Tomas Holloway in the 78th minute "
         "deciding a match that had been evenly balanced.\n\n“We knew it would be hard, and the players showed "
         "real character today,” said Maria Castellano, the Rovers manager. The result moves them up to fifth "
         "place in the table, four points behind the leaders.")
WEATHER = ("Forecasters expect heavy rain across the valley by Thursday, raising the risk of flooding on low-lying "
           "roads. “People should plan journeys carefully,” said Keiko Ingram, a meteorologist.")
# (sentence, must the gate keep it?) Sentences with a name, a condition cue or a domain word are kept.
SENTENCES = [
    ("Putin told reporters on Friday that he was in no hurry.", True),
    # a condition cue's words scattered through a sports report: no reason to run the model
    ("The pitch was frozen and the match was called off; the referee stood on the touchline.", False),
    ("Ukraine wants to freeze the war along the current front line.", True),
    ("Shelling continued overnight near Donetsk, local officials said.", True),
    ("Both sides agreed on a ceasefire starting at midnight.", True),
    ("The two armies must pull their forces back from the line of contact.", True),
    ("He insisted the troops would stay where they are.", True),
    ("Negotiators said the peace plan had twenty points.", True),
    ("Any settlement must include security guarantees for the country.", True),
    ("They want the assets unfrozen before anything else.", True),
    ("The club said the striker would be fit for the cup final next week.", False),
    ("Shares in the retailer rose four percent after strong quarterly results.", False),
    ("The museum's new wing opens to the public on Saturday.", False),
    # a cue that needs a region ("give back <region>") keeps nothing that names none
    ("The coach gave the armband back to the goalkeeper after the break.", False),
    ("Moscow will never give back Crimea, the minister said.", True),
    # a cue's words present, but not in its order: "place", "at", "a", "table" of a league report
    ("At the break the side sat in fourth place, a point off the top of the table.", False),
    ("The rebels demand a seat at any negotiating table.", True),
    # "leave <a named country>": the words of the cue, then a name where the entity must be
    ("She left early, and the players left for home after training.", False),
    ("The foreign fighters must leave Syria within a month.", True),
]


@pytest.fixture(scope="module")
def gate(extractor):
    return Gate(extractor.nlp, extractor.patterns)


@pytest.fixture(scope="module")
def gated(extractor, gate):
    """The session extractor (gate off) with the gate on: same model, not loaded again."""
    ex = copy.copy(extractor)
    ex.gate = gate
    return ex


def keeps(gate, extractor, text):
    return gate(extractor.nlp.make_doc(text))


@pytest.mark.parametrize("path", sorted(RAW.iterdir()), ids=lambda p: p.name)
def test_sample_articles_pass(gate, extractor, path):
    assert keeps(gate, extractor, path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text,kept", SENTENCES)
def test_sentences(gate, extractor, text, kept):
    assert keeps(gate, extractor, text) is kept


@pytest.mark.parametrize("text,kept", SENTENCES + [(SPORT, False), (WEATHER, False)])
def test_gate_never_drops_what_the_extraction_finds(extractor, gated, text, kept):
    """What the full run finds (region, gazetteer actor, condition) the gate keeps; a dropped text had none.

    People the quotes component finds ("Maria Castellano, the Rovers manager") are not what the gate is for."""
    full = run_text(extractor, text)
    found = bool(full["regions"] or full["conditions"]
                 or any(a["name"] in extractor.patterns.actors for a in full["actors"]))
    rec = run_text(gated, text)
    assert rec["relevant"] is kept
    assert not found or rec["relevant"]


def test_every_condition_of_the_samples_has_evidence_the_gate_keeps_alone(gate, extractor, sample_records):
    """A condition needs a type cue; its other evidence may be a bare stance ("demands are unacceptable")."""
    conditions = [c for rec in sample_records.values() for c in rec["conditions"]]
    assert len(conditions) >= 3
    assert [c for c in conditions if not any(keeps(gate, extractor, e["text"]) for e in c["evidence"])] == []


def test_off_topic_record_keeps_every_key(gated, extractor):
    rec = run_text(gated, "Sport\n\n" + SPORT)
    full = run_text(extractor, "Sport\n\n" + SPORT)
    assert rec["relevant"] is False and full["relevant"] is True
    assert list(rec) == list(full)
    for key in ("regions", "actors", "speakers", "quotes", "conditions", "dates"):
        assert rec[key] == []
    assert full["quotes"] and full["dates"]  # the model would have found these: the gate skipped it
    assert rec["title"] == full["title"] and rec["text"] == "Sport\n\n" + SPORT and rec["id"] == full["id"]


def test_records_stay_in_input_order(gated):
    on = (RAW / "kremlin-2022-12.txt").read_text(encoding="utf-8")
    items = [Article(SPORT, "a.txt"), InputError("b.txt", "cannot read"), Article(on, "c.txt"),
             Article(WEATHER, "d.txt"), InputError("e.txt", "cannot read")]
    out = list(gated.records(items))
    assert [getattr(o, "source", None) or o["source"]["path"] for o in out] == ["a.txt", "b.txt", "c.txt", "d.txt",
                                                                                "e.txt"]
    assert [o["relevant"] for o in out if isinstance(o, dict)] == [False, True, False]


def test_a_dump_of_off_topic_articles_streams(gated):
    """Records come out while the input is still being read: the queue never holds the whole dump."""
    read = 0

    def endless():
        nonlocal read
        for i in itertools.count():
            read += 1
            yield Article(WEATHER if i % 2 else SPORT, f"{i}.txt")

    first = list(itertools.islice(gated.records(endless()), 5))
    assert [r["relevant"] for r in first] == [False] * 5
    assert read <= 5 + 4 * gated.batch_size


def test_loosened_patterns_match_where_the_model_could():
    forms = LemmaForms.__new__(LemmaForms)
    forms.rules, forms.exceptions = [("s", ""), ("ed", ""), ("ing", "")], {"leave": {"left"}}
    loose = loosen([{"LEMMA": "leave"}, {"POS": "DET", "OP": "?"}, {"LOWER": "territory", "_": {"x": True}}], forms)
    assert set(loose[0]["LOWER"]["IN"]) >= {"leave", "leaves", "left"}
    assert loose[1] == {"OP": "?"} and loose[2] == {"LOWER": "territory"}


def test_model_lemma_forms(extractor):
    forms = LemmaForms(extractor.nlp)
    assert {"pull", "pulls", "pulled", "pulling"} <= forms("pull")
    assert {"leave", "leaves", "left", "leaving"} <= forms("leave")


def test_gate_terms_file_is_required(tmp_path):
    from peacecond.patterns import Patterns, default_dir

    d = tmp_path / "patterns"
    shutil.copytree(default_dir(), d)
    (d / "gate_terms.txt").unlink()
    with pytest.raises(PatternError) as err:
        Patterns.load(d)
    assert str(err.value) == f"{d / 'gate_terms.txt'}: file is missing from the patterns folder"


def test_cli_all_runs_the_model_on_every_article(tmp_path):
    from click.testing import CliRunner

    from peacecond.cli import main

    story = tmp_path / "match.txt"
    story.write_text(SPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(story), "-o", "-", "-q", "--all"])
    assert result.exit_code == 0, result.stderr
    rec = json.loads(result.stdout)
    assert rec["relevant"] is True and rec["quotes"]
