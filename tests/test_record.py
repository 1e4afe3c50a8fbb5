"""The record: offsets exact for every span, JSON Schema valid, stable keys, ids and bytes."""
import json
from importlib.resources import files

import jsonschema
import pytest

from conftest import RAW, run_text
from peacecond.writer import dumps
from conftest import spans

SAMPLES = sorted(p.name for p in RAW.iterdir())


@pytest.fixture(scope="module")
def schema():
    return json.loads(files("peacecond").joinpath("record.schema.json").read_text(encoding="utf-8"))


def test_every_sample_is_read(sample_records):
    assert sorted(sample_records) == SAMPLES and len(SAMPLES) == 3


@pytest.mark.parametrize("name", SAMPLES)
def test_offsets_are_exact_for_every_span(sample_records, name):
    rec = sample_records[name]
    text = (RAW / name).read_text(encoding="utf-8")
    assert rec["text"] == text
    found = list(spans(rec))
    assert len(found) > 10  # regions, actors, boilerplate at least
    for where, span in found:
        assert 0 <= span["start"] <= span["end"] <= len(text), where
        assert text[span["start"]:span["end"]] == span["text"], where
    # Quotes carry their cue as cue_start/cue_end.
    for q in rec["quotes"]:
        if q.get("cue") and q.get("cue_start") is not None:
            assert text[q["cue_start"]:q["cue_end"]] == q["cue"]["text"]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_records_are_schema_valid(sample_records, schema, name):
    jsonschema.validate(sample_records[name], schema)


def test_schema_is_a_valid_json_schema(schema):
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_rejects_a_broken_record(sample_records, schema):
    rec = json.loads(json.dumps(sample_records[SAMPLES[0]]))
    rec["regions"][0]["mentions"][0]["start"] = "12"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, schema)


def test_keys_in_a_fixed_order(sample_records, schema):
    order = ["schema", "id", "source", "title", "published", "title_span", "published_span", "relevant", "regions",
             "actors", "speakers", "quotes",
             "conditions", "dates", "warnings", "boilerplate", "model", "patterns", "text"]
    for rec in sample_records.values():
        assert list(rec) == order
    assert set(order) == set(schema["properties"])


def test_sample_headers(sample_records):
    got = {n: (r["title"], r["published"]) for n, r in sample_records.items()}
    assert got == {
        "bloomberg-2024-06.txt": ("Putin Demands Ukraine Abandon 4 Regions for Peace Talks", None),
        "kremlin-2022-12.txt": ("Putin Demands Annexations Recognised Before Talks, Refuses to Withdraw Troops "
                                "From Ukraine", "2022-12-05"),
        "summit-2025-07.txt": ("Putin Signals Peace Push\u2014but Demands Ukraine Give Up Four Regions",
                               "2025-07-21"),
    }


def test_title_and_date_line_carry_offsets_into_the_text(sample_records):
    for name, rec in sample_records.items():
        span = rec["title_span"]
        assert rec["text"][span["start"]:span["end"]] == span["text"] == rec["title"], name
        if rec["published"] is None:
            assert rec["published_span"] is None
        else:
            span = rec["published_span"]
            assert rec["text"][span["start"]:span["end"]] == span["text"]
    assert sample_records["summit-2025-07.txt"]["published_span"]["text"] == "Monday, July 21, 2025"


def test_title_from_a_dump_field_has_no_span_but_one_read_from_the_text_has(extractor):
    from peacecond import Article
    text = "Published 14.06.2024\nKremlin sets out its terms for talks\n\nPutin said Kyiv must withdraw."
    dumped, = [r for r in extractor.records([Article(text=text, path="d", title="A dump title",
                                                      published="2024-06-14")])]
    assert dumped["title"] == "A dump title" and dumped["title_span"] is None and dumped["published_span"] is None
    read, = [r for r in extractor.records([Article(text=text, path="t")])]
    assert read["title"] == "Kremlin sets out its terms for talks"
    assert read["title_span"] == {"text": read["title"], "start": 21, "end": 57}
    assert read["published"] == "2024-06-14"
    assert read["published_span"] == {"text": "14.06.2024", "start": 10, "end": 20}


def test_sample_regions(sample_records):
    got = {n: sorted(r["name"] for r in rec["regions"]) for n, rec in sample_records.items()}
    four = ["Donetsk", "Kherson", "Luhansk", "Zaporizhzhia"]
    assert got == {"bloomberg-2024-06.txt": sorted(four + ["Crimea"]), "kremlin-2022-12.txt": four,
                   "summit-2025-07.txt": four}


def test_boilerplate_is_marked_not_deleted(sample_records):
    rec = sample_records["summit-2025-07.txt"]
    assert [b["text"] for b in rec["boilerplate"]] == ["Published on", "Advertisement", "Latest articles",
                                                     "Advertisement", "Advertisement"]
    rec = sample_records["bloomberg-2024-06.txt"]
    assert [b["text"] for b in rec["boilerplate"]] == ["(AP Photo/Alexander Zemlianichenko)", "To Read The Full Story",
                                                     "Are you already a subscriber?", "Click to log in!"]
    # Nothing extracted sits inside boilerplate.
    for rec in sample_records.values():
        marks = [(b["start"], b["end"]) for b in rec["boilerplate"]]
        for where, span in spans({k: rec[k] for k in ("regions", "actors", "quotes", "dates")}):
            assert not any(s <= span["start"] < e for s, e in marks), where


def test_record_is_deterministic_and_ids_stable(extractor):
    text = "Kyiv rejected the plan. Talks in Kyiv on Thursday covered Kherson and Crimea."
    a, b = run_text(extractor, text), run_text(extractor, text)
    assert dumps(a) == dumps(b)
    assert a["id"] == b["id"]
    assert run_text(extractor, text + " More.")["id"] != a["id"]


def test_warnings_and_source_of_a_dump_article(extractor):
    from peacecond import Article

    (rec,) = list(extractor.records([Article(text="Fighting near Kherson.", path="d.jsonl", line=4,
                                             ident="https://x.org/1", published="2024-06-14", title="T")]))
    assert rec["source"] == {"path": "d.jsonl", "line": 4, "id": "https://x.org/1"}
    assert (rec["title"], rec["published"]) == ("T", "2024-06-14")
    assert isinstance(rec["warnings"], list)
