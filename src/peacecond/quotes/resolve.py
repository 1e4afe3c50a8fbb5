"""What a subject stands for: a name, an organisation, a description ("the Russian leader") or a pronoun,
resolved to the person or body it means (the article's People and the history of who spoke)."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..people import People
from .descriptions import Descriptions
from .groups import Groups
from .heads import Heads
from .pronouns import Pronouns
from .speaker import PROXY_WINDOW, SAME_HEAD_WINDOW, SUBJECT_DEPS, Speaker, _as_speaker, _name_run


ACRONYM = re.compile(r"[A-Z]{2,6}")


class Resolver(Descriptions, Groups, Heads, Pronouns):
    """Mixin of Reading: speaker resolution."""

    def _owner(self, poss: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        if self.rules["pronouns"].get(poss.lower_) == "org":  # "Beijing stayed away, but its ministry said"
            return self._recent(history, poss.idx, kind="org")
        return self.resolve(poss, doc, people, history)

    def _possessed_org(self, tok: Token, poss: Token, owner: Speaker) -> Speaker:
        """"South Korea's Foreign Ministry said", "his office said": an institution of the possessor speaks, under
        its own name and on the possessor's side."""
        head = tok.doc[poss.right_edge.i + 1:tok.i + 1].text
        if owner.kind == "org" and f" {owner.name}".endswith(f" {head}"):
            # "The Kurdistan Workers' Party said": the possessor is a word of the body's own name, which the
            # owner already spells out
            return replace(owner, at=poss.idx)
        return Speaker(f"{owner.name}'s {head}", "org", owner.party, None, poss.idx)

    def possessed_org(self, tok: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        """The possessor's institution a subject names ("China's foreign ministry urged restraint"), for the
        history an "it said" after it reads; None unless tok is an institution's noun with a named possessor."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or poss.right_edge.i >= tok.i or not self._org_head(tok):
            return None
        owner = self._owner(poss, doc, people, history)
        return self._possessed_org(tok, poss, owner) if owner is not None and owner.name else None

    def resolve(self, tok: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        """Who a subject token stands for."""
        low = tok.lower_
        if low in {"who", "which", "that"} and tok.head.dep_ == "relcl":  # "Erdogan, who urged ..."
            antecedent = tok.head.head
            # "X, Putin's aide, who told ...": the apposition describes X, and so does the clause after it. (A text
            # or an envoy, "..., a document that calls for ...", speaks for its owner, not for the noun it is
            # set beside.)
            while antecedent.dep_ == "appos" and antecedent.head != antecedent \
                    and antecedent.lemma_.lower() not in self.rules["proxies"]:
                antecedent = antecedent.head
            return self.resolve(antecedent, doc, people, history)
        refers = self.rules["pronouns"].get(low)
        if refers is not None or tok.pos_ == "PRON":
            # "it said" / "they said" follow an organisation or a group: the last org that spoke.
            if refers == "group":
                return self._they(tok, doc, people, history)
            if refers == "org":
                return self._recent(history, tok.idx, kind="org", spoke=True) or \
                    self._recent(history, tok.idx, kind="org")
            if refers == "nobody":
                return None
            return self._pronoun_person(tok, people, history)
        if tok.lemma_.lower() in self.rules["event_roles"] and any(c.dep_ in {"det", "poss"} for c in tok.children):
            took_part = self._event_role(tok, doc, people)  # "the visitor said", "his host said"
            if took_part is not None:
                return took_part
        if self._counted(tok) is not None or self._counted_bodies(tok) is not None:
            # "the two leaders said", "the three groups said": the first of them (the others: _note_co_speakers)
            group = self._group(tok, doc, people, history)
            if group:
                return group[0]
        # The subject phrase without its prepositional or clausal modifiers:
        # "Sources close to Zelensky said" is not Zelensky speaking.
        # A possessor is not the speaker either ("Putin's proposals"): it is tried last, below.
        cut = {t.i for c in tok.children
               if (c.dep_ in {"prep", "relcl", "acl", "advcl", "amod"} and c.i > tok.i) or c.dep_ == "poss"
               for t in c.subtree}
        # "The Houthi group and its allies, the loyalists of former President Saleh, said": a plural apposition
        # is a collective; the person its phrase names is whom they follow, not who speaks.
        cut.update(t.i for c in tok.children if c.dep_ == "appos" and c.tag_ in {"NNS", "NNPS"}
                   for p in c.children if p.dep_ == "prep" and p.i > c.i for t in p.subtree)
        sub = [t for t in tok.subtree if t.i not in cut]
        # Up to the first cut after the head: "The rebels, who captured Goma, say" is not Goma speaking.
        stop = min([i for i in cut if i > tok.i] + [sub[-1].i + 1])
        span = doc[sub[0].i:stop]
        head_span = doc[tok.left_edge.i:tok.i + 1]
        expanded = self._expanded_acronym(tok, doc)
        if expanded is not None:
            # "JNIM (Jama'at Nusrat al-Islam wal-Muslimin) is asking for ...": a body and its name in brackets,
            # whatever person the model finds in the name
            return Speaker(expanded.text, "org", self._party_of(doc[tok.left_edge.i:expanded.i + 1]), None, tok.idx)
        person = people.at(self._name_phrase(tok, doc)) or self._appos_person(tok, doc, people)
        tail = self._title_tail(tok, doc, people) if person is None else None
        person = person or tail or people.at(span)
        if person is not None and person is not tail and self._named_after(tok, doc):
            person = None  # "Jim Pattison Industries Ltd. said": the company speaks, not the man it is named after
        if person is not None and " " not in person.name and self._definite_name(tok):
            return self._org_speaker(_name_run(tok), tok.idx)  # "The Frelimo said", whatever the model tags it
        modifier = person.first_from(span.start_char, span.end_char) if person is not None else None
        if modifier is not None and person is not tail and self._names_a_thing(tok, modifier):
            # "The Biden administration said": the body speaks, on its namesake's side; "the Tamil fighters", a
            # group the story does not name, are read below as any other common noun
            if person.party is None:
                person.party = self.sides.of_person(person.name, person.mentions, person.role)
            body = self._body_named_for(tok, doc, person.party)
            if body is not None:
                return body
            person = None
        if person is None:
            person = self._glued_name(tok, doc, people)
        if person is None and tok.ent_type_ == "PERSON":
            ent = self._ent_at(doc, tok.i)
            person = people.add(ent.text, ent.start_char, ent.end_char)
            side = self._named_side(ent.text) if person is None else None
            if side is not None:  # "Boko Haram said", tagged PERSON: the group of the parties table
                return self._org(tok, doc, head_span) or Speaker(self._org_name(ent), "org", side, None, ent.start_char)
        if person is not None:
            s, e = person.first_from(span.start_char, span.end_char) or (tok.idx, tok.idx + len(tok))
            role = self._role(tok, (s, e), doc)
            if role and not person.role:
                person.role = role
            if person.party is None:
                person.party = self.sides.of_person(person.name, person.mentions, person.role)
            return _as_speaker(person, s)
        edge = tok.right_edge
        while edge.i > tok.i and edge.is_punct:  # (the comma closing the apposition)
            edge = doc[edge.i - 1]
        if tok.pos_ == "NOUN" and edge.i > tok.i + 1 and edge.dep_ == "appos" and ACRONYM.fullmatch(edge.text) \
                and doc[edge.i - 1].text == ",":
            # "the government agency responsible for victims' reparations, UARIV, said": the acronym closing the
            # subject names it, wherever the parser hung it inside the description.
            return self._org(edge, doc, doc[edge.i:edge.i + 1]) or \
                Speaker(edge.text, "org", self._party_of(doc[tok.left_edge.i:tok.i + 1]), None, edge.idx)
        authored = self._authored(tok, doc, people, history)  # "a post by X accused ..."
        if authored is not None:
            return authored
        # "a spokesperson for Hamas", "a statement from the Kremlin": the organisation speaks.
        if tok.lemma_.lower() in self.rules["proxies"]:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "from", "of"}):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                org = self._org(obj, doc, doc[obj.left_edge.i:obj.i + 1]) if obj is not None else None
                ent = self._ent_at(doc, obj.i) if obj is not None and org is None else None
                if ent is not None and ent.label_ == "ORG":  # an organisation the gazetteer does not list
                    org = self._org_speaker(ent, ent.start_char)
                if org is None and obj is not None:
                    # "a statement from the Ukrainian navy": a body the story names by a common noun and its side
                    # (or its seat: "the government in Kyiv").
                    org = self._seated_org(obj, doc) or self._described_org(obj, doc)
                if org is None and obj is not None and self._org_head(obj) \
                        and any(c.dep_ == "poss" for c in obj.children):
                    # "a statement from Prime Minister Abiy Ahmed's office": the possessor's institution.
                    org = self.resolve(obj, doc, people, history)
                    org = org if org is not None and org.kind == "org" and org.name else None
                if org is not None:
                    org.proxy = True
                    return org
            # "A Gazprom spokesman", "a company spokesman": the organisation the modifier names speaks.
            for mod in (c for c in tok.lefts if c.dep_ == "compound"):
                org = self._modifier_org(mod, doc, history)
                if org is not None:
                    # "The Kremlin spokesperson said" after the story named its spokesperson: that person
                    held = self._post_holder(tok, org, people, history) \
                        if self._definite_one(tok) and self._person_word(tok) else None
                    return replace(held, party=held.party or org.party) if held is not None \
                        else replace(org, proxy=True)
            # "The document, published by the foreign ministry in Beijing, urged ...": its publisher speaks.
            for verb in (v for c in tok.children if c.dep_ == "acl" for v in (c, *c.conjuncts)):
                by = next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                          None)
                author = self.resolve(by, doc, people, history) if by is not None else None
                if author is not None and author.name:
                    return replace(author, proxy=author.kind == "org")
            if not any(c.dep_ == "prep" for c in tok.children) and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                                       for c in tok.children):
                # "The Rail Delivery Group said it was disappointed. A spokesperson said: ...": for the
                # organisation that has just spoken.
                org = self._recent(history, tok.idx, kind="org", spoke=True, since=tok.idx - PROXY_WINDOW)
                if org is not None:
                    return org
            issued = self._issuer(tok, doc, people, history) if self._definite_one(tok) else None
            if issued is not None:  # "Hamas issued a statement. The statement said ...": its author
                return issued
            if self._definite_one(tok) and tok.lemma_.lower() not in self.rules["nominal"]:
                # "Hamas issued a statement. The statement said ...", "the paper said": the one who issued it, the
                # latest named speaker or subject a paragraph back at most.
                last = next((h for h in history.latest(tok.idx) if h.name), None)
                if last is not None and last.at >= self._reach_back(tok.idx, PROXY_WINDOW):
                    return last
        nominal = self.rules["nominal"].get(tok.lemma_.lower())
        if nominal is not None and nominal["kind"] == "person" and (self._definite_one(tok) or self._owned_sided(tok)):
            # "the Kremlin official said", "the Russian top diplomat stressed", "the diplomat said": one person
            # the story has already named, of the side the modifiers name (the Kremlin is who they work for,
            # not who speaks). "A Kremlin official said" stays the Kremlin, below.
            lefts = " ".join(t.text for t in tok.lefts)
            party = self.sides.w.of_role(lefts) if lefts else None
            named = self._nominal(tok, "person", party, people, history, latest_speaker=True) \
                or self._named_ahead(tok, doc, people)
            if named is not None:
                return named
        if self._epithet(tok):
            described = self._described_person(tok, history)
            if described is not None:
                return described
        demonym = self._demonym(tok)
        if demonym is not None:
            # "the Norwegian said", "the Finn told reporters": the latest person of that side, else the person the
            # sentence before is about, unless the story gives them another country ("the Nato chief" is no
            # country's: a bloc does not contradict a nationality).
            named = self._nominal(tok, "person", demonym, people, history)
            if named is not None:
                return named
            found = self._sideless(tok, history, any_side=True)
            side = found.party or self.sides.w.of_role(found.role) if found is not None else None
            if found is not None and (side is None or side == demonym
                                      or self.sides.w.parties.kinds.get(side) != "state"):
                return found
        org = self._org(tok, doc, head_span) or self._seated_org(tok, doc)
        if org is not None:
            return org
        # "Putin's proposal outlines ...", "his office said": the possessor speaks through it.
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            owner = self._owner(poss, doc, people, history)
            if owner is not None and owner.name and poss.right_edge.i < tok.i and self._org_head(tok):
                return self._possessed_org(tok, poss, owner)
            if owner is not None and owner.kind == "org" and tok.pos_ == "PROPN" and tok.is_title \
                    and tok.dep_ in SUBJECT_DEPS and self._ent_at(doc, tok.i) is None and not self._org_head(tok) \
                    and not self._actors_between(tok.idx, tok.idx + len(tok)):
                # "Russia poses a threat, EU's Costa says", "Finland's Stubb says": a name the model does not know,
                # with its country before it, is that country's person (a headline's way), not the country.
                p = people.add(tok.text, tok.idx, tok.idx + len(tok), is_person=True)
                if p is not None:
                    p.party = p.party or owner.party
                    return _as_speaker(p, tok.idx)
            if owner is not None and owner.kind == "person" and owner.name \
                    and tok.lemma_.lower() in self.rules["counterparts"]:
                other = self._counterpart(tok, owner, people)  # "Abiy met X. His counterpart said": X
                if other is not None:
                    return other
            if owner is not None and owner.name and (self._person_word(tok) or tok.text in self._titles):
                # "Ukraine's foreign minister said", "Putin's spokesman told reporters": the person who holds that
                # post, not its possessor.
                held = self._post_holder(tok, owner, people, history)
                if held is not None:
                    return held
            if owner is not None and self._person_word(tok) and (tok.tag_ in {"NNS", "NNPS"} or (
                    owner.kind == "person" and tok.lemma_.lower() not in self.rules["proxies"])):
                # "Pashinian's critics say", "his aides said", "the president's chief of staff announced" with nobody
                # named to the post: other people, unnamed, of the possessor's side (as "European officials said"
                # is), not the possessor; "Marchenko's spokesman said" is Marchenko speaking through him
                return Speaker(None, "person", owner.party, None, tok.idx)
            if owner is not None:
                return owner
        ent = self._ent_at(doc, tok.i)
        if (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title
                                    and (not tok.is_sent_start or self._surname_of_known(tok, people)))) \
                and people.canonical(tok.text) in people.by_name:
            # "Patino said" after "Otty Patino", whatever the model tags the surname as; a surname the tagger
            # reads as a plural noun ("Lubinets wrote") is still the name, when capitalised mid-sentence.
            p = people.add(tok.text, tok.idx, tok.idx + len(tok))
            return _as_speaker(p, tok.idx)
        if ent is not None and ent.label_ in {"ORG", "GPE"} and not (ent.text.isupper() and len(ent.text) > 4):
            # (an all-capitals place is a dateline, "MEXICO CITY, March 10 (AFP) -", not a speaker)
            known = people.canonical(ent.text)
            if known in people.by_name:  # "Marchuk" tagged ORG after "Olena Marchuk" tagged PERSON
                p = people.add(ent.text, ent.start_char, ent.end_char)
                return _as_speaker(p, ent.start_char)
            titled = self._unlabelled_person(tok, doc, people, ent) if ent.label_ == "ORG" else None
            if titled is not None:
                return _as_speaker(titled, ent.start_char)
            if ent.label_ == "ORG" and self._mislabelled_person(ent):
                p = people.add(ent.text, ent.start_char, ent.end_char)
                if p is not None:
                    p.role = p.role or self._role(tok, (ent.start_char, ent.end_char), doc)
                    return _as_speaker(p, ent.start_char)
            return self._org_speaker(ent, ent.start_char, place=ent.label_ == "GPE")
        # A name the NER missed ("coach Mikel Arteta told reporters"): a run of capitalised proper nouns.
        # Other labels are the model's guesses for a name it does not know ("Chair Jerome Powell": WORK_OF_ART).
        if tok.text in self._acronyms:  # "ECOWAS said" after "the Economic Community of ... (ECOWAS)"
            name = self._acronyms[tok.text]
            return Speaker(name, "org", self.sides.w.of_role(name), None, tok.idx)
        p = self._unlabelled_person(tok, doc, people, ent) or self._named_before(tok, doc, people, ent) \
            or self._lone_surname(tok, people, ent)
        if p is not None:
            return _as_speaker(p, tok.idx)
        if ACRONYM.fullmatch(tok.text) and tok.pos_ == "PROPN" and (ent is None or ent.label_ == "ORG") \
                and not self._dateline(tok):
            # "COGAT said", "..., the defence ministry agency ..., COGAT, said": a body the story names by its
            # acronym alone; its side from the words that describe it (the subject the parser set beside it).
            beside = [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i] \
                if tok.dep_ in SUBJECT_DEPS else [tok.head] if tok.dep_ == "appos" else []
            party = next((p for b in beside if (p := self._party_of(doc[b.left_edge.i:b.i + 1]))), None)
            return Speaker(tok.text, "org", party, None, tok.idx)
        if tok.pos_ == "PROPN" and (ent is None or ent.label_ == "PERSON"):
            # An organisation the model did not tag, or tagged a person: capitalised names holding an org word
            # ("Rail Delivery Group", "the Volunteer Force").
            run = _name_run(tok)
            if len(run) > 1 and any(t.text.casefold() in self.rules["org_words"] for t in run):
                return self._org_speaker(run, run.start_char)
            if self._definite_name(tok):  # "The Polisario said" (a person the story named was found above)
                return self._org_speaker(run, run.start_char)
        # "the Russian leader", "the Kremlin spokesman": the latest person of that side.
        nominal = self.rules["nominal"].get(tok.lemma_.lower())
        party = self.sides.w.of_words(tok.lefts)
        if nominal is not None and nominal["anaphoric"] and any(c.lower_ in {"the", "this", "that"}
                                                                  for c in tok.children):
            named = self._nominal(tok, nominal["kind"], party, people, history)
            described = self._described_org(tok, doc) if nominal["kind"] == "org" else None
            if described is not None and (named is None or tok.lemma_.lower()[:5] not in
                                          f"{named.role or ''} {named.name or ''}".lower()):
                # "the Russian defence ministry said" with no ministry of that side named before: that body, under
                # its own words, not whatever else of its side spoke last.
                return described
            if named is None and nominal["kind"] == "org":
                # "The Ministry of Foreign Affairs of Ukraine condemned the vote. '...,' the ministry said": a body
                # the model tagged and the gazetteer does not know, named last with this noun at its head
                return self._same_head_org(tok, doc)
            return named
        if party is not None and tok.pos_ == "NOUN":
            if self._definite_one(tok) and tok.lemma_.lower() in self.rules["body_nouns"]:
                # "Siemens cut its forecast. The German engineering group said": the body named before, unless
                # the story gives it another side.
                same = self._last_org(tok, history)
                if same is not None and same.party in (None, party):
                    return same
            # "European officials said ...": someone unnamed, but of a known side.
            return Speaker(None, nominal["kind"] if nominal else "org", party, None, tok.idx)
        common = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)  # (the tagger's "the bloc": PROPN)
        if common and tok.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and nominal is None:
            # "the guerrillas" after "the guerrilla National Liberation Army": its members speak for it
            return self._introduced_org(tok)
        if common and self._definite_one(tok) and not (nominal and nominal["kind"] == "person"):
            # "the Kachin rebel group said": the armed group the article names by its word (_described_org)
            same = self._same_head_org(tok, doc) or \
                (self._described_org(tok, doc) if tok.lower_ in self.sides.w.group_nouns else None)
            body = tok.lemma_.lower() in self.rules["body_nouns"]
            if same is None and (body or self._org_head(tok)):
                # "The ELN said ... The group added ...": the body that spoke under this noun before, else the one
                # that spoke last, a few paragraphs back at most; else the one the story named by this noun and a
                # side word ("The Sudanese army accepted ... the army said").
                described = self._described_before(tok, history)
                spoke = self._recent(history, tok.idx, kind="org", spoke=True, since=tok.idx - SAME_HEAD_WINDOW) \
                    if body else None
                spoke = spoke if spoke is not None and spoke.name and not spoke.place else None
                if body and spoke is not None:  # "Hamas said ... NATO welcomed it. '...,' the alliance said": NATO
                    spoke = self._turned_to(tok, history) or spoke
                same = described if described is not None and described.spoke else spoke or described
                if same is not None and same is described:
                    same = replace(same, at=tok.idx, spoke=True)
                if same is None and body:  # "Siemens cut its forecast. The German engineering group said ..."
                    same = self._last_org(tok, history)
            return same
        return None

    def _lone_surname(self, tok: Token, people: People, ent) -> object | None:
        """'"...," Naim said': one capitalised proper noun, no entity, no body or place the gazetteer knows, no
        organisation word, speaking: a person the story names by surname alone (a place or a body the model
        tags; an acronym is a body, below; a plural, "Authorities in Geneva say", is nobody's name)."""
        if ent is not None or tok.tag_ != "NNP" or not tok.is_title or tok.dep_ not in SUBJECT_DEPS \
                or not self._is_speech(tok.head) or len(_name_run(tok)) > 1 \
                or any(c.dep_ in {"compound", "det", "amod", "poss"} for c in tok.children) \
                or tok.text.casefold() in self.rules["org_words"] or tok.lower_ in self.sides.w.armed_nouns \
                or self._actors_between(tok.idx, tok.idx + len(tok)):
            # ("Rebels of the KLA demanded ...": a word for fighters, capitalised at the sentence's start, is no name)
            return None
        return people.add(tok.text, tok.idx, tok.idx + len(tok), is_person=True)

    @staticmethod
    def _expanded_acronym(tok: Token, doc: Doc) -> Token | None:
        """The acronym of a subject ("HSM", or "GSIM or JNIM") that a bracket right after it spells out: the
        acronym so expanded, else None."""
        for t in (tok, *tok.conjuncts):
            if t.i >= tok.i and ACRONYM.fullmatch(t.text) and t.i + 1 < len(doc) and doc[t.i + 1].text == "(" \
                    and t.i <= tok.right_edge.i:
                return t
        return None

    @staticmethod
    def _surname_of_known(tok: Token, people: People) -> bool:
        """Is tok, as written, the surname of a person the story named ("Christodoulides disagreed" opening a
        sentence after "Nikos Christodoulides", "Pashinian has said" where "Pashinian" is tagged a person
        elsewhere): a capitalised common noun opening a sentence ("Officials", "Talks") is a name only then."""
        known = people.canonical(tok.text)
        return known is not None and known in people.by_name and known.split()[-1].split("-")[-1] == tok.text

    def _modifier_org(self, mod: Token, doc: Doc, history) -> Speaker | None:
        """The organisation a noun modifier names ("Gazprom" in "a Gazprom spokesman"): one of the gazetteer's
        bodies or an organisation the model tagged; "company" in "a company spokesman": the one the story made a
        subject last. A place is a side, not a body ("a Ukrainian spokesman")."""
        ent = self._ent_at(doc, mod.i)
        org = self._org(mod, doc, doc[mod.left_edge.i:mod.i + 1])
        if org is not None:
            return None if org.place else org
        if ent is not None and ent.label_ == "ORG" and ent.end <= mod.head.i:
            return self._org_speaker(ent, ent.start_char)
        if mod.lower_ in self.rules["body_nouns"]:
            return self._last_org(mod, history)
        return None

    def _dateline(self, tok: Token) -> bool:
        """Is tok a dateline's place in capitals ("NAIROBI (Reuters) —", "KINSHASA, May 2 -"): at a line's start,
        punctuation after it?"""
        first = tok
        while first.i > 0 and first.nbor(-1).is_upper and first.nbor(-1).is_alpha \
                and first.nbor(-1).whitespace_:  # ("CHIANG MAI, Thailand —": the place's first words in capitals too)
            first = first.nbor(-1)
        line_start = first.idx == 0 or self.text[first.idx - 1] == "\n"
        return line_start and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_punct

    def _note_unnamed(self, subj: Token, history: list[Speaker]) -> None:
        """"A senior official said ...": someone unnamed spoke, so a later "the official said" or "he said"
        is that person, not the last person the story named."""
        nominal = self.rules["nominal"].get(subj.lemma_.lower())
        if nominal is not None and nominal["kind"] == "person" and subj.tag_ == "NN":
            history.append(Speaker(None, "person", None, None, subj.idx))

    def _reported_by_other(self, tok: Token) -> bool:
        """Is tok the subject of a clause that a speech verb with a subject of its own reports, or that someone
        believes, hopes or fears ("Erdogan believes that Putin can still be convinced. He said ...": the one
        who believes is who "he" goes on to mean, not the one in what he believes)?"""
        # The reported clause holding tok at any depth ("Vucic told X that there will be no dialogue as long as
        # Kurti remains in power": Kurti's clause hangs on "long", inside what Vucic told).
        clause = next((a for a in tok.ancestors if a.dep_ == "ccomp"), None)
        if any(a.dep_ in {"acl", "ccomp"} and a.head.pos_ == "NOUN" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in a.children) for a in tok.ancestors):
            # "X expressed his hope that Y could help. He said ...": what a noun holds (a hope, a fear, a claim) is
            # not what the story goes on about
            return True
        if clause is None:
            return False
        subj = self._subject(clause.head)
        if subj is None:
            return False
        # "It is clear that Putin ...": an empty subject holds no one.
        return self._is_speech(clause.head) or (subj.pos_ in {"PROPN", "NOUN"} and subj.ent_type_ == "PERSON")
