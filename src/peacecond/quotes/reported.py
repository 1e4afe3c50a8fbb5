"""Reported speech: the clause a speech verb reports ('X said (that) ...', 'X called on Y to ...') and the
sentence 'according to X' attributes."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..boilerplate import inside
from ..people import People
from .speaker import Speaker


class Reported:
    """Mixin of Reading: reported speech."""

    def _reported(self, doc: Doc, verbs: list[int], marks, people: People, history: list[Speaker], boiler):
        """(start, end, speaker, cue) of each reported clause: 'X said (that) ...', 'X called on Y to ...'."""
        for tok in map(doc.__getitem__, verbs):
            if not self._is_speech(tok) or marks.holds(tok.idx) or self._naming_only(tok):
                continue
            if inside(boiler, tok.idx):
                continue
            subj = self._subject(tok)
            if subj is None or marks.holds(subj.idx):
                continue
            content = self._content(tok)
            if content is None:
                continue
            start, end = content
            quoted = marks.overlap(start, end)
            if quoted > (end - start) / 2:
                continue  # the direct quote inside carries this statement
            said = self.text[tok.idx:end].lower()
            if any(cue in said for cue in self.rules["anonymity"]):
                continue  # "who asked not to be named" asks for anonymity, it states nothing
            speaker = self.resolve(subj, doc, people, history)
            if speaker is None:
                # "Officials said ..." is still a statement, by someone the article does not name;
                # an unresolved pronoun is more likely a misparse than a statement.
                if subj.pos_ in {"NOUN", "PROPN"}:
                    self._note_unnamed(subj, history)
                    yield start, end, None, tok
                continue
            if speaker.name:
                if not speaker.group:
                    history.append(replace(speaker, at=tok.idx, spoke=True))
                self._note_co_speakers(subj, speaker, (start, end), people, history)
            else:
                self._note_unnamed(subj, history)  # "a senior European official said"
            yield start, end, speaker, tok

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
            rest = [t for t in sent if t.i not in phrase and not t.is_space]
            # The statement is one side of the attribution, never the attribution itself: "But, according
            # to the New York Times (NYT), Russia will ..." starts after it; "..., according to X." ends before.
            last, first = max(phrase), min(phrase)
            after = [t for t in rest if t.i > last]
            if any(t.i >= sent.root.i and not t.is_punct for t in after) or not any(t.i < first and not t.is_punct for t in rest):
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
            if speaker is not None:
                if speaker.name:  # "according to X, ... 'quote,' he said": X is the antecedent
                    history.append(replace(speaker, at=src.idx, spoke=True))
                yield start, end, speaker, tok
