"""The terminal summary of a run, built from records alone (so any JSONL can be summarised)."""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

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
    quoted: list[tuple[str, str]] = field(default_factory=list)  # (speaker, party) of each attributed quote
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
            article=name, title=rec.get("title") or "", published=rec.get("published") or "",
            speakers=len(rec.get("speakers") or []), quotes=len(rec.get("quotes") or []),
            regions=[r.get("name", "") for r in rec.get("regions") or []],
            conditions=[(c.get("type"), c.get("stance"), ((c.get("by") or {}).get("party") or "?"))
                        for c in rec.get("conditions") or []],
            relevant=rec.get("relevant", True),
            quoted=[(q.get("speaker"), q.get("party") or "?") for q in _dicts(rec.get("quotes")) if q.get("speaker")],
            timeline=[(_date(c.get("date")) or rec.get("published") or "", c.get("type") or "?",
                       c.get("stance") or "?", (c.get("by") or {}).get("name") or "?",
                       (c.get("by") or {}).get("party") or "?") for c in _dicts(rec.get("conditions"))],
            path=path, line=line, id=rec.get("id"))


def make_console(no_color: bool = False, quiet: bool = False) -> Console:
    """Talk goes to standard error; rich drops colour itself on a non-TTY or with NO_COLOR set.

    Off a terminal rich also drops animation (status spinners, progress bars) and
    lays tables out for 80 columns; --no-color and NO_COLOR give the same plain output on a terminal.
    """
    # --no-color and NO_COLOR mean plain output: no colour, no styles, no spinner or progress bar
    # (rich treats the console as a non-terminal, and callers animate only on a terminal).
    plain = no_color or bool(os.environ.get("NO_COLOR"))
    # soft_wrap: a message is one line however long (grep-able logs); tables still fit the width.
    return Console(stderr=True, no_color=plain or None, force_terminal=False if plain else None, highlight=False,
                   quiet=quiet, soft_wrap=True)


def print_summary(console: Console, rows: list[Row], failed: int = 0) -> None:
    """A table per run, one row an article, with totals; readable at 80 columns.

    Cells are Text, never markup: a title like "[Update] ..." prints as it is.
    """
    table = Table(title="peacecond", show_footer=True, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
                  padding=(0, 1, 0, 0))
    # Fixed narrow columns for the numbers; the title takes what is left and is cut with an ellipsis.
    table.add_column("article", footer=f"{len(rows)} articles", max_width=16, overflow="ellipsis", no_wrap=True)
    table.add_column("title", max_width=max(10, console.width - 60), overflow="ellipsis", no_wrap=True)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("spk", justify="right", no_wrap=True, min_width=3, footer=str(sum(r.speakers for r in rows)))
    table.add_column("quotes", justify="right", no_wrap=True, min_width=6, footer=str(sum(r.quotes for r in rows)))
    # A count, not a list: the distinct regions of the run are in the footer.
    table.add_column("regions", justify="right", no_wrap=True, min_width=7, footer=str(len({g for r in rows for g in r.regions})))
    table.add_column("cond", justify="right", no_wrap=True, min_width=4, footer=str(sum(len(r.conditions) for r in rows)))
    for r in rows:
        title = Text(r.title or "-") if r.relevant else Text(f"{r.title} (off-topic)", style="dim")
        table.add_row(Text(r.article), title, r.published or "-", str(r.speakers), str(r.quotes),
                      str(len(r.regions)), str(len(r.conditions)))
    console.print(table)
    print_cross_tables(console, rows)
    if failed:
        console.print(Text(f"{failed} input(s) failed; see the errors above", style="red"))


# --- across articles: the same numbers on the terminal (print_cross_tables) and for scripts (summary_dict) ---

STANCES = ("demand", "reject", "offer")
TOP_SPEAKERS = 10
TOP_REGIONS = 15
TIMELINE_ROWS = 30  # more rows than this on a terminal: the timeline is grouped by month, then by year


def _dicts(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _date(value) -> str | None:
    """A condition's or quote's date as ISO text (a bare string, or a dates-entry dict with a value)."""
    if isinstance(value, dict):
        value = value.get("value")
    return value if isinstance(value, str) and value else None


def holder_counts(rows: list[Row]) -> dict[tuple[str, str], Counter]:
    """(condition type, holder party) -> Counter of stances."""
    out: dict[tuple[str, str], Counter] = {}
    for r in rows:
        for t, st, party in r.conditions:
            out.setdefault((str(t or "?"), str(party or "?")), Counter())[str(st or "?")] += 1
    return out


def speaker_counts(rows: list[Row]) -> list[tuple[str, str, int, int]]:
    """(speaker, party, quotes, articles), most quoted first, then by name."""
    quotes: Counter = Counter()
    articles: Counter = Counter()
    for r in rows:
        for key in r.quoted:
            quotes[key] += 1
        for key in set(r.quoted):
            articles[key] += 1
    return sorted(((s, p, n, articles[(s, p)]) for (s, p), n in quotes.items()),
                  key=lambda x: (-x[2], -x[3], x[0], x[1]))


def region_counts(rows: list[Row]) -> list[tuple[str, int]]:
    """(region, articles naming it), most named first."""
    c = Counter(g for r in rows for g in set(r.regions))
    return sorted(c.items(), key=lambda x: (-x[1], x[0]))


def timeline_entries(rows: list[Row]) -> list[dict]:
    """One entry per condition, by statement date (the article's date when the statement has none)."""
    out = [{"date": d or None, "type": t, "stance": st, "by": by, "party": party, "article": r.article,
            "id": r.id} for r in rows for d, t, st, by, party in r.timeline]
    return sorted(out, key=lambda e: (e["date"] is None, e["date"] or "", e["article"], e["type"], e["stance"]))


def _timeline_rows(entries: list[dict]) -> tuple[str, list[tuple]]:
    for grain, width in (("day", 10), ("month", 7), ("year", 4)):
        c = Counter(((e["date"] or "undated")[:width], e["type"], e["stance"], e["party"]) for e in entries)
        if len(c) <= TIMELINE_ROWS or grain == "year":
            break
    return grain, [(*k, n) for k, n in sorted(c.items(), key=lambda x: (x[0][0] == "undated", x[0]))]


def _table(title: str, columns: list[tuple[str, str]], caption: str | None = None) -> Table:
    t = Table(title=title, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False, caption=caption)
    for name, justify in columns:
        t.add_column(name, justify=justify)
    return t


def print_cross_tables(console: Console, rows: list[Row]) -> None:
    """Across articles: conditions by type x holder party, most quoted speakers, regions, timeline."""
    held = holder_counts(rows)
    if held:
        parties = sorted({p for _, p in held})
        ct = _table("conditions by type and holder party (demand/reject)",
                    [("type", "left")] + [(p, "right") for p in parties])
        for t in sorted({t for t, _ in held}):
            cells = []
            for p in parties:
                n = held.get((t, p))
                cells.append(f"{n['demand']}/{n['reject']}" + (f" +{n['offer']}o" if n["offer"] else "") if n else "-")
            ct.add_row(Text(t), *cells)
        console.print(ct)
        if any(n["offer"] for n in held.values()):
            console.print(Text("cells: demands/rejections; +No = N offers", style="dim"))
    speakers = speaker_counts(rows)
    if speakers:
        st = _table("most quoted speakers", [("speaker", "left"), ("party", "left"), ("quotes", "right"),
                                             ("articles", "right")])
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
    entries = timeline_entries(rows)
    if entries:
        grain, trows = _timeline_rows(entries)
        tt = _table(f"conditions by statement date (by {grain})", [("date", "left"), ("type", "left"),
                    ("stance", "left"), ("by", "left"), ("n", "right")])
        for d, t, stance, party, n in trows:
            tt.add_row(d, Text(str(t)), Text(str(stance)), Text(str(party)), str(n))
        console.print(tt)


def summary_dict(rows: list[Row], failed: int = 0) -> dict:
    """The summary as one JSON-able object (`peacecond summarize --json`): the same numbers as the tables."""
    held = holder_counts(rows)

    def known(value):  # the tables print "?" for an unknown speaker or party; scripts get null
        return None if value == "?" else value

    return {
        "articles": [{"article": r.article, "path": r.path or None, "line": r.line, "id": r.id,
                      "title": r.title or None, "published": r.published or None, "relevant": r.relevant,
                      "speakers": r.speakers, "quotes": r.quotes, "regions": r.regions,
                      "conditions": len(r.conditions)} for r in rows],
        "totals": {"articles": len(rows), "speakers": sum(r.speakers for r in rows),
                   "quotes": sum(r.quotes for r in rows), "regions": len({g for r in rows for g in r.regions}),
                   "conditions": sum(len(r.conditions) for r in rows), "failed": failed},
        "conditions_by_holder": [{"type": t, "party": known(p), **{s: held[(t, p)][s] for s in STANCES}}
                                 for t, p in sorted(held)],
        "speakers": [{"speaker": s, "party": known(p), "quotes": n, "articles": a}
                     for s, p, n, a in speaker_counts(rows)],
        "regions": [{"region": g, "articles": n} for g, n in region_counts(rows)],
        "timeline": [{k: known(v) if k in ("by", "party") else v for k, v in e.items()}
                     for e in timeline_entries(rows)],
    }


def iter_json_values(text: str, name: str):
    """Records in peacecond output or anything jq makes of it: JSON Lines, pretty-printed objects one
    after another (jq without -c), or an array of them (jq -s). Yields dicts, and InputError for what
    is not a JSON object (resuming at the next line)."""
    import json

    from .errors import InputError

    decoder = json.JSONDecoder()
    pos, n = 0, len(text)
    while True:
        while pos < n and text[pos] in " \t\r\n\ufeff":
            pos += 1
        if pos >= n:
            return
        line = text.count("\n", 0, pos) + 1
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError as err:
            yield InputError(name, f"malformed JSON ({getattr(err, 'msg', err)})", line)
            nl = text.find("\n", pos)
            pos = n if nl < 0 else nl + 1
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                yield item
            else:
                yield InputError(name, "not a peacecond record (expected a JSON object)", line)
