"""The people an article names, with short forms folded into the fullest name.

"Putin" -> "Vladimir Putin", "Dr. Emilia Kravchenko" -> "Emilia Kravchenko",
Zelensky / Zelenskyy -> one person (through the actor gazetteer).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span

from .alternation import longest_first
from .offsets import Ranges

POSSESSIVE = re.compile(r"[’']s?$")
MIN_SWAPPED = 6  # letters a surname needs before a spelling with two letters swapped is taken for it


def _swapped(a: str, b: str) -> bool:
    """Do a and b differ only by two neighbouring letters swapped ("wadephul" / "wadepuhl")?"""
    diff = [i for i in range(len(a)) if a[i] != b[i]] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@dataclass
class Person:
    name: str
    party: str | None = None
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # (start, end), in text order
    # (told of a new side: the article's People files each mention under its person's side, People.last_in_class)
    on_party: Callable | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, key: str, value) -> None:
        old = self.__dict__.get(key)
        object.__setattr__(self, key, value)
        if key == "party" and old != value and self.__dict__.get("on_party") is not None:
            self.on_party(self, "party", value)

    def first_from(self, lo: int, hi: float = float("inf")) -> tuple[int, int] | None:
        """The first mention starting in [lo, hi), by bisection: asked once a quote, a scan would grow with the
        square of how often a story names its main speaker."""
        k = bisect_left(self.mentions, (lo, -1))
        return self.mentions[k] if k < len(self.mentions) and self.mentions[k][0] < hi else None


def clean_name(text: str, honorifics: set[str]) -> str:
    words = text.replace("\n", " ").split()
    while words and words[0] in honorifics:
        words = words[1:]
    if words:
        words[-1] = POSSESSIVE.sub("", words[-1]) if len(words[-1]) > 2 else words[-1]
    return " ".join(w.strip(",.;:()") for w in words).strip()


def surname(name: str, prefixes: tuple[str, ...] = ()) -> str:
    """The last word, case-folded, without a joined article ("al-Ja'afari" -> "ja'afari": the article
    writes "Ja'afari" as often as "al-Ja'afari")."""
    words = name.split()
    if not words:
        return ""
    last = words[-1].casefold()
    for p in prefixes:
        if last.startswith(p) and len(last) > len(p) + 1:
            return last[len(p):]
    return last


def person_variants(pats, prefixes: tuple[str, ...] = ()) -> tuple[dict[str, str], dict[str, str]]:
    """(variants, surnames), case-folded -> actor id: each gazetteer person's variants, with the surname of a
    one-word variant ("al-Hayya" -> "hayya"); and the surname of every variant, which names the person only with
    a given name that agrees ("Dmitri S. Peskov"): a table writes a surname alone only where it is distinctive,
    so "Khan" or "Miller" alone is nobody in particular. The same for every article, so built once per patterns
    load (cached in pats.extra), not per Doc."""
    cache = pats.extra.setdefault("person_variants", {})
    tables = cache.get(prefixes)
    if tables is None:
        table, surnames = {}, {}
        for aid, act in pats.actors.items():
            if act["kind"] == "person":
                for v in act["variants"]:
                    table[v.casefold()] = aid
                    if " " not in v.strip():
                        table.setdefault(surname(v, prefixes), aid)
                    surnames.setdefault(surname(v, prefixes), aid)
        tables = cache[prefixes] = (table, surnames)
    return tables


def folded(words) -> frozenset[str]:
    """The words case-folded: a frozenset (the rules' own, the same for every article) is folded once a run."""
    return _folded(words) if isinstance(words, frozenset) else frozenset(w.casefold() for w in words)


@lru_cache(maxsize=8)
def _folded(words: frozenset) -> frozenset[str]:
    # (a hyphenated name written with a space, "Al Shabaab" for "Al-Shabaab", is the same name)
    return frozenset(w.casefold() for w in words) | frozenset(w.casefold().replace("-", " ") for w in words if "-" in w)


class People:
    """Clusters person mentions of one Doc; `resolve` maps any mention to its cluster."""

    def __init__(self, doc: Doc, pats, honorifics: set[str], text: str, roles: set[str] = frozenset(),
                 not_names: set[str] = frozenset(), org_words: set[str] = frozenset(),
                 prefixes: tuple[str, ...] = (), ents=None):
        self.doc, self.pats, self.honorifics, self.text = doc, pats, honorifics, text
        self.roles = roles  # lower-case role nouns ("spokeswoman"): never part of a name
        # Words that name a side, not a person ("Azerbaijani", "Baku"): the model tags them PERSON in some
        # texts, and a one-word "person" of that kind becomes the antecedent of every "he said".
        self.not_names = folded(not_names)
        self.org_words = org_words  # case-folded: a "person" holding one is an organisation ("Novaya Gazeta")
        self.prefixes = prefixes  # articles joined to a surname ("al-"), case-folded
        # ents: the Doc's entities, when the caller has them already (Doc.ents builds them anew on each access)
        self.by_name: dict[str, Person] = {}
        # Every mention, by its start: (start, rank of its person in by_name, end, person); at() bisects it.
        self._mentions: list[tuple[int, int, int, Person]] = []
        self._rank: dict[str, int] = {}
        self.order: list[Person] = []  # by_name's persons in the order met (People.unseen)
        # The mentions of the persons of one class ("party", side), ("full", True), ("gender", ...): by start and
        # rank as _mentions, so that the last person of a class before a point is found by bisection, not by a
        # pass over every person (asked once a quote, that pass grew with the square of a story's length).
        self._classed: dict[tuple[str, object], list[tuple[int, int, int, Person]]] = {}
        self._class_of: dict[str, dict[str, object]] = {}  # person -> dimension -> class
        self._unseen: dict[str, int] = {}  # dimension -> how many of `order` the caller has seen (unseen)
        self._seen: set[tuple[str, int, int]] = set()
        self._surnames: dict[str, str] = {}  # surname -> canonical name
        self._letters: dict[str, str | None] = {}  # a full name's surname's letters, sorted -> the name (_note_letters)
        self._variant_ids, self._surname_ids = person_variants(pats, prefixes)  # read only: shared by every article
        self._bodies: dict[str, bool] = {}  # one-word name -> the story names a body by it
        self._second_surname: dict[int, str] = {}  # offset of a name's last word -> the surname before it
        spans = [(a["start"], a["end"], a["text"]) for a in doc._.pc_actors or []
                 if pats.actors[a["id"]]["kind"] == "person"]
        # A "person" holding a place or an institution is a headline misparse ("Putin Demands Ukraine ...").
        others = [(a["start"], a["end"]) for a in doc._.pc_actors or [] if pats.actors[a["id"]]["kind"] != "person"]
        others += [(r["start"], r["end"]) for r in doc._.pc_regions or []]
        names = [n for n in (self._whole_name(e) for e in (doc.ents if ents is None else ents)
                             if e.label_ == "PERSON") if len(n)]
        # A name split in two entities ("Oleksandr" + "Prokudin") is one name: keep only the widest.
        held = Ranges([(n.start, n.end) for n in names])
        names = [n for n in names if not held.holds_other(n.start, n.end)]
        others = Ranges(others)
        spans += [(e.start_char, e.end_char, e.text) for e in dict.fromkeys(names)
                  if not others.overlaps(e.start_char, e.end_char)
                  and clean_name(e.text, honorifics).casefold() not in self.not_names]
        # Fullest names first, so that short forms fold into them.
        for start, end, text in sorted(spans, key=lambda s: (-len(clean_name(s[2], honorifics).split()), s[0])):
            self.add(text, start, end, is_person=True)

    def _whole_name(self, ent: Span) -> Span:
        """The entity with the given names the model left out of it ("Artem [Kobzar]"): capitalised proper
        nouns compounded onto it, up to a title ("Sumy Mayor Artem Kobzar" -> "Artem Kobzar")."""
        doc, start = ent.doc, ent.start
        while start > 0:
            t = doc[start - 1]
            if not (t.pos_ == "PROPN" and t.is_title and t.dep_ in {"compound", "flat"}
                    and ent.start <= t.head.i < ent.end and t.ent_type_ in {"", "PERSON"}
                    and t.text not in self.honorifics and t.lower_ not in self.roles):
                break
            start -= 1
        # ... and a second surname it left out after it ("Antonio López-Istúriz [White]"): the singular
        # capitalised proper noun its last word is compounded onto, when that is no title, role or organisation
        # word and the gazetteer does not know the name. The story may go on with either surname.
        end = ent.end
        if end < len(doc):
            t, last = doc[end], doc[end - 1]
            if t.tag_ == "NNP" and t.is_title and t.ent_type_ == "" and last.head == t \
                    and last.dep_ in {"compound", "flat"} and t.text not in self.honorifics \
                    and t.lower_ not in self.roles and t.lower_ not in self.org_words \
                    and last.lower_ not in self._variant_ids and last.lower_ not in self._surname_ids:
                self._second_surname[t.idx] = surname(ent.text, self.prefixes)  # "López-Istúriz"
                end += 1
        # ... and a name the model cut in two entities side by side ("[Mohammed bin Abdulrahman] [Al Thani]"):
        # the next one starts right after it and its last word is compounded onto it
        while end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON" \
                and doc[end - 1].dep_ in {"compound", "flat"} and doc[end - 1].head.i >= end:
            end += 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        # Punctuation the model took into the entity ("However‚ Maluleke" with U+201A for a comma) is no part
        # of a name.
        while start < end and doc[start].is_punct:
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        return doc[start:end]

    def canonical(self, text: str, titled: bool = False, person: bool = False) -> str | None:
        """The cluster name of a mention; `titled`: a courtesy title precedes it in the text; `person`: the
        model or the gazetteer says the mention is a person (not a place or a company of the same name)."""
        name = clean_name(text, self.honorifics)
        if not name or not any(c.isalpha() for c in name):
            return None
        key = name.casefold()
        if key in self.not_names or key.replace("-", " ") in self.not_names:
            return None
        words = name.split()
        if len(words) == 1 and key in (self.pats.extra.get("quotes") or {}).get("peoples", ()) \
                and surname(name, self.prefixes) not in self._surnames:
            return None  # "the Tamil said": a community, unless a person of the story bears the word as surname
        if len(words) > 1 and self._community_word(words[0]):
            # "Ethiopian Tigray demands ...", "Kurdish Rojava": a nationality or a people's word opens no name (the
            # model took it into the entity); a name of two words or more after it is the person
            return self.canonical(" ".join(words[1:]), titled, person) if len(words) > 2 else None
        if key in self._variant_ids:
            aid = self._variant_ids[key]
            own = self._surnames.get(surname(name, self.prefixes)) if " " not in name else None
            if own is not None and own != aid and aid not in self.by_name:
                return own  # "Silva:" after "Lt Gen Shavendra Silva": the story's Silva, not the gazetteer's
            return aid
        if any(w in self.org_words for w in key.split()):
            return None  # "Novaya Gazeta Europe", "Sudan Tribune": a newspaper, whatever the model says
        sn = surname(name, self.prefixes)
        first = name.split()[0].casefold()
        if sn in self._surnames:
            known = self._surnames[sn]
            # "Putin" folds into "Vladimir Putin", "De Wever" into "Bart De Wever" (a surname of several
            # words); "Hunter Biden" does not fold into "Joe Biden".
            if len(name.split()) == 1 or known.split()[0].casefold() == first \
                    or known.casefold().endswith(" " + key):
                return known
        elif len(name.split()) == 1:
            # "Mr Redwan" after "Redwan Hussien": where the given name is the one used with a courtesy
            # title (Ethiopian, Eritrean, Icelandic names), and only one person of the article bears it.
            if titled or text.split()[0] in self.honorifics:  # (the pass over every person only then)
                same = {n for n in self.by_name if len(n.split()) > 1 and n.split()[0].casefold() == key}
                if len(same) == 1:
                    return same.pop()
            if person or "-" in key:
                # So is a person's one-word mention that is a word of exactly one full name: a family name
                # written first ("Kim" after "Kim Jong-un"), the first of two surnames ("Fernández-Vega" after
                # "Carlos Fernández-Vega Ruiz", whatever the model tags a double-barrelled name as), a given
                # name the story uses.
                same = {n for n in self.by_name if key in n.casefold().split()[:-1]}
                if len(same) == 1:
                    return same.pop()
        if len(name.split()) == 1 and sn not in self._surnames:
            # "Wadepuhl said" after "Johann Wadephul": a surname written with two letters swapped is the one
            # surname of the story spelt with those letters (a long one only, and only one such).
            same = self._letters.get("".join(sorted(sn))) if len(sn) >= MIN_SWAPPED else None
            if same and same != name and _swapped(surname(same, self.prefixes), sn):
                return same
        aid = self._variant_ids.get(sn) if len(name.split()) == 1 else self._surname_ids.get(sn)
        # "Peskov" is the actor; so is "Dmitri S. Peskov" for "Dmitry Peskov" (another transliteration of the
        # same given name), but not "Hunter Biden" for "Joe Biden".
        if aid and (len(name.split()) == 1 or aid.split()[0].casefold()[:4] == first[:4]):
            return aid
        if " " not in name and self._names_a_body(name):
            return None
        return name

    def _community_word(self, word: str) -> bool:
        """Is word a nationality ("Ethiopian") or a people's name ("Tamil", patterns/peoples.txt), and no given
        name the name lists hold?"""
        rules = self.pats.extra.get("quotes") or {}
        folded = word.casefold()
        return (word in rules.get("nationalities", ()) or folded in rules.get("peoples", ())) \
            and folded not in rules.get("gender_words", ())

    def _note_letters(self, name: str) -> None:
        """Index a full name's surname by its letters (for a misspelt one-word mention); None where two share them."""
        sn = surname(name, self.prefixes)
        if len(name.split()) > 1 and len(sn) >= MIN_SWAPPED:
            key = "".join(sorted(sn))
            self._letters[key] = name if self._letters.get(key, name) == name else None

    def _names_a_body(self, word: str) -> bool:
        """Does the story use the one word as the name of a body ("the Aslef union", "the Wagner group")? Then
        it is no person's name, whatever the model tags it as (a surname of a person it names in full folded
        into that person before this is asked)."""
        known = self._bodies.get(word)
        if known is None:
            known = self._bodies[word] = any(
                m.group(1) in self.org_words
                for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"\s+([a-z]+)\b", self.text))
        return known

    def add(self, text: str, start: int, end: int, role: str | None = None,
            is_person: bool = False) -> Person | None:
        before = self.text[max(0, start - 8):start].split()
        name = self.canonical(text, titled=bool(before) and before[-1] in self.honorifics, person=is_person)
        if name is None:
            return None
        person = self.by_name.get(name)
        if person is None:
            act = self.pats.actors.get(name)
            person = self.by_name[name] = Person(name=name, party=act["party"] if act else None,
                                                 role=act.get("role") if act else None)
            self._rank[name] = len(self._rank)
            self.order.append(person)
            self._class_of[name] = {}
            if len(name.split()) > 1:
                self.classify(person, "full", True)
            self.classify(person, "party", person.party)
            person.on_party = self.classify
            self._surnames.setdefault(surname(name, self.prefixes), name)
            self._note_letters(name)
            other = self._second_surname.get(end - len(text.split()[-1])) if text.split() else None
            if other:
                self._surnames.setdefault(other, name)
            last = name.split()[-1] if len(name.split()) > 1 else ""
            for part in last.split("-") if last.count("-") == 1 else ():
                # "Ferrer said" after "Miriam Coronel-Ferrer": either half of a double-barrelled surname is the
                # person (a particle, "al-" or "el-", is not a half: surname() already drops it).
                if len(part) >= 3 and part[:1].isupper():
                    self._surnames.setdefault(part.casefold(), name)
        if (person.name, start, end) not in self._seen:
            self._seen.add((person.name, start, end))
            insort(person.mentions, (start, end))
            entry = (start, self._rank[person.name], end, person)
            insort(self._mentions, entry, key=lambda m: m[:2])
            for dim, value in self._class_of[person.name].items():
                insort(self._classed.setdefault((dim, value), []), entry, key=lambda m: m[:2])
        if role and not person.role:
            person.role = role
        return person

    def at(self, span: Span) -> Person | None:
        """The person mentioned inside span, if any."""
        # (the first person, in the order they were met, with a mention inside: found by bisection)
        lo = bisect_left(self._mentions, span.start_char, key=lambda m: m[0])
        best = None
        for s, rank, e, person in self._mentions[lo:bisect_right(self._mentions, span.end_char, key=lambda m: m[0])]:
            if e <= span.end_char and (best is None or rank < best[0]):
                best = (rank, person)
        return best[1] if best else None

    def mentions_from(self, lo: int, hi: float) -> list[tuple[int, int, int, Person]]:
        """Every mention starting in [lo, hi), as (start, rank of its person, end, person), by start and then by
        rank (the order of by_name): found by bisection, so a question about a window costs what the window holds,
        not what the article does."""
        return self._mentions[bisect_left(self._mentions, lo, key=lambda m: m[0]):
                              bisect_left(self._mentions, hi, key=lambda m: m[0])]

    def classify(self, person: Person, dim: str, value) -> None:
        """File the person's mentions under `value` in the dimension `dim` (moving them from the class they had;
        a class of None is not filed): a side, a name in full, a gender, as the article comes to say."""
        had = self._class_of[person.name]
        if had.get(dim) == value:
            return
        rank = self._rank[person.name]
        if had.get(dim) is not None:
            group = self._classed[(dim, had[dim])]
            for s, _ in person.mentions:  # (each found by bisection: a move costs the person's mentions only)
                k = bisect_left(group, (s, rank), key=lambda m: m[:2])
                while group[k][3] is not person:
                    k += 1
                del group[k]
        if value is None:
            had.pop(dim, None)
            return
        had[dim] = value
        group = self._classed.setdefault((dim, value), [])
        for s, e in person.mentions:
            insort(group, (s, rank, e, person), key=lambda m: m[:2])

    def unseen(self, dim: str) -> list[Person]:
        """The persons met since the caller last asked for this dimension (to classify each once)."""
        k = self._unseen.get(dim, 0)
        self._unseen[dim] = len(self.order)
        return self.order[k:]

    def last_in_class(self, before: int, dim: str, values) -> tuple[int, Person] | None:
        """(start, person) of the last mention starting before `before` of a person of one of the classes: at the
        latest start the person met first (the order of by_name)."""
        best = None
        for value in values:
            group = self._classed.get((dim, value))
            k = bisect_left(group, before, key=lambda m: m[0]) if group else 0
            if k:
                # (of the entries that share the last start, the first: the lowest rank)
                m = group[bisect_left(group, group[k - 1][0], key=lambda m: m[0])]
                if best is None or (m[0], -m[1]) > (best[0], -best[1]):
                    best = m
        return (best[0], best[3]) if best is not None else None

    def last_in_window(self, lo: int, before: int, keep: Callable[[Person], bool]) -> tuple[int, Person] | None:
        """(start, person) of the last mention in [lo, before) of a person that `keep`s (at one start, the person
        met first): a walk over that window's mentions only."""
        best = None
        for m in reversed(self.mentions_from(lo, before)):
            if best is not None and m[0] < best[0]:
                break
            if keep(m[3]):
                best = m  # (going back through one start, a lower rank)
        return (best[0], best[3]) if best is not None else None

    def as_records(self) -> list[dict]:
        out = []
        for p in self.by_name.values():
            mentions = [{"text": self.text[s:e], "start": s, "end": e} for s, e in sorted(p.mentions)]
            out.append({"name": p.name, "party": p.party, "role": p.role, "kind": "person", "mentions": mentions})
        return sorted(out, key=lambda r: r["mentions"][0]["start"])


class PartyWords:
    """The side a text names: nationality words and the non-person actors' spellings
    ("senior Hamas official" -> HAMAS, "the U.S. deputy envoy" -> USA, "German Foreign Minister" -> DEU)."""

    def __init__(self, pats, nationalities: dict[str, str]):
        words = {v: a["party"] for a in pats.actors.values() if a["kind"] != "person" and a["party"]
                 for v in a["variants"]}
        words.update(nationalities)  # a nationality word is the surer reading
        self.words = words
        # (?<!\w) rather than \b: "U.S." ends in a dot, after which \b never matches. A place after "in" is where
        # someone works ("a researcher at a think tank in Warsaw"), not the side they speak for.
        self.rx = re.compile(r"(?<!\bin )(?<!\w)(" + longest_first(words) + r")(?!\w)") if words else None

    def find(self, text: str | None) -> str | None:
        m = self.rx.search(text) if text and self.rx is not None else None
        return self.words[m.group(1)] if m else None

    def find_all(self, text: str | None) -> list[tuple[int, str]]:
        """Every side the text names, as (offset, party), in text order."""
        if not text or self.rx is None:
            return []
        return [(m.start(1), self.words[m.group(1)]) for m in self.rx.finditer(text)]
