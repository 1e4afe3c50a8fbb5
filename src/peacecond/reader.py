"""Turn INPUT arguments (files, folders, globs, '-') into articles, lazily.

Yields `Article` for each readable article and `InputError` for each one that
cannot be read, so that one bad file never stops a run.
"""
from __future__ import annotations

import codecs
import errno
import glob
import gzip
import json
import os
import re
import zlib
import sys
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, NamedTuple

from .errors import InputError

TEXT_KEYS = ("text", "content", "body")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "date", "publish_date")
HTML_SUFFIXES = {".html", ".htm"}
DUMP_SUFFIXES = {".jsonl", ".json", ".ndjson"}
GLOB_CHARS = re.compile(r"[*?\[]")
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


@dataclass(frozen=True)
class Article:
    """One article as read: the text every offset indexes, and what the source said of it."""

    text: str
    path: str
    line: int | None = None
    title: str | None = None
    published: str | None = None
    ident: str | None = None
    warnings: tuple[str, ...] = ()  # what the reader noticed (undecoded entities, replacement characters)
    # The file's resolved path, found where it was read (a Dask worker elsewhere resolves nothing): record ids.
    resolved: str | None = None


Warn = Callable[[str, str], None]


def _log_warning(source: str, message: str) -> None:
    from . import logs

    logs.warning(source, message)


def expand(inputs: Iterable[str], exclude: Iterable[str] = (), warn: Warn | None = None
           ) -> Iterator[str | InputError]:
    """Paths to read, in a stable order: folders recursively, globs expanded, '-' kept.

    A file named twice is read once, and the `exclude` files (the run's own output, its manifest
    and lock, when they sit in an input folder) are not read at all. What a folder holds that cannot
    be read (a subfolder without permission, a broken or looping symbolic link) is skipped with a
    warning: warn(path, message), by default a warning in the log.
    """
    seen = {os.path.abspath(x) for x in exclude}
    for item in _expand(inputs, warn or _log_warning):
        if isinstance(item, str) and item != "-":
            key = os.path.abspath(item)
            if key in seen:
                continue
            seen.add(key)
        yield item


def _expand(inputs: Iterable[str], warn: Warn) -> Iterator[str | InputError]:
    for item in inputs:
        if item == "-":
            yield item
            continue
        try:
            yield from _expand_one(item, warn)
        except OSError as err:  # a path under a folder this user may not enter
            yield InputError(item, f"cannot read ({err.strerror or err})")


def _expand_one(item: str, warn: Warn) -> Iterator[str | InputError]:
    p = Path(item)
    if p.is_dir():
        if not os.access(p, os.R_OK | os.X_OK):
            yield InputError(item, "cannot read this folder (permission denied)")
            return
        files = sorted(_folder_files(p, warn))
        if not files:  # like a glob that matches nothing: probably the wrong folder
            yield InputError(item, "folder holds no files")
        yield from (str(f) for f in files)
    elif p.exists():
        yield item
    elif GLOB_CHARS.search(item):
        hits = sorted(h for h in glob.glob(item, recursive=True) if Path(h).is_file())
        if not hits:
            yield InputError(item, "no file matches this pattern")
        yield from hits
    else:
        yield InputError(item, "no such file or directory")


def _folder_files(root: Path, warn: Warn) -> Iterator[Path]:
    """The files of a folder and its subfolders, hidden ones left out (symbolic links to folders are not
    followed, as before); what cannot be read is named by warn()."""
    def unreadable(err: OSError) -> None:
        warn(err.filename or str(root), f"cannot read this folder ({err.strerror or err}); its files are skipped")

    for folder, dirs, names in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if path.is_file():
                yield path
            elif path.is_symlink():
                try:
                    path.stat()
                    continue  # a link to something else than a file (a device, a FIFO): not an article
                except OSError as err:
                    what = "loops" if err.errno == errno.ELOOP else f"points to {os.readlink(path)!r}, which " \
                        "does not exist" if err.errno == errno.ENOENT else f"cannot be followed ({err.strerror})"
                    warn(str(path), f"symbolic link {what}; skipped")


def read_inputs(inputs: Iterable[str], stdin: IO[bytes] | None = None,
                exclude: Iterable[str] = (), warn: Warn | None = None) -> Iterator[Article | InputError]:
    """Articles and unreadable inputs, in order; warn(path, message) hears of what a folder holds that cannot
    be read (by default a warning in the log)."""
    for path in expand(inputs, exclude, warn):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            if path == "-":
                yield from read_stdin((stdin or sys.stdin.buffer).read(), warn=warn)
            else:
                resolved = os.path.realpath(path)
                for item in read_file(Path(path), name=path, warn=warn):  # the path as given: records name it so
                    yield replace(item, resolved=resolved) if isinstance(item, Article) else item
        except InputError as err:
            yield err
        except OSError as err:
            yield InputError(path, f"cannot read ({err.strerror or err})")


def read_stdin(data: bytes, warn: Warn | None = None) -> Iterator[Article | InputError]:
    """Sniff standard input: a JSON array, JSON Lines, else one plain-text article.

    It is JSON Lines when its first non-blank line is a JSON object (a story
    never starts with one); later malformed lines are then errors with their
    line number, not a reason to read the whole dump as one article.
    """
    name = "<stdin>"
    text = decode(data, name)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if text.lstrip()[:1] in ("[", "{"):
        try:
            obj = _loads(text)
        except RecursionError:
            yield InputError(name, f"malformed JSON ({TOO_DEEP})")
            return
        except ValueError:
            obj = None
        if isinstance(obj, (list, dict)):  # a JSON array, or one (possibly pretty-printed) object
            yield from read_json(data, name, warn)
            return
    if _is_json_object(first):
        yield from read_jsonl(text.split("\n"), name, warn)
    else:
        yield from plain(text, name)


def read_file(path: Path, name: str | None = None, warn: Warn | None = None) -> Iterator[Article | InputError]:
    name = str(path) if name is None else name
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    kind = (suffixes[-2] if gz and len(suffixes) > 1 else (suffixes[-1] if suffixes and not gz else ""))
    opener = (lambda: gzip.open(path, "rb")) if gz else (lambda: open(path, "rb"))
    if kind in DUMP_SUFFIXES:
        head = _read_all(opener, name, 8192)
        if bom_encoding(head):  # a UTF-16 or UTF-32 dump: decoded whole, then read as a UTF-8 one is
            data = _read_all(opener, name)
            text = decode(data, name)
            if kind == ".json" or text.lstrip()[:1] == "[":
                yield from read_json(data, name, warn)
            else:
                yield from read_jsonl(text.split("\n"), name, warn)
            return
        if b"\0" in head:
            raise InputError(name, _nul_problem(head, "expected JSON or JSON Lines"))
        if kind == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
            yield from read_json(_read_all(opener, name), name, warn)
        else:
            try:
                with opener() as fh:  # line by line: a dump may be larger than memory
                    yield from read_jsonl(fh, name, warn)
            except GZIP_ERRORS as err:
                yield InputError(name, f"not a valid gzip file, or cut short ({err}); the lines before are read")
        return
    data = _read_all(opener, name)
    text = decode(data, name)
    if kind in HTML_SUFFIXES:
        page = html_page(text)
        from .metadata import read_date

        # The page's own publication field, as a dump's "date" field: the publisher's date as written.
        published, problem = read_date(page.published) if page.published else (None, None)
        if problem:
            (warn or _log_warning)(name, f"HTML publication date: {problem}")
        yield from plain(page.text, name, html=True, title=page.title, published=published,
                         extra=(f"HTML publication date: {problem}",) if problem else ())
    else:
        yield from plain(text, name)


def _read_all(opener, name: str, size: int = -1) -> bytes:
    try:
        with opener() as fh:
            return fh.read(size)
    except GZIP_ERRORS as err:
        raise InputError(name, f"not a valid gzip file ({err})") from None


# Byte order marks of the Unicode encodings other than UTF-8 (Windows tools save "Unicode" text as UTF-16 LE):
# UTF-32's before UTF-16's, whose marks begin theirs.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))


def bom_encoding(data: bytes) -> str | None:
    """'utf-16' or 'utf-32' when `data` starts with that encoding's byte order mark, else None."""
    return next((enc for bom, enc in BOMS if data.startswith(bom)), None)


def _nul_problem(head: bytes, expected: str) -> str:
    """Why bytes with NULs cannot be read: UTF-16 without its byte order mark (English in it has a NUL every
    other byte) says how to re-encode it; anything else is binary."""
    for enc, half in (("UTF-16LE", head[1::2]), ("UTF-16BE", head[0::2])):
        if len(half) >= 8 and half.count(0) >= 0.9 * len(half):
            return f"{enc} text without a byte order mark; re-encode it as UTF-8 (e.g. iconv -f {enc} -t UTF-8)"
    return f"binary file (holds NUL bytes); {expected}"


def _column(before: bytes) -> int:
    """The 1-based column (in characters) of what follows `before`, the good bytes of its line: where an
    editor's cursor shows the bad byte, not its offset in the file."""
    return len(before.decode("utf-8", "replace")) + 1


def decode(data: bytes, name: str) -> str:
    if (enc := bom_encoding(data)):
        # Text with a byte order mark is read as its mark says; offsets index the decoded text, as for UTF-8.
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as err:
            raise InputError(name, f"not {enc.upper()} text though it starts with its byte order mark ("
                                   f"{err.reason}); re-encode it as UTF-8 (e.g. iconv -f {enc.upper()} -t "
                                   "UTF-8)") from None
        if "\0" in text:
            raise InputError(name, f"binary data (NUL characters) in {enc.upper()} text")
        return text.replace("\r\n", "\n").replace("\r", "\n")
    if b"\0" in data[:8192]:
        raise InputError(name, _nul_problem(data[:8192], "expected text, HTML or JSON"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        column = _column(data[data.rfind(b"\n", 0, err.start) + 1: err.start])
        raise InputError(name, f"not UTF-8 text (column {column}); re-encode it as UTF-8", line) from None
    # Offsets index this exact string; only line endings are normalized, as every reader does.
    return text.replace("\r\n", "\n").replace("\r", "\n")


ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|[mn]dash);")


def notice(text: str, html: bool = False) -> tuple[str, ...]:
    """What looks wrong with a text that is still worth extracting; kept verbatim, offsets untouched."""
    out = []
    if not html and (m := ENTITY.search(text)):
        out.append(f"HTML entities left in the text (e.g. {m.group()!r} at {m.start()}): the source was "
                   "not fully decoded")
    if (n := text.count("\ufffd")):
        out.append(f"{n} replacement character(s) (U+FFFD): some characters were lost before this input")
    if len(text.split()) < 20:
        out.append("very short article (fewer than 20 words)")
    return tuple(out)


def plain(text: str, name: str, line: int | None = None, html: bool = False, extra: tuple[str, ...] = (), **meta
          ) -> Iterator[Article | InputError]:
    if not text.strip():
        yield InputError(name, "empty article (no text)", line)
        return
    yield Article(text=text, path=name, line=line, warnings=extra + notice(text, html), **meta)


TOO_DEEP = "nested too deeply: more levels of [ and { than Python's JSON reader follows"
# Python refuses to turn more than 4,300 digits into an int (CVE-2020-10735) with a ValueError that is no
# JSON error; such a number (an id, a count) is kept as its digits, and the article is read.
MAX_INT_DIGITS = 4300


def json_int(digits: str):
    return int(digits) if len(digits.lstrip("-")) <= MAX_INT_DIGITS else digits


def _loads(text: str):
    return json.loads(text, parse_int=json_int)


def _json_problem(err: Exception, with_column: bool = True) -> str:
    """What is wrong with a JSON text, for an error message (not every error json.loads raises has a position)."""
    if isinstance(err, RecursionError):
        return TOO_DEEP
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} at column {err.colno}" if with_column else err.msg
    return str(err)


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(_loads(line), dict)
    except (ValueError, RecursionError):
        return False


def read_jsonl(lines: Iterable[bytes | str], name: str, warn: Warn | None = None) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines dump; each bad line is an error with its number, the others are read.

    Lines come as bytes from files, so one badly encoded line costs only that line.
    """
    seen = 0
    for n, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as err:
                seen += 1
                yield InputError(name, f"not UTF-8 text (column {_column(raw[:err.start])}); re-encode it as UTF-8",
                                 n)
                continue
        if not raw.strip():
            continue
        seen += 1
        if "\0" in raw:
            yield InputError(name, "binary data (NUL bytes) in a JSON line", n)
            continue
        try:
            obj = _loads(raw)
        except (ValueError, RecursionError) as err:
            yield InputError(name, f"malformed JSON line ({_json_problem(err)})", n)
            continue
        yield from from_object(obj, name, n, warn)
    if not seen:
        yield InputError(name, "empty file (no articles)")


def read_json(data: bytes, name: str, warn: Warn | None = None) -> Iterator[Article | InputError]:
    text = decode(data, name)
    try:
        obj = _loads(text)
    except (ValueError, RecursionError) as err:
        # Many ".json" dumps are really JSON Lines.
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and _is_json_object(lines[0]):
            yield from read_jsonl(text.split("\n"), name, warn)
            return
        raise InputError(name, f"malformed JSON ({_json_problem(err, with_column=False)})",
                         getattr(err, "lineno", None)) from None
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        raise InputError(name, "empty JSON array (no articles)")
    for i, item in enumerate(items, 1):
        yield from from_object(item, name, i, warn)


def _first(obj: dict, keys: tuple[str, ...]):
    for k in keys:
        v = obj.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip() if k not in TEXT_KEYS else v
    return None


def from_object(obj, name: str, n: int, warn: Warn | None = None) -> Iterator[Article | InputError]:
    if not isinstance(obj, dict):
        yield InputError(name, "expected a JSON object for each article", n)
        return
    texts = [obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str)]
    text = next((t for t in texts if t.strip()), texts[0] if texts else None)  # a blank one: "empty article"
    if text is None:
        yield InputError(name, f"article has no text (looked for {', '.join(TEXT_KEYS)})", n)
        return
    try:  # JSON can carry what no text file can: lone surrogates ("\ud800"), NUL characters
        text.encode("utf-8")
        if "\r" in text or "\0" in text:
            text = decode(text.encode("utf-8"), name)
    except UnicodeEncodeError:
        yield InputError(name, "text holds invalid characters (lone UTF-16 surrogates)", n)
        return
    except InputError as err:
        yield InputError(name, str(err).split(": ", 1)[-1], n)
        return
    from .metadata import read_date

    raw_date = _first(obj, DATE_KEYS)
    published, problem = read_date(raw_date) if raw_date else (None, None)
    if problem:  # no guess (an ambiguous "03/11/2024"), and said: on stderr and in the record
        (warn or _log_warning)(f"{name}:{n}", problem)
    ident = obj.get("id") if obj.get("id") is not None else obj.get("url")
    yield from plain(text, name, line=n, extra=(problem,) if problem else (),
                     title=_first(obj, TITLE_KEYS),
                     published=published,
                     ident=None if ident is None else str(ident))


BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
              "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "title", "hr", "main",
              "aside", "dl", "dt", "dd", "pre", "address", "details", "summary"}
# Not shown, or not the story: site menus and forms would otherwise pass for a headline.
HIDDEN_TAGS = {"script", "style", "noscript", "template", "svg", "head", "nav", "form", "button", "select",
               "iframe", "object", "canvas"}


# Where a page states its publication date for machines (Open Graph, schema.org, Dublin Core, news CMSs):
# a <meta> name/property/itemprop, or any element's itemprop, with the date in content= or datetime=.
PUBLISHED_META = {"article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
                  "dcterms.issued", "dc.date", "pubdate", "publishdate", "publish-date", "sailthru.date",
                  "parsely-pub-date", "article.published"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_title = False
        self.title: list[str] = []
        self.published: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if self.published is None:
            self._published(tag, dict(attrs))
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def _published(self, tag, attrs):
        keys = {(attrs.get(k) or "").strip().lower() for k in ("property", "name", "itemprop")}
        if tag == "time" and "pubdate" in attrs:
            keys.add("pubdate")
        if keys & PUBLISHED_META:
            value = (attrs.get("content") or attrs.get("datetime") or "").strip()
            self.published = value or None

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if not self.hidden:
            self.parts.append(data)


class HtmlPage(NamedTuple):
    title: str | None
    text: str
    published: str | None  # the page's publication date field as written (not yet read as a date)


def html_page(html: str) -> HtmlPage:
    """Visible text of an HTML page (paragraphs on their own lines), its <title> and its publication date field."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in "".join(parser.parts).split("\n")]
    text = "\n\n".join(ln for ln in lines if ln)
    title = " ".join("".join(parser.title).split()) or None
    return HtmlPage(title, text, parser.published)


def html_to_text(html: str) -> tuple[str | None, str]:
    """Visible text of an HTML page and its <title>."""
    page = html_page(html)
    return page.title, page.text
