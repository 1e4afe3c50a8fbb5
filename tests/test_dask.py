"""peacecond.dask and `extract --dask`: a Dask cluster gives the records, errors and bytes of a local run.

One LocalCluster of two worker processes serves the module (its start costs a model load in each worker);
two tests start their own through the CLI, as `--dask local:2` does, to see that it goes away with the run.
"""
import json
import os
import signal
import subprocess
import sys
import time

import psutil
import pytest
from click.testing import CliRunner
from conftest import RAW

from peacecond import Article, Extractor, InputError, read_inputs
from peacecond.cli import main

dask_bag = pytest.importorskip("dask.bag")  # the test extra installs it: this only names the dependency
pdask = pytest.importorskip("peacecond.dask")

OFF_TOPIC = ("Harbour City beat Lakeshore United 2-1 on Saturday, with a late header deciding a match that had "
             "been level for most of the afternoon. \u201cThe players showed real character,\u201d the manager said.")


@pytest.fixture(scope="module")
def client():
    with pdask.connect("local:2") as c:
        yield c


def _items():
    articles = list(read_inputs([str(RAW)]))
    return [articles[0], InputError("dump.jsonl", "malformed JSON line (Expecting value at column 1)", 3),
            Article(text=OFF_TOPIC, path="sport.txt"), articles[1], articles[2]]


def _descendants() -> set[int]:
    return {p.pid for p in psutil.Process().children(recursive=True)}


def test_a_bag_of_articles_gives_the_local_records_in_order_and_input_errors_as_data(client):
    local = list(Extractor().records(_items()))
    bag = pdask.extract_bag(dask_bag.from_sequence(_items(), partition_size=2))
    assert bag.npartitions == 3
    remote = client.compute(bag).result()
    assert [r for r in remote if isinstance(r, dict)] == [r for r in local if isinstance(r, dict)]
    err = remote[1]
    assert isinstance(err, InputError)
    assert (err.source, err.line, err.message) == ("dump.jsonl", 3, "malformed JSON line (Expecting value at column 1)")
    assert [str(r) if isinstance(r, InputError) else r["source"]["path"] for r in remote] == \
           [str(r) if isinstance(r, InputError) else r["source"]["path"] for r in local]
    assert [r["relevant"] for r in remote if isinstance(r, dict)] == [True, False, True, True]

    # One Extractor per worker process, kept: a second computation (other partitions) builds none.
    def extractors():
        return [id(extractor) for extractor, _ in pdask._EXTRACTORS.values()]

    before = client.run(extractors)
    assert len(before) == 2 and all(len(ids) == 1 for ids in before.values())
    client.compute(pdask.extract_bag(dask_bag.from_sequence(_items(), npartitions=5))).result()
    assert client.run(extractors) == before


def test_a_worker_that_differs_from_the_client_stops_the_run_with_what_differs(client):
    job = pdask.make_job()
    forged = pdask.Job(job.settings, tuple((k, "0.0.0" if k == "peacecond" else v) for k, v in job.identity))
    with pytest.raises(pdask.ClusterMismatch, match=r"Dask worker tcp://127\.0\.0\.1:\d+ differs from the client: "
                                                    r"peacecond 0\.0\.0 on the client, [\d.]+ on the worker\. Install"):
        pdask.register(client, forged)
    # A worker that joins later (no plugin ran there) checks at its first task.
    forged_bag = dask_bag.from_sequence(_items()[:1]).map_partitions(pdask.extract_part, forged)
    with pytest.raises(pdask.ClusterMismatch, match="peacecond 0.0.0 on the client"):
        client.compute(forged_bag).result()


def _run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_extract_on_a_cluster_writes_the_bytes_errors_and_exit_status_of_a_local_run(client, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "' + OFF_TOPIC.replace("\u201c", "").replace("\u201d", "") + '"}\nnot json\n',
                   encoding="utf-8")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    a = _run("extract", str(RAW), str(bad), str(tmp_path / "typo"), "-o", str(local), "-q")
    b = _run("extract", str(RAW), str(bad), str(tmp_path / "typo"), "-o", str(remote), "-q",
             "--dask", client.scheduler.address)
    assert a.exit_code == b.exit_code == 1
    assert b.stderr == a.stderr
    assert f"error: {bad}:2: malformed JSON line" in b.stderr and f"error: {tmp_path / 'typo'}" in b.stderr
    assert remote.read_bytes() == local.read_bytes()
    assert len(remote.read_text(encoding="utf-8").splitlines()) == 4
    # --incremental through the cluster: the output and what the manifest says of the inputs are a local run's.
    inc_local, inc_remote = tmp_path / "inc_local.jsonl", tmp_path / "inc_dask.jsonl"
    for out, extra in ((inc_local, ()), (inc_remote, ("--dask", client.scheduler.address))):
        first = _run("extract", str(RAW), "--incremental", "-o", str(out), "-q", *extra)
        assert first.exit_code == 0, first.stderr
    assert inc_remote.read_bytes() == inc_local.read_bytes()

    def entries(out):
        manifest = json.loads(out.with_name(out.name + ".manifest.json").read_text(encoding="utf-8"))
        return {v["path"]: (v["sha256"], v["records"], v["env"]) for v in manifest["inputs"].values()}

    assert entries(inc_remote) == entries(inc_local)


def test_a_client_that_differs_from_the_workers_is_a_setup_error_before_anything_is_written(client, tmp_path,
                                                                                              monkeypatch):
    monkeypatch.setattr(pdask, "__version__", "0.0.0")
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(RAW), "-o", str(out), "-q", "--dask", client.scheduler.address)
    assert result.exit_code == 2
    assert "peacecond 0.0.0 on the client" in result.stderr and not out.exists()


def test_dask_options_that_cannot_work_are_usage_errors(tmp_path):
    jobs = _run("extract", str(RAW), "-o", str(tmp_path / "o.jsonl"), "--dask", "local:2", "-j", "2")
    assert jobs.exit_code == 2 and "--dask and -j do not go together" in jobs.stderr
    zero = _run("extract", str(RAW), "-o", str(tmp_path / "o.jsonl"), "--dask", "local:0")
    assert zero.exit_code == 2 and "expected local:N" in zero.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_a_local_cluster_lives_as_long_as_the_run(client, tmp_path):
    """--dask local:2 starts two worker processes and leaves none behind, whether the run ends or is killed."""
    before = _descendants()
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(RAW), "-o", str(out), "-q", "--dask", "local:2")
    assert result.exit_code == 0, result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    deadline = time.monotonic() + 15
    while _descendants() - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _descendants() - before == set()

    # kill -9 of the main process: it waits on standard input with its cluster up; its workers exit by themselves.
    exe = [sys.executable, "-c", "from peacecond.cli import run; run()"]
    proc = subprocess.Popen(exe + ["extract", "-", "-o", str(tmp_path / "killed.jsonl"), "-q", "--dask", "local:2"],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        main_proc, workers = psutil.Process(proc.pid), []
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            workers = [p for p in main_proc.children() if "spawn_main" in " ".join(p.cmdline())]
        assert len(workers) == 2, proc.stderr.read().decode() if proc.poll() is not None else "no workers"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        gone, alive = psutil.wait_procs(workers, timeout=15)
        assert alive == []
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdin.close()
        proc.stderr.close()
    assert not (tmp_path / "killed.jsonl").exists()
