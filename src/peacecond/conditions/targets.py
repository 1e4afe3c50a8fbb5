"""targets: the side that must act (on) and the regions a condition names."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from ..extensions import near
from . import clauses, resolve, texts
from .model import SUBJ, Cue


# what an ultimatum gives: a time, not a side ("gave them a week to")
TIME_NOUNS = {"hour", "day", "week", "month", "minute", "year", "time", "deadline", "chance", "opportunity"}


def doer(R, A, doc: Doc, m_start: int, m_end: int) -> str | None:
    """The side of the subject of the verb a noun mention is the object of ("Ukraine adopt a neutral status"), or of
    the verb an infinitive without a subject of its own hangs from ("Israel wants to withdraw")."""
    root = doc[m_start:m_end].root
    if root.pos_ == "VERB":
        return controller(R, A, root)
    if root.dep_ not in {"dobj", "attr", "oprd"} or root.head.pos_ not in {"VERB", "AUX"} \
            or root.head.lemma_.lower() in R.doerless_verbs:
        # "demanded the demilitarization", "we need the withdrawal of all foreign troops", "made the militia's
        # withdrawal a condition": the demander, not the doer
        return None
    if root.head.lemma_.lower() == "be":  # "Addis Ababa's demand was the disarmament": a copula names no doer
        return None
    subj = next((c for c in root.head.children if c.dep_ in SUBJ), None)
    if subj is not None and (texts.document(R, A, subj) is not None or subj.lower_ in R.text_nouns):
        # "The Israeli proposal foresees the disarmament of Hamas", "Israel's demands include ...": a text does
        # nothing
        return None
    h = resolve.resolve(R, A, subj, fallback=False) if subj is not None else None
    return h.party if h else None


def controller(R, A, verb: Token) -> str | None:
    """ "Israel wants to withdraw from Lebanon", "Iraq sought peace by promising to pull out": a verb without a
    subject of its own, the infinitive of a verb without an object (or a "by" gerund), is done by that verb's
    subject. "asked Kyiv to withdraw" has an object: Kyiv acts, and this says nothing."""
    t = verb
    for _ in range(3):
        if any(c.dep_ in SUBJ for c in t.children):
            return None
        if t.dep_ == "xcomp" and t.head.pos_ in {"VERB", "AUX"}:
            gov = t.head
            if any(c.dep_ in {"dobj", "dative", "iobj"} for c in gov.children):
                return None
            if any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i < t.i for c in gov.children):
                return None  # "called on the separatists to withdraw": the side called on acts, as an object
        elif t.dep_ == "pcomp" and t.head.lower_ == "by" and t.head.head.pos_ in {"VERB", "AUX"}:
            gov = t.head.head
        else:
            return None
        subj = next((c for c in gov.children if c.dep_ in SUBJ), None)
        if subj is not None:
            h = resolve.resolve(R, A, subj, fallback=False)
            return h.party if h else None
        t = gov
    return None


def on(R, A, doc: Doc, cue: Cue | None, m_start: int, m_end: int, kind: str | None = None,
        doer: bool = True) -> str | None:
    """The party that must act: "called on Ukraine to", else the subject of the condition's verb."""
    if cue is not None:
        for t in doc[cue.start:cue.end]:
            if t.lower_ in {"on", "upon"}:
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    h = resolve.resolve(R, A, obj)
                    if h and h.party:
                        return h.party
    # "Russian assets unfrozen by the EU", "lift the sanctions against Moscow": the side that holds the assets or
    # imposed the sanctions must act; the side that benefits, named in the mention, is not it.
    benefit = kind in R.w.benefit_types
    root = clauses.mention_root(doc, m_start, m_end)
    if cue is not None and cue.category == "demand" and cue.rule["holder"] == "none" and not benefit:
        # "Kyiv would also have to notify Moscow that ... NATO": the subject the modal obliges must act.
        first = doc[cue.start]
        verb = first.head if first.dep_ == "aux" else first
        subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if subj is not None and subj.i in clauses.obliged(R, A, first.sent) and \
                verb.left_edge.i <= root.i <= verb.right_edge.i and not (m_start <= subj.i < m_end):
            h = resolve.resolve(R, A, subj, fallback=False)
            if h and h.party:
                return h.party
    if benefit:
        for t in doc[m_start:min(m_end + 4, root.sent.end)]:
            if t.dep_ == "agent" or (t.lower_ == "by" and t.dep_ == "prep"):
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                h = resolve.resolve(R, A, obj) if obj is not None else None
                if h and h.party:
                    return h.party
    t = root
    for _ in range(3):
        # "The army asked the militia to hand back the cities": the one asked acts, not the one asking.
        obj = next((c for c in t.children if c.dep_ in {"dobj"} and t.lemma_ in R.w.asking_verbs), None)
        if obj is not None and t.i != root.i:
            h = resolve.resolve(R, A, obj)
            return h.party if h else None
        if t.i != root.i and t.lemma_.lower() in R.wanting_verbs:
            break  # "Aliyev insisted that Armenia ...": the subject of the demanding verb is its holder
        if t.i != root.i and t.lemma_.lower() == "give":
            # "gave the rebels 48 hours / until Friday to disarm": an ultimatum's receiver acts, not its giver
            got = next((c for c in t.children if c.dep_ == "dative"), None) or next(
                (c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() not in TIME_NOUNS), None)
            if got is not None:
                h = resolve.resolve(R, A, got, fallback=False)
                return h.party if h else None
        subj = max((c for c in t.children if c.dep_ in SUBJ and c.i < m_end), key=lambda c: c.i, default=None)
        if subj is not None and not (benefit and m_start <= subj.i < m_end):
            h = resolve.resolve(R, A, subj)
            return h.party if h else None
        if obj is not None:
            h = resolve.resolve(R, A, obj)
            return h.party if h else None
        if t.pos_ == "NOUN" or t.head.i == t.i:
            break
        t = t.head
    if doer and (root.pos_ in {"NOUN", "PROPN", "ADJ"} or root.dep_ in {"amod", "compound", "pobj"}):
        # "demanded that Ukraine withdraw from NATO talks and agree to a neutral status", "if Ukraine accepted
        # Russia's new territorial realities": the subject of the verb the noun is the object of acts.
        party = object_doer(R, A, root)
        if party:
            return party
    for t in list(doc[m_start:m_end]) + [c for c in root.children]:
        if t.i > 0 and doc[t.i - 1].lower_ == "as":
            continue  # "the regions as Russian territory": the side that gains, not the side that must act
        if benefit and (t.dep_ in {"amod", "pobj"} or t.head.lower_ in {"against", "on", "of"}):
            continue  # "Russian assets", "sanctions against Russia": the side that benefits
        if gains(R, kind, t):
            continue  # "recognition of the Turkish Cypriot state": the side whose state is recognised gains
        party = R.nationalities.get(t.text) or (A.tok_actor.get(t.i) or {}).get("party")
        if party:
            return party
        if t.dep_ == "prep" and t.lower_ in {"of", "by"} and not benefit and not (
                t.lower_ == "of" and kind in R.types and t.head.lower_ in R.types[kind]["gainer_heads"]):
            # ("the sovereignty of Azerbaijan", "the sovereign equality of the Turkish Cypriots": whose statehood
            # it is gains, as "the Azerbaijani state" does; it is not the side that must act)
            for p in t.children:
                for x in own_phrase(p):
                    party = None if gains(R, kind, x) else R.nationalities.get(x.text)
                    if party:
                        return party
    return None


def gains(R, kind: str | None, tok: Token) -> bool:
    """Does tok name the side that gains by the condition, as the modifier of one of the type's gainer_heads?"""
    return kind in R.types and tok.dep_ in {"amod", "compound", "poss"} and \
        tok.head.lower_ in R.types[kind]["gainer_heads"]


def own_phrase(tok: Token) -> list[Token]:
    """The noun phrase a token heads without what is coordinated with it or set beside it: in "the disarmament of
    Hamas, the demilitarisation of Gaza and Israeli security control" the phrase of "Hamas" is "Hamas". A clause that
    describes the noun is not its phrase: in "recognition of the realities enshrined in the Russian constitution" the
    constitution's side is not the side that must recognise."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in {"conj", "appos", "cc", "punct", "acl", "relcl"})
    return sorted(out, key=lambda t: t.i)


def object_doer(R, A, noun: Token) -> str | None:
    """The side of the subject of the verb whose object (direct, or through one preposition) the noun is; None
    when that verb demands, reports or wants (its subject holds the condition, it does not act)."""
    t = noun
    if t.dep_ in {"amod", "compound"} and t.head.i > t.i:
        t = t.head  # "a neutral demilitarized status": the noun the adjective describes
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in {"NOUN", "PROPN"}:
        t = t.head.head  # "accepted the loss of Crimea as Russian territory": what is accepted as that
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in {"to", "on", "upon", "into"}:
        if t.head.i > 0 and t.doc[t.head.i - 1].lower_ == "only":
            return None  # "will return to the table only upon the withdrawal": a condition, not what it does
        t = t.head  # "agree to a neutral status", not "what Baku regards as territorial claims"
    if t.dep_ not in {"dobj", "prep"} or t.head.pos_ not in {"VERB", "AUX"}:
        return None
    v = t.head
    for _ in range(3):
        lemma = v.lemma_.lower()
        if lemma in R.content_verbs:
            return None
        subj = next((c for c in v.children if c.dep_ in SUBJ), None)
        if subj is not None and subj.lower_ in R.text_nouns:
            return None  # "the Ethiopian government's terms include the withdrawal": a text does nothing
        if subj is not None:
            h = resolve.resolve(R, A, subj, fallback=False)
            return h.party if h else None
        if v.dep_ in {"conj", "xcomp"} and v.head.pos_ in {"VERB", "AUX"}:
            v = v.head
            continue
        return None
    return None


def regions_in(R, A, doc: Doc, start_char: int, end_char: int) -> list[str]:
    out: list[str] = []
    for r in near(doc, "pc_regions", start_char, end_char):
        if start_char <= r["start"] and r["end"] <= end_char:
            for rid in R.pats.regions[r["id"]].get("members") or [r["id"]]:
                if rid not in out:
                    out.append(rid)
    return out


def clause_tokens(R, A, doc: Doc, m_start: int, m_end: int, mtype: str | None = None) -> list[Token]:
    # Every token of the mention whose head lies outside it roots part of the clause: in "(would require)
    # Russian troops to leave all occupied land" both "troops" and "leave" hang off "require".
    roots = [t for t in doc[m_start:m_end] if not (m_start <= t.head.i < m_end) or t.head.i == t.i]
    banned: set[int] = set()
    for root in roots:
        for c in root.children:
            if c.dep_ in {"advcl", "ccomp", "parataxis"}:
                banned.update(x.i for x in c.subtree)
            elif c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not same_demand(R, A, root, c, mtype):
                banned.update(x.i for x in c.subtree)
    seen: set[int] = set()
    toks = []
    for root in roots:
        for t in root.subtree:
            if t.i not in banned and t.i not in seen:
                seen.add(t.i)
                toks.append(t)
    return toks + [t for t in doc[m_start:m_end] if t.i not in seen]


def same_demand(R, A, root: Token, conj: Token, mtype: str | None) -> bool:
    """A verb coordinated with the mention's verb in the same form and with no subject of its own continues the
    same demand ("recognise Crimea as Russian and accept the independence of Donetsk and Luhansk", "withdraw its
    troops and restore the 1991 borders, including Crimea"), unless it holds a condition of another type."""
    form = lambda t: "VB" if t.tag_ in {"VB", "VBP", "VBZ"} else t.tag_  # "demands that Russia withdraw": VBP
    if mtype is None or form(conj) != form(root) or root.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in SUBJ for c in conj.children):
        return False
    return not any(A.type_at.get(t.i, {mtype}) - {mtype} for t in conj.subtree)


def regions(R, A, doc: Doc, m_start: int, m_end: int, multi_sents: list[tuple[int, list[str]]],
             mtype: str | None = None) -> list[str]:
    toks = clause_tokens(R, A, doc, m_start, m_end, mtype)
    ids = {t.i for t in toks}
    named: list[str] = []
    for i in sorted(ids):  # (a lookup a clause token, not a pass over the article's regions)
        for rid in A.region_at.get(i, ()):
            if rid not in named:
                named.append(rid)
    for i in sorted(ids):
        for rid in A.anaphor_fixed.get(i, ()):
            if rid not in named:
                named.append(rid)
    refs = [A.anaphor_starts[i] for i in sorted(ids) if i in A.anaphor_starts]
    # "Crimea and Sevastopol, along with the four regions, ...": a phrase that counts its regions adds them even
    # when the clause names others; an uncounted one ("these territories") only stands in for a missing list.
    if refs and (len(named) < 2 or refs[0] is not None):
        count = refs[0]
        here = doc[m_start].sent.start_char
        fits = lambda regs: count is None or len(regs) == count
        before, after = fitting(A, multi_sents, count, here)
        if A.every_region is None:
            A.every_region = regions_in(R, A, doc, 0, doc[-1].idx + len(doc[-1].text_with_ws))  # not len(doc.text)
        every = A.every_region
        pick = before or after or (every if fits(every) else [])
        for rid in pick:
            if rid not in named:
                named.append(rid)
    return named


def fitting(A, multi_sents: list, count: int | None, here: int) -> tuple[list, list]:
    """The regions of the last sentence before `here` and of the first after it that name `count` regions (any
    number for None): by bisection in the sentences that fit, grouped once an article by their count."""
    by_count = A.multi_by_count
    if count not in by_count:
        rows = [(at, regs) for at, regs in multi_sents if count is None or len(regs) == count]
        by_count[count] = ([at for at, _ in rows], [regs for _, regs in rows])
    starts, regs = by_count[count]
    k = bisect_left(starts, here)
    j = bisect_right(starts, here)
    return (regs[k - 1] if k else []), (regs[j] if j < len(regs) else [])


def multi_region_sentences(R, A, doc: Doc) -> list[tuple[int, list[str]]]:
    """(start char, region ids) of each sentence naming two regions or more: what "these regions" stands for."""
    out = []
    for sent in A.sents:
        regs = regions_in(R, A, doc, sent.start_char, sent.end_char)
        if len(regs) >= 2:
            out.append((sent.start_char, regs))
    return out
