"""Draw the condition timeline (`peacecond plot`): a row per holder party, time across.

A mark's shape is the condition type, its colour and fill the stance (demand filled blue, reject filled
orange-red, offer hollow green: Okabe-Ito colours, told apart without colour vision too). Each type keeps its
own lane inside a party's row, so types said on the same day do not cover each other; one article's
statements of a (party, type, stance) on a day are one event, and several articles' events on the same day
are one mark whose area grows with their number, so 500 articles read as well as 5.

matplotlib is an optional dependency (`pip install 'peacecond[plot]'`); it is used through its object API
with the Agg canvas: no display, no pyplot state, safe in a worker.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from pathlib import Path

from .conditions_rules import condition_types
from .errors import PeacecondError
from .timeline import NO_PARTY, STANCES, Event

FORMATS = ("png", "svg", "pdf")
# The order types are drawn and listed in: patterns/conditions.jsonl's (a type a researcher adds there too).
TYPE_ORDER = condition_types()
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*", "h", "<", ">", "p", "d", "8", "H")
STANCE_STYLE = {  # (edge/face colour, filled)
    "demand": ("#0072B2", True),
    "reject": ("#D55E00", True),
    "offer": ("#009E73", False),
}
LANE_SPREAD = 0.36  # half the height of a row the type lanes use (a row is 1.0)
BASE_AREA = 30.0  # points^2 of a mark for one event


class PlotError(PeacecondError):
    """The plot cannot be made: matplotlib missing, an output format it cannot write."""


def load_matplotlib():
    try:
        import matplotlib
    except ImportError:
        raise PlotError("peacecond plot needs matplotlib, an optional extra: pip install 'peacecond[plot]'") from None
    matplotlib.use("Agg", force=True)
    return matplotlib


def output_format(path: str | Path) -> str:
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise PlotError(f"{path}: cannot tell the format from its name; end it in .png, .svg or .pdf")
    return fmt


def _rows(events: list[Event], max_parties: int) -> tuple[list[str], dict[str, str]]:
    """Row labels top to bottom (most events first) and party -> row; parties past max_parties share a row."""
    counts = Counter(e.party for e in events)
    ranked = sorted(counts, key=lambda p: (p == NO_PARTY, -counts[p], p))
    if len(ranked) > max_parties:
        kept, pooled = ranked[:max_parties - 1], ranked[max_parties - 1:]
        other = f"{len(pooled)} other parties"
        return kept + [other], {p: (p if p in kept else other) for p in ranked}
    return ranked, {p: p for p in ranked}


def _types(events: list[Event]) -> list[str]:
    present = {e.type for e in events}
    return [t for t in TYPE_ORDER if t in present] + sorted(present - set(TYPE_ORDER))


def draw(events: list[Event], output: str | Path, *, title: str | None = None, max_parties: int = 20,
         articles: int | None = None, undated: int = 0) -> dict:
    """Write the timeline of `events` to `output` (.png, .svg or .pdf), atomically.

    `undated`: how many conditions were left out for want of any date (said under the plot).
    Returns what it drew: {"rows": [label, ...] top to bottom, "types": [...], "stances": [...],
    "events": n, "marks": n, "grain": "day" | "week" | ..., "format": fmt}.
    """
    fmt = output_format(output)
    mpl = load_matplotlib()
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    rows, row_of = _rows(events, max(1, max_parties))
    types = _types(events)
    stances = [s for s in STANCES if any(e.stance == s for e in events)] + sorted(
        {e.stance for e in events} - set(STANCES))
    lane = {t: (0.0 if len(types) == 1 else LANE_SPREAD - 2 * LANE_SPREAD * i / (len(types) - 1))
            for i, t in enumerate(types)}
    grain, bin_of = _bins(events, lambda e: (row_of[e.party], e.type, e.stance))
    marks = Counter((row_of[e.party], e.type, e.stance, bin_of(e.date)) for e in events)

    with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "peacecond", "font.size": 9}):
        largest = max(marks.values(), default=1)
        entries = 2 + len(stances) + len(types) + (1 + len(_size_steps(largest)) if largest > 1 else 0)
        height = max(3.2, 1.9 + 0.42 * max(len(rows), 2), 1.0 + 0.2 * entries)
        fig = Figure(figsize=(11, height), layout="constrained")
        ax = fig.add_subplot()
        y = {label: len(rows) - 1 - i for i, label in enumerate(rows)}
        for i in range(len(rows)):
            if i % 2 == 0:
                ax.axhspan(i - 0.5, i + 0.5, color="#f2f2f2", zorder=0, lw=0)
        for stance in stances:
            colour, filled = STANCE_STYLE.get(stance, ("#555555", True))
            for t in types:
                pts = [(d, y[r] + lane[t], n) for (r, tt, st, d), n in sorted(marks.items())
                       if tt == t and st == stance]
                if not pts:
                    continue
                ax.scatter([mdates.date2num(d) for d, _, _ in pts], [v for _, v, _ in pts],
                           s=[_area(n) for _, _, n in pts], marker=_marker(t, types),
                           facecolors=colour if filled else "none", edgecolors=colour,
                           linewidths=0.6 if filled else 1.1, alpha=0.85 if largest > 1 else 1.0, zorder=3)
        ax.set_yticks(range(len(rows)))
        counts = Counter(row_of[e.party] for e in events)
        ax.set_yticklabels([f"{label} ({counts[label]})" for label in reversed(rows)])
        ax.set_ylim(-0.6, max(len(rows), 1) - 0.4)
        ax.tick_params(axis="y", length=0)
        _time_axis(ax, events, mdates)
        ax.grid(axis="x", color="#dddddd", lw=0.6, zorder=1)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        n_articles = articles if articles is not None else len({e.article for e in events})
        ax.set_title(title or f"Conditions over time: {len(events)} statement(s) in {n_articles} article(s)",
                     loc="left", fontsize=11)
        if undated:
            ax.annotate(f"{undated} condition(s) with no date (no statement date, no publication date) are not "
                        "drawn", xy=(0, 0), xycoords="axes fraction", xytext=(0, -28), textcoords="offset points",
                        va="top", fontsize=8, color="#555555")
        if not events:
            ax.text(0.5, 0.5, "no conditions to draw", transform=ax.transAxes, ha="center", va="center",
                    color="#777777")
        # One legend in sections (stance, type, mark size), outside the plot on the right: it never covers a mark.
        header = lambda text: Line2D([], [], ls="", marker="", label=text)  # noqa: E731
        handles = [header("stance")]
        for s in stances:
            colour, filled = STANCE_STYLE.get(s, ("#555555", True))
            handles.append(Line2D([], [], ls="", marker="o", markersize=7, markeredgecolor=colour,
                                  markerfacecolor=colour if filled else "none", label=s))
        handles.append(header("condition type"))
        handles += [Line2D([], [], ls="", marker=_marker(t, types), color="#444444", markersize=7,
                           label=t.replace("_", " ")) for t in types]
        if largest > 1:
            handles.append(header("events a mark stands for" + (f" (one {grain})" if grain != "day" else "")))
            handles += [Line2D([], [], ls="", marker="o", color="#999999", markersize=math.sqrt(_area(n)),
                               label=str(n)) for n in _size_steps(largest)]
        if events:
            legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
                               handletextpad=0.4, labelspacing=0.5, borderaxespad=0)
            for text, handle in zip(legend.get_texts(), handles):
                if not handle.get_marker() or handle.get_marker() == "None":
                    text.set_fontweight("bold")
        _save(fig, Path(output), fmt)
    return {"rows": rows, "types": types, "stances": stances, "events": len(events), "marks": len(marks),
            "grain": grain, "format": fmt}


GRAINS = (("day", 1), ("week", 7), ("month", 30.4), ("quarter", 91.3), ("year", 365.25))
AXIS_POINTS = 680  # the width of the time axis, in points, on the 11-inch figure


def _bins(events: list[Event], lane_of):
    """The finest grain at which no two marks of a lane cover each other, and the function that puts a day at
    the middle of its bin: marks of one lane in one bin become one, sized by their number. A few articles keep
    their days; hundreds over years are drawn by week or month."""
    days = [e.date for e in events]
    span = (max(days) - min(days)).days if days else 0
    need = span * 2 * math.sqrt(BASE_AREA) / AXIS_POINTS  # days a mark's width covers on the axis
    for grain, width in GRAINS:
        bin_of = _BIN[grain]
        if width >= need or not _collide(events, lane_of, bin_of, need):
            return grain, bin_of
    return "year", _BIN["year"]


def _collide(events, lane_of, bin_of, need) -> bool:
    lanes: dict = {}
    for e in events:
        lanes.setdefault(lane_of(e), set()).add(bin_of(e.date))
    for bins in lanes.values():
        ordered = sorted(bins)
        if any((b - a).days < need for a, b in zip(ordered, ordered[1:])):
            return True
    return False


_BIN = {
    "day": lambda d: d,
    "week": lambda d: d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=3),
    "month": lambda d: d.replace(day=15),
    "quarter": lambda d: dt.date(d.year, 3 * ((d.month - 1) // 3) + 2, 15),
    "year": lambda d: dt.date(d.year, 7, 1),
}


def _area(n: int) -> float:
    return BASE_AREA * (1 + 1.6 * math.log2(n)) if n > 1 else BASE_AREA


def _size_steps(largest: int) -> list[int]:
    steps = [1]
    for n in (5, 20, 100, 500):
        if n < largest:
            steps.append(n)
    return steps + [largest] if largest not in steps else steps


def _marker(t: str, types: list[str]) -> str:
    i = TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER) + types.index(t)
    return MARKERS[i % len(MARKERS)]


def _time_axis(ax, events: list[Event], mdates) -> None:
    if not events:  # no time to show: no dates on the axis (today's would make the file differ each day)
        ax.set_xticks([])
        return
    days = [e.date for e in events]
    lo, hi = min(days), max(days)
    pad = max(dt.timedelta(days=10), (hi - lo) * 0.04)
    ax.set_xlim(mdates.date2num(lo - pad), mdates.date2num(hi + pad))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _save(fig, target: Path, fmt: str) -> None:
    from .writer import atomic_file

    # No creation date in SVG/PDF: the same records make the same file.
    metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}.get(fmt, {})
    with atomic_file(target) as fh:
        fig.savefig(fh, format=fmt, dpi=150, metadata=metadata, bbox_inches="tight")
