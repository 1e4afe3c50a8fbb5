"""Title and publication date of an article, from the source's fields or its first lines."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from .boilerplate import inside, lines

HEADER_LINES = 20  # a page copied whole opens with menus and captions; the paragraphs below end the header first
HEADER_CHARS = 2500
PARAGRAPH = 200  # a line this long is a paragraph of the story
HEADER_PARAGRAPHS = 2  # a standfirst may come before the date line; after two paragraphs the story has begun
DATE_NEAR_START = 60  # a dateline date sits at the start of a long line ("Washington – May 1, 2025 – ...")
SHORT_LINE = 100
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
# Month names of the languages whose outlets' pages carry English stories under a date line of their own
# ("4 mars 2024", "4 de marzo de 2024", "4. März 2024", "4 марта 2024"): French, Spanish, Portuguese,
# Italian, German, Turkish, Russian and Ukrainian (the genitive a date takes). A calendar fact, not a rule.
OTHER_MONTHS = {name: n for n, names in enumerate([
    "janvier enero janeiro gennaio januar jänner ocak января січня",
    "février fevrier febrero fevereiro febbraio februar şubat февраля лютого",
    "mars marzo março marco märz mart марта березня",
    "avril abril aprile nisan апреля квітня",
    "mai mayo maio maggio mayıs мая травня",
    "juin junio junho giugno juni haziran июня червня",
    "juillet julio julho luglio juli temmuz июля липня",
    "août aout agosto ağustos августа серпня",
    "septembre septiembre setiembre setembro settembre eylül сентября вересня",
    "octobre octubre outubro ottobre oktober ekim октября жовтня",
    "novembre noviembre novembro kasım ноября листопада",
    "décembre decembre diciembre dezembro dicembre dezember aralık декабря грудня"], 1) for name in names.split()}
ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _iso(year: str, month: str, day: str) -> str | None:
    m = int(month) if month.isdigit() else OTHER_MONTHS.get(month.lower()) or MONTHS.get(month[:3].lower())
    try:
        return dt.date(int(year), m, int(day)).isoformat() if m else None
    except ValueError:
        return None


def normalize_date(value: str) -> str | None:
    """A dump's date field as ISO YYYY-MM-DD, or None when it is not a calendar day."""
    return read_date(value)[0]


# "03/11/2024", "3-11-2024", "11.03.2024": numbers only. Read as the text's date lines are read
# (patterns/published.jsonl): dots are day.month.year; with slashes or dashes, the number over 12 is
# the day; when both could be the month, the date is not guessed.
NUMERIC_DATE = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)")


def shown(value: str) -> str:
    """A field's value as a message quotes it: cut, so a field of junk does not fill stderr and the record."""
    return repr(value if len(value) <= 40 else value[:40] + "…")


@lru_cache(maxsize=4096)
def read_date(value: str) -> tuple[str | None, str | None]:
    """(a dump's date field as ISO YYYY-MM-DD or None, why it is None when the field says something)."""
    m = ISO_PREFIX.match(value)
    if m:
        iso = _iso(*m.groups())
        return (iso, None) if iso else (None, f"date field {shown(value)} is no calendar date; left out")
    m = NUMERIC_DATE.match(value)
    if m:
        a, sep, b, year = m.groups()
        if sep == "." or (int(a) > 12 and int(b) <= 12):
            day, month = a, b
        elif int(b) > 12 and int(a) <= 12:
            month, day = a, b
        elif a == b:
            day = month = a
        elif int(a) > 12 and int(b) > 12:  # neither can be the month
            return None, f"date field {shown(value)} is no calendar date; left out"
        else:
            return None, (f"date field {shown(value)} is ambiguous (day {a} month {b}, or month {a} day {b}); left out: "
                          "give it as YYYY-MM-DD")
        iso = _iso(year, month, day)
        return (iso, None) if iso else (None, f"date field {shown(value)} is no calendar date; left out")
    import dateparser  # slow to import; only dumps with free-form dates need it

    # Absolute dates only: "yesterday" in a dump's field would make the output depend on the day it runs.
    parsed = dateparser.parse(value, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
    if parsed is None:
        return None, f"date field {shown(value)} is not a date peacecond can read; left out: give it as YYYY-MM-DD"
    return parsed.date().isoformat(), None


def header(text: str, boilerplate) -> list[tuple[int, int, str]]:
    """The article's first lines, up to where its story has surely begun: a date line further down is the
    story's (a quoted letter's date, a related story's), not the article's."""
    out, paragraphs = [], 0
    for start, end, line in lines(text):
        if start > HEADER_CHARS or len(out) >= HEADER_LINES or paragraphs >= HEADER_PARAGRAPHS:
            break
        if not inside(boilerplate, start, end):
            out.append((start, end, line))
            paragraphs += len(line) > PARAGRAPH
    return out


# Marks that part the items of a page's date line ("Jane Doe | March 4, 2024 • 3 min read").
SEPARATORS = "–—|•·●∙⋅▪◆»›>/"
# What may follow the date on a date line: nothing, a time, a separator before the story
# ("Washington – November 21, 2025 – The ..."), a source in brackets, the bracket that closes a date set in
# brackets ("Jane Doe (March 4, 2024)") when nothing but the line's end, a separator or a time follows it. A time may carry its
# am/pm glued on ("Thu Feb 12, 2015 10:27am EST", wire style) and one or two short words or
# words of another script before it ("... 2023 um 07:12 Uhr", "... 2023 الساعة 07:12 pm"). A date
# followed by the rest of a sentence ("December 5, 2022, was the day ...") is the story talking.
DATE_LINE_TAIL = re.compile(
    rf"\s*(?:$|\.\s*$|[{SEPARATORS}(\[]|[)\]]\s*(?:$|[{SEPARATORS}(\[]|\d)|-\s|\sby\s+(?-i:[A-Z])"
    r"|,?\s*(?:(?:at|[^\W\d_]{1,3}|[^\Wa-z\d_]+)\s+){0,2}T?\d{1,2}(?:[:.]|h(?=\d\d\b))\d\d(?:\s?[ap]\.?m\b\.?)?(?!\w)"
    r"|,\s*$|,?\s*(?:last\s+)?(?:updated|modified)\b"
    # a page's counters after its date ("2 min read", "12 comments", "1.2K views")
    r"|,?\s*\d[\d.,]*\s?k?\s+(?:min(?:ute)?s?|comments?|views?|shares?|reads?)\b"
    # the page's section or topic after the date, a few capitalised words ending the line ("4 March 2024
    # Peace and Security"); a sentence of the story would go on in lower case
    r"|\s+(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z])[\w'’&.-]*|and|of|the|&)){0,3}\s*$)",
    re.I)
# What may precede it with no label: nothing, a byline or place closed by a separator or an opening bracket
# ("Oleh Pavliuk — ", "Jane Doe (",
# "KYIV, UKRAINE – "), a time ("14:05 04.03.2024"), a byline ("By Jane Doe and John Roe ", "By admin on ").
DATE_LINE_HEAD = re.compile(
    rf"(?:.*[{SEPARATORS}:,(\[]|.*\s-|.*\d[:.]\d\d(?:\s?[ap]\.?m\b\.?)?(?:\s+[A-Z]{{2,5}})?"
    r"|(?:(?i:written|reported|story|words|text|report|article|edited|compiled|produced|posted|submitted)\s+)?"
    r"(?i:by)\s.+?(?:\s(?i:on))?"  # "By ...", "Written by ... on " ("Killed by shelling on" is a sentence)
    # a byline or outlet without "By", its words capitalised ("Amina Yusuf February 1, 2023", "Kampala Post 1 Feb
    # 2023"): the date's line is still the page's; a lower-case word would make it a caption or a sentence, and
    # so would a capitalised preposition ("On February 1, 2023 ...")
    r"|(?:(?!(?i:on|in|since|until|till|from|before|after|at|as|of|for|during|through|to|by|between|last|next|"
    r"this|that|the|then|every|each)\s)(?-i:[A-Z])[\w'’.-]*\s+)+)?\s*", re.S)
# A byline's name may be a user name in lower case ("Posted by admin | ", "by staff writer, ").
BYLINE = re.compile(rf"\b(?i:by)\s+[^{SEPARATORS},:]+?(?:\s+(?i:on)(?=\s*$))?(?=[{SEPARATORS},:]|\s*$)")
TIME = re.compile(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?", re.I)
# Lower-case words a byline or a dateline's place may hold ("By Jane Doe and John Roe", "Hassan al Amin",
# "Ursula von der Leyen"); any other lower-case word before the date makes the head a sentence or a
# caption ("Putin in Moscow, March 4, 2024."), and its date is the story's.
NAME_PARTICLES = frozenset("by and of de da di du del der van von al el bin la le".split())
# Words of a picture's caption or credit: a date after them is the picture's.
CAPTION_WORDS = frozenset("photo photograph image picture pictured caption illustration video file".split())
CREDIT_WORDS = CAPTION_WORDS - {"video", "file"}  # after a date: "| Video" may be the page's section
CREDIT_NEAR = 40  # a picture's credit follows its caption's date closely ("... 2024. (AP Photo/...)")
# A publication date comes beside its revision's ("Updated\n5 March 2024\nPublished\n4 March 2024"); a
# date line further down (a related story's) does not replace the revision's.
REVISION_NEAR = 4
LABEL_LINE = 40  # a label on a line of its own ("Published on", "Last updated:") labels the next line's date
DATE_NEAR_START_LABELLED = 90  # "Updated March 5, 2024, originally published March 4, 2024"


@lru_cache(maxsize=16)
def _label_head(labels: frozenset[str]) -> re.Pattern:
    """A head that ends in a label: at the line's start or after a separator, with at most one word before it
    ("First published on", "World | Last modified:", "Posted by admin on"), never inside a sentence ("In a
    letter dated ...", "The report was published on ...")."""
    words = "|".join(sorted(map(re.escape, labels), key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?:^|.*(?:[{SEPARATORS}:,]|\s-))\s*(?:[^\W\d_]+\s+)?(?P<label>{words})\b"
        rf"(?:\s+by\s+[^\s,|:]+(?:\s+[^\s,|:]+){{0,3}}?)?(?:\s+(?:on|at|le|el|am|em|il|en|à))?[\s:.,–—-]*$",
        re.I | re.S)


def _date_line_kind(line: str, m: re.Match, labels: frozenset[str], revised: frozenset[str]) -> str | None:
    """"published" or "revised" when this date match is the line's own date (a date line; "revised" after an
    "Updated" label), None when it is a date the story mentions."""
    head = line[:m.start()]
    if m.start() > DATE_NEAR_START_LABELLED:
        return None
    # "Published June 14, 2024", "Updated on ...", "date 2024-06-14 ...": a label vouches for the date.
    labelled = _label_head(labels | revised).fullmatch(head)
    if labelled:
        return "revised" if labelled.group("label").lower() in revised else "published"
    if m.start() > DATE_NEAR_START or not DATE_LINE_HEAD.fullmatch(head):
        return None  # "in Moscow, Russia June 14, 2024" (a caption), "On December 5, 2022" (a sentence)
    words = re.findall(r"[^\W\d_]+", BYLINE.sub(" ", TIME.sub(" ", head)))
    # Only what follows the last dash, bar or colon: "Talks stall in Geneva | March 4, 2024" is a headline
    # and its date line glued into one line.
    near = re.findall(r"[^\W\d_]+", BYLINE.sub(" ", re.split(rf"[{SEPARATORS}:]|\s-\s", TIME.sub(" ", head))[-1]))
    if any(w.islower() and w not in NAME_PARTICLES and w not in labels and w not in revised for w in near):
        return None  # "Zelensky in Kyiv, May 16, 2025" (a caption)
    if any(w.lower() in CAPTION_WORDS for w in words):
        return None  # "FILE PHOTO: President Ruto, Nairobi, March 4, 2024": a picture's date, not the page's
    credit = re.findall(r"[^\W\d_]+", line[m.end():m.end() + CREDIT_NEAR])
    if any(w.lower().rstrip("s") in CREDIT_WORDS for w in credit):
        return None  # "President Ruto, Nairobi, March 4, 2024 (AP Photo/Jane Doe)": the credit after it says so
    if not DATE_LINE_TAIL.match(line, m.end()):
        return None
    # "Updated: 3:45 PM EST, Mon March 4, 2024": the label before the time says which date this is.
    said = [w.lower() for w in words if w.lower() in labels or w.lower() in revised]
    return "revised" if said and said[-1] in revised else "published"


def _date_matches(line: str, rules, labels: frozenset[str], revised: frozenset[str] = frozenset()):
    """(match, ISO date, kind) for each date line date on the line, in the order the rules are listed."""
    for _, rx in rules:
        # A date line's date starts near the line's start: a one-line article is not searched to its end.
        for m in rx.finditer(line, 0, DATE_NEAR_START_LABELLED + 80):
            kind = _date_line_kind(line, m, labels, revised)
            if kind:
                iso = _iso(m.group("year"), m.group("month"), m.group("day"))
                if iso:
                    yield m, iso, kind


class Found(NamedTuple):
    """What a header line says (a headline, an ISO date) and where it says it: text[start:end]."""
    value: str
    start: int
    end: int


def date_line(text: str, boilerplate, rules, labels=(), revised=()) -> Found | None:
    """The date of a date line at the top of the article, with the offsets of the date as written; never a date
    from the story.

    `labels` are words that introduce a publication date line ("published", "posted"), `revised` words that
    introduce a later revision ("updated", "modified"): see patterns/published_labels.txt and
    patterns/revised_labels.txt. A revision's date stands only when the header shows no publication date:
    "Updated: March 5 | Published: March 4" is March 4.
    """
    labels, revised = frozenset(w.lower() for w in labels), frozenset(w.lower() for w in revised)
    fallback, said, since = None, None, 0
    for start, end, line in header(text, boilerplate):
        if not text[end:].strip() or since > REVISION_NEAR:
            break  # the article's only line (or its last) is the story; a revision's date is the page's date
        since += fallback is not None
        for m, iso, kind in sorted(_date_matches(line, rules, labels, revised), key=lambda f: f[0].start()):
            if said and not line[:m.start()].strip():
                kind = said  # "Updated\n5 March 2024": the label stands on the line above the date
            found = Found(iso, start + m.start(), start + m.end())
            if kind == "published":
                return found
            fallback = fallback or found
        label = len(line) <= LABEL_LINE and _label_head(labels | revised).fullmatch(line)
        said = label and ("revised" if label.group("label").lower() in revised else "published")
    return fallback


TITLE_MAX = 200  # a longer line is a paragraph: the story has begun, and the headline comes before it
TITLE_MIN_WORDS = 4
TITLE_MAX_WORDS = 24  # a longer line is the story's first sentence
SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][\"'”’)]?\s+[A-Z\"“‘]")


def headline(text: str, boilerplate, rules, labels=(), revised=()) -> Found | None:
    """The first header line that reads like a headline (short, one sentence, not a date line), with its offsets.

    A date line's leading date ("date 2024-06-14 Putin says ...") is not part of the headline.
    """
    labels = frozenset(w.lower() for w in labels) | frozenset(w.lower() for w in revised)
    for start, end, line in header(text, boilerplate):
        if not text[end:].strip():
            return None  # the article's only line is its story, not a headline
        dated = next(_date_matches(line, rules, labels), None)
        if dated is not None:
            m, _, _ = dated
            head = re.findall(r"[a-z]+", line[:m.start()].lower())
            if head and head[-1] not in labels and head[-1] not in {"on", "at"}:
                continue  # a dateline ("Washington – May 1, 2025 – The ...") runs into the story
            rest = line[m.end():]
            line = rest.lstrip(" \t,;:–—-|•·")
            start = end - len(line)
        n_words = len(line.split())
        if len(line) > TITLE_MAX or n_words > TITLE_MAX_WORDS:
            return None  # a paragraph of the story: the headline would have come before it
        if TITLE_MIN_WORDS <= n_words <= TITLE_MAX_WORDS and not SENTENCE_BREAK.search(line) \
                and not re.match(r"\d{1,2}[:.]\d\d\b", line):
            return Found(line, start, end)
    return None

