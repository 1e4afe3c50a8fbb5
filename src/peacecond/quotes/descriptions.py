"""People named by a description rather than a name: "the Russian leader", "the diplomat", "the Norwegian", "the
visitor", "the pontiff", and a lead's description that the story names only later ("The envoy of X said ... The
envoy, Y, said"), resolved to the person they mean."""
from __future__ import annotations

from itertools import islice, takewhile

from spacy.tokens import Doc, Token

from ..people import People
from .groups import DESCRIPTION_WINDOW, HISTORY_REACH
from .speaker import EVENT_WINDOW, PROXY_WINDOW, Speaker, _as_speaker

FORWARD_WINDOW = 400  # characters ahead to the name a lead's description ("The Ukrainian President") stands for


class Descriptions:
    """Mixin of Reading (through Resolver): descriptions of people."""

    def _demonym(self, tok: Token) -> str | None:
        """The side of a nationality word standing alone for one person ("the Norwegian", "the Finn"), if tok is
        one."""
        if tok.tag_ in {"NNS", "NNPS"} or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in {"compound", "amod"} for c in tok.children):
            return None
        # (a demonym of patterns/parties.jsonl, not a body's or a place's name: "the Kremlin", "the TPLF")
        return self.sides.w.parties.demonyms.get(tok.text)

    def _described_person(self, tok: Token, history) -> Speaker | None:
        """The person an epithet means: the subject or speaker of the sentence before (or this one), else the
        last person who spoke, PROXY_WINDOW characters back at most; not one its side word contradicts ("the
        Turkish strongman" is not the Greek prime minister)."""
        party = self.sides.w.of_words(tok.lefts)
        found = self._sideless(tok, history, any_side=True) or \
            self._recent(history, tok.idx, kind="person", spoke=True, since=tok.idx - PROXY_WINDOW)
        if found is None or not found.name or found.group or self._one_of_pair(tok.doc, found.at):
            return None
        side = found.party or self.sides.w.of_role(found.role)
        return None if party and side and side != party else found

    @staticmethod
    def _one_of_pair(doc: Doc, at: int) -> bool:
        """Is the mention at `at` a subject coordinated with another person's name ("Petro and Mordisco met in
        Havana")? Then "the 64-year-old" or "the lawmaker" fits either, and names neither."""
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return False
        head = span[0]
        while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
            head = head.head
        return any(c.ent_type_ == "PERSON" for c in (*head.conjuncts, *(
            [head.head] if head.dep_ == "conj" else [])))

    def _event_role(self, tok: Token, doc: Doc, people: People) -> Speaker | None:
        """"The visitor", "her host": the person who played that part in the latest event of its kind the story
        told before tok, within EVENT_WINDOW characters (patterns/event_roles.jsonl)."""
        as_subject, as_object = self.rules["event_roles"][tok.lemma_.lower()]
        for t in reversed(doc[:tok.i]):
            if tok.idx - t.idx > EVENT_WINDOW:
                break
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB" or (lemma not in as_subject and lemma not in as_object):
                continue
            deps = {"nsubj"} if lemma in as_subject else {"dobj"}
            role = next((c for c in t.children if c.dep_ in deps), None)
            person = people.at(doc[role.left_edge.i:role.right_edge.i + 1]) if role is not None else None
            if person is not None:
                return _as_speaker(person, tok.idx)
        return None

    def _nominal(self, tok: Token, kind: str, party: str | None, people: People, history: list[Speaker],
                 latest_speaker: bool = False):
        """"The minister said": the latest person whose role says minister; "the Russian leader": the latest
        Russian; with `latest_speaker`, "the diplomat said": the person who spoke last, unless that was
        someone unnamed. None when the sentence makes the speaker anonymous."""
        sent = tok.sent.text.lower()
        if any(cue in sent for cue in self.rules["anonymity"]):
            return None
        stem = tok.lemma_.lower()[:5]  # "spokesman" fits a "Kremlin spokesperson"
        ordered = [h for h in takewhile(lambda h: tok.idx - h.at <= DESCRIPTION_WINDOW,
                                        islice(history.latest(tok.idx), HISTORY_REACH))
                   if h.kind == kind and (party is None or h.party == party)]
        # "the diplomat" also names a foreign minister or an envoy (the row's "roles"), unless someone unnamed has
        # spoken since ("A Western diplomat said ... the diplomat added" is that one)
        covers = self.rules["nominal"].get(tok.lemma_.lower(), {}).get("roles") or ()
        unnamed = False
        for sp in ordered:
            # "the ministry said" after "Ukraine's Foreign Ministry said": an organisation's name says what it is.
            said = ((sp.role or "") + (" " + sp.name if kind == "org" and sp.name else "")).lower()
            if sp.name and stem in said:
                return sp
            if sp.name and not unnamed and any(r in said for r in covers):
                return sp if self._one_covered(people, tok.idx, covers) else None
            unnamed = unnamed or (sp.name is None and sp.kind == "person")
        if kind == "person":
            # "a call between US secretary of state X and Y, in which the secretary asked ...": a person the story
            # titled so, mentioned since the last one who spoke (PROXY_WINDOW characters back at most), though
            # never made a subject.
            titled = people.last_in_window(tok.idx - PROXY_WINDOW, tok.idx, lambda p: (
                party is None or p.party == party) and (stem in (p.role or "").lower() or (
                    not unnamed and any(r in (p.role or "").lower() for r in covers)
                    and self._one_covered(people, tok.idx, covers))))
            titled = _as_speaker(titled[1], titled[0], spoke=False) if titled is not None else None
            spoke = next((h for h in ordered if h.spoke and h.name), None)
            if titled is not None and (spoke is None or titled.at > spoke.at):
                return titled
        if party is None:
            if latest_speaker:
                spoke = next((h for h in ordered if h.spoke), None)
                if spoke is None and self.rules["nominal"].get(tok.lemma_.lower(), {}).get("anaphoric"):
                    # "Army chief X refused to attend. '...,' the general said": nobody has spoken yet; a title of
                    # one person is the one the sentence before made its subject.
                    return self._sideless(tok, history, any_side=True)
                return spoke if spoke is not None and spoke.name else None
            return None
        ordered = [h for h in ordered if h.name]
        if ordered or kind != "person":
            return ordered[0] if ordered else None
        return self._recent_mention(people, tok.idx, party) or self._sideless(tok, history) \
            or self._next_mention(people, tok.idx, party)

    @staticmethod
    def _one_covered(people: People, at: int, covers) -> bool:
        """Does one person only, of those named in the PROXY_WINDOW characters before `at`, hold a post the
        description covers ("the diplomat" after a foreign minister met an envoy fits both: nobody)?"""
        held = {p.name for _, _, _, p in people.mentions_from(max(0, at - PROXY_WINDOW), at)
                if any(r in (p.role or "").lower() for r in covers)}
        return len(held) <= 1

    def _sideless(self, tok: Token, history: list[Speaker], any_side: bool = False) -> Speaker | None:
        """"Ramtane Lamamra, the UN envoy, arrived in Jeddah. '...,' the Algerian diplomat said": with nobody of that
        side named, the person the sentence before made its subject or speaker, when the story has said nothing
        of their side (nothing contradicts the description)."""
        lo = tok.sent.start
        lo = tok.doc[lo - 1].sent.start_char if lo > 0 else tok.sent.start_char
        last = next((h for h in history.latest(tok.idx) if h.kind == "person" or h.proxy), None)
        if last is not None and last.name and last.kind == "person" and (any_side or last.party is None) \
                and last.at >= lo \
                and not last.group:
            return last
        return None

    @staticmethod
    def _next_mention(people: People, after: int, party: str) -> Speaker | None:
        """The person of that side the story names first after `after`, within FORWARD_WINDOW characters: a lead
        that describes before it names ("The Ukrainian President has said ... Petro Poroshenko outlined ...")."""
        # (the mentions of the window only, by start and then in the order people were met: the first of that
        # side is the answer, as a pass over every person's mentions found it)
        at, p = next(((s, p) for s, _, _, p in people.mentions_from(after + 1, after + FORWARD_WINDOW + 1)
                      if p.party == party), (None, None))
        return _as_speaker(p, at, spoke=False) if p is not None else None

    @staticmethod
    def _definite_one(tok: Token) -> bool:
        """A singular noun with a definite determiner: "the official", not "an official" or "officials"."""
        return tok.tag_ in {"NN", "NNP"} and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                                for c in tok.children)

    def _owned_sided(self, tok: Token) -> bool:
        """ "his Azerbaijani counterpart", "her Serbian counterpart": a possessive and a side word name one person
        the story has named (a possessive alone, "his spokesman", names someone else, unnamed)."""
        return tok.tag_ in {"NN", "NNP"} and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) \
            and self.sides.w.of_words(tok.lefts) is not None
    def _named_ahead(self, tok: Token, doc: Doc, people: People) -> Speaker | None:
        """A description the story names only after it ("The envoy of the army chief said ... The envoy, Adam
        Musa, said"): the person apposed to the same noun the next time the story uses it with a definite
        article, FORWARD_WINDOW characters ahead at most; None where nobody is apposed there."""
        lemma = tok.lemma_.lower()
        for t in doc[tok.sent.end:]:
            if t.idx - tok.idx > FORWARD_WINDOW:
                break
            if t.lemma_.lower() == lemma and t.pos_ in {"NOUN", "PROPN"} and self._definite_one(t):
                person = self._appos_person(t, doc, people)
                return _as_speaker(person, tok.idx) if person is not None else None
        return None
