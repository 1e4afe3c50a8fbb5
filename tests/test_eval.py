"""`peacecond eval`: the gold format's scores, their bootstrap intervals, and the shipped gold as a regression guard."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from peacecond.cli import main
from peacecond.evaluate import evaluate, summarize, score_article, RegionKeys

ROOT = Path(__file__).resolve().parent.parent
RAW, GOLD = ROOT / "data" / "raw", ROOT / "data" / "gold"
# Today's scores of a fresh extraction of data/raw against data/gold: a change that lowers one is a regression.
FLOORS = {"speakers": 1.0, "direct_quotes": 1.0, "regions": 1.0, "conditions": 1.0, "rejections": 1.0}
ACCURACY_FLOORS = {"published": 1.0, "quote_attribution": 1.0}


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def record(path="a.txt", **fields):
    return {"source": {"path": path, "line": None, "id": None}, **fields}


def demand(typ, party, stance="demand", regions=()):
    return {"type": typ, "stance": stance, "by": {"name": None, "party": party}, "regions": list(regions)}


def write_set(tmp_path, records, golds):
    """A predictions file and a gold folder; golds maps stem -> gold dict."""
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem, g in golds.items():
        (gold / f"{stem}.json").write_text(json.dumps(g, indent=2), encoding="utf-8")
    return pred, gold


def test_fresh_extraction_of_the_sample_scores_at_least_todays_floors(tmp_path):
    out = tmp_path / "raw.jsonl"
    assert invoke("extract", RAW, "-o", out, "-q").exit_code == 0
    result = invoke("eval", out, GOLD, "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["articles"] == len(list(RAW.glob("*.txt"))) and scores["missing_records"] == []
    low = {k: scores[k]["f1"] for k, floor in FLOORS.items() if scores[k]["f1"] < floor}
    low.update({k: scores[k]["accuracy"] for k, floor in ACCURACY_FLOORS.items() if scores[k]["accuracy"] < floor})
    assert not low, f"below today's floors on data/gold: {low}; `peacecond eval OUT data/gold --articles` says where"


def test_shipped_gold_quotes_and_evidence_are_verbatim_in_the_articles():
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (RAW / gold["doc"]).read_text(encoding="utf-8")
        for q in gold["direct_quotes"]:
            assert q["text"] in text, (path.name, q["text"])
        for key in ("conditions", "rejections", "optional_conditions"):
            for c in gold[key]:
                assert c["evidence"] in text, (path.name, c["evidence"])


def score_one(rec, gold):
    return score_article("a", rec, gold, RegionKeys()).counts


def test_speakers_one_to_one_by_surname():
    gold = {"speakers": ["Volodymyr Zelenskyy", "Abiy Ahmed", "Ali Khamenei"]}
    said = [{"name": "Zelensky"}, {"name": "Zelensky"}, {"name": "Ahmed"}, {"name": "Mariana Betsa"}]
    t = score_one(record(speakers=said), gold)
    assert (t["sp_tp"], t["sp_fp"], t["sp_fn"]) == (2, 2, 1)


def test_quotes_four_words_sixty_percent_each_way_and_their_attribution():
    gold = {"direct_quotes": [
        {"speaker": "Gustavo Petro", "text": "We will not sign while the guns still speak in Cauca."},
        {"speaker": None, "text": "a line nobody claims in the text"},
        {"speaker": "Gustavo Petro", "text": "too short here"},  # three words: not scored
    ]}
    quotes = [
        {"kind": "direct", "text": "We will not sign while the guns still speak", "speaker": "Petro"},  # 9/11 each way
        {"kind": "direct", "text": "a line nobody claims in the text", "speaker": "Someone Else"},
        {"kind": "indirect", "text": "that they would sign nothing at all today", "speaker": "Petro"},  # not direct
        {"kind": "direct", "text": "We will", "speaker": "Petro"},  # under four words
        {"kind": "direct", "text": "guns speak", "speaker": None},
    ]
    t = score_one(record(quotes=quotes), gold)
    assert (t["q_tp"], t["q_fp"], t["q_fn"]) == (2, 0, 0)
    assert (t["att_ok"], t["att_n"]) == (1, 1)  # the quote whose gold speaker is unknown is not counted
    half = [{"kind": "direct", "text": "We will not sign anything at all, ever, anywhere, today", "speaker": "Petro"}]
    t = score_one(record(quotes=half), gold)
    assert (t["q_tp"], t["q_fp"], t["q_fn"]) == (0, 1, 2)


def test_regions_by_name_variant_or_code():
    gold = {"regions": ["Zaporizhzhia", "Luhansk", "Kharkiv"]}
    regions = [{"name": "Zaporozhye"}, {"name": "whatever", "code": "UA-09"}, {"name": "Odesa"}]
    t = score_one(record(regions=regions), gold)
    assert (t["rg_tp"], t["rg_fp"], t["rg_fn"]) == (2, 1, 1)


def test_conditions_and_rejections_as_type_holder_pairs_optional_ones_neutral():
    gold = {"conditions": [{"type": "ceasefire", "by": "ELN"}, {"type": "withdrawal", "by": "COL"}],
            "rejections": [{"type": "elections", "by": "VEN"}],
            "optional_conditions": [{"type": "reparations", "by": "ELN"}]}
    conds = [demand("ceasefire", "ELN"), demand("ceasefire", "ELN"),  # one pair, however often it is said
             demand("withdrawal", "ELN"),  # right type, wrong holder
             demand("reparations", "ELN"),  # optional: not a false positive
             demand("elections", "VEN", "reject"), demand("elections", "COL", "offer")]
    t = score_one(record(conditions=conds), gold)
    assert (t["c_tp"], t["c_fp"], t["c_fn"]) == (1, 1, 1)
    assert (t["j_tp"], t["j_fp"], t["j_fn"]) == (1, 0, 0)
    assert (t["h_ok"], t["h_n"]) == (1, 2)
    t = score_one(record(conditions=[]), gold)  # an optional one missed costs nothing either
    assert (t["c_tp"], t["c_fp"], t["c_fn"]) == (0, 0, 2)


def test_micro_averaged_point_estimate_is_the_whole_sets(tmp_path):
    golds = {"a": {"conditions": [{"type": "ceasefire", "by": "ELN"}]},
             "b": {"conditions": [{"type": "withdrawal", "by": "RUS"}, {"type": "elections", "by": "RUS"}]}}
    recs = [record("x/a.txt", conditions=[demand("ceasefire", "ELN"), demand("withdrawal", "ELN")]),
            record("y/b.txt", conditions=[demand("withdrawal", "RUS")])]
    pred, gold = write_set(tmp_path, recs, golds)
    c = evaluate(pred, gold).scores["conditions"]
    assert (c["tp"], c["fp"], c["fn"]) == (2, 1, 1)
    assert (c["p"], c["r"], c["f1"]) == (0.667, 0.667, 0.667)
    assert c["ci"][0] <= c["f1"] <= c["ci"][1]


def _articles(n_good, n_bad):
    regions = RegionKeys()
    gold = {"conditions": [{"type": "ceasefire", "by": "ELN"}]}
    good = record(conditions=[demand("ceasefire", "ELN")])
    return ([score_article(f"g{i}", good, gold, regions) for i in range(n_good)]
            + [score_article(f"b{i}", record(), gold, regions) for i in range(n_bad)])


def test_bootstrap_is_seeded_reproducible_and_spans_the_spread_of_articles():
    arts = _articles(6, 4)
    one, again = summarize(arts, seed=1), summarize(arts, seed=1)
    assert one == again
    lo, hi = one["conditions"]["ci"]
    assert 0.0 < lo < one["conditions"]["f1"] < hi < 1.0  # 0.75: six articles found, four missed
    assert summarize(_articles(5, 0))["conditions"]["ci"] == [1.0, 1.0]  # no spread, no width
    assert summarize(arts, resamples=0)["conditions"]["ci"] is None  # no resamples, no interval


def test_more_articles_narrow_the_interval():
    small, large = summarize(_articles(6, 4)), summarize(_articles(60, 40))
    assert small["conditions"]["f1"] == large["conditions"]["f1"]
    width = lambda s: s["conditions"]["ci"][1] - s["conditions"]["ci"][0]  # noqa: E731
    assert width(large) < width(small) / 2


def test_json_shape(tmp_path):
    pred, gold = write_set(tmp_path, [record("a.txt", published="2024-06-14", speakers=[{"name": "Putin"}])],
                           {"a": {"published": "2024-06-14", "speakers": ["Vladimir Putin"]}})
    out = json.loads(invoke("eval", pred, gold, "--json").stdout)
    for field in ("speakers", "direct_quotes", "regions", "conditions", "rejections"):
        assert {"p", "r", "f1", "ci", "tp", "fp", "fn"} <= out[field].keys()
        assert len(out[field]["ci"]) == 2
    for field in ("published", "quote_attribution"):
        assert {"accuracy", "ci"} <= out[field].keys()
    assert out["published"]["accuracy"] == 1.0 and out["speakers"]["f1"] == 1.0
    assert "per_article" not in out


def test_a_dump_record_pairs_by_its_source_id(tmp_path):
    recs = [{"source": {"path": "dump.jsonl", "line": 1, "id": "art-1"}, "published": "2025-01-02"},
            {"source": {"path": "dump.jsonl", "line": 2, "id": "https://news.example/2025/art-2.html"},
             "published": "2025-01-03"}]
    pred, gold = write_set(tmp_path, recs, {"art-1": {"published": "2025-01-02"}, "art-2": {"published": "2025-01-03"}})
    out = json.loads(invoke("eval", pred, gold, "--json").stdout)
    assert out["missing_records"] == [] and out["published"]["accuracy"] == 1.0


def test_articles_lists_what_each_article_missed_and_added(tmp_path):
    pred, gold = write_set(tmp_path, [record("a.txt", speakers=[{"name": "Gustavo Petro"}],
                                             conditions=[demand("ceasefire", "ELN")])],
                           {"a": {"speakers": ["Antonio García"], "conditions": [{"type": "withdrawal", "by": "COL"}]},
                            "b": {"speakers": ["Ana Pérez"]}})
    result = invoke("eval", pred, gold, "--articles")
    assert result.exit_code == 0
    text = result.stdout
    assert "-Antonio García +Gustavo Petro" in text
    assert "-withdrawal/COL +ceasefire/ELN" in text
    assert "b (no record)" in text and "missing records: 1" in text


def test_a_malformed_gold_file_names_file_and_line_and_the_rest_is_scored(tmp_path):
    pred, gold = write_set(tmp_path, [record("a.txt", published="2024-01-01")], {"a": {"published": "2024-01-01"}})
    (gold / "b.json").write_text('{\n  "published": null,\n  "conditions": [\n    {"type": "ceasfire", "by": "ELN"}\n  ]\n}\n')
    (gold / "c.json").write_text('{\n  "speakers": ["X Y",]\n}\n')
    result = invoke("eval", pred, gold, "--json")
    assert result.exit_code == 1
    assert f"{gold / 'b.json'}:4: unknown condition type 'ceasfire'" in result.stderr
    assert f"{gold / 'c.json'}:2: not valid JSON" in result.stderr
    assert json.loads(result.stdout)["articles"] == 1


def test_a_bad_prediction_line_names_file_and_line(tmp_path):
    pred, gold = write_set(tmp_path, [record("a.txt")], {"a": {}})
    pred.write_text(pred.read_text() + "{not json\n")
    result = invoke("eval", pred, gold)
    assert result.exit_code == 1 and f"{pred}:2: not a JSON record" in result.stderr


@pytest.mark.parametrize("line,says", [
    ("[" * 3000 + "]" * 3000, "nested too deeply"),
    ('{"published": ' + "7" * 5000 + "}", "not a JSON record"),
    ('{"quotes": [1], "source": {"path": "b.txt"}}', '"quotes" must be a list of objects'),
    ('{"conditions": [{"type": "ceasefire", "by": "ELN"}]}', '"by" must be an object'),
])
def test_odd_prediction_lines_cost_their_line_not_the_run(tmp_path, line, says):
    pred, gold = write_set(tmp_path, [record("a.txt", published="2024-01-01")], {"a": {"published": "2024-01-01"}})
    pred.write_text(pred.read_text() + line + "\n")
    result = invoke("eval", pred, gold, "--json")
    assert result.exit_code == 1, result.output
    assert f"{pred}:2: " in result.stderr and says in result.stderr
    assert json.loads(result.stdout)["published"]["accuracy"] == 1.0


def test_a_gold_file_nested_too_deeply_is_an_error_of_its_own(tmp_path):
    pred, gold = write_set(tmp_path, [record("a.txt")], {"a": {}})
    (gold / "b.json").write_text("[" * 3000 + "]" * 3000)
    result = invoke("eval", pred, gold)
    assert result.exit_code == 1 and f"{gold / 'b.json'}: not valid JSON: nested too deeply" in result.stderr


@pytest.mark.parametrize("what", ["no-gold-folder", "empty-gold-folder", "no-predictions"])
def test_nothing_to_score_is_exit_2(tmp_path, what):
    pred, gold = write_set(tmp_path, [record("a.txt")], {"a": {}})
    if what == "no-gold-folder":
        gold = tmp_path / "nope"
    elif what == "empty-gold-folder":
        (gold / "a.json").unlink()
    else:
        pred = tmp_path / "missing.jsonl"
    result = invoke("eval", pred, gold)
    assert result.exit_code == 2 and str(gold if what != "no-predictions" else pred) in result.stderr


def test_the_gold_itself_as_records_scores_perfectly_and_an_empty_run_scores_nothing(tmp_path):
    """Each shipped gold file turned into a record must match itself on every field; no records, no hits."""
    recs = []
    for path in sorted(GOLD.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        recs.append(record(f"data/raw/{g['doc']}", published=g["published"],
                           speakers=[{"name": s} for s in g["speakers"]],
                           quotes=[{"kind": "direct", "text": q["text"], "speaker": q["speaker"]}
                                   for q in g["direct_quotes"]],
                           regions=[{"name": r} for r in g["regions"]],
                           conditions=[demand(c["type"], c["by"], regions=c.get("regions") or [])
                                       for c in g["conditions"]]
                           + [demand(c["type"], c["by"], "reject") for c in g["rejections"]]))
    pred = tmp_path / "gold-as-records.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    scores = evaluate(pred, GOLD).scores
    for field in ("speakers", "direct_quotes", "regions", "conditions", "rejections"):
        assert scores[field]["f1"] == 1.0 and scores[field]["fp"] == scores[field]["fn"] == 0, field
    assert scores["published"]["accuracy"] == scores["quote_attribution"]["accuracy"] == 1.0
    assert scores["condition_region_jaccard"] == 1.0
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    scores = evaluate(empty, GOLD).scores
    assert all(scores[f]["tp"] == 0 and scores[f]["f1"] == 0.0 for f in ("speakers", "conditions", "rejections"))


def test_a_condition_type_a_researcher_adds_to_the_patterns_is_a_gold_type(tmp_path, pdir, monkeypatch):
    from conftest import append_line

    row = {"type": "prisoner_exchange", "definition": "Captives are exchanged.", "cameo": {"demand": "1041",
           "reject": "1231", "offer": "0341"}, "plover_mode": "release", "regions": False, "strength": "weak"}
    gold_item = {"conditions": [{"type": "prisoner_exchange", "by": "UKR"}]}
    pred, gold = write_set(tmp_path, [record("a.txt", conditions=[demand("prisoner_exchange", "UKR")])],
                           {"a": gold_item})
    assert invoke("eval", pred, gold).exit_code == 1  # the shipped patterns do not know the type
    append_line(pdir / "conditions.jsonl", json.dumps(row))
    monkeypatch.setenv("PEACECOND_PATTERNS", str(pdir))
    result = invoke("eval", pred, gold, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["conditions"]["f1"] == 1.0


def test_records_of_other_articles_are_exit_2_not_scores_of_zero(tmp_path):
    pred, gold = write_set(tmp_path, [record("other.txt", published="2024-01-01")], {"a": {"published": "2024-01-01"}})
    result = invoke("eval", pred, gold)
    assert result.exit_code == 2
    assert "no record in" in result.stderr and "pairs with a gold file" in result.stderr and result.stdout == ""
