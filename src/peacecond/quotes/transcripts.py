"""A transcript's or interview's turns (peacecond.turns finds them): statements of kind "turn", in the speaker's
own words without quotation marks."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..extensions import near
from ..people import People
from ..turns import NAME_PARTICLE, find_turns, find_unlabelled_answers
from .speaker import Speaker, _as_speaker


class Transcripts:
    """Mixin of Reading: transcript turns."""

    def _turns(self, doc: Doc, marks, people: People, history: list[Speaker]) -> list[dict]:
        """A transcript's turns ("OLUSEGUN OBASANJO: Thank you very much. ..."), kind "turn": statements in the
        speaker's own words without quotation marks (turns.py). A turn that opens with a quote is that quote."""
        interviewee: list[Speaker | None] = []  # (found at the first answer label)

        def whose(start: int, end: int, label_end: int) -> Speaker | None:
            if self.text[start:end].rstrip(".").lower() in self.rules["answer_labels"]:
                # "A: ...": the interviewee's, the person named last before the first such label.
                if not interviewee:
                    interviewee.append(self._recent_mention(people, start, None, full=True))
                return interviewee[0]
            # A person's turn only: "Germany: Chancellor Olaf Scholz said ..." is a roundup's entry, in which
            # the story reports what each side said.
            words = {re.sub(r"['’]s$", "", w).casefold() for w in self.text[start:end].split()}
            if words & self.rules["not_label_words"]:
                return None
            named = self._bare_name(doc, start, end, people)
            if named is not None:
                return named if named.kind == "person" else None
            return self._label_person(doc, start, end, people)

        out = []
        for turn in find_turns(self.text, self.rules["question_labels"], whose):
            body = self.text[turn.body:turn.end]
            start, end = turn.body, turn.body + len(body.rstrip())
            if turn.speaker is None or end <= start or marks.holds(start):
                continue
            if turn.speaker.name:
                history.append(replace(turn.speaker, at=turn.start, spoke=True))
            out.append(self._quote(doc, "turn", start, end, turn.speaker, None))
        return out or self._unlabelled_interview(doc, marks, people, history)

    def _unlabelled_interview(self, doc: Doc, marks, people: People, history: list[Speaker]) -> list[dict]:
        """An interview whose answers carry no label: each answer under a question put to someone is the
        interviewee's, the person named last (in full) before the first question."""
        first, answers = find_unlabelled_answers(self.text)
        who = self._recent_mention(people, first, None, full=True) if answers else None
        if who is None or not who.name:
            return []
        out = []
        for start, end in answers:
            if marks.holds(start):
                continue  # (an answer that opens with a quote is that quote)
            history.append(replace(who, at=start, spoke=True))
            out.append(self._quote(doc, "turn", start, end, who, None))
        return out

    def _label_person(self, doc: Doc, start: int, end: int, people: People) -> Speaker | None:
        """A person whom only a turn label names ("REDWAN HUSSIEN (Head of the Government delegation):"): two to
        four capitalised words, none a title, role, organisation or side word, nor a place or body the gazetteer
        knows."""
        words = self.text[start:end].split()
        if not 2 <= len(words) <= 4 or not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha()
                                               and (w[:1].isupper() or NAME_PARTICLE.match(w))
                                               for w in words) or not words[-1][:1].isupper():
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        # (a name's lowercase particle, "al-" or "von", is no proper noun to the tagger)
        if span is None or any(t.pos_ != "PROPN" for t in span if not t.is_upper and not t.is_punct
                               and not t.is_lower):
            return None  # "Foreign Minister:", "Sources close to ...:" (the tagger reads capitals poorly)
        folded = [w.casefold() for w in words]
        if any(w in self._titles or w.capitalize() in self._titles for w in words) \
                or any(w in self._roles or w in self.rules["org_words"] or w in people.not_names for w in folded):
            return None
        if any(a["start"] < end and start < a["end"] for a in near(doc, "pc_actors", start, end)  # not all actors
               if self.pats.actors[a["id"]]["kind"] != "person"):
            return None
        name = " ".join(w.capitalize() if w.isupper() else w for w in words)
        person = people.add(name, start, end, is_person=True)
        return _as_speaker(person, start) if person is not None else None
