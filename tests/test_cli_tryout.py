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
