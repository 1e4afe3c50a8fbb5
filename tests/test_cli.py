"""The `peacecond` command: exit statuses, stdout holds data only, atomic output, bad inputs, options."""
import gzip
import json
import os
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import RAW, ROOT
from peacecond import __version__
from peacecond.cli import main

ESC = "\x1b"
GOOD = ("Putin Demands Ukraine Abandon Four Regions\n\nRussian President Vladimir Putin said Ukraine must "
        "withdraw from Kherson and Zaporizhzhia before talks, the Kremlin said on Friday in Moscow.\n")


def run(*args, env=None, input=None):
    env = {"PEACECOND_MODEL": None, "PEACECOND_PATTERNS": None, "NO_COLOR": None, "FORCE_COLOR": None,
           "COLUMNS": None, **(env or {})}
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


def json_lines(out: str) -> list[dict]:
    """Every stdout line must be one JSON object; nothing else may be there."""
    assert out.endswith("\n")
    recs = []
    for line in out.splitlines():
        assert ESC not in line
        rec = json.loads(line)
        assert isinstance(rec, dict)
        recs.append(rec)
    return recs


@pytest.fixture(scope="module")
def schema():
    return json.loads(run("schema").stdout)


def test_extract_sample_to_a_file_with_a_summary_on_stderr(tmp_path, schema):
    out = tmp_path / "out" / "articles.jsonl"
    result = run("extract", str(RAW), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    recs = json_lines(out.read_text(encoding="utf-8"))
    assert [os.path.basename(r["source"]["path"]) for r in recs] == sorted(p.name for p in RAW.iterdir())
    for rec in recs:
        jsonschema.validate(rec, schema)
    err = result.stderr
    assert ESC not in err
    assert "3 articles" in err and f"wrote 3 record(s) to {out}" in err
    # Readable at 80 columns off a terminal: no line wider, a region count rather than a list.
    assert all(len(line) <= 80 for line in err.splitlines() if not line.startswith("wrote "))
    row = next(line for line in err.splitlines() if line.strip().startswith("bloomberg"))
    assert row.split()[-2] == str(len(recs[0]["regions"])) == "5"


def test_stdout_holds_only_json_lines(schema):
    result = run("extract", str(RAW), "-o", "-")
    assert result.exit_code == 0
    recs = json_lines(result.stdout)
    assert len(recs) == 3
    for rec in recs:
        jsonschema.validate(rec, schema)
    assert "3 articles" in result.stderr and "{" not in result.stderr


def test_stdin_in_and_stdout_out_plain_text():
    result = run("extract", "-", "-o", "-", "-q", input=GOOD)
    assert result.exit_code == 0 and result.stderr == ""
    (rec,) = json_lines(result.stdout)
    assert rec["source"]["path"] == "<stdin>" and rec["text"] == GOOD
    assert rec["title"] == "Putin Demands Ukraine Abandon Four Regions"
    assert [r["name"] for r in rec["regions"]] == ["Kherson", "Zaporizhzhia"]


def test_stdin_jsonl_with_a_bad_line():
    data = (json.dumps({"id": "a1", "text": GOOD, "published": "2024-06-14"}) + "\n{oops\n"
            + json.dumps({"id": "a3", "content": "Talks were held in Kyiv on Thursday about Crimea."}) + "\n")
    result = run("extract", "-", "-o", "-", input=data)
    assert result.exit_code == 1
    recs = json_lines(result.stdout)
    assert [(r["source"]["id"], r["source"]["line"], r["published"]) for r in recs] == [
        ("a1", 1, "2024-06-14"), ("a3", 3, None)]
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith("error: <stdin>:2: malformed JSON line")


def test_every_format_folder_and_glob_through_the_cli(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    (d / "sub" / "b.html").write_text(f"<html><head><title>Page</title><script>x='Crimea'</script></head><body>"
                                      f"<p>{GOOD}</p></body></html>", encoding="utf-8")
    (d / "sub" / "c.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": GOOD}) + "\n").encode()))
    (d / "sub" / "d.json").write_text(json.dumps([{"body": GOOD}, {"text": GOOD}]), encoding="utf-8")
    (tmp_path / "e.txt").write_text(GOOD, encoding="utf-8")
    result = run("extract", str(d), str(tmp_path / "e*.txt"), "-o", "-", "-q")
    assert result.exit_code == 0, result.stderr
    recs = json_lines(result.stdout)
    assert [(os.path.relpath(r["source"]["path"], tmp_path), r["source"]["line"]) for r in recs] == [
        ("in/a.txt", None), ("in/sub/b.html", None), ("in/sub/c.jsonl.gz", 1), ("in/sub/d.json", 1),
        ("in/sub/d.json", 2), ("e.txt", None)]
    assert all([r["name"] for r in rec["regions"]] == ["Kherson", "Zaporizhzhia"] for rec in recs)


def test_a_run_where_every_input_fails_keeps_the_last_output(tmp_path):
    out = tmp_path / "out.jsonl"
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert run("extract", str(good), "-o", str(out), "-q").exit_code == 0
    before = out.read_bytes()
    assert len(json_lines(before.decode())) == 1
    result = run("extract", str(tmp_path / "typo"), "-o", str(out))
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'typo'}: no such file or directory" in result.stderr
    assert f"error: no record made: {out} is left as it was" in result.stderr
    assert out.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # With no output yet, the run still leaves an (empty) output: a cron job finds the file it expects.
    fresh = tmp_path / "fresh.jsonl"
    assert run("extract", str(tmp_path / "typo"), "-o", str(fresh), "-q").exit_code == 1
    assert fresh.read_bytes() == b""


def test_bad_inputs_one_line_each_others_written_exit_1(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b_latin1.txt").write_bytes("Le Pr\u00e9sident a parl\u00e9.".encode("latin-1"))
    (d / "c_binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    (d / "d_empty.txt").write_text("\n \n", encoding="utf-8")
    (d / "e_dump.jsonl").write_text(json.dumps({"text": GOOD}) + "\n{bad json\n" + json.dumps({"text": ""})
                                    + "\n", encoding="utf-8")
    (d / "f_good.txt").write_text(GOOD.replace("Kherson", "Odessa"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(d), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert sorted(errors) == sorted([
        f"error: {d / 'b_latin1.txt'}:1: not UTF-8 text (column 6); re-encode it as UTF-8",
        f"error: {d / 'c_binary.txt'}: binary file (holds NUL bytes); expected text, HTML or JSON",
        f"error: {d / 'd_empty.txt'}: empty article (no text)",
        f"error: {d / 'e_dump.jsonl'}:2: malformed JSON line (Expecting property name enclosed in double quotes "
        f"at column 2)",
        f"error: {d / 'e_dump.jsonl'}:3: empty article (no text)",
        f"error: {tmp_path / 'missing.txt'}: no such file or directory",
    ])
    recs = json_lines(out.read_text(encoding="utf-8"))
    assert [(os.path.basename(r["source"]["path"]), r["source"]["line"]) for r in recs] == [
        ("a_good.txt", None), ("e_dump.jsonl", 1), ("f_good.txt", None)]
    assert "5 input(s) failed" in result.stderr  # e_dump.jsonl, with two bad lines, is one input


def test_quiet_prints_nothing_but_errors(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    result = run("extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "-q")
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'b.txt'}: empty article (no text)\n"


def test_no_color_even_when_colour_is_forced(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("", encoding="utf-8")
    args = ("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"))
    coloured = run(*args, env={"FORCE_COLOR": "1"})  # as on a terminal
    assert ESC in coloured.stderr  # so the checks below can fail
    for result in (run(*args, "--no-color", env={"FORCE_COLOR": "1"}),
                   run(*args, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})):
        assert result.exit_code == 1
        assert ESC not in result.stderr  # no colour, no style, no spinner
        assert "empty article" in result.stderr and "2 articles" not in result.stderr and "1 articles" in result.stderr


def test_deterministic_output(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run("extract", str(RAW), "-o", str(a), "-q").exit_code == 0
    assert run("extract", str(RAW), "-o", str(b), "-q").exit_code == 0
    assert a.read_bytes() == b.read_bytes() and a.stat().st_size > 1000


def test_interrupted_run_leaves_the_previous_output_and_no_temp_files(tmp_path, monkeypatch):
    from peacecond import api

    out = tmp_path / "articles.jsonl"
    out.write_text('{"previous": true}\n', encoding="utf-8")
    real = api.build_record
    calls = []

    def build_then_interrupt(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C, or a crash, in the middle of the run
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "build_record", build_then_interrupt)
    result = CliRunner().invoke(main, ["extract", str(RAW), "-o", str(out), "-q"])
    assert result.exit_code != 0 and len(calls) == 2
    assert out.read_text(encoding="utf-8") == '{"previous": true}\n'
    # No temporary file left (the output's lock file, if any, is not data).
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["articles.jsonl"]


def test_default_input_is_data_raw(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "o.jsonl"
    result = run("extract", "-o", str(out), "-q")
    assert result.exit_code == 0
    assert len(json_lines(out.read_text(encoding="utf-8"))) == len(list(RAW.iterdir()))


def test_no_input_and_no_data_raw_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("extract", "-o", "-")
    assert result.exit_code == 2 and "data/raw/ does not exist" in result.stderr and result.stdout == ""


def test_missing_model_exit_2_one_line(tmp_path):
    out = tmp_path / "o.jsonl"
    for result in (run("extract", str(RAW), "-o", str(out), "--model", "en_no_such_model"),
                   run("extract", str(RAW), "-o", str(out), env={"PEACECOND_MODEL": "en_no_such_model"})):
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert "'en_no_such_model' is not installed" in lines[0]
        assert "spacy download en_no_such_model" in lines[0] and "pip install" not in lines[0]
        assert result.stdout == "" and not out.exists()


def test_model_env_var_selects_the_pipeline(tmp_path):
    from peacecond.pipeline import DEFAULT_MODEL

    result = run("extract", str(RAW / "summit-2025-07.txt"), "-o", "-", "-q", env={"PEACECOND_MODEL": DEFAULT_MODEL})
    assert result.exit_code == 0
    (rec,) = json_lines(result.stdout)
    assert rec["model"].startswith("en_core_web_sm")


def test_bad_option_is_exit_2():
    assert run("extract", "--batch-size", "0").exit_code == 2
    assert run("extract", "--anchor-date", "yesterday").exit_code == 2
    assert run("extract", "--no-such-option").exit_code == 2


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"peacecond, version {__version__}\n"


def test_python_dash_m_version():
    proc = subprocess.run([sys.executable, "-m", "peacecond", "--version"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0 and proc.stdout == f"peacecond, version {__version__}\n"


def test_schema_command_prints_the_json_schema():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"] == {"const": "1.3"}
    assert {"regions", "actors", "quotes", "conditions", "dates", "warnings"} <= set(schema["required"])


def test_unwritable_output_fails_before_the_model_loads(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    afile = tmp_path / "afile"
    afile.write_text("x")
    for bad, says in ((folder, "is a folder"), (afile / "out.jsonl", "is a file, not a folder")):
        result = run("extract", str(RAW), "-o", str(bad), "--model", "en_no_such_model")
        # exit 2 about the output, not about the (also missing) model: the output is checked first
        assert result.exit_code == 2, result.stderr
        assert says in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in folder.iterdir()] == []


def test_a_pipeline_without_parser_or_ner_is_a_setup_error(tmp_path):
    import spacy

    blank = tmp_path / "blank_en"
    spacy.blank("en").to_disk(blank)
    result = run("extract", str(RAW), "-o", str(tmp_path / "o.jsonl"), "--model", str(blank))
    assert result.exit_code == 2
    assert "lacks a 'parser' or an 'ner' component" in result.stderr
