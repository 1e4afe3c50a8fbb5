"""Speech verbs (patterns/speech_verbs.jsonl: their kinds, frames and particles), their subjects,
and the clause they report."""
from __future__ import annotations

from spacy.tokens import Token

from .speaker import SUBJECT_DEPS


def _bracketed(tok: Token) -> bool:
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in "([" and doc[tok.i + 1].text in ")]"


MAX_PARENTHETICAL = 16  # tokens from comma to comma: 'he said', 'Foreign Minister X said on Monday'


class SpeechVerbs:
    """Mixin of Reading: the speech verbs of the parse."""

    def _is_speech(self, tok: Token) -> bool:
        if tok.lemma_.lower() == "make":  # "made clear that ...", "made it plain that ..."
            return tok.pos_ == "VERB" and self._made_clear(tok) is not None
        if tok.lemma_.lower() not in self.rules["speech_verbs"]:
            return False
        if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and _verb_misread(tok)):
            return False
        # A bare or passive past participle is spoken to, not speaking: "Asked whether ...", "was told".
        if tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children) \
                and tok.lemma_.lower() not in self.rules["object_speaker_verbs"]:
            return False
        if not self._takes_its_object(tok):
            return False
        # "called on Ukraine to ...", not "so-called"; "pointed out that ...", not "pointed a gun".
        needs = self.rules["particles"].get(tok.lemma_.lower())
        if needs is None:
            return True
        particles, naming = needs
        # "what he called 'a concrete peace proposal'", "called the plan 'a trap'": an object predicate names,
        # and quotes, a thing (the parser may hang it on the object as an apposition).
        return any(c.lower_ in particles or (naming and (c.dep_ == "oprd" or (
            c.dep_ == "dobj" and any(g.dep_ == "appos" for g in c.children)))) for c in tok.children)

    def _takes_its_object(self, tok: Token) -> bool:
        """A verb that speaks only with certain objects has one, in the active voice: "set three conditions",
        "laid down its terms", not "set a date"; "the demands laid down by X" names X's terms, it tells of no
        statement."""
        objects = self.rules["speech_objects"].get(tok.lemma_.lower())
        if objects is None:
            return True
        if any(c.dep_ == "mark" and c.lower_ in self.rules["supposing_marks"] for c in tok.children):
            return False  # "if Moscow sets conditions, ...": none set yet
        return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in tok.children)

    def _naming_only(self, tok: Token) -> bool:
        """A verb that speaks here only by naming something ("what he called 'a real peace proposal'"): it
        attributes the quoted name, it reports no clause."""
        needs = self.rules["particles"].get(tok.lemma_.lower())
        return needs is not None and not any(c.lower_ in needs[0] for c in tok.children)

    def _made_clear(self, verb: Token) -> Token | None:
        """The "clear" of "made clear (that)": the phrase says something, as "said" does. Not the speech verbs
        list, which other components read as single verbs."""
        return next((c for c in verb.children if c.lower_ in self.rules["make_clear"] and c.i > verb.i), None)

    def _subject(self, verb: Token) -> Token | None:
        if verb.lemma_.lower() in self.rules["object_speaker_verbs"]:
            # "quoted al-Burhan as saying", "al-Burhan was quoted as saying"
            return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) > 1:
            # A word in brackets is an aside, not who speaks: the agency of a dateline ("KYIV (Reuters) -
            # Officials said ..."), a party after a name ("Smith (Labour) said").
            subjects = [c for c in subjects if not _bracketed(c)] or subjects
        if subjects:
            # A misparse may give two ("Sudan's army chief | Abdel Fattah al-Burhan said"): the name nearest wins.
            subj = max(subjects, key=lambda c: (c.ent_type_ == "PERSON", -abs(c.i - verb.i)))
            if verb.tag_ == "VBG" and verb.dep_ in {"ccomp", "advcl"} and subj.dep_ == "nsubj" \
                    and subj.pos_ == "NOUN" and not (self._person_word(subj) or self._org_head(subj)) \
                    and not any(c.dep_ == "aux" for c in verb.children) and verb.head.i < subj.i:
                # "Kurti expressed dissatisfaction with the envoy, pointing out that ...", parsed with the feeling as
                # the participle's subject: an abstract noun says nothing; the participle is the main subject's.
                head_subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                if head_subj is not None:
                    return head_subj
            if subj.dep_ == "nsubjpass":
                # "Kyiv has been told it must ..., "the plan was rejected by Hanoi": the passive subject is spoken
                # to or about; the speaker is the agent, if the sentence names one.
                return next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                            None)
            return subj
        # "..., said Tatiana Stanovaya": the parser sometimes hangs the inverted subject as dobj/attr. (Not for a
        # verb whose object is the one spoken to or about: "... and accused Moscow of stalling".)
        lemma = verb.lemma_.lower()
        if lemma not in self.rules["accusation_verbs"] and lemma not in self.rules["directive_verbs"]:
            # Right after a quote's closing mark ('"...", claimed the guerrilla group'), the verb is inverted: the quote
            # is what it says, so any noun it takes as an object is who says it.
            # (A finite verb: a participle, '"...", stressing the importance of ...', has its subject elsewhere.)
            # ("read" after the marks is a past the tagger may take for a base form: '"...," read a statement')
            inverted = (verb.tag_ in {"VBD", "VBZ"} or verb.lower_ == "read") and verb.i > 0 and verb.doc[verb.i - 1].is_punct and (
                verb.doc[verb.i - 1].is_quote or verb.i > 1 and verb.doc[verb.i - 2].is_quote)
            for c in verb.rights:
                if c.dep_ in {"dobj", "attr", "npadvmod"} and (c.ent_type_ in {"PERSON", "ORG"} or c.pos_ == "PROPN"
                                                                 or (inverted and c.pos_ == "NOUN" and any(
                                                                     d.dep_ == "det" for d in c.children))):
                    return c
        # '"...," Nduhungirehe told reporters': an unfamiliar surname right before the verb may be parsed as
        # a modifier; a name there is the subject.
        before = next((c for c in verb.lefts if c.i == verb.i - 1), None)
        if before is not None and before.dep_ in {"advmod", "npadvmod", "nmod", "dep"} \
                and (before.ent_type_ in {"PERSON", "ORG"} or before.pos_ == "PROPN"):
            return before
        lost = _lost_subject(verb)
        if lost is not None:
            return lost
        # "Speaking in Quito, the new leader Noboa said: ...": the parser hung the subject on the place as its
        # apposition, and the verb has none; the person named right before it speaks.
        # (So may it when a participle opens the sentence: "Speaking in Goma, the group's leader, Jean Mbala,
        # stressed that ...", the name and its comma right before the verb.)
        back = 2 if verb.i > 1 and verb.doc[verb.i - 1].text == "," else 1
        before = verb.doc[verb.i - back] if verb.i >= back else None
        if before is not None and before.dep_ == "appos" and before.ent_type_ == "PERSON" \
                and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "ROOT":
            return before
        # Participles and conjoined verbs speak for the speech verb they hang from
        # ("al-Burhan said that ..., adding that ..."), or for the sentence's subject.
        # (A clause complement with no subject of its own is a misparse of the same: "Bush, asked whether ...,
        # replied: ..." with "replied" under "asked".)
        # (So is a participle set off by a comma that the parser hung on the object: "Hamas noted challenges,
        # stating: ...".)
        if verb.dep_ == "ccomp" and verb.head.i < verb.i:
            # "The spokesman added Mullah Omar had called on ...": a verb of saying takes no person as its object;
            # the name the parser made its object, right before the clause, is the clause's subject.
            row = self.rules["speech_verb_table"].get(verb.head.lemma_.lower())
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.left_edge.i),
                       None)
            if obj is not None and row is not None and row["kind"] in {"say", "assert"} \
                    and "infinitive" not in row["frames"] and verb.head.lemma_.lower() != "tell" \
                    and obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN":
                return obj
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ in {"NOUN", "PROPN"} and any(
                t.lemma_.lower() in self.rules["object_speaker_verbs"] for t in verb.doc[verb.sent.start:verb.head.i]):
            # "State radio quoted army spokesman X as saying ...", parsed with the person as the sentence's head
            # noun and "quoted" as its modifier: the noun "as saying" hangs on (or the name set beside it) speaks.
            noun = verb.head.head
            return next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), noun)
        if verb.dep_ in {"conj", "advcl", "xcomp", "pcomp", "ccomp"} or (
                verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","):
            for anc in verb.ancestors:
                if self._is_speech(anc):
                    if anc.i > verb.i and verb.tag_ == "VBG":
                        # "X said on Friday, adding that ..., the paper reports": the parser hung the participle
                        # on the verb that ends the sentence; it goes on with the speech verb before it.
                        before = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if self._is_speech(t)
                                       and any(c.dep_ in SUBJECT_DEPS for c in t.children)), None)
                        if before is not None:
                            return self._subject(before)
                    return self._subject(anc)
            # "Leaders fear that a truce would only help Russia, saying ...", "the plan was dismissed by Kyiv,
            # saying ...": the subject (or agent) of the main verb the participle hangs on; a clause reported by
            # that verb, or one without a subject, hands it up.
            h = verb.head
            while h != verb and h.head != h and h.dep_ in {"ccomp", "xcomp", "conj", "advcl"} \
                    and (h.dep_ == "ccomp" or not any(c.dep_ in SUBJECT_DEPS for c in h.children)):
                h = h.head
            if h != verb:
                agent = next((g for c in h.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                             None)
                if agent is not None and any(c.dep_ == "nsubjpass" for c in h.children):
                    return agent
                if verb.dep_ == "xcomp" and verb.head == h and agent is None:
                    # "Aliyev was reported to tell lawmakers ...", "she is said to have told ...": the subject of
                    # the passive is the one who does what its infinitive says.
                    raised = next((c for c in h.children if c.dep_ == "nsubjpass"), None)
                    if raised is not None:
                        return raised
                return next((c for c in h.children if c.dep_ == "nsubj"), None)
        return None

    def _reporting(self, verb: Token) -> Token | None:
        """The speech verb whose reported clause holds verb ("said" in "X said the talks made clear ..."), if any."""
        clause = verb
        while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head == clause:
            return None
        return clause.head if self._is_speech(clause.head) else None

    def _content(self, verb: Token) -> tuple[int, int] | None:
        """(start, end) of what the verb reports, in the frames the speech verb table gives it."""
        comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        toks = self._frame_tokens(verb, comp)
        if toks is None:
            toks = self._object_tokens(verb)
        if toks is None:
            return None
        toks = [t for t in toks if not (t.dep_ == "mark" and t.lower_ == "that" and t.head == comp)]
        if not toks:
            return None
        return self._clause_span(verb, toks)

    def _object_tokens(self, verb: Token) -> list[Token] | None:
        """The object frame: what the verb welcomes, rejects, proposes or calls for ("dismissed the truce plan",
        "ruled out any talks with the separatists", "called for an immediate ceasefire", "warned of a new
        offensive"): its direct object, else the object of one of its prepositions in the table."""
        row = self.rules["speech_verb_table"].get(verb.lemma_.lower())
        if row is None or "object" not in row["frames"]:
            return None
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return None  # "Moscow will demand a withdrawal", "Kyiv could reject the plan": not said (yet)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            # (after the verb: "Kyiv, on the other hand, insists on a truce" reports the truce)
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in row["preps"] and c.i > verb.i),
                        None)
            # (a gerund is the object too: "insisted on holding talks first", "called for ending the siege")
            obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
        if obj is None or obj.tag_ in {"WDT", "WP", "PRP"} or obj.ent_type_ in {"PERSON", "GPE"} \
                or (obj.dep_ == "pcomp" and obj.left_edge.tag_ in {"WDT", "WP"}):
            # ("the plan, which Kyiv rejected": the clause is about the plan; "rejected it"; "welcomed the Somali
            # president to Nairobi" is a visit, "condemned Russia" names no statement; "insisted on what it called
            # X" is the writer's clause about a name, not what was insisted on)
            return None
        return list(obj.subtree)

    def _frame_tokens(self, verb: Token, comp: Token | None) -> list[Token] | None:
        """The tokens of a clause, an infinitive, a charge or what follows a colon, as the verb's frame has it."""
        doc = verb.doc
        adj = self._made_clear(verb) if verb.lemma_.lower() == "make" else None
        if comp is None and self._parenthetical(verb):
            # "Any deal, he warned, must include ...": the verb set off by commas inside the clause it reports; the
            # statement is that clause, its attribution inside it.
            return [doc[verb.head.left_edge.i], doc[verb.head.right_edge.i]]
        if adj is not None:
            # "made clear that Washington saw ...": the rest of the sentence after "clear (that)".
            first = adj.i + 1
            sent = verb.sent
            toks = [t for t in doc[first:sent.end] if not t.is_space]
            if toks and toks[0].lower_ == "that":
                toks = toks[1:]
        elif comp is None and verb.lemma_.lower() in self.rules["directive_verbs"]:
            # An infinitive ("urged Kyiv to accept"), not a participle set off by a comma that adds something of its
            # own ("told AFP, adding that ...": a statement of its own).
            comp = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"}
                         and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")), None)
            target = next((c for c in verb.children if c.dep_ in {"dobj"}), None)
            if comp is None:
                comp = self._stray_infinitive(verb)
            if comp is None:
                return None
            if target is None:
                prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "for"}), None)
                target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            toks = list(comp.subtree) + (list(target.subtree) if target is not None else [])
        elif comp is None and verb.lemma_.lower() in self.rules["accusation_verbs"]:
            # "blamed Ukrainian forces for the attacks": the accused and the charge.
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            charge = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "over"}
                           and c.i > (target.i if target is not None else verb.i)), None)
            if target is None or charge is None or target.tag_ in {"WDT", "WP"}:
                return None  # ("Belgium, which it accuses of lobbying": the clause is about Belgium, not a statement)
            toks = list(target.subtree) + list(charge.subtree)
        elif comp is not None:
            # The parser may split a clause into several ("will re | - | group and attack ..."): all of them.
            # (A subtree runs from its left edge to its right edge: no need to list its tokens.)
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            left, right = min(c.left_edge.i for c in clauses), max(c.right_edge.i for c in clauses)
            if left < right and doc[left].dep_ == "mark" and doc[left].lower_ == "that" and doc[left].head == comp:
                left += 1
            toks = [doc[left], doc[right]]
        elif verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "that" and doc[verb.i + 1].dep_ != "mark" \
                and doc[verb.i + 2].pos_ not in {"ADP", "PUNCT", "ADV", "SPACE"}:
            # "X has warned that any plan ... would damage ...": the parser took "that" for the object and
            # lost the clause; the rest of the sentence is what was said.
            sent = verb.sent
            toks = [t for t in doc[verb.i + 2:sent.end] if not t.is_space]
        else:
            # "X said: the talks ..." — the rest of the sentence after a colon.
            # "X said: ..." or "X outlined five demands:" and the next paragraph.
            sent = verb.sent
            colon = next((t for t in sent if t.i > verb.i and t.text == ":"), None)
            if colon is None:
                return None
            rest = [t for t in doc[colon.i + 1:sent.end] if not (t.is_space or t.is_punct)]
            if not rest:
                # The statement is the next paragraph (a list item, a block quote).
                nxt = next((t for t in doc[colon.i + 1:] if not (t.is_space or t.is_punct)), None)
                if nxt is None:
                    return None
                eol = self.text.find("\n", nxt.idx)
                span = doc.char_span(nxt.idx, eol if eol >= 0 else len(self.text), alignment_mode="contract")
                rest = list(span) if span is not None else []
            toks = rest
        return toks

    def _stray_infinitive(self, verb: Token) -> Token | None:
        """The infinitive of "called on X (in the meeting with Y) to lift ..." that a long sentence's parse hung on a
        noun between: the first 'to' + verb after the addressee, with no finite verb or clause of its own before it
        (the edges of the verb's phrase bound the look)."""
        doc = verb.doc
        for t in doc[verb.i + 1:verb.right_edge.i + 1]:
            if t.tag_ in {"VBD", "VBZ", "VBP"} or t.dep_ in {"ccomp", "relcl", "advcl"} or t.text in {";", ":"}:
                return None
            if t.tag_ == "VB" and t.dep_ == "acl" and t.i > 0 and doc[t.i - 1].lower_ == "to" \
                    and doc[t.i - 1].head == t:
                return t
        return None

    def _parenthetical(self, verb: Token) -> bool:
        """A speech verb of the clause frame with its subject, set off by commas in the middle of another clause
        ("The talks, Fidan said on Monday, would resume in May")."""
        doc, head = verb.doc, verb.head
        row = self.rules["speech_verb_table"].get(verb.lemma_.lower())
        if verb.dep_ != "parataxis" or row is None or "clause" not in row["frames"]:
            return False
        # (the parser hangs the commas on the verb, or leaves them just outside its phrase; a parenthetical is
        # short: its edges are read, never its subtree walked)
        le, re_ = verb.left_edge.i, verb.right_edge.i
        before = le if doc[le].text == "," else le - 1
        after = re_ if doc[re_].text == "," else re_ + 1
        return after - before <= MAX_PARENTHETICAL and before > head.left_edge.i and after < head.right_edge.i \
            and doc[before].text == "," and doc[after].text == "," and head.pos_ in {"VERB", "AUX"} \
            and any(c.dep_ == "nsubj" for c in verb.children)

    def _before_attribution(self, verb: Token, first: int, last: int) -> int:
        """The last token of a reported clause, short of another statement's attribution the parser hung inside
        it ("Zelensky said Ukraine would not cede land, a senior official told Reuters": what Zelensky said ends
        before the comma)."""
        doc = verb.doc
        for t in doc[max(first, verb.i + 1):last + 1]:
            if t.pos_ not in {"VERB", "AUX"} or t.lemma_.lower() not in self.rules["speech_verbs"] \
                    or not self._is_speech(t):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
            if subj is not None and subj.left_edge.i > first and doc[subj.left_edge.i - 1].text == ",":
                return subj.left_edge.i - 2
        return last

    def _clause_span(self, verb: Token, toks: list[Token]) -> tuple[int, int] | None:
        """(start, end) of the reported tokens, mended where the parser cut a word or a coordination."""
        doc = verb.doc
        first, last = min(t.i for t in toks), max(t.i for t in toks)
        last = self._before_attribution(verb, first, last)
        # The parser may end the clause inside a hyphenated word ("will re-group"): keep the word whole.
        while last + 1 < len(doc) and not doc[last].whitespace_ and "-" in {doc[last].text, doc[last + 1].text} \
                and not doc[last + 1].is_space:
            last += 1
            if doc[last].head == verb and doc[last].text != "-":
                # the rest of the split word hangs on the verb: "re | - | group and attack ..."
                last = max(last, doc[last].right_edge.i)
        # "saying the army will re-arm and strike ...": a bare verb coordinated with the participle by the parser
        # cannot be its coordinate (the forms differ); it continues the reported clause.
        if last + 2 < len(doc) and doc[last + 1].dep_ == "cc" and doc[last + 1].head == verb \
                and doc[last + 2].dep_ == "conj" and doc[last + 2].head == verb and doc[last + 2].tag_ == "VB" \
                and verb.tag_ != "VB":
            last = doc[last + 2].right_edge.i
        while last > first and (doc[last].is_punct or doc[last].is_space):  # (a paragraph break is no content)
            last -= 1
        while first < last and (doc[first].is_punct or doc[first].is_space
                                or (doc[first].lower_ == "that" and doc[first].dep_ == "mark")):
            first += 1
        span = doc[first:last + 1]
        if len(span) < 3:
            return None
        return span.start_char, span.end_char

    @staticmethod
    def _governs(verb: Token, tok: Token) -> bool:
        """Does tok (a quotation mark, or a word of the quote) sit in the verb's phrase?"""
        return verb.left_edge.i <= tok.i <= verb.right_edge.i


def _verb_misread(tok: Token) -> bool:
    """A speech verb the tagger read as a noun ('"...," the delegation's statement read.'): a noun has no subject
    and reports no clause, so one with both is the verb."""
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "ccomp" in deps


def _lost_subject(verb: Token) -> Token | None:
    """'"...," the 64-year-old said', parsed with "the" and "old" hung on the verb: a determiner is never a verb's
    own, so the phrase it opens is the subject the parser lost; its head is the word right before the verb (an
    adjective or noun the determiner reaches without a break), when the verb has no subject."""
    if verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    det = next((c for c in verb.lefts if c.dep_ == "det" and c.lower_ in {"the", "this", "that"}), None)
    last = verb.doc[verb.i - 1]
    if det is None or last.head != verb or last.pos_ not in {"ADJ", "NOUN", "PROPN"} \
            or any(t.is_punct and t.text not in {"-", "–"} for t in verb.doc[det.i + 1:last.i]):
        return None
    return last
