"""extract --incremental: a manifest beside the output, a lock against overlap, crash-only writes.

Runs go through the real CLI in this process with the session's Extractor (building one per run
would load the model each time); the kill and the overlap use real subprocesses and real signals.
"""
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import peacecond.api
from peacecond.cli import EXIT_LOCKED, main
from peacecond.incremental import lock_path, manifest_path

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "a.txt": "Kremlin spokesman Dmitry Peskov said on Monday that Russia wants Ukraine to withdraw its troops "
             "from Donetsk and Luhansk before any talks.\n",
    "b.txt": "Ukrainian President Volodymyr Zelensky rejected the demand. \"We will not give up Kherson or "
             "Zaporizhzhia,\" he told reporters in Kyiv.\n",
    "c.txt": "Turkey offered to host a new round of negotiations in Istanbul, the foreign ministry in Ankara said.\n",
}


class Spy:
    """Stands in for Extractor(...): hands out the session's extractor and notes each article it is given."""

    def __init__(self, extractor):
        self.extractor, self.built, self.seen = extractor, 0, []

    def __call__(self, *args, **kwargs):
        self.built += 1
        spy = self

        class Wrapped:
            def records(self, items):
                def noted():
                    for item in items:
                        spy.seen.append(getattr(item, "path", None) or item.source)
                        yield item
                return spy.extractor.records(noted())
        return Wrapped()


def no_model(*args, **kwargs):
    raise AssertionError("the spaCy pipeline was loaded although nothing needed extracting")


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # A snapshot of the rules: the runs here must see one version of them from start to end.
    shutil.copytree(ROOT / "patterns", tmp_path / "rules")
    monkeypatch.setenv("PEACECOND_PATTERNS", str(tmp_path / "rules"))
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in ARTICLES.items():
        (raw / name).write_text(text, encoding="utf-8")
    return tmp_path


def run(monkeypatch, extractor_factory, *args):
    monkeypatch.setattr(peacecond.api, "Extractor", extractor_factory)
    return CliRunner().invoke(main, ["extract", "--incremental", *args], catch_exceptions=False)


def records(path="out/articles.jsonl"):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def paths(recs):
    return Counter(r["source"]["path"] for r in recs)


def test_second_run_processes_nothing_and_loads_no_model(work, monkeypatch, extractor):
    spy = Spy(extractor)
    first = run(monkeypatch, spy, "raw", "-o", "out/articles.jsonl")
    assert first.exit_code == 0, first.output
    assert sorted(spy.seen) == ["raw/a.txt", "raw/b.txt", "raw/c.txt"]
    assert paths(records()) == {"raw/a.txt": 1, "raw/b.txt": 1, "raw/c.txt": 1}
    manifest = json.loads(manifest_path("out/articles.jsonl").read_text())
    entry = manifest["inputs"][str(work / "raw" / "a.txt")]
    assert entry["path"] == "raw/a.txt" and entry["size"] == len(ARTICLES["a.txt"].encode()) and entry["records"] == 1
    assert entry["env"]["patterns"] == records()[0]["patterns"]
    before = Path("out/articles.jsonl").read_bytes()

    second = run(monkeypatch, no_model, "raw", "-o", "out/articles.jsonl")
    assert second.exit_code == 0, second.output
    assert "nothing new (3 input(s) unchanged)" in second.stderr
    assert Path("out/articles.jsonl").read_bytes() == before


def test_added_file_is_the_only_one_processed(work, monkeypatch, extractor):
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    before = Path("out/articles.jsonl").read_bytes()
    (work / "raw" / "d.txt").write_text("NATO Secretary General Mark Rutte said Russia must stop the war.\n")
    spy = Spy(extractor)
    result = run(monkeypatch, spy, "raw", "-o", "out/articles.jsonl")
    assert result.exit_code == 0, result.output
    assert spy.seen == ["raw/d.txt"]
    after = Path("out/articles.jsonl").read_bytes()
    assert after.startswith(before)  # appended: the earlier records keep their bytes and their place
    assert paths(records()) == {"raw/a.txt": 1, "raw/b.txt": 1, "raw/c.txt": 1, "raw/d.txt": 1}
    assert "1 input(s) extracted (1 new), 3 unchanged" in result.stderr


def test_modified_file_has_its_record_replaced(work, monkeypatch, extractor):
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    changed = "Russia rejected any ceasefire in Crimea, Foreign Minister Sergei Lavrov said in Moscow.\n"
    (work / "raw" / "b.txt").write_text(changed, encoding="utf-8")
    spy = Spy(extractor)
    result = run(monkeypatch, spy, "raw", "-o", "out/articles.jsonl")
    assert result.exit_code == 0, result.output
    assert spy.seen == ["raw/b.txt"]
    recs = records()
    assert paths(recs) == {"raw/a.txt": 1, "raw/b.txt": 1, "raw/c.txt": 1}
    (b,) = [r for r in recs if r["source"]["path"] == "raw/b.txt"]
    assert b["text"] == changed
    assert "Crimea" in {g["name"] for g in b["regions"]}
    assert "1 changed" in result.stderr and "1 replaced" in result.stderr


def test_same_size_edit_right_after_a_run_is_seen(work, monkeypatch, extractor):
    """Size and mtime stand for the hash only once a file is older than the clock's resolution."""
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    path = work / "raw" / "c.txt"
    stat = path.stat()
    path.write_text(ARTICLES["c.txt"].replace("Istanbul", "Budapest"), encoding="utf-8")  # same length
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the same mtime
    spy = Spy(extractor)
    assert run(monkeypatch, spy, "raw", "-o", "out/articles.jsonl").exit_code == 0
    assert spy.seen == ["raw/c.txt"]


def test_old_unchanged_inputs_are_not_read_again(work, monkeypatch, extractor):
    hour_ago = time.time_ns() - 3600 * 10**9
    for p in (work / "raw").iterdir():
        os.utime(p, ns=(hour_ago, hour_ago))
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    import peacecond.incremental as inc

    digest = inc.file_digest

    def only_the_output(path):
        assert "raw" not in Path(path).parts, f"{path} was read again"
        return digest(path)
    monkeypatch.setattr(inc, "file_digest", only_the_output)
    result = run(monkeypatch, no_model, "raw", "-o", "out/articles.jsonl")
    assert result.exit_code == 0, result.output
    assert "nothing new (3 input(s) unchanged)" in result.stderr


def test_force_reprocesses_everything_without_duplicates(work, monkeypatch, extractor):
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    before = Path("out/articles.jsonl").read_bytes()
    spy = Spy(extractor)
    result = run(monkeypatch, spy, "--force", "raw", "-o", "out/articles.jsonl")
    assert result.exit_code == 0, result.output
    assert sorted(spy.seen) == ["raw/a.txt", "raw/b.txt", "raw/c.txt"]
    assert Path("out/articles.jsonl").read_bytes() == before  # same input, same bytes


def test_changed_patterns_make_every_input_stale(work, monkeypatch, extractor):
    shutil.copytree(ROOT / "patterns", work / "pats")
    assert run(monkeypatch, Spy(extractor), "--patterns", "pats", "raw", "-o", "out/articles.jsonl").exit_code == 0
    assert run(monkeypatch, no_model, "--patterns", "pats", "raw", "-o", "out/articles.jsonl").exit_code == 0
    with open(work / "pats" / "gate_terms.txt", "a", encoding="utf-8") as fh:
        fh.write("armistice talks\n")  # a researcher's new rule
    spy = Spy(extractor)
    result = run(monkeypatch, spy, "--patterns", "pats", "raw", "-o", "out/articles.jsonl")
    assert result.exit_code == 0, result.output
    assert sorted(spy.seen) == ["raw/a.txt", "raw/b.txt", "raw/c.txt"]
    assert "patterns changed" in result.stderr and "3 environment" in result.stderr
    assert paths(records()) == {"raw/a.txt": 1, "raw/b.txt": 1, "raw/c.txt": 1}


def test_changed_record_option_makes_every_input_stale(work, monkeypatch, extractor):
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    assert run(monkeypatch, no_model, "raw", "-o", "out/articles.jsonl", "--batch-size", "3").exit_code == 0
    spy = Spy(extractor)
    result = run(monkeypatch, spy, "raw", "-o", "out/articles.jsonl", "--anchor-date", "2024-06-01")
    assert result.exit_code == 0, result.output
    assert sorted(spy.seen) == ["raw/a.txt", "raw/b.txt", "raw/c.txt"]
    assert "option anchor_date changed (None -> 2024-06-01)" in result.stderr


def test_kill_between_output_and_manifest_is_recovered(work, monkeypatch, extractor):
    """The state a kill leaves after the output is renamed and before the manifest is."""
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    old_manifest = manifest_path("out/articles.jsonl").read_bytes()
    (work / "raw" / "a.txt").write_text("Moscow demanded that Kyiv recognise Crimea as Russian.\n")
    (work / "raw" / "e.txt").write_text("The European Union said sanctions on Russia would stay.\n")
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    finished = sorted(Path("out/articles.jsonl").read_text().splitlines())
    manifest_path("out/articles.jsonl").write_bytes(old_manifest)  # the run "died" before this rename

    spy = Spy(extractor)
    result = run(monkeypatch, spy, "raw", "-o", "out/articles.jsonl")
    assert result.exit_code == 0, result.output
    assert sorted(spy.seen) == ["raw/a.txt", "raw/e.txt"]
    assert sorted(Path("out/articles.jsonl").read_text().splitlines()) == finished  # each record once
    assert run(monkeypatch, no_model, "raw", "-o", "out/articles.jsonl").exit_code == 0


def test_lost_output_is_rebuilt_not_trusted_to_the_manifest(work, monkeypatch, extractor):
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    lines = Path("out/articles.jsonl").read_text().splitlines()
    Path("out/articles.jsonl").write_text(lines[0] + "\n")  # someone cut the output down
    spy = Spy(extractor)
    result = run(monkeypatch, spy, "raw", "-o", "out/articles.jsonl")
    assert result.exit_code == 0, result.output
    assert sorted(spy.seen) == ["raw/b.txt", "raw/c.txt"]
    assert paths(records()) == {"raw/a.txt": 1, "raw/b.txt": 1, "raw/c.txt": 1}


def test_bad_input_is_reported_logged_and_not_retried_until_it_changes(work, monkeypatch, extractor):
    (work / "raw" / "bad.txt").write_bytes(b"\x00\x01binary")
    result = run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl", "--log-file", "out/run.log")
    assert result.exit_code == 1
    assert "raw/bad.txt: binary file" in result.stderr
    assert paths(records()) == {"raw/a.txt": 1, "raw/b.txt": 1, "raw/c.txt": 1}
    lines = [ln.split("\t") for ln in Path("out/run.log").read_text().splitlines()]
    assert all(len(parts) == 4 for parts in lines)
    assert ["ERROR", "raw/bad.txt"] in [parts[1:3] for parts in lines]
    assert ["INFO", "raw/a.txt", "extracted 1 record(s)"] in [parts[1:] for parts in lines]
    assert all(time.strptime(parts[0], "%Y-%m-%dT%H:%M:%S%z") for parts in lines)

    again = run(monkeypatch, no_model, "raw", "-o", "out/articles.jsonl")
    assert again.exit_code == 0
    assert "had errors when last extracted (raw/bad.txt)" in again.stderr
    (work / "raw" / "bad.txt").write_text("Kyiv said talks could resume in Geneva.\n")
    spy = Spy(extractor)
    assert run(monkeypatch, spy, "raw", "-o", "out/articles.jsonl").exit_code == 0
    assert spy.seen == ["raw/bad.txt"]


def test_incremental_refuses_pipes(work, monkeypatch):
    assert run(monkeypatch, no_model, "raw", "-o", "-").exit_code == 2
    result = run(monkeypatch, no_model, "-", "-o", "out/x.jsonl")
    assert result.exit_code == 2 and "standard input" in result.stderr


@pytest.mark.parametrize("incremental", [True, False])
def test_held_lock_exits_75_at_once(work, monkeypatch, incremental):
    Path("out").mkdir()
    fd = os.open(lock_path("out/articles.jsonl"), os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another open file: conflicts as another process would
    try:
        monkeypatch.setattr(peacecond.api, "Extractor", no_model)
        args = ["extract", *(["--incremental"] if incremental else []), "raw", "-o", "out/articles.jsonl"]
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.close(fd)
    assert result.exit_code == EXIT_LOCKED
    assert "another peacecond run" in result.stderr
    assert not Path("out/articles.jsonl").exists()


# --- real processes and signals --------------------------------------------------------------------------

def spawn(cwd, *args):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "peacecond", "extract", "--incremental", *args],
                            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for(condition, proc, timeout=60):
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, f"the run ended first: {proc.communicate()[1].decode()[-2000:]}"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def lock_is_held(output):
    path = lock_path(output)
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def many_articles(folder: Path, n: int, start: int = 0):
    towns = ["Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Crimea", "Kharkiv"]
    for i in range(start, start + n):
        (folder / f"n{i:04d}.txt").write_text(
            f"Report {i}: officials said troops must leave {towns[i % len(towns)]} before talks "
            f"can begin, and Kyiv said it would not accept that.\n", encoding="utf-8")


def test_sigkill_mid_run_then_next_run_completes_every_record_once(work, monkeypatch, extractor):
    assert run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl").exit_code == 0
    out = work / "out" / "articles.jsonl"
    before, manifest_before = out.read_bytes(), manifest_path(out).read_bytes()
    (work / "raw" / "c.txt").write_text("Changed: Kyiv demands security guarantees from NATO.\n")
    many_articles(work / "raw", 400)

    proc = spawn(work, "raw", "-o", "out/articles.jsonl")
    try:
        # Mid-run: the new output is being written (records flushed to the temporary file).
        wait_for(lambda: any(p.stat().st_size > 0 for p in out.parent.glob(".articles.jsonl.*.tmp")), proc)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == before and manifest_path(out).read_bytes() == manifest_before
    assert list(out.parent.glob(".articles.jsonl.*.tmp"))  # the dead run's leftovers

    result = run(monkeypatch, Spy(extractor), "raw", "-o", "out/articles.jsonl")  # the stale lock does not block
    assert result.exit_code == 0, result.output
    recs = records()
    expected = {f"raw/{p.name}" for p in (work / "raw").iterdir()}
    assert paths(recs) == {p: 1 for p in expected}
    assert len(recs) == 403
    (c,) = [r for r in recs if r["source"]["path"] == "raw/c.txt"]
    assert c["text"].startswith("Changed:")
    assert not list(out.parent.glob(".articles.jsonl.*.tmp"))
    assert run(monkeypatch, no_model, "raw", "-o", "out/articles.jsonl").exit_code == 0


def test_two_concurrent_runs_second_exits_75_and_first_completes(work, monkeypatch):
    # Enough work that the first run is still busy (seconds) when the second (well under one) gives up.
    many_articles(work / "raw", 300)
    first = spawn(work, "raw", "-o", "out/articles.jsonl")
    try:
        wait_for(lambda: lock_is_held("out/articles.jsonl"), first)
        second = spawn(work, "raw", "-o", "out/articles.jsonl")
        _, err = second.communicate(timeout=60)
        assert second.returncode == EXIT_LOCKED, err.decode()
        assert b"another peacecond run" in err
        assert first.poll() is None  # the second did not wait for the first
        _, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode == 0, err.decode()
    assert paths(records()) == {f"raw/{p.name}": 1 for p in (work / "raw").iterdir()}
    monkeypatch.setattr(peacecond.api, "Extractor", no_model)
    again = CliRunner().invoke(main, ["extract", "--incremental", "raw", "-o", "out/articles.jsonl"])
    assert again.exit_code == 0, again.output
