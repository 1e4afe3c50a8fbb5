"""One regex for a list of literal words, as a trie: the same matches as the words' plain alternation tried longest first.

Python's re tries the branches of "Sudan|South Sudan|SPLM-IO|..." one after another at every position of a text: a
pattern of the thousand-odd party names cost a millisecond or two an article, most of it at words no name starts with.
As a trie ("S(?:udan|outh Sudan|PLM-IO)...") a position costs one branch per letter the names share with the text.

The preference is the same: every word that matches at one position is a prefix of the text there, so all of them lie
on one path of the trie; the trie tries a longer word before ending at a shorter one (the end is each node's last
branch), as the plain alternation sorted longest first does, and backtracks to the shorter one when what follows the
group fails ("(?![\\w-])"), as that one moves to its next branch. Case-sensitive patterns only: under re.IGNORECASE
two spellings of one word would take two branches of a node, and the first could end a shorter word first.
"""
from __future__ import annotations

import re
from typing import Iterable

_END = ""  # the key that marks a word ending at a node (no word character is "")


def longest_first(words: Iterable[str]) -> str:
    """A regex without groups matching what "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    matches, with the same preference; "" for no words (which matches the empty string, as the join does)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = True
    return _branches(root) if root else ""


def _branches(node: dict) -> str:
    # (Recursion as deep as the longest word: names run to a few dozen letters.)
    alts = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch != _END]
    if _END in node:
        alts.append("")  # ending here comes last: a longer word first
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
