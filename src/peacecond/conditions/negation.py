"""negation: the scope and the owner of a negation cue (ConText's NEGATED_EXISTENCE, read through the parse).

A negation cue of patterns/stance_cues.jsonl ("negation": true: "not", "never", "no", "must not") negates one
predicate. Its token window reaches what follows it; the parse adds what the predicate's clause holds before it
(a passive subject: "Kosovo's independence will never be recognised", "No limits can be placed on the army") and
its complements after it, up to where another clause opens. Who refuses is the side the negated clause speaks of:
"we will not withdraw" (said by Baku) is Baku's refusal; "Azerbaijan has not withdrawn its troops" (said in
Yerevan) is a fact about another side, no refusal of the speaker's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import facts, holders, resolve
from .commitments import names_term
from .model import NEGATION_WORDS, SUBJ, Cue

# Dependencies that open a clause of their own: the negation's scope ends where one starts.
CLAUSE_DEPS = {"advcl", "relcl", "parataxis", "ccomp", "csubj", "mark", "cc", "conj", "punct", "dep", "prt"}
# The negation's reach through the parse, past its token window (the window stays the floor).
MAX_REACH = 20


def negated(doc: Doc, cue: Cue) -> Token | None:
    """The predicate a negation cue negates: the verb "not" / "never" hangs on, the verb whose subject or object
    "no" determines ("No limits can be placed", "there can be no ceasefire"), else the noun "no" determines."""
    for t in doc[cue.start:cue.end]:
        if t.dep_ == "neg" or (t.lower_ == "never" and t.dep_ == "advmod"):
            if t.head.lower_ == "longer" and t.head.dep_ == "advmod":
                return t.head.head  # "no longer insists": the verb "longer" modifies
            return t.head if t.head.i != t.i else None
        if t.lower_ in {"no", "neither"} and t.dep_ == "det":
            noun = t.head
            if noun.dep_ in SUBJ | {"dobj", "attr"} and noun.head.pos_ in {"VERB", "AUX"}:
                return noun.head
            return noun
    return None


def is_negated(verb: Token) -> bool:
    """ "Israel is not demanding X", "Neither Baku nor Yerevan has agreed to X", "No side has demanded X": the verb
    itself, or its subject, carries the negation."""
    return negated_subject(verb) or any(c.dep_ == "neg" or (c.lower_ == "longer" and any(
        n.dep_ == "neg" for n in c.children)) for c in verb.children)


def denied_object(verb: Token) -> bool:
    """ "The rebels will accept no truce": a "no" on the verb's object denies what the verb would take."""
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in verb.children)


def prohibits(A, tok: Token) -> bool:
    """A demand cue the negation turns into a prohibition: a modal over a negated subject ("No sanctions should be
    lifted") or a negated copula denying a condition its place; the negation cue speaks instead."""
    return (tok.dep_ == "aux" and negated_subject(tok.head)) or denied_condition(A, tok)


def refuses_nothing(R, A, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """A negation cue covering the mention that refuses nothing: it does not reach a mention before it, it
    describes, it waits on a condition, or it states a fact about another side than the holder's."""
    return not reaches(R, doc, cue, s, e) or describes(R, doc, cue) or topic_of_talks(R, doc, s, e) or \
        conditioned(R, A, doc, cue) or content_of_denied(R, doc, cue, s, e) or \
        denies_event(R, doc, cue) or meeting_outcome(R, doc, cue) or \
        others_fact(R, A, doc, cue, holders.holder(R, A, doc, cue, s, e), s)


def content_of_denied(R, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """ "There was no chance that the ceasefire would hold", "no hope that the troops would leave soon": a "no" on
    another noun denies that noun; a clause of its own under it (with a subject) is what the chance or the hope
    would be, judged, not refused; nor does one on a noun of how things stand refuse what its phrase names ("no
    progress on the withdrawal": progress_nouns.txt). ("no chance that we would accept X" is a refusal row of its
    own; "will accept no deal that involves X" refuses what a deal would hold.)"""
    no = next((t for t in doc[cue.start:cue.end] if t.lower_ == "no" and t.dep_ == "det"), None)
    deals = R.w.pact_nouns | R.text_nouns | R.doc_nouns | R.w.talks_nouns
    if no is None or s <= no.head.i < e or no.head.lower_ in deals or no.head.lemma_.lower() in deals:
        return False
    noun = no.head
    if noun.lower_ in R.w.progress_nouns and noun.left_edge.i <= s < noun.right_edge.i + 1:
        return True  # "no progress on the withdrawal", "no sign of a ceasefire": how things stand
    return any(c.dep_ in {"acl", "relcl", "ccomp"} and own_subject(c) and c.left_edge.i <= s < c.right_edge.i + 1
               for c in noun.children)


def topic_of_talks(R, doc: Doc, s: int, e: int) -> bool:
    """ "has not attended the denuclearisation talks", "did not take part in the ceasefire talks": a condition
    that only names what the talks are about (a compound of a talks noun) is not what the negation denies."""
    root = doc[s:e].root
    return root.dep_ == "compound" and root.head.lower_ in R.w.talks_nouns and root.head.i >= e


def denies_event(R, doc: Doc, cue: Cue) -> bool:
    """ "The guerrillas said they had never talked about a truce", "we never raised a withdrawal": a negated verb of
    an event in talks (condition_words/denial_verbs.txt) in a past or perfect tense denies that the event happened;
    it refuses nothing ("will not discuss", "cannot agree to" still refuse)."""
    head = doc[cue.start].head
    if doc[cue.start].lower_ == "no" and head.pos_ == "NOUN" and head.lemma_.lower() in R.w.comment_verbs:
        # "there was no immediate comment from Kyiv on the proposal": silence, as the verb's "has not commented" is
        return True
    v = negated(doc, cue)
    # (a verb of carrying a term out, condition_words/done_verbs.txt, "Russia has not withdrawn its troops", "the
    # EU never lifted its sanctions": likewise what has not happened, no refusal)
    if v is not None and v.pos_ == "VERB" and v.lemma_.lower() in R.w.comment_verbs:
        return True  # "the Kremlin has not commented on the proposal for a ceasefire": silence, in any tense
    if v is None or v.pos_ != "VERB" or v.lemma_.lower() not in R.w.denial_verbs | R.w.done_verbs:
        return False
    auxes = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in R.w.modals or a.lemma_.lower() in {"will", "would", "shall", "can", "could"} for a in auxes):
        return False
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)) or \
        (v.tag_ == "VB" and any(a.lower_ == "did" for a in auxes))


def meeting_outcome(R, doc: Doc, cue: Cue) -> bool:
    """ "The Doha talks did not produce a ceasefire", "the negotiations would not lead to a truce soon": a negated
    verb whose subject is a meeting or talks (condition_words/meeting_nouns.txt) tells what the meeting gave or will
    give; a meeting holds no stance, so nobody refuses anything. A verb of content ("the talks will not include
    Hamas") or an obligation ("the talks must not ...") still sets the terms of the talks: left to the other rules."""
    v = negated(doc, cue)
    if v is None or v.pos_ != "VERB" or v.lemma_.lower() in R.content_verbs:
        return False
    if any(c.dep_ == "aux" and c.lower_ in R.w.modals for c in v.children):
        return False
    return facts.meeting_subject(R, v)


def denied_condition(A, tok: Token) -> bool:
    """ "The demilitarization of our border regions cannot be part of any deal": a negated copula whose subject
    names a condition denies that condition a place in the terms (a side as the subject, "Hamas cannot be part of
    any deal", is who sits at the table: the demand cue keeps it)."""
    if tok.pos_ != "AUX" or tok.dep_ == "aux" or not is_negated(tok):
        return False
    subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
    return subj is not None and any(t.i in A.type_at for t in subj.subtree)


def negated_refusal(R, doc: Doc, cue: Cue) -> bool:
    """ "The army has not rejected the truce", "Neither side has ruled out a ceasefire", "would not rule out talks": a
    refusing verb that is itself negated refuses nothing -- neither the verb's own cue nor the negation on it. Nor
    does one that turns down another ("refused to rule out a truce") or one that a verb of ending takes ("dropped its
    opposition to X", "stopped opposing X")."""
    if cue.rule.get("negation"):
        verb = negated(doc, cue)
        return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in R.w.object_refusing_verbs
    t = next((t for t in doc[cue.start:cue.end] if t.pos_ in {"VERB", "NOUN"}), None)
    if t is None:
        return False
    if t.dep_ in {"xcomp", "dobj", "pcomp"} and t.head.pos_ == "VERB" and t.head.lemma_.lower() in R.w.ending_verbs:
        return True
    if t.pos_ != "VERB":
        return False
    if turns_down(R, t) and ((t.dep_ == "xcomp" and turns_down(R, t.head)) or any(
            c.dep_ == "xcomp" and turns_down(R, c) for c in t.children)):
        return True
    return is_negated(t) and t.lemma_.lower() in R.w.object_refusing_verbs


def turns_down(R, verb: Token) -> bool:
    """A verb of turning_down_verbs.txt; "rule" and "turn" only with their particle ("rule out", "turn down":
    "refused to turn over their arms" turns nothing down)."""
    lemma = verb.lemma_.lower()
    if lemma not in R.w.turning_down_verbs:
        return False
    return lemma not in {"rule", "turn"} or any(c.dep_ == "prt" and c.lower_ in {"out", "down"} for c in verb.children)


def negated_subject(verb: Token) -> bool:
    """ "No sanctions should be lifted", "Neither side has agreed": the verb's subject carries the negation."""
    return any(c.dep_ in SUBJ and (c.lower_ in {"nobody", "none", "neither", "nothing"} or any(
        d.dep_ in {"det", "preconj"} and d.lower_ in {"no", "neither"} for d in c.children)) for c in verb.children)


def own_subject(t: Token) -> bool:
    return any(c.dep_ in SUBJ for c in t.children)


# Words that open an indirect question ("of what guarantees are", "whether Baku recognises X")
WH = {"what", "whether", "if", "how", "why", "when", "where", "who", "whom", "which"}


def indirect_question(t: Token) -> bool:
    """ "Yerevan does not know which guarantees Moscow would give": a clause with its own subject that a
    question word opens asks about its content; a negation outside it refuses none of it."""
    return t.dep_ in {"pcomp", "ccomp", "xcomp", "csubj"} and t.pos_ in {"VERB", "AUX"} and own_subject(t) and \
        t.doc[t.left_edge.i].lower_ in WH


def assent_subject(R, doc: Doc, cue: Cue, fronted: Token | None = None) -> Token | None:
    """ "The withdrawal of our troops is not acceptable", "A ceasefire is not going to happen": the subject of a
    negated predicate of assent or occurrence (condition_words/assent_words.txt), which that negation refuses; not
    in a past tense ("the ceasefire did not happen" reports)."""
    v = fronted if fronted is not None else negated(doc, cue)
    if v is None:
        return None
    pred = v
    if v.lemma_ == "go":  # "is not going to happen"
        pred = next((c for c in v.children if c.dep_ == "xcomp"), v)
    comp = next((c for c in pred.children if c.dep_ in {"acomp", "attr"}), None)
    if comp is None and pred.lemma_ == "be":  # "is not on our agenda / on the table"
        on = next((c for c in pred.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        comp = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    word = (comp if comp is not None else pred).lemma_.lower()
    if word not in R.w.assent_words:
        return None
    # a past tense reports ("the ceasefire did not happen"), but an adjective of assent in reported speech is the
    # speaker's present view, backshifted ("Pashinyan said a withdrawal was not realistic")
    backshifted = comp is not None and comp.pos_ == "ADJ" and v.dep_ == "ccomp" and \
        v.head.lemma_.lower() in R.holder_verbs
    if not backshifted and (v.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" and
                                                   c.lemma_ != "would" for c in v.children)):
        return None
    return next((c for c in v.children if c.dep_ in {"nsubj", "csubj"} and (c.i < cue.start or fronted is not None)),
                None)


def assent_after(R, span: Span) -> bool:
    """ "Under no circumstances is a withdrawal from Donbas acceptable", "In no way is a truce with the RSF
    possible": an adjective of assent the parser, misled by the inversion, hung inside the noun's own phrase after
    it (amod, acl, an object of its preposition) is said of the noun: a negation of the clause refuses it. Not one
    of a conjunct ("not a withdrawal but a regrouping acceptable to Moscow")."""
    root = span.root
    for w in root.subtree:
        if w.i < span.end or w.pos_ != "ADJ" or w.lemma_.lower() not in R.w.assent_words:
            continue
        t, ok = w, True
        for _ in range(8):
            if t.i == root.i:
                break
            ok = ok and t.dep_ not in {"conj", "relcl", "ccomp"}
            t = t.head
        if ok and t.i == root.i:
            return True
    return False


def widen(R, A, cue: Cue, sent: Span) -> None:
    """Widen a negation cue's scope [lo, hi) to the clause of the predicate it negates (never narrower than its
    token window): back to a passive subject or a subject "no" determines, on through the complements up to the
    first clause of its own, a ';' or a comma that does not coordinate."""
    doc = sent.doc
    v = negated(doc, cue)
    if v is None or not (sent.start <= v.i < sent.end):
        return
    for c in v.children:
        if c.i < cue.start and (c.dep_ == "nsubjpass" or
                                (c.dep_ in SUBJ and cue.start >= c.left_edge.i and doc[cue.start].lower_ == "no")):
            cue.lo = min(cue.lo, max(sent.start, c.left_edge.i))
    subj = assent_subject(R, doc, cue)
    if subj is not None:
        cue.lo = min(cue.lo, max(sent.start, subj.left_edge.i))
    hi = cue.hi
    for c in v.children:
        if c.i < cue.end or c.i < v.i:
            continue
        if c.text == "," or c.dep_ == "prt":
            continue  # "will not, under any circumstances, recognise X": an aside between verb and object
        if c.dep_ == "cc" and c.lower_ in {"or", "and"} and any(x.dep_ == "conj" and x.i > c.i for x in v.children):
            continue
        if c.dep_ == "conj" and c.pos_ == "VERB" and not own_subject(c) and (
                any(x.dep_ == "cc" and x.lower_ == "or" and x.i < c.i for x in v.children) or
                not any(x.dep_ in {"aux", "neg"} for x in c.children)):
            # "would not withdraw its troops or end the war": a negation carries over "or" (neither of them), and
            # over "and" to a verb that shares its auxiliary ("will not sit down and negotiate with X"; "will not
            # retreat and will fight on" has its own)
            hi = max(hi, c.right_edge.i + 1)
            continue
        if c.dep_ in CLAUSE_DEPS or (c.pos_ in {"VERB", "AUX"} and own_subject(c)):
            break
        hi = max(hi, c.right_edge.i + 1)
    hi = min(hi, sent.end, cue.end + MAX_REACH)
    for i in range(cue.end, hi):
        t = doc[i]
        if t.i == v.i:
            continue  # the negated predicate itself ("will not, under any circumstances, recognise")
        opens = (t.dep_ in {"relcl", "advcl", "parataxis"} and not terms_clause(R, t)) or (
            t.dep_ in {"ccomp", "conj"} and t.pos_ in {"VERB", "AUX"} and own_subject(t)) or indirect_question(t)
        if t.text in {";", ":"} or (t.text == "," and i >= cue.hi and t.head.i != v.i) or (opens and i >= cue.hi):
            hi = max(cue.hi, t.left_edge.i if opens else i)
            break
    cue.hi = max(cue.hi, hi)
    # an indirect question ends the scope even inside the token window ("does not know which guarantees ...")
    q = next((t for t in doc[cue.end:min(sent.end, cue.hi + MAX_REACH)]
              if indirect_question(t) and cue.end <= t.left_edge.i < cue.hi), None)
    if q is not None:
        cue.hi = q.left_edge.i


# Determiners of a deal refused whatever it is, by what it would hold ("will not sign any agreement that includes X")
ANY_DEAL = {"any", "a", "an", "no"}


def terms_clause(R, t: Token) -> bool:
    """ "would not sign any agreement that included a tribunal", "will accept no deal that involves a pullout": a
    relative clause that says what a deal, a plan or terms refused whatever they are would hold carries the refusal
    to it (content_verbs.txt, not "be" / "have" / "make"); "will not attend the talks, which begin on Monday" does
    not."""
    noun = t.head
    return t.dep_ == "relcl" and t.lemma_.lower() in R.w.content_verbs - {"be", "have", "make"} and \
        noun.pos_ == "NOUN" and (noun.lower_ in R.w.pact_nouns | R.text_nouns or noun.lemma_.lower() in
                                 R.w.pact_nouns | R.text_nouns) and \
        any(c.dep_ == "det" and c.lower_ in ANY_DEAL for c in noun.children)


def conditioned(R, A, doc: Doc, cue: Cue) -> bool:
    """ "Sanctions will not be lifted until Russia withdraws", "no talks before Baku withdraws": the negated clause
    waits on a condition; what it names is the goal of that condition, no refusal (the cue's goal_if_next words
    opening a clause or a phrase of the negated predicate, wherever the mention ends). A clause that names no
    condition type ("will not end the war until Hamas is destroyed") leaves the refusal standing
    (commitments.names_term)."""
    v = negated(doc, cue)
    words = cue.rule.get("goal_if_next") or ()
    return v is not None and any(c.dep_ in {"advcl", "prep"} and (c.lower_ in words or any(
        m.dep_ == "mark" and m.lower_ in words for m in c.children)) and names_term(A, list(c.subtree))
        for c in v.children)


def describes(R, doc: Doc, cue: Cue) -> bool:
    """ "the annexation, a move not recognised by most states": a negated participle describes a noun; no one
    states a stance in it."""
    v = negated(doc, cue)
    if v is None:
        return False
    if v.tag_ == "VBN" and ((v.dep_ == "pcomp" and v.head.lower_ in {"with", "without"}) or
                            any(c.dep_ == "mark" and c.lower_ in {"with", "without"} for c in v.children)):
        return True  # "with the 2013 accords never applied and ...": a circumstance, no one's stance
    if restricting(doc, v) or some_of_many(v) or double_negative(R, v):
        return True
    return v.tag_ == "VBN" and v.dep_ in {"acl", "amod"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in v.children)


def double_negative(R, v: Token) -> bool:
    """ "There is no dispute that cannot be settled through dialogue": a negation in a relative clause on a noun
    that "no" (or a pronoun of condition_words/negative_pronouns.txt: "nothing", "none") already denies says every
    one can; two negations affirm, and refuse nothing.
    ("There can be no deal that does not include X" is a demand row of its own: the negation speaks only here.)"""
    if v.dep_ != "relcl":
        return False
    noun = v.head
    return noun.lower_ in R.w.negative_pronouns or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


QUANTIFIERS = {"most", "many", "some", "several", "few", "other", "dozens", "all"}


def some_of_many(v: Token) -> bool:
    """ "Five EU states do not recognise Kosovo", "Most UN members do not recognise the annexation": a subject that
    counts some of many (a plural common noun with a number or a quantifier) describes who does what; no side
    states a stance ("Serbia does not recognise Kosovo" does)."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS":
        return False
    return any((c.dep_ == "nummod" and c.like_num) or (c.dep_ in {"amod", "det"} and c.lower_ in QUANTIFIERS)
               for c in subj.children) or subj.lower_ in QUANTIFIERS


def restricting(doc: Doc, v: Token) -> bool:
    """ "lobbied the capitals that do not recognise Taiwan": a negation in a restrictive relative clause
    (a "that" / "who" right after its noun, no comma) says which of them are meant, and states no one's stance; "Serbia,
    which does not recognise Kosovo, ..." does. The noun must be a common noun in the plural or with a number or
    "the only"-like determiner: the clause picks some out of many."""
    if v.dep_ != "relcl" or v.head.pos_ != "NOUN":
        return False
    rel = next((c for c in v.children if c.dep_ in SUBJ and c.lower_ in {"that", "who"}), None)
    if rel is None or rel.i == 0 or doc[rel.i - 1].text == ",":
        return False
    return v.head.tag_ == "NNS"


def agent(R, A, doc: Doc, cue: Cue):
    """ "Kosovo's independence will never be recognised by Belgrade": the passive's agent is the side that
    refuses."""
    v = negated(doc, cue)
    if v is None or not any(c.dep_ == "nsubjpass" for c in v.children):
        return None
    for c in v.children:
        if c.dep_ == "agent":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            h = resolve.resolve(R, A, obj, fallback=False) if obj is not None else None
            if h and h.party:
                return h
    return None


def holder(R, A, doc: Doc, cue: Cue, s: int, e: int):
    """Who refuses: a passive's agent ("will never be recognised by Belgrade"), else the cue's holder (the quote's
    speaker, the reporting verb's subject, the document), but never the side the passive subject names ("Russia's
    annexation of Crimea is not recognised by most states": no stance of Russia's, nor of anyone named)."""
    h = agent(R, A, doc, cue)
    if h is not None:
        return h
    h = holders.holder(R, A, doc, cue, s, e)
    v = negated(doc, cue)
    if h is not None and h.party and passive(doc, cue):
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        hs = resolve.resolve(R, A, subj, fallback=False) if subj is not None else None
        if hs is not None and hs.party == h.party:
            return None
    return h


def others_fact(R, A, doc: Doc, cue: Cue, holder, s: int) -> bool:
    """ "Azerbaijan has not withdrawn its troops" (said in Yerevan), "Washington has not lifted the embargo" (said by
    Havana): the negated clause's subject is another side than the one who speaks; it states a fact about that
    side, or predicts its conduct, and refuses nothing of the speaker's. A prohibition ("Kyiv must not cede land",
    said in Brussels) is the speaker's own stance; so is a passive ("... will not be recognised")."""
    if cue.rule.get("holder") != "none" or holder is None or not holder.party:
        return False
    if any(doc[i].lower_ in R.w.modals for i in range(cue.start, cue.end)):
        return False
    v = negated(doc, cue)
    if v is None or v.pos_ not in {"VERB", "AUX"}:
        return False
    subj = next((c for c in v.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is None and v.dep_ == "xcomp":  # "Russia is not going to / does not want to withdraw"
        subj = next((c for c in v.head.children if c.dep_ in SUBJ), None)
    if subj is None or subj.left_edge.i <= s <= subj.right_edge.i:
        return False  # the condition is the subject ("No withdrawal is possible"): the speaker speaks of it
    if subj.lower_ == "they":
        # "They have not withdrawn," Pashinyan said: in a direct quote the speaker's side says "we"; "they" is
        # the other one
        q = resolve.quote_at(R, A, doc, subj.idx, subj.idx + len(subj))
        return q is not None and doc._.pc_quotes[q].get("kind") == "direct"
    h = resolve.resolve(R, A, subj, fallback=False)
    if h is None or not h.party:
        h = resolve.possessor(R, A, subj)  # "Russia's troops have not left"
    return bool(h and h.party and h.party != holder.party and holder.party not in
                {getattr(o, "party", None) for o in h.others})


def reaches(R, doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """A mention before the cue is refused only when it holds the negated predicate ("the annexation ... will not
    be recognised", "sanctions will not be lifted") or is the subject of a predicate of assent ("... is not
    acceptable"); "the truce was not respected by the RSF" states a violation, no refusal of the truce."""
    v, front = negated(doc, cue), None
    if e > cue.start:
        head = phrase_head(doc, cue)
        v = front = head if head is not None and head.i >= cue.end else None
        if v is None or not any(c.dep_ in SUBJ and c.left_edge.i <= s and e <= c.right_edge.i + 1
                                for c in v.children):
            return True
        # "In no way does the truce mean that Hamas has won", "By no means does the withdrawal end the occupation":
        # a negating phrase fronted before an inverted subject negates what is said of that subject, as "not"
        # after it would ("the truce does not mean ..."): read as a mention before the cue
        if any(c.dep_ == "auxpass" for c in v.children):
            return True  # "Under no circumstances will the annexation be recognised"
        if assent_after(R, doc[s:e]):
            return True  # "Under no circumstances is a ceasefire acceptable" ("acceptable" hung on "ceasefire")
    if v is not None and s <= v.i < e:
        return True
    subj = assent_subject(R, doc, cue, front)
    return subj is not None and subj.left_edge.i <= s and e <= subj.right_edge.i + 1


def phrase_head(doc: Doc, cue: Cue) -> Token | None:
    """The predicate a negating phrase of its own ("in no way", "under no circumstances", "by no means") modifies,
    before its subject (subject-auxiliary inversion) or after it; None for any other cue ("not", "never")."""
    if any(t.dep_ == "neg" for t in doc[cue.start:cue.end]):
        return None
    top = next((t for t in doc[cue.start:cue.end] if not cue.start <= t.head.i < cue.end), None)
    for _ in range(3):  # (a bare "no" cue inside the phrase, "By no means": up to the phrase's head)
        if top is None or top.dep_ not in {"det", "pobj"} or top.head.i == top.i:
            break
        top = top.head
    if top is None or top.head.i == top.i or top.dep_ not in {"prep", "advmod", "npadvmod"}:
        return None
    v = top.head
    return v if v.pos_ in {"VERB", "AUX"} and not cue.start <= v.i < cue.end else None


def passive(doc: Doc, cue: Cue) -> bool:
    """ "Kosovo's independence will never be recognised": the cue negates a passive, whatever the mention spans."""
    v = negated(doc, cue)
    return v is not None and v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children)


def in_mention(doc: Doc, cue: Cue, s: int, e: int) -> bool:
    """ "never join NATO", "no NATO bases": the type's own phrase holds the negation; it is what the condition
    says (neutrality), no refusal of it. (A passive's negation, inside "the annexation ... will not be recognised",
    refuses.)"""
    if not any(s <= i < e and (doc[i].dep_ == "neg" or doc[i].lower_ in NEGATION_WORDS)
               for i in range(cue.start, cue.end)):
        return False
    if not passive(doc, cue):
        return True
    # a negated passive refuses the condition only when the condition is what it negates, its subject; "guarantees
    # that the villages would not be attacked" is what the guarantees say
    subjects = [c for c in negated(doc, cue).children if c.dep_ in {"nsubjpass", "nsubj"}]
    return bool(subjects) and not any(c.left_edge.i <= s <= c.right_edge.i for c in subjects)


def as_content(R, cue: Cue) -> Cue | None:
    """The cue read with its negation left to the mention: a prohibition ("must not join NATO") is the modal's
    demand of what the mention says; a plain negation ("will not join NATO") states no stance of its own."""
    if cue.rule.get("prohibition"):
        rule = dict(cue.rule, category="demand", negation=False, prohibition=False)
        return Cue(rule, cue.start, cue.end, cue.lo, cue.hi)
    return None


def refused_trade(R, doc: Doc, at: Token) -> bool:
    """ "Yerevan will not discuss peace in exchange for the return of territories", "Kyiv will never agree to a
    truce in return for ceding land", "refused to disarm in exchange for amnesty": the verb the exchange phrase
    `at` hangs on (through the nouns and prepositions above it) is negated or one of refusal -- the trade is
    turned down, so what it would cost is neither offered nor asked for."""
    t, steps = at.head, 0
    while t.pos_ not in {"VERB", "AUX"} and t.head is not t and steps < 4:
        t, steps = t.head, steps + 1
    while t.dep_ == "xcomp" and t.head is not t and not is_negated(t):
        t = t.head  # "refused to disarm in exchange for ...": the verb that governs the infinitive
    return t.pos_ in {"VERB", "AUX"} and (is_negated(t) or denied_object(t) or t.lemma_.lower() in R.w.refusing_verbs)

