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
# Marks typed as a straight quote: the double prime ″ of wire-service archives ('″We are waiting,″ he said') and
# the fullwidth ＂; read as " (one character for one, so every offset stays).
AS_STRAIGHT = str.maketrans({"\u2033": STRAIGHT, "\uff02": STRAIGHT})
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
    # (also right after a sentence's end typed without its space, 'he said."We will ...': a capital follows)
    return ((before.isspace() or before in "([{—–-:/") and not after.isspace()) \
        or (before in ".!?" and after.isupper())


def _spaced_opens(text: str, i: int, end: int) -> bool:
    """A straight " typed with a space on both sides ('he said. " We will stay," ...'): it opens a quote when the
    next straight mark of its paragraph, before any other, can only close one (right after a word or its
    punctuation, not before one)."""
    before = text[i - 1] if i > 0 else " "
    if not before.isspace() or text[i + 1:i + 2] not in {" ", "\t"} or not text[i + 1:i + 3].strip()[:1].isalnum():
        return False
    j = text.find(STRAIGHT, i + 1, end)
    after = text[j + 1:j + 2] if j >= 0 else ""
    return j > i + 2 and not text[j - 1].isspace() and (not after or not after.isalnum())


def _sentence_end_before(text: str, open_at: int, i: int) -> int | None:
    """The end of a sentence of three words at least, from after the mark at open_at, that the mark at i follows
    after one space ("... executive. |"I don't"), else None."""
    j = i - 1
    if j <= open_at + 1 or text[j] != " " or text[j - 1] not in ".!?":
        return None
    return j if len(text[open_at + 1:j].split()) >= 3 else None


def _nested_straight(text: str, i: int, end: int) -> int | None:
    """The closing mark of a straight quote opened at i inside another straight quote, when the paragraph shows the
    nesting: the next straight mark can only close, and so can a straight mark after it, before the paragraph
    ends (an odd mark out, 'he said "we go. Then "no" came', stays a stray)."""
    j = text.find(STRAIGHT, i + 1, end)
    if j < 0 or not _straight_closes(text, j) or _straight_opens(text, j):
        return None
    k = text.find(STRAIGHT, j + 1, end)
    if k < 0 or not _straight_closes(text, k) or _straight_opens(text, k):
        return None
    return j


def _straight_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


APOSTROPHE = "'"


CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m|t)\b")  # " 's", " 're": a possessive or a contraction the text spaced off


def _apostrophe_opens(text: str, i: int) -> bool:
    """A straight ' opening a British-style quote: after a space or a dash, before a word (not a clitic of text
    typed word by word, "Russia 's terms", "they 're": no quote opens on "s" or "re")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and (after.isalnum() or after in "“\"") \
        and not CLITIC.match(text, i)


def _apostrophe_closes(text: str, i: int) -> bool:
    """A straight ' closing one: after the quote's own punctuation (',' he said; ... land.') or before
    the sentence's (... 'a frozen conflict'.), never the apostrophe of "don't" or of the plural
    possessive "soldiers' families"."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before in ",.!?;:…—":
        return not after.isalnum()
    # A partial quote with the punctuation outside: ... want 'a frozen conflict'. Or a dash after it:
    # ... called 'the new realities' - a reference to ... (a plural possessive is followed by its noun).
    rest = text[i + 1:i + 4].lstrip(" ")
    return before.isalnum() and (after in ".,;:!?)\n" or (after == " " and rest[:1] in ("-", "–", "—")))


def _curly_closes(text: str, i: int) -> bool:
    """A “ in closing position (after a word or its punctuation, before a space, punctuation or the end) closes an
    open double quote: German „...“, and the sloppy “...“ of some sites."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)]—–-")


def _curly_opens(text: str, i: int) -> bool:
    """A ” in opening position (after a space, a bracket or a dash, before a word) opens a double quote: the
    ”...” of Swedish and Finnish typography, and of sites that write both marks alike."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # (also right after a sentence's end typed without its space, 'will leave.”We will ...': a capital follows)
    return ((before.isspace() or before in "([{—–-:/") and after.isalnum()) \
        or (before in ".!?" and after.isupper() and text[i - 2:i - 1].isalpha())


def _single_closes(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


MAX_RUN_ON = 3  # paragraphs a quote may run on over without the reopening convention, to its closing mark


def scan(text: str, boilerplate=()) -> tuple[list[Marked], list[str]]:
    quotes: list[Marked] = []
    warnings: list[str] = []
    text = text.translate(AS_STRAIGHT)
    boiler = list(boilerplate)
    paras = [(s, e) for s, e, _ in lines(text) if not inside(boiler, s, e)]
    pending = None  # (offset of an opening mark left open at a paragraph's end, its warning, paragraphs left)
    for n, (start, end) in enumerate(paras):
        if pending is not None:
            # A quote whose paragraph broke without the next one reopening it ("... he said: “We will not
            # leave.\nThe army stays.” ..."): it runs on to the first mark after it when that mark closes it.
            open_at, warned, left = pending
            mark = MARK.search(text, start, end)
            pending = None
            if mark is not None and (mark.group() in CLOSE_DOUBLE or (mark.group() == STRAIGHT and not
                                                                      _straight_opens(text, mark.start()))):
                last = mark.start()
                while last > open_at + 1 and text[last - 1].isspace():  # (the break before the mark is no content)
                    last -= 1
                if last > open_at + 1:
                    quotes.append(Marked(open_at + 1, last))
                warnings.remove(warned)
                start = mark.start() + 1
            elif mark is None and left > 1:
                pending = (open_at, warned, left - 1)
        nxt = paras[n + 1][0] if n + 1 < len(paras) else None
        unclosed = _scan_paragraph(text, start, end, nxt is not None and text[nxt] in OPENERS, quotes, warnings)
        if unclosed is not None:
            pending = (unclosed, warnings[-1], MAX_RUN_ON)
    return quotes, warnings


def _scan_paragraph(text: str, start: int, end: int, continues: bool, quotes: list[Marked], warnings: list[str],
                    nest: bool = True) -> int | None:
    """The quotes of one paragraph; `continues`: the next paragraph opens with a quote mark. Returns the offset
    of a double quote mark left open (and warned of) at its end, else None."""
    open_at = None  # offset of the opening mark of the double-quoted passage
    single_at = None  # offset of a ‘ or ' opening a single-quoted passage outside double quotes
    inner_at = None  # offset of a double quote opened inside that single-quoted passage (British style)
    first_inner = None  # the first such offset, and what was found before it (to scan again without nesting)
    skip_to = -1  # the closing mark of a straight quote nested in a straight quote (_nested_straight)
    for mark in MARK.finditer(text, start, end):  # only marks change the state: skip the words between
        i = mark.start()
        if i <= skip_to:
            continue
        ch = text[i]
        if open_at is None and single_at is None:
            if ch in OPEN_DOUBLE or (ch == STRAIGHT and (_straight_opens(text, i) or _spaced_opens(text, i, end))):
                open_at = i
            elif ch == OPEN_SINGLE or (ch == APOSTROPHE and _apostrophe_opens(text, i)):
                single_at = i
            elif ch == "”" and _curly_opens(text, i):
                open_at = i
            elif ch in CLOSE_DOUBLE or ch == STRAIGHT:
                warnings.append(f"stray closing quote mark at offset {i}")
        elif open_at is not None:
            if ch in CLOSE_DOUBLE or (ch == STRAIGHT and _straight_closes(text, i)) \
                    or (ch == "“" and text[open_at] in "„“" and _curly_closes(text, i)):
                if i > open_at + 1:
                    quotes.append(Marked(open_at + 1, i))
                open_at = None
            elif ch == STRAIGHT and text[open_at] == STRAIGHT and _straight_opens(text, i) \
                    and (inner := _nested_straight(text, i, end)) is not None:
                # 'he added that "the truce is conditioned on obliging "rebels" to leave homes".': a straight
                # quote inside a straight quote, the outer one closing after the inner one does.
                skip_to = inner
            elif ch in OPEN_DOUBLE or (ch == STRAIGHT and _straight_opens(text, i)):
                # A mark that can only open: the earlier one was stray (odd number of marks) ...
                warnings.append(f"unbalanced quote mark at offset {open_at}: reopened at {i} before closing")
                last = _sentence_end_before(text, open_at, i)
                if last is not None and text[open_at] == text[i]:
                    # ... unless it opens a sentence right after one the earlier quote ended: the reopening of a
                    # quote over paragraphs, the paragraphs run into one line ('He said: "We stay. "We will
                    # not leave." The talks ...'): the earlier quote runs to that sentence's end.
                    quotes.append(Marked(open_at + 1, last))
                open_at = i
        elif inner_at is not None:  # a double-quoted phrase inside a single-quoted passage: "..." within '...'
            if ch in CLOSE_DOUBLE or (ch == STRAIGHT and _straight_closes(text, i)):
                inner_at = None
        else:  # inside a single-quoted passage
            straight = text[single_at] == APOSTROPHE
            if (ch == CLOSE_SINGLE and not straight and _single_closes(text, i)) or \
                    (ch == APOSTROPHE and straight and _apostrophe_closes(text, i)):
                if i > single_at + 1:
                    quotes.append(Marked(single_at + 1, i))
                single_at = None
            elif ch in OPEN_DOUBLE and nest:
                # British style nests double quotes in single ones ('... talked about "realities" ...,' he said).
                inner_at = i
                if first_inner is None:
                    first_inner = (i, len(quotes), len(warnings))
    if single_at is not None and first_inner is not None:
        # The single mark never closed: it was no quote (an apostrophe, "‘90s"), the double quote in it was.
        # Scan again from that double quote, as a paragraph without single-quoted passages around it.
        i, nq, nw = first_inner
        del quotes[nq:], warnings[nw:]
        return _scan_paragraph(text, i, end, continues, quotes, warnings, nest=False)
    if open_at is not None:
        if continues and end > open_at + 1:
            quotes.append(Marked(open_at + 1, end, continued=True))
        else:
            warnings.append(f"unbalanced quote mark at offset {open_at}: no closing mark in its paragraph")
            return open_at
    elif single_at is not None and continues and text[single_at + 1:single_at + 2].isalpha():
        # A single-quoted passage running on into the next paragraph, which opens with a quote mark again.
        quotes.append(Marked(single_at + 1, end, continued=True))
    # Otherwise an unclosed ‘ is far more often an apostrophe-like use than a quote: dropped silently.
    return None


WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    return len(WORD.findall(text))
