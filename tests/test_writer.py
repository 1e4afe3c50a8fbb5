"""The atomic writer: whole files or none, with the permissions a user expects."""
import os
import stat

import pytest

from peacecond.writer import jsonl_writer


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_new_output_gets_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "out" / "a.jsonl"
        with jsonl_writer(out) as write:
            write({"a": 1})
    finally:
        os.umask(old)
    assert out.read_text() == '{"a":1}\n'
    assert mode(out) == 0o644  # not the 0600 of a temporary file


def test_existing_output_keeps_its_permissions_and_failure_keeps_its_content(tmp_path):
    out = tmp_path / "a.jsonl"
    out.write_text("old\n")
    out.chmod(0o640)
    with jsonl_writer(out) as write:
        write({"b": 2})
    assert mode(out) == 0o640 and out.read_text() == '{"b":2}\n'
    with pytest.raises(RuntimeError):
        with jsonl_writer(out) as write:
            write({"c": 3})
            raise RuntimeError("interrupted")
    assert out.read_text() == '{"b":2}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["a.jsonl"]


def test_ctrl_c_exits_130_and_leaves_the_previous_output(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import peacecond.api
    from peacecond.cli import main

    out = tmp_path / "a.jsonl"
    out.write_text("previous\n")
    src = tmp_path / "in.txt"
    src.write_text("Putin said the talks were over.\n")

    def interrupted(self, items):
        raise KeyboardInterrupt
        yield  # pragma: no cover

    monkeypatch.setattr(peacecond.api.Extractor, "records", interrupted)
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(out)])
    assert res.exit_code == 130
    assert "interrupted" in res.stderr
    assert out.read_text() == "previous\n"


def test_a_component_failing_on_one_article_costs_only_that_article(extractor, monkeypatch, tmp_path):
    from peacecond import read_inputs
    from peacecond.errors import InputError
    from peacecond.quotes.reading import Reading

    original = Reading._speakers  # a stage of the quotes component

    def fragile(self, quotes, people):
        if any("BOOM" in q["text"] for q in quotes):
            raise RuntimeError("a rule tripped")
        return original(self, quotes, people)

    monkeypatch.setattr(Reading, "_speakers", fragile)
    (tmp_path / "a.txt").write_text("Putin said the BOOM talks with Ukraine were over.\n")
    (tmp_path / "b.txt").write_text("Zelensky said Ukraine will never cede Crimea to Russia.\n")
    got = list(extractor.records(read_inputs([str(tmp_path)])))
    assert isinstance(got[0], InputError) and "a.txt" in str(got[0]) and "a rule tripped" in str(got[0])
    assert isinstance(got[1], dict) and got[1]["source"]["path"].endswith("b.txt")
    assert got[1]["speakers"][0]["name"] == "Volodymyr Zelensky"
