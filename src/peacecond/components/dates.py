"""peacecond_dates: every date expression of the story, normalised against the article's own date.

Sets doc._.pc_dates = [{text, start, end, value, grain, relative}] in text order.

Candidates are the model's DATE (and TIME) entities plus the `candidate` rows of
patterns/dates.jsonl (shapes the model cuts short, "December 5, 2022", or misses,
"the day prior"); `exclude` rows drop names that hold a date word ("Black Friday").
Each candidate is normalised by peacecond.dates (grammar first, dateparser for the
rest, cached per expression and anchor): nothing is parsed per token and nothing
searches the whole text with dateparser. A candidate the normaliser rejects (a
duration such as "two-year" or "60 days", a time of day) is not a date.

Anchor: doc._.pc_anchor (the publication date, else the run's --anchor-date).
Weekdays and months without a year are the most recent on or before the anchor,
unless the sentence is about the future (patterns/date_future_cues.txt).
"The next day", "the day prior" count from the last day the story mentioned,
else from the anchor.

Other components date their statements with `statement_date(doc, start, end)`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import doc_text, guarded, near
from ..boilerplate import inside
from ..dates import MONTHS, is_anaphoric, normalize, parse_anchor
from ..errors import PatternError
from ..patterns import EXTRA_LOADERS, Patterns, Spec, cached_patterns, compile_regex, read_jsonl, read_list

DATE_RULE_SPEC: Spec = {"id": ((str,), True), "kind": ((str,), True), "regex": ((str,), True)}
DATE_RULE_KINDS = {"candidate", "exclude", "future"}
LABELS = {"DATE", "TIME"}
# Words before a date that make it an interval end ("since 2014", "until March"), or open one that the
# next date closes ("from 2022 to 2024", "between June and August"); kept with the expression.
OPEN_WORDS = {"since", "until", "till"}
OPEN_PREFIX = re.compile(r"(?i)\b(since|until|till|from|between)[ \t]+$")
RANGE_JOIN = re.compile(r"(?i)^[ \t]*(?:to|and|until|till|through|-|–|—)[ \t]*$")
TRIM_END = re.compile(r"(?:['’]s|[\s\"'“”‘’`,;:!?()\[\]])+$")
TRIM_START = re.compile(r"^[\s\"'“”‘’`,;:!?()\[\]]+")
MONTH_WORDS = set(MONTHS)
YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d$")
CURRENCY = {"$", "€", "£", "¥", "₴", "₽", "US$"}
TIME_CLAUSE = {"when", "once", "until", "till", "before", "after", "if"}
FUTURE_WINDOW = 40


class Scanner:
    """rx.finditer, quicker for a regex that starts with \\b and a literal word ("\\bBlack\\s+Friday\\b"): Python's
    re jumps to a literal prefix quickly, but not past a leading \\b, and tries every position of the text instead.
    The rest of the regex finds where a match may start; rx matched there is the match: the same matches."""

    def __init__(self, rx: re.Pattern):
        self.rx, self.groupindex = rx, rx.groupindex
        rest = rx.pattern[2:] if rx.pattern.startswith("\\b") else ""
        self.rest = re.compile(rest, rx.flags) if re.match(r"[A-Za-z0-9]", rest) else None

    def finditer(self, text: str):
        if self.rest is None:
            yield from self.rx.finditer(text)
            return
        pos = 0
        while (m := self.rest.search(text, pos)) is not None:
            full = self.rx.match(text, m.start())
            if full is None:
                pos = m.start() + 1  # not at a word boundary
                continue
            yield full
            pos = max(full.end(), full.start() + 1)


def _load_date_rules(pats: Patterns) -> None:
    path = pats.root / "dates.jsonl"
    rules = {"candidate": [], "exclude": [], "future": []}
    for n, obj in read_jsonl(path, DATE_RULE_SPEC):
        if obj["kind"] not in DATE_RULE_KINDS:
            raise PatternError(path, n, f"kind must be one of {', '.join(sorted(DATE_RULE_KINDS))}")
        rules[obj["kind"]].append(compile_regex(path, n, obj["regex"]))
    rules["future_words"] = {w.lower() for w in read_list(pats.root / "date_future_cues.txt")}
    pats.extra["dates"] = rules


EXTRA_LOADERS.append(_load_date_rules)


def statement_date(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The date a statement at doc.text[start_char:end_char] was made, as an ISO 8601 string, or None.

    The value of a date expression in the sentence where the statement starts: the
    first one of day grain ("said on Friday"), else the first one with any value
    ("in September"); else the article's publication date (doc._.pc_published);
    else None. Needs the peacecond_dates component to have run (doc._.pc_dates)
    and sentence boundaries (the parser). Offsets are character offsets into doc.text.
    """
    sent = _sentence(doc, start_char, end_char)
    if sent is not None:
        inside_sent = [d for d in near(doc, "pc_dates", sent.start_char, sent.end_char)  # (not all: a square)
                       if d["value"] and sent.start_char <= d["start"] and d["end"] <= sent.end_char]
        for d in inside_sent:
            if d["grain"] == "day":
                return d["value"]
        if inside_sent:
            return inside_sent[0]["value"]
    return doc._.pc_published or None


def _sentence(doc: Doc, start_char: int, end_char: int) -> Span | None:
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return None
    span = doc.char_span(start_char, max(end_char, start_char + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[0].sent


def _future(span: Span, cues: set[str]) -> bool:
    """Is the sentence about the future where the date hangs ("will meet on Monday", "plans to meet in March")?"""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    while True:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues for c in tok.children):
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in cues for c in tok.children) or \
                (tok.dep_ == "acomp" and tok.lemma_.lower() in cues):
            return True  # "the next round is due in March"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues and tok.head.tag_ != "VBD" \
                and not any(c.tag_ == "VBD" for c in tok.head.children if c.dep_ in ("aux", "auxpass")):
            return True
        if tok.dep_ == "advcl" and tok.tag_ in ("VBP", "VBZ") and tok.head.tag_ != "VBD" \
                and any(c.lower_ in TIME_CLAUSE for c in tok.children if c.dep_ in ("mark", "advmod")):
            return True  # "(he is open to talks) when they meet on Monday": present tense for a coming event
        if tok.dep_ == "advcl" and tok.head is not tok:  # otherwise the clause takes the main verb's tense
            tok = tok.head
            continue
        return False


def _year_number(ent: Span) -> bool:
    """A year the model calls a number ("exports from 2022 and 2023"), not a count ("2023 cases", "$2023")."""
    if ent.label_ != "CARDINAL" or len(ent) != 1 or not YEAR_TOKEN.match(ent.text):
        return False
    tok = ent[0]
    before = tok.nbor(-1).text if tok.i > 0 else ""
    after = tok.nbor(1).text if tok.i + 1 < len(tok.doc) else ""
    return tok.dep_ not in ("nummod", "quantmod", "npadvmod") and before not in CURRENCY and after != "%"


def _not_a_month(span: Span) -> bool:
    """"May" the modal, "march" the verb: a month word must be a capitalised noun."""
    for tok in span:
        if tok.lower_.rstrip(".") in MONTH_WORDS:
            if tok.is_lower or tok.tag_ == "MD" or (len(span) == 1 and tok.pos_ in ("VERB", "AUX")):
                return True
    return False


class Dates:
    def __init__(self, nlp: Language, patterns_dir: str | None):
        self.rules = cached_patterns(patterns_dir).extra["dates"]
        self.candidates = [Scanner(rx) for rx in self.rules["candidate"]]
        self.excludes = [Scanner(rx) for rx in self.rules["exclude"]]

    def _candidates(self, doc: Doc, text: str) -> list[list[int]]:
        spans = [[e.start_char, e.end_char] for e in doc.ents if e.label_ in LABELS or _year_number(e)]
        for rx in self.candidates:
            for m in rx.finditer(text):
                s, e = m.span("date") if "date" in rx.groupindex else m.span()
                spans.append([s, e])
        excluded = [m.span() for rx in self.excludes for m in rx.finditer(text)]
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:  # overlapping readings of one expression: keep their union
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        out = []
        for s, e in merged:
            if any(s < xe and xs < e for xs, xe in excluded):
                continue
            s += len(TRIM_START.match(text[s:e]).group()) if TRIM_START.match(text[s:e]) else 0
            trail = TRIM_END.search(text[s:e])
            e = s + trail.start() if trail else e
            if e > s:
                out.append([s, e])
        return out

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # Doc.text joins every token on each access: built once per Doc
        anchor = doc._.pc_anchor if parse_anchor(doc._.pc_anchor) else None
        boiler = doc._.pc_boilerplate or []
        spans = [c for c in self._candidates(doc, text) if not inside(boiler, c[0], c[1])]
        # Interval ends: "since 2014", "from 2022 to 2024", "between June and August".
        for c in spans:
            m = OPEN_PREFIX.search(text, max(0, c[0] - 12), c[0])
            if m and m.end() == c[0]:
                c.append(m.start())
        dates, last_day = [], anchor
        i = 0
        while i < len(spans):
            s, e = spans[i][:2]
            lead = spans[i][2] if len(spans[i]) > 2 else None
            word = text[lead:s].strip().lower() if lead is not None else ""
            joined = None
            if i + 1 < len(spans) and RANGE_JOIN.match(text[e:spans[i + 1][0]]):
                joiner = text[e:spans[i + 1][0]].strip().lower()
                if joiner != "and" or word == "between":  # "in 2022 and 2024" is two years, not an interval
                    joined = (lead if lead is not None else s, spans[i + 1][1])
            item = None
            if joined is not None:
                item = self._date(doc, text, joined[0], joined[1], anchor, last_day, want_range=True)
            if item is not None:
                i += 2
            else:
                if word in OPEN_WORDS:  # "data from 2022" is the year, "since 2022" the interval
                    item = self._date(doc, text, lead, e, anchor, last_day, want_range=True)
                item = item or self._date(doc, text, s, e, anchor, last_day)
                i += 1
            if item is None:
                continue
            dates.append(item)
            if item["grain"] == "day" and item["value"]:
                last_day = item["value"]
        doc._.pc_dates = dates
        return doc

    def _date(self, doc: Doc, text: str, start: int, end: int, anchor: str | None, last_day: str | None,
              want_range: bool = False) -> dict | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or _not_a_month(span):
            return None
        expr = text[start:end]
        if is_anaphoric(expr):
            found = normalize(expr, last_day)
        else:
            window = text[max(0, start - FUTURE_WINDOW):start]
            future = any(rx.search(window) for rx in self.rules["future"]) or _future(span, self.rules["future_words"])
            found = normalize(expr, anchor, future)
        if found is None or (want_range and found.grain != "range"):
            return None
        return {"text": expr, "start": start, "end": end, "value": found.value, "grain": found.grain,
                "relative": found.relative}


@Language.factory("peacecond_dates", default_config={"patterns_dir": None})
def make_dates(nlp: Language, name: str, patterns_dir: str | None):
    return Dates(nlp, patterns_dir)
