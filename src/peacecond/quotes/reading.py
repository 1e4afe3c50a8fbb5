"""One article's reading: the per-article state the stages share, and the stages in order.

The state (the text, its acronyms, the entity index, the speakers each statement has beside its first) belongs
to one Doc: the component keeps the Reading on that Doc (doc._.pc_quote_reading) while it runs, never on itself.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text
from ..offsets import History, Marks, Ranges
from ..people import People
from ..sides import sides_of
from .frames import Frames
from .issuers import Issuers
from .names import Names
from .orgs import _fold_name
from .reported import Reported
from .resolve import Resolver
from .signed import Signed
from .speaker import SENTENCE_FINAL, SUBJECT_DEPS, Speaker, _as_speaker, _norm
from .titles import mark_titles
from .transcripts import Transcripts
from .verbs import SpeechVerbs


QUOTE_CLOSERS = set("\"'”’»")
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
BYLINE_DASH = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:[—–]|--?)[ \t]*(?=[A-Z])")  # the dash before a byline's name
PARAGRAPH_END = re.compile(r"[ \t]*(?:\n[ \t]*(?:\n|$)|$)")  # a blank line or the end of the text
CONTINUE_WINDOW = 1000  # characters back to the speaker an unattributed quote paragraph goes on with


class Reading(Frames, Issuers, Reported, Transcripts, Signed, Resolver, Names, SpeechVerbs):
    def __init__(self, shared, doc: Doc):
        # What does not change between articles (the rules and what is built from them), from the component.
        self.pats, self.rules, self.org_speakers = shared.pats, shared.rules, shared.org_speakers
        self._titles, self._roles, self._not_names = shared.titles, shared.roles, shared.not_names
        self._date_of = shared.date_of
        # This article's.
        self.doc = doc
        self.text = doc_text(doc)
        self._acronyms: dict[str, str] = self._find_acronyms(self.text)
        self._short_names: dict[str, str] | None = None  # an organisation's name -> the short one the text uses
        self._co_speakers: dict[tuple[int, int], list[Speaker]] = {}  # (start, end) of a statement -> others
        self._interviewee: list[Speaker | None] | None = None  # who answers an interview's quoted "A:" turns
        self._genders: dict[str, str | None] = {}  # person -> female | male | None, as the article says (_gender)
        self._ent_of: dict[int, Span] = {}
        self._ents: tuple[Span, ...] = ()  # the entities of that Doc
        self._orgs: list[Span] = []  # the ORG entities of that Doc, in order
        self._org_ends: list[int] = []  # their end tokens (ascending: entities do not overlap)
        self._index_ents(doc)
        # The gazetteer's mentions in text order, asked by offset (names._actors_between).
        self._actors: list[dict] = sorted(doc._.pc_actors or [], key=lambda a: a["start"])
        self._actor_starts = [a["start"] for a in self._actors]
        self.sides = sides_of(doc, shared.side_words, self.text)  # who is on which side, from the article's words

    def people(self) -> People:
        return People(self.doc, self.pats, self._titles, self.text, roles=self._roles, not_names=self._not_names,
                      org_words=self.rules["org_words"], prefixes=self.rules["surname_prefixes"], ents=self._ents)

    def read(self, marked, candidates) -> None:
        """The stages in order; sets doc._.pc_quotes, doc._.pc_people and doc._.pc_speakers."""
        doc = self.doc
        boiler = doc._.pc_boilerplate or []
        people = self.people()
        marks = Marks([(q.start - 1, q.end) for q in marked])  # (asked by bisection: offsets.py)
        self._marks = marks  # (how far back a window reaches skips the quotations in it: Heads._reach_back)
        history = History()  # speakers and subjects as met, also by offset
        subjects, verbs, according, nouns = candidates
        self.antecedents(subjects, marks, people, history)
        reported = list(self._reported(doc, verbs, marks, people, history, boiler))
        reported += self._according(doc, according, marks, people, history, boiler)
        reported += self._noun_reported(doc, nouns, marks, people, history, boiler)
        quotes = self.direct(marked, marks, people, history)
        for start, end, speaker, cue in reported:
            quotes.append(self._quote(doc, "indirect", start, end, speaker, cue))
        quotes += self._turns(doc, marks, people, history)
        quotes += self._signed(doc, marks, quotes, people, history)  # "... - Name": a line its signature attributes
        # Headline quotes stay marks (no reported speech is read inside them) but are not statements:
        # the story repeats and attributes them, and the guide leaves titles out.
        quotes = [q for q in quotes if not (q["kind"] == "direct" and self._in_heading(q["start"], q["end"]))]
        quotes.sort(key=lambda x: (x["start"], x["end"]))
        quotes = _one_per_span(quotes)
        mark_titles(self.text, quotes, self.rules["title_cues"], self._finite)
        _mark_fragments(quotes)
        self._sided(people, quotes)
        doc._.pc_quotes = quotes
        doc._.pc_people = people.as_records()
        doc._.pc_speakers = self._speakers(quotes, people)

    def antecedents(self, subjects: list[int], marks, people: People, history: list[Speaker]) -> None:
        """Pronouns resolve to the most recent person in subject position or already quoted: the subjects that
        name someone go into the history, in order."""
        doc = self.doc
        self._titled(people)
        self._sided(people)
        for tok in map(doc.__getitem__, subjects):
            if marks.holds(tok.idx):
                continue
            if tok.head.dep_ == "relcl":
                continue  # "the law, which Zelensky signed, ...": a background figure, not the one "she" means
            person = people.at(self._name_phrase(tok, doc)) or self._appos_person(tok, doc, people)
            ent = self._ent_at(doc, tok.i)
            if person is None and ent is not None and ent.label_ == "ORG" and self._mislabelled_person(ent):
                person = people.add(ent.text, ent.start_char, ent.end_char)
            person = person or self._unlabelled_person(tok, doc, people, ent)
            if person is None and tok.dep_ == "nsubjpass" and tok.pos_ in {"NOUN", "PRON"}:
                # "The talks were led by Kenyan envoy X. '...,' the mediator said": who did what the subject
                # underwent is who the story goes on about.
                agent = next((g for a in tok.head.children if a.dep_ == "agent" for g in a.children
                              if g.dep_ == "pobj"), None)
                person = people.at(self._name_phrase(agent, doc)) if agent is not None else None
                tok = agent if person is not None else tok
            if person is not None and self._reported_by_other(tok):
                # "Salama said Tshisekedi would never meet them. 'That is not on the table,' she said": a
                # person in what someone else says is not who "she" says next; the one who said it is.
                continue
            if person is not None:
                if person.role is None:  # "Republican leader Tom Briggs disagreed."
                    mention = person.first_from(tok.left_edge.idx)
                    if mention is not None:
                        person.role = self._role(tok, mention, doc)
                history.append(_as_speaker(person, tok.idx, spoke=False))
                continue
            org = self._org(tok, doc, doc[tok.left_edge.i:tok.i + 1])
            if org is None:
                # "China's foreign ministry urged restraint. '...,' it said": the possessor's institution, or
                # the body a nationality word gives a side ("the Chinese foreign ministry").
                org = self.possessed_org(tok, doc, people, history) or self._described_org(tok, doc)
            if org is None and tok.dep_ == "nsubjpass":
                # "The terms were set out by the Turkish defence ministry": the agent did what the subject
                # underwent; "the ministry said" later means it.
                agent = next((g for a in tok.head.children if a.dep_ == "agent" for g in a.children
                              if g.dep_ == "pobj"), None)
                if agent is not None:
                    org = self._org(agent, doc, doc[agent.left_edge.i:agent.i + 1]) or self._described_org(agent, doc)
            if org is None and ent is not None and ent.label_ == "ORG" and ent.root == tok \
                    and not self._mislabelled_person(ent) and not (ent.text.isupper() and len(ent.text) > 4) \
                    and not self._reported_by_other(tok):
                # "The National Reconciliation Council welcomed the news. '...,' it said": a body the model tagged
                # and the gazetteer does not know is what "it" goes on to mean (not an older country)
                org = self._org_speaker(ent, ent.start_char)
            if org is None and tok.lemma_.lower() in self.rules["proxies"]:
                # "The statement from Hamas was clear. '...,' the movement said": the body a statement or a
                # spokesperson speaks for is what the story goes on about.
                obj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "from", "of", "by"}
                            for g in c.children if g.dep_ == "pobj"), None)
                org = self._org(obj, doc, doc[obj.left_edge.i:obj.i + 1]) if obj is not None else None
                org = None if org is not None and org.place else org
            if org is not None:
                history.append(replace(org, role=None, at=tok.idx, spoke=False))
        self._sentence_openers(marks, people, history)

    def _titled(self, people: People) -> None:
        """Each person's role from the titles the story sets before a mention ("India's External Affairs Minister
        S. Jaishankar"), wherever the parser hung the name: "the minister said" later means them."""
        doc = self.doc
        for person in people.by_name.values():
            for s, e in person.mentions if person.role is None else ():
                span = doc.char_span(s, e, alignment_mode="expand")
                role = self._role(span[-1], (s, e), doc) if span is not None and len(span) else None
                if role:
                    person.role = role
                    break

    def _sided(self, people: People, quotes: list[dict] = ()) -> None:
        """Each person the gazetteer gives no side takes the one the article gives them at any mention (sides.py),
        before the speakers are resolved ("the Indonesian minister said" then finds them) and again at the end,
        for the people met on the way; a statement made before its speaker's side was read takes it then."""
        for person in people.by_name.values():
            if person.party is None:
                person.party = self.sides.of_person(person.name, person.mentions, person.role)
        acts = self.sides.headline_acts(quotes, self._in_heading) if quotes else {}
        for q in quotes if acts else ():
            # a person of no side doing what a heading says a side did ("Norway Offers Truce Plan" over
            # "Ingrid Dahl put forward a five-step plan") acts for that side
            person = people.by_name.get(q["speaker"]) if q["speaker_kind"] == "person" and q["cue"] else None
            if person is not None and person.party is None and not self._in_heading(q["start"], q["end"]):
                person.party = acts.get(q["cue"]["lemma"])
        for q in quotes:
            person = people.by_name.get(q["speaker"]) if q["speaker_kind"] == "person" and not q["party"] else None
            if person is not None and person.party:
                q["party"] = person.party

    def _sentence_openers(self, marks, people: People, history: list[Speaker]) -> None:
        """A person named first in a sentence is what the sentence is about, whatever the parser made of it
        ("Zelensky highlighted Ukraine's intention ...", parsed with the verb as a modifier): the antecedent of
        the "he" that follows, as a subject is. (Not a possessor: "Putin's envoy said".)"""
        doc = self.doc
        for sent in doc.sents:
            first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
            if first is not None and first.ent_type_ != "PERSON" and sent.root.ent_type_ == "PERSON" \
                    and sent.root.pos_ == "PROPN":
                # "But Smith Barney's Mr. Doyle, who ..., called ...", parsed with the name as the sentence's root:
                # the name is still what the sentence is about.
                first = sent.root
            if first is None or first.ent_type_ != "PERSON" or first.dep_ in SUBJECT_DEPS or marks.holds(first.idx) \
                    or not SENTENCE_FINAL.search(sent.text):  # (a heading's name is not who the story goes on with)
                continue
            ent = self._ent_at(doc, first.i)
            if ent is None or ent.end >= len(doc) or doc[ent.end].lower_ in {"'s", "’s"} \
                    or doc[ent.end - 1].dep_ in SUBJECT_DEPS:
                continue
            person = people.at(ent)
            if person is not None:
                history.append(_as_speaker(person, ent.start_char, spoke=False))

    def direct(self, marked, marks, people: People, history: list[Speaker]) -> list[dict]:
        """The quotes between marks, each attributed by its frames (a speech verb, 'according to', a colon
        introduction, a byline) or continuing the one before it."""
        doc = self.doc
        quotes: list[dict] = []
        prev: Speaker | None = None
        prev_end = -1
        for q in marked:
            before, after = self._frames(doc, q.start, q.end, marks)
            gap = self.text[prev_end:q.start - 1] if prev_end >= 0 else None
            speaker, cue = None, None
            verb = self._frame_verb(doc, before, after)
            if verb is not None:
                subj = self._subject(verb)
                if subj is not None and not marks.holds(subj.idx, end_inclusive=False):
                    speaker = self._noun_inside(doc, q.start, verb, people, history) \
                        or self.resolve(subj, doc, people, history)
                    cue = verb
                    if speaker is None:
                        # "Meloni said the talks made clear '...'": a verb whose subject is no one stands in what
                        # an outer speech verb reports; that verb's speaker says the quoted words.
                        outer = self._reporting(verb)
                        osubj = self._subject(outer) if outer is not None else None
                        if osubj is not None and not marks.holds(osubj.idx, end_inclusive=False):
                            speaker = self.resolve(osubj, doc, people, history)
                            if speaker is not None:
                                subj, cue = osubj, outer
                    if speaker is None or speaker.name is None:
                        self._note_unnamed(subj, history)
                    else:
                        self._note_co_speakers(subj, speaker, (q.start, q.end), people, history)
            if speaker is None:
                acc = self._according_in(doc, *before) or self._according_in(doc, *after) \
                    or self._according_opening(doc, q.start - 1)
                if acc is not None:
                    speaker = self.resolve(acc, doc, people, history)
            if speaker is None and verb is None:
                speaker, cue = self._colon_intro(doc, q.start - 1, people, history)
            if speaker is None and verb is None:
                speaker = self._clause_holder(doc, q.start, marks, people, history)
            if speaker is None and verb is None:
                # A byline under the quote: '"We stand with Ukraine." — Ursula von der Leyen', on the quote's line
                # or the next (a post's signature: '— Name (@handle) March 3, 2025'), its dash also typed '--'
                dash = BYLINE_DASH.match(self.text, q.end + 1)
                if dash:
                    eol = self.text.find("\n", dash.end())
                    eol = eol if eol >= 0 else len(self.text)
                    # ("— Mohammed Abdulsalam, Houthi negotiator": the name, up to its description or handle)
                    speaker = self._signature(doc, dash.end(), eol, people, anyone=True)
            if speaker is None and verb is None and cue is None:
                speaker, cue = self._said_after(doc, q.end, marks, people, history)
            # Nothing but white space since the last quote and its attribution, and no attribution of its
            # own ("..., the company said" with an unnamed company is not the previous speaker): same speaker.
            if speaker is None and cue is None and prev is not None and gap is not None \
                    and not gap.strip(" \n\t,;—–-"):
                speaker = prev
            if speaker is None and cue is None and verb is None:
                speaker = self._continued(q.start - 1, history, q.end)
            if speaker is not None and speaker.name and not speaker.group:
                history.append(replace(speaker, at=q.start, spoke=True))
            prev = speaker
            prev_end = max(q.end + 1, after[1])
            quotes.append(self._quote(doc, "direct", q.start, q.end, speaker, cue))
        # A quote running over paragraphs is attributed once, usually in its last paragraph.
        for i in range(len(marked) - 2, -1, -1):
            if marked[i].continued and quotes[i]["speaker"] is None and quotes[i + 1]["speaker"] is not None:
                for key in ("speaker", "speaker_kind", "party", "speakers"):
                    quotes[i][key] = quotes[i + 1][key]
        # A headline often repeats a quote the story attributes: the same words, the same speaker.
        # (A quote with a speech verb of its own whose subject is unresolved is not such a repetition: "The
        # Ukrainian President has said ... 'in the next few days'" is not whoever later says the same words.)
        for q in quotes:
            if q["speaker"] is None and q["cue"] is None and len(q["text"].split()) >= 4:
                words = _norm(q["text"])
                source = next((o for o in quotes if o["speaker"] and o is not q and words in _norm(o["text"])), None)
                if source is not None:
                    for key in ("speaker", "speaker_kind", "party", "speakers"):
                        q[key] = source[key]
        return quotes

    def _according_opening(self, doc: Doc, open_at: int) -> Token | None:
        """The source of an "According to X, ..." or "In X's words, ..." that opens the quote's sentence, also with
        another quote between it and this one ('According to the rebels, the deal was for "a national process", but
        the talks went on "outside of ..."'): the opening attribution holds the whole sentence."""
        first = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
        if not first:
            return None
        sent = first[0].sent
        opener = next((t for t in sent if not (t.is_space or t.is_punct)), None)
        if opener is None or opener.i >= first[0].i:
            return None
        if opener.lower_ == "in" and opener.i + 2 < first[0].i:
            # "In his words, '...'", "In her view, '...'": the owner of the words or the view
            noun = next((c for c in opener.children if c.dep_ == "pobj"), None)
            owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
            if owner is not None and noun.lemma_.lower() in self.rules["speech_nouns"] \
                    and doc[noun.i + 1].text == ",":
                return owner
            return None
        if opener.lower_ != "according":
            return None
        return self._according_in(doc, opener.idx, min(open_at, opener.idx + 200))

    def _continued(self, open_at: int, history: list[Speaker], close_at: int) -> Speaker | None:
        """A quote that opens a paragraph and says nothing of who speaks goes on with the story's last speaker
        ("Putin also noted he needed more crossings." then a paragraph in quotation marks), within
        CONTINUE_WINDOW characters, when nobody else has come into the story since (a subject who is
        someone else, or someone unnamed who spoke). Within a paragraph, a quote that is a sentence of its own
        goes on with the one who spoke in the sentence just before it ("Kamau, a union leader, said prices were
        unfair. 'We cannot feed our families.'"). Either way, a person or body the sentence just before made its
        subject is who speaks ("Hamas rejected the plan. 'We will never disarm.'")."""
        line = self.text.rfind("\n", max(0, open_at - CONTINUE_WINDOW), open_at)
        since = max(0, open_at - CONTINUE_WINDOW)
        previous = self._sentence_before(open_at, close_at)
        if line < 0 or self.text[line:open_at].strip():
            since = previous
            if since is None:
                return None
        last = next(history.latest(open_at), None)
        if previous is not None and last is not None and last.at >= previous and not last.spoke and last.name \
                and not last.group and not last.place:
            # the subject of the sentence just before, unless someone before it in that sentence spoke: then it is
            # the subject of what they report ("X told reporters that the MILF would push for ...": X's quote)
            reporter = self._reporter_before(history, previous, last)
            return reporter if reporter is not None else last
        spoke = None
        for h in history.latest(open_at):
            if h.at < since:
                break
            if h.spoke:
                spoke = h
                break
        if spoke is None or not spoke.name or spoke.group:
            return None
        for h in history.latest(open_at):
            if h.at <= spoke.at:
                break
            # (a country the story made a subject, "Russia launched 200 drones overnight", does not speak in
            # quotation marks: it does not break the thread)
            if h.name != spoke.name and not (h.place and not h.spoke):
                return None
        return spoke

    def _reporter_before(self, history, previous: int, last: Speaker) -> Speaker | None:
        """The named speaker who spoke in the sentence starting at previous before its later subject last, when
        that subject is inside what the speaker said: "X told reporters that the MILF would ..." is X's, but
        "After X said the talks were over, Y flew to Z" leaves Y the subject who goes on speaking."""
        for h in history.latest(last.at):
            if h.at < previous:
                return None
            if h.spoke and h.name and not h.group and h.name != last.name:
                return h if self._reports(h.at, last.at) else None
        return None

    def _reports(self, cue_at: int, subject_at: int) -> bool:
        """Does the speech cue at cue_at (a verb or noun; a name's head when it is the name) govern the subject
        at subject_at in the parse?"""
        cue = self.doc.char_span(cue_at, cue_at + 1, alignment_mode="expand")
        sub = self.doc.char_span(subject_at, subject_at + 1, alignment_mode="expand")
        if not cue or not sub:
            return False
        anchor = cue[0] if cue[0].pos_ in {"VERB", "AUX", "NOUN"} else cue[0].head
        return anchor.is_ancestor(sub[0])

    def _sentence_before(self, open_at: int, close_at: int) -> int | None:
        """Where the sentence before a quote starts, when the quote is a sentence of its own: what precedes its
        opening mark ends a sentence, and its words end as a sentence does. None otherwise."""
        tail = self.text[max(0, open_at - 40):open_at]
        end = open_at - (len(tail) - len(tail.rstrip()))  # (the last character before the white space)
        if end <= 0 or not SENTENCE_FINAL.search(self.text[max(0, end - 3):end]) \
                or not (SENTENCE_FINAL.search(self.text[max(0, close_at - 2):close_at]) or self._line_closes(close_at)):
            return None
        prev = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if not prev:
            return None
        sent = prev[0].sent
        return sent.start_char if sent.start_char < open_at else None

    def _line_closes(self, close_at: int) -> bool:
        """Does a quote closing on a comma end its paragraph ('“They should disarm too,”' as a paragraph's last
        words, no attribution after it): it ends a sentence as a full stop would. A single line break is not
        enough: hard-wrapped wire text goes on with the attribution on the next line ('...,"\nsaid X')."""
        tail = self.text[close_at - 1:close_at + 1]
        return tail[:1] == "," and tail[1:2] in QUOTE_CLOSERS and PARAGRAPH_END.match(self.text, close_at + 1) is not None

    def _quote(self, doc, kind, start, end, speaker: Speaker | None, cue: Token | None) -> dict:
        if speaker is not None and speaker.kind == "org":
            # An organisation the attributing sentence names in full speaks under that name ("according to the Financial
            # Times (FT)"); one it refers to otherwise, under the name the article uses for it (_short_name).
            at = cue if cue is not None else doc.char_span(start, start + 1, alignment_mode="expand")
            sent = (at.sent if isinstance(at, Token) else at[0].sent) if at else None
            written = sent is not None and speaker.name and _fold_name(speaker.name) in _fold_name(sent.text)
        else:
            written = False
        name = speaker.name if written else self._named(speaker) if speaker else None
        return {
            "text": self.text[start:end], "kind": kind, "start": start, "end": end,
            "speaker": name,
            "speaker_kind": speaker.kind if speaker else None,
            "party": speaker.party if speaker else None,
            # Everyone who makes the statement ("Ruto and Abiy said", "the two leaders agreed"), the first being
            # `speaker`.
            "speakers": [name] + [self._named(o) for o in self._co_speakers.get((start, end), [])]
            if speaker is not None and speaker.name else [],
            "cue": {"text": cue.text, "lemma": cue.lemma_.lower()} if cue is not None else None,
            "cue_start": cue.idx if cue is not None else None,
            "cue_end": cue.idx + len(cue) if cue is not None else None,
            # The speech verb's own date ("said on Friday"), not any date of the sentence it stands in.
            "date": self._date_of(doc, start, end, verb=cue if cue is not None and cue.pos_ in ("VERB", "AUX")
                                  else None),
        }

    def _finite(self, start: int, end: int) -> bool:
        """Does the text from start to end hold a finite verb (a sentence, not a name)?"""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is None or any(t.tag_ in FINITE_TAGS for t in span)

    def _named(self, speaker: Speaker) -> str | None:
        """The name a statement gives its speaker: a person's fullest name, an organisation's short one."""
        return self._short_name(speaker.name) if speaker.kind == "org" else speaker.name

    def _speakers(self, quotes: list[dict], people: People) -> list[dict]:
        out: dict[str, dict] = {}

        def count(name: str, kind: str, party: str | None, role: str | None) -> None:
            """One more statement by name; its role is the article's (People), else the one given."""
            item = out.get(name)
            if item is None:
                person = people.by_name.get(name)
                item = out[name] = {"name": name, "kind": kind, "role": person.role if person else role,
                                    "party": party or (person.party if person else None), "quotes": 0}
            item["quotes"] += 1

        # Who speaks in the story's own headings speaks in the story ("Need more pressure on Russia, Stubb says"
        # over a live blog's entry); another story's headline ("Read more: ...") is boilerplate, never read.
        for q in quotes:
            # Organisations speak on their quotes; the speakers list is people unless asked otherwise,
            # as in the media-research convention (GUIDE: "only people, not organisations or countries").
            if not q["speaker"] or (q["speaker_kind"] != "person" and not self.org_speakers):
                continue
            if q["kind"] == "fragment":
                continue  # a part of another statement, or a scare-quoted term: no statement of its own
            act = self.pats.actors.get(q["speaker"])
            count(q["speaker"], q["speaker_kind"], q["party"], act.get("role") if act else None)
            for other in self._co_speakers.get((q["start"], q["end"]), []):
                if other.name in q["speakers"]:  # (what the record says: each quote's speakers count it once)
                    count(other.name, "person", other.party, other.role)
        return list(out.values())


MAX_FRAGMENT_WORDS = 3


def _one_per_span(quotes: list[dict]) -> list[dict]:
    """One statement a span: where two readings give the same span ("Zelensky said Ukraine would not cede land, a
    senior official told Reuters" is Zelensky's clause and the official's), the one that names a speaker, then a
    direct quote, then the one with more speakers. (quotes are sorted by span.)"""
    out: list[dict] = []
    for q in quotes:
        if out and (out[-1]["start"], out[-1]["end"]) == (q["start"], q["end"]):
            rank = lambda x: (x["speaker"] is not None, x["kind"] == "direct", len(x["speakers"]))  # noqa: E731
            if rank(q) > rank(out[-1]):
                out[-1] = q
            continue
        out.append(q)
    return out


def _mark_fragments(quotes: list[dict]) -> None:
    """A quoted word or phrase of one to three words inside another statement ('the minister said the vote was a
    "sham"'), or a single quoted word that no speech verb of its own attributes (a scare-quoted term, 'the so-called
    "referendum"'), is kind
    "fragment": a part of what is said, not a statement of its own. (quotes are sorted by span.)"""
    # (the statements as ranges, asked by bisection: a fragment's end may touch the closing mark after its
    # statement's end)
    statements = Ranges((q["start"], q["end"] + 1) for q in quotes
                        if q["kind"] not in {"direct", "title"} or len(q["text"].split()) > MAX_FRAGMENT_WORDS)
    for q in quotes:
        if q["kind"] != "direct":
            continue
        words = len(q["text"].split())
        k = bisect_right(statements.starts, q["start"])
        inside = k > 0 and statements.max_end[k - 1] >= q["end"]
        # A one-word answer with its own speech verb ('"Never," the minister said'; a sentence of its own: a
        # capital, its own punctuation inside the marks) is a statement; a quoted term is not.
        answer = q.get("cue") is not None and q["text"][:1].isupper() and q["text"].rstrip()[-1:] in {",", ".", "!",
                                                                                                       "?"}
        if (words <= 1 and (inside or not answer)) or (words <= MAX_FRAGMENT_WORDS and inside):
            q["kind"] = "fragment"

