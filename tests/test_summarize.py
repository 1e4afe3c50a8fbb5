"""peacecond summarize: the summary from any peacecond JSONL (filtered by jq, on stdin), and --json."""
import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

import peacecond.api
from peacecond.cli import main
from peacecond.writer import dumps


def cond(type_, stance, name, party, date):
    return {"type": type_, "stance": stance, "by": {"name": name, "party": party} if name else None,
            "on": None, "regions": [], "date": date, "cameo": None, "plover": None, "evidence": []}


def speaker(name, party, quotes, kind="person"):
    return {"name": name, "kind": kind, "role": None, "party": party, "quotes": quotes}


def quote(speaker, party):
    return {"text": "...", "kind": "direct", "start": 0, "end": 3, "speaker": speaker,
            "speaker_kind": "person" if speaker else None, "party": party}


# Records written by hand, to check the arithmetic of the tables on numbers we know.
HAND = [
    {"id": "h1", "source": {"path": "dump/h.jsonl", "line": 1, "id": None}, "title": "Moscow sets terms",
     "published": "2024-06-14", "relevant": True, "regions": [{"name": "Donetsk"}, {"name": "Luhansk"}],
     "speakers": [speaker("Vladimir Putin", "RUS", 2)],
     "quotes": [quote("Vladimir Putin", "RUS"), quote("Vladimir Putin", "RUS")],
     "conditions": [cond("withdrawal", "demand", "Vladimir Putin", "RUS", "2024-06-14"),
                    cond("nato_neutrality", "demand", "Vladimir Putin", "RUS", None)]},
    {"id": "h2", "source": {"path": "dump/h.jsonl", "line": 2, "id": None}, "title": "Kyiv says no",
     "published": "2024-06-15", "relevant": True, "regions": [{"name": "Donetsk"}],
     "speakers": [speaker("Vladimir Putin", "RUS", 1), speaker("Volodymyr Zelensky", "UKR", 1)],
     "quotes": [quote("Volodymyr Zelensky", "UKR"), quote("Vladimir Putin", "RUS"), quote(None, None)],
     "conditions": [cond("withdrawal", "reject", "Volodymyr Zelensky", "UKR", "2024-06-15"),
                    cond("withdrawal", "demand", "Volodymyr Zelensky", "UKR", "2024-06-15"),
                    cond("ceasefire", "offer", None, None, "2024-06-13")]},
]


def invoke(*args, input=None):
    return CliRunner().invoke(main, ["summarize", *args], input=input, catch_exceptions=False)


def write_jsonl(path, recs):
    path.write_text("".join(dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


def test_json_summary_counts_conditions_speakers_regions_and_timeline():
    result = invoke("--json", "-", input="".join(json.dumps(r) + "\n" for r in HAND))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # --json: data on stdout, nothing else
    (line,) = result.stdout.splitlines()  # one JSON object
    s = json.loads(line)
    # quotes and conditions summed, speakers (Putin, Zelensky) and regions distinct
    assert s["totals"] == {"articles": 2, "speakers": 2, "quotes": 5, "regions": 2, "conditions": 5, "failed": 0}
    held = {(c["type"], c["party"]): (c["demand"], c["reject"], c["offer"]) for c in s["conditions_by_holder"]}
    assert held == {("withdrawal", "RUS"): (1, 0, 0), ("withdrawal", "UKR"): (1, 1, 0),
                    ("nato_neutrality", "RUS"): (1, 0, 0), ("ceasefire", None): (0, 0, 1)}
    assert s["speakers"][0] == {"speaker": "Vladimir Putin", "party": "RUS", "quotes": 3, "articles": 2}
    assert s["speakers"][1] == {"speaker": "Volodymyr Zelensky", "party": "UKR", "quotes": 1, "articles": 1}
    assert s["regions"] == [{"region": "Donetsk", "articles": 2}, {"region": "Luhansk", "articles": 1}]
    dates = [e["date"] for e in s["timeline"]]
    # By statement date; a statement without a date falls back to its article's date.
    assert dates == ["2024-06-13", "2024-06-14", "2024-06-14", "2024-06-15", "2024-06-15"]
    assert [a["article"] for a in s["articles"]] == ["h.jsonl:1", "h.jsonl:2"]


def test_tables_on_the_terminal_show_the_same_numbers():
    result = invoke("-", input="".join(json.dumps(r) + "\n" for r in HAND))
    assert result.exit_code == 0
    err = result.stdout  # the summary is summarize's data
    assert "conditions by type and holder party" in err
    withdrawal = [ln.split()[1:] for ln in err.splitlines() if ln.strip().startswith("withdrawal")]
    assert withdrawal == [["UKR", "1", "1", "0"], ["RUS", "1", "0", "0"]]  # by, demands, rejections, offers
    assert [ln.split()[1:] for ln in err.splitlines() if ln.strip().startswith("ceasefire")][0] == \
        ["?", "0", "0", "1"]  # no holder
    (footer,) = [ln for ln in err.splitlines() if ln.strip().startswith("2 articles")]
    assert footer.split()[2:] == ["2", "5", "2", "5"]  # spk, quotes, regions, cond: as --json's totals
    assert "totals: quotes and conditions summed, speakers and regions distinct" in err
    assert "most quoted speakers" in err and "regions named" in err
    assert "conditions by statement date (by day)" in err


def jq_or_python(program, py, records_text):
    """Run a jq program when jq is installed, else its Python equivalent; both must agree when both run."""
    expected = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in py(
        [json.loads(ln) for ln in records_text.splitlines() if ln.strip()]))
    if shutil.which("jq"):
        out = subprocess.run(["jq", "-c", program], input=records_text, capture_output=True, text=True, check=True)
        assert [json.loads(x) for x in out.stdout.splitlines()] == [json.loads(x) for x in expected.splitlines()]
        return out.stdout
    return expected


def test_summarize_a_jq_filtered_subset_with_missing_keys(tmp_path, sample_records):
    recs = list(sample_records.values()) + HAND
    text = write_jsonl(tmp_path / "all.jsonl", recs).read_text(encoding="utf-8")
    program = "select(.published != null and .published >= \"2022\") | {source, title, published, regions}"
    filtered = jq_or_python(program, lambda rs: [{k: r[k] for k in ("source", "title", "published", "regions")}
                                                 for r in rs if r["published"] and r["published"] >= "2022"], text)
    kept = [r for r in recs if r["published"] and r["published"] >= "2022"]
    assert kept and len(kept) < len(recs)
    result = invoke("--json", input=filtered)
    assert result.exit_code == 0, result.stderr
    s = json.loads(result.stdout)
    assert s["totals"]["articles"] == len(kept)
    assert s["totals"]["quotes"] == 0 and s["conditions_by_holder"] == []  # those keys were filtered away
    assert {g["region"] for g in s["regions"]} == {g["name"] for r in kept for g in r["regions"]}
    assert [a["published"] for a in s["articles"]] == [r["published"] for r in kept]


def test_pretty_printed_and_slurped_jq_output_read_the_same(tmp_path):
    compact = "".join(json.dumps(r) + "\n" for r in HAND)
    pretty = "".join(json.dumps(r, indent=2) + "\n" for r in HAND)  # jq without -c
    slurped = json.dumps(HAND, indent=2)                            # jq -s
    outs = [invoke("--json", "-", input=text) for text in (compact, pretty, slurped)]
    assert all(o.exit_code == 0 for o in outs)
    assert outs[0].stdout == outs[1].stdout == outs[2].stdout


def test_bad_lines_are_named_and_the_rest_is_summarized(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(HAND[0]) + "\n{not json\n" + '"a string"\n' + json.dumps(HAND[1]) + "\n")
    result = invoke("--json", str(path))
    assert result.exit_code == 1
    assert f"{path}:2: malformed JSON" in result.stderr
    assert f"{path}:3: not a peacecond record" in result.stderr
    s = json.loads(result.stdout)
    assert s["totals"]["articles"] == 2 and s["totals"]["failed"] == 1  # one input, two bad lines


def test_missing_file_is_an_error_not_a_crash(tmp_path):
    result = invoke(str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1 and "nope.jsonl: cannot read" in result.stderr


def test_extract_prints_the_summary_summarize_prints(tmp_path, monkeypatch, extractor):
    monkeypatch.setattr(peacecond.api, "Extractor", lambda *a, **k: extractor)
    raw = Path(__file__).resolve().parent.parent / "data" / "raw"
    out = tmp_path / "a.jsonl"
    ran = CliRunner().invoke(main, ["extract", str(raw), "-o", str(out)], catch_exceptions=False)
    assert ran.exit_code == 0, ran.stderr
    summarized = invoke(str(out))
    assert summarized.exit_code == 0
    # extract's end-of-run summary is talk (stderr); summarize's is its data (stdout): the same text
    assert summarized.stdout.strip() and ran.stderr.startswith(summarized.stdout)
    assert ran.stderr[len(summarized.stdout):].startswith("wrote 3 record(s)")
    speakers = Counter()
    for line in out.read_text().splitlines():
        for sp in json.loads(line)["speakers"]:
            speakers[sp["name"]] += sp["quotes"]
    assert speakers
    top, n = speakers.most_common(1)[0]
    assert any(ln.split()[:len(top.split())] == top.split() and str(n) in ln.split()
                   for ln in summarized.stdout.splitlines())


def test_long_runs_show_first_and_last_articles_and_count_all(tmp_path):
    from peacecond.summary import TABLE_HEAD, TABLE_TAIL

    n = TABLE_HEAD + TABLE_TAIL + 7
    recs = []
    for i in range(n):
        rec = json.loads(json.dumps(HAND[i % 2]))
        rec["source"] = {"path": "dump/big.jsonl", "line": i + 1, "id": None}
        recs.append(rec)
    text = "".join(json.dumps(r) + "\n" for r in recs)
    shown = invoke("-", input=text).stdout
    assert f"7 more articles" in shown and f"{n} articles" in shown
    listed = [ln.split()[0] for ln in shown.splitlines() if ln.strip().startswith("big.jsonl:")]
    assert listed == [f"big.jsonl:{i}" for i in range(1, TABLE_HEAD + 1)] + \
        [f"big.jsonl:{i}" for i in range(n - TABLE_TAIL + 1, n + 1)]
    s = json.loads(invoke("--json", "-", input=text).stdout)  # --json still lists every article
    assert len(s["articles"]) == n and s["totals"]["quotes"] == sum(len(r["quotes"]) for r in recs)
    withdrawal = sorted(ln.split()[1:] for ln in shown.splitlines() if ln.strip().startswith("withdrawal"))
    half = (n + 1) // 2, n // 2  # HAND[0] records, HAND[1] records
    assert withdrawal == [["RUS", str(half[0]), "0", "0"], ["UKR", str(half[1]), str(half[1]), "0"]]


def speaker_rows(stdout):
    """(speaker, party, quotes, articles) rows of the "most quoted speakers" table summarize prints."""
    lines = stdout.split("most quoted speakers\n", 1)[1].splitlines()
    head = next(i for i, ln in enumerate(lines) if ln.split()[:1] == ["speaker"])
    rows = []
    for ln in lines[head + 2:]:  # after the header and its rule
        if not ln.strip():
            break
        *name, party, quotes, articles = ln.split()
        rows.append((" ".join(name), party, int(quotes), int(articles)))
    return rows


def test_speaker_table_counts_the_records_speakers_so_orgs_only_with_org_speakers(monkeypatch, extractor):
    """The records list people as speakers (organisations too only with --org-speakers); the table agrees."""
    from peacecond import Article

    text = ("The Kremlin said on Friday that talks were possible. \u201cWe are ready,\u201d Peskov said. "
            "\u201cThe door is open,\u201d Peskov added. Ukraine said it would not give up any land.")

    def record():
        (rec,) = list(extractor.records([Article(text=text, path="t.txt")]))
        return rec

    recs = {"people": record()}
    # What `extract --org-speakers` switches on, without loading the model a second time.
    monkeypatch.setattr(extractor.nlp.get_pipe("peacecond_quotes"), "org_speakers", True)
    recs["orgs"] = record()
    monkeypatch.undo()
    assert {sp["kind"] for sp in recs["people"]["speakers"]} == {"person"}
    assert "org" in {sp["kind"] for sp in recs["orgs"]["speakers"]}
    org_quoted = {q["speaker"] for q in recs["people"]["quotes"] if q["speaker_kind"] == "org"}
    assert org_quoted  # the default record attributes quotes to organisations, and does not list them
    for key, rec in recs.items():
        line = json.dumps(rec) + "\n"
        listed = {(sp["name"], sp["quotes"]) for sp in rec["speakers"]}
        s = json.loads(invoke("--json", "-", input=line).stdout)
        assert {(x["speaker"], x["quotes"]) for x in s["speakers"]} == listed
        rows = speaker_rows(invoke("-", input=line).stdout)
        assert {(name, n) for name, _, n, _ in rows} == listed
        assert any(name in org_quoted for name, *_ in rows) == (key == "orgs")


def test_a_speaker_quote_count_that_is_not_a_number_makes_a_bad_record():
    bad = json.loads(json.dumps(HAND[0]))
    bad["speakers"][0]["quotes"] = "two"
    result = invoke("--json", "-", input=json.dumps(bad) + "\n" + json.dumps(HAND[1]) + "\n")
    assert result.exit_code == 1 and "record 1 is not a peacecond record" in result.stderr
    s = json.loads(result.stdout)
    assert s["speakers"] == [{"speaker": "Vladimir Putin", "party": "RUS", "quotes": 1, "articles": 1},
                             {"speaker": "Volodymyr Zelensky", "party": "UKR", "quotes": 1, "articles": 1}]


def test_records_with_wrong_types_are_errors_naming_the_record(tmp_path):
    from click.testing import CliRunner

    from peacecond.cli import main

    f = tmp_path / "edited.jsonl"
    f.write_text('{"title": ["x"], "published": 5}\n{"title": "ok", "conditions": [{"type": 3}]}\n'
                 '{"title": "fine"}\n')
    res = CliRunner().invoke(main, ["summarize", str(f), "--json"])
    assert res.exit_code == 1
    errs = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errs) == 2 and "record 1 " in errs[0] and "record 2 " in errs[1] and "Traceback" not in res.stderr


def test_records_are_read_as_the_lines_come_not_after_the_whole_input():
    from peacecond.errors import InputError
    from peacecond.summary import iter_json_values

    read = []

    def lines():
        for i, rec in enumerate(HAND):
            read.append(i)
            yield json.dumps(rec) + "\n"

    values = iter_json_values(lines(), "dump.jsonl")
    assert next(values)["id"] == HAND[0]["id"] and read == [0]  # one line read for one record
    # pretty-printed values, a malformed one between them, one closed off column 0, one cut short
    pretty = json.dumps(HAND[0], indent=2).splitlines(keepends=True)
    text = (["\n", "{\n", '  "id": x\n', "}\n"] + [ln + ("\n" if not ln.endswith("\n") else "") for ln in pretty]
            + ['  {"id": "late"\n', "  }\n", '{"id": "cut",\n'])
    got = list(iter_json_values(iter(text), "pretty.json"))
    assert [(type(g).__name__, g.get("id") if isinstance(g, dict) else str(g)) for g in got] == [
        ("InputError", "pretty.json:2: malformed JSON (Expecting value)"),  # one error for the bad value
        ("dict", HAND[0]["id"]), ("dict", "late"),
        ("InputError", f"pretty.json:{5 + len(pretty) + 2}: malformed JSON (Expecting property name enclosed in "
                       "double quotes)")]
    assert all(isinstance(g, (dict, InputError)) for g in got)


def test_a_file_that_is_not_utf8_is_named_after_what_was_read(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes((json.dumps(HAND[0]) + "\n").encode() + '{"title": "Kiew, März"}\n'.encode("latin-1"))
    result = invoke("--json", str(path))
    assert result.exit_code == 1
    assert f"{path}: not UTF-8 text" in result.stderr
