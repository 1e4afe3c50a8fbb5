"""Derived sides: an organisation the party tables do not know, coded by the gold guide's rule from the article's
own words, so that a condition on any conflict can have its holder ("the Patriotic Front of Ruritania (PFR)
demanded ..." -> PFR, its name kept as the holder's name).

A side is an organisation the model tags ORG whose name holds a word for a side (patterns/side_name_words.txt:
Front, Movement, Army, Liberation, Party, ...), or an acronym in capitals the article spells out as such a name, or
uses for a side right before a word for one ("the ZPF leader", "KNA fighters"). Its code is the acronym the article
defines for it ("(PFR)") or writes as its name, else its short name in capitals with spaces and punctuation dropped.

Not a side: a name the tables know (a state, a group, a bloc: those keep their codes), a news outlet ("the Ukrainian
Pravda", "Itar-Tass"), a state's own body (a name holding a state's name or demonym, "the Sudanese Armed Forces",
"Armed Forces of Ukraine", "the Lebanese Army": the state speaks; unless the name also holds a word of rising
against it, patterns/insurgent_name_words.txt: "the Sudan Liberation Movement"), a person, a bare word for a side
("the Front", "the Alliance": a description the holder stage reads in context).

Read once per article, from the entities and one pass of a pattern of the derived names over the text."""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from .quotes.names import Names

# an acronym keeps one inner hyphen as the parties table's codes do (patterns.PARTY_CODE): "ALP-R", "KNLA-PC"
ACRONYM = r"[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?"
ACRONYM_WORD = re.compile(r"^[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,4})?$")
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
NOT_CODE = re.compile(r"[^A-Z0-9]")
LEADING = re.compile(r"^(?:the|The|THE)\s+")
BRACKETED = re.compile(r"\((" + ACRONYM + r")\)?$")  # an entity that took in its acronym: "... Front (PFR)"
# the acronym in brackets right after an entity, or after an "of" phrase the model left out of it ("the Patriotic
# Resistance Front of Ituri (FRPI)")
BRACKET_AFTER = re.compile(r"((?:[ \t]+(?:of|for|in)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
                           r"(?:[ \t]+[A-Z][\w'’-]*){0,2})?)[ \t]*\((" + ACRONYM + r")\)")


def code_of(name: str) -> str:
    """The guide's code for a name with no acronym: its short name in capitals, spaces and punctuation dropped."""
    return NOT_CODE.sub("", name.upper())


def derived_bodies(doc: Doc, words, text: str, known: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, code) of every mention of a side the tables lack, in text order. known: the (start, end)
    chars of the names the tables found (a derived name never overlaps one)."""
    parties = words.parties
    acronyms = {short: long for short, long in Names._find_acronyms(text).items()
                if parties.lookup(short) is None}
    long_code = {long: short for short, long in acronyms.items()}
    spelled = AcronymIndex(acronyms)
    found: dict[str, str] = {}  # a name as the article writes it -> its code
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        # "the Patriotic Resistance Front of Ituri (FRPI)": an acronym in brackets right after the name is its own,
        # in whatever language's word order
        after = BRACKET_AFTER.match(text, ent.end_char)
        acronym = (m.group(1) if (m := BRACKETED.search(ent.text)) else after.group(2) if after else None)
        name = POSSESSIVE.sub("", LEADING.sub("", ent.text.strip() + (after.group(1) if after else "")))
        name = re.sub(r"\s*\([^()]*\)?$", "", name)  # "... Front (PFR)": the model took in the acronym
        if not name or "\n" in name or name in found or name in words.actor_names:
            continue  # (a gazetteer actor keeps its side: "the SAF" is Sudan's army)
        code = side_code(words, name, spelled, long_code)
        if code is not None and acronym is not None and parties.lookup(acronym) is None:
            code = acronym
            found.setdefault(acronym, acronym)
        if code is None and name not in acronyms and ACRONYM_WORD.match(name) and ent.end < len(doc) and \
                doc[ent.end].lower_ in words.side_nouns and parties.lookup(name) is None and \
                name.lower() not in words.outlet_words:
            code = name  # "the ZPF leader", "KNA fighters": an acronym the article uses for a side
        if code is not None:
            found[name] = code
            if code in acronyms:
                found.setdefault(code, code)
    for short, long in acronyms.items():  # "(PFR)" after a name the model did not tag: its long form decides
        if short not in found and side_code(words, long, spelled, long_code) == short:
            found[short] = short
            found.setdefault(long, short)
    if not found:
        return []
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True)) +
                    r")(?![\w-])")
    spans = sorted(known)  # (the tables' matches: one pattern's, so they do not overlap one another)
    starts = [a for a, _ in spans]
    out = []
    for m in rx.finditer(text):
        s, e = m.start(1), m.end(1)
        k = bisect_left(starts, e)  # the table names starting before this one ends: only the last can overlap
        if k and spans[k - 1][1] > s and not (s < spans[k - 1][0] and spans[k - 1][1] == e):
            continue  # (a table's name ending this longer one is inside it: the longer name wins, side_code)
        out.append((s, e, m.group(1), found[m.group(1)]))
    return out


def tail_of(name: str, start: int, end: int) -> bool:
    """Does a table's name end this longer name, after words of its own ("South Sudan Liberation Army" holding the
    Sudan Liberation Army, "the Karenni National Liberation Army" Colombia's National Liberation Army)? Then it is
    another group's name, not a unit of that group ("ELN Central Command", "the Hamas political bureau")."""
    return start > 0 and end == len(name) and name[start - 1] == " "


def head_word(tokens: list[str], joiners: set[str]) -> str:
    """The head of a name, lower case: its last word before an "of" or "for" phrase ("Patriotic Front of X": front),
    the first part of a hyphenated one ("Movement-North": movement)."""
    end = next((k for k, t in enumerate(tokens) if k and t.lower() in joiners - {"and", "e", "i"}), len(tokens))
    return tokens[end - 1].lower().split("-")[0]


class AcronymIndex:
    """The article's acronyms by their long forms, for the question side_code asks of every organisation: the first
    acronym (in the text's order) whose long form is the name, ends with it, starts with it or is its end, each a
    whole word. Built once per article: a pass over every acronym for every organisation would grow with the
    square of a story that names many."""

    def __init__(self, acronyms: dict[str, str]):
        self.shorts = list(acronyms)
        self.whole: dict[str, int] = {}  # long form -> the first acronym spelt so
        self.ends: dict[str, int] = {}  # the words after a space of a long form -> the first acronym
        self.starts: dict[str, int] = {}  # the words before a space of a long form -> the first acronym
        for k, long in enumerate(acronyms.values()):
            self.whole.setdefault(long, k)
            words = long.split(" ")  # (split at each space: a cut between two words is a cut at a space)
            for j in range(1, len(words)):
                self.ends.setdefault(" ".join(words[j:]), k)
                self.starts.setdefault(" ".join(words[:j]), k)

    def first(self, name: str) -> str | None:
        words = name.split(" ")
        got = [self.whole.get(" ".join(words[j:])) for j in range(1, len(words))]  # a long form ending the name
        got = [k for k in got + [self.whole.get(name), self.ends.get(name), self.starts.get(name)] if k is not None]
        return self.shorts[min(got)] if got else None


def side_code(words, name: str, acronyms: AcronymIndex, long_code: dict[str, str]) -> str | None:
    """The code of an organisation's name if it names a side the tables lack, else None."""
    parties = words.parties
    tokens = re.findall(r"[\w'’-]+", name)
    lower = [t.lower() for t in tokens]
    if len(tokens) < 2 or len(tokens) > 10 or head_word(tokens, words.name_joiners) not in words.side_name_words:
        return None  # a name whose head is no word for a side ("Afghan National Army Base"), or one word
    inner = list(parties.named_at(name, bodies=True))
    if parties.lookup(name) is not None or any(not tail_of(name, a, b) for a, b, _, _ in inner):
        return None  # a table's group or bloc, or a name holding one ("ELN Central Command")
    # (a table's name ending this one says nothing of its side: "Zomi National Liberation Army" is not the ELN's)
    own = name[:inner[0][0]].rstrip() if inner else name
    if any(t in words.outlet_words for t in lower) or lower[-1] in words.outlet_heads:
        return None
    if not all(t[:1].isupper() or t in words.name_joiners for t in tokens):
        return None  # a phrase, not a name ("Houthi militia", "RSF fighters")
    initials = "".join(t[0] for t in tokens if t[0].isupper())
    if parties.kinds.get(parties.lookup(initials) or "") in {"group", "bloc"}:
        return parties.lookup(initials)  # a spelling the table lacks of a side it knows ("Ta'ang ... Army": TNLA)
    rising = any(t in words.insurgent_name_words for t in lower)
    if any(t in words.state_force_words for t in lower) and not rising:
        return None  # a state's own force named without its state ("the Border Security Force")
    if lower[-1] == "party" and all(t.rstrip("'’") in words.party_name_words or t in words.name_joiners
                                    for t in lower[:-1]):
        return None  # a party of any state ("the Labour Party", "the People's Party"): none the article tells apart
    side = parties.of_title(own)
    if side is not None and parties.kinds.get(side) != "state":
        return None  # a known side's phrase ("Houthi Rebels")
    if side is not None and not rising:
        return None  # a state's own body ("Malian Armed Forces"), not one rising against it ("Sudan Liberation Front")
    return acronyms.first(name) or long_code.get(name) or code_of(name)
