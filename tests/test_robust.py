"""Nothing a user feeds peacecond stops a run, stalls a cron job or harms a file (issue 15).

CLI behaviour through click's CliRunner with the session's Extractor; signals and kill -9 with real
processes. Point 9 (linear time) is tests/test_linear.py; the property-based tests are
tests/test_properties.py.
"""
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import peacecond.api
from peacecond import Article
from peacecond.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD = ("Kremlin spokesman Dmitry Peskov said on Monday that Russia wants Ukraine to withdraw its troops from "
        "Donetsk and Luhansk before any talks.")


@pytest.fixture
def cli(monkeypatch, extractor):
    """Run `peacecond ARGS` in this process with the session's Extractor (no model load per run)."""
    monkeypatch.setattr(peacecond.api, "Extractor", lambda *a, **k: extractor)

    def invoke(*args, input=None):
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return invoke


def records(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


# --- 1, 2: JSON no reader can take ---------------------------------------------------------------------

DEEP = "[" * 2000 + "]" * 2000


@pytest.mark.parametrize("name,content,where", [
    ("deep.json", DEEP, "deep.json:"),
    ("deep.jsonl", json.dumps({"text": GOOD}) + "\n" + DEEP + "\n", "deep.jsonl:2:"),
])
def test_json_nested_too_deeply_costs_that_input_only(tmp_path, cli, name, content, where):
    (tmp_path / name).write_text(content)
    (tmp_path / "good.txt").write_text(GOOD)
    res = cli("extract", str(tmp_path / name), str(tmp_path / "good.txt"), "-o", str(tmp_path / "out.jsonl"))
    assert res.exit_code == 1
    assert where in res.stderr and "nested too deeply" in res.stderr
    assert {Path(r["source"]["path"]).name for r in records(tmp_path / "out.jsonl")} >= {"good.txt"}


def test_json_nested_too_deeply_on_stdin_is_an_error_not_a_crash(tmp_path, cli):
    res = cli("extract", "-", "-o", str(tmp_path / "out.jsonl"), input=DEEP)
    assert res.exit_code == 1 and "<stdin>: malformed JSON (nested too deeply" in res.stderr


def test_summarize_takes_deep_json_and_huge_integers_as_errors_not_crashes(tmp_path, cli):
    (tmp_path / "deep.jsonl").write_text(DEEP + "\n" + json.dumps({"id": "a"}) + "\n")
    res = cli("summarize", str(tmp_path / "deep.jsonl"))
    assert res.exit_code == 1 and "deep.jsonl:1: malformed JSON (nested too deeply" in res.stderr
    (tmp_path / "big.jsonl").write_text('{"id": "a", "n": ' + "9" * 5000 + "}\n")
    assert cli("summarize", str(tmp_path / "big.jsonl")).exit_code == 0


def test_a_huge_integer_in_a_json_line_keeps_the_article(tmp_path, cli):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"text": GOOD}) + "\n"
                    + '{"text": "' + GOOD + '", "count": ' + "9" * 5000 + ', "id": ' + "1" * 4400 + "}\n")
    res = cli("extract", str(dump), "-o", str(tmp_path / "out.jsonl"))
    assert res.exit_code == 0, res.stderr
    recs = records(tmp_path / "out.jsonl")
    assert [r["source"]["line"] for r in recs] == [1, 2]
    assert recs[1]["source"]["id"] == "1" * 4400  # the digits, as the dump gives them


# --- 3, 12: folders that cannot be read, links that lead nowhere -----------------------------------

def _deny(monkeypatch, folder: Path):
    """This process runs as root in CI, which reads anything: a folder it may not enter is simulated where
    the operating system would refuse it (stat, scandir)."""
    real_stat, real_scandir = os.stat, os.scandir
    denied = str(folder)

    def refused(path):
        p = os.fspath(path)
        return p == denied or p.startswith(denied + os.sep)

    def stat_(path, *a, **k):
        if refused(path) and os.fspath(path) != denied:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *a, **k)

    def scandir(path="."):
        if refused(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "stat", stat_)
    monkeypatch.setattr(os, "scandir", scandir)


def test_an_input_under_a_folder_that_cannot_be_read_is_an_error_not_a_crash(tmp_path, cli, monkeypatch):
    (tmp_path / "ok.txt").write_text(GOOD)
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "a.txt").write_text(GOOD)
    out = tmp_path / "out.jsonl"
    _deny(monkeypatch, secret)
    res = cli("extract", str(secret / "a.txt"), str(tmp_path / "ok.txt"), "-o", str(out))
    assert res.exit_code == 1
    assert f"{secret / 'a.txt'}: cannot read (Permission denied)" in res.stderr
    assert [Path(r["source"]["path"]).name for r in records(out)] == ["ok.txt"]


def test_what_a_folder_holds_that_cannot_be_read_is_named_as_a_warning(tmp_path, cli, monkeypatch):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "hidden.txt").write_text(GOOD)
    (folder / "ok.txt").write_text(GOOD)
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    out = tmp_path / "out.jsonl"
    _deny(monkeypatch, folder / "sub")
    res = cli("extract", str(folder), "-o", str(out))
    assert res.exit_code == 0  # a stale link in a cron job's folder is no failure
    assert f"warning: {folder / 'sub'}: cannot read this folder (Permission denied)" in res.stderr
    assert f"warning: {folder / 'dangling.txt'}: symbolic link points to" in res.stderr
    assert f"warning: {folder / 'loop.txt'}: symbolic link loops" in res.stderr
    assert [Path(r["source"]["path"]).name for r in records(out)] == ["ok.txt"]
    quiet = cli("extract", str(folder), "-o", str(out), "-q")  # -q: nothing but errors
    assert quiet.exit_code == 0 and "warning" not in quiet.stderr


# --- 4: an article over the model's limit --------------------------------------------------------------

def test_an_article_over_the_models_limit_is_read_in_pieces_into_one_record(extractor, monkeypatch):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt")))
    monkeypatch.setattr(extractor.nlp, "max_length", len(text) // 3)  # as 1,000,000 is to a bigger article
    (rec,) = list(extractor.records([Article(text=text, path="long.txt")]))
    assert isinstance(rec, dict), rec
    assert any("over the model's limit" in w and "pieces" in w for w in rec["warnings"])
    assert rec["text"] == text and rec["quotes"] and rec["conditions"]
    for q in rec["quotes"]:  # offsets into the whole text, also past the first piece
        assert text[q["start"]:q["end"]] == q["text"]
    assert max(q["start"] for q in rec["quotes"]) > len(text) // 3 * 2


# --- failures inside one article -------------------------------------------------------------------------

def _break_on_boom(extractor, monkeypatch):
    """The extractor's preamble fails (a bug) on an article that says BOOM."""
    original = extractor.preamble

    def fragile(article):
        if "BOOM" in article.text:
            raise ValueError("no such thing")
        return original(article)

    monkeypatch.setattr(extractor, "preamble", fragile)


def test_an_error_before_the_model_costs_that_article_only(extractor, monkeypatch):
    _break_on_boom(extractor, monkeypatch)
    out = list(extractor.records([Article(text="BOOM " + GOOD, path="a.txt"), Article(text=GOOD, path="b.txt")]))
    assert "extraction failed (ValueError: no such thing)" in str(out[0]) and out[1]["source"]["path"] == "b.txt"


def test_an_article_whose_extraction_fails_is_in_the_manifest_as_failed(tmp_path, cli, monkeypatch, extractor):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("BOOM " + GOOD)
    (raw / "b.txt").write_text(GOOD)
    out = tmp_path / "out.jsonl"
    _break_on_boom(extractor, monkeypatch)
    res = cli("extract", "--incremental", str(raw), "-o", str(out))
    assert res.exit_code == 1 and "extraction failed" in res.stderr
    entries = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())["inputs"]
    failed = entries[str(raw / "a.txt")]
    assert failed["records"] == 0 and "extraction failed" in failed["errors"][0]
    again = cli("extract", "--incremental", str(raw), "-o", str(out))  # the cron job moves on, and says so
    assert again.exit_code == 0 and "had errors when last extracted" in again.stderr


# --- 7, 8: outputs that are not plain files --------------------------------------------------------------

def test_output_onto_a_device_writes_to_it_and_leaves_it_a_device(tmp_path, cli):
    dev = tmp_path / "null"
    os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the null device, made here
    (tmp_path / "a.txt").write_text(GOOD)
    res = cli("extract", str(tmp_path / "a.txt"), "-o", str(dev))
    assert res.exit_code == 0, res.stderr
    assert stat.S_ISCHR(os.stat(dev).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "null"]  # no lock, no temporary file


def test_an_output_that_cannot_be_written_is_exit_74_with_a_clear_error(tmp_path, cli, monkeypatch):
    full = tmp_path / "full"
    os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # the full device (every write: ENOSPC), made here
    (tmp_path / "a.txt").write_text(GOOD)
    res = cli("extract", str(tmp_path / "a.txt"), "-o", str(full))
    assert res.exit_code == 74, res.stderr
    assert f"error: cannot write {full} (No space left on device)" in res.stderr
    assert "Traceback" not in res.stderr and stat.S_ISCHR(os.stat(full).st_mode)
    # a plain file on a full disk: the previous output stays as it was
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    from peacecond import writer

    def no_space(record):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "dumps", no_space)
    res = cli("extract", str(tmp_path / "a.txt"), "-o", str(out))
    assert res.exit_code == 74 and f"{out} is left as it was" in res.stderr
    assert out.read_text() == "previous\n"


def test_output_onto_a_fifo_delivers_the_records_to_its_reader(tmp_path, cli):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(GOOD)
    got = []
    reader = threading.Thread(target=lambda: got.append(Path(fifo).read_text()), daemon=True)
    reader.start()
    res = cli("extract", str(tmp_path / "a.txt"), "-o", str(fifo))
    reader.join(30)
    assert res.exit_code == 0, res.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [json.loads(line)["source"]["path"] for line in got[0].splitlines()] == [str(tmp_path / "a.txt")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "pipe"]


def test_output_onto_a_symlink_writes_its_target(tmp_path, cli):
    (tmp_path / "a.txt").write_text(GOOD)
    target = tmp_path / "store" / "real.jsonl"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    os.symlink(target, link)
    res = cli("extract", str(tmp_path / "a.txt"), "-o", str(link))
    assert res.exit_code == 0, res.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert [r["source"]["path"] for r in records(target)] == [str(tmp_path / "a.txt")]


@pytest.mark.parametrize("suffix", [".lock", ".manifest.json"])
def test_an_output_named_as_a_lock_or_manifest_is_refused(tmp_path, cli, suffix):
    (tmp_path / "a.txt").write_text(GOOD)
    own = tmp_path / f"out.jsonl{suffix}"
    own.write_text("1234\n")
    res = cli("extract", str(tmp_path / "a.txt"), "-o", str(own))
    assert res.exit_code == 2 and "give -o another name" in res.stderr
    assert own.read_text() == "1234\n"


# --- 10, 11: signals and dead parents --------------------------------------------------------------------

def _dump(path: Path, n: int) -> Path:
    with open(path, "w") as fh:
        for i in range(n):
            fh.write(json.dumps({"text": f"Report {i}: " + GOOD}) + "\n")
    return path


def _children(pid: int) -> set[int]:
    try:
        return {int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] not in "ZX"
    except OSError:
        return False


def _wait(condition, timeout=90.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_PDEATHSIG are Linux's")
def test_workers_die_with_their_parent_after_kill_9(tmp_path):
    dump = _dump(tmp_path / "in.jsonl", 3000)
    proc = subprocess.Popen([sys.executable, "-m", "peacecond", "extract", str(dump), "-j", "2", "--all", "-q",
                             "-o", str(tmp_path / "out.jsonl")], stderr=subprocess.PIPE)
    try:
        _wait(lambda: len(_children(proc.pid)) >= 2 or proc.poll() is not None)
        workers = _children(proc.pid)
        assert len(workers) >= 2, proc.communicate()[1].decode()[-2000:]
        proc.kill()
        proc.wait()
        _wait(lambda: not any(_alive(w) for w in workers), timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_sigterm_exits_143_leaves_nothing_half_written_and_the_next_run_cleans_up(tmp_path):
    dump = _dump(tmp_path / "in.jsonl", 3000)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    stale = tmp_path / ".out.jsonl.dead1234.tmp"  # what a kill -9 of an earlier run left
    stale.write_text("half")
    proc = subprocess.Popen([sys.executable, "-m", "peacecond", "extract", str(dump), "--all", "-o", str(out)],
                            stderr=subprocess.PIPE)
    _wait(lambda: not stale.exists() or proc.poll() is not None)  # the lock holder removed it
    assert not stale.exists()
    _wait(lambda: any(p.stat().st_size > 0 for p in tmp_path.glob(".out.jsonl.*.tmp")) or proc.poll() is not None)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err.decode()[-2000:]
    assert "terminated" in err.decode()
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl", "out.jsonl.lock"]


# --- 13: a dump's date fields ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,published,warned", [
    ("03/11/2024", None, "ambiguous"),
    ("2024-13-45", None, "no calendar date"),
    ("not a date at all", None, "not a date"),
    ("25/11/2024", "2024-11-25", None),  # a day over 12 says which is which, as in the text's date lines
    ("11/25/2024", "2024-11-25", None),
    ("03.11.2024", "2024-11-03", None),  # dots: day.month.year, as patterns/published.jsonl reads them
])
def test_dump_dates_are_not_guessed_and_what_is_left_out_is_said(tmp_path, cli, raw, published, warned):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"text": GOOD, "date": raw}) + "\n")
    res = cli("extract", str(dump), "-o", str(tmp_path / "out.jsonl"))
    assert res.exit_code == 0
    (rec,) = records(tmp_path / "out.jsonl")
    assert rec["published"] == published
    if warned:
        assert f"warning: {dump}:1: date field {raw!r}" in res.stderr and warned in res.stderr
        assert any(raw in w and warned in w for w in rec["warnings"])
    else:
        assert "warning" not in res.stderr and not any("date field" in w for w in rec["warnings"])


# --- 14: one file, one id ------------------------------------------------------------------------------------

def test_the_id_does_not_depend_on_how_the_path_is_spelled(tmp_path, cli, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD)
    os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")
    monkeypatch.chdir(tmp_path)
    ids = set()
    for spelling in ["a.txt", "./a.txt", str(tmp_path / "a.txt"), "link.txt"]:
        assert cli("extract", spelling, "-o", "out.jsonl").exit_code == 0
        (rec,) = records("out.jsonl")
        ids.add(rec["id"])
        assert rec["source"]["path"] == spelling  # the path as given stays in the record
    assert len(ids) == 1
    (tmp_path / "b.txt").write_text(GOOD)
    assert cli("extract", "b.txt", "-o", "out.jsonl").exit_code == 0
    assert records("out.jsonl")[0]["id"] not in ids  # another file with the same text is another article


def test_the_id_is_fixed_where_the_file_is_read_not_where_it_is_extracted(tmp_path, monkeypatch):
    # A Dask worker builds the record in its own working folder: the id must not depend on that folder.
    from peacecond.reader import read_inputs
    from peacecond.record import record_id

    (tmp_path / "a.txt").write_text(GOOD)
    monkeypatch.chdir(tmp_path)
    (article,) = read_inputs(["a.txt"])
    here = record_id(article)
    elsewhere = tmp_path / "worker"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert record_id(article) == here
    assert article.resolved == str(tmp_path / "a.txt")


def test_stale_temporaries_are_only_this_outputs_own(tmp_path):
    from peacecond.incremental import remove_stale_temporaries

    # another output's live temporary ("news.jsonl" beside "news"), and a name with glob characters
    other = tmp_path / ".news.jsonl.abcd1234.tmp"
    mine = tmp_path / ".news.k9x_2qz0.tmp"
    odd = tmp_path / ".out[1].jsonl.zz11yy22.tmp"
    kept = tmp_path / ".news.notmkstemp-shaped.tmp"
    for p in (other, mine, odd, kept):
        p.write_text("x")
    assert remove_stale_temporaries(tmp_path / "news") == 1
    assert not mine.exists() and other.exists() and kept.exists()
    assert remove_stale_temporaries(tmp_path / "out[1].jsonl") == 1
    assert not odd.exists() and other.exists()
