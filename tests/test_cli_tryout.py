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
