"""`-j N`: worker processes give the records one process gives, in input order."""
from conftest import RAW

from peacecond import Article, Extractor, read_inputs
from peacecond.errors import InputError

OFF_TOPIC = ("Harbour City beat Lakeshore United 2-1 on Saturday, with a late header deciding a match that had "
             "been level for most of the afternoon. \u201cThe players showed real character,\u201d the manager said.")


def _inputs():
    articles = list(read_inputs([str(RAW)]))
    assert len(articles) == 3
    return [articles[0], InputError("broken.json", "not JSON", 3), Article(text=OFF_TOPIC, path="sport.txt"),
            articles[1], Article(text=OFF_TOPIC.replace("Saturday", "Sunday"), path="sport2.txt"), articles[2]]


def _key(item):
    return ("error", str(item)) if isinstance(item, InputError) else item


def test_two_workers_give_the_single_process_records_in_order(extractor):
    one = [_key(x) for x in Extractor(batch_size=2).records(_inputs())]
    two = [_key(x) for x in Extractor(batch_size=2, n_process=2).records(_inputs())]
    assert two == one
    assert [r["relevant"] for r in one if not isinstance(r, tuple)] == [True, False, True, False, True]
    assert sum(len(r["quotes"]) for r in one if not isinstance(r, tuple)) > 10
    # Without the gate every article crosses to a worker, the off-topic ones too.
    all_two = [_key(x) for x in Extractor(batch_size=2, n_process=2, gate=False).records(_inputs())]
    all_one = [_key(x) for x in extractor.records(_inputs())]
    assert all_two == all_one
    sport = [r for r in all_two if not isinstance(r, tuple) and r["source"]["path"] == "sport.txt"]
    assert sport[0]["relevant"] is True and sport[0]["quotes"][0]["text"] == "The players showed real character,"


def test_an_input_error_crosses_a_process_boundary_as_it_was_made():
    import pickle

    err = pickle.loads(pickle.dumps(InputError("dump.jsonl", "extraction failed (KeyError)", 7)))
    assert (err.source, err.line, str(err)) == ("dump.jsonl", 7, "dump.jsonl:7: extraction failed (KeyError)")


def test_workers_stream_records_before_the_inputs_end():
    """A worker's records come back while the input is still being read: -j N holds a few tasks, not the dump."""
    read = []

    def inputs():
        for i in range(40):
            read.append(i)
            yield Article(text=OFF_TOPIC, path=f"sport{i}.txt")

    records = Extractor(batch_size=4, n_process=2, gate=False).records(inputs())
    first = next(records)
    assert first["source"]["path"] == "sport0.txt"
    assert len(read) < 40
    rest = list(records)
    assert [r["source"]["path"] for r in rest] == [f"sport{i}.txt" for i in range(1, 40)]


def test_a_spawned_worker_builds_the_same_extractor_from_its_settings(extractor, monkeypatch):
    """Where a worker cannot be forked (macOS, Windows) it starts empty and builds its Extractor from the
    parent's settings: the records are the parent's."""
    import signal

    import peacecond.api as api

    parent = Extractor(batch_size=2, gate=False, include_text=False)
    monkeypatch.setattr(api, "_PARENT", None)
    monkeypatch.setattr(api, "_WORKER", None)
    monkeypatch.setattr(signal, "signal", lambda *a: None)  # the test runner keeps its Ctrl-C
    api._start_worker(parent._settings)
    assert api._WORKER is not None and api._WORKER is not parent
    articles = list(read_inputs([str(RAW)]))[:1] + [Article(text=OFF_TOPIC, path="sport.txt")]
    assert api._work(articles) == list(parent.records(articles))
    assert all("text" not in r for r in api._work(articles))


def test_a_worker_killed_mid_run_stops_the_run_with_an_error_not_a_hang(tmp_path):
    """The OOM killer takes a worker: the run ends with WorkerError (the CLI: exit 1, output left as it was)."""
    import os

    import pytest

    from peacecond.errors import WorkerError

    def inputs():
        yield Article(text=OFF_TOPIC, path="first.txt")
        yield Article(text="KILL " + OFF_TOPIC, path="killer.txt")
        for i in range(20):
            yield Article(text=OFF_TOPIC, path=f"sport{i}.txt")

    ex = Extractor(batch_size=1, n_process=2, gate=False)
    original = ex.preamble

    def preamble(article):  # runs in the worker: the one given the marked article dies there
        if article.text.startswith("KILL"):
            os._exit(9)
        return original(article)

    ex.preamble = preamble
    with pytest.raises(WorkerError, match="worker process"):
        list(ex.records(inputs()))


def test_a_worker_that_dies_before_the_next_article_is_handed_out_is_the_same_error(tmp_path):
    """The pool can break between two submits (a slow input, a busy machine): submit raises, not a result."""
    import os
    import time

    import pytest

    from peacecond.errors import WorkerError

    def inputs():
        yield Article(text="KILL " + OFF_TOPIC, path="killer.txt")
        time.sleep(3)  # the worker dies meanwhile: the pool is broken before the next submit
        for i in range(4):
            yield Article(text=OFF_TOPIC, path=f"sport{i}.txt")

    ex = Extractor(batch_size=1, n_process=2, gate=False)
    original = ex.preamble

    def preamble(article):
        if article.text.startswith("KILL"):
            os._exit(9)
        return original(article)

    ex.preamble = preamble
    with pytest.raises(WorkerError, match="worker process"):
        list(ex.records(inputs()))


def test_pattern_errors_cross_a_process_boundary_as_they_were_made():
    import pickle

    from peacecond.errors import PatternError

    err = pickle.loads(pickle.dumps(PatternError("patterns/actors.jsonl", 4, "unknown key 'nmae'")))
    assert (err.path, err.line, str(err)) == ("patterns/actors.jsonl", 4, "patterns/actors.jsonl:4: unknown key 'nmae'")
