"""WindowMatcher: spaCy token-pattern rules matched only around the words they need.

spaCy's Matcher costs (open pattern states) x (tokens): run over a whole article, 60-odd rules spent
most of the conditions component's time on tokens far from any word they could match. A rule of bounded
length whose pattern token k always consumes tokens passing a word test (a LOWER/ORTH/LEMMA string, IN list
or REGEX) has every match hold such a token j; the pattern tokens before k consume at most B tokens, those
after it at most A, so the windows [j-B, j+1+A), merged as they touch, hold every match: matching there finds
the same set of matches. Each rule takes its windows around whichever of its required words is rarest in
the Doc, skips a window that lacks any other required word, and skips the Doc when a required word is absent.
"""
from __future__ import annotations

import re
import re._constants as _C
import re._parser as _parser
from bisect import bisect_left

from spacy.attrs import LEMMA, LOWER, ORTH
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


def _word_tests(pattern: list[dict]) -> list[tuple[int, tuple]]:
    """(pattern token index, test) for each pattern token every match consumes and that tests the word: a match
    holds, for each of them, a token passing the test. A test is (column, "=" | "in" | "re", value): rules
    sharing a test share its lookups."""
    tests = []
    for k, tok in enumerate(_upper(pattern)):
        op = tok.get("OP")
        m = _COUNTED.fullmatch(op) if op else None
        if not (op in (None, "1", "+") or (m and m.group(1) and int(m.group(1)) > 0)):
            continue  # optional, or negated: a match need not hold a token passing the test
        for attr, col in _ATTRS.items():
            v = tok.get(attr)
            if isinstance(v, str):
                tests.append((k, (col, "=", v)))
            elif isinstance(v, dict) and isinstance(v.get("IN"), list):
                tests.append((k, (col, "in", frozenset(v["IN"]))))
            elif isinstance(v, dict) and isinstance(v.get("REGEX"), str):
                tests.append((k, (col, "re", v["REGEX"])))
            else:
                continue
            break  # one word test a token is enough: the token passes all of them
    return tests


class WindowMatcher:
    """Token-pattern rules keyed f"{prefix}{index}", matched as one Matcher would match them all."""

    def __init__(self, vocab, rules: list[dict], prefix: str):
        # (matcher, [(test id, before, after)]): one Matcher per rule. A match holding token j that passes
        # test t lies in [j - before, j + after); the match also holds a token passing each other test.
        self.windowed: list[tuple[Matcher, list[tuple[int, int, int]]]] = []
        self.whole = Matcher(vocab)  # rules without a word test or a bound run on the whole Doc
        ids: dict[tuple, int] = {}  # test -> test id
        self._exact: dict[int, Matcher] = {}  # index in self.windowed -> the rule as written, when loosened
        # index in self.windowed -> the most tokens the rule as written spans: a loose match longer than that
        # cannot hold, and merged windows of a repeated word would otherwise check every pair of its matches
        self._span: dict[int, int] = {}
        for i, rule in enumerate(rules):
            if not rule.get("pattern"):
                continue
            widths = [_width(t.get("OP")) for t in _upper(rule["pattern"])]
            tests = _word_tests(rule["pattern"])
            if not tests or None in widths:
                self.whole.add(f"{prefix}{i}", [rule["pattern"]])
                continue
            m = Matcher(vocab)
            loose = _loosened(rule["pattern"])
            m.add(f"{prefix}{i}", [loose or rule["pattern"]])
            if loose:
                exact = Matcher(vocab)
                exact.add(f"{prefix}{i}", [rule["pattern"]])
                self._exact[len(self.windowed)] = exact
                self._span[len(self.windowed)] = sum(widths)
            reqs = []
            for k, key in tests:
                ids.setdefault(key, len(ids))
                reqs.append((ids[key], sum(widths[:k]), 1 + sum(widths[k + 1:])))
            self.windowed.append((m, reqs))

        # column -> {word hash: ids of the tests that word passes}. Words recur from article to article (Zipf),
        # so most tokens cost one dict lookup, not one call per test.
        self._passes: list[dict[int, tuple[int, ...]]] = [{}, {}, {}]
        self._columns = sorted({col for col, _, _ in ids})
        # Each rule's required tests as a set: a Doc lacking one of them is ruled out by one subset test in C
        self._needs = [frozenset(t for t, _, _ in reqs) for _, reqs in self.windowed]
        # A new word is tested by one lookup of the words that equality and IN tests name, and by one regex
        # that any of the column's regexes would match: most words pass none, and a hundred-odd tests a word
        # made the first article of a run cost several times the next.
        self._named: list[dict[str, list[int]]] = [{}, {}, {}]
        regexes: list[list[tuple[int, str]]] = [[], [], []]
        for key, t in ids.items():
            col, kind, value = key
            if kind == "=":
                self._named[col].setdefault(value, []).append(t)
            elif kind == "in":
                for word in value:
                    self._named[col].setdefault(word, []).append(t)
            else:
                regexes[col].append((t, value))
        self._regexes = [(_any_of([rx for _, rx in rows]), [(t, re.compile(rx)) for t, rx in rows])
                         for rows in regexes]

    def __len__(self) -> int:
        return len(self.whole) + len(self.windowed)

    def _tests_passed(self, col: int, word: str) -> tuple[int, ...]:
        passed = list(self._named[col].get(word, ()))
        any_of, regexes = self._regexes[col]
        if any_of is not None and any_of.search(word):
            passed += [t for t, rx in regexes if rx.search(word)]
        return tuple(sorted(passed))

    def _holds(self, r: int, doc: Doc, start: int, end: int) -> bool:
        """Does the rule as written match doc[start:end] exactly? (A match of a span depends on its tokens only.)"""
        return any(s == 0 and e == end - start for _, s, e in self._exact[r](doc[start:end], allow_missing=True))

    def _where(self, doc: Doc) -> dict[int, list[int]]:
        """test id -> the tokens passing it, in order."""
        where: dict[int, list[int]] = {}
        strings = doc.vocab.strings
        array = doc.to_array([LOWER, ORTH, LEMMA]).T.tolist()
        for col in self._columns:
            passes = self._passes[col]
            if len(passes) > 200_000:  # a cap keeps memory flat over an endless stream of new words
                passes.clear()
            for j, h in enumerate(array[col]):
                ts = passes.get(h)
                if ts is None:
                    ts = passes[h] = self._tests_passed(col, strings[h])
                for t in ts:
                    where.setdefault(t, []).append(j)
        return where

    def _candidates(self, where: dict[int, list[int]]) -> list[int]:
        """The rules whose every required word is in the Doc, in order."""
        present = set(where)
        return [r for r, needs in enumerate(self._needs) if needs <= present]

    def _rule_windows(self, r: int, where: dict[int, list[int]], n: int) -> list[list[int]]:
        """The windows of rule r that may hold a match: merged, in order."""
        reqs = self.windowed[r][1]  # (the caller has checked that the Doc holds every word the rule needs)
        # Windows around the rarest required word in this Doc: the fewest Matcher calls.
        t0, before, after = min(reqs, key=lambda r: len(where[r[0]]))
        windows: list[list[int]] = []  # merged, in order
        for j in where[t0]:
            a, b = max(0, j - before), min(n, j + after)
            if windows and a <= windows[-1][1]:  # touching windows must merge (see above)
                windows[-1][1] = b
            else:
                windows.append([a, b])
        # A window lacking a token any other required test passes cannot hold a match.
        return [w for w in windows if all(_any_in(where[t], w[0], w[1]) for t, _, _ in reqs if t != t0)]

    def _chunks(self, r: int, windows: list[list[int]]) -> list[tuple[int, int]]:
        """A loosened rule's windows cut into overlapping pieces of twice its span: its "*" would otherwise match
        every pair of starts and ends in a long merged window (a line repeated down a page), and every match the
        rule as written can make, at most its span long, lies whole in one piece."""
        span = self._span.get(r)
        out = []
        for a, b in windows:
            if span is None or b - a <= 2 * span:
                out.append((a, b))
                continue
            out.extend((c, min(b, c + 2 * span)) for c in range(a, b - span, span))
        return out

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Merged windows, in order, that hold every match of every rule: one Matcher of all the rules run
        on each of them finds the matches it finds on the whole Doc, in the same order (a match is reported
        at the token that ends it, and windows that do not touch share no such token)."""
        n = len(doc)
        if len(self.whole):
            return [(0, n)] if n else []
        where = self._where(doc)
        spans = sorted(w for r in self._candidates(where) for w in self._rule_windows(r, where, n))
        merged: list[list[int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [(a, b) for a, b in merged]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        # allow_missing: the Matcher would otherwise check, on every call, that the whole Doc has lemmas, tags and
        # a parse, iterating its tokens; the pipeline has just set them.
        found = set(self.whole(doc, allow_missing=True)) if len(self.whole) else set()  # an empty Matcher warns
        n = len(doc)
        strings = doc.vocab.strings
        where = self._where(doc)
        for r in self._candidates(where):
            matcher = self.windowed[r][0]
            for a, b in self._chunks(r, self._rule_windows(r, where, n)):
                got = matcher(doc[a:b], allow_missing=True)
                if r in self._exact:
                    got = [m for m in got if m[2] - m[1] <= self._span[r] and self._holds(r, doc, a + m[1], a + m[2])]
                found.update((key, a + s, a + e) for key, s, e in got)
        # The set has no order, and a tie between rules on one span must not depend on it: the earlier row wins.
        return sorted(found, key=lambda m: (m[1], m[2], int(strings[m[0]][1:])))


def _loosened(pattern: list[dict]) -> list[dict] | None:
    """The pattern with each "{n,m}" (m > n + 1) as n plain tokens and a "*"; None when it has none.

    spaCy's Matcher unrolls "{0,12}" into twelve optional tokens and follows every way of taking them: a rule
    with three such gaps kept a thousand states alive per start and cost more than all other rules together.
    The loosened pattern matches a superset of the spans with one state per pattern token; each of its matches
    is then checked against the rule as written on that span alone.
    """
    out, changed = [], False
    for tok in pattern:
        up = {k.upper(): v for k, v in tok.items()}
        m = _COUNTED.fullmatch(up.get("OP") or "")
        if m and "," in up["OP"] and m.group(2) and int(m.group(2)) > int(m.group(1) or 0) + 1:
            plain = {k: v for k, v in up.items() if k != "OP"}
            out += [dict(plain) for _ in range(int(m.group(1) or 0))] + [{**plain, "OP": "*"}]
            changed = True
        else:
            out.append(tok)
    return out if changed else None


def _any_of(regexes: list[str]) -> _ByFirst | None:
    """What finds a match wherever one of `regexes` would; None for none (see _ByFirst)."""
    if not regexes:
        return None
    if any(re.search(r"\\[1-9]|\(\?P=", rx) for rx in regexes):
        return _ByFirst({}, re.compile(""))  # a numbered or named back-reference would point into another regex
    by_char: dict[str, list[str]] = {}
    rest = []
    for rx in regexes:
        chars = _first_chars(rx)
        for ch in chars or ():
            by_char.setdefault(ch, []).append(rx)
        if chars is None:
            rest.append(rx)
    try:
        return _ByFirst({ch: _joined(rxs) for ch, rxs in by_char.items()}, _joined(rest) if rest else None)
    except re.error:  # a regex with its own global flags ("(?i)...") cannot stand inside another: try each
        return _ByFirst({}, re.compile(""))


class _ByFirst:
    """A test of a word against many regexes at once: most of a rule file's regexes are anchored ("^withdr[ae]w",
    "^(recogni[sz]...)"), and a word can match only those that may start with its first letter. One alternation of
    the hundred-odd regexes tried all of them at every new word; here a word tries the joined regexes of its first
    letter and those whose first letter is unknown (not anchored, case-insensitive, an optional start)."""

    def __init__(self, by_char: dict[str, re.Pattern], rest: re.Pattern | None):
        self.by_char, self.rest = by_char, rest

    def search(self, word: str) -> bool:
        first = self.by_char.get(word[:1])
        return bool((first is not None and first.search(word)) or (self.rest is not None and self.rest.search(word)))


def _joined(regexes: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{rx})" for rx in regexes))


def _first_chars(rx: str) -> set[str] | None:
    """The characters a match of rx must start with, when rx is anchored at the start of the word ("^...", no
    MULTILINE or IGNORECASE) and its first character is a literal, a set of literals or ranges, or a group or
    alternation of those; else None."""
    try:
        parsed = _parser.parse(rx)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE) or parsed.data[:1] != [(_C.AT, _C.AT_BEGINNING)]:
        return None
    return _first_of(parsed.data[1:])


def _first_of(items) -> set[str] | None:
    for op, av in items:
        if op is _C.AT:
            continue  # another zero-width anchor ("^\\b..."): the next item gives the first character
        if op is _C.LITERAL:
            return {chr(av)}
        if op is _C.IN:
            chars: set[str] = set()
            for o, a in av:
                if o is _C.LITERAL:
                    chars.add(chr(a))
                elif o is _C.RANGE and a[1] - a[0] < 256:
                    chars.update(chr(c) for c in range(a[0], a[1] + 1))
                else:  # a negated set, a class (\\w), a wide range
                    return None
            return chars
        if op is _C.SUBPATTERN:
            _, add_flags, _, sub = av
            return None if add_flags & (re.IGNORECASE | re.MULTILINE) else _first_of(sub.data)
        if op is _C.BRANCH:
            chars = set()
            for alt in av[1]:
                first = _first_of(alt.data)
                if first is None:
                    return None
                chars |= first
            return chars
        return None  # a repeat (maybe none), a lookaround, anything else: unknown
    return None  # nothing after the anchor: the empty word matches


def _any_in(positions: list[int], a: int, b: int) -> bool:
    i = bisect_left(positions, a)
    return i < len(positions) and positions[i] < b
