"""Lookups by character offset that stay cheap as an article grows.

A check made for each token, name or statement that scanned every quote, name or speaker of the
article cost the square of its length (a page of 50,000 words spent most of its time there). These
answer the same questions by bisection over lists sorted once.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort_left
from itertools import accumulate


class Ranges:
    """Ranges (start, end) of offsets, asked whether one holds or overlaps a given range. Ranges may nest
    or overlap: each answer is the one a scan of all of them would give."""

    def __init__(self, ranges):
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]
        self.max_end = list(accumulate((e for _, e in self.ranges), max))  # furthest end of the first k + 1
        self.widest: dict[int, int] = {}  # start -> the furthest end of the ranges starting there
        for s, e in self.ranges:
            self.widest[s] = max(e, self.widest.get(s, e))

    def holds(self, pos: int, end_inclusive: bool = True) -> bool:
        """Is pos within some range: start <= pos <= end (start <= pos < end with end_inclusive=False)?"""
        k = bisect_right(self.starts, pos)
        return k > 0 and (self.max_end[k - 1] >= pos if end_inclusive else self.max_end[k - 1] > pos)

    def holds_other(self, start: int, end: int) -> bool:
        """Does a range other than (start, end) itself hold [start, end]?"""
        k = bisect_left(self.starts, start)
        return (k > 0 and self.max_end[k - 1] >= end) or self.widest.get(start, end) > end

    def overlaps(self, start: int, end: int) -> bool:
        """Does a range share a part with [start, end) (start < its end and its start < end)?"""
        k = bisect_left(self.starts, end)
        return k > 0 and self.max_end[k - 1] > start

    def overlap(self, start: int, end: int) -> int:
        """How many offsets of [start, end) the ranges cover, each range counted (as a sum over them would)."""
        total = 0
        for k in range(bisect_left(self.starts, end) - 1, -1, -1):
            if self.max_end[k] <= start:
                break  # no range this early reaches start
            s, e = self.ranges[k]
            if e > start:
                total += min(end, e) - max(start, s)
        return total


class History(list):
    """Speakers and subjects as the story meets them (a list, appended to), also kept by offset (`at`):
    latest(before) gives those before an offset, the latest first, without sorting all of them each time."""

    def __init__(self, items=()):
        super().__init__()
        self._by_at: list = []
        for it in items:
            self.append(it)

    def append(self, item) -> None:
        super().append(item)
        # Of two at one offset, the one met first comes first in latest(): insert before equal ones.
        insort_left(self._by_at, item, key=lambda h: h.at)

    def latest(self, before: float = float("inf")):
        """Items with at < before, the latest first (of two at one offset, the one met first)."""
        k = bisect_left(self._by_at, before, key=lambda h: h.at)
        return (self._by_at[j] for j in range(k - 1, -1, -1))


class Marks(list):
    """The (open, close) offsets of the direct quotes' marks: a list, also asked by bisection."""

    def __init__(self, marks):
        super().__init__(marks)
        self._ranges = Ranges(self)

    def holds(self, pos: int, end_inclusive: bool = True) -> bool:
        return self._ranges.holds(pos, end_inclusive)

    def overlap(self, start: int, end: int) -> int:
        return self._ranges.overlap(start, end)
