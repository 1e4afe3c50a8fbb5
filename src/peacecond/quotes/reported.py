"""Reported speech: the clause a speech verb reports ('X said (that) ...', 'X called on Y to ...') and the
sentence 'according to X' attributes."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..boilerplate import inside
from ..people import People
from .frames import POINTING_BACK
from .speaker import Speaker

NAMED = {"PERSON", "ORG", "NORP"}
QUOTE_MARKS = set("\"“”„«»″＂")
CONTENT_DEPS = {"acl", "ccomp", "relcl"}  # how the parser hangs "that ..." on "the warning" (a 'that' marks it)
CONTENT_MARKS = {"that", "whether"}  # an agent the model names: someone who can have said it


class Reported:
    """Mixin of Reading: reported speech."""

    def _reported(self, doc: Doc, verbs: list[int], marks, people: People, history: list[Speaker], boiler):
        """(start, end, speaker, cue) of each reported clause: 'X said (that) ...', 'X called on Y to ...'."""
        for tok in map(doc.__getitem__, verbs):
            # A statement a quote reports ('"..., Haftar said he hoped ...," the agency said') is its speaker's
            # too, when the quote names them; a pronoun inside a quote is the quoted speaker's own voice.
            nested = marks.holds(tok.idx)
            if inside(boiler, tok.idx) or (nested and not self._named_in_quote(tok, marks, people)):
                continue
            if not self._is_speech(tok):
                passive = self._passive_statement(tok, marks, people, history)
                if passive is not None:
                    yield passive
                continue
            if self._naming_only(tok):
                continue
            subj = self._subject(tok)
            if subj is None or (marks.holds(subj.idx) and not nested):
                continue
            content = self._content(tok)
            if content is None:
                continue
            start, end = content
            quoted = marks.overlap(start, end)
            if quoted > (end - start) / 2 and not nested:
                continue  # the direct quote inside carries this statement
            said = self.text[tok.idx:end].lower()
            if any(cue in said for cue in self.rules["anonymity"]):
                continue  # "who asked not to be named" asks for anonymity, it states nothing
            speaker = self.resolve(subj, doc, people, history)
            if speaker is not None and speaker.kind == "person" and tok.lemma_.lower() == "report" \
                    and self._relays(doc, start, end):
                # '..., President Erdogan said on Wednesday, Daily Sabah reports': what reports someone else's
                # statement is a medium (a newspaper the model took for a person), not a speaker
                speaker = replace(speaker, kind="org")
            if speaker is None:
                # "Officials said ..." is still a statement, by someone the article does not name;
                # an unresolved pronoun is more likely a misparse than a statement.
                if subj.pos_ in {"NOUN", "PROPN"}:
                    self._note_unnamed(subj, history)
                    yield start, end, None, tok
                continue
            if nested and (speaker.kind != "person" or not speaker.name):
                continue
            if speaker.name:
                outer = self._reporting(tok)
                if not speaker.group and not nested and (outer is None or outer.i > tok.i) \
                        and tok.lemma_.lower() not in self.rules["speech_objects"]:
                    # (one whose words another speaker reports, "X added Y had called on ...", is not who a
                    # following "he added" goes on with: the reporter is; "Y said ..., the agency reports" is Y's;
                    # nor one a quote reports, nor one who set terms: "demands laid down by X" tells of the terms)
                    history.append(replace(speaker, at=tok.idx, spoke=True))
                self._note_co_speakers(subj, speaker, (start, end), people, history)
            else:
                self._note_unnamed(subj, history)  # "a senior European official said"
            yield start, end, speaker, tok

    def _named_in_quote(self, verb: Token, marks, people: People) -> bool:
        """Is the speech verb's subject a person's name (the model's, or a person's of the story) in the quote that
        holds the verb, between the quote's opening and the verb? ("The President has said" inside a quote is
        whoever the quoted speaker means by it, no name.) The model's PERSON tag and the quote are asked first:
        the People's lookup runs only for an untagged name inside the quote."""
        subj = self._subject(verb) if self._is_speech(verb) else None
        return subj is not None and subj.pos_ == "PROPN" and subj.i < verb.i and marks.holds(subj.idx) \
            and not any(t.text in QUOTE_MARKS for t in verb.doc[subj.i:verb.i]) \
            and (subj.ent_type_ == "PERSON" or people.canonical(subj.text) in people.by_name)

    def _noun_reported(self, doc: Doc, nouns: list[int], marks, people: People, history: list[Speaker], boiler):
        """(start, end, speaker, cue) of the clause a speech noun reports when the story names its owner:
        "Remarks by X that the army would never negotiate", "X's warning that the entity would secede" (a clause
        marked 'that' or 'whether' under the noun). "The claim that they attacked" names nobody and is left."""
        for noun in map(doc.__getitem__, nouns):
            if marks.holds(noun.idx) or inside(boiler, noun.idx):
                continue
            clause = next((c for c in noun.children if c.dep_ in CONTENT_DEPS and c.i > noun.i and any(
                m.dep_ == "mark" and m.lower_ in CONTENT_MARKS for m in c.children)), None)
            if clause is None:
                owned = self._person_statement(noun, doc, marks, people, history)
                if owned is not None:
                    yield owned
                continue
            speaker = self._noun_holder(clause, doc, people, history)
            if speaker is None:
                continue
            span = self._clause_span(clause, list(clause.subtree))
            if span is None or marks.overlap(*span) > (span[1] - span[0]) / 2:
                continue
            if not speaker.group:
                history.append(replace(speaker, at=noun.idx, spoke=True))
            yield span[0], span[1], speaker, noun

    def _person_statement(self, noun: Token, doc: Doc, marks, people: People, history: list[Speaker]):
        """(start, end, speaker, cue) of a statement a person's speech noun tells with no 'that' clause: "X's
        condemnation of the killings" (what its 'of' names), "statements by X, who credited his team with ..." and
        "the statement of X, who confirmed the refusal ..." (the clause the owner's 'who' opens). The owner is a
        person the model names, as possessor or object of 'by', 'of' or 'from'; else None ("a speech by X in
        the coming days" tells nothing; "Baku's claims" are a place's)."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
        if owner is None:
            owner = next((g for c in noun.children if c.dep_ == "prep" and c.i > noun.i
                          and c.lower_ in {"by", "of", "from"} for g in c.children if g.dep_ == "pobj"), None)
        if owner is None or owner.ent_type_ != "PERSON":
            return None
        told = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i
                     for g in c.children if g.dep_ == "pobj" and g.i != owner.i), None) \
            if noun.lemma_.lower() in self.rules["speech_nouns_of"] else None
        toks = list(told.subtree) if told is not None else None
        if toks is None:
            # (only a clause that says something: "X, who arrived in Cairo on Monday" is biography)
            clause = next((c for c in owner.children if c.dep_ == "relcl" and any(
                g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
                and c.lemma_.lower() in self.rules["speech_verb_table"]), None)
            toks = [t for t in clause.subtree if t.lower_ != "who" or t.head != clause] if clause is not None else None
        toks = [t for t in toks or () if not (t.is_space or t.is_punct)]
        if len(toks) < 3:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        if marks.overlap(start, end) > (end - start) / 2:
            return None
        speaker = self.resolve(owner, doc, people, history)
        if speaker is None or not speaker.name or speaker.kind != "person":
            return None
        history.append(replace(speaker, at=noun.idx, spoke=True))
        return start, end, speaker, noun

    def _relays(self, doc: Doc, start: int, end: int) -> bool:
        """Does the reported text hold a statement of its own: a person's speech verb ("Erdogan said"), or a
        participle of speech that goes on with one ("stressing that ...")?"""
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(self._is_speech(t) and (t.tag_ == "VBG" or self._person_speaks(t))
                                        for t in span)

    def _passive_statement(self, verb: Token, marks, people: People, history: list[Speaker]):
        """(start, end, speaker, cue) of a statement told in the passive with its author as the agent: "the terms
        proposed by Putin" (what was proposed: the noun the participle describes), "The demands were put forward
        by the foreign ministry" (its passive subject), "This was stated by Foreign Minister X" (a word pointing
        back: the sentence before). The agent must name someone: "asked by reporters" names nobody who speaks."""
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in self.rules["speech_verb_table"] \
                or verb.lemma_.lower() in self.rules["object_speaker_verbs"] \
                or verb.lemma_.lower() in self.rules["particles"] or not self._takes_its_object(verb):
            return None
        agent = next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is None or marks.holds(agent.idx) or not (agent.pos_ == "PROPN" or agent.ent_type_ in NAMED):
            return None
        doc = verb.doc
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        frames = self.rules["speech_verb_table"][verb.lemma_.lower()]["frames"]
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > agent.i), None)
        if comp is not None and "clause" in frames:
            # "The villagers were told by the commander that the fighters would stay": the clause after the agent
            toks = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head == comp)]
        elif subj is not None and subj.lower_ in POINTING_BACK and "clause" in frames:
            sent = verb.sent
            if sent.start == 0:
                return None
            before = doc[sent.start - 1].sent  # (a paragraph break is no token of a sentence's words)
            toks = [t for t in before if not (t.is_space or t.is_punct)]
        elif "object" not in frames:
            return None  # (what was "stated" is a clause, not the thing its subject names)
        elif subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
            toks = list(subj.subtree)
        elif subj is None and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            toks = [t for t in verb.head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        else:
            return None
        toks = [t for t in toks if not (t.is_space or t.is_punct)]
        if len(toks) < 2:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        if marks.overlap(start, end) > (end - start) / 2:
            return None  # the direct quote carries it
        speaker = self.resolve(agent, doc, people, history)
        if speaker is None or not speaker.name or speaker.place:
            return None  # (a country "proposed" nothing in words of its own)
        if not speaker.group:
            history.append(replace(speaker, at=agent.idx, spoke=True))
        return start, end, speaker, verb

    def _according(self, doc: Doc, according: list[int], marks, people: People, history: list[Speaker], boiler):
        """'According to X, ...': the rest of the sentence is X's statement."""
        for tok in map(doc.__getitem__, according):
            if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to":  # _candidates found "according"
                continue
            if inside(boiler, tok.idx) or marks.holds(tok.idx):
                continue
            to = doc[tok.i + 1]
            src = next((c for c in to.children if c.dep_ == "pobj"), None)
            if src is None:
                continue
            phrase = {t.i for t in tok.subtree} | {tok.i, to.i} | {t.i for t in src.subtree}
            sent = tok.sent
            clause = tok.head
            if clause.dep_ in {"relcl", "ccomp", "acl"} and clause.pos_ in {"VERB", "AUX"} and clause.i > tok.i \
                    and clause.left_edge.i < tok.i:
                # "the accord that, according to X, both sides may sign": X's words are that clause, not the
                # sentence around it (an opening "According to X, ..." still holds the whole sentence)
                rest = [t for t in clause.subtree if t.i not in phrase and not t.is_space
                        and not (t.dep_ == "mark" and t.head == clause)]
            else:
                rest = [t for t in sent if t.i not in phrase and not t.is_space]
            # The statement is one side of the attribution, never the attribution itself: "But, according
            # to the Financial Times (FT), Serbia will ..." starts after it; "..., according to X." ends before.
            last, first = max(phrase), min(phrase)
            after = [t for t in rest if t.i > last]
            if any(t.i >= sent.root.i and not t.is_punct for t in after) or \
                    not any(t.i < first and not t.is_punct for t in rest):
                rest = after
            else:
                rest = [t for t in rest if t.i < first]
            while rest and rest[0].is_punct:
                rest = rest[1:]
            while rest and rest[-1].is_punct:
                rest = rest[:-1]
            if len(rest) < 3:
                continue
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            quoted = marks.overlap(start, end)
            if quoted > (end - start) / 2:
                continue
            speaker = self.resolve(src, doc, people, history)
            if speaker is None and self._speech_noun(src):
                # "according to an interview with X", "according to X's statement": who gave it
                owner = self._owner_of(src) or next(
                    (g for c in src.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                     if g.dep_ == "pobj" and g.ent_type_ == "PERSON"), None)
                speaker = self.resolve(owner, doc, people, history) if owner is not None else None
            if speaker is not None:
                if speaker.name:  # "according to X, ... 'quote,' he said": X is the antecedent
                    history.append(replace(speaker, at=src.idx, spoke=True))
                yield start, end, speaker, tok
