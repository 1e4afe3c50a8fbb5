"""Property-based tests (Hypothesis): whatever an article is made of, every component keeps its promises.

Articles are built from the sample texts and odd pieces: every kind of quotation mark opened or closed
anywhere, speaker labels, bullets and colons at the ends of lines, every line ending, zero-width,
soft-hyphen and bidi characters, very long lines, runs without punctuation, deep JSON. Asserted: no
exception and no article lost, every span inside the text with text[start:end] equal to its text,
every record valid against the schema, sentences bounded. In CI the examples are fixed (the "ci"
profile of conftest.py: derandomized, no deadline); HYPOTHESIS_PROFILE=dev searches at random.
"""
import io
import json
import re
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from peacecond import Article
from peacecond.components.paragraphs import MAX_SENT
from peacecond.errors import InputError
from peacecond.metadata import read_date
from peacecond.offsets import Ranges
from peacecond.pieces import cuts
from peacecond.reader import read_inputs, read_jsonl
from conftest import spans

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads(files("peacecond").joinpath("record.schema.json").read_text(encoding="utf-8"))
SAMPLE_LINES = [ln for p in sorted((ROOT / "data" / "raw").glob("*.txt"))
                for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]

QUOTE_MARKS = list("\"'“”‘’„‟‚‛«»‹›「」『』〝〞＂`") + ["''", "``", "&quot;"]
LINE_ENDS = ["\n", "\r\n", "\r", "\n\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202a", "\u202b", "\u202c", "\u202d",
             "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u00a0", "\u3000"]
LABELS = ["Putin:", "ZELENSKY:", "Q:", "A:", "Reporter:", "Lavrov (through an interpreter):", "—", "•", "-", "*",
          "1.", "2)", ":", "::", "…", "Updated:", "Published 03/11/2024", "By Staff", "(AP) —"]

def pieces():
    sample = st.sampled_from(SAMPLE_LINES)
    words = st.sampled_from(SAMPLE_LINES).map(lambda ln: " ".join(ln.split()[:8]))
    return st.one_of(
        sample, words, st.sampled_from(QUOTE_MARKS), st.sampled_from(LINE_ENDS), st.sampled_from(INVISIBLE),
        st.sampled_from(LABELS),
        # a piece of a sample line with its punctuation gone (a scraped page)
        sample.map(lambda ln: re.sub(r"[.!?;:\"“”]", "", ln)),
        # a very long line: a sample line many times over, without breaks
        st.tuples(sample, st.integers(5, 40)).map(lambda x: " ".join([x[0]] * x[1])),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20),
    )


articles = st.lists(pieces(), min_size=1, max_size=25).map(lambda ps: " ".join(ps) if len(ps) % 2 else "".join(ps))


def check_record(rec, text: str) -> None:
    assert not isinstance(rec, InputError), str(rec)
    jsonschema.validate(rec, SCHEMA)
    assert rec["text"] == text
    for where, span in spans(rec):
        assert 0 <= span["start"] <= span["end"] <= len(text), where
        assert text[span["start"]:span["end"]] == span["text"], where
    for q in rec["quotes"]:
        if q.get("cue") and q.get("cue_start") is not None:
            assert text[q["cue_start"]:q["cue_end"]] == q["cue"]["text"]


# Inputs that cost an article before this wave (issue 15 points 5 and 6), kept among the examples.
POINT_5 = ['He said "peace \n" today.']
POINT_6 = [("Russia said yesterday that talks failed.", "0001-01-01"), ("Talks resume next week in Geneva.",
                                                                        "9999-12-31")]


@settings(max_examples=100)
@given(text=articles, published=st.one_of(st.none(), st.sampled_from(
    ["2024-06-14", "0001-01-01", "9999-12-31", "1999-12-31"])))
@example(text=POINT_5[0], published=None)
@example(text=POINT_6[0][0], published=POINT_6[0][1])
@example(text=POINT_6[1][0], published=POINT_6[1][1])
def test_any_article_gives_a_valid_record_with_exact_spans(extractor, text, published):
    if not text.strip():
        return
    out = list(extractor.records([Article(text=text, path="prop.txt", published=published)]))
    assert len(out) == 1
    check_record(out[0], text)


@settings(max_examples=30)
@given(text=articles)
def test_sentences_stay_bounded_and_cover_the_text(nlp, text):
    doc = nlp(text)
    sents = list(doc.sents) if len(doc) else []
    assert all(len(s) <= MAX_SENT for s in sents)
    assert [t.i for s in sents for t in s] == list(range(len(doc)))


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(
        ["text", "title", "date", "published", "id", "url", "body", "x"]), inner, max_size=4)),
    max_leaves=20)


@settings(max_examples=150)
@given(lines=st.lists(st.one_of(
    json_values.map(json.dumps),
    st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
    st.integers(4200, 6000).map(lambda n: '{"text": "Peace talks.", "n": ' + "7" * n + "}"),
    st.text(max_size=40),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
), max_size=6))
def test_any_dump_line_gives_articles_or_errors_never_an_exception(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    for item in list(read_jsonl([ln.encode("utf-8", "surrogatepass") for ln in lines], "d.jsonl")) + \
            list(read_inputs(["-"], stdin=io.BytesIO(data))):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert item.text.strip()


@settings(max_examples=300)
@given(value=st.one_of(st.text(max_size=30), st.from_regex(r"\d{1,4}[/.\-]\d{1,4}[/.\-]\d{1,5}", fullmatch=True)))
def test_any_date_field_is_read_or_left_out_with_a_reason(value):
    iso, why = read_date(value)
    assert (iso is None) or (re.fullmatch(r"\d{4}-\d\d-\d\d", iso) and why is None)


@settings(max_examples=200)
@given(text=st.text(alphabet=st.sampled_from(list("ab .\n!?")), min_size=1, max_size=400), limit=st.integers(4, 60))
def test_pieces_of_a_long_text_cover_it_within_the_limit(text, limit):
    starts = cuts(text, limit) + [len(text)]
    assert starts[0] == 0 and all(0 < b - a <= limit for a, b in zip(starts, starts[1:]))


@settings(max_examples=300)
@given(ranges=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)).map(lambda x: (x[0], x[0] + x[1])),
                       max_size=12),
       start=st.integers(0, 70), length=st.integers(0, 20))
def test_ranges_answer_as_a_scan_of_all_of_them_would(ranges, start, length):
    end = start + length
    r = Ranges(ranges)
    assert r.holds(start) == any(s <= start <= e for s, e in ranges)
    assert r.holds(start, end_inclusive=False) == any(s <= start < e for s, e in ranges)
    assert r.overlaps(start, end) == any(s < end and start < e for s, e in ranges)
    assert r.overlap(start, end) == sum(min(end, e) - max(start, s) for s, e in ranges if s < end and e > start)
    assert r.holds_other(start, end) == any(s <= start and end <= e and (s, e) != (start, end) for s, e in ranges)


@pytest.mark.parametrize("text,published", [(t, None) for t in POINT_5] + POINT_6)
def test_inputs_of_points_5_and_6_give_a_record(extractor, text, published):
    (out,) = extractor.records([Article(text=text, path="known.txt", published=published)])
    assert not isinstance(out, InputError), str(out)
