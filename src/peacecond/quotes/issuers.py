"""Who issued a text the story names by a noun: "the statement said" is whoever issued the statement the story
mentioned last ("Tshisekedi's office issued a statement", "in a statement, the ministry said", "a statement from
Hamas"), and "remarks by Pashinyan that the border '...'" are Pashinyan's words."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..people import People
from .speaker import PROXY_WINDOW, Speaker, _as_speaker

OWNER_PREPS = {"by", "from", "of", "for"}  # "a statement by X", "a spokesman for X"
CARRIER_PREPS = {"in", "through", "via"}  # "In a statement, X said": the noun carries what the verb's subject says
ISSUE_VERBS = {"issue", "release", "publish", "make", "post", "put", "give", "send", "deliver", "read", "sign", "write",
               "circulate", "share", "present", "submit", "adopt", "draft", "unveil"}  # "X issued a statement": X its author ("X rejected the statement": not)
GENERAL_TEXTS = {"document", "text"}  # "the document says": any text of patterns/document_nouns.txt before it
MAX_BACK_TOKENS = 120  # tokens looked back for the earlier mention (PROXY_WINDOW characters stop it sooner)


class Issuers:
    """Mixin of Reading: the author of a statement, a speech noun's owner."""

    def _owner_of(self, noun: Token) -> Token | None:
        """The token naming who a statement or a spokesman belongs to: a possessor ("Petro's statement"), the object
        of "by", "from", "of" or "for", the subject of the verb that issues it ("X issued a statement") or of the verb
        it is the vehicle of ("in a statement, X said")."""
        for c in noun.children:
            if c.dep_ == "poss" and c.i < noun.i:
                return c
            if c.dep_ == "prep" and c.lower_ in OWNER_PREPS:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    # ("a readout of the phone talks released by Ankara": the issuing verb the parser hung on the
                    # text's subject matter names its author)
                    return (self._agent(obj) if c.lower_ == "of" else None) or obj
        agent = self._agent(noun)
        if agent is not None:
            return agent
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUE_VERBS:
            return self._subject(noun.head)
        if noun.dep_ == "pobj" and noun.head.lower_ in CARRIER_PREPS and noun.head.head.pos_ in {"VERB", "AUX"}:
            return self._subject(noun.head.head)
        return None

    def _agent(self, noun: Token) -> Token | None:
        """"a statement released by the foreign ministry", "a plan presented by X": the agent of an issuing or
        speech verb's participle on the noun."""
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and (c.lemma_.lower() in ISSUE_VERBS or c.lemma_.lower() in
                                                        self.rules["speech_verbs"]):
                agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                             None)
                if agent is not None:
                    return agent
        return None

    def _issuer(self, tok: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        """"The statement said", "the spokesman added": the author of the same noun's last mention before it, within
        PROXY_WINDOW characters ("Felix Tshisekedi's office issued a statement. '...,' the statement said"), not the
        last person the story quoted."""
        lemma = tok.lemma_.lower()
        texts = self.rules["issued_texts"]  # ("a readout issued by the Kremlin ... the statement said")
        lo = self._reach_back(tok.idx, PROXY_WINDOW)
        for t in reversed(doc[max(0, tok.i - MAX_BACK_TOKENS):tok.i]):
            if t.idx < lo:
                break
            other = t.lemma_.lower()
            if t.pos_ != "NOUN" or (other != lemma and not (
                    lemma in GENERAL_TEXTS and other in self.rules["documents"])
                    and not (lemma in texts and other in texts)):
                continue
            if other != lemma and any(s.spoke and t.sent.end_char <= s.at < tok.idx for s in history):
                # another noun's text and a speaker in a later sentence ("X sent a letter. Y's ministry said ...
                # 'the statement said'"): the last speaker, as before (not one named with the text itself)
                return None
            if other == lemma and self._person_word(t):
                # "Anna Berg, a spokeswoman for the UN mission, briefed ... '...,' the spokeswoman said": the person
                # the earlier mention was apposed to (or names in its own apposition) speaks, not the body she
                # speaks for
                named = people.at(self._name_phrase(t.head, doc)) if t.dep_ == "appos" else \
                    self._appos_person(t, doc, people)
                if named is not None:
                    return _as_speaker(named, t.idx)
            owner = self._owner_of(t)
            if other != lemma and lemma not in GENERAL_TEXTS and owner is None:
                continue  # ("the statement said" after "a readout" of nobody: an earlier text may still say whose)
            if owner is None or owner.lemma_.lower() == lemma:
                return None  # the last mention says nothing of its author: the story's last speaker, as before
            speaker = self.resolve(owner, doc, people, history)
            return speaker if speaker is not None and speaker.name else None
        return None

    def _speech_noun(self, tok: Token) -> bool:
        """A noun of patterns/speech_nouns.txt, also where the tagger took a capital for a name ("Remarks by X")."""
        nouns = self.rules["speech_nouns"]
        low = tok.lower_
        return tok.lemma_.lower() in nouns or (tok.pos_ == "PROPN" and (low in nouns or low[:-1] in nouns))

    def _noun_holder(self, clause: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        """A clause a speech noun takes ("remarks by X that ...", "X's claim that ..."): the noun's owner says it."""
        noun = clause.head
        if not self._speech_noun(noun):
            return None
        owner = self._owner_of(noun)
        if owner is None or owner.i > clause.i:
            return None
        speaker = self.resolve(owner, doc, people, history)
        return speaker if speaker is not None and speaker.name and not speaker.place else None

    def _authored(self, tok: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        """A speech noun as the subject ("a post by Yemane Gebremeskel accused ...", "remarks from the Kremlin
        suggested ..."): its author speaks. (A possessor, "Putin's remarks", is read where any possessor is.)"""
        if not self._speech_noun(tok):
            return None  # ("the statement by X said" is X's: a proxy noun that names its author by 'by')
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}):
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is None or (prep.lower_ == "of" and obj.pos_ != "PROPN"):  # "a message of hope"
                continue
            speaker = self.resolve(obj, doc, people, history)
            if speaker is not None and speaker.name and not speaker.place:
                return speaker
        return None

    def _turned_to(self, tok: Token, history) -> Speaker | None:
        """The body the story made a subject in this sentence or the one before, after another body last spoke
        ("Hamas said ... NATO welcomed the talks. '...,' the alliance said"): the one "the alliance" goes on with."""
        sent = tok.sent
        lo = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        last = self._last_org(tok, history)
        return last if last is not None and last.at >= lo and not last.place else None

    def _cataphor(self, tok: Token) -> Token | None:
        """The name a pronoun looks ahead to: the pronoun subject of an adverbial clause that opens its sentence
        ("Although he called conditions 'highly competitive,' Mr. LaMothe forecast ...") is the main clause's
        subject, when that is a name."""
        clause = tok.head
        if clause.dep_ != "advcl" or clause.head.i < clause.i or tok.sent.start != clause.left_edge.i:
            return None
        main = self._subject(clause.head)
        return main if main is not None and main.i > clause.i and main.ent_type_ == "PERSON" else None
