"""pairs: the sides a plural subject stands for: "both sides", "the two countries", "each side", "the two leaders"
(the pair the story joined last) and "they" / "their" (the plural or group subject before it)."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from ..extensions import keyed
from . import armed, lookup, resolve
from .model import SUBJ, Holder

PLURAL_PRONOUNS = {"they", "their"}
PAIR_REACH = 3  # sentences before a "both sides" its pair may be named in (the headline besides)
PAIR_JOINS = {"-", "–", "—", "/"}  # "Israel - Hamas talks", "Israeli-Palestinian", "Azerbaijan–Armenia"


def counted_pair(R, tok: Token) -> bool:
    """Does a noun stand for two sides: "both sides", "both leaders", "the two countries", "the warring parties",
    "both" as a subject?"""
    if tok.lower_ == "both":
        return tok.dep_ in SUBJ and tok.pos_ in {"PRON", "DET", "NOUN"}
    if tok.tag_ == "NN" and tok.lower_ in R.w.pair_nouns:  # "each side demanded", "either party"
        return any(d.lower_ in {"each", "either"} and d.dep_ == "det" for d in tok.children)
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(d.lower_ == "both" and d.dep_ in {"det", "predet", "preconj"} for d in tok.children):
        return True
    return (tok.lower_ in R.w.pair_nouns or person_noun(R, tok)) and \
        any((c.dep_ == "nummod" and c.lower_ in {"two", "2"}) or (c.dep_ == "amod" and c.lower_ == "warring")
            for c in tok.children)


def person_noun(R, tok: Token) -> bool:
    """A noun for people who hold a post ("leaders", "ministers", "presidents")."""
    lemma = tok.lemma_.lower()
    return lemma in R.w.role_nouns or lemma in R.w.leader_nouns


def side_at(R, A, t: Token) -> Holder | None:
    """The side one token names: an actor there (not a place where something happens) or a demonym."""
    info = A.tok_actor.get(t.i)
    if info and info["party"]:
        return None if lookup.place_object(R, A, t) else Holder(info["name"], info["party"])
    party = lookup.demonym(R, A, t) if t.pos_ in {"PROPN", "ADJ", "NOUN"} and t.is_title else None
    if party:
        return Holder(None, party)
    # "Sudan army - RSF talks", "the Ukrainian delegation and Russia's": a side's own body by its modifiers
    return resolve.modifier_side(R, A, t) if t.pos_ == "NOUN" and t.lower_ in R.side_heads else None


def pair_in(R, A, doc: Doc, lo: int, hi: int) -> Holder | None:
    """The last two sides joined in tokens [lo, hi): coordinated ("Armenia and Azerbaijan", "between Kinshasa
    and the M23", "the Armenian and Azerbaijani leaders") or set side by side by a dash ("Israel - Hamas talks",
    "Israeli-Palestinian")."""
    for i in range(hi - 1, lo - 1, -1):
        t = doc[i]
        second = side_at(R, A, t)
        if second is None:
            continue
        first = None
        if t.dep_ == "conj" and lo <= t.head.i < i:
            first = side_at(R, A, t.head)
        if first is None and i - 2 >= lo and doc[i - 1].text in PAIR_JOINS:
            first = side_at(R, A, doc[i - 2])
            if first is None and i - 3 >= lo and doc[i - 2].lower_ in R.side_heads:
                first = side_at(R, A, doc[i - 3])  # "Sudan army - RSF talks", however a headline parses
        if first is not None and first.party != second.party:
            first.others.append(second)
            return first
    return None


def pair(R, A, tok: Token) -> Holder | None:
    """The two sides "both sides" stands for: the pair its own sentence joined before it ("a meeting between
    Tshisekedi and Kagame, where both leaders called for ..."), else the one the story joined last in the
    PAIR_REACH sentences before, else the one the headline names ("Israel - Hamas talks resume")."""
    doc = tok.doc
    k = bisect_right(A.sent_starts, tok.i) - 1
    h = pair_in(R, A, doc, tok.sent.start, tok.i)
    if h is None and person_noun(R, tok):
        # "Pashinyan met Aliyev in Abu Dhabi. The two leaders called for ...": the last two people named
        h = people_pair(A, tok, A.sents[max(0, k - PAIR_REACH)].start)
    for j in range(k - 1, max(-1, k - 1 - PAIR_REACH), -1):
        if h is not None:
            break
        h = pair_in(R, A, doc, A.sents[j].start, A.sents[j].end)
    if h is None and k > PAIR_REACH:
        h = pair_in(R, A, doc, A.sents[0].start, A.sents[0].end)
    if h is None:
        # "Ukraine's president met the Russian negotiators in Istanbul. Each side demanded ...": the two sides, and
        # only two, that the sentence before and this one up to it name
        h = two_named(R, A, doc, A.sents[max(0, k - 1)].start, tok.i)
    return h


def two_named(R, A, doc: Doc, lo: int, hi: int) -> Holder | None:
    """The sides named in tokens [lo, hi) when they are exactly two; not one that reports or announces ("China said
    it had brokered a truce between Myanmar's army and the alliance": a subject of a speech verb)."""
    got: list[Holder] = []
    for i in range(lo, hi):
        t = doc[i]
        subj = t if t.dep_ in SUBJ else t.head if t.dep_ in {"compound", "poss", "amod"} and t.head.dep_ in SUBJ \
            else None
        if subj is not None and subj.head.lemma_.lower() in R.holder_verbs:
            continue
        h = side_at(R, A, t)
        if h is not None and all(h.party != g.party for g in got):
            got.append(h)
            if len(got) > 2:
                return None
    if len(got) != 2:
        return None
    got[0].others.append(got[1])
    return got[0]


def people_pair(A, tok: Token, lo: int) -> Holder | None:
    """The sides of the last two people named from token lo up to tok, when the story gives them two sides."""
    got: list[dict] = []
    for at, info, _ in resolve.persons_before(A, tok.i):
        if at < lo or len(got) == 2:
            break
        if all(info["name"] != g["name"] for g in got):
            got.append(info)
    if len(got) < 2 or not got[0]["party"] or not got[1]["party"] or got[0]["party"] == got[1]["party"]:
        return None
    h = Holder(got[1]["name"], got[1]["party"])
    h.others.append(Holder(got[0]["name"], got[0]["party"]))
    return h


THEY_DEPTH = 8  # "they"s a "they" may stand on, resolved before it ("Their leaders ... Their envoys ...")


def they(R, A, tok: Token) -> Holder | None:
    """ "They" / "their" as a side, once per token. "Hamas demanded ... Their leaders demanded ... Their leaders
    ...": each "their" stands on the subject before it, whose own "their" stands on the one before that; asked in
    text order each is one step on the answers already kept, asked out of order the chain stops THEY_DEPTH steps
    back (no recursion through the whole article: its cost would grow with its square, its depth past Python's)."""
    if tok.i in A.they_memo:
        h = A.they_memo[tok.i]
        return Holder(h.name, h.party, list(h.others)) if h is not None else None
    if not A.sents:  # asked while the actors are indexed: no sentences yet, nothing kept
        return they_of(R, A, tok)
    if A.they_depth >= THEY_DEPTH:
        A.they_cuts += 1
        return None
    cuts = A.they_cuts
    A.they_depth += 1
    try:
        h = they_of(R, A, tok)
    finally:
        A.they_depth -= 1
    if A.they_cuts == cuts:  # an answer the depth cut short is not kept: asked again in order, it goes further
        A.they_memo[tok.i] = h
    return Holder(h.name, h.party, list(h.others)) if h is not None else None


def they_of(R, A, tok: Token) -> Holder | None:
    """ "They" as a side: the side of the statement the quotes read with it as its speaker; else the plural
    subject of this or the sentence before ("The Taliban seized Kabul. They demanded ...", "Armenia and
    Azerbaijan met. They agreed"), or the armed group named there; never one country or one person. In a direct
    quote "they" is someone other than the one quoted: only an armed group named before the quote, of another side."""
    doc = tok.doc
    for q in keyed(doc, "pc_quotes", "cue_start").get(tok.head.idx, ()):
        if q.get("party"):
            return Holder(q.get("speaker"), q["party"])
    quoted = resolve.quote_at(R, A, doc, tok.idx, tok.idx + len(tok))
    q = doc._.pc_quotes[quoted] if quoted is not None else {}
    if not A.sents:
        return None
    k = bisect_right(A.sent_starts, tok.i) - 1
    lo = A.sents[max(0, k - 1)].start
    if q.get("kind") == "direct":
        # '"They want a full withdrawal," a mediator said': the armed group the story named just before the quote,
        # never the one quoted (nor their side)
        found = armed.org_since(A, tok.i, lo)
        if found is not None and doc[found[0]].idx < q["start"] and found[1]["party"] != q.get("party"):
            return Holder(found[1]["name"], found[1]["party"])
        return None
    for t in reversed(doc[lo:tok.i]):
        if t.dep_ not in SUBJ or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        info = A.tok_actor.get(t.i)
        if t.conjuncts or t.tag_ in {"NNS", "NNPS"} or (info and info.get("kind") == "org"):
            h = resolve.resolve(R, A, t)
            if h and h.party and (t.conjuncts or (info or {}).get("kind") != "person"):
                return h
            if t.tag_ in {"NNS", "NNPS"}:
                return None  # "World leaders met ... They warned": people of no side
    found = armed.org_since(A, tok.i, lo)
    return Holder(found[1]["name"], found[1]["party"]) if found is not None else None
