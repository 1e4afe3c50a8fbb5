"""The terminal summary of a run, built from records alone (so any JSONL can be summarised)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table


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
            relevant=rec.get("relevant", True))


def make_console(no_color: bool = False, quiet: bool = False) -> Console:
    """Talk goes to standard error; rich drops colour itself on a non-TTY or with NO_COLOR set."""
    return Console(stderr=True, no_color=no_color or None, highlight=False, quiet=quiet)


def print_summary(console: Console, rows: list[Row], failed: int = 0) -> None:
    table = Table(title="peacecond", show_footer=True, header_style="bold")
    table.add_column("article", footer=f"{len(rows)} articles")
    table.add_column("title", max_width=48, overflow="ellipsis", no_wrap=True)
    table.add_column("published")
    table.add_column("speakers", justify="right", footer=str(sum(r.speakers for r in rows)))
    table.add_column("quotes", justify="right", footer=str(sum(r.quotes for r in rows)))
    table.add_column("regions", max_width=40, footer=str(len({g for r in rows for g in r.regions})))
    table.add_column("conditions", justify="right", footer=str(sum(len(r.conditions) for r in rows)))
    for r in rows:
        table.add_row(r.article, r.title if r.relevant else f"[dim]{r.title} (off-topic)[/dim]", r.published or "-",
                      str(r.speakers), str(r.quotes), ", ".join(r.regions), str(len(r.conditions)))
    console.print(table)
    kinds = Counter((t, s, p) for r in rows for t, s, p in r.conditions)
    if kinds:
        ct = Table(title="conditions by type, stance and holder", header_style="bold")
        for col in ("type", "stance", "by", "articles"):
            ct.add_column(col)
        for (t, s, p), n in sorted(kinds.items()):
            ct.add_row(t, s, p, str(n))
        console.print(ct)
    if failed:
        console.print(f"[red]{failed} input(s) failed[/red]; see the errors above")
