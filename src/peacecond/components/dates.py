"""peacecond_dates: every date expression of the story, normalised against the article's own date.

Sets doc._.pc_dates = [{text, start, end, value, grain, relative}] in text order.

Candidates are the model's DATE (and TIME) entities plus the `candidate` rows of
patterns/dates.jsonl (shapes the model cuts short, "December 5, 2022", or misses,
"the day prior"); `exclude` rows drop names that hold a date word ("Black Friday").
Each candidate is normalised by peacecond.dates (grammar first, dateparser for the
rest, cached per expression and anchor): nothing is parsed per token and nothing
searches the whole text with dateparser. A candidate the normaliser rejects (a
duration such as "two-year" or "60 days", a time of day) is not a date.

A candidate that is two dates as a whole ("the quarter ended Sept. 30") is read in
pieces cut at verbs, prepositions and conjunctions.

Anchor: doc._.pc_anchor (the publication date, else the run's --anchor-date).
Which side of it a weekday, month or day without a year lies on is the tense of
its clause (peacecond.date_clause.tense: patterns/date_future_cues.txt,
date_deadline_words.txt and `future` rows); peacecond.dates decides where the
clause does not say. "The next day", "the previous Friday" count from the last
day the story mentioned, else from the anchor; "a year earlier" after a quarter
is named is that quarter a year before.

Other components date their statements with `statement_date(doc, start, end, verb)`: the
date that dates the statement's own speech or stance verb (peacecond.date_clause), never an
interval, a vague "now", or a date of another clause or of a noun; else the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
import weakref
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import doc_text, guarded
from ..boilerplate import inside
from ..date_clause import clause_verb, tense
from ..date_holidays import EASTER_KINDS, holiday
from ..date_periods import named_period, year_before
from ..dates import MONTHS, anaphoric_unit, clean, normalize, parse_anchor
from ..errors import PatternError
from ..patterns import EXTRA_LOADERS, Patterns, Spec, cached_patterns, compile_regex, read_jsonl, read_list

DATE_RULE_SPEC: Spec = {"id": ((str,), True), "kind": ((str,), True), "regex": ((str,), True),
                        "needs": ((list,), False)}
DATE_RULE_KINDS = {"candidate", "exclude", "future"}
HOLIDAY_SPEC: Spec = {"name": ((str,), True), "month": ((int,), False), "day": ((int,), False),
                      "easter": ((str,), False), "offset": ((int,), False)}
# A holiday as the grammar reads it ("christmas", "orthodox easter 2023"), after a leading preposition.
HOLIDAY_FORM = re.compile(r"^(?:(?:on|by|before|after|until|over|at|around|during|for)\s+)?(?:the\s+)?(?P<n>.+?)"
                          r"(?:,?\s+(?P<y>(?:19|20)\d\d))?$")
LABELS = {"DATE", "TIME"}
# Words before a date that make it an interval end ("since 2014", "until March"), or open one that the
# next date closes ("from 2022 to 2024", "between June and August"); kept with the expression.
OPEN_WORDS = {"since", "until", "till"}
OPEN_PREFIX = re.compile(r"(?i)\b(since|until|till|from|between)[ \t]+$")
RANGE_JOIN = re.compile(r"(?i)^[ \t]*(?:to|and|until|till|through|-|–|—)[ \t]*$")
TRIM_END = re.compile(r"(?:['’]s|[\s\"'“”‘’`,;:!?()\[\]])+$")
TRIM_START = re.compile(r"^[\s\"'“”‘’`,;:!?()\[\]]+")
MONTH_WORDS = set(MONTHS)
UNIT_WORDS = {"week", "month", "year"}
UNIT_LEAD = re.compile(r"(?i)\b(?:this|last|next)[ \t]+$")
YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d$")
CURRENCY = {"$", "€", "£", "¥", "₴", "₽", "US$"}
FUTURE_WINDOW = 40
# What may date a statement: a day, week, month or year (what the summary's timeline groups by), not a
# quarter or season ("said in the third quarter" is rare and would sort among the months), an interval or a ref.
STATEMENT_GRAINS = ("day", "week", "month", "year")
SPLIT_POS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PUNCT"}
WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
MAX_LEAD = 3  # words before a date inside the model's span that are tried off


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
        needs = obj.get("needs")
        if needs is not None and (not needs or not all(isinstance(w, str) and w and w == w.lower() for w in needs)):
            raise PatternError(path, n, "needs must be a list of lower-case words (the text must hold one of them)")
        rx = compile_regex(path, n, obj["regex"])
        rules[obj["kind"]].append(rx if obj["kind"] == "future" else (rx, tuple(needs or ())))
    rules["future_words"] = {w.lower() for w in read_list(pats.root / "date_future_cues.txt")}
    rules["holidays"] = _load_holidays(pats.root / "date_holidays.jsonl")
    rules["deadline_words"] = {w.lower() for w in read_list(pats.root / "date_deadline_words.txt")}
    rules["report_verbs"] = {w.lower() for w in read_list(pats.root / "date_report_verbs.txt")}
    pats.extra["dates"] = rules


def _load_holidays(path) -> dict:
    holidays = {}
    for n, obj in read_jsonl(path, HOLIDAY_SPEC):
        name = obj["name"]
        if not name.strip() or name != name.lower() or name.startswith("the "):
            raise PatternError(path, n, "name must be lower case, without 'the' (\"christmas eve\")")
        if ("easter" in obj) == ("month" in obj or "day" in obj):
            raise PatternError(path, n, "give either month and day (a fixed day) or easter (a movable feast)")
        if "easter" in obj and obj["easter"] not in EASTER_KINDS:
            raise PatternError(path, n, f"easter must be one of {', '.join(sorted(EASTER_KINDS))}")
        if "easter" not in obj:
            try:
                dt.date(2000, obj.get("month", 0), obj.get("day", 0))  # a leap year: February 29 is a day
            except (TypeError, ValueError):
                raise PatternError(path, n, "month and day must name a day of the calendar") from None
        holidays[re.sub(r"\s+", " ", name.replace("\u2019", "'"))] = obj
    words = sorted(holidays, key=len, reverse=True)
    holidays_rx = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace("'", "['\u2019]").replace("\\ ", r"\s+")
                                                for w in words) + r")\b(?:,?\s+(?:19|20)\d\d\b)?") if words else None
    needs = {v for w in words for v in (w, w.replace("'", "\u2019"))}  # a full name, either apostrophe
    return {"days": holidays, "rx": holidays_rx, "needs": tuple(sorted(needs))}


EXTRA_LOADERS.append(_load_date_rules)


# How a verb hangs on the verb whose act it is part of (a participle, a coordinated verb).
SHARED_ACT_DEPS = ("advcl", "conj", "xcomp")


def statement_date(doc: Doc, start_char: int, end_char: int, verb: Token | None = None) -> str | None:
    """The date a statement at doc.text[start_char:end_char] was made, as an ISO 8601 string, or None.

    A point in time (a day, week, month or year; never an interval,
    "since February 2022", nor a vague "now") that dates the statement's own verb:
    `verb`, the speech or stance verb when the caller knows it ("said", "rejected"),
    else the main verb of the sentence where the statement starts. A date of another
    clause ("who annexed Crimea in 2014", "talks could start in March") or of a noun
    ("since Russia's February 2022 invasion") is not the statement's. A day is taken
    before a coarser date; with none, the article's publication date
    (doc._.pc_published); else None. Needs the peacecond_dates component to have run
    (doc._.pc_dates) and the parser. Offsets are character offsets into doc.text.
    """
    found = None
    # A statement was made by the time it was reported: "told reporters the talks could start as early as
    # Saturday" was not told on Saturday, however the parser hangs the date.
    now = doc._.pc_anchor if parse_anchor(doc._.pc_anchor) else None
    if verb is not None:
        # A verb with no date of its own shares the act it is part of: "dismissed it on Wednesday, reiterating
        # that ...", "said on Friday, noting ...", "met on Monday and told ...".
        for _ in range(4):
            found = verb_date(doc, verb, now)
            if found is not None or verb.dep_ not in SHARED_ACT_DEPS or verb.head.i == verb.i:
                break
            verb = verb.head
    if found is None:
        mains = _main_verbs(doc, start_char)
        if verb is not None and not start_char <= verb.idx < end_char:
            # The speech verb stands outside the statement ("'We meet tomorrow,' he told reporters"): a verb
            # inside it is what was said, and its date is the content's, not the saying's.
            mains = {i for i in mains if not start_char <= doc[i].idx < end_char}
        found = _date_of(doc, mains, now)
    return found or doc._.pc_published or None


def verb_date(doc: Doc, verb: Token, now: str | None = None) -> str | None:
    """The value of the date that dates this verb's own act ("rejected ... on Friday"), or None; none after
    `now` (YYYY-MM-DD) when given."""
    return _date_of(doc, {verb.i} | {c.i for c in verb.children if c.dep_ == "advcl"
                                     and c.tag_ in ("VBG", "VBN")}, now)  # "speaking on Friday, he said"


def _date_of(doc: Doc, verbs: set[int], now: str | None = None) -> str | None:
    """The first day among the dates of these verbs, else their first date of any calendar grain; none after
    `now` (YYYY-MM-DD) when given."""
    by_verb = _index(doc).by_verb
    found = sorted(d for i in verbs for d in by_verb.get(i, ()) if not _after(d[2], now))  # (start, not a day, value)
    days = [d for d in found if not d[1]]
    return (days or found or [(0, 0, None)])[0][2]


def _after(value: str, day: str | None) -> bool:
    """Does the date value (a day, ISO week, month or year) begin after the day (YYYY-MM-DD)?"""
    if day is None:
        return False
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if week:
        try:
            return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat() > day
        except ValueError:
            return False
    return value > day[:len(value)]


def _main_verbs(doc: Doc, start_char: int) -> set[int]:
    """The root of the sentence at start_char and the verbs coordinated with it ("met X on Friday and said")."""
    index = _index(doc)
    if not index.sent_starts:
        return set()
    n = max(0, bisect_right(index.sent_starts, start_char) - 1)
    if n not in index.main_verbs:
        root = doc[index.roots[n]]
        index.main_verbs[n] = {root.i} | {c.i for c in root.children if c.dep_ == "conj"
                                          and c.pos_ in ("VERB", "AUX")}
    return index.main_verbs[n]


class _Index:
    """Per Doc, built once: verb index -> the dates that date that verb; sentence starts and roots. Each
    statement's date then costs a lookup, not a pass over its sentence or its dates."""

    def __init__(self, doc: Doc, dates: list[dict]):
        self.dates, self.n = dates, len(dates)  # the list it was built from (held: no id reused)
        self.by_verb: dict[int, list] = {}
        for d in dates:
            if not d["value"] or d["grain"] not in STATEMENT_GRAINS:
                continue
            span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
            verb = clause_verb(span) if span is not None and len(span) else None
            if verb is not None:
                self.by_verb.setdefault(verb.i, []).append((d["start"], d["grain"] != "day", d["value"]))
        sents = list(doc.sents) if len(doc) and doc.has_annotation("SENT_START") else []
        self.sent_starts = [sent.start_char for sent in sents]
        # token indices, not Tokens: a Token holds its Doc, and this table must not keep the Doc it is keyed on alive
        self.roots = [sent.root.i for sent in sents]
        self.main_verbs: dict[int, set[int]] = {}


_INDEX: "weakref.WeakKeyDictionary[Doc, _Index]" = weakref.WeakKeyDictionary()  # weakly, like doc_text


def _index(doc: Doc) -> _Index:
    # No dates yet: one empty tuple to key on (a new `[]` a call would rebuild the index each time)
    dates = doc._.pc_dates if doc._.pc_dates is not None else ()
    index = _INDEX.get(doc)
    if index is None or index.dates is not dates or index.n != len(dates):
        index = _INDEX[doc] = _Index(doc, dates)
    return index


def _free(tok: Token) -> bool:
    """Punctuation that stands between words (";", " - ", "(") rather than in one ("year-earlier", "Sept."),
    and is no comma (a comma is inside "June 30, 1990")."""
    if tok.text in (",", "."):
        return False
    before = tok.doc[tok.i - 1].whitespace_ if tok.i > 0 else " "
    return bool(tok.whitespace_ or before)


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


def _remember(last: dict, one: dict) -> None:
    """Keep a day, month or year the story named as the last of its grain (and of the coarser grains)."""
    v, grain = one["value"], one["grain"]
    if not v or grain not in ("day", "month", "year") or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", v):
        return
    if grain == "day":
        last["day"] = v
    if grain in ("day", "month"):
        last["month"] = v[:7] + "-01"
    last["year"] = v[:4] + "-01-01"


class Dates:
    def __init__(self, nlp: Language, patterns_dir: str | None):
        self.rules = cached_patterns(patterns_dir).extra["dates"]
        self.candidates = [(Scanner(rx), needs) for rx, needs in self.rules["candidate"]]
        self.excludes = [(Scanner(rx), needs) for rx, needs in self.rules["exclude"]]

    def _candidates(self, doc: Doc, text: str) -> list[list[int]]:
        spans = [[e.start_char, e.end_char] for e in doc.ents if e.label_ in LABELS or _year_number(e)]
        low = text.lower()  # a rule's `needs`: one quick look for a word instead of a regex pass over the text

        def run(rules):
            return [rx for rx, needs in rules if not needs or any(w in low for w in needs)]

        for rx in run(self.candidates):
            for m in rx.finditer(text):
                s, e = m.span("date") if "date" in rx.groupindex and m.group("date") is not None else m.span()
                spans.append([s, e])
        holidays = self.rules["holidays"]
        if holidays["rx"] is not None and any(w in low for w in holidays["needs"]):
            spans.extend([m.start(), m.end()] for m in holidays["rx"].finditer(text) if m.group()[0].isupper())
        excluded = [m.span() for rx in run(self.excludes) for m in rx.finditer(text)]
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
            if text[s:e].lower() in UNIT_WORDS:  # the model's "year" of "This year's results": the whole phrase
                m = UNIT_LEAD.search(text, max(0, s - 12), s)
                s = m.start() if m and m.end() == s else s
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
        # The last day, month and year the story named (from the anchor until it names one): what "the next
        # day", "the following month", "that year" count from.
        last = {"day": anchor, "month": anchor, "year": anchor}
        dates, last_period = [], None
        memo: dict = {}  # each verb's tense, read once
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
                item = self._date(doc, text, joined[0], joined[1], anchor, last, want_range=True, memo=memo)
            if item is not None:
                i += 2
            else:
                if word in OPEN_WORDS:  # "data from 2022" is the year, "since 2022" the interval
                    item = self._date(doc, text, lead, e, anchor, last, want_range=True, memo=memo)
                item = item or self._date(doc, text, s, e, anchor, last, memo=memo)
                i += 1
            for one in [item] if item is not None else self._pieces(doc, text, s, e, anchor, last, memo):
                said = clean(one["text"])
                shifted = year_before(said, last_period) or named_period(said, last_period, parse_anchor(anchor))
                if shifted is not None:  # "from $4 million a year earlier" after "third-quarter profit"
                    one.update(value=shifted.value, grain=shifted.grain, relative=True)
                dates.append(one)
                _remember(last, one)
                if one["grain"] in ("quarter", "half") and one["value"] and shifted is None:
                    last_period = one["value"]
        doc._.pc_dates = dates
        return doc

    def _pieces(self, doc: Doc, text: str, start: int, end: int, anchor: str | None,
                last: dict, memo: dict) -> list[dict]:
        """The dates inside a span that is not one as a whole: the model's "the quarter ended Sept. 30" is
        "the quarter" and "Sept. 30"; cut at verbs, prepositions, conjunctions and free-standing punctuation
        (not a word's hyphen), each piece read alone, and a piece that is no date again at its commas."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return []
        out: list[dict] = []
        last = dict(last)

        def read(piece: list, again: bool) -> None:
            while piece and piece[0].is_punct:
                piece = piece[1:]
            while piece and piece[-1].is_punct and piece[-1].text != ".":
                piece = piece[:-1]
            if not piece:
                return
            item = self._date(doc, text, piece[0].idx, piece[-1].idx + len(piece[-1]), anchor, last, memo=memo)
            # Words the model took in before the date: a count ("up from seven a year ago"), the end of a name
            # ("a coup d'etat last year"); the longest rest that reads as a date (a piece is a few tokens).
            for k in range(1, min(len(piece), MAX_LEAD + 1)) if item is None and again else ():
                rest = piece[k:]
                if len(rest) < 2 and not any(c.isdigit() for c in rest[0].text):
                    break  # "year" of "d'etat year" alone is no date
                item = self._date(doc, text, rest[0].idx, piece[-1].idx + len(piece[-1]), anchor, last, memo=memo)
                if item is not None:
                    break
            if item is not None:
                out.append(item)
                _remember(last, item)
            elif again and any(t.text == "," for t in piece):
                part: list = []
                for t in piece + [None]:
                    if t is None or t.text == ",":
                        read(part, False)
                        part = []
                    else:
                        part.append(t)

        piece: list = []
        for tok in list(span) + [None]:
            if tok is None or (tok.pos_ in SPLIT_POS and (tok.pos_ != "PUNCT" or _free(tok))):
                read(piece, True)
                piece = []
            else:
                piece.append(tok)
        return out

    def _date(self, doc: Doc, text: str, start: int, end: int, anchor: str | None, last: dict,
              want_range: bool = False, memo: dict | None = None) -> dict | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or _not_a_month(span):
            return None
        expr = text[start:end]
        unit = anaphoric_unit(expr)
        if unit is not None:
            found = normalize(expr, last["day" if unit in ("day", "week") else "month" if unit == "month" else "year"])
        else:
            window = text[max(0, start - FUTURE_WINDOW):start]
            future = True if any(rx.search(window) for rx in self.rules["future"]) else \
                tense(span, self.rules["future_words"], self.rules["deadline_words"], memo,
                      self.rules["report_verbs"] if WEEKDAY_WORD.search(expr) else None)
            found = self._holiday(expr, anchor, future) or normalize(expr, anchor, future)
        if found is None or (want_range and found.grain != "range"):
            return None
        if found.grain == "ref" and span[-1].dep_ in ("amod", "compound") and span[-1].head.i >= span.end:
            return None  # "the future governance", "the present crisis": a word about a noun, not a time
        return {"text": expr, "start": start, "end": end, "value": found.value, "grain": found.grain,
                "relative": found.relative}


    def _holiday(self, expr: str, anchor: str | None, future: bool | None):
        """The day a holiday of patterns/date_holidays.jsonl names ("Christmas", "Orthodox Easter 2023"), or None."""
        m = HOLIDAY_FORM.match(clean(expr))
        spec = self.rules["holidays"]["days"].get(m.group("n")) if m else None
        return holiday(spec, m.group("y"), parse_anchor(anchor), future) if spec else None


@Language.factory("peacecond_dates", default_config={"patterns_dir": None})
def make_dates(nlp: Language, name: str, patterns_dir: str | None):
    return Dates(nlp, patterns_dir)
