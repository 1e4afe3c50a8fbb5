"""Organisations the parse names: acronyms the text spells out, bodies named by a gazetteer actor, their seat, a
side word or the last name of that kind. Split out of names.py (which keeps the people)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..people import clean_name
from ..side_words import based_after
from .speaker import ACRONYM_DEF, CLAUSE_DEPS, MAX_FRAME_TOKENS, SAME_HEAD_WINDOW, SUBJECT_DEPS, Speaker, _name_run


WINDOW_CHARS = 400  # chars before an acronym in brackets read for its long form (_find_acronyms)
ACRONYM_USE = re.compile(r"(?<![\w-])[A-Z]{2,8}(?![\w-])")  # "RSF", "the AU": an acronym as a word of its own


class Orgs:
    """Mixin of Reading (through Names): organisations in the parse."""

    def _org_speaker(self, span: Span, at: int, place: bool = False) -> Speaker:
        """An organisation named by span (its side from a nationality word in the name)."""
        name = self._org_name(span)
        # ("Al Qaeda said": the parties table's name written with a space for its hyphen)
        return Speaker(name, "org", self._party_of(span) or self._named_side(name), None, at, place=place)

    def _org_name(self, span: Span) -> str:
        words = span.text.replace("\n", " ").split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) > 1 and re.fullmatch(r"\([A-Z]{2,8}\)?", words[-1]):
            words = words[:-1]  # "International Crisis Group (ICG)": the model took in the bracketed acronym
        name = clean_name(" ".join(words), set())
        return self._acronyms.get(name, name)  # "the AU says" after "the African Union (AU)"

    def _short_name(self, name: str | None) -> str | None:
        """An organisation under the name the article itself goes on to use for it: the acronym it spells out
        ("the African Union (AU)") when it then writes the acronym again ("the AU said"), or a gazetteer body it
        writes as an acronym ("the RSF said"); so one body keeps one name through the story whichever form a
        sentence uses (the gold guide names a body as the article does). An acronym given once in brackets and
        never used ("the New York Times (NYT)") leaves the name the article writes out."""
        if self._short_names is None:
            short: dict[str, str] = {}
            used = Counter(m.group() for m in ACRONYM_USE.finditer(self.text)
                           if self.text[m.start() - 1:m.start()] != "(")  # (the definition is no use of it)
            for acronym, long in self._acronyms.items():
                if used[acronym]:
                    short.setdefault(_fold_name(long), acronym)
            for a in self._actors:
                words = a["text"]
                if used[words] and self.pats.actors[a["id"]]["kind"] != "person":
                    short.setdefault(_fold_name(a["id"]), words)
            self._short_names = short
        return self._short_names.get(_fold_name(name), name) if name else name

    @staticmethod
    def _find_acronyms(text: str) -> dict[str, str]:
        """Acronyms the text spells out: "the African Union (AU)" -> {"AU": "African Union"}.

        The long form is the shortest run of words before the brackets whose letters hold the acronym's in
        order, its first letter opening a word (Schwartz & Hearst): "Economic Community of West African
        States (ECOWAS)"."""
        out: dict[str, str] = {}
        for m in ACRONYM_DEF.finditer(text):
            short = m.group(1)
            # (the words before it, read from a bounded window: a page with no line breaks would otherwise be
            # split from its start for every acronym, work that grows with the square of its length)
            want = len(short) + 5
            lo = max(0, m.start() - WINDOW_CHARS)
            line_start = text.rfind("\n", lo, m.start()) + 1 or lo
            words = text[line_start:m.start()].split()
            if line_start > 0 and words and not text[line_start - 1].isspace() and not text[line_start].isspace():
                words = words[1:]  # (the window cut its first word)
            words = words[-want:]
            long = " ".join(words)
            s, k = len(short) - 1, len(long) - 1
            while s >= 0:
                c = short[s].lower()
                while k >= 0 and (long[k].lower() != c or (s == 0 and k > 0 and long[k - 1].isalnum())):
                    k -= 1
                if k < 0:
                    break
                s, k = s - 1, k - 1
            if s < 0 and long[k + 1].isupper():
                out.setdefault(short, long[k + 1:].strip(" ,;:"))
        return out

    def _actors_between(self, lo: int, hi: int) -> list[dict]:
        """The gazetteer's mentions (doc._.pc_actors) starting at lo or after and before hi, in text order."""
        return self._actors[bisect_left(self._actor_starts, lo):bisect_left(self._actor_starts, hi)]

    def _org(self, tok: Token, doc: Doc, head_span: Span) -> Speaker | None:
        """An organisation or metonym of the gazetteer heading this phrase, or named in its apposition
        ("Colombia's last guerrilla group, the ELN"): a possessor is not the speaker."""
        candidates = self._actors_between(head_span.start_char, head_span.end_char)
        for c in tok.children:
            # An organisation named in full speaks under that name ("the Congo River Alliance (AFC), the
            # coalition that includes M23"); a common noun is named by its apposition, not by a clause in it.
            if c.dep_ == "appos" and tok.pos_ != "PROPN":
                clause = {t.i for r in c.subtree if r.dep_ in CLAUSE_DEPS for t in r.subtree}
                candidates += [a for a in self._actors_between(c.left_edge.idx, c.right_edge.idx + 1)
                               if not any(t.idx == a["start"] for t in doc[c.left_edge.i:c.right_edge.i + 1]
                                           if t.i in clause)]
        # "Cameroon separatist leaders", "London-based exiles": where they are, not whose side they speak for
        armed = self.sides.w.where_only(tok, head_span)
        for a in candidates:
            act = self.pats.actors[a["id"]]
            last = doc.char_span(a["start"], a["end"], alignment_mode="expand")
            possessor = last is not None and last[-1].i + 1 < len(doc) and last[-1].i != tok.i \
                and doc[last[-1].i + 1].lower_ in {"'s", "’s"}
            if act["kind"] == "place" and last is not None and last[-1].i != tok.i and \
                    (armed or based_after(doc, last.end)):
                continue
            if act["kind"] != "person" and not possessor:
                if act["kind"] == "place" and a["end"] <= tok.idx:
                    # "the Russian defence ministry said": a body of that country speaks, under its own words
                    # (its side the country's), as "Ukraine's Foreign Ministry" does.
                    described = self._described_org(tok, doc) or self._named_for_place(tok, doc, a, act["party"])
                    if described is not None:
                        return described
                return Speaker(a["id"], "org", act["party"], act.get("role"), a["start"], place=act["kind"] == "place")
        return None

    def _named_for_place(self, tok: Token, doc: Doc, place: dict, party: str | None) -> Speaker | None:
        """"The Nepal Peace Secretariat said": a body the model tagged ORG whose name holds a place and goes on to
        the subject's head is that body, on the place's side, not the place."""
        ent = self._ent_at(doc, tok.i)
        if ent is None and tok.pos_ == "PROPN":  # untagged: capitalised names ending in an org word
            run = _name_run(tok)
            ent = run if tok.text.casefold() in self.rules["org_words"] else None
        elif ent is not None and (ent.label_ != "ORG" or self._mislabelled_person(ent)):
            ent = None
        if ent is None or ent.start_char > place["start"] or ent.end <= tok.i or ent.end_char <= place["end"]:
            return None
        return Speaker(self._org_name(ent), "org", party, None, ent.start_char)

    def _seated_org(self, tok: Token, doc: Doc) -> Speaker | None:
        """"the government in Kyiv", "the foreign ministry in Beijing": an institution the story names by its
        seat or country (a gazetteer actor after "in" / "of"), on that actor's side."""
        if not self._org_head(tok):
            return None
        if not tok.is_lower:
            # A proper name ("the European Commission in Brussels") is the name the model tagged; a capitalised
            # institution of no side ("the Foreign Ministry in Baku") is the seat's.
            nominal = self.rules["nominal"].get(tok.lemma_.lower())
            if nominal is None or nominal["kind"] != "org" or self._party_of(doc[tok.left_edge.i:tok.i + 1]):
                return None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            seat = self._org(obj, doc, doc[obj.left_edge.i:obj.i + 1]) if obj is not None else None
            if seat is not None and seat.party:
                # Named like an institution of a possessor ("Beijing's foreign ministry"), by the seat's actor id.
                first = next(t for t in tok.subtree if t.dep_ != "det")
                return Speaker(f"{seat.name}'s {doc[first.i:prep.i].text}", "org", seat.party, None, first.idx)
        return None

    def _described_org(self, tok: Token, doc: Doc) -> Speaker | None:
        """"the Ukrainian navy", "the Sudanese armed forces": a definite body named by a common noun and a
        nationality word, under those words. (Without a side, "the armed forces" is left unresolved: a speaker
        of no side would hold whatever the statement demands for nobody.)"""
        if not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)) or not self._org_head(tok) or not any(c.dep_ == "det" and c.lower_ == "the"
                                                                    for c in tok.children):
            return None
        words = doc[next(t for t in tok.subtree if t.dep_ != "det").i:tok.i + 1]
        party = self._party_of(words)
        if party is None and tok.lower_ in self.sides.w.group_nouns:
            # "the Kachin rebel group": the armed group the article names by that word (sides.Sides.named_body)
            body = next((b for t in words[:-1] if t.is_title and (b := self.sides.named_body(t.text))), None)
            if body is not None:
                return Speaker(body[0], "org", body[1], None, words.start_char)
        return Speaker(words.text, "org", party, None, words.start_char) if party else None

    def _same_head_org(self, tok: Token, doc: Doc) -> Speaker | None:
        """"the forum said" after "the Hostages and Missing Families Forum": the organisation named last whose
        name ends in that noun, a few paragraphs back at most."""
        for k in range(bisect_right(self._org_ends, tok.i) - 1, -1, -1):  # the ORG entities before tok, last first
            ent = self._orgs[k]
            if tok.idx - ent.start_char > SAME_HEAD_WINDOW:
                break
            if len(ent) > 1 and tok.lower_ in {ent[-1].lower_, ent.root.lower_}:  # "Forum", "Association of ..." 
                return self._org_speaker(ent, tok.idx)
            if self._introduced_as(tok, ent):
                return self._org_speaker(ent, tok.idx)
        # A name the model did not tag: capitalised words ending in the capitalised noun.
        for t in reversed(doc[max(0, tok.i - MAX_FRAME_TOKENS * 4):tok.i]):
            if tok.idx - t.idx > SAME_HEAD_WINDOW:
                break
            if t.text == tok.text.capitalize() and t.pos_ == "PROPN":
                j = t.i
                while j > 0 and (doc[j - 1].is_title or (doc[j - 1].lower_ in {"and", "of", "for"} and j > 1
                                                        and doc[j - 2].is_title)) and not doc[j - 1].is_sent_start:
                    j -= 1
                while j < t.i and not doc[j].is_title:
                    j += 1
                if j < t.i:
                    name = doc[j:t.i + 1]
                    return self._org_speaker(name, tok.idx)
                return None
        return None

    @staticmethod
    def _introduced_as(tok: Token, ent: Span) -> bool:
        """"the guerrilla National Liberation Army (ELN) ... the guerrilla said", "the rebels said": the word the story
        set before the name describes the body, as its last word would."""
        if not tok.is_lower:
            return False
        doc, word = ent.doc, {tok.lemma_.lower(), tok.lower_}

        def same(t: Token) -> bool:  # (a sentence's first word the tagger took for a name keeps its capital lemma)
            return bool(word & {t.lemma_.lower(), t.lower_})

        # ("Rebels of the Kosovo Liberation Army (KLA) demanded ... the rebels said": the word and "of" before the
        # name; "the M23 rebels seized ... the rebels said": the word right after it)
        start = ent.start
        if start > 1 and doc[start - 1].text == "(" and doc[start - 2].is_title:
            # an acronym in brackets after its name ("Rebels of the Kosovo Liberation Army (KLA)"): the name's words
            start -= 2
            while start > 0 and (doc[start - 1].is_title or (doc[start - 1].lower_ in {"of", "for", "and"}
                                                             and start > 1 and doc[start - 2].is_title)):
                start -= 1
        k = start - (2 if start > 1 and doc[start - 1].lower_ == "the" else 1)
        return (start > 0 and same(doc[start - 1])) or (k > 0 and doc[k].lower_ == "of" and same(doc[k - 1])) \
            or (ent.end < len(doc) and same(doc[ent.end]) and doc[ent.end].tag_ == tok.tag_)

    def _introduced_org(self, tok: Token) -> Speaker | None:
        """The organisation named last, SAME_HEAD_WINDOW characters back at most, that the story introduced with
        tok's word (_introduced_as): one the model tagged, or a body of the gazetteer the model did not ("the M23
        rebels"), the later of the two."""
        found = None
        for k in range(bisect_right(self._org_ends, tok.i) - 1, -1, -1):
            ent = self._orgs[k]
            if tok.idx - ent.start_char > SAME_HEAD_WINDOW:
                break
            if self._introduced_as(tok, ent):
                found = self._org_speaker(ent, tok.idx)
                break
        doc = tok.doc
        for a in reversed(self._actors_between(max(found.at if found else 0, tok.idx - SAME_HEAD_WINDOW), tok.idx)):
            act = self.pats.actors[a["id"]]
            span = doc.char_span(a["start"], a["end"], alignment_mode="expand") \
                if act["kind"] not in {"person", "place"} else None
            if span is not None and self._introduced_as(tok, span):
                return Speaker(a["id"], "org", act["party"], act.get("role"), tok.idx)
        return found

    def _last_org(self, tok: Token, history) -> Speaker | None:
        """"Siemens cut its forecast. The engineering group said ...", "a company spokesman": the organisation the
        story made a subject last, a few paragraphs back at most: a gazetteer body in the history, or one the
        model tagged (the later of the two). A country or city is no company."""
        known = None
        for h in history.latest(tok.idx):  # (the walk stops at the window: a story of people only is not re-read)
            if tok.idx - h.at > SAME_HEAD_WINDOW:
                break
            if h.kind == "org" and h.name and not h.place:
                known = h
                break
        for k in range(bisect_right(self._org_ends, tok.i) - 1, -1, -1):  # the ORG entities before tok, last first
            ent = self._orgs[k]
            if tok.idx - ent.start_char > SAME_HEAD_WINDOW or (known is not None and ent.start_char < known.at):
                break
            root = ent.root
            if ent.end <= tok.i and (root.dep_ in SUBJECT_DEPS or (root.dep_ in {"poss", "compound"}
                                                                   and root.head.dep_ in SUBJECT_DEPS)):
                return self._org_speaker(ent, ent.start_char)
        return known

    def _described_before(self, tok: Token, history) -> Speaker | None:
        """"The Sudanese army accepted ... the army said": a body the story named by this noun and a side word,
        as it spoke before (in the history) or as the text last wrote it, SAME_HEAD_WINDOW characters back at
        most (the mention's offset is its `at`)."""
        noun = tok.lower_
        for h in history.latest(tok.idx):
            if tok.idx - h.at > SAME_HEAD_WINDOW:
                break
            if h.kind == "org" and h.name and h.spoke and h.name.lower().rsplit(" ", 1)[-1] == noun:
                return h
        doc = tok.doc
        for t in reversed(doc[max(0, tok.i - MAX_FRAME_TOKENS * 4):tok.i]):
            if tok.idx - t.idx > SAME_HEAD_WINDOW:
                break
            if t.lower_ == noun and t.pos_ == "NOUN":
                words = doc[next((c.i for c in t.subtree if c.dep_ != "det"), t.i):t.i + 1]
                party = self._party_of(words) if words.start < t.i else None
                if party is not None:
                    return Speaker(words.text, "org", party, None, words.start_char, spoke=False)
        return None

    def _org_head(self, tok: Token) -> bool:
        """A noun naming an institution: "ministry", "office" (nominal_speakers.jsonl, kind org), an organisation
        word, or a word the model tags as an organisation."""
        nominal = self.rules["nominal"].get(tok.lemma_.lower())
        return (nominal is not None and nominal["kind"] == "org") or tok.lower_ in self.rules["org_words"] \
            or tok.ent_type_ == "ORG"

    def _party_of(self, span: Span) -> str | None:
        return self.sides.w.of_words(span)


def _fold_name(name: str) -> str:
    """A name compared without case, article or the form of its apostrophes ("People’s" = "People's")."""
    words = name.replace("’", "'").casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
