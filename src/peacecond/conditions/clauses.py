"""clauses: the grammar the stance and holder stages ask of a clause (modals, asides, markers, conjuncts)."""

from __future__ import annotations


from spacy.tokens import Doc, Span, Token

from .model import SUBJ, Cue, sent_of


def parenthetical(R, A, doc: Doc, i: int, end: int) -> int | None:
    """ ", he added, " / ", the minister said, ": the closing comma of a short reporting aside opening at
    token i."""
    if doc[i].text != ",":
        return None
    for j in range(i + 2, min(i + 7, end)):
        if doc[j].is_punct:
            if doc[j].text == "," and any(doc[k].lemma_.lower() in R.w.narrator_verbs for k in range(i + 1, j)):
                return j
            # "has flatly refused, for now at least, to consider a truce": an adverbial aside with no verb of its
            # own, hung on a verb outside it, does not end the clause either
            aside = doc[i + 1:j]
            tops = [t for t in aside if not (i < t.head.i < j)]
            if doc[j].text == "," and all(t.pos_ not in {"VERB", "AUX"} for t in aside) and tops and \
                    all(t.dep_ in {"advmod", "prep", "npadvmod"} and t.head.pos_ in {"VERB", "AUX"} for t in tops):
                return j
            return None
    return None


def coordinated_past(doc: Doc, cue: Cue, i: int, hi: int) -> bool:
    """ "ruled out any discussion of Crimea's status, and of any pullout of its troops": a comma before "and"/"or"
    that opens another object or prepositional phrase of the cue's own verb (or a conjunct) does not end the
    scope; a comma before a new clause does."""
    if doc[i].text != "," or i + 2 >= hi or doc[i + 1].lower_ not in {"and", "or", "nor"}:
        return False
    t = doc[i + 2]
    if t.pos_ == "DET":
        t = t.head
    if t.pos_ in {"VERB", "AUX"}:
        return False
    return (t.dep_ == "conj" and t.head.i < i) or cue.start <= t.head.i < cue.end


def governed(doc: Doc, cue: Cue, local: list[Cue], speech: frozenset = frozenset()) -> bool:
    """A cue whose verb a demand, a refusal or a conditional marker governs ("Moscow wants Kyiv to accept X",
    "peace is possible if Kyiv accepted X") says nothing of its own: the governing cue speaks."""
    at = {i: c for c in local if c is not cue and c.category in {"demand", "reject", "condition_clause"}
          for i in range(c.start, c.end)}
    v = doc[cue.start]
    if any(ch.dep_ in {"mark", "aux"} and ch.i in at for ch in v.children):
        return True
    # "will on no account accept X", "will under no circumstances agree to X": a negating phrase the verb itself
    # takes governs it as "not" would
    if any(ch.dep_ in {"prep", "advmod", "npadvmod"} and ch.i in at and at[ch.i].rule.get("negation") and
           at[ch.i].category == "reject" for ch in v.children):
        return True
    t = v
    for _ in range(5):  # up through conjuncts and complements ("that Ukraine withdraw ... and agree to X")
        if t.head.i == t.i or t.dep_ in {"relcl", "advcl", "parataxis"}:
            return False
        t = t.head
        # "As soon as they declare that they are ready for ...": the marker opens a clause further up
        if t.i in at or any(ch.dep_ in {"aux", "mark"} and ch.i in at for ch in t.children):
            return True
        if t.lemma_.lower() in speech:
            return False  # "rejected X and said it was ready to accept Y": a statement of its own
    return False


def refused_role(R, doc: Doc, cue: Cue) -> bool:
    """ "Pyongyang rejected denuclearisation as a precondition for talks", "the PKK will not lay down its arms as a
    precondition", "no chance of the ELN agreeing to disarm as a precondition", "no hope exists of X agreeing to
    ...": the role an "as" phrase gives X is refused with the verb it hangs off (a refusing verb, a negated one, a
    "no" on the noun above it); the refusal speaks, not the role. Read up through complements only: a conjoined or
    subordinate verb is a clause of its own."""
    if doc[cue.start].dep_ != "prep":
        return False  # "X is no longer a precondition": a copula's negation drops a demand, the row's own reading
    t = doc[cue.start].head
    refusing = R.w.refusing_verbs | R.w.object_refusing_verbs
    for _ in range(4):
        if (t.pos_ == "VERB" and t.lemma_.lower() in refusing) or any(
                c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children) or any(
                c.dep_ in SUBJ and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children):
            return True  # (the last: "No prospect exists of X agreeing to Y as a precondition")
        if t.head.i == t.i or t.dep_ in {"conj", "relcl", "advcl", "ccomp", "parataxis"}:
            return False
        t = t.head
    return False


def in_clause(R, A, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """The mention sits in the clause the marker opens ("before local elections are held")."""
    m = doc[cue.start]
    if m.dep_ != "mark" or m.head.i < cue.start:
        return False
    root = mention_root(doc, s, e)
    return m.head.left_edge.i <= root.i <= m.head.right_edge.i


def refused_main(R, A, doc: Doc, cue: Cue) -> bool:
    """ "Kyiv will not negotiate before Russia withdraws", "no talks before ...": a refused or negated main
    clause makes what "before" opens its condition; else ("X before elections are held") it is what comes after."""
    clause = doc[cue.start].head
    main = clause.head if clause.i != cue.start else clause
    if main.i == clause.i:
        return True  # no main clause to read: keep the condition reading
    inner = range(clause.left_edge.i, clause.right_edge.i + 1)
    return main.lemma_.lower() in R.w.refusing_verbs or any(
        t.i not in inner and (t.dep_ == "neg" or t.lower_ in {"no", "never", "nothing"}) for t in main.subtree)


def aside(R, A, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """The mention sits in an adverbial clause opened by "as" / "while" / "because" ... that does not hold the
    cue: the cue's window reaches it, its clause does not."""
    t = mention_root(doc, s, e)
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in R.w.aside_marks for m in t.children):
            return not (t.left_edge.i <= cue.start <= t.right_edge.i)
        t = t.head
    return False


def accused(R, A, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """The mention is what someone is accused of or blamed for ("called for early elections, accusing him of
    giving up land"; accusing_words.txt) and the cue stands outside the accusation: the charge states no stance."""
    t = mention_root(doc, s, e)
    for _ in range(8):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in R.w.accusing_words and t.pos_ in {"VERB", "NOUN"}:
            return not (t.left_edge.i <= cue.start <= t.right_edge.i)
    return False


def charged(R, doc: Doc, cue: Cue) -> bool:
    """The cue stands in what a side is accused of or blamed for ("Russia accused Ukraine of demanding security
    guarantees", "criticised Khartoum for refusing to withdraw"; accusing_words.txt): a charge states no stance of
    the accused either, only the accuser's word for its acts. A demand noun its owner names stays its owner's ("accused
    Bogota of refusing to meet its demands, which include X": the accuser's own)."""
    t = doc[cue.start]
    if t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children):
        return False
    if t.dep_ in {"neg", "aux", "auxpass"} and t.head.i != t.i:
        t = t.head
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.lower_ in {"of", "for"} and t.head.pos_ in {"VERB", "NOUN"} and \
                t.head.lemma_.lower() in R.w.accusing_words:
            return True
        t = t.head
    return False


def mention_root(doc: Doc, s: int, e: int) -> Token:
    root = doc[s:e].root
    if root.dep_ in {"mark", "prep", "case"} and root.i == s and e - s > 1:
        root = doc[s + 1:e].root  # "as Russian territory": the noun, not the marker, sits in the clause
    return root


def supposed_want(R, doc: Doc, s: int, e: int) -> bool:
    """A verb of wanting (want_verbs) that a condition marker opens: "if it wanted the talks"."""
    v = next((t for t in doc[s:e] if t.pos_ == "VERB"), None)
    return v is not None and v.lemma_.lower() in R.w.want_verbs and \
        any(m.dep_ == "mark" and m.lower_ in R.w.condition_markers for m in v.children)


def wants_as_object(R, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """ "The junta wants a nationwide truce": a verb of wanting (object_want_verbs) whose direct object is the
    mention asks for it as plainly as "demands" does, so the modal row's weak "wants" may make a strong type;
    "wants the truce to hold", "wants to extend the truce" name no object of the verb and stay weak."""
    v = next((t for t in doc[cue.start:cue.end] if t.pos_ == "VERB"), None)
    if v is None or v.lemma_.lower() not in R.w.object_want_verbs or \
            any(m.dep_ == "mark" and m.lower_ in R.w.condition_markers for m in v.children):
        return False  # ("if the rebels want a truce, ...": a want supposed, nobody's demand)
    return verb_object(doc, v, s, e)


def proposed_object(R, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """ "Norway proposed a truce between the army and the ELN": a verb of proposing (proposing_verbs.txt; the
    weak proposal row's verb) whose direct object is the mention puts that very thing forward, as "called for"
    does; "proposed that talks follow a truce", "the proposed truce" and "a truce proposed by Kenya" do not."""
    v = doc[cue.start]
    return cue.category == "demand" and v.pos_ == "VERB" and v.lemma_.lower() in R.w.proposing_verbs and \
        verb_object(doc, v, s, e)


def verb_object(doc: Doc, v: Token, s: int, e: int) -> bool:
    """Is the mention s..e the direct object of v (or a conjunct of it: "a truce and a prisoner swap")?"""
    nxt = doc[e] if e < len(doc) else None
    if nxt is not None and (nxt.tag_ in {"NN", "NNS", "NNP", "NNPS"} or nxt.tag_ == "VBG" and e + 1 < len(doc)
                            and doc[e + 1].tag_ in {"NN", "NNS"}):
        return False  # "proposed a ceasefire monitoring mission": a modifier, whatever the parse made of it
    root = mention_root(doc, s, e)
    if root.dep_ == "conj" and root.head.dep_ == "dobj":
        root = root.head
    return root.dep_ == "dobj" and root.head.i == v.i


def time_phrase(R, A, doc: Doc, s: int, e: int, cue) -> bool:
    """ "a treaty he had rejected in talks following the 1988 cease-fire": a mention that is the object of a
    preposition of time (time_prepositions.txt) dates an event; a stance cue outside that phrase is not taken on it.
    (A type that only names what the talks in such a phrase are about, "ahead of the ceasefire talks", was tried as
    a date too and taken back: on text held out from tuning it lost a condition a side did set.)"""
    root = mention_root(doc, s, e)
    prep = root.head
    if root.dep_ not in {"pobj", "dobj"}:
        return False
    if prep.lower_ in {"of", "to"} and prep.dep_ == "prep" and prep.head.lower_ in R.w.time_prepositions:
        prep = prep.head  # "ahead of", "prior to": the word that says when heads the phrase
    elif prep.lower_ not in R.w.time_prepositions:  # "following" may parse as a verb
        return False
    return not (prep.left_edge.i <= cue.start and cue.end - 1 <= prep.right_edge.i)


# "a seat at the talks", "a place at the table": a noun of taking part whose "at" phrase names the talks joined
SEAT_NOUNS = frozenset({"seat", "place", "role", "part", "say", "voice", "presence", "representation", "chair"})


def venue(doc: Doc, s: int, e: int, cue) -> bool:
    """ "presented its demands at bilateral talks in Qatar", "demanded at the talks in Jeddah that ...": talks in an
    "at" phrase are where the side spoke, no form of talks it asks for (wherever the parser hangs the phrase; "a seat
    at the talks" is read as any mention; a cue inside the phrase speaks of it)."""
    root = mention_root(doc, s, e)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep" or prep.head.lemma_.lower() in SEAT_NOUNS:
        return False
    return not (prep.left_edge.i <= cue.start and cue.end - 1 <= prep.right_edge.i)


def subjectless_conjuncts(verb: Token) -> list[Token]:
    out = []
    for c in verb.conjuncts:
        if c.i > verb.i and c.pos_ in {"VERB", "AUX"} and not any(x.dep_ in SUBJ for x in c.children):
            out.append(c)
    return out


def under_modal(R, A, tok: Token) -> bool:
    """ "Ukraine would have to accept ..., and guarantee the rights of ...": a verb coordinated under an
    obligation, without a subject of its own, is part of what is demanded, no offer of the subject's."""
    t = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    moved = False
    for _ in range(6):
        if any(a.dep_ == "aux" and a.lower_ in R.w.modals for a in t.children):
            return moved
        if t.lemma_ in R.w.obligation_verbs and any(x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children)
                                                 for x in t.children):
            return moved
        if t.dep_ not in {"conj", "xcomp"} or t.head.i == t.i or any(x.dep_ in SUBJ for x in t.children):
            return False
        t, moved = t.head, True
    return False


def modal_verb(R, A, cue: Cue, first: Token) -> Token | None:
    """The verb a modal cue obliges: "must leave" (aux), "would have to be" / "had to be" (have + to)."""
    if cue.rule["holder"] != "none":
        return None
    if first.dep_ == "aux" and first.lower_ in R.aux_modals:
        return first.head
    nxt = first.nbor(1) if first.i + 1 < len(first.doc) else None
    if first.lemma_.lower() in R.w.obligation_verbs and first.pos_ in {"VERB", "AUX"} and nxt is not None \
            and nxt.lower_ == "to":
        return first
    return None


def before_talks(R, A, doc, cue: Cue) -> bool:
    """ "A truce must hold for a month before negotiations restart", "the militias must disarm before
    any negotiations": what a modal obliges to happen before talks (condition_words/talks_nouns.txt) is a
    precondition, as strong as an explicit demand word. Looks at the obliged verb's own "before" phrase only."""
    verb = modal_verb(R, A, cue, doc[cue.start]) if cue.category == "demand" else None
    if verb is None:
        return False
    # "a truce has to come / would have to hold before talks": the phrase hangs off the verb "have to" governs
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    for c in (c for v in verbs for c in v.children if c.i > v.i):
        if c.dep_ not in {"prep", "advcl"}:
            continue
        mark = c if c.lower_ == "before" else next((m for m in c.children if m.dep_ == "mark" and
                                                     m.lower_ == "before"), None)
        if mark is not None and any(t.lower_ in R.w.talks_nouns for t in c.subtree):
            return True
    return False


def obliged(R, A, sent: Span) -> set[int]:
    """Subjects a modal obliges ("Kyiv must", "Kyiv would have to", "Ukraine needs to"): the side that must act,
    never the holder. Asked per mention, computed once per sentence."""
    return obliged_parts(R, A, sent)[0]


def asides(R, A, sent: Span) -> list[tuple[int, int]]:
    """Token ranges of the clauses "as" / "while" / "because" ... open in the sentence (once per sentence)."""
    got = A.aside_memo.get(sent.start)
    if got is None:
        got = A.aside_memo[sent.start] = [
            (t.left_edge.i, t.right_edge.i) for t in sent
            if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in R.w.aside_marks for m in t.children)]
    return got


def obliged_parts(R, A, sent: Span) -> tuple[set[int], set[int]]:
    """(the obliged subject tokens, every token of their phrases): "All foreign militias backed by Iran, including
    Lebanon's Hezbollah, had to leave" -- no side named inside the obliged phrase holds the demand."""
    got = A.obliged_memo.get(sent.start)
    if got is not None:
        return got
    out: set[int] = set()
    for v in sent:
        if any(a.dep_ == "aux" and a.lower_ in R.w.modals for a in v.children) or \
                (v.lemma_ in R.w.obligation_verbs and any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                              for a in x.children)
                                                     for x in v.children)):
            out.update(c.i for c in v.children if c.dep_ in SUBJ)
    phrase = {x for i in out for x in range(sent.doc[i].left_edge.i, sent.doc[i].right_edge.i + 1)}
    got = A.obliged_memo[sent.start] = (out, phrase)
    return got


def list_end(doc: Doc, last: int, end: int) -> int:
    """The last token of the enumeration an object opens ("the recognition of X, the dissolution of Y, the lifting
    of Z and the withdrawal of W"): noun phrases after a comma, "and", "or" or "as well as", each without a verb
    of its own, whatever the parser made of them."""
    i = last + 1
    while i < end:
        j = i + 1 if doc[i].text == "," else i
        if j < end and doc[j].lower_ in {"and", "or"}:
            j += 1
        elif j + 2 < end and doc[j].lower_ == "as" and doc[j + 1].lower_ == "well" and doc[j + 2].lower_ == "as":
            j += 3
        if j == i or j >= end or doc[j].pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
            break
        k = j
        while k < end and doc[k].text not in {",", ";", ":", "."} and doc[k].lower_ not in {"and", "or"}:
            if doc[k].pos_ in {"VERB", "AUX"} and doc[k].tag_ not in {"VBG", "VBN"}:
                return last  # a clause, not a noun phrase
            k += 1
        last, i = k - 1, k
    return last


def said_by(R, A, tok, holder) -> bool:
    """The hedged verb is what a side says of itself ("Israel has signalled it could accept a truce"): a speech verb
    above it whose subject is the holder, and a pronoun or the holder itself as the hedged verb's subject."""
    if holder is None or not holder.party:
        return False
    from . import resolve  # (resolve reads clauses: imported here)
    verb = tok.head if tok.dep_ == "aux" else tok
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    t = verb
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in R.holder_verbs and t.pos_ in {"VERB", "AUX"}:
            speaker = next((c for c in t.children if c.dep_ in SUBJ), None)
            h = resolve.resolve(R, A, speaker, fallback=False) if speaker is not None else None
            if not (h and h.party == holder.party):
                return False
            if subj is None or subj.lower_ in {"it", "they", "we", "he", "she", "i"}:
                return True
            hs = resolve.resolve(R, A, subj, fallback=False)
            return bool(hs and hs.party == holder.party)
    return False


def supposed(R, A, doc: Doc, cue: Cue) -> bool:
    """The cue stands in a clause "if" / "unless" / "whether" opens ("Baku will strike if Yerevan does not accept
    the terms", "asked whether Hamas would reject the plan"): a refusal or offer supposed or asked about states
    nothing.
    A clause that "on condition that" opens is no such clause: what it negates is the condition itself."""
    return supposing_clause(R, A, doc, cue) is not None


def supposing_clause(R, A, doc: Doc, cue: Cue) -> Token | None:
    """The verb of the clause "if" / "unless" / "whether" opens that the cue stands in (supposed), if any."""
    t = doc[cue.start]
    if t.dep_ in {"neg", "aux", "auxpass", "advmod"} and t.head.i != t.i:
        t = t.head  # "not" / "will" / "never": the verb they stand in
    for _ in range(6):
        if any(m.dep_ == "mark" and m.lower_ in R.w.supposing_marks for m in t.children):
            return t
        if t.head.i == t.i or t.dep_ not in {"xcomp", "conj", "aux", "auxpass", "dobj", "prep", "pobj", "acomp"}:
            return None
        t = t.head
    return None


def asked(R, A, doc: Doc, cue: Cue) -> bool:
    """The cue stands in a question ("Will Baku demand that Yerevan withdraw?", "Would the ELN accept a truce if ...?",
    "Why should Armenia withdraw from its own land?"): a question puts a stance up for answer, it states none. A
    question is a sentence that opens with a question word, or the clause whose verb puts its auxiliary (or itself,
    "Is Russia ready to ...?") before its subject, when a question mark, not a full stop, closes what follows the
    cue."""
    sent = sent_of(A, cue.start)
    for t in doc[cue.end - 1:min(sent.end, cue.end + 40)]:  # bounded: constant work per cue in a run-on sentence
        if t.text in {".", "!"}:
            return False
        if t.text == "?":
            break
    else:
        return False
    first = next((t for t in sent if not (t.is_punct or t.is_quote)), None)
    if first is not None and first.tag_ in {"WP", "WRB", "WDT", "WP$"} and first.i <= cue.start and \
            not adverbial(first):
        return True  # "What made it worth it when Ukraine says it is ready for a ceasefire?"
    v = doc[cue.start]
    for _ in range(6):
        subj = next((c for c in v.children if c.dep_ in SUBJ), None)
        if subj is not None:
            first = next((t for t in sent if not (t.is_punct or t.is_quote)), v)
            # (the model may hang a sentence-initial "Will" on the subject: "Will Azerbaijan demand ...?")
            return (v.pos_ == "AUX" and v.i < subj.i) or (first.pos_ == "AUX" and first.i < subj.i) or \
                any(a.dep_ in {"aux", "auxpass"} and a.i < subj.i for a in v.children)
        if v.head.i == v.i:
            return False
        v = v.head
    return False


def adverbial(tok: Token) -> bool:
    """Does the word stand in an adverbial clause ("When Russia demanded a withdrawal, did Ukraine agree?"): a
    question word there opens the clause, it asks nothing (the main clause may still ask, by its auxiliary)."""
    for _ in range(12):  # bounded: a parse's head chain, not the sentence
        if tok.dep_ == "advcl":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def trailing(tok: Token) -> bool:
    """A preposition after the word it qualifies, with a noun phrase for object ("a truce without any withdrawal"):
    fronted ("Without X, no progress is possible") it sets X as a condition of what follows; with a gerund ("without
    being at the table") it says how something is done."""
    return tok.head.i < tok.i and any(c.dep_ == "pobj" for c in tok.children)


def demanded_content(doc: Doc, cue: Cue, local: list[Cue]) -> bool:
    """The cue stands in the content clause of a noun a demand asks for ("asked for a pledge from the alliance that it
    would never admit Georgia", "sought assurances that the army will not return"): the negation or offer is
    what is demanded, no stance of its own. ("insisted it would not accept X" is the subject's own refusal: the
    clause hangs on the verb, not on a noun.)"""
    at = {i for c in local if c is not cue and c.category == "demand" for i in range(c.start, c.end)}
    if not at:
        return False
    t = doc[cue.start]
    if t.pos_ == "NOUN" and cue.end - cue.start == 1:
        # "Baku insists on Yerevan's refusal to host foreign troops", "demands Kyiv's renunciation of ...": a
        # refusal noun the demand takes as its object is what is demanded
        up = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if t.dep_ == "attr" and any(a.dep_ == "aux" and a.i in at for a in t.head.children):
            # "the first point should be Kyiv's rejection of NATO membership": what the modal asks of another side
            # ("must be our rejection of X" is the speaker's own)
            return not any(d.dep_ == "poss" and d.lower_ in {"our", "my"} for d in t.children)
        return t.dep_ in {"dobj", "pobj"} and up.i in at
    if t.dep_ in {"neg", "aux", "auxpass", "advmod"} and t.head.i != t.i:
        t = t.head
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ in {"acl", "ccomp"} and t.head.pos_ == "NOUN" and any(m.dep_ == "mark" for m in t.children):
            noun = t.head
            return noun.i in at or noun.head.i in at or (noun.head.dep_ == "prep" and noun.head.head.i in at)
        if t.dep_ not in {"xcomp", "conj"}:
            return False
        t = t.head
    return False


def speculated(R, A, doc: Doc, cue: Cue, holder, root: Token) -> bool:
    """The stance is what someone else expects, thinks or asks a side will do ("I would expect Baku to demand X",
    "analysts believe the ELN will insist on X", "expect Moscow to demand (non-negotiable) X", "Will Israel insist
    on X?"): speculation, no stance of the side's. A side that states its own view ("we believe Armenia must
    withdraw", said by Baku) or wants another to act ("Russia expects Ukraine to accept X": want_verbs) still
    speaks. root: the mention's head; the walk goes up from it to the verbs that govern it."""
    from . import resolve  # (resolve reads clauses: imported here)
    v = doc[cue.start]
    sent = v.sent
    if v.pos_ in {"VERB", "AUX"} and (sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?")):
        subj = next((c for c in v.children if c.dep_ in SUBJ), None)
        if subj is not None and any(a.dep_ == "aux" and a.i < subj.i for a in v.children):
            return True  # "Will Israel insist on X?": asked, not stated
    t = root
    for _ in range(8):
        if t.head.i == t.i or t.dep_ in {"relcl", "advcl", "parataxis", "acl"}:
            return False
        t = t.head
        if t.lemma_.lower() not in R.w.speculating_verbs or t.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((c for c in t.children if c.dep_ in SUBJ), None)
        h = resolve.resolve(R, A, subj, fallback=False) if subj is not None else None
        if h is None or not h.party:
            return True  # "I would expect", "analysts believe": nobody's side
        if holder is not None and h.party == holder.party:
            return False
        return t.lemma_.lower() not in R.w.want_verbs
    return False


def passive_patient(A, doc: Doc, cue, party: str | None) -> bool:
    """ "Hezbollah is required to retreat", "the withdrawal of Russian troops was demanded": a side the subject of a
    passive demanding verb names is the one asked, never the one asking."""
    verb = doc[cue.start]
    if party is None or verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and any((A.tok_actor.get(t.i) or {}).get("party") == party for t in subj.subtree)


def denied_report(R, doc: Doc, cue) -> bool:
    """ "The Kremlin denied a report that Putin had demanded X", "the rebels rejected claims that they had laid down
    terms", "dismissed reports that Moscow would reject a truce": a stance in the content of a report the
    sentence denies (condition_words/report_nouns.txt, denying_verbs.txt) is nobody's."""
    t = doc[cue.start]
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ in {"acl", "ccomp", "relcl"} and t.head.pos_ == "NOUN" and \
                t.head.lemma_.lower() in R.w.report_nouns:
            return t.head.dep_ in {"dobj", "pobj"} and (t.head.head.lemma_.lower() in R.w.denying_verbs or (
                t.head.dep_ == "pobj" and t.head.head.head.lemma_.lower() in R.w.denying_verbs))
        t = t.head
    return False


def demanded_refusal(R, doc: Doc, cue, local: list) -> bool:
    """ "Moscow demands Kyiv's rejection of NATO membership", "NATO's rejection of its membership must be central to
    the guarantees", "the rejection of a membership plan and neutrality are two of several demands": a refusal noun
    that is itself what a side asks for -- the object of a demanding cue, or the subject of "must be ..." or of
    "is one of the demands" -- is the content of that demand, no refusal by its owner. ("Kyiv's rejection of the
    truce angered Moscow", "Kyiv's refusal must end" stay refusals.)"""
    n = next((t for t in doc[cue.start:cue.end] if t.pos_ == "NOUN" and t.lemma_.lower() in R.w.refusal_nouns), None)
    if n is None:
        return False
    while n.dep_ == "conj" and n.head is not n:
        n = n.head
    h = n.head
    if n.dep_ == "dobj":
        return any(c.category == "demand" and c.start <= h.i < c.end for c in local)
    if n.dep_ not in {"nsubj", "nsubjpass"} or h.lemma_ != "be":
        return False
    asks = R.w.asking_nouns | R.w.package_nouns
    return any(a.dep_ == "aux" and a.lower_ in R.w.modals for a in h.children) or any(
        a.dep_ == "attr" and any(x.lower_ in asks for x in a.subtree) for a in h.children)


KIND_DETERMINERS = {"any"}  # ("a truce that ..." often names one: "a ceasefire that was announced")


def kind_refused(doc: Doc, s: int, e: int) -> bool:
    """ "Kyiv rejects any ceasefire that freezes the front line", "will never agree to any ceasefire deal that leaves
    the country under risk": a refused term that a subject relative clause after "any" narrows to a kind ("any ...
    that" + verb) refuses that kind, not the term; a clause that picks one out ("the truce that Moscow proposed",
    "the ceasefire, which ...", "a ceasefire that was announced") does not narrow it."""
    root = mention_root(doc, s, e)
    for n in (root, *doc[root.i + 1:min(root.i + 3, len(doc))]):
        if n.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ in KIND_DETERMINERS
                                       for d in (*n.children, *root.children)):
            continue
        for r in n.children:
            if r.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} and c.i == n.i + 1
                                         for c in r.children):
                return True
    return False

