"""Statements signed with a name after a dash and no quotation marks: a live blog's or a round-up's line that ends
"... - Deputy Minister Ana Brnabic", or a post embedded in a page and signed on the next line "— Name (@handle)
March 3, 2025". The name's person says the line (kind "turn", as a transcript's turns: the speaker's own words
without marks). A quote so signed is the quotes' business (Frames: the byline under a quote)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from ..people import People
from .speaker import SENTENCE_FINAL, Speaker, _as_speaker

SIGN_REACH = 120  # characters at a line's end read for the dash and the name after it
SIGN_DASH = re.compile(r"(?:(?<![^\n])|[ \t])(?:[—–]|--?)[ \t]+(?=[A-Z])")  # " - Name", " — Name", "-- Name"
LABEL = re.compile(r"[ \t]*[A-Z][a-z]+:[ \t]+")
HANDLE = re.compile(r"\(@\w+\)")  # a post's signature: "(@JaneDoe)"
MIN_SIGNED_WORDS = 12  # a line this long, or ending as a sentence does, is a statement, not a headline and its author


class Signed:
    """Mixin of Reading: statements signed under or after them."""

    def _signed(self, doc: Doc, marks, read: list[dict], people: People, history: list[Speaker]) -> list[dict]:
        text = self.text
        out = []
        # a line that holds a quote already read, opened inside it ("The mediators said the draft ... - Name"), is
        # that quote's speaker's: no turn on top of it
        opened = sorted(q["start"] for q in read)
        prev_body: tuple[int, int] | None = None  # the last non-empty line before this one
        for line in re.finditer(r"[^\n]+", text):
            lo, hi = line.start(), line.end()
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if hi <= lo:
                continue
            reach = max(lo, hi - SIGN_REACH)
            dash = None
            for m in SIGN_DASH.finditer(text, reach, hi):
                dash = m  # (the last dash of the line's end: the signature follows it)
            signed = None
            if dash is not None:
                own_line = not text[lo:dash.start()].strip()
                body = prev_body if own_line else (lo, dash.start())
                sig_lo = dash.end()
                if body is not None and (not own_line or HANDLE.search(text, sig_lo, hi)):
                    signed = body, sig_lo
            prev_body = (lo, hi)
            if signed is None:
                continue
            (b_lo, b_hi), sig_lo = signed
            while b_hi > b_lo and text[b_hi - 1].isspace():
                b_hi -= 1
            label = LABEL.match(text, b_lo, b_hi)  # ("Adding: ...", "Update: ...": the blog's, not the speaker's)
            b_lo = label.end() if label else b_lo
            if marks.overlap(b_lo, b_hi) or self._opens_in(opened, b_lo, b_hi) or (len(text[b_lo:b_hi].split()) < MIN_SIGNED_WORDS
                                             and not SENTENCE_FINAL.search(text[b_lo:b_hi])
                                             and not HANDLE.search(text, sig_lo, hi)):
                continue
            if self.rules["sign_credit"].search(text, sig_lo, hi):  # (signature_credit_words.txt)
                continue  # a picture's credit under its caption ("- Picture by Jane Doe", "AFP/Jane Doe") signs nothing
            speaker = self._signature(doc, sig_lo, hi, people)
            if speaker is None or not (HANDLE.search(text, sig_lo, hi) or self._title_before(speaker, sig_lo, hi)):
                continue  # a bare name after a dash: a photographer's or an author's, not a speaker's
            history.append(replace(speaker, at=b_lo, spoke=True))
            out.append(self._quote(doc, "turn", b_lo, b_hi, speaker, None))
        return out

    @staticmethod
    def _opens_in(opened: list[int], lo: int, hi: int) -> bool:
        """Does a quote open after lo and before hi (by bisection)?"""
        k = bisect_right(opened, lo)
        return k < len(opened) and opened[k] < hi

    def _title_before(self, speaker: Speaker, lo: int, hi: int) -> bool:
        """Does a title or role come before the signer's name ("- Deputy Minister Ana Brnabic")?"""
        at = self.text.find(speaker.name.split()[0], lo, hi)
        return at > lo and bool(self.text[lo:at].strip())

    def _signature(self, doc: Doc, lo: int, hi: int, people: People, anyone: bool = False) -> Speaker | None:
        """Who a signature from lo to the line's end hi names ("Name, title (@handle) date", "Title Name on Monday"):
        the name up to its description, handle, date or place (signature_tail_words.txt); anyone: also a body that signs (a
        quote's byline, "— the Kremlin"), else a person only."""
        cut = self.rules["sign_tail"].search(self.text, lo, hi)
        end = cut.start() if cut else hi
        return self._byline(doc, lo, end, people) if anyone else self._signer(doc, lo, end, people)

    def _signer(self, doc: Doc, lo: int, hi: int, people: People) -> Speaker | None:
        """The person a signature names: the name a byline gives, or a person of the article named at its end after
        their titles ("Russian Ambassador at Large Rodion Miroshnik")."""
        speaker = self._byline(doc, lo, hi, people)
        if speaker is not None:
            return speaker if speaker.kind == "person" else None
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or len(span) > 8:
            return None
        person = people.at(span)
        if person is None:
            return None
        last = max((e for s, _, e, p in people.mentions_from(lo, hi) if p is person), default=None)
        return _as_speaker(person, lo) if last is not None and not self.text[last:hi].strip() else None
