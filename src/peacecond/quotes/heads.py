"""What a subject's head word says of the names inside its phrase: a person's name that only modifies a thing
("the Biden administration", "the Karen fighters", "the Oslo principles") is not who speaks; the body the head
names may be, on that person's side."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from .speaker import EVENT_WINDOW, PROXY_WINDOW, Speaker, _as_speaker


class Heads:
    """Mixin of Reading (through Resolver): the head noun of a subject against the names it holds."""

    def _names_a_thing(self, tok: Token, span: tuple[int, int]) -> bool:
        """Is tok a common noun for no person (no post, title, epithet or event role), the mention `span` of a
        person standing before it inside its phrase as a modifier? "The Biden administration", "the Tamil
        fighters", "the Mitchell principles": the name says whose or which, the noun says what speaks."""
        if tok.pos_ != "NOUN" or not tok.is_lower or span[1] > tok.idx:
            return False
        lemma = tok.lemma_.lower()
        if self._person_word(tok) or tok.text in self._titles or self._epithet(tok) \
                or lemma in self.rules["event_roles"] or lemma in self.rules["proxies"]:
            return False  # "the Putin aide", "the Kremlin spokesman": a person, found elsewhere
        # the name must be a modifier of the noun itself (not of a possessor: "Putin's envoy" is cut before)
        name = tok.doc.char_span(span[0], span[1], alignment_mode="expand")
        return name is not None and name.root.head == tok and name.root.dep_ in {"compound", "amod", "nmod"}

    def _body_named_for(self, tok: Token, doc: Doc, side: str | None) -> Speaker | None:
        """"The Biden administration said": the body a government, group or institution noun names, under the
        subject's own words and on the side of the person it is named for; None for a thing that cannot speak
        ("the Oslo principles")."""
        low = tok.lower_
        if not (self._org_head(tok) or low in self.sides.w.side_bodies or tok.lemma_.lower() in self.rules["body_nouns"]):
            return None
        first = next((t for t in tok.subtree if t.dep_ != "det"), tok)
        words: Span = doc[first.i:tok.i + 1]
        return Speaker(words.text, "org", side or self._party_of(words), None, words.start_char)

    def _definite_name(self, tok: Token) -> bool:
        """"The Polisario said", "the Frelimo": one capitalised name after the definite article is a body's or a
        movement's, not a person's (a title, a post or an epithet is a person's: "the Pope", "the Speaker")."""
        low = tok.lower_
        return tok.tag_ == "NNP" and tok.is_title and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" \
            and any(c.dep_ == "det" and c.i == tok.i - 1 for c in tok.children) and tok.text not in self._titles \
            and low not in self.rules["nominal"] and low not in self.rules["epithets"] \
            and low not in self.rules["gender_words"]

    @staticmethod
    def _first_named_after(people, after: int, fits=None) -> Speaker | None:
        """The person first mentioned in the PROXY_WINDOW characters after `after` (named in two words or more at
        some mention, and one that `fits`): who a pronoun with no one before it means."""
        # (the window's mentions in text order, the person met first ahead at one offset: asked of every pronoun
        # with nobody before it, a pass over every person would grow with the square of a story's length)
        for at, _, _, p in people.mentions_from(after, after + PROXY_WINDOW):
            if len(p.name.split()) >= 2 and (fits is None or fits(p.name)):
                return _as_speaker(p, at, spoke=False)
        return None

    def _counterpart(self, tok: Token, owner: Speaker, people) -> Speaker | None:
        """"Abiy met Debretsion in Pretoria. ... His counterpart said": the person named last in the latest sentence
        (EVENT_WINDOW characters back at most) that also names the owner, not the owner, of the side the noun's
        modifiers name if they name one ("his Ukrainian counterpart")."""
        me = people.by_name.get(owner.name)
        if me is None:
            return None
        side = self.sides.w.of_words(tok.lefts)
        lo = tok.idx - EVENT_WINDOW
        # (the owner's mentions and each sentence's by bisection: a pass over every mention and every person for
        # each "counterpart" would grow with the square of a story's length)
        mine = [s for s, _ in me.mentions[bisect_left(me.mentions, (lo, -1)):bisect_left(me.mentions, (tok.idx, -1))]]
        doc = tok.doc
        for at in reversed(mine):
            sent = doc.char_span(at, at + 1, alignment_mode="expand")
            if sent is None:
                continue
            sent = sent[0].sent
            # each person's first mention in the sentence up to the noun; the latest of those, the person met
            # first in by_name at one offset
            first: dict[int, tuple[int, int, object]] = {}
            for s, rank, _, p in people.mentions_from(sent.start_char, min(sent.end_char, tok.idx)):
                if p is me or (side is not None and p.party not in (None, side)):
                    continue
                first.setdefault(id(p), (s, -rank, p))
            if first:
                s, _, p = max(first.values(), key=lambda m: m[:2])
                return _as_speaker(p, tok.idx)
        return None

    def _reach_back(self, at: int, window: int) -> int:
        """The offset a window of `window` characters back from `at` reaches, the quotations inside it not counted:
        "In a statement the ministry said ... '<a long quote>,' stressed the statement" looks past the quote."""
        lo = at - window
        marks = getattr(self, "_marks", None)
        return lo - marks.overlap(max(0, lo), at) if marks else lo

    def _named_side(self, name: str) -> str | None:
        """The party a whole name is in the parties table ("Boko Haram"), written with a space or a hyphen
        ("Al Shabaab" for "Al-Shabaab")."""
        words = self.sides.w.nationalities
        name = name.removeprefix("the ").removeprefix("The ")
        if name in self.sides.w.parties.demonyms:
            return None  # "the Slovak said": a person of that nation (Descriptions._demonym), not the state
        return words.get(name) or words.get(name.replace(" ", "-")) or words.get(name.replace("-", " "))
