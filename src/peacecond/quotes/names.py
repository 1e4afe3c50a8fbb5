"""People the parse names: titles and appositions, names the model missed or mislabelled (organisations are
orgs.py's)."""
from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from ..people import People
from .orgs import Orgs
from .speaker import CLAUSE_DEPS, NAME_DEPS, SAME_HEAD_WINDOW, SUBJECT_DEPS, \
    Speaker, _as_speaker, _joins, _name_run


class Names(Orgs):
    """Mixin of Reading: names in the parse."""

    def _ent_at(self, doc: Doc, i: int) -> Span | None:
        """The entity holding token i. Doc.ents builds a Span per entity from the tokens on every access,
        so the token -> entity index is made once, when the Reading of the Doc is made (this component does not
        change the entities)."""
        return self._ent_of.get(i)

    def _index_ents(self, doc: Doc) -> None:
        self._ents = ents = doc.ents  # (Doc.ents makes a Span per entity on every access)
        self._ent_of = {t: e for e in ents for t in range(e.start, e.end)}
        # (a person's name the model tagged ORG at another mention, "Mohamud's move" after "Hassan Mohamud", is no
        # organisation the story made a subject)
        person_words = {t.text for e in ents if e.label_ == "PERSON" for t in e}
        self._orgs = [e for e in ents if e.label_ == "ORG" and not all(t.text in person_words for t in e)]
        self._org_ends = [e.end for e in self._orgs]

    @staticmethod
    def _name_phrase(tok: Token, doc: Doc) -> Span:
        """The head word with the titles and names compounded onto it ("Kremlin spokesperson Dmitry Peskov"),
        without a possessor: in "Putin's proposals" the proposals are the subject, not Putin."""
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if _joins(prev):  # "López-Istúriz White"
                start -= 2
            elif prev.dep_ in NAME_DEPS and start - 1 < prev.head.i <= tok.i:
                start -= 1
            else:
                break
        return doc[start:tok.i + 1]

    def _looks_like_person(self, span: Span) -> bool:
        toks = [t for t in span if not t.is_punct]
        # Words, not tokens: "Jean-Yves Le Drian" is three words of five tokens.
        # A name does not end in a title or a post ("the Turkish Foreign Minister announced"): that is a role.
        return (2 <= len(span.text.split()) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in toks)
                and not any(t.text.casefold() in self.rules["org_words"] for t in toks)
                and toks[-1].text not in self._titles and toks[-1].lower_ not in self.rules["nominal"])

    def _mislabelled_person(self, ent: Span) -> bool:
        """An ORG entity that is a person ("Tatiana Stanovaya"): shaped like a name, and the text says who
        they are (an apposition "..., founder of ...", or a title or role word before the name), so that
        "Deutsche Bahn said" stays a company."""
        if not self._looks_like_person(ent):
            return False
        doc = ent.doc
        before = doc[ent.start - 1] if ent.start > 0 else None
        titled = before is not None and (before.text in self.rules["titles"] | self.rules["honorifics"]
                                         or (before.pos_ == "NOUN" and before.dep_ == "compound"))
        # (or the name opens on a given name the gender lists hold: "Maia Sandu spoke in Chisinau", tagged ORG; or
        # the sentence speaks of the name as of a person: "X, who heads ...", "X said he ...")
        return titled or any(c.dep_ == "appos" for c in ent.root.children) \
            or ent[0].text.casefold() in self.rules["gender_words"] or self._spoken_of_as_person(ent.root)

    def _spoken_of_as_person(self, root: Token) -> bool:
        """Does the sentence speak of this name as of a person: a relative "who" on it ("X, who heads the ministry,
        said"), or "he" / "she" as the subject of the clause its verb reports ("X said he would not sign")?"""
        if any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
               for c in root.children):
            return True
        if root.dep_ != "nsubj":
            return False
        return any(c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in {"he", "she"} for g in c.children)
                   for c in root.head.children)

    def _role(self, head: Token, name_span: tuple[int, int], doc: Doc) -> str | None:
        """Titles before the name ("Kremlin spokesperson") and appositions after it ("founder of ...")."""
        parts = []
        before = [t for t in head.subtree if t.idx < name_span[0] and t.dep_ in {"compound", "amod", "nmod", "poss"}
                  and t.pos_ in {"PROPN", "NOUN", "ADJ"} and not t.ent_type_ == "PERSON"
                  and t.text not in self.rules["honorifics"]]
        # Another person's title and name, coordinated before this one, are not this person's role ("EU envoy
        # Anna Berg and Council President Ivan Petrenko": Petrenko's role starts after the "and").
        cut = max((t.i for t in head.subtree if t.dep_ == "cc" and t.idx < name_span[0]), default=-1)
        before = [t for t in before if t.i > cut]
        if before:
            first, last = before[0].i, max(t.i for t in before)
            parts.append(doc[first:last + 1].text)
        for c in head.children:
            if c.dep_ == "appos" and c.idx >= name_span[1] and not c.like_num:  # "Smith, 45, a resident"
                sub = [t for t in c.subtree]
                while sub and (sub[0].dep_ == "det" or sub[0].is_punct):
                    sub = sub[1:]
                if sub:
                    parts.append(doc[sub[0].i:sub[-1].i + 1].text.strip(" ,"))
        role = ", ".join(p for p in parts if p)
        return role or None

    def _post_holder(self, tok: Token, owner: Speaker, people: People, history) -> Speaker | None:
        """The person a possessed post means ("Ukraine's foreign minister", "the EU's top diplomat", "Putin's
        spokesman"): the last person named before it whose role the article gives with that word, of the
        possessor's side when it is a body or a country; else the person the sentence before is about, when the
        story gives them no other country's side. None when neither is there (the possessor speaks, as before)."""
        stem = tok.lemma_.lower()[:5]  # ("spokesman" fits a "spokesperson")
        party = owner.party if owner.kind == "org" else None
        kinds = self.sides.w.parties.kinds

        def fits_side(side: str | None) -> bool:
            return party is None or side is None or side == party or kinds.get(side) != "state" \
                or kinds.get(party) != "state"

        # (the last mention of someone so titled, SAME_HEAD_WINDOW characters back at most)
        found = people.last_in_window(tok.idx - SAME_HEAD_WINDOW, tok.idx, lambda p: stem in (p.role or "").lower())
        found = _as_speaker(found[1], found[0], spoke=False) if found is not None else None
        if found is not None and found.name != owner.name and fits_side(found.party):
            return found
        found = self._sideless(tok, history, any_side=True)
        if found is not None and found.name != owner.name and fits_side(found.party or self.sides.w.of_role(found.role)):
            return found
        return None

    def _glued_name(self, tok: Token, doc: Doc, people: People):
        """"The spokeswoman of the head of government Ana Brnabic said", "Envoy to the UN Kwame Mensah
        told": a title whose name the parser hung inside its prepositional phrase, glued to the noun before it; the
        name ends right before the verb. (Not "an adviser to President Zelensky", "sources close to Zelensky", "the
        wife of opposition leader X": a title, a preposition or a person word before the name.)"""
        verb = tok.head
        if tok.dep_ not in SUBJECT_DEPS or verb.i <= tok.i + 2 or not (self._person_word(tok) or tok.text in self._titles):
            return None
        ent = self._ent_at(doc, verb.i - 1)
        tail = self._name_tail(ent) if ent is not None and ent.label_ == "ORG" else None
        if tail is not None:
            ent = tail
        elif (ent is None or ent.label_ != "PERSON") and doc[verb.i - 1].pos_ == "PROPN":
            # a name the model did not tag: the proper nouns before the verb, short of a place or body
            run = _name_run(doc[verb.i - 1])
            start = next((t.i for t in run if not t.ent_type_), run.end)
            ent = doc[start:run.end] if run.end - start >= 2 and self._looks_like_person(doc[start:run.end]) else None
        elif ent is not None and ent.label_ != "PERSON":
            ent = None
        if ent is None or ent.end != verb.i or ent.start <= tok.i + 1 or not tok.is_ancestor(ent.root):
            return None
        before = doc[ent.start - 1]
        if before.pos_ not in {"NOUN", "PROPN"} or self._person_word(before) or before.text in self._titles \
                or any(c.dep_ == "case" for c in before.children):
            return None
        return people.at(ent) or people.add(ent.text, ent.start_char, ent.end_char, is_person=True)

    def _name_tail(self, ent: Span) -> Span | None:
        """The person's name an ORG entity ends in after its organisation word: the model glued a title's body to
        the name that follows it ("head of the [Freedom Party Jan Novak]")."""
        k = max((t.i for t in ent if t.text.casefold() in self.rules["org_words"]), default=None)
        if k is None or k + 1 >= ent.end:
            return None
        tail = ent.doc[k + 1:ent.end]
        return tail if self._looks_like_person(tail) else None

    def _epithet(self, tok: Token) -> bool:
        """Is tok a definite noun for a person by what they are: "the pontiff", "the Republican", "the
        56-year-old" (patterns/person_epithets.txt)?"""
        # (the determiner on tok, or on the verb where the parser lost the subject: '"...," the 56-year-old said')
        if not any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i
                   for c in (*tok.children, *(tok.head.children if tok.head.pos_ in {"VERB", "AUX"} else ()))):
            return False
        if tok.lower_ == "old":  # "the 56-year-old": the age is the person
            return any(c.lower_ == "year" for c in tok.children)
        return tok.tag_ in {"NN", "NNP"} and (tok.lemma_.casefold() in self.rules["epithets"]
                                               or tok.text.casefold() in self.rules["epithets"])

    def _named_after(self, tok: Token, doc: Doc) -> bool:
        """Is tok's phrase an organisation named after a person, "Jim Pattison Industries Ltd.": an ORG entity
        holding an organisation word, not at all a person's name?"""
        ent = self._ent_at(doc, tok.i)
        return ent is not None and ent.label_ == "ORG" and len(ent) > 2 \
            and any(t.text.strip(".").casefold() in self.rules["org_words"] for t in ent[1:])

    def _unlabelled_person(self, tok: Token, doc: Doc, people: People, ent: Span | None):
        """A name the NER missed or mislabelled: a run of 2-3 capitalised proper nouns, titles aside."""
        if tok.pos_ != "PROPN":
            return None
        run = list(_name_run(tok))
        # A title in the run ends what precedes it: "Kharkiv Mayor Ihor Terekhov" is Ihor Terekhov.
        last_title = max((k for k, t in enumerate(run[:-1]) if t.text in self._titles), default=-1)
        run = run[last_title + 1:]
        if len(run) == 1 and run[0].i > 0:
            # "Prabowo | Subianto called ...": the parser began a sentence inside the name. A capitalised word
            # right before it, one space away, that the parser ended a sentence on, is its given name.
            prev = doc[run[0].i - 1]
            if prev.pos_ == "PROPN" and prev.is_title and prev.whitespace_ == " " and prev.ent_type_ == "" \
                    and prev.sent != run[0].sent and prev.text not in self._titles:
                run = [prev] + run
        if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP"}:
            # The model's label stands, unless a title names a person whose surname alone it tagged ORG
            # ("Mayor Oleksandr [Senkevych]").
            if not (last_title >= 0 and ent.label_ == "ORG" and len(ent) == 1 and len(run) >= 2):
                return None
        name_span = doc[run[0].i:tok.i + 1]
        if not self._looks_like_person(name_span):
            return None
        p = people.add(name_span.text, name_span.start_char, name_span.end_char)
        if p is not None:
            p.role = p.role or self._role(tok, (name_span.start_char, name_span.end_char), doc)
        return p

    def _named_before(self, tok: Token, doc: Doc, people: People, ent: Span | None):
        """"Terekhov said" after "Kharkiv Mayor Ihor Terekhov", a full name the model did not tag: the same
        word closing an earlier name-shaped run of proper nouns."""
        if (ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP"}) or tok.pos_ != "PROPN" \
                or not tok.is_title:
            return None  # (other labels are the model's guesses for a name it does not know: "Prabowo" WORK_OF_ART)
        known = people.canonical(tok.text, person=True)
        if known is not None and known in people.by_name and len(known.split()) > 1:
            # "Prabowo said" after "Prabowo Subianto": a word of exactly one full name the story gave.
            return people.add(tok.text, tok.idx, tok.idx + len(tok), is_person=True)
        for i in reversed(numpy.flatnonzero(doc.to_array(ORTH)[:tok.i] == tok.orth).tolist()):
            earlier = doc[i]
            p = self._unlabelled_person(earlier, doc, people, self._ent_at(doc, i))
            if p is not None:
                return people.add(tok.text, tok.idx, tok.idx + len(tok)) or p
        return None

    def _title_tail(self, tok: Token, doc: Doc, people: People):
        """The person a post's phrase ends in ("Special Envoy to Somalia Olusola Adeyemi said", "Ambassador to
        the United Nations Vassily Nebenzia said"), the model having run the name into the place (one entity) or
        the parser having taken it for the place's modifiers: the words between the last place or body the
        gazetteer names and the verb, shaped like a name."""
        verb = tok.head
        if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.i <= tok.i or verb.i - tok.i > 12 \
                or not (self._person_word(tok) or tok.text in self._titles) \
                or not any(c.dep_ == "prep" and c.i < verb.i for c in tok.children):
            return None
        lo, hi = doc[tok.i + 1].idx, doc[verb.i - 1].idx + len(doc[verb.i - 1])
        places = self._actors_between(lo, hi)
        if not places:
            return None
        tail = doc.char_span(places[-1]["end"], hi, alignment_mode="contract")
        if tail is None or not len(tail):
            return None
        tail = tail[1:] if tail[0].is_space else tail
        # (the parser may hang the surname on the verb, "for Libya Abdoulaye | Bathily told", as an adverb: the
        # model's PERSON tag says it is a name)
        if not (2 <= len(tail) <= 3 and all(t.is_title and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON") for t in tail)
                and not any(t.lower_ in self.rules["org_words"] or t.text in self._titles for t in tail)):
            return None
        p = people.at(tail) or people.add(tail.text, tail.start_char, tail.end_char, is_person=True)
        if p is not None:
            p.role = p.role or doc[tok.left_edge.i:tok.i + 1].text
        return p

    def _appos_person(self, tok: Token, doc: Doc, people: People):
        """A person named in an apposition anywhere in the subject ("the Minister of ... , Patrick Muyaya")."""
        for t in tok.subtree:
            if t.dep_ == "appos" and not any(a.dep_ in CLAUSE_DEPS for a in t.ancestors if a.i != tok.i
                                             and tok.is_ancestor(a)):
                # (not in a clause of the subject: "The Houthis, who control the capital, Sanaa, said"; nor in a
                # clause of the apposition: "Pattison Industries, a holding owned by James Pattison, said")
                # (nor in its prepositional phrase: "KCNA, sister of leader X and ..., said" is not X speaking)
                cut = min([c.left_edge.i for c in t.subtree if c.dep_ in CLAUSE_DEPS and c.i > t.i]
                          + [c.i for c in t.children if c.dep_ == "prep" and c.i > t.i], default=t.right_edge.i + 1)
                span = doc[t.left_edge.i:cut]
                person = people.at(span)
                if person is None and (self._person_word(tok) or tok.text in self._titles):
                    # "The EU's special envoy ..., Miroslav Lajcak, urged", "Director General of ..., Lt Gen
                    # Ahmed Sharif Chaudhry, told": a person word's (or title's) apposition shaped like a name is
                    # that person, whatever label the model gave the name; its own titles are not the name.
                    name = doc[t.i:t.i + 1]
                    while name.start > 0 and doc[name.start - 1].dep_ in {"compound", "flat"} \
                            and doc[name.start - 1].head == t:
                        name = doc[name.start - 1:name.end]
                    while len(name) > 1 and name[0].text in self._titles:
                        name = name[1:]
                    ent = self._ent_at(doc, t.i)
                    if (ent is None or ent.label_ in {"ORG", "PERSON"}) and self._looks_like_person(name) \
                            and not any(self.pats.actors[a["id"]]["kind"] != "person"
                                        for a in self._actors_between(name.start_char, name.start_char + 1)):
                        person = people.add(name.text, name.start_char, name.end_char)
                if person is not None:
                    first = next(x for x in tok.subtree if x.dep_ != "det")
                    if person.role is None and t.i > tok.i and first.i < tok.i \
                            and (self._person_word(tok) or tok.text in self._titles):
                        # "Dagalo's adviser, Youssef Ezzat, said": the post the apposition names him by is his role
                        # (a later "the adviser said" is he); a bare "the leader, X," says no more than recency
                        person.role = doc[first.i:tok.i + 1].text
                    return person
        return None

    def _person_word(self, tok: Token) -> bool:
        """A noun naming a person's post ("envoy", "spokesman", "minister")."""
        nominal = self.rules["nominal"].get(tok.lemma_.lower())
        return tok.pos_ in {"NOUN", "PROPN"} and nominal is not None and nominal["kind"] == "person"
