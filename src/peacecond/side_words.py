"""The word classes the side resolver (sides.py) reads, from the patterns folder: built once per folder, read only,
shared by the quotes and the conditions. Split out of sides.py, which keeps the per-article resolver."""
from __future__ import annotations

import re

from .conditions_rules import load_condition_rules
from .errors import PatternError
from .patterns import read_list
from .parties import parties_of

# A place after "in" or "at" in a role is where someone works, not their side.
PLACE_OBJECT = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
# "pro-Russian", "anti-Hamas": a side someone is for or against, not theirs ("the former pro-Russian President")
# a preposition right before a side in a role: the side the post faces, not its own ("envoy to the Houthis")
FACING = re.compile(r"\b(?:to|with|against|toward|towards|for|on|about|from)\s+(?:the\s+)?$", re.I)
ALIGNED = re.compile(r"\b(?:pro|anti)\s?-\s?\S+", re.I)
# "a Paris-based spokesman", "the London-based monitor": a place before "-based" is where someone works from, not the
# side they speak for (`based_after` for a name the parse found, BASED to strip one from a role)
BASED_SUFFIX = r"\s?-\s?(?i:based)\b"
BASED = re.compile(r"(?:[A-Z][\w.'’]*\s+)*[A-Z][\w.'’]*" + BASED_SUFFIX)
_BASED_AFTER = re.compile(BASED_SUFFIX)
NAME_JOINERS = {"of", "the", "for", "and", "in", "de", "del", "des", "du", "la", "al", "el", "e", "i"}  # in a name
OPPOSITION = "opposition"
OBJECTION_PREPS = {"to", "against", "toward", "towards", "from"}
# (one rule, read on tokens by opposing() and on text by OPPOSITION_SIDE: "opposition to the plan" is an objection)
OPPOSITION_SIDE = re.compile(rf"\b{OPPOSITION}\b(?!\s+(?:{'|'.join(sorted(OBJECTION_PREPS))})\b)", re.I)


def based_after(doc, i: int) -> bool:
    """Does "-based" follow the name whose last token is doc[i - 1] ("the London-based monitor")? Then the name says
    where someone works from, not whose side they are on. Read from the few tokens after the name: doc.text joins
    every token of the article anew on each call, which made this check grow with the square of its length."""
    return _BASED_AFTER.match(doc[i - 1].whitespace_ + doc[i:i + 3].text) is not None


def opposing(tok) -> bool:
    """Is this "opposition" the side (no "to" or "against" after it: "opposition to the plan" is an objection)? A
    state's demonym beside it is where, not whose ("the Belarusian opposition leader"), as beside a rebel."""
    return tok.lower_ == OPPOSITION and not any(c.dep_ == "prep" and c.lower_ in OBJECTION_PREPS for c in tok.children)


class SideWords:
    """The word classes the resolver reads, from the patterns folder (built once per folder, read only)."""

    def __init__(self, pats):
        if "conditions" not in pats.extra:  # patterns loaded before the conditions registered their loader
            load_condition_rules(pats)
        self.parties = parties_of(pats)
        self.actors = pats.actors  # the gazetteer's actors by id (read only)
        quotes = pats.extra["quotes"]
        w = pats.extra["conditions"]["words"]
        self.party_words = quotes["party_words"]  # actors' spellings and nationality words (people.PartyWords)
        self.nationalities = quotes["nationalities"]  # demonyms, group names, possessives ("Russia's", "Kremlin")
        # a noun for a post: a title before a name holds one ("the M23 spokesman"), a bare place name does not
        self.role_nouns = {x.lower() for x in quotes["titles"]} | w.role_nouns | w.leader_nouns \
            | {k for k, row in quotes["nominal"].items() if row["kind"] == "person"}
        self.group_nouns = w.group_nouns
        self.insurgent_nouns = w.insurgent_nouns  # those who rise against a state ("Mali's jihadists" are not Mali's)
        # nouns after "of" for a side's own body, whose "of" phrase may name the side ("of the Philippine
        # government", "of the foreign ministry of Serbia"); an organisation's ("of the University of Warsaw") names
        # its side only before its head
        self.side_bodies = w.gov_nouns | w.group_nouns | w.side_nouns
        self.armed_nouns = pats.extra["sides"]["armed_group_nouns"]
        self._rebel_rx: re.Pattern | bool | None = None  # rebel words before armed nouns (`rebel_mentions`)
        self.home_titles = pats.extra["sides"]["home_titles"]
        # "representative to Russia": the place a post is sent to (posted_titles.txt), stripped from a role
        self.posted_titles = pats.extra["sides"]["posted_titles"]
        posted = sorted(self.posted_titles, key=len, reverse=True)
        self._posted_to = re.compile(r"\b(?i:" + "|".join(map(re.escape, posted)) + r")\s+to\s+(?:the\s+)?"
                                     r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*")
        self.lead_verbs = pats.extra["sides"]["lead_verbs"]
        # sides the tables lack (derived.py): words of a side's name, words of rising against a state in one, news
        # outlets' words, and the nouns after an acronym that show it names a side ("the ZPF leader")
        self.side_name_words = pats.extra["sides"]["side_name_words"]
        self.insurgent_name_words = pats.extra["sides"]["insurgent_name_words"]
        self.state_force_words = pats.extra["sides"]["state_force_words"]
        self.party_name_words = pats.extra["sides"]["party_name_words"]
        self.outlet_words, self.outlet_heads = w.outlet_words, w.outlet_heads
        self.side_nouns = w.group_nouns | {"leader", "leaders", "party"}  # (not "forces": "IDF forces")
        self.name_joiners = NAME_JOINERS
        self.actor_names = {v for a in pats.actors.values() for v in a["variants"]}  # the gazetteer's spellings

    def of_role(self, text: str | None) -> str | None:
        """The side a title or role names: a word of the gazetteer's actors or a nationality word ("a Kremlin
        aide", "senior Hamas official"), else a state's name, demonym or capital ("Prime Minister of Armenia",
        "Sudan's army chief"); a place after "in" or "at" is no side."""
        if not text:
            return None
        text = PLACE_OBJECT.sub(" ", ALIGNED.sub(" ", BASED.sub(" ", text)))
        text = self._posted_to.sub(lambda m: m.group().split()[0] + " ", text)  # (the post word stays)
        named = self.party_words.find_all(text)
        # "head of Yemen's Houthi political council", "Sudan's RSF field commander": a state named beside an armed
        # group says where; the group is whose post it is (a group the role faces, "envoy to the Houthis", "talks
        # with the ELN", is not)
        group = next((p for k, p in named if self.parties.kinds.get(p) == "group"
                      and not FACING.search(text[:k])), None)
        if group and any(self.parties.kinds.get(p) == "state" for _, p in named):
            return group
        return (named[0][1] if named else None) or self.parties.of_title(text)

    def of_words(self, tokens) -> str | None:
        """The side the first nationality word among these tokens names ("the Ukrainian navy", "senior Hamas
        officials"): a body's own words, read one by one."""
        tokens = list(tokens)
        armed = self.where_only(tokens[0].head if tokens else None, tokens)
        for k, t in enumerate(tokens):
            # a demonym of two words first ("the South Sudanese army" is not Sudan's)
            two = t.text + " " + tokens[k + 1].text if k + 1 < len(tokens) else None
            party = self.nationalities.get(two) if two in self.nationalities else self.nationalities.get(t.text)
            if party and armed and self.parties.kinds.get(party) == "state":
                continue
            if party:
                return party
        return None

    def rebel_mentions(self, text: str):
        """(start, end, words, code) of each rebel word right before a word for an armed group ("Karen rebels",
        "Anglophone separatists"): one pass of one pattern over the article."""
        if self._rebel_rx is None:
            words = sorted(self.parties.rebel_words, key=len, reverse=True)
            self._rebel_rx = re.compile(r"(?<![\w'’-])(%s)(?:['’]s?)?\s+(?:%s)\b" % (
                "|".join(map(re.escape, words)), "|".join(sorted(self.armed_nouns, key=len, reverse=True)))) \
                if words and self.armed_nouns else False
        for m in self._rebel_rx.finditer(text) if self._rebel_rx else ():
            yield m.start(), m.end(), m.group(0), self.parties.rebel_words[m.group(1)]

    def armed(self, tok) -> bool:
        """A word for an armed group (patterns/armed_group_nouns.txt) or for the opposition as a side (`opposing`)."""
        return tok.lower_ in self.armed_nouns or tok.lemma_.lower() in self.armed_nouns or opposing(tok)

    def where_only(self, head, words) -> bool:
        """Does a state named or described among these words (a phrase, `head` its head word) say only where they
        are, not whose side? It does beside a word for an armed group or the opposition ("Colombian guerrillas",
        "the Syria opposition", "Cameroon separatist leaders", "exiled Burmese rebel leaders"), unless a possessive
        owns them ("Iran's militias"; but not those who rise against it, "Mali's jihadists": insurgent_nouns.txt).
        The quotes read a name's and a body's words with it, the conditions a holder's; `of_description` reads a
        person's description, a string, by the same rule."""
        words = list(words)
        if not any(self.armed(t) for t in words) and not (head is not None and self.armed(head)):
            return False
        return (head is not None and head.lower_ in self.insurgent_nouns) or not any(t.dep_ == "poss" for t in words)

    def rebel_of(self, text: str) -> str | None:
        """The group a rebel word before a word for an armed group names ("a Karen rebel commander": KNU)."""
        words = re.findall(r"[\w'’-]+", text)
        return next((self.parties.rebel(w)[1] for w, nxt in zip(words, words[1:])
                     if nxt.lower() in self.armed_nouns and self.parties.rebel(w)), None)

    def of_description(self, text: str) -> str | None:
        """The side a description of a person gives: `of_role`, except that a state beside a word for an armed
        group is where, not whose ("the Libyan rebel leader"; a "Colombian delegation" is Colombia's)."""
        party = self.of_role(text) or self.rebel_of(text)
        if party and self.parties.kinds.get(party) == "state" and \
                (any(x in self.armed_nouns for x in re.findall(r"[a-z]+", text.lower())) or
                 OPPOSITION_SIDE.search(text)):
            return None  # (nor is "the Nicaraguan opposition leader" Nicaragua's)
        return party


def _side_list(path) -> frozenset:
    """One lower-case word a line (tokens are compared one at a time, so "Prime Minister" could never match). A bad
    row is refused naming file and line. (Whether a verb row is its lemma is not guessed from its ending: "need" and
    "bring" are lemmas, "leads" is not.)"""
    words = read_list(path)
    for w in words:
        if w != w.lower() or not re.fullmatch(r"[a-z][a-z'-]*", w):
            lines = path.read_text(encoding="utf-8").splitlines()
            n = next((i for i, line in enumerate(lines, 1) if line.split("#", 1)[0].strip() == w), None)
            raise PatternError(path, n, f"{w!r} must be one lower-case word")
    return frozenset(words)


def load_side_words(pats) -> None:
    """patterns/home_titles.txt (domestic office words), patterns/lead_verbs.txt (lemmas),
    patterns/armed_group_nouns.txt, and the words of a side's name (side_name_words.txt, insurgent_name_words.txt,
    state_force_words.txt, party_name_words.txt), checked on load."""
    root = pats.root
    pats.extra["sides"] = {"home_titles": _side_list(root / "home_titles.txt"),
                           "lead_verbs": _side_list(root / "lead_verbs.txt"),
                           "armed_group_nouns": _side_list(root / "armed_group_nouns.txt"),
                           "side_name_words": _side_list(root / "side_name_words.txt"),
                           "insurgent_name_words": _side_list(root / "insurgent_name_words.txt"),
                           "state_force_words": _side_list(root / "state_force_words.txt"),
                           "party_name_words": _side_list(root / "party_name_words.txt"),
                           "posted_titles": _side_list(root / "posted_titles.txt")}


def side_words(pats) -> SideWords:
    """The SideWords of a loaded patterns folder (built on first use: it reads the quotes' and the conditions'
    word lists, which load after this module's own)."""
    sw = pats.extra.get("side_words")
    if sw is None:
        if "sides" not in pats.extra:  # patterns loaded before this module registered its loader
            load_side_words(pats)
        sw = pats.extra["side_words"] = SideWords(pats)
    return sw
