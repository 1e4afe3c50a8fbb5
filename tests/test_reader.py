"""The reader: every input format, folders, globs, stdin sniffing, and every bad input."""
import gzip
import io
import json

import pytest

from peacecond import reader
from peacecond.errors import InputError
from peacecond.reader import Article, read_inputs

STORY = "Putin Demands Ukraine Abandon Four Regions\n\nPutin said Ukraine must leave Kherson.\n"


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_plain_text_keeps_the_text_exactly(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(STORY, encoding="utf-8")
    (art,), errs = split(read_inputs([str(p)]))
    assert errs == []
    assert art.text == STORY and art.path == str(p) and art.line is None


def test_any_other_extension_is_read_as_text(tmp_path):
    p = tmp_path / "story.md"
    p.write_text(STORY, encoding="utf-8")
    (art,), _ = split(read_inputs([str(p)]))
    assert art.text == STORY


def test_crlf_line_endings_are_normalized(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(STORY.replace("\n", "\r\n").encode())
    (art,), _ = split(read_inputs([str(p)]))
    assert art.text == STORY


HTML = """<!doctype html><html><head><title>Talks  stall in Geneva</title>
<style>body { color: red; } .Kherson {}</style><script>var region = "Crimea"; trackPutin();</script></head>
<body><h1>Talks stall</h1><p>Putin said Ukraine must leave <b>Kherson</b> &amp; Zaporizhzhia.</p>
<noscript>Enable JavaScript</noscript><p>Second   paragraph.</p></body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_keeps_visible_text_and_drops_scripts_and_styles(tmp_path, suffix):
    p = tmp_path / f"page{suffix}"
    p.write_text(HTML, encoding="utf-8")
    (art,), errs = split(read_inputs([str(p)]))
    assert errs == []
    assert art.title == "Talks stall in Geneva"
    assert art.text.splitlines() == ["Talks stall", "", "Putin said Ukraine must leave Kherson & Zaporizhzhia.", "",
                                     "Second paragraph."]
    for hidden in ("trackPutin", "color: red", "Crimea", "Enable JavaScript"):
        assert hidden not in art.text


def dump_rows():
    return [
        {"id": 7, "title": "First", "text": "Kyiv rejected the plan.", "published": "2024-06-14T10:00:00Z"},
        {"url": "https://example.org/b", "headline": "Second", "content": "Talks in Geneva.", "date": "June 15, 2024"},
        {"body": "Third story body.", "publish_date": "2024-06-16"},
    ]


def check_dump(arts, name):
    assert [a.text for a in arts] == ["Kyiv rejected the plan.", "Talks in Geneva.", "Third story body."]
    assert [a.title for a in arts] == ["First", "Second", None]
    assert [a.published for a in arts] == ["2024-06-14", "2024-06-15", "2024-06-16"]
    assert [a.ident for a in arts] == ["7", "https://example.org/b", None]
    assert [a.line for a in arts] == [1, 2, 3]
    assert all(a.path == name for a in arts)


def test_jsonl_dump(tmp_path):
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in dump_rows()) + "\n", encoding="utf-8")
    arts, errs = split(read_inputs([str(p)]))
    assert errs == []
    check_dump(arts, str(p))


def test_json_array_dump(tmp_path):
    p = tmp_path / "dump.json"
    p.write_text(json.dumps(dump_rows(), indent=2), encoding="utf-8")
    arts, errs = split(read_inputs([str(p)]))
    assert errs == []
    check_dump(arts, str(p))


@pytest.mark.parametrize("name,payload", [
    ("a.txt.gz", STORY.encode()),
    ("page.html.gz", HTML.encode()),
    ("dump.jsonl.gz", "\n".join(json.dumps(r) for r in dump_rows()).encode()),
    ("dump.json.gz", json.dumps(dump_rows()).encode()),
])
def test_gzipped_inputs_read_like_the_plain_ones(tmp_path, name, payload):
    plain = tmp_path / "plain" / name[:-3]
    plain.parent.mkdir()
    plain.write_bytes(payload)
    gz = tmp_path / name
    gz.write_bytes(gzip.compress(payload))
    got, errs = split(read_inputs([str(gz)]))
    want, _ = split(read_inputs([str(plain)]))
    assert errs == [] and got
    assert [(a.text, a.title, a.published, a.line) for a in got] == [(a.text, a.title, a.published, a.line)
                                                                     for a in want]


def test_folders_are_read_recursively_in_a_stable_order_skipping_hidden_files(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("alpha story", encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.txt").write_text("gamma story", encoding="utf-8")
    (tmp_path / "b" / "b.txt").write_text("beta story", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    arts, errs = split(read_inputs([str(tmp_path)]))
    assert errs == []
    assert [a.text for a in arts] == ["alpha story", "beta story", "gamma story"]


def test_globs_are_expanded(tmp_path):
    for n in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / n).write_text(f"story {n}", encoding="utf-8")
    arts, errs = split(read_inputs([str(tmp_path / "x*.txt")]))
    assert errs == []
    assert [a.text for a in arts] == ["story x1.txt", "story x2.txt"]


def test_a_glob_matching_nothing_and_a_missing_path_are_errors(tmp_path):
    arts, errs = split(read_inputs([str(tmp_path / "nope*.txt"), str(tmp_path / "missing.txt")]))
    assert arts == []
    assert [str(e) for e in errs] == [f"{tmp_path / 'nope*.txt'}: no file matches this pattern",
                                      f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_stdin_jsonl_is_sniffed():
    data = "\n".join(json.dumps(r) for r in dump_rows()).encode()
    arts, errs = split(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert errs == []
    check_dump(arts, "<stdin>")


def test_stdin_json_array_is_sniffed():
    arts, errs = split(read_inputs(["-"], stdin=io.BytesIO(json.dumps(dump_rows(), indent=1).encode())))
    assert errs == []
    check_dump(arts, "<stdin>")


def test_stdin_plain_text_is_one_article():
    text = "Kyiv rejected the plan.\n{not json}\nMore text.\n"
    (art,), errs = split(read_inputs(["-"], stdin=io.BytesIO(text.encode())))
    assert errs == [] and art.text == text and art.path == "<stdin>"


def test_stdin_jsonl_with_a_malformed_line_keeps_the_good_lines():
    data = b'{"text": "First story."}\n{"text": "broken\n{"text": "Third story."}\n'
    arts, errs = split(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [a.text for a in arts] == ["First story.", "Third story."]
    assert [a.line for a in arts] == [1, 3]
    (err,) = errs
    assert str(err).startswith("<stdin>:2: malformed JSON line")


# --- bad inputs: one error naming file (and line), other articles still read ---

def test_malformed_jsonl_line_names_file_and_line(tmp_path):
    p = tmp_path / "dump.jsonl"
    p.write_text('{"text": "one"}\n\n{"text": oops}\n[1, 2]\n{"title": "no text"}\n{"text": "   "}\n'
                 '{"text": "two"}\n', encoding="utf-8")
    arts, errs = split(read_inputs([str(p)]))
    assert [a.text for a in arts] == ["one", "two"]
    assert [(e.source, e.line) for e in errs] == [(str(p), 3), (str(p), 4), (str(p), 5), (str(p), 6)]
    assert "malformed JSON line" in str(errs[0])
    assert "expected a JSON object" in str(errs[1])
    assert "no text" in str(errs[2])
    assert "empty article" in str(errs[3])
    assert all("\n" not in str(e) for e in errs)


def test_malformed_json_file(tmp_path):
    p = tmp_path / "dump.json"
    p.write_text('[{"text": "one"},\n {"text": ]', encoding="utf-8")
    arts, (err,) = split(read_inputs([str(p)]))
    assert arts == [] and err.source == str(p) and err.line == 2 and "malformed JSON" in str(err)


def test_non_utf8_file_names_the_line(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("first line\nPr\u00e9sident Macron\n".encode("latin-1"))
    arts, (err,) = split(read_inputs([str(p)]))
    assert arts == [] and err.line == 2 and "not UTF-8" in str(err) and str(err).startswith(f"{p}:2:")


def test_non_utf8_jsonl_line(tmp_path):
    p = tmp_path / "dump.jsonl"
    p.write_bytes(b'{"text": "fine"}\n{"text": "Pr\xe9sident"}\n')
    arts, errs = split(read_inputs([str(p)]))
    assert [a.text for a in arts] == ["fine"]
    assert [(e.line, "not UTF-8" in str(e)) for e in errs] == [(2, True)]


def test_binary_file(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    arts, (err,) = split(read_inputs([str(p)]))
    assert arts == [] and "binary file" in str(err) and err.source == str(p)


@pytest.mark.parametrize("content", ["", "  \n\n\t\n"])
def test_empty_article(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_text(content, encoding="utf-8")
    arts, (err,) = split(read_inputs([str(p)]))
    assert arts == [] and str(err) == f"{p}: empty article (no text)"


@pytest.mark.parametrize("name,content", [("e.jsonl", "\n\n"), ("e.json", "[]")])
def test_empty_dump(tmp_path, name, content):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    arts, (err,) = split(read_inputs([str(p)]))
    assert arts == [] and "no articles" in str(err)


def test_corrupt_gzip(tmp_path):
    p = tmp_path / "a.txt.gz"
    p.write_bytes(b"this is not gzip at all")
    arts, (err,) = split(read_inputs([str(p)]))
    assert arts == [] and err.source == str(p)


def test_unreadable_file_is_an_error_and_the_run_goes_on(tmp_path, monkeypatch):
    bad, good = tmp_path / "a.txt", tmp_path / "b.txt"
    bad.write_text("secret", encoding="utf-8")
    good.write_text("Kyiv rejected the plan.", encoding="utf-8")
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path) == str(bad):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    # The reader opens files through the builtin; refuse this one as the OS would without permission.
    monkeypatch.setattr(reader, "open", guarded_open, raising=False)
    arts, (err,) = split(read_inputs([str(tmp_path)]))
    assert [a.text for a in arts] == ["Kyiv rejected the plan."]
    assert str(err) == f"{bad}: cannot read (Permission denied)"


def test_reader_warnings_travel_into_the_record(tmp_path, extractor):
    p = tmp_path / "a.txt"
    story = ("Russia&#039;s President Vladimir Putin said Ukraine must withdraw from Kherson and Zaporizhzhia "
             "before talks, and the Kremlin repeated the demand on Friday in Moscow, officials said \ufffd.")
    p.write_text(story, encoding="utf-8")
    (art,), _ = split(read_inputs([str(p)]))
    assert art.text == story  # noticed, never changed
    assert [w.split(" (")[0] for w in art.warnings] == ["HTML entities left in the text",
                                                         "1 replacement character(s)"]
    (rec,) = list(extractor.records([art]))
    assert rec["warnings"] == list(art.warnings)


def test_short_article_warning_and_clean_article_has_none(tmp_path):
    (tmp_path / "a.txt").write_text("Kyiv rejected the plan.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>" + "Talks went on in Geneva &amp; Istanbul. " * 5 + "</p>", encoding="utf-8")
    (a, b), _ = split(read_inputs([str(tmp_path)]))
    assert a.warnings == ("very short article (fewer than 20 words)",)
    assert b.warnings == ()


def test_html_site_menus_and_forms_are_not_the_story(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><body><nav><a>Home</a> <a>World News From Kherson</a></nav><h1>Talks Stall Again</h1>"
                 "<p>Putin spoke.<br>Zelensky answered.</p><form><button>Subscribe now</button></form>"
                 "<table><tr><td>Kherson</td><td>Crimea</td></tr></table></body></html>", encoding="utf-8")
    (art,), _ = split(read_inputs([str(p)]))
    assert art.text.split("\n\n") == ["Talks Stall Again", "Putin spoke.", "Zelensky answered.", "Kherson", "Crimea"]


def test_empty_folder_is_an_error(tmp_path):
    from peacecond.reader import read_inputs

    (tmp_path / "empty").mkdir()
    (err,) = list(read_inputs([str(tmp_path / "empty")]))
    assert isinstance(err, InputError) and "holds no files" in str(err) and "empty" in str(err)


def test_a_path_is_kept_as_given_and_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Putin said the talks were over.\n")
    got = list(read_inputs(["./raw/a.txt", "raw/a.txt", "raw"]))
    assert [a.path for a in got] == ["./raw/a.txt"]


def test_the_runs_own_files_in_an_input_folder_are_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("Putin said the talks were over.\n")
    out = tmp_path / "articles.jsonl"
    out.write_text('{"x": 1}\n')
    (tmp_path / "articles.jsonl.lock").write_text("123\n")
    got = list(read_inputs([str(tmp_path)], exclude=[str(out), str(tmp_path / "articles.jsonl.lock")]))
    assert [a.path for a in got] == [str(tmp_path / "a.txt")]


def test_broken_gzip_and_bad_json_text_cost_one_input_not_the_run(tmp_path):
    import gzip as gz

    good = '{"text": "Putin said the talks were over."}\n'
    data = gz.compress((good * 2000).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])  # truncated mid-stream
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"garbage" * 10)
    (tmp_path / "odd.jsonl").write_text('{"text": "\\ud800 lone surrogate"}\n{"text": "nul\\u0000\\r here"}\n' + good)
    items = list(read_inputs([str(tmp_path)]))
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert any("bad.txt.gz" in e and "gzip" in e for e in errors)
    assert any("cut.jsonl.gz" in e and "gzip" in e for e in errors)
    assert any("odd.jsonl:1" in e and "surrogate" in e for e in errors)
    assert any("odd.jsonl:2" in e for e in errors)
    articles = [a for a in items if isinstance(a, Article)]
    assert any(a.path.endswith("odd.jsonl") and a.line == 3 for a in articles)
    assert sum(a.path.endswith("cut.jsonl.gz") for a in articles) > 0  # the lines before the cut are read


@pytest.mark.parametrize("head,iso", [
    ('<meta property="article:published_time" content="2023-02-01T19:05:00+03:00">', "2023-02-01"),
    ('<meta name="pubdate" content="2023-02-01">', "2023-02-01"),
    ('<meta itemprop="datePublished" content="Wed, 01 Feb 2023 19:05:00 GMT">', "2023-02-01"),
    ('<meta name="description" content="2023-02-01 talks">', None),  # not a date field
])
def test_an_html_pages_publication_field_is_its_date(tmp_path, head, iso):
    p = tmp_path / "page.html"
    p.write_text(f"<html><head>{head}<title>Talks resume</title></head><body><h1>Talks resume</h1>"
                 "<p>The rebels said on Tuesday they would return to the talks in Nairobi.</p></body></html>",
                 encoding="utf-8")
    (art,), errs = split(read_inputs([str(p)]))
    assert errs == [] and art.published == iso


def test_an_html_time_element_marked_as_published_is_read_and_a_bad_one_is_said(tmp_path):
    p = tmp_path / "page.html"
    p.write_text('<html><body><h1>Talks resume</h1><time itemprop="datePublished" datetime="2023-02-01">Feb 1'
                 '</time><p>The rebels said they would return.</p></body></html>', encoding="utf-8")
    (art,), _ = split(read_inputs([str(p)]))
    assert art.published == "2023-02-01" and "Feb 1" in art.text
    p.write_text('<html><head><meta name="pubdate" content="03/04/2023"></head><body><p>The rebels said they '
                 'would return.</p></body></html>', encoding="utf-8")
    (art,), _ = split(read_inputs([str(p)]))
    assert art.published is None and any("ambiguous" in w for w in art.warnings)
