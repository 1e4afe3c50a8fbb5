"""`peacecond plot` and the dated events it draws: properties of the written file, not its pixels."""
import datetime as dt
import json
import random
import re
import sys

import pytest
from click.testing import CliRunner

from peacecond.cli import main
from peacecond.timeline import NO_PARTY, Event, record_events, select, to_date

pytest.importorskip("matplotlib", reason="the plot extra (the test extra pulls it in)")

TYPES = ["withdrawal", "ceasefire", "elections", "reparations", "sanctions_relief"]


def cond(typ, party, stance="demand", date=None, quotes=(None,), ev_dates=None):
    ev = [{"text": "x", "start": 0, "end": 1, "quote": q} for q in quotes]
    for item, day in zip(ev, ev_dates or []):
        if day:
            item["date"] = day
    return {"type": typ, "stance": stance, "by": {"name": None, "party": party}, "on": None, "regions": [],
            "date": date, "evidence": ev}


def rec(i, published, conditions, quotes=()):
    return {"id": f"{i:016x}", "source": {"path": f"a{i}.txt", "line": None, "id": None}, "published": published,
            "quotes": [{"text": "...", "kind": "direct", "date": d} for d in quotes], "conditions": conditions}


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def svg_texts(path):
    """The text of an SVG the plot wrote (svg.fonttype none keeps text as text)."""
    return re.findall(r"<text[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("value, day", [
    ("2024-06-14", dt.date(2024, 6, 14)), ("2024-06", dt.date(2024, 6, 15)), ("2024", dt.date(2024, 7, 1)),
    ("2024-W24", dt.date(2024, 6, 13)), ("2024-06-10/2024-06-20", dt.date(2024, 6, 15)),
    ("../2024-06-14", dt.date(2024, 6, 14)), ("2024-06-14/..", dt.date(2024, 6, 14)),
    ({"value": "2023-02-24"}, dt.date(2023, 2, 24)), ("last week", None), ("2024-13-01", None), (None, None),
])
def test_an_iso_date_at_any_grain_stands_at_the_middle_of_its_time(value, day):
    assert to_date(value) == day


def test_an_event_takes_the_evidence_date_else_the_quote_date_else_the_condition_date_else_the_article_date():
    r = rec(1, "2024-06-14", [
        cond("withdrawal", "ELN", quotes=(0, None), ev_dates=["2024-01-02", None], date="2024-03-03"),
        cond("ceasefire", "COL", quotes=(1,), date="2024-04-04"),
        cond("elections", "VEN", quotes=(None,), date="2024-05-05"),
        cond("reparations", None, stance="reject", quotes=(None,)),
    ], quotes=["2023-12-31", "2024-02-02"])
    events, undated = record_events(r)
    got = {(e.type, e.date) for e in events}
    assert got == {("withdrawal", dt.date(2024, 1, 2)), ("withdrawal", dt.date(2024, 3, 3)),
                   ("ceasefire", dt.date(2024, 2, 2)), ("elections", dt.date(2024, 5, 5)),
                   ("reparations", dt.date(2024, 6, 14))}
    assert undated == []
    assert {e.party for e in events if e.type == "reparations"} == {NO_PARTY}
    events, undated = record_events(rec(2, None, [cond("ceasefire", "ELN")]))
    assert events == [] and [(e.type, e.party, e.date) for e in undated] == [("ceasefire", "ELN", None)]


def test_select_keeps_parties_types_and_stances():
    day = dt.date(2024, 1, 1)
    evs = [Event(day, "RUS", "withdrawal", "demand", "a"), Event(day, "UKR", "withdrawal", "reject", "a"),
           Event(day, NO_PARTY, "ceasefire", "offer", "b")]
    assert select(evs, parties=["rus"]) == evs[:1]
    assert select(evs, parties=["none", "UKR"]) == evs[1:]
    assert select(evs, types=["withdrawal"], stances=["reject"]) == evs[1:2]
    assert select(evs) == evs


def synthetic(n, seed=3):
    """n records over three years, parties of several conflicts, every stance."""
    rng = random.Random(seed)
    parties = ["RUS", "UKR", "UKR", "RUS", "ISR", "HAMAS", "ELN", "COL", "M23", "SDN", "RSF", None]
    out = []
    for i in range(n):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1100))
        conds = [cond(rng.choice(TYPES), rng.choice(parties), rng.choice(["demand", "reject", "offer"]),
                      date=day.isoformat()) for _ in range(rng.randrange(1, 4))]
        out.append(rec(i, day.isoformat(), conds))
    return out


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_svg_has_a_row_per_party_and_a_legend_entry_per_type_and_stance(tmp_path):
    src = write_jsonl(tmp_path / "recs.jsonl", [
        rec(1, "2024-06-14", [cond("withdrawal", "RUS"), cond("elections", "UKR", "reject")]),
        rec(2, "2024-07-01", [cond("ceasefire", "HAMAS", "offer"), cond("withdrawal", "RUS")]),
    ])
    out = tmp_path / "timeline.svg"
    result = invoke("plot", src, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "<svg" in out.read_text()
    texts = svg_texts(out)
    rows = [t for t in texts if re.fullmatch(r"[A-Z]+ \(\d+\)", t)]
    assert sorted(rows) == ["HAMAS (1)", "RUS (2)", "UKR (1)"]
    for label in ("withdrawal", "elections", "ceasefire", "demand", "reject", "offer"):
        assert label in texts
    assert "nato neutrality" not in texts  # the legend shows what is drawn
    assert "drew 4 condition statement(s) from 2 article(s) in 3 row(s)" in result.stderr


def test_options_keep_some_parties_and_types(tmp_path):
    src = write_jsonl(tmp_path / "recs.jsonl", synthetic(40))
    out = tmp_path / "kept.svg"
    assert invoke("plot", src, "-o", out, "--party", "rus,ukr", "--type", "withdrawal").exit_code == 0
    texts = svg_texts(out)
    assert sorted(t.split()[0] for t in texts if re.fullmatch(r"[A-Z]+ \(\d+\)", t)) == ["RUS", "UKR"]
    assert "withdrawal" in texts and not {"ceasefire", "elections", "reparations"} & set(texts)
    assert invoke("plot", src, "-o", out, "--stance", "offer").exit_code == 0
    assert "offer" in svg_texts(out) and "demand" not in svg_texts(out)


def test_hundreds_of_articles_pool_small_parties_and_merge_marks(tmp_path):
    from peacecond.plot import draw

    events = [e for r in synthetic(400) for e in record_events(r)[0]]
    out = tmp_path / "many.png"
    drawn = draw(events, out, max_parties=6)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(drawn["rows"]) == 6 and drawn["rows"][-1].endswith("other parties")
    counts = [sum(e.party == row for e in events) for row in drawn["rows"][:-1]]
    assert set(drawn["rows"][:2]) == {"RUS", "UKR"} and counts == sorted(counts, reverse=True)  # most on top
    assert drawn["grain"] != "day" and drawn["marks"] < drawn["events"]  # a mark per lane and bin, sized
    few = draw(events[:5], tmp_path / "few.png")
    assert few["grain"] == "day" and few["marks"] == len(set(events[:5]))


def test_png_and_pdf_from_the_sample_records(tmp_path, sample_records):
    src = write_jsonl(tmp_path / "sample.jsonl", list(sample_records.values()))
    for suffix, magic in ((".png", b"\x89PNG"), (".pdf", b"%PDF")):
        out = tmp_path / f"t{suffix}"
        result = invoke("plot", src, "-o", out)
        assert result.exit_code == 0, result.output
        assert out.read_bytes().startswith(magic)
    first = (tmp_path / "t.png").read_bytes()
    invoke("plot", src, "-o", tmp_path / "t.png")
    assert (tmp_path / "t.png").read_bytes() == first  # same records, same picture


def test_bad_output_name_or_type_is_a_usage_error(tmp_path):
    src = write_jsonl(tmp_path / "r.jsonl", [rec(1, "2024-01-01", [cond("withdrawal", "RUS")])])
    result = invoke("plot", src, "-o", tmp_path / "t.gif")
    assert result.exit_code == 2 and "end it in .png, .svg or .pdf" in result.stderr
    result = invoke("plot", src, "-o", tmp_path / "t.png", "--type", "withdrawl")
    assert result.exit_code == 2 and "unknown condition type withdrawl" in result.stderr
    assert not (tmp_path / "t.png").exists()


def test_a_bad_record_line_is_named_and_the_rest_is_drawn(tmp_path):
    src = write_jsonl(tmp_path / "r.jsonl", [rec(1, "2024-01-01", [cond("withdrawal", "RUS")])])
    src.write_text(src.read_text() + "{oops\n")
    out = tmp_path / "t.svg"
    result = invoke("plot", src, "-o", out)
    assert result.exit_code == 1 and f"{src}:2" in result.stderr
    assert "RUS (1)" in svg_texts(out)


def test_records_from_standard_input_and_nothing_to_draw(tmp_path):
    out = tmp_path / "t.svg"
    data = json.dumps(rec(1, None, [cond("withdrawal", "RUS")])) + "\n"
    result = invoke("plot", "-", "-o", out, input=data)
    assert result.exit_code == 0 and "1 undated condition(s) left out" in result.stderr
    assert "no conditions to draw" in svg_texts(out)
    result = invoke("plot", "-", "-o", out, "--type", "ceasefire", input=data)  # filters count the undated too
    assert result.exit_code == 0 and "undated" not in result.stderr


def test_without_matplotlib_a_clear_message_and_exit_2(tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "r.jsonl", [rec(1, "2024-01-01", [cond("withdrawal", "RUS")])])
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib raises ImportError
    result = invoke("plot", src, "-o", tmp_path / "t.png")
    assert result.exit_code == 2
    assert "pip install 'peacecond[plot]'" in result.stderr
