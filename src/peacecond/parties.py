"""Parties: which side a name, a demonym, a capital or a title names ("Baku", "the Armenian prime minister",
"Sudanese", "HAMAS") as a party code: ISO 3166-1 alpha-3 for a state, a short name in capitals for a non-state armed
group or a bloc (the gold guide's codes).

pycountry gives every state's code and its official names; what it lacks is data in the patterns folder:
patterns/parties.jsonl (common and short names, demonyms, capitals, names that are also other words, Kosovo as XKX,
groups and blocs) and patterns/party_not_after.txt (words after an ambiguous name that show another reading:
"Georgia state senator", "the Jordan River"). Loaded and checked once per patterns folder (errors name file and
line); `Patterns.load` merges each state's names and capitals the gazetteer did not know into its actors, so the
gazetteer finds actors of every state; the quotes' nationality words take the demonyms and the groups' names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from .alternation import longest_first
from .errors import PatternError
from .patterns import PARTY_CODE, read_jsonl, read_list

STR, LIST = (str,), (list,)
PARTY_SPEC = {"party": (STR, True), "kind": (STR, False), "official": (STR, False), "names": (LIST, False),
              "demonyms": (LIST, False), "capitals": (LIST, False), "ambiguous": (LIST, False),
              "conflict": (STR, False), "rebel_words": (LIST, False), "state": (STR, False)}
KINDS = {"state", "group", "bloc"}
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass
class Parties:
    """Every party's names, demonyms and capitals; read-only after loading."""

    names: dict[str, str] = field(default_factory=dict)  # name or short name -> code
    demonyms: dict[str, str] = field(default_factory=dict)  # "Azerbaijani" -> AZE
    capitals: dict[str, str] = field(default_factory=dict)  # "Baku" -> AZE
    ambiguous: set[str] = field(default_factory=set)  # names that need context (Georgia, Jordan, Chad)
    not_after: set[str] = field(default_factory=set)  # lower-case words after an ambiguous name: another reading
    kinds: dict[str, str] = field(default_factory=dict)  # code -> state / group / bloc
    display: dict[str, str] = field(default_factory=dict)  # code -> the name a record shows
    # a word that names a group only before a word for an armed group ("the Karen rebels"; rebel_words) -> code
    rebel_words: dict[str, str] = field(default_factory=dict)
    # a group -> the state whose war it fights on that state's soil ("state"): the government "the government" means
    # in a story of that war that names no state (conditions/collectives.sole_state)
    group_state: dict[str, str] = field(default_factory=dict)
    _rx: re.Pattern | None = None
    _body_rx: re.Pattern | None = None
    _holding: dict = field(default_factory=dict)  # a word -> the groups one of whose names holds it (named_with)

    # ----- strings -------------------------------------------------------------------------------------------
    def lookup(self, text: str) -> str | None:
        """The party a name, demonym or capital names on its own ("Sudan's", "the Houthis", "Yerevan"). An
        ambiguous name ("Georgia") gives None here: only `of_span` can read its context."""
        t = POSSESSIVE.sub("", text.strip())
        if t.startswith("the ") and t[4:] in self.names:
            t = t[4:]
        if t in self.ambiguous:
            return None
        return self.names.get(t) or self.demonyms.get(t) or self.capitals.get(t)

    def named_with(self, word: str) -> set[str]:
        """The groups one of whose names holds this word ("opposition": the National Coalition for Syrian
        Revolutionary and Opposition Forces, the SPLM-in-Opposition), read once a word."""
        if word not in self._holding:
            rx = re.compile(rf"\b{re.escape(word)}\b", re.I)
            self._holding[word] = {c for n, c in self.names.items() if self.kinds.get(c) == "group" and rx.search(n)}
        return self._holding[word]

    @property
    def words(self) -> dict[str, str]:
        """Words that name a side in a role or before a noun: demonyms and the names of groups and blocs ("senior
        Taliban official", "ECOWAS monitors"); the quotes' nationality words."""
        groups = {n: c for n, c in self.names.items() if self.kinds.get(c) != "state"}
        return {**groups, **self.demonyms}

    def of_title(self, text: str | None) -> str | None:
        """The side a title or role names: "the Armenian prime minister" -> ARM, "Prime Minister of Armenia" ->
        ARM, "Sudan's army chief" -> SDN, "senior Hamas official" -> HAMAS. The first party word wins; an ambiguous
        name only as "of Georgia" or "Georgia's" (a role never names a person called Jordan)."""
        if not text or self._rx is None:
            return None
        for m in self._rx.finditer(text):
            word = m.group(1)
            if word in self.ambiguous:
                before, after = text[:m.start()], text[m.end():]
                if not (re.search(r"\bof\s+(?:the\s+)?$", before) or re.match(r"['’]s\b", after)):
                    continue
                return self.names.get(word) or self.capitals.get(word)
            return self.demonyms.get(word) or self.names.get(word) or self.capitals.get(word)
        return None

    def rebel(self, word: str) -> tuple[str, str] | None:
        """(name, code) of the group a word names before a word for an armed group ("Karen" in "the Karen rebels")."""
        code = self.rebel_words.get(POSSESSIVE.sub("", word))
        return (self.display[code], code) if code else None

    def named_in(self, text: str):
        """(name, code) of every party name the text writes, in order (one pass of the gazetteer's pattern)."""
        for _, _, name, code in self.named_at(text):
            yield name, code

    def named_at(self, text: str, bodies: bool = False):
        """(start, end, name, code) of every party name the text writes, in order; with `bodies`, of the groups and
        blocs only (a pattern of their names alone: a fifth of the states' cost, read for every article)."""
        rx = self._body_rx if bodies else self._rx
        for m in rx.finditer(text) if rx is not None else ():
            code = self.names.get(m.group(1))
            if code is not None:
                yield m.start(1), m.end(1), m.group(1), code

    # ----- Doc spans -----------------------------------------------------------------------------------------
    def accepts(self, span) -> bool:
        """May this span of a Doc be read as the party its text names? Always, except for an ambiguous name that
        the text reads otherwise: inside a longer PERSON entity, before a surname ("Chad Smith", "Jordan Bardella") or after
        another name's first word ("New Jersey", "Michael Jordan"), after "the" (rivers: "the Jordan", "the Niger"),
        before a word of party_not_after.txt ("Georgia state senator"), or after "City," ("Atlanta, Georgia"; not in
        a list of states: "Armenia, Georgia and ...")."""
        text = POSSESSIVE.sub("", span.text)
        if text not in self.ambiguous:
            return True
        doc = span.doc
        # A PERSON entity running past the name ("Chad Smith"): the small model also tags a lone sentence-initial
        # "Chad" PERSON, so the name alone is no evidence.
        if span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I":
            return False
        if span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and doc[span.end].ent_iob_ == "I":
            return False
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and not span.text.endswith(("'s", "’s")):
            if nxt.lower_ in self.not_after:
                return False
            if nxt.is_title and nxt.pos_ == "PROPN" and not nxt.is_sent_start:
                return False
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ == "the":
            return False
        if prev is not None and prev.is_title and prev.pos_ == "PROPN" and self.lookup(prev.text) is None \
                and not prev.is_sent_start:
            return False  # the end of another name: "New Jersey", "Michael Jordan"
        if prev is not None and prev.text == "," and span.start > 1:
            before = doc[span.start - 2]
            if before.pos_ == "PROPN" and before.is_title and self.lookup(before.text) is None:
                return False
        return True

    def of_span(self, span) -> str | None:
        """The party a span of a Doc names, reading an ambiguous name's context (see `accepts`)."""
        text = POSSESSIVE.sub("", span.text)
        if text in self.ambiguous:
            return self.names.get(text) or self.capitals.get(text) if self.accepts(span) else None
        return self.lookup(span.text)

    # ----- gazetteer -----------------------------------------------------------------------------------------
    def actor_rows(self) -> list[dict]:
        """One gazetteer place actor a state: its names and capitals. Groups and blocs stay words that name a
        side (`words`): as actors, the name they speak under would be the table's, not the article's ("the OSCE")."""
        by_code: dict[str, list[str]] = {}
        for table in (self.names, self.capitals):
            for name, code in table.items():
                if self.kinds[code] == "state":
                    by_code.setdefault(code, []).append(name)
        return [{"id": self.display[code], "party": code, "kind": "place",
                 "variants": sorted(set(variants), key=lambda v: (len(v), v))}
                for code, variants in sorted(by_code.items())]


def _clean(name: str | None) -> str | None:
    """A pycountry name as text writes it, or None: inverted names ("Korea, Republic of") and parenthesised ones
    never occur in running text."""
    if not name or "," in name or "(" in name:
        return None
    return name


def curly(names: list[str]) -> list[str]:
    """The names, each with a straight apostrophe also in its curly form ("People's" and "People’s")."""
    out = list(names)
    out += [v.replace("'", "’") for v in names if "'" in v and v.replace("'", "’") not in out]
    return out


def load_parties(root: Path) -> Parties:
    """States from parties.jsonl, non-state sides and blocs from groups.jsonl (one table: a name belongs to one party
    across both), and pycountry's names for every state."""
    not_after_path = root / "party_not_after.txt"
    iso = {c.alpha_3: c for c in pycountry.countries}
    rows = [(root / "parties.jsonl", n, row) for n, row in read_jsonl(root / "parties.jsonl", PARTY_SPEC)] + \
        [(root / "groups.jsonl", n, row) for n, row in read_jsonl(root / "groups.jsonl", PARTY_SPEC)]
    parties = Parties(not_after={w.lower() for w in read_list(not_after_path)})
    owner: dict[str, tuple[str, str, int]] = {}  # a table name -> (code, file, line): a name belongs to one party
    states: dict[str, tuple[str, int]] = {}  # a group -> (its "state", its line), checked once every state is known
    for path, n, row in rows:
        code, kind = row["party"], row.get("kind", "state")
        if kind not in KINDS:
            raise PatternError(path, n, f"kind must be one of {', '.join(sorted(KINDS))}")
        if path.name == "groups.jsonl" and kind == "state":
            raise PatternError(path, n, "a state belongs in parties.jsonl; here \"kind\" is \"group\" or \"bloc\"")
        if not PARTY_CODE.match(code):
            raise PatternError(path, n, f"party {code!r} must be a code in capitals (\"ARM\", \"HAMAS\", \"G7\")")
        if kind != "state" and code in iso:
            raise PatternError(path, n, f"{code!r} is the ISO 3166-1 code of {iso[code].name}: give the group or bloc "
                                        "its short name in capitals instead")
        if code in parties.kinds:
            raise PatternError(path, n, f"party {code!r} has a row already")
        if kind == "state" and code not in iso and not row.get("official"):
            raise PatternError(path, n, f"{code!r} is no ISO 3166-1 alpha-3 code pycountry knows: give the state's "
                                        "\"official\" name (a user-assigned code such as Kosovo's XKX)")
        if kind != "state" and row.get("official") is None and not row.get("names"):
            raise PatternError(path, n, "a group or bloc needs its \"names\"")
        for key in ("names", "demonyms", "capitals", "ambiguous"):
            values = row.get(key) or []
            if not all(isinstance(v, str) and v.strip() == v and v for v in values):
                raise PatternError(path, n, f"every entry of {key!r} must be a non-empty string without outer spaces")
            if key == "ambiguous":
                continue
            for v in curly(values):
                if v in owner and owner[v][0] != code:
                    raise PatternError(path, n, f"{v!r} is already a name of {owner[v][0]} ({owner[v][1]} line "
                                                f"{owner[v][2]}); a name may belong to one party only")
                owner[v] = (code, path.name, n)
        for v in row.get("rebel_words") or []:
            if not (isinstance(v, str) and re.fullmatch(r"[A-Z][\w'’-]*", v)):
                raise PatternError(path, n, f"a rebel word must be one capitalised word, not {v!r}")
            if parties.rebel_words.get(v, code) != code:
                raise PatternError(path, n, f"rebel word {v!r} already names {parties.rebel_words[v]}")
            parties.rebel_words[v] = code
        own = set(row.get("names") or []) | set(row.get("capitals") or [])
        for v in row.get("ambiguous") or []:
            if v not in own:
                raise PatternError(path, n, f"ambiguous name {v!r} is none of this row's names or capitals")
        if row.get("state") is not None:
            if kind != "group":
                raise PatternError(path, n, "only a group has a \"state\" (the state whose war it fights)")
            states[code] = (row["state"], n)
        parties.kinds[code] = kind
        names = curly(row.get("names") or [])
        parties.display[code] = names[0] if names else row.get("official") or code
        for v in names:
            parties.names[v] = code
        for v in curly(row.get("demonyms") or []):
            parties.demonyms[v] = code
        for v in row.get("capitals") or []:
            parties.capitals[v] = code
        parties.ambiguous.update(row.get("ambiguous") or [])
        if row.get("official"):
            parties.names.setdefault(row["official"], code)
    # pycountry's names for every state; a table name wins ("Congo" is the DR Congo in the news, pycountry's COG).
    for code, country in iso.items():
        parties.kinds.setdefault(code, "state")
        display = _clean(getattr(country, "common_name", None)) or _clean(country.name) or \
            _clean(getattr(country, "official_name", None)) or code
        parties.display.setdefault(code, display)
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            name = _clean(name)
            if name and name not in owner and name not in parties.capitals:
                parties.names.setdefault(name, code)
    for code, (state, n) in states.items():
        if parties.kinds.get(state) != "state":
            raise PatternError(root / "groups.jsonl", n, f"state {state!r} is no state's code (ISO 3166-1 alpha-3, or "
                                                         "a state row of parties.jsonl)")
        parties.group_state[code] = state
    words = list(parties.names) + list(parties.demonyms) + list(parties.capitals)
    parties._rx = _pattern(words)
    parties._body_rx = _pattern([n for n, c in parties.names.items() if parties.kinds[c] != "state"])
    return parties


def _pattern(words: list[str]) -> re.Pattern | None:
    """One pattern for the names, the longest first (as a trie: alternation.py). A lookbehind for no word character
    rather than a word boundary: "U.S." ends in a dot, after which a boundary never matches."""
    return re.compile(r"(?<![\w-])(" + longest_first(words) + r")(?![\w-])") if words else None


def merge_actors(pats, parties: Parties) -> None:
    """Each state's names and capitals that no gazetteer actor spells become actors: a state the gazetteer lists
    gains them as variants of its place actor, any other state an actor of its own."""
    known = {v for a in pats.actors.values() for v in a["variants"]}
    for row in parties.actor_rows():
        new = [v for v in row["variants"] if v not in known]
        if not new:
            continue
        same = next((a for a in pats.actors.values()
                     if a["party"] == row["party"] and a["kind"] == row["kind"] and a["id"] == row["id"]), None)
        if same is not None:
            same["variants"] = list(same["variants"]) + new
        elif row["id"] not in pats.actors:
            pats.actors[row["id"]] = {**row, "variants": new, "generated": True}
        else:  # the id names another kind of actor ("Georgia" the person): the state's own id
            pats.actors[f"{row['id']} ({row['party']})"] = {**row, "variants": new, "generated": True}
        known.update(new)


def parties_of(pats) -> Parties:
    """The Parties of a loaded patterns folder (built once, at Patterns.load)."""
    return pats.extra["parties"]
