"""Subjects that stand for several people or a body: "they", "the two leaders", "both presidents", and the others
who make a statement with its first speaker ("Ruto and Abiy said")."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import islice, takewhile

from spacy.tokens import Doc, Token

from ..date_numbers import count as number_count
from ..people import People
from .speaker import GROUP_WINDOW, GROUP_WORDS, SAME_HEAD_WINDOW, SUBJECT_DEPS, Speaker, _as_speaker, _coordinated

# How far back "the minister", "the ministry", "they", "he" look for who they stand for: DESCRIPTION_WINDOW
# characters and HISTORY_REACH speakers at most, so a long story's first pages are not re-read for every description
# (which would grow with the square of its length); both are longer than most stories
DESCRIPTION_WINDOW = 20_000
HISTORY_REACH = 300


class Groups:
    """Mixin of Reading: plural subjects and co-speakers."""

    def _they(self, tok: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        """"They" is a plural: a plural subject of this or the sentence before ("World leaders met ... They warn"),
        or an organisation or group that spoke; never one country or one person."""
        lo = tok.sent.start
        if lo > 0:
            lo = doc[lo - 1].sent.start
        plural = next((t for t in reversed(doc[lo:tok.i]) if t.dep_ in SUBJECT_DEPS and t.pos_ in {"NOUN", "PROPN"}
                       and (t.tag_ in {"NNS", "NNPS"} or _coordinated(t))), None)
        recent = list(takewhile(lambda h: tok.idx - h.at <= DESCRIPTION_WINDOW,
                                islice(history.latest(tok.idx), HISTORY_REACH)))
        org = next((h for h in recent if h.kind == "org" and not h.place and h.spoke), None) or \
            next((h for h in recent if h.kind == "org" and not h.place), None)
        if plural is None and org is None:
            # "Vucic met Kurti in Brussels. They said ...": the people the sentence before names, two at least.
            group = self._group(tok, doc, people, history)
            return group[0] if group else None
        if plural is not None and (org is None or org.at < plural.idx):
            group = self.resolve(plural, doc, people, history)
            if group is not None and group.kind == "org" and not group.place:
                return group
            if group is not None and group.kind == "person" and group.name and plural.tag_ not in {"NNS", "NNPS"}:
                return group  # "Macron and Scholz met. They said": the first named, as for "Macron and Scholz said"
            # "World leaders", "the negotiators": people the story does not name (not the first of them).
            party = group.party if group is not None and group.kind == "org" and not group.name else None
            return Speaker(None, "person", party, None, plural.idx)
        return org

    def _group(self, tok: Token, doc: Doc, people: People, history: list[Speaker]) -> list[Speaker] | None:
        """The people a plural subject stands for, in the order the story named them: "the two leaders", "both
        presidents" (the last people named, as many as it counts), or "they" with no plural subject or
        organisation before it (the people named in this sentence and the one before, two at least)."""
        n = self._counted(tok)
        if n is not None:
            return self._named_group(tok.idx - GROUP_WINDOW, tok.idx, n, people)
        bodies = self._counted_bodies(tok)
        if bodies is not None:
            return bodies
        if self.rules["pronouns"].get(tok.lower_) == "group" and tok.pos_ == "PRON":
            start = tok.sent.start
            lo = doc[start - 1].sent.start_char if start > 0 else tok.sent.start_char
            return self._named_group(lo, tok.idx, None, people)
        return None

    def _counted(self, tok: Token) -> int | None:
        """How many people a counted plural person noun stands for: "the two leaders", "both ministers"."""
        if tok.tag_ != "NNS" or not self._person_word(tok):
            return None
        return _count(tok)

    def _counted_bodies(self, tok: Token) -> list[Speaker] | None:
        """"The three groups said" after "the three groups -- the A, the B and the C --": the bodies the story
        listed after the same noun before (organisations the model tags, an acronym and the name it spells out
        being one), SAME_HEAD_WINDOW characters back at most; the first speaks, the others with it."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in self.rules["body_nouns"]:
            return None
        n = _count(tok)
        if n is None:
            return None
        doc = tok.doc
        for t in reversed(doc[max(0, tok.i - SAME_HEAD_WINDOW // 4):tok.i]):
            if tok.idx - t.idx > SAME_HEAD_WINDOW:
                break
            if t.lemma_.lower() != tok.lemma_.lower() or t.tag_ != "NNS":
                continue
            listed: list[Speaker] = []
            for k in range(bisect_right(self._org_ends, t.i), len(self._orgs)):
                ent = self._orgs[k]
                if ent.start >= min(t.sent.end, t.i + 40):  # (the list follows the noun, in its sentence)
                    break
                body = self._org_speaker(ent, ent.start_char)
                if body.name and all(body.name != b.name for b in listed):
                    listed.append(body)
            if len(listed) == n:
                return [replace(b, at=tok.idx, group=True) for b in listed]
        return None

    @staticmethod
    def _named_group(lo: int, hi: int, n: int | None, people: People) -> list[Speaker] | None:
        """The last n people (None: all, two at least) mentioned between lo and hi, in the order mentioned."""
        # (each person's last mention in the window, from the window's mentions only, by start; of one start, in
        # by_name order, as a pass over every person's mentions had them)
        latest: dict[str, tuple[int, int, object]] = {}
        for s, rank, _, p in people.mentions_from(lo, hi):
            latest[p.name] = (s, rank, p)
        last = [(at, p) for at, _, p in sorted(latest.values(), key=lambda x: x[:2])]
        chosen = last[-n:] if n is not None else last
        if len(chosen) < (n or 2):
            return None
        return [replace(_as_speaker(p, at), group=True) for at, p in chosen]

    def _note_co_speakers(self, subj: Token, speaker: Speaker, span: tuple[int, int], people: People,
                          history: list[Speaker]) -> None:
        """"Merkel and Hollande said ...", "the two leaders said": the statement is each one's; the quote names
        the first, its speakers (and the article's) hold them all."""
        group = self._group(subj, subj.doc, people, history)
        for other in group or []:
            if other.name != speaker.name and all(o.name != other.name for o in self._co_speakers.get(span, [])):
                self._co_speakers.setdefault(span, []).append(other)
        for c in _coordinated(subj):
            if c.pos_ != "PROPN":
                continue  # "the Minister ... and Government Spokesperson, X": roles of one person
            other = self.resolve(c, doc=subj.doc, people=people, history=history)
            if other is not None and other.kind == "person" and other.name and other.name != speaker.name \
                    and not any(w.casefold() in self.rules["nominal"] or w in self.rules["titles"]
                                for w in other.name.split()):
                self._co_speakers.setdefault(span, []).append(other)


def _count(tok: Token) -> int | None:
    """The number a plural noun's determiner or numeral gives it ("the two leaders", "both groups"), if more than
    one."""
    return next((n for n in (GROUP_WORDS.get(c.lower_) or number_count(c.text) for c in tok.children
                             if c.dep_ in {"nummod", "det", "predet", "preconj"}) if n and n > 1), None)
