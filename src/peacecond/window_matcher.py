"""WindowMatcher: spaCy token-pattern rules matched only around the words they need.

spaCy's Matcher costs (open pattern states) x (tokens): run over a whole article, 60-odd rules spent
most of the conditions component's time on tokens far from any word they could match. Every match of a rule
with a required word test (its "anchor", pattern token k) and a bounded length holds the tokens k consumes,
all passing that test. The pattern tokens before k consume at most B tokens, those after it at most A, so
the windows [j-B, j+1+A) of those tokens j, merged as they touch, hold the match: matching there finds the
same set of matches.
"""
from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc

_COUNTED = re.compile(r"\{(\d*)(?:,(\d*))?\}")
_ATTRS = {"LOWER": 0, "ORTH": 1, "TEXT": 1, "LEMMA": 2}  # columns of the array WindowMatcher.__call__ reads


def _upper(pattern: list[dict]) -> list[dict]:
    return [{k.upper(): v for k, v in tok.items()} for tok in pattern]  # spaCy reads "op" as "OP"


def _width(op: str | None) -> int | None:
    """Most tokens one pattern token consumes; None when unbounded ("*", "+", "{n,}")."""
    if op in (None, "1", "!", "?"):  # "!" consumes one token that fails the test (spaCy 3)
        return 1
    m = _COUNTED.fullmatch(op)
    if m is None:
        return None
    if "," not in op:
        return int(m.group(1))
    return int(m.group(2)) if m.group(2) else None


def _anchor(pattern: list[dict]):
    """(pattern token index, column, test) for a pattern token every match consumes, or None. Plain strings before IN lists before REGEX:
    the cheaper and rarer the test, the fewer windows; but a test only stop words pass ("for", "of") comes
    last: such words are in every sentence, and each of their windows costs a Matcher call."""
    best = None
    for k, tok in enumerate(_upper(pattern)):
        op = tok.get("OP")
        m = _COUNTED.fullmatch(op) if op else None
        if not (op in (None, "1", "+") or (m and m.group(1) and int(m.group(1)) > 0)):
            continue  # optional, or negated: a match need not hold a token passing the test
        for key, col in _ATTRS.items():
            v = tok.get(key)
            if isinstance(v, str):
                cand = (3 * (v.lower() in STOP_WORDS), k, col, v.__eq__)
            elif isinstance(v, dict) and isinstance(v.get("IN"), list):
                common = all(isinstance(w, str) and w.lower() in STOP_WORDS for w in v["IN"])
                cand = (1 + 3 * common, k, col, frozenset(v["IN"]).__contains__)
            elif isinstance(v, dict) and isinstance(v.get("REGEX"), str):
                cand = (2, k, col, lambda w, rx=re.compile(v["REGEX"]): rx.search(w) is not None)
            else:
                continue
            if best is None or cand[0] < best[0]:
                best = cand
            break
    return best[1:] if best else None


class WindowMatcher:
    """Token-pattern rules keyed f"{prefix}{index}", matched as one Matcher would match them all."""

    def __init__(self, vocab, rules: list[dict], prefix: str):
        # (matcher, column, test, before, after): one Matcher per rule, run around its anchors only; a match
        # holding anchor token j lies in [j - before, j + after).
        self.windowed = []
        self.whole = Matcher(vocab)  # rules without an anchor or a bound run on the whole Doc
        for i, rule in enumerate(rules):
            if not rule.get("pattern"):
                continue
            widths = [_width(t.get("OP")) for t in _upper(rule["pattern"])]
            anchor = _anchor(rule["pattern"])
            if anchor is None or None in widths:
                self.whole.add(f"{prefix}{i}", [rule["pattern"]])
                continue
            m = Matcher(vocab)
            m.add(f"{prefix}{i}", [rule["pattern"]])
            k, col, test = anchor
            self.windowed.append((m, col, test, sum(widths[:k]), 1 + sum(widths[k + 1:])))

        # column -> {word hash: indices of the windowed rules whose anchor accepts that word}. Words recur
        # from article to article (Zipf), so most tokens cost one dict lookup, not one test per rule.
        self._accepts: list[dict[int, tuple[int, ...]]] = [{}, {}, {}]
        self._columns = sorted({col for _, col, _, _, _ in self.windowed})

    def __len__(self) -> int:
        return len(self.whole) + len(self.windowed)

    def _rules_for(self, col: int, word: str) -> tuple[int, ...]:
        return tuple(r for r, (_, c, test, _, _) in enumerate(self.windowed) if c == col and test(word))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = set(self.whole(doc)) if len(self.whole) else set()  # an empty Matcher warns on every call
        n = len(doc)
        strings = doc.vocab.strings
        hits: dict[int, list[int]] = {}
        array = doc.to_array([LOWER, ORTH, LEMMA]).T.tolist()
        for col in self._columns:
            accepts = self._accepts[col]
            if len(accepts) > 200_000:  # a cap keeps memory flat over an endless stream of new words
                accepts.clear()
            for j, h in enumerate(array[col]):
                rules = accepts.get(h)
                if rules is None:
                    rules = accepts[h] = self._rules_for(col, strings[h])
                for r in rules:
                    hits.setdefault(r, []).append(j)
        for r in sorted(hits):
            matcher, _, _, before, after = self.windowed[r]
            windows: list[list[int]] = []  # merged, in order
            for j in sorted(hits[r]):
                a, b = max(0, j - before), min(n, j + after)
                if windows and a <= windows[-1][1]:  # touching windows must merge (see above)
                    windows[-1][1] = b
                else:
                    windows.append([a, b])
            for a, b in windows:
                found.update((key, a + s, a + e) for key, s, e in matcher(doc[a:b]))
        # The set has no order, and a tie between rules on one span must not depend on it: the earlier row wins.
        return sorted(found, key=lambda m: (m[1], m[2], int(strings[m[0]][1:])))
