"""The terminal summary of a run, built from records alone (so any JSONL can be summarised)."""
from __future__ import annotations

import os
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text


@dataclass
class Row:
    """What the summary keeps of one record: small, so a long run does not hold records in memory."""

    article: str
    title: str
    published: str
    speakers: int
    quotes: int
    regions: list[str]
    conditions: list[tuple[str, str, str]]  # (type, stance, holder party)
    relevant: bool
    # For the cross-article tables (summarize, and the end of extract):
    # (speaker, party, quotes) of each speaker the record lists: people only unless extract ran with
    # --org-speakers, so the "most quoted speakers" table shows whom the records call speakers.
    quoted: list[tuple[str, str, int]] = field(default_factory=list)
    timeline: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # (date, type, stance, holder, party)
    path: str = ""
    line: int | None = None
    id: str | None = None

    @classmethod
    def of(cls, rec: dict) -> "Row":
        src = rec.get("source") or {}
        path = src.get("path", "") if isinstance(src, dict) else str(src)
        line = src.get("line") if isinstance(src, dict) else None
        name = Path(path).name + (f":{line}" if line else "")
        return cls(
            article=name, title=_scalar(rec, "title"), published=_scalar(rec, "published"),
            speakers=len(rec.get("speakers") or []),
            # Statements: a fragment (a quoted term, a phrase inside a statement) is part of one, as in speakers' counts.
            quotes=sum(1 for q in _dicts(rec.get("quotes")) if q.get("kind") not in {"fragment", "title"}),
            regions=[r.get("name", "") for r in rec.get("regions") or []],
            conditions=[(_scalar(c, "type") or "?", _scalar(c, "stance") or "?",
                         ((c.get("by") or {}).get("party") or "?")) for c in _dicts(rec.get("conditions"))],
            relevant=rec.get("relevant", True),
            quoted=[(sp.get("name"), sp.get("party") or "?", _quote_count(sp.get("quotes")))
                    for sp in _dicts(rec.get("speakers")) if sp.get("name")],
            timeline=[(_date(c.get("date")) or rec.get("published") or "", c.get("type") or "?",
                       c.get("stance") or "?", (c.get("by") or {}).get("name") or "?",
                       (c.get("by") or {}).get("party") or "?") for c in _dicts(rec.get("conditions"))],
            path=path, line=line, id=rec.get("id"))


TABLE_HEAD = 25  # the per-article table shows the first and last rows of a long run ...
TABLE_TAIL = 25  # ... and one "... N more articles" line between them


class Summary:
    """The summary's numbers, gathered record by record (`add`), for extract and summarize alike.

    Memory does not grow with the number of records: totals and the cross-article tables are
    counters, and the per-article table keeps its first TABLE_HEAD and last TABLE_TAIL rows.
    keep_rows=True keeps every Row as well, for `summarize --json`, which lists every article.
    """

    def __init__(self, keep_rows: bool = False):
        self.rows: list[Row] | None = [] if keep_rows else None
        self.head: list[Row] = []
        self.tail: deque[Row] = deque(maxlen=TABLE_TAIL)
        self.articles = self.quotes = self.conditions = 0
        self.paths: Counter = Counter()  # records per input path (the log)
        self.held: dict[tuple[str, str], Counter] = {}  # (condition type, holder party) -> stances
        self.speaker_quotes: Counter = Counter()  # (speaker, party) -> quotes
        self.speaker_articles: Counter = Counter()  # (speaker, party) -> articles
        self.region_articles: Counter = Counter()  # region -> articles naming it
        self.dated: Counter = Counter()  # (date or "", type, stance, party) -> conditions

    @classmethod
    def of(cls, rows, keep_rows: bool = True) -> "Summary":
        if isinstance(rows, Summary):
            return rows
        out = cls(keep_rows=keep_rows)
        for r in rows:
            out.add(r)
        return out

    def add(self, rec: "dict | Row") -> Row:
        r = rec if isinstance(rec, Row) else Row.of(rec)
        # A value that cannot be counted (a list where a name belongs) fails here, before any counter moves.
        hash((tuple(r.conditions), tuple(r.quoted), tuple(r.regions), tuple(r.timeline), r.path))
        if self.rows is not None:
            self.rows.append(r)
        if len(self.head) < TABLE_HEAD:
            self.head.append(r)
        else:
            self.tail.append(r)
        self.articles += 1
        self.quotes += r.quotes
        self.conditions += len(r.conditions)
        self.paths[r.path] += 1
        for t, st, party in r.conditions:
            self.held.setdefault((str(t or "?"), str(party or "?")), Counter())[str(st or "?")] += 1
        for name, party, n in r.quoted:
            self.speaker_quotes[(name, party)] += n
        for key in {(name, party) for name, party, _ in r.quoted}:
            self.speaker_articles[key] += 1
        for g in set(r.regions):
            self.region_articles[g] += 1
        for d, t, st, by, party in r.timeline:
            self.dated[(d or "", t, st, party)] += 1
        return r

    @property
    def table_rows(self) -> tuple[list[Row], int, list[Row]]:
        """(first rows, rows left out, last rows) of the per-article table."""
        return self.head, self.articles - len(self.head) - len(self.tail), list(self.tail)


def make_console(no_color: bool = False, quiet: bool = False, stderr: bool = True) -> Console:
    """Talk goes to standard error (`stderr=False`: a command's data, as `summarize`'s tables, on standard
    output); rich drops colour itself on a non-TTY or with NO_COLOR set.

    Off a terminal rich also drops animation (status spinners, progress bars) and
    lays tables out for 80 columns; --no-color and NO_COLOR give the same plain output on a terminal.
    """
    # --no-color and NO_COLOR mean plain output: no colour, no styles, no spinner or progress bar
    # (rich treats the console as a non-terminal, and callers animate only on a terminal).
    plain = no_color or bool(os.environ.get("NO_COLOR"))
    # soft_wrap: a message is one line however long (grep-able logs); tables still fit the width.
    return Console(stderr=stderr, no_color=plain or None, force_terminal=False if plain else None, highlight=False,
                   quiet=quiet, soft_wrap=True)


def print_summary(console: Console, rows: "Summary | list[Row]", failed: int = 0) -> None:
    """A table per run, one row an article (the first and last ones of a long run), with totals;
    readable at 80 columns. Takes a Summary, or Rows.

    Cells are Text, never markup: a title like "[Update] ..." prints as it is.
    """
    summ = Summary.of(rows)
    table = Table(title="peacecond", show_footer=True, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
                  padding=(0, 1, 0, 0), caption="totals: quotes and conditions summed, speakers and regions distinct",
                  caption_justify="left")
    # Fixed narrow columns for the numbers; the title takes what is left and is cut with an ellipsis.
    table.add_column("article", footer=f"{summ.articles} articles", max_width=16, overflow="ellipsis", no_wrap=True)
    table.add_column("title", max_width=max(10, console.width - 60), overflow="ellipsis", no_wrap=True)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("spk", justify="right", no_wrap=True, min_width=3, footer=str(len(summ.speaker_articles)))
    table.add_column("quotes", justify="right", no_wrap=True, min_width=6, footer=str(summ.quotes))
    # A count, not a list: the distinct regions of the run are in the footer.
    table.add_column("regions", justify="right", no_wrap=True, min_width=7, footer=str(len(summ.region_articles)))
    table.add_column("cond", justify="right", no_wrap=True, min_width=4, footer=str(summ.conditions))
    head, more, tail = summ.table_rows
    for r in head:
        _article_row(table, r)
    if more:
        table.add_row(Text("..."), Text(f"{more} more articles", style="dim"), "", "", "", "", "")
    for r in tail:
        _article_row(table, r)
    console.print(table)
    print_cross_tables(console, summ)
    if failed:
        console.print(Text(f"{failed} input(s) failed; see the errors above", style="red"))


def _article_row(table: Table, r: Row) -> None:
    title = Text(r.title or "-") if r.relevant else Text(f"{r.title} (off-topic)", style="dim")
    table.add_row(Text(r.article), title, r.published or "-", str(r.speakers), str(r.quotes),
                  str(len(r.regions)), str(len(r.conditions)))


# --- across articles: the same numbers on the terminal (print_cross_tables) and for scripts (summary_dict) ---

STANCES = ("demand", "reject", "offer")
TOP_SPEAKERS = 10
TOP_REGIONS = 15
TIMELINE_ROWS = 30  # more rows than this on a terminal: the timeline is grouped by month, then by year


def _dicts(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _scalar(obj: dict, key: str) -> str:
    """A text field of a record edited by hand or by jq: a string or null, else the record is an error."""
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"{key!r} must be a string or null, not {value!r}")
    return value


def _quote_count(value) -> int:
    """A speaker's "quotes": a count. A record cut down by jq may lack it: a listed speaker has at least one."""
    if value is None:
        return 1
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"a speaker's quotes must be a count, not {value!r}")
    return value


def _date(value) -> str | None:
    """A condition's or quote's date as ISO text (a bare string, or a dates-entry dict with a value)."""
    if isinstance(value, dict):
        value = value.get("value")
    return value if isinstance(value, str) and value else None


def holder_counts(rows: "Summary | list[Row]") -> dict[tuple[str, str], Counter]:
    """(condition type, holder party) -> Counter of stances."""
    return Summary.of(rows).held


def speaker_counts(rows: "Summary | list[Row]") -> list[tuple[str, str, int, int]]:
    """(speaker, party, quotes, articles) of the records' speakers, most quoted first, then by name."""
    summ = Summary.of(rows)
    return sorted(((s, p, n, summ.speaker_articles[(s, p)]) for (s, p), n in summ.speaker_quotes.items()),
                  key=lambda x: (-x[2], -x[3], x[0], x[1]))


def region_counts(rows: "Summary | list[Row]") -> list[tuple[str, int]]:
    """(region, articles naming it), most named first."""
    return sorted(Summary.of(rows).region_articles.items(), key=lambda x: (-x[1], x[0]))


def timeline_entries(rows: list[Row]) -> list[dict]:
    """One entry per condition, by statement date (the article's date when the statement has none)."""
    out = [{"date": d or None, "type": t, "stance": st, "by": by, "party": party, "article": r.article,
            "id": r.id} for r in rows for d, t, st, by, party in r.timeline]
    return sorted(out, key=lambda e: (e["date"] is None, e["date"] or "", e["article"], e["type"], e["stance"]))


def _timeline_rows(dated: Counter) -> tuple[str, list[tuple]]:
    """The (date, type, stance, party) counts by day, else by month, else by year: at most TIMELINE_ROWS rows."""
    for grain, width in (("day", 10), ("month", 7), ("year", 4)):
        c: Counter = Counter()
        for (d, t, st, party), n in dated.items():
            c[((d or "undated")[:width], t, st, party)] += n
        if len(c) <= TIMELINE_ROWS or grain == "year":
            break
    return grain, [(*k, n) for k, n in sorted(c.items(), key=lambda x: (x[0][0] == "undated", x[0]))]


def _table(title: str, columns: list[tuple[str, str]], caption: str | None = None) -> Table:
    t = Table(title=title, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False, caption=caption)
    for name, justify in columns:
        t.add_column(name, justify=justify)
    return t


def print_cross_tables(console: Console, rows: "Summary | list[Row]") -> None:
    """Across articles: conditions by type x holder party, most quoted speakers, regions, timeline."""
    rows = Summary.of(rows)
    held = holder_counts(rows)
    if held:
        # A row a (type, party): a column a party cannot fit 80 columns once a corpus names ten sides.
        ct = _table("conditions by type and holder party", [("type", "left"), ("by", "left"), ("demands", "right"),
                    ("rejections", "right"), ("offers", "right")])
        for (t, p), n in sorted(held.items(), key=lambda x: (x[0][0], -sum(x[1].values()), str(x[0][1]))):
            ct.add_row(Text(t), Text(str(p or "?")), str(n["demand"]), str(n["reject"]), str(n["offer"]))
        console.print(ct)
    speakers = speaker_counts(rows)
    if speakers:
        st = _table("most quoted speakers", [("speaker", "left"), ("party", "left"), ("quotes", "right"),
                                             ("articles", "right")],
                    caption="quotes: statements naming them (not fragments)")
        for s, p, n, a in speakers[:TOP_SPEAKERS]:
            st.add_row(Text(str(s)), Text(str(p)), str(n), str(a))
        console.print(st)
    regions = region_counts(rows)
    if regions:
        more = len(regions) - TOP_REGIONS
        rt = _table("regions named", [("region", "left"), ("articles", "right")],
                    caption=f"and {more} more" if more > 0 else None)
        for g, n in regions[:TOP_REGIONS]:
            rt.add_row(Text(str(g)), str(n))
        console.print(rt)
    if rows.dated:
        grain, trows = _timeline_rows(rows.dated)
        tt = _table(f"conditions by statement date (by {grain})", [("date", "left"), ("type", "left"),
                    ("stance", "left"), ("by", "left"), ("n", "right")])
        for d, t, stance, party, n in trows:
            tt.add_row(d, Text(str(t)), Text(str(stance)), Text(str(party)), str(n))
        console.print(tt)


def summary_dict(rows: "Summary | list[Row]", failed: int = 0) -> dict:
    """The summary as one JSON-able object (`peacecond summarize --json`): the same numbers as the tables.
    Lists every article and timeline entry, so it needs the Rows (a list, or Summary(keep_rows=True))."""
    summ = Summary.of(rows)
    if summ.rows is None:
        raise ValueError("summary_dict needs every Row: Summary(keep_rows=True)")
    rows = summ.rows
    held = holder_counts(summ)

    def known(value):  # the tables print "?" for an unknown speaker or party; scripts get null
        return None if value == "?" else value

    return {
        "articles": [{"article": r.article, "path": r.path or None, "line": r.line, "id": r.id,
                      "title": r.title or None, "published": r.published or None, "relevant": r.relevant,
                      "speakers": r.speakers, "quotes": r.quotes, "regions": r.regions,
                      "conditions": len(r.conditions)} for r in rows],
        # Like the table's footer: quotes and conditions summed, speakers and regions distinct.
        "totals": {"articles": summ.articles, "speakers": len(summ.speaker_articles), "quotes": summ.quotes,
                   "regions": len(summ.region_articles), "conditions": summ.conditions, "failed": failed},
        "conditions_by_holder": [{"type": t, "party": known(p), **{s: held[(t, p)][s] for s in STANCES}}
                                 for t, p in sorted(held)],
        "speakers": [{"speaker": s, "party": known(p), "quotes": n, "articles": a}
                     for s, p, n, a in speaker_counts(summ)],
        "regions": [{"region": g, "articles": n} for g, n in region_counts(summ)],
        "timeline": [{k: known(v) if k in ("by", "party") else v for k, v in e.items()}
                     for e in timeline_entries(rows)],
    }


def iter_json_values(lines: Iterable[str], name: str):
    """Records in peacecond output or anything jq makes of it: JSON Lines, pretty-printed objects one
    after another (jq without -c), or an array of them (jq -s). Yields dicts, and InputError for what
    is not a JSON object (resuming at the next line).

    Reads `lines` as they come: memory holds one value's lines, not the file (a jq -s array is one
    value). A value is parsed when it can be complete: after its first line (JSON Lines), or at a
    line that closes it in column 0 (how jq and json.dumps(indent=...) end a top-level value).
    """
    buf: list[str] = []
    first = 0  # line number of buf[0]
    skipping = False  # after a malformed value: its indented lines and closers are not values of their own
    for n, line in enumerate(lines, 1):
        if not buf:
            if not line.strip(" \t\r\n\ufeff") or (skipping and line[0] in _NOT_A_START):
                continue
            first, skipping = n, False
        buf.append(line)
        if len(buf) == 1 or line.rstrip() in ("}", "]"):
            rest, first, skipping = yield from _json_values("".join(buf), name, first, complete=False)
            buf = [rest] if rest else []
    if buf:
        yield from _json_values("".join(buf), name, first, complete=True)


_NOT_A_START = " \t\r\n}],:"


def _json_values(text: str, name: str, line: int, complete: bool):
    """Yield the values in `text` (its first character on line `line`); return the incomplete tail, which
    needs the lines after it (none when `complete`: the input has ended, so a tail is malformed), its
    line, and whether a malformed value may go on in the lines after `text`."""
    import json

    from .errors import InputError
    from .reader import TOO_DEEP, json_int

    decoder = json.JSONDecoder(parse_int=json_int)  # (an integer of over 4,300 digits stays digits, as in extract)
    pos, n = 0, len(text)
    while True:
        skip = pos
        while pos < n and text[pos] in " \t\r\n\ufeff":
            pos += 1
        line += text.count("\n", skip, pos)
        if pos >= n:
            return "", line, False
        try:
            value, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as err:  # (RecursionError: nested deeper than Python follows)
            # Cut at a line end, a value is incomplete exactly when the decoder ran out of text (a JSON
            # string never holds a raw line break); anything else is malformed.
            if not complete and getattr(err, "pos", 0) >= len(text.rstrip()):
                return text[pos:], line, False
            why = TOO_DEEP if isinstance(err, RecursionError) else getattr(err, "msg", err)
            yield InputError(name, f"malformed JSON ({why})", line)
            # Resume at the next line that can start a value: not the bad value's own indented lines.
            while True:
                nl = text.find("\n", pos)
                if nl < 0 or nl + 1 >= n:
                    return "", line, True
                line += 1
                pos = nl + 1
                if text[pos] not in _NOT_A_START:
                    break
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                yield item
            else:
                yield InputError(name, "not a peacecond record (expected a JSON object)", line)
        line += text.count("\n", pos, end)
        pos = end
