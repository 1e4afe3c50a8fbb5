"""The frames of a direct quote: the text before and after its marks within the sentence, and the speech verb,
'according to', colon introduction, label or byline there that attributes it."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from ..people import People
from .speaker import MAX_FRAME_TOKENS, MAX_HEADING_WORDS, MAX_LABEL_TOKENS, SENTENCE_FINAL, Speaker, _as_speaker

HEADING_CHARS = 1000
LABEL_WINDOW = 600  # characters back from a bare "Quote:" label to the speaker it goes on with  # a heading's line is shorter than this on either side of its quote
POINTING_BACK = {"this", "that", "it", "so"}  # "Zelensky said this in his address"
CLOSED_SENTENCE = re.compile(r"[.!?…][\"'”’»]*\s")  # a sentence's end, also on "?" or inside its closing mark
COLON_REACH = 2000  # characters back from a colon read for the introduction (a paragraph of no sentence end)
SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’»]?\s+[\"“‘«]?[A-Z]")  # "... said. “The army ..."
# A sentence that ends on a word in lower case with more after it on the line ('..." Mao said. /BGNES', an agency's
# slug) or a line that ends on a comma (a quote closing the paragraph's sentence, its attribution before it) is prose.
SENTENCE_THEN = re.compile(r"\b[a-z]{3,}[.!?]\s+\S")
OPEN_END = re.compile(r",[\"'”’»]?$")


class Frames:
    """Mixin of Reading: attribution of direct quotes."""

    def _frames(self, doc: Doc, start: int, end: int, marks: list[tuple[int, int]]):
        """Character ranges of the text before and after a quote within its sentence, short of other quotes."""
        open_at, close_at = start - 1, end
        # A mark after white space, or at the very end of the text, holds no token: expanding a span there
        # gives an empty span, not None.
        first = doc.char_span(open_at, open_at + 1, alignment_mode="expand") or None
        last = doc.char_span(close_at, close_at + 1, alignment_mode="expand") or None
        # (marks are in text order and do not overlap: the quote before ends, the one after starts, by bisection)
        k = bisect_left(marks, open_at, key=lambda m: m[1])
        prev_close = marks[k - 1][1] + 1 if k > 0 else 0
        k = bisect_right(marks, close_at, key=lambda m: m[0])
        next_open = marks[k][0] if k < len(marks) else len(self.text)
        if first is None or first[0].is_sent_start or first[0].i == 0:
            before = (open_at, open_at)
        else:
            before = (max(first[0].sent.start_char, prev_close), open_at)
        after_tok = doc[last[-1].i + 1] if last is not None and last[-1].i + 1 < len(doc) else None
        # '"Who would sign it?" the diplomat said.': the parser starts a sentence after the question mark,
        # but a sentence does not begin in lower case; nor after a quote that closes on a comma ('..., sustainable,"
        # Ukrainian Ambassador Olha Stefanishyna told Axios.'): its attribution follows.
        comma = self.text[close_at - 1:close_at] == ","
        if after_tok is None or (after_tok.is_sent_start and not after_tok.is_lower and not comma) \
                or after_tok.is_space:
            after = (close_at + 1, close_at + 1)
        else:
            sent = after_tok.sent
            if comma and sent.end < len(doc) and not any(t.pos_ in {"VERB", "AUX"} for t in doc[after_tok.i:sent.end]):
                # (the parser ended the sentence inside the attribution: '...," Ukrainian Ambassador to the US |
                # Olha Stefanishyna told Axios.')
                sent = doc[sent.end].sent
            after = (close_at + 1, min(sent.end_char, next_open))
        return before, after

    def _person_speaks(self, verb: Token) -> bool:
        """Is the verb's subject a person: a name the model tags as one, "he" or "she", or a person word?"""
        subj = self._subject(verb)
        return subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in {"he", "she"}
                                     or self._person_word(subj))

    def _country_speaks(self, verb: Token) -> bool:
        """Is a country the verb's subject ("Israel also demands that '...,' Saar said")? A country utters no words:
        the attribution after the quote names who said them."""
        subj = self._subject(verb)
        return subj is not None and subj.ent_type_ == "GPE" and subj.pos_ == "PROPN"

    def _speech_in(self, doc: Doc, lo: int, hi: int, last: bool = False) -> Token | None:
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or len(span) > MAX_FRAME_TOKENS:
            return None
        verbs = [tok for tok in span if self._is_speech(tok)]
        return (verbs[-1] if last else verbs[0]) if verbs else None

    def _frame_verb(self, doc: Doc, before, after) -> Token | None:
        """The speech verb attributing a quote: right after it ('...," he said'), else the clause the quote
        sits in ('X said that ... "..."'), else anywhere after it."""
        a_verb = self._speech_in(doc, *after)
        b_verb = self._speech_in(doc, *before, last=True)
        if b_verb is not None:
            # "Russia, he said, would not ... and it rejected ..., calling them '...'": a parenthetical
            # "he said" governs the whole sentence, the verbs inside it included.
            b_verb = next((t for t in doc[b_verb.sent.start:b_verb.i] if t.dep_ == "parataxis"
                           and self._is_speech(t) and (t.head == b_verb or t.head.is_ancestor(b_verb))), b_verb) \
                if b_verb.dep_ != "parataxis" else b_verb
        if a_verb is not None and len(self.text[after[0]:a_verb.idx].split()) <= 4:
            # 'X said that "..." and that Israel would insist ...': a verb after the quote that does not govern
            # it yields to the one before that does.
            # 'X told them that Y wanted "...," the agency reported': the verb whose clause holds the quote speaks
            # it; an outer verb reports that speech.
            at = doc.char_span(before[1], before[1] + 1, alignment_mode="expand") or None
            if b_verb is not None and at is not None and self._governs(b_verb, at[0]) \
                    and (not self._governs(a_verb, at[0]) or a_verb.is_ancestor(b_verb)) \
                    and not self._country_speaks(b_verb):
                return b_verb
            return a_verb
        if b_verb is not None and a_verb is None and not self._person_speaks(b_verb):
            # "The premier went on to say that the administration had offered '...'": the words are the premier's;
            # a body or country in what a person reports does not say them.
            outer = self._reporting(b_verb)
            if outer is not None and self._person_speaks(outer):
                return outer
        return b_verb or a_verb

    def _clause_holder(self, doc: Doc, start: int, marks, people: People, history: list[Speaker]):
        """With no speech verb about it, the quote's holder: the subject of the verb whose clause the quote sits in
        ("Mr Farhan hoped that the talks would '...'", "Kallas wants Europe to 'stand firm'": their words), when
        it names someone."""
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        if not first:
            return None
        h = first[0]
        said = self._quoted_predicate(h, start, marks, people, history)
        if said is not None:
            return said
        for _ in range(4):  # (up from the quote's first word to the clause it heads, a few steps at most)
            # ("He is convinced that '...'", "The minister is sure '...'": the clause hangs on the adjective; the
            # copula's subject holds it, unless that is an empty "it": "It is clear that '...'")
            holder = h.head.head if h.dep_ == "ccomp" and h.head.dep_ == "acomp" else h.head
            if h.dep_ in {"ccomp", "xcomp"} and holder.pos_ in {"VERB", "AUX"} and h.head.idx < start:
                subj = self._subject(holder)
                if subj is None or marks.holds(subj.idx) or subj.idx > start \
                        or (holder != h.head and subj.lower_ in {"it", "this", "that", "there"}):
                    return None
                speaker = self.resolve(subj, doc, people, history)
                return speaker if speaker is not None and speaker.name and not speaker.place else None
            if h.dep_ == "acl":  # "remarks by X that the border '...'": the speech noun's owner
                return self._noun_holder(h, doc, people, history)
            if h.dep_ in {"dobj", "attr"} and h.head.pos_ in {"VERB", "AUX"}:
                # "Its demands include '...'", "The rebels' demand is '...'": what a speech noun's owner's
                # statement holds is theirs
                noun = next((c for c in h.head.children if c.dep_ == "nsubj" and c.i < h.i), None)
                owner = self._owner_of(noun) if noun is not None and noun.lemma_.lower() in \
                    self.rules["speech_nouns"] else None
                if owner is not None and not marks.holds(owner.idx):
                    speaker = self.resolve(owner, doc, people, history)
                    return speaker if speaker is not None and speaker.name and not speaker.place else None
            if h.head == h or h.dep_ in {"relcl", "acl", "advcl"}:
                return None
            h = h.head
        return None

    def _noun_inside(self, doc: Doc, start: int, verb: Token, people: People, history: list[Speaker]):
        """A quote in the clause of a speech noun that the frame's verb takes ("Okabe confirmed remarks by the
        rebels that they had been invited to '...'"), also through a preposition ("X was commenting on Y's
        statement that '...'", "responding to Y's claim that '...'"): the noun's owner said it, not the verb's
        subject."""
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        if not first or not verb.idx < start:
            return None
        h = first[0]
        for _ in range(6):  # (up from the quote's first word to the verb, a few steps at most)
            if h == verb or h.head == h:
                return None
            if h.dep_ in {"acl", "ccomp", "relcl"} and h.head.pos_ in {"NOUN", "PROPN"} and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in h.children) and (h.head.head == verb or (
                    h.head.dep_ == "pobj" and h.head.head.dep_ == "prep" and h.head.head.head == verb)):
                return self._noun_holder(h, doc, people, history)
            h = h.head
        return None

    def _quoted_predicate(self, first: Token, start: int, marks, people: People, history: list[Speaker]):
        """The speaker of a quote that opens on its own speech verb, the subject left outside the marks ('The
        minister "calls for the immediate release of all detainees"', 'She "strongly condemns the shelling"'): that
        subject speaks the quoted words. (A verb that is no speech act, 'Russia "launched a massive attack"', leaves
        the words whoever's they are.)"""
        verb = first
        if first.dep_ in {"advmod", "neg"} and first.head.i > first.i:  # ("strongly condemns")
            verb = first.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.idx < start - 1), None)
        if subj is None or marks.holds(subj.idx):
            return None
        # (a verb in the third person the tagger read as a plural noun, "Dos Santos, in a statement, 'appeals for
        # ...'": it has a subject, so it is the verb)
        needs = self.rules["particles"].get(verb.lemma_.lower())
        misread = verb.tag_ == "NNS" and verb.lemma_.lower() in self.rules["speech_verbs"] \
            and (needs is None or any(c.lower_ in needs[0] for c in verb.children)) and self._takes_its_object(verb)
        if not misread and (verb.tag_ not in {"VBZ", "VBD", "VBP"} or not self._is_speech(verb)):
            return None
        speaker = self.resolve(subj, first.doc, people, history)
        return speaker if speaker is not None and speaker.name and not speaker.place else None

    def _said_after(self, doc: Doc, close_at: int, marks, people: People, history: list[Speaker]):
        """(speaker, verb) of a quote that ends its sentence and says nothing of who speaks, when the next sentence
        (in the next paragraph at most) is its attribution and nothing else: '"..." Azerbaijan's foreign minister
        told journalists.', '"..." Zelensky said this in his nightly address.' (a speech verb that reports no
        clause of its own, with no object but a word pointing back)."""
        if not SENTENCE_FINAL.search(self.text[max(0, close_at - 2):close_at]):
            return None, None
        rest = self.text[close_at + 1:close_at + 3]
        if rest[:1] not in {" ", "\n"}:
            return None, None
        nxt = doc.char_span(close_at + 1, min(len(self.text), close_at + 40), alignment_mode="expand")
        first = next((t for t in nxt if not t.is_space), None) if nxt else None
        if first is None or marks.holds(first.idx) or first.sent.start_char < close_at:
            return None, None
        verb = first.sent.root
        owner = self._words_owner(verb)
        if owner is not None:
            # '"..." Those were the words of X.', '"..." The warning came from X.': a speech noun pointing back at
            # the quote names whose it is
            speaker = self.resolve(owner, doc, people, history) if not marks.holds(owner.idx) else None
            if speaker is not None and _possessor_for_noun(owner, speaker):
                return None, None  # "the words of Aliyev's predecessor", "of Mordisco's spokesman": not Aliyev's
            return (speaker, None) if speaker is not None and speaker.name and not speaker.place else (None, None)
        if verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in POINTING_BACK for c in verb.children):
            # '"..." This is how X commented on the talks.': the speech verb of the clause "how" opens
            verb = next((c for c in verb.children if c.dep_ in {"ccomp", "advcl", "attr"} and self._is_speech(c)
                         and any(g.lower_ == "how" for g in c.children)), verb)
        row = self.rules["speech_verb_table"].get(verb.lemma_.lower())
        # '"..." This was stated by X.': a passive pointing back at the quote, its agent the speaker (not a
        # report: "This was reported by Reuters" relays what someone else said).
        passive = verb.tag_ == "VBN" and verb.lemma_.lower() != "report" \
            and any(c.dep_ == "nsubjpass" and c.lower_ in POINTING_BACK for c in verb.children) \
            and any(c.dep_ == "agent" for c in verb.children)
        if not (self._is_speech(verb) or passive) or row is None or row["kind"] not in {"say", "assert"}:
            return None, None  # ("Kyiv condemned ..." is no attribution)
        for c in verb.children:
            # ("repeated the demand", "reiterated the call": a speech noun points back as "this" does)
            if c.dep_ in {"ccomp", "xcomp", "parataxis"} or (c.dep_ == "dobj" and c.lower_ not in POINTING_BACK
                                                             and c.lemma_.lower() not in self.rules["speech_nouns"]
                                                             and verb.lemma_.lower() != "tell"):
                return None, None
        subj = self._subject(verb)
        if subj is None or marks.holds(subj.idx):
            return None, None
        speaker = self.resolve(subj, doc, people, history)
        return (speaker, verb) if speaker is not None and speaker.name and not speaker.place else (None, None)

    def _words_owner(self, root: Token) -> Token | None:
        """The owner a sentence gives the quote before it: "Those were the words of X" (a pointing word that is a
        speech noun of X's), "The warning came from X" (a definite speech noun that came from X); else None."""
        lemma, nouns = root.lemma_.lower(), self.rules["speech_nouns"]
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in root.children):
            return None
        if lemma == "be" and subj.lower_ in POINTING_BACK | {"those", "these", "such"}:
            noun, prep = next((c for c in root.children if c.dep_ == "attr"), None), "of"
        elif lemma == "come" and subj.lemma_.lower() in nouns \
                and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that", "these", "those"}
                        for d in subj.children):
            noun, prep = root, "from"
        else:
            return None
        if noun is None or (noun is not root and noun.lemma_.lower() not in nouns):
            return None
        return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == prep
                     for g in c.children if g.dep_ == "pobj"), None)

    def _according_in(self, doc: Doc, lo: int, hi: int) -> Token | None:
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return None
        for tok in span:
            if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
                # "according to Hamas official Osama Hamdan": the phrase's head, not its first word (a title's
                # side or body would speak for the person)
                head = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if head is not None and tok.i + 2 <= head.i < span.end:
                    return head
                return doc[tok.i + 2] if doc[tok.i + 2].lower_ != "the" else doc[tok.i + 2].head
        return None

    def _colon_intro(self, doc: Doc, open_at: int, people, history):
        """'Putin said in a televised speech:' then the quote (possibly in the next paragraph)."""
        end = open_at
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if self.text[end - 1:end] != ":":
            return None, None
        # The introduction starts after the sentence before it, which may end inside a closing mark
        # ('... must disarm first." X disagreed:'); COLON_REACH characters back at most.
        text = self.text
        # (every search bounded by COLON_REACH: a search back to the article's start per quote grew with its square)
        lo = max(end - COLON_REACH, 0)
        lo = max(text.rfind("\n", lo, end), lo)
        closed = None
        for closed in CLOSED_SENTENCE.finditer(self.text, lo, end):
            pass
        lo = closed.start() if closed is not None else lo
        verb = self._speech_in(doc, lo, end)
        if verb is None:
            # "The head of the office, Andriy Yermak, posted on Telegram:" read as a noun and a participle
            # describing it: with no other verb in the introduction, the participle is its verb, the noun who speaks.
            misread = self._participle_intro(doc, lo, end)
            if misread is not None:
                return self.resolve(misread.head, doc, people, history), misread
            # A headline or a transcript: 'Zelensky: "We will not give up our land"', 'ZELENSKY (through
            # interpreter): "..."' (what the brackets say is not the name).
            bracket = text.find("(", lo, end)
            name = self._bare_name(doc, lo, bracket if bracket >= 0 else end - 1, people)
            if name is not None:
                return name, None
            if text[lo:end - 1].strip().rstrip(".").lower() in self.rules["answer_labels"]:
                # 'A: "We are ready ..."': an interview's answer in quotation marks is the interviewee's, the person
                # named last in full before the first answer (as an unquoted answer is: transcripts.py).
                if self._interviewee is None:
                    self._interviewee = [self._recent_mention(people, lo, None, full=True)]
                return self._interviewee[0], None
            label = self._speech_label(doc, lo, end - 1, people, history)
            return label if label[0] is not None else self._person_intro(doc, lo, end - 1, people, history)
        subj = self._subject(verb)
        return (self.resolve(subj, doc, people, history), verb) if subj is not None else (None, None)

    def _participle_intro(self, doc: Doc, lo: int, hi: int) -> Token | None:
        """The speech verb of a colon introduction the parser read as a participle describing its subject ("X,
        the envoy, posted on X:"): a past participle of the speech verb table hung on a noun before it, set off by a
        comma, with no finite verb in the introduction."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or len(span) > MAX_FRAME_TOKENS:
            return None
        if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in span):
            return None
        return next((t for t in span if t.tag_ == "VBN" and t.dep_ == "acl" and t.head.i < t.i
                     and t.head.pos_ in {"NOUN", "PROPN"} and doc[t.i - 1].text == ","
                     and t.lemma_.lower() in self.rules["speech_verb_table"]), None)

    def _speech_label(self, doc: Doc, lo: int, hi: int, people: People, history: list[Speaker]):
        """(speaker, cue) of a label naming a statement and its author: 'Quote from Zelensky:', 'Statement by
        the Foreign Ministry:', "Peskov's words:" (patterns/speech_nouns.txt)."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or len(span) > MAX_LABEL_TOKENS:
            return None, None
        words = [t for t in span if not (t.is_punct or t.is_space)]
        if len(words) == 1 and words[0].lemma_.lower() in self.rules["speech_nouns"] and words[0].is_title:
            # A bare label ("Quote:", "Statement:", the way some outlets set a quote off): the words of whoever the
            # paragraph before quoted or reported, LABEL_WINDOW characters back at most.
            last = next((h for h in history.latest(lo) if h.spoke and h.name and not h.group), None)
            if last is not None and lo - last.at <= LABEL_WINDOW:
                return last, words[0]
            return None, None
        for t in span:
            if t.lemma_.lower() not in self.rules["speech_nouns"]:
                continue
            for c in t.children:
                if c.dep_ == "poss":  # "Peskov's words"
                    author = c
                elif c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}:  # "Quote from Zelensky"
                    author = next((g for g in c.children if g.dep_ == "pobj"), None)
                else:
                    continue
                if author is not None and author.i < span.end:
                    speaker = self.resolve(author, doc, people, history)
                    if speaker is not None:
                        return speaker, t
        return None, None

    def _person_intro(self, doc: Doc, lo: int, hi: int, people: People, history: list[Speaker]):
        """(speaker, None) of a short clause about a named person that a colon ends before the quote, with no
        speech verb: 'Kallas was adamant:', 'Ruto struck a defiant tone:', "Ruto's message was clear:" (a speech
        noun's possessor). Someone who is not a person ('The banner was clear:') introduces no one's words."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or len(span) > MAX_LABEL_TOKENS:
            return None, None
        # (the parser may hang the introduction on the quote's verb: its root is the word whose head lies after it)
        root = next((t for t in span if t.head.i == t.i or t.head.i >= span.end), None)
        if root is None or root.pos_ not in {"VERB", "AUX"} or any(t.dep_ == "ccomp" and t.i != root.i for t in span):
            return None, None
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i >= span.start), None)
        if subj is not None and subj.lemma_.lower() in self.rules["speech_nouns"]:
            subj = next((c for c in subj.children if c.dep_ == "poss"), None)  # "Ruto's message"
        speaker = self.resolve(subj, doc, people, history) if subj is not None else None
        return (speaker, None) if speaker is not None and speaker.kind == "person" and speaker.name else (None, None)

    def _bare_name(self, doc: Doc, lo: int, hi: int, people: People) -> Speaker | None:
        """The speaker when the text between lo and hi is nothing but a name: a person or an organisation."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        words = [t for t in span if not (t.is_space or t.is_punct)] if span is not None else []
        if not words or len(words) > 5:
            return None
        name = doc[words[0].i:words[-1].i + 1]
        person = people.at(name)
        if person is not None and people.canonical(name.text) == person.name:
            return _as_speaker(person, name.start_char)
        known = people.by_name.get(people.canonical(name.text) or "")
        if known is not None and name.text.isupper():  # a transcript's "HALUSHCHENKO:" for Herman Halushchenko
            return _as_speaker(known, name.start_char)
        for a in self._actors_between(name.start_char, name.start_char + 1):
            if a["end"] == name.end_char:
                act = self.pats.actors[a["id"]]
                if act["kind"] == "place" and name.text.isupper():
                    continue  # a dateline ("KYIV: ..."), not a speaker
                return Speaker(a["id"], "person" if act["kind"] == "person" else "org", act["party"],
                               act.get("role"), a["start"])
        return None

    def _byline(self, doc: Doc, lo: int, hi: int, people: People) -> Speaker | None:
        """The name a byline under a quote gives ('"..." -- Achta Mahamat, government spokeswoman'): a name the
        story knows, else two to four capitalised words the model left untagged (a byline names a person far more
        often than the model, on a line of its own, can tell); no organisation word ("Foreign Ministry") among them."""
        known = self._bare_name(doc, lo, hi, people)
        if known is not None:
            return known
        span = doc.char_span(lo, hi, alignment_mode="expand")
        words = [t for t in span if not t.is_space] if span is not None else []
        if not 2 <= len(words) <= 4 or any(
                not (t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.replace("-", "").isalpha())
                or t.lower_ in self.rules["org_words"] or t.lower_ in self.rules["titles"] for t in words):
            return None
        name = doc[words[0].i:words[-1].i + 1]
        person = people.add(name.text, name.start_char, name.end_char, is_person=True)
        return _as_speaker(person, name.start_char) if person is not None else None

    def _in_heading(self, start: int, end: int) -> bool:
        """Does the quote sit in a heading: a short line that does not end as a sentence does, nor does
        the quote ('"We stand with Ukraine." — Ursula von der Leyen' is a statement signed under it)?"""
        if SENTENCE_FINAL.search(self.text[start:end]) or "\n" in self.text[start:end]:
            return False  # (a heading is one line)
        # (within HEADING_CHARS of the quote: a page without line breaks is no heading, and costs no scan of it)
        line_start = self.text.rfind("\n", max(0, start - HEADING_CHARS), start) + 1
        line_end = self.text.find("\n", end, end + HEADING_CHARS)
        if line_start == 0 and start > HEADING_CHARS or line_end < 0 and len(self.text) - end > HEADING_CHARS:
            return False
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)].strip()
        if not line or len(line.split()) > MAX_HEADING_WORDS or SENTENCE_FINAL.search(line):
            return False
        # A line a sentence runs on from into the next (a text broken into lines mid-sentence: the next line goes
        # on in lower case) is prose, and so is one in which a sentence ends and another begins.
        following = self.text[line_end + 1:line_end + 3].lstrip(" \t") if line_end >= 0 else ""
        return not (following[:1].islower() or SENTENCE_INSIDE.search(line) or SENTENCE_THEN.search(line)
                    or OPEN_END.search(line))


def _possessor_for_noun(owner: Token, speaker) -> bool:
    """Is a person's speaker the possessor of a common noun that owns the words ("the words of Aliyev's
    predecessor": the predecessor spoke), with no name apposed to the noun ("the group's leader, Ivan Mordisco")?"""
    if owner.pos_ != "NOUN" or speaker.kind != "person" or not speaker.name or \
            any(c.dep_ == "appos" for c in owner.children):
        return False
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" and c.text in speaker.name for c in owner.children)
