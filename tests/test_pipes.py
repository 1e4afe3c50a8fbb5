"""The README's "Cron and pipes" examples, run: the crontab line, jq pipelines, stdin dumps, and the
shape pandas (read_json lines=True) and DuckDB (read_json_auto) need. pandas and DuckDB are not
dependencies: their snippets are checked against the records and the schema they rely on."""
import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import peacecond.api
from peacecond.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "src" / "peacecond" / "record.schema.json").read_text(encoding="utf-8"))


def section_blocks():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Cron and pipes")
    end = text.find("\n## ", start + 1)
    body = text[start:end if end > 0 else None]
    return re.findall(r"```(\w+)\n(.*?)```", body, re.S)


def lines(lang):
    return [ln for kind, block in section_blocks() if kind == lang for ln in block.splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def block(lang):
    (code,) = [b for kind, b in section_blocks() if kind == lang]
    return code


@pytest.fixture
def project(tmp_path, monkeypatch, extractor):
    """A working directory like the project's, with the session's Extractor behind the CLI."""
    shutil.copytree(ROOT / "data" / "raw", tmp_path / "data" / "raw")
    shutil.copytree(ROOT / "patterns", tmp_path / "rules")  # one version of the rules for the whole test
    monkeypatch.setenv("PEACECOND_PATTERNS", str(tmp_path / "rules"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(peacecond.api, "Extractor", lambda *a, **k: extractor)
    return tmp_path


def cli(argv, input=None):
    assert Path(argv[0]).name == "peacecond", argv
    return CliRunner().invoke(main, argv[1:], input=input, catch_exceptions=False)


def jq(program, data, python_equivalent):
    """jq when installed (and then it must agree with the Python equivalent), else the equivalent."""
    rows = [json.loads(ln) for ln in data.splitlines() if ln.strip()]
    expected = [x for x in python_equivalent(rows)]
    if shutil.which("jq"):
        out = subprocess.run(["jq", "-c", program], input=data, capture_output=True, text=True, check=True).stdout
        assert [json.loads(x) for x in out.splitlines()] == expected
        return out
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in expected)


CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\d+(-\d+)?))*$")


def test_crontab_line_runs_incrementally(project, monkeypatch):
    (line,) = lines("crontab")
    fields = line.split(None, 5)
    assert all(CRON_FIELD.match(f) for f in fields[:5]), fields[:5]
    cd, command = [part.strip() for part in fields[5].split("&&")]
    assert cd.startswith("cd ")
    argv = shlex.split(command)
    assert argv[1:3] == ["extract", "--incremental"]
    first = cli(argv)
    assert first.exit_code == 0, first.output
    out = Path(argv[argv.index("-o") + 1])
    log = Path(argv[argv.index("--log-file") + 1])
    assert len(out.read_text().splitlines()) == 3
    assert first.stderr == ""  # -q: cron mails nothing when all is well
    entries = [ln.split("\t") for ln in log.read_text().splitlines()]
    assert {e[2] for e in entries if e[3] == "extracted 1 record(s)"} == {
        f"data/raw/{p.name}" for p in (project / "data" / "raw").iterdir()}

    def no_model(*a, **k):
        raise AssertionError("model loaded for nothing")
    monkeypatch.setattr(peacecond.api, "Extractor", no_model)
    again = cli(argv)  # the next hour: nothing new
    assert again.exit_code == 0
    assert "nothing new (3 input(s) unchanged)" in log.read_text().splitlines()[-1]


def pipeline(line):
    return [shlex.split(stage) for stage in line.split(" | ")]


def test_jq_pipelines(project):
    sh = lines("sh")
    (to_jq,) = [ln for ln in sh if ln.startswith("peacecond extract -o - data/raw | jq -c '{")]
    extract, (prog_jq, flag, program) = pipeline(to_jq)
    assert (prog_jq, flag) == ("jq", "-c")
    ran = cli(extract)
    assert ran.exit_code == 0
    records = [json.loads(x) for x in ran.stdout.splitlines()]
    assert len(records) == 3 and ran.stdout.endswith("\n")  # data only on stdout
    assert "3 articles" in ran.stderr  # the summary went to stderr
    assert program == "{file: .source.path, published, regions: [.regions[].name]}"
    got = jq(program, ran.stdout, lambda rs: [{"file": r["source"]["path"], "published": r["published"],
                                               "regions": [g["name"] for g in r["regions"]]} for r in rs])
    assert [json.loads(x)["file"] for x in got.splitlines()] == [r["source"]["path"] for r in records]

    (to_summary,) = [ln for ln in sh if ln.endswith("| peacecond summarize")]
    extract, (_, flag, program), summarize = pipeline(to_summary)
    assert program == "select(.published != null)"
    stdout = cli(extract).stdout
    filtered = jq(program, stdout, lambda rs: [r for r in rs if r["published"] is not None])
    done = cli(summarize, input=filtered)
    assert done.exit_code == 0, done.stderr
    dated = [r for r in records if r["published"] is not None]
    assert 0 < len(dated) < 3
    assert f"{len(dated)} articles" in done.stdout

    (to_json,) = [ln for ln in sh if ln.startswith("peacecond summarize --json")]
    summarize, (_, program) = pipeline(to_json)
    Path("data/out").mkdir(parents=True)
    Path("data/out/articles.jsonl").write_text(stdout)
    s = cli(summarize)
    assert s.exit_code == 0
    top = json.loads(s.stdout)["speakers"][:3]
    assert program == ".speakers[:3]" and all({"speaker", "party", "quotes", "articles"} == set(x) for x in top)


def test_cat_dump_through_stdin(project):
    (line,) = [ln for ln in lines("sh") if ln.startswith("cat dump.jsonl |")]
    cat, extract = pipeline(line)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((project / "data" / "raw").iterdir())}
    dump = "".join(json.dumps({"id": name, "text": text}) + "\n" for name, text in texts.items())
    Path(cat[1]).write_text(dump, encoding="utf-8")
    ran = cli(extract, input=Path(cat[1]).read_bytes())
    assert ran.exit_code == 0, ran.stderr
    recs = [json.loads(x) for x in ran.stdout.splitlines()]
    assert [(r["source"]["path"], r["source"]["line"], r["source"]["id"]) for r in recs] == [
        ("<stdin>", n, name) for n, name in enumerate(texts, 1)]
    assert [r["text"] for r in recs] == list(texts.values())


def json_type(value):
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number",
            type(None): "null"}[type(value)]


def test_output_has_the_shape_pandas_and_duckdb_read(project):
    ran = cli(["peacecond", "extract", "data/raw", "-o", "data/out/articles.jsonl"])
    assert ran.exit_code == 0
    raw = Path("data/out/articles.jsonl").read_text(encoding="utf-8")
    assert raw.endswith("\n") and "\n\n" not in raw
    recs = [json.loads(x) for x in raw.splitlines()]
    assert all(isinstance(r, dict) for r in recs)  # one object a line: read_json(lines=True)
    # read_json_auto infers one column type per key: the same keys, in the same order, one type (or null).
    assert len({tuple(r) for r in recs}) == 1
    for key in recs[0]:
        types = {json_type(r[key]) for r in recs} - {"null"}
        assert len(types) <= 1, (key, types)

    # What the README's pandas and SQL snippets name exists in every record, as the schema says.
    py = block("python")
    compile(py, "README.md", "exec")
    assert 'read_json("data/out/articles.jsonl", lines=True' in py
    (record_path,) = re.findall(r'record_path="(\w+)"', py)
    meta = re.findall(r'"(\w+)"', re.search(r"meta=\[(.*?)\]", py).group(1))
    group = re.findall(r'"([\w.]+)"', re.search(r"groupby\(\[(.*?)\]", py).group(1))
    sql = block("sql")
    assert "read_json_auto('data/out/articles.jsonl')" in sql and f"unnest({record_path})" in sql
    fields = re.findall(r"\bc\.([\w.]+)", sql)
    assert all(isinstance(r[record_path], list) for r in recs)
    assert all(k in r for r in recs for k in meta)
    item = SCHEMA["properties"][record_path]["items"]
    for name in group + fields:
        head, _, sub = name.partition(".")
        assert head in item["required"], name
        if sub:
            by = item["properties"][head]
            options = by.get("anyOf") or by.get("oneOf") or [by]
            assert any(sub in (o.get("properties") or {}) for o in options), name
    for r in recs:  # nested objects too: every condition has the keys the SQL reads
        for c in r[record_path]:
            assert set(item["required"]) <= set(c)
