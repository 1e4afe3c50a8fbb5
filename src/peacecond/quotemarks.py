"""Find direct quotations by their marks, paragraph by paragraph.

A quote never runs past its paragraph unless the next paragraph opens with a
quote mark (the newspaper convention for a quote over several paragraphs), so
a stray or unbalanced mark costs one paragraph at most, never the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .boilerplate import inside, lines

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
STRAIGHT = '"'
OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"
OPENERS = OPEN_DOUBLE + STRAIGHT + OPEN_SINGLE + "'"
MARK = re.compile("[" + re.escape(OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT + OPEN_SINGLE + CLOSE_SINGLE + "'") + "]")


@dataclass(frozen=True)
class Marked:
    """Content offsets of one quoted passage (without its marks)."""

    start: int
    end: int
    continued: bool = False  # runs on into the next paragraph


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()


def _straight_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


APOSTROPHE = "'"


def _apostrophe_opens(text: str, i: int) -> bool:
    """A straight ' opening a British-style quote: after a space or a dash, before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and (after.isalnum() or after in "“\"")


def _apostrophe_closes(text: str, i: int) -> bool:
    """A straight ' closing one: after the quote's own punctuation (',' he said; ... land.') or before
    the sentence's (... 'a frozen conflict'.), never the apostrophe of "don't" or of the plural
    possessive "soldiers' families"."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before in ",.!?;:…—":
        return not after.isalnum()
    # A partial quote with the punctuation outside: ... want 'a frozen conflict'.
    return before.isalnum() and (after in ".,;:!?)\n")


def _single_closes(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def scan(text: str, boilerplate=()) -> tuple[list[Marked], list[str]]:
    quotes: list[Marked] = []
    warnings: list[str] = []
    paras = [(s, e) for s, e, _ in lines(text) if not inside(list(boilerplate), s, e)]
    for n, (start, end) in enumerate(paras):
        open_at = None  # offset of the opening mark of the double-quoted passage
        single_at = None  # offset of a ‘ or ' opening a single-quoted passage outside double quotes
        for mark in MARK.finditer(text, start, end):  # only marks change the state: skip the words between
            i = mark.start()
            ch = text[i]
            if open_at is None and single_at is None:
                if ch in OPEN_DOUBLE or (ch == STRAIGHT and _straight_opens(text, i)):
                    open_at = i
                elif ch == OPEN_SINGLE or (ch == APOSTROPHE and _apostrophe_opens(text, i)):
                    single_at = i
                elif ch in CLOSE_DOUBLE or ch == STRAIGHT:
                    warnings.append(f"stray closing quote mark at offset {i}")
            elif open_at is not None:
                if ch in CLOSE_DOUBLE or (ch == STRAIGHT and _straight_closes(text, i)):
                    if i > open_at + 1:
                        quotes.append(Marked(open_at + 1, i))
                    open_at = None
                elif ch in OPEN_DOUBLE or (ch == STRAIGHT and _straight_opens(text, i)):
                    # A mark that can only open: the earlier one was stray (odd number of marks).
                    warnings.append(f"unbalanced quote mark at offset {open_at}: reopened at {i} before closing")
                    open_at = i
            else:  # inside a single-quoted passage
                straight = text[single_at] == APOSTROPHE
                if (ch == CLOSE_SINGLE and not straight and _single_closes(text, i)) or \
                        (ch == APOSTROPHE and straight and _apostrophe_closes(text, i)):
                    if i > single_at + 1:
                        quotes.append(Marked(single_at + 1, i))
                    single_at = None
                elif ch in OPEN_DOUBLE:
                    single_at, open_at = None, i
        if open_at is not None:
            nxt = paras[n + 1][0] if n + 1 < len(paras) else None
            if nxt is not None and text[nxt] in OPENERS and end > open_at + 1:
                quotes.append(Marked(open_at + 1, end, continued=True))
            else:
                warnings.append(f"unbalanced quote mark at offset {open_at}: no closing mark in its paragraph")
        # An unclosed ‘ is far more often an apostrophe-like use than a quote: drop it silently.
    return quotes, warnings


WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    return len(WORD.findall(text))
