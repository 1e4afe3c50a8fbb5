"""holders: who holds a stance."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from ..extensions import doc_text
from . import continued, facts, clauses, enumerations, lookup, pacts, pairs, plans, resolve, targets, texts
from .narrators import framed_for, fronted_clause_holder, narrative_speaker, narrator
from .model import PRONOUN_PERSON, SUBJ, Cue, Holder, cue_verb, heads

HEADLINE_SOURCE = re.compile(r"\s[-–—]\s+((?:[\w.'’]+\s?){1,4})$")  # "... - Kremlin", "... — Lavrov"


def walk_up(R, A, tok: Token, skip: Token | None = None) -> Holder | None:
    """The subject of the nearest reporting or demanding verb above tok that names a party."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            break
        t = t.head
        if skip is not None and t.i == skip.i:
            continue
        if t.lemma_.lower() in R.holder_verbs and t.pos_ in {"VERB", "AUX", "NOUN"}:
            subj = resolve.subject(R, A, t)
            if subj is not None and outlet(R, subj):
                continue  # "..., Reuters reported": the outlet reports the demand, it does not hold it
            if subj is not None:
                h = resolve.resolve(R, A, subj)
                if h:
                    return h
            if t.pos_ == "NOUN":
                h = resolve.possessor(R, A, t)
                if h:
                    return h
    return None


def outlet(R, subj: Token) -> bool:
    """Is the subject a news outlet ("Reuters", "the Interfax news agency", "The Washington Post")? A common word
    that ends a paper's name counts only as the subject's head ("Iran's Guardian Council" is none)."""
    return subj.lower_ in R.w.outlet_heads or \
        any(t.lower_ in R.w.outlet_words for t in subj.doc[subj.left_edge.i:subj.i + 1])


def cue_holder(R, A, doc: Doc, cue: Cue) -> Holder | None:
    rule = cue.rule["holder"]
    toks = doc[cue.start:cue.end]
    if rule == "subject":
        verb = next((t for t in toks if t.pos_ == "VERB"), None) or \
            next((t for t in toks if t.pos_ == "AUX"), None)
        if verb is not None:
            # "Moscow's demand was rejected by Kyiv": a passive verb's agent acts; its subject is what is acted on
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            obj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            h = resolve.resolve(R, A, obj) if obj is not None else None
            if h and h.party:
                return h
            subj = resolve.subject(R, A, verb)
            if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == verb.i and cue.category == "demand":
                return None  # "Russia was urged to withdraw": the passive's subject is asked, not asking
            if subj is not None:
                # "The Russian memorandum demands ...", "Point seven calls for ...", "It also foresees ...": a
                # text speaks for its owner.
                text = texts.document(R, A, subj)
                if text is not None:
                    return document_owner(R, A, text) or reporter(R, A, doc, verb)
                if subj.lower_ in {"which", "that"} and verb.dep_ == "relcl":
                    h = relative_set_owner(R, A, verb)  # "Moscow's demands for a deal, which include ..."
                    if h and h.party:
                        return h
                return resolve.resolve(R, A, subj) or enumerations.antecedent_owner(R, A, subj)
        noun = next((t for t in toks if t.pos_ in {"NOUN", "PROPN"}), None)
        if noun is not None:
            return resolve.possessor(R, A, noun)
    if rule == "owner":
        return plans.set_holder(R, A, doc[cue.start])
    if rule in ("possessor", "continue"):  # the cue's last noun is its head ("the Tigrayan side's terms": terms)
        noun = next((t for t in reversed(toks) if t.pos_ in {"NOUN", "PROPN"}), None)
        if noun is None:
            # a noun's row read on its verb ("the faction had proposed that ..."): the verb's own subject
            # proposes, not the one who reports it
            h = own_verb_holder(R, A, toks)
            if h:
                return h
        if noun is not None:
            h = resolve.possessor(R, A, noun)
            # "She put forward a five-step plan": the plan's owner, its side from the plan's other mentions
            p = plans.owner(R, A, noun) if not (h and h.party) and plans.is_plan(R, noun) else None
            return p or h or enumerations.antecedent_owner(R, A, noun)
    if rule == "to":
        for t in list(toks) + [toks.root.head]:
            for c in t.children:
                if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"}:
                    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    h = resolve.resolve(R, A, pobj) if pobj is not None else None
                    # "a non-starter for Kyiv" as "unacceptable to Kyiv" ("unacceptable for peace" names no side)
                    if pobj is not None and (c.lower_ == "to" or (h and h.party)):
                        return h
        # "Baku's refusal to meet Yerevan's demands", "Hamas's rejection of the plan": a refusal noun's owner
        # refuses, whoever reports it
        noun = next((t for t in toks if t.pos_ == "NOUN"), None)
        # (a verdict a verb of calling says, "called Hamas's demands delusional", the predicate parsed as a noun the
        # demands' owner possesses, is the caller's; a refusal noun, "called Baku's refusal a mistake", its owner's)
        verb = classifier(R, toks.root) if noun is None or noun.lower_ not in R.w.refusal_nouns else None
        if verb is not None:
            subj = resolve.subject(R, A, verb)
            return resolve.resolve(R, A, subj) if subj is not None else None
        if noun is not None:
            return resolve.possessor(R, A, noun)
    return None


def classifier(R, t: Token) -> Token | None:
    """The verb of classifying that says a dismissive predicate of its object ("Khartoum called the RSF's demand
    for a truce absurd", "Hamas described the call for a truce as unrealistic", the predicate often parsed as an
    adjective of the last noun): who calls the terms so refuses them, not the side whose terms they are. Up from
    the predicate through noun links only, a few steps; None when no such verb governs it."""
    for _ in range(4):
        if t.dep_ not in {"amod", "acomp", "oprd", "xcomp", "ccomp", "pobj", "prep", "dobj", "attr", "appos"} or \
                t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t if t.lemma_.lower() in R.w.classify_verbs else None
    return None


def own_verb_holder(R, A, toks) -> Holder | None:
    """The side of the subject of the finite stance verb among toks ("the RSF had proposed", "Russia proposed the
    following terms:"), a passive's agent first; None when it names no side."""
    verb = next((t for t in toks if t.pos_ == "VERB" and t.dep_ not in {"amod", "acl", "compound"} and
                 t.lemma_.lower() in R.holder_verbs), None)
    if verb is None:
        return None
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    subj = agent if agent is not None else next((c for c in verb.children if c.dep_ in {"nsubj"}), None)
    h = resolve.resolve(R, A, subj) if subj is not None else None
    return h if h and h.party else None


def text_subject(R, A, doc: Doc, cue: Cue) -> bool:
    """Is the subject of the cue's verb a text ("the memorandum demands", "they" for "the proposals")?"""
    verb = cue_verb(doc, cue)
    subj = resolve.subject(R, A, verb) if verb is not None else None
    return subj is not None and texts.document(R, A, subj) is not None


def document_cue(R, A, doc: Doc, cue: Cue) -> bool:
    """The cue's verb has a text for its subject, and the text an owner ("the text of the agreement obliges the
    group to ..." is both sides' deal: no one's demand)."""
    verb = cue_verb(doc, cue)
    subj = resolve.subject(R, A, verb) if verb is not None else None
    text = texts.document(R, A, subj) if subj is not None else None
    h = document_owner(R, A, text) if text is not None else None
    if h is None and subj is not None:  # "Those demands envisaged ...": a set of terms named before, with its owner
        h = enumerations.antecedent_owner(R, A, subj)
    if h is None and subj is not None and subj.lower_ in {"which", "that"} and verb.dep_ == "relcl":
        h = relative_set_owner(R, A, verb)
    if h is None and text is not None:
        h = reporter(R, A, doc, verb)
    return (h is not None and h.party is not None) or (subj is not None and agenda_cue(R, A, doc, verb, subj))


def relative_set_owner(R, A, verb: Token) -> Holder | None:
    """ "Moscow's demands, which include A; B": a relative clause on a set of terms (demands, conditions) is held by
    the set's owner; the parser may hang the clause on the noun of the set's own "for" / "of" phrase ("the rebels'
    demands for a peace deal, which include ..."), where the verb's number names the set (plural "include" is no
    singular deal's). One step up: constant work."""
    noun = verb.head
    if noun.lower_ not in R.set_nouns and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
            not (verb.tag_ == "VBP" and noun.tag_ in {"NNS", "NNPS"}):
        noun = noun.head.head
    if noun.lower_ not in R.set_nouns or (verb.tag_ == "VBZ" and noun.tag_ == "NNS") or \
            (verb.tag_ == "VBP" and noun.tag_ == "NN"):
        return None
    return enumerations.set_owner(R, A, noun)


def agenda_cue(R, A, doc: Doc, verb: Token, subj: Token) -> bool:
    """ "The agenda includes A and B," the envoy of a side said; "the root causes, which X says include A": an
    agenda nobody owns, stated by a side's speaker (a quote's, or the subject of a reporting verb above), is what
    that side puts forward. A mediator (mediator_parties.txt, as for every stance) or a narrator describing it holds
    nothing."""
    noun = subj
    if subj.lower_ in {"which", "that"}:  # the relative clause's noun, across "X says" inside it
        t = verb
        for _ in range(3):
            if t.dep_ == "relcl":
                noun = t.head
                break
            t = t.head
    # "the term 'root causes', which X says include ...": the clause hangs on the word that names the agenda noun
    noun = next((c for c in noun.children if c.dep_ == "appos" and c.lemma_.lower() in R.w.agenda_nouns), noun)
    if noun.lemma_.lower() not in R.w.agenda_nouns or resolve.possessor(R, A, noun) is not None or any(
            c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in noun.children):
        return False
    h = resolve.quote_holder(R, A, doc, doc[verb.i].idx, doc[verb.i].idx + len(verb)) or walk_up(R, A, verb)
    if h is None or h.party is None or h.party in R.w.mediator_parties:
        return False
    # "the agenda Baku drafted / proposed by Baku includes X", said by Yerevan: not Yerevan's ("the root causes,
    # which X says include A": the clause's subject is the speaker himself)
    owner = enumerations.set_owner(R, A, noun)
    return owner is None or owner.party == h.party


def reporter(R, A, doc: Doc, verb: Token) -> Holder | None:
    """ "The ELN said its plan includes a truce", "according to the rebels, the proposal foresees ...": a text the
    story gives no owner speaks for the side that reports what it says: the quote, or the reporting verb whose
    clause it is ("rejected the proposal because it did not include a truce" reports nothing of the text's)."""
    h = resolve.quote_holder(R, A, doc, verb.idx, verb.idx + len(verb.text))
    if h is None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in R.holder_verbs:
        h = walk_up(R, A, verb)
    return h


def document_owner(R, A, text: Token) -> Holder | None:
    """The side a text speaks for: its own owner ("the Russian memorandum", "China's position paper"), else the
    owner of the nearest text the story named with one, before it ("Kyiv's ten-point plan ... Point seven calls
    for"), else after it ("the document foresees ... the American plan")."""
    # the plan this mention names, with the owner its mentions name ("Turkey unveiled a peace plan for Armenia and
    # Azerbaijan. The plan calls for ...": Turkey's, not the sides it is for)
    h = plans.owner(R, A, text) if plans.is_plan(R, text) else None
    if h and h.party:
        return h
    h = resolve.text_owner(R, A, text)
    if h and h.party:
        return h
    doc = text.doc
    at = texts.text_positions(R, A, doc)
    k = bisect_right(at, text.i)
    # the texts a few mentions either side only: a scan of every text noun per part grew with the square of a page
    near = at[max(0, k - plans.LOOKBACK):k][::-1] + at[k:k + plans.LOOKBACK]
    for t in [doc[i] for i in near if i != text.i]:
        h = resolve.resolve(R, A, t, fallback=False)
        if not (h and h.party) and plans.is_plan(R, t):
            h = plans.owner(R, A, t)  # "The RSF handed over a memorandum. Point one calls for": the plan's owner
        if not (h and h.party):
            # "the plan, drafted by Witkoff and Rubio": who issued it
            h = enumerations.set_owner(R, A, t)
        if not (h and h.party) and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in t.children):
            # "Colombia's government published its six-point plan": "its" is the subject of the verb
            subj = resolve.subject(R, A, t.head) if t.head.pos_ in {"VERB", "AUX"} else None
            h = resolve.resolve(R, A, subj) if subj is not None else None
        if h and h.party:
            return h
    return None


def headline_source(R, A, doc: Doc, tok: Token) -> Holder | None:
    """ "Talks possible only with regard to new realities - Kremlin": a line ending in a dash and a short name
    (wire-service headlines) is that actor's statement."""
    src = line_source(A, doc_text(doc), tok.idx)
    if src is None or src[0] <= tok.idx:
        return None
    tail = doc.char_span(src[0], src[1], alignment_mode="expand")
    for t in tail or []:
        info = A.tok_actor.get(t.i)
        if info and info["party"]:
            return Holder(info["name"], info["party"])
        name = A.surname_speaker.get(t.text)
        if name:
            return Holder(name, A.speaker_party[name])
    return None


def line_source(A, text: str, at: int) -> tuple[int, int] | None:
    """The (start, end) chars of the name a headline line ends with (HEADLINE_SOURCE), for the line holding char
    `at`; searched once per line (a page without line breaks is one line, read for every mention on it)."""
    if A.newlines is None:
        A.newlines = [m.start() for m in re.finditer("\n", text)]
    k = bisect_right(A.newlines, at - 1)  # the line breaks before `at`
    a = A.newlines[k - 1] + 1 if k else 0
    if a not in A.line_sources:
        b = A.newlines[k] if k < len(A.newlines) else len(text)
        m = HEADLINE_SOURCE.search(text[a:b].rstrip())
        A.line_sources[a] = None if m is None else (a + m.start(1), a + m.end(1))
    return A.line_sources[a]


def holder(R, A, doc: Doc, cue: Cue, m_start: int, m_end: int) -> Holder | None:
    if cue.rule["holder"] == "continue":
        h = continued.continued_holder(R, A, doc, cue)
        if h:
            return h
    verb = cue_verb(doc, cue) if cue.rule["holder"] == "subject" else None
    if verb is not None and verb.dep_ == "relcl" and any(c.dep_ in SUBJ and c.lower_ in {"which", "that"}
                                                         for c in verb.children):
        h = relative_set_owner(R, A, verb)  # "Moscow's demands for a peace deal, which include ...": no deal's
        if h and h.party:
            return h
    if cue.rule["holder"] == "subject" and pacts.relative_pact(R, A, doc, cue):
        return None  # "the 2022 agreement, which called for X": what a deal says, as "the agreement called for X"
    text = facts.rejected_text(R, A, doc, cue) if cue.rule["holder"] == "subject" else None
    if text is not None:  # "Kyiv dismissed the plan, which calls for X": the plan's owner's, if the text names one
        return resolve.possessor(R, A, text)
    h = cue_holder(R, A, doc, cue) or headline_source(R, A, doc, doc[m_start])
    if h and not h.party and cue.rule["holder"] == "none" and cue.category == "demand":
        h = fronted_clause_holder(R, A, doc, cue) or h  # ("..., a spokesman said": a sideless reporter)
    if h:
        return h
    if cue.rule["holder"] == "subject" and text_subject(R, A, doc, cue):
        # "The problem with the Soviet proposals, U.S. officials say, was that they required ...": a text whose
        # owner the story does not give holds its terms; the side that describes it does not
        return None
    if cue.rule["holder"] == "none":
        h = framed_for(R, A, doc[cue.start].sent)
        if h:
            return h
    if cue.category == "condition_clause":  # "Kyiv refused to negotiate until ...": the main clause's subject
        head = doc[cue.start].head
        main = head.head if head.i >= cue.end else head
        if main.pos_ in {"NOUN", "PROPN"} and main.dep_ in {"dobj", "pobj", "attr"}:
            # "Hamas will accept the deal provided Israel ends the war": the parser hung the marker on the object;
            # the clause conditions the verb that takes it
            main = main.head.head if main.dep_ == "pobj" and main.head.dep_ == "prep" else main.head
        subj = resolve.subject(R, A, main) if main.pos_ in {"VERB", "AUX", "ADJ"} else None
        if subj is not None:
            h = resolve.resolve(R, A, subj)
            if h and h.party:
                return h
    if cue.rule["holder"] == "none" and cue.category == "demand":
        h = fronted_clause_holder(R, A, doc, cue)
        if h:
            return h
    span = doc[m_start:m_end]
    h = quoted_they(R, A, doc[m_start])
    if h is not None:
        return h
    h = resolve.quote_holder(R, A, doc, span.start_char, span.end_char)
    if h and h.party:
        return h
    # A quoted analyst or bystander no side is known for ("he wants that land recognised", said by an analyst)
    # holds the terms only when the sentence names no side that does.
    sideless = h
    # "Kyiv must declare that ...": the verb a modal governs is what the obliged side must do.
    skip = doc[cue.start].head if cue.rule["holder"] == "none" and doc[cue.start].dep_ == "aux" else None
    h = walk_up(R, A, doc[cue.start], skip)
    if h is None and not (cue.category == "reject" and own_subject(doc[cue.start]) is not None):
        # (a refusal whose verb has a subject is that subject's, resolved or not: walking up from what it refuses
        # finds that thing's owner, "the army rejected the RSF's offer of a truce" is no refusal by the RSF)
        h = walk_up(R, A, doc[m_start], skip)
    if h and (h.party or sideless is None):
        return h
    # Headlines and fragments parse badly ("Baku Hints at Deal—but Wants Armenia to Yield ..."):
    # the nearest side named before the cue, unless it is the side that must act.
    # (the plain reading: a noun's doer is no reason to pass over the side named before the cue)
    on = targets.on(R, A, doc, cue, m_start, m_end, doer=False)
    sent = doc[cue.start].sent
    # "Kyiv must declare ...": the subject a modal obliges is the side that must act, never the holder.
    obliged, obliged_phrase = clauses.obliged_parts(R, A, sent)
    # "..., while France and India supply Yerevan with arms, and any peace will require Armenia to ...": a side
    # named in the narrator's aside does not hold the sentence's terms.
    skip = obliged_phrase | {i for a, b in clauses.asides(R, A, sent) if not a <= cue.start <= b for i in range(a, b + 1)}
    modal = cue.category == "demand" and cue.rule["holder"] == "none"
    if modal:
        # "Ukrainian troops, the Russian president said, must be withdrawn", "Ukraine, in the Kremlin's vision,
        # would have to accept ...": the obligation is the speaker's term.
        h = narrator(R, A, sent, obliged)
        if h:
            return h
    own = own_subject(doc[cue.start])
    named = own is not None and (own.lower_ in PRONOUN_PERSON or own.ent_type_ == "PERSON") and \
        own.i not in A.tok_actor and not (resolve.resolve(R, A, own) or Holder(None, None)).party
    made = made_to_hold(R, doc, cue) if cue.category == "reject" else None
    if made is not None:
        # "air raids ordered by the junta left the Karen militia unwilling to disarm": the one made unwilling
        # refuses, whether the story gives its side or not; the causer is no holder
        h = resolve.resolve(R, A, made)
        return h if h and h.party else sideless
    for t in reversed(doc[sent.start:cue.start]):
        if t.i in skip:
            continue
        if t.dep_ in SUBJ:
            h = resolve.resolve(R, A, t)
            # "Russia, he said, would not consider pulling its forces out": who refuses is the side that would act.
            if h and h.party and (h.party != on or cue.category == "reject"):
                return h
    if named:
        # "..., saying he was willing to withdraw troops in exchange for guarantees": the cue's own subject is a
        # person whose side the story does not give; another actor earlier in the sentence ("U.N. resolution
        # 425") is not the one who says it
        return sideless
    for t in reversed(doc[sent.start:cue.start]):
        if t.i in skip or (t.head.lower_ in R.w.relation_nouns and t.dep_ in {"poss", "compound", "amod"}) or \
                resolve.patron(R, A, t) or resolve.posted_to(R, t):
            # ("the Iranian-backed militia demanded": a patron is no holder; nor where an envoy is sent)
            continue
        if cue.category == "condition_clause" and t.dep_ == "dobj":
            continue  # "sanctions to strangle Iraq until it retreats": the side pressed must act, it sets no term
        if t.i in A.tok_actor or (t.lower_ in PRONOUN_PERSON and t.dep_ in SUBJ | {"poss"}) or \
                (t.pos_ == "PROPN" and lookup.demonym(R, A, t)):
            h = resolve.resolve_token(R, A, t)
            if h and h.party and h.party != on:
                return h
    if modal:
        # "Kyiv would also have to notify Moscow ...", after "..., the Russian president said, must be
        # withdrawn": a narrative of obligations continues the terms of the speaker named before it, in this
        # paragraph or the one before.
        return narrative_speaker(R, A, doc, sent) or sideless
    return continued.bare_demands(R, A, doc, cue) or sideless


def quoted_they(R, A, tok: Token) -> Holder | None:
    """ '"They want a full withdrawal," a mediator said': "they" as the subject of the term's verb inside a direct
    quote is a side the speaker talks about (pairs.they: the armed group named before the quote), not the speaker."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    if subj is None or subj.lower_ != "they" or subj.pos_ != "PRON" or verb.lemma_.lower() not in R.wanting_verbs \
            or any(c.dep_ == "aux" and c.lower_ in R.w.modals for c in verb.children):
        return None  # ('"They must withdraw," X said': the side obliged is no holder)
    h = pairs.they(R, A, subj)
    return h if h and h.party else None


def made_to_hold(R, doc: Doc, cue: Cue) -> Token | None:
    """The one a causative verb (causing_verbs.txt) makes hold the refusal: "made the rebels reluctant to ..." (the
    adjective's own subject, as the parser often reads it) or "left the militia unwilling to ..." (the verb's
    object), else None."""
    adj = doc[cue.start]
    if adj.dep_ not in {"ccomp", "xcomp", "oprd", "acomp"} or adj.head.lemma_.lower() not in R.w.causing_verbs:
        return None
    return next((c for c in adj.children if c.dep_ in SUBJ and c.i < adj.i), None) or \
        next((c for c in adj.head.children if c.dep_ == "dobj" and c.i < adj.i), None)


def own_subject(tok: Token) -> Token | None:
    """The subject of the clause a cue stands in ("he was willing to withdraw troops in exchange for ...": "he"),
    up through the predicate's complements, not past a clause of its own."""
    t = tok
    for _ in range(5):
        subj = next((c for c in t.children if c.dep_ in SUBJ), None)
        if subj is not None:
            return subj
        if t.dep_ in {"ccomp", "relcl", "advcl", "parataxis"} or t.head.i == t.i:
            return None
        t = t.head
    return None


def holder_phrase(R, A, doc: Doc, cue: Cue) -> bool:
    """Does the text give the stance a holder at all, if not one with a side? "The summit ordered the rebels to
    withdraw", "a movement calling for a withdrawal", "protesters demand talks": a noun phrase holds it (a record
    with no party still tells the reader someone does). "... until it retreats", "a draft of a security treaty",
    "must withdraw" in narration: nothing names who wants it."""
    toks = doc[cue.start:cue.end]
    verb = next((t for t in toks if t.pos_ == "VERB"), None) or next((t for t in toks if t.pos_ == "AUX"), None)
    if verb is not None and verb.dep_ == "aux":
        verb = verb.head  # "must withdraw": the modal's clause
    if cue.rule["holder"] == "subject" and facts.rejected_text(R, A, doc, cue) is not None:
        return False  # "Kyiv dismissed the plan, which calls for X": no owner named, and the refuser is none
    if verb is not None:
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return not pacts.names_no_holder(R, A, verb.head)  # "a grassroots movement calling for ..."
        if any(c.dep_ == "agent" for c in verb.children):
            return True
        subj = resolve.subject(R, A, verb)
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and not (cue.rule["holder"] == "none" and
                                                                       subj.i in clauses.obliged(R, A, subj.sent)) \
                and not pacts.names_no_holder(R, A, subj) and subj.lemma_.lower() not in R.w.commentator_nouns:
            return True
        # "The army said the fighters must be disbanded": the reporting verb's subject holds it
        t = verb
        for _ in range(12):
            if t.head.i == t.i:
                break
            t = t.head
            if t.lemma_.lower() in R.holder_verbs and t.pos_ in {"VERB", "AUX"}:
                subj = resolve.subject(R, A, t)
                if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                    return subj.lemma_.lower() not in R.w.commentator_nouns  # "..., analysts say": a reading
        return False
    noun = next((t for t in reversed(toks) if t.pos_ in {"NOUN", "PROPN"}), None)
    if noun is None:
        return False
    if any(c.dep_ in {"poss", "compound"} or (c.dep_ == "prep" and c.lower_ in {"by", "from"}) for c in noun.children):
        return True
    # "A dialogue in Singapore ended with calls for a ceasefire": the subject of the clause the noun sits in (not
    # the noun itself: "a draft of a treaty stated that ..." names nobody)
    # (a bound of four steps: "ended with calls for ..." takes two)
    t = next((h for h in heads(noun, 4) if h.pos_ in {"VERB", "AUX"}), None)
    if t is None:
        return False
    subj = next((c for c in t.children if c.dep_ in SUBJ), None)
    return subj is not None and subj.pos_ in {"NOUN", "PROPN"} and \
        not (subj.left_edge.i <= noun.i <= subj.right_edge.i)


GENERIC_TELLERS = {"they", "you", "one", "them"}


def told_by_nobody(R, A, doc: Doc, cue: Cue) -> bool:
    """An obligation told to a side by someone the text leaves unnamed: "it is not serious to tell Armenia that it
    must withdraw", "you cannot tell a country that it must give up its land", "they are telling us that we must
    leave" (said by the side told). The term is the teller's, and no one names the teller: the one quoted only
    reports or mocks it. "The plan tells Hamas that it must disarm" names its teller: not this."""
    first = doc[cue.start]
    verb = first.head if first.dep_ == "aux" else first
    if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB" or verb.head.lemma_.lower() not in R.w.asking_verbs:
        return False
    t = verb.head
    if any(c.dep_ == "neg" for c in t.children):
        return True
    subj = next((c for c in t.children if c.dep_ in SUBJ), None)
    if subj is None and t.dep_ in {"advcl", "acl", "conj"}:
        subj = resolve.subject(R, A, t)  # "Putin, telling Kyiv that it must ...": the participle's controller
    if subj is None:
        return True  # "(it is not serious) to tell Armenia that ..."
    if subj.lower_ not in GENERIC_TELLERS:
        return False
    h = resolve.resolve(R, A, subj, fallback=False)
    return not (h and h.party)


def advised(R, A, doc: Doc, cue: Cue) -> tuple[bool, Holder | None]:
    """ "Kyiv should demand security guarantees before any ceasefire, a military expert said": a demanding verb
    under a modal of obligation is advice to its subject, not its subject's demand. (True, the one who gives the
    advice: the quote's speaker or the reporting verb's subject, None when the text names nobody), else (False,
    None). "We must insist on guarantees," Zelensky said: the adviser is the subject's own side."""
    if cue.category != "demand" or cue.rule["holder"] != "subject":
        return False, None
    verb = cue_verb(doc, cue)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in R.w.modals for c in verb.children) or \
            not any(c.dep_ in SUBJ for c in verb.children):
        return False, None
    h = resolve.quote_holder(R, A, doc, verb.idx, verb.idx + len(verb)) or walk_up(R, A, verb)
    return True, h
