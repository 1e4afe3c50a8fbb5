"""resolve: the party a token stands for (an actor, a pronoun, a nationality word, a text and its owner)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice

from spacy.tokens import Doc, Token

from ..extensions import keyed, near, near_index
from . import lookup, pairs
from .armed import actors_before, armed_word, group_near, group_owned, org_before
from .collectives import collective, force_state, last_any_government, said_by_collective, sole_state
from .clauses import list_end
from .facts import refusing_verb
from .model import PRONOUN_PERSON, PRONOUN_SPEAKER, RELATIVE, SUBJ, Holder
from .texts import positions


def quote_at(R, A, doc: Doc, start_char: int, end_char: int) -> int | None:
    """Index of the narrowest quote holding the span."""
    best = None
    for i in near_index(doc, "pc_quotes", start_char, end_char):  # the quotes there, not all of them
        q = doc._.pc_quotes[i]
        if q["start"] <= start_char and end_char <= q["end"]:
            if best is None or q["end"] - q["start"] < doc._.pc_quotes[best]["end"] - doc._.pc_quotes[best]["start"]:
                best = i
    return best


def obliged_cue(R, A, doc: Doc, q: dict) -> bool:
    """ "Kyiv must declare that ...": a speech verb under a modal reports nothing said, it is the demand."""
    if q.get("cue_start") is None or q.get("cue_end") is None:
        return False
    span = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")
    return span is not None and any(a.dep_ == "aux" and a.lower_ in R.w.modals for a in span.root.children)


def outlet_name(R, name: str) -> bool:
    """A speaker's name that is a news outlet's ("Reuters", "The Washington Post"; not "the Guardian Council")."""
    words = name.lower().split()
    return bool(R.w.outlet_words.intersection(words)) or bool(words and words[-1] in R.w.outlet_heads)


def quote_holder(R, A, doc: Doc, start_char: int, end_char: int) -> Holder | None:
    # "..., Reuters reported": an outlet reports what it quotes, it holds none of it
    cands = [q for q in near(doc, "pc_quotes", start_char, end_char)
             if q["start"] <= start_char and end_char <= q["end"]
             and (q.get("party") or q.get("speaker")) and not obliged_cue(R, A, doc, q)
             and not outlet_name(R, q.get("speaker") or "") and not venue_text(R, A, doc, q)]
    if not cands:
        return None
    q = min(cands, key=lambda q: q["end"] - q["start"])
    h = said_by_collective(R, A, doc, q)
    if h is not None:  # "the Belarusian opposition said ...": the side the description stands for, not the state
        return h
    speaker = q.get("speaker") or ""
    # "India's foreign secretary said ...", spoken for by "India": a country the gazetteer does not list
    # the speaker's side as the holder stage settled it (actors.py may correct a title's demonym) first
    party = A.speaker_party.get(speaker) or q.get("party") or \
        (lookup.country(R, A, speaker) if q.get("speaker_kind") != "person" and speaker[:1].isupper() else None)
    return Holder(q.get("speaker"), party)


def venue_text(R, A, doc: Doc, q: dict) -> bool:
    """ "The Lusaka protocol demands ...": a statement whose subject is a text named after the capital where it was
    signed speaks for no state there (the quotes may give it the capital's)."""
    if q.get("speaker_kind") == "person" or q.get("cue_start") is None:
        return False
    span = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")
    verb = span.root if span is not None and len(span) else None
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None) if verb is not None else None
    return subj is not None and subj.lemma_.lower() in R.w.venue_nouns and \
        any(lookup.place_object(R, A, c) for c in subj.children if c.dep_ in {"compound", "amod", "nmod"})


def titled(doc: Doc, start: int, word: str) -> bool:
    """Does a title written right before the name at start hold word ("US secretary of state Antony Blinken")?"""
    lo = max(doc[start].sent.start, start - 5)
    return any(t.lower_ == word for t in doc[lo:start])


def persons_before(A, i: int):
    """The persons named before token i, latest first (by bisection: a pronoun costs what it reads, not a scan)."""
    at = bisect_left(A.persons, i, key=lambda x: x[0])
    return (A.persons[k] for k in range(at - 1, -1, -1))




def resolve(R, A, tok: Token, fallback: bool = True) -> Holder | None:
    """The party a (subject) token stands for: an actor, a pronoun, a nationality word."""
    doc = tok.doc
    low = tok.lower_
    if low in PRONOUN_PERSON:
        verb = tok.head
        for q in keyed(doc, "pc_quotes", "cue_start").get(verb.idx, ()):
            if q.get("speaker") and q.get("party"):
                return Holder(q["speaker"], q["party"])
        # "He is asking Ukraine to surrender territory," said analyst Natalia Sorokina: inside a direct quote, "he"
        # is someone other than the one quoted (in reported speech, "Putin suggested that he would", it is not).
        quoted = quote_at(R, A, doc, tok.idx, tok.idx + len(tok))
        q = doc._.pc_quotes[quoted] if quoted is not None else {}
        speaker = (q.get("speaker") if q.get("kind") == "direct" else None) or ""
        # The persons named before, latest first (A.persons is in text order: found by bisection, not a scan).
        prev = (x for x in persons_before(A, tok.i) if x[1]["name"] != speaker)
        pick = next(prev, None)
        if pick is None:
            return None
        # Named earlier in the same sentence ("Before Putin ordered ..., he demanded"): that person;
        # else the last person the story made a subject ("Trump relayed ... to Zelensky. He urged").
        if pick[0] < tok.sent.start and not pick[2]:
            pick = next((x for x in prev if x[2]), pick)
        return Holder(pick[1]["name"], pick[1]["party"]) if pick else None
    if pairs.counted_pair(R, tok) and modifier_side(R, A, tok) is None:
        # "Both sides agreed to a truce", "the two countries demanded": the pair the story named last, never the
        # one who reports it; none named, nobody the text names (a holder with no side stops the fallbacks). A
        # noun its own words give a side ("both Ukrainian and European representatives") is read as before.
        return pairs.pair(R, A, tok) or Holder(None, None)
    if low in pairs.PLURAL_PRONOUNS and tok.pos_ == "PRON":
        return pairs.they(R, A, tok)
    if low in PRONOUN_SPEAKER and tok.text != "US":  # "The US has called for ...": the country, not "us"
        # in a quote, its speaker; in a transcript's turn ("Rustem Umerov: ... We need ..."), the turn's
        # speaker: the quotes component gives turns as statements (turns.py)
        return quote_holder(R, A, doc, tok.idx, tok.idx + len(tok))
    # "Erdogan, who urged both delegations to ...": the relative pronoun stands for the noun it modifies.
    if low in RELATIVE and tok.dep_ in SUBJ and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
        return resolve(R, A, tok.head.head, fallback)
    if low in {"it", "they"} and tok.dep_ in SUBJ:
        h = pledger(R, A, tok)
        if h is not None:
            return h
    # "In the same statement it repeated that ...": the institution that last spoke.
    if low == "it" and tok.dep_ in SUBJ and tok.head.lemma_.lower() in R.holder_verbs:
        # (else, "the position of the army's team, which it set out": the body its own sentence named last)
        return recent_institution(R, A, tok) or body_before(R, A, tok)
    # "the opposition", "the Front": the side the article names with that word (collectives.py)
    h = collective(R, A, tok)
    if h is not None:
        return h
    banned: set[int] = set()
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ in {"relcl", "acl", "appos", "advcl", "ccomp"}:
            banned.update(x.i for x in t.subtree)
        # "the movement's representative to Russia": where a post is sent (posted_titles.txt) is not its side
        if posted_to(R, t):
            banned.update(x.i for x in t.subtree)
        # "Ukraine's allies want ...": the side a relation noun hangs off is not the one speaking
        if t.head.lower_ in R.w.relation_nouns and t.dep_ in {"poss", "compound", "amod"} and t.head.i != t.i:
            banned.update(x.i for x in t.subtree)
    toks = [t for t in tok.subtree if t.i not in banned and not patron(R, A, t)]
    # "Colombia's last active guerrilla group, the National Liberation Army (ELN), said": a common-noun head
    # is named by its apposition, not by the country that modifies it.
    if tok.i not in A.tok_actor:
        for c in tok.children:
            if c.dep_ != "appos":
                continue
            # (a plural apposition is a collective: "its allies, the loyalists of former President Saleh", the
            # person its phrase names is whom they follow; "the fighters of the RSF" are the group's)
            plural = c.tag_ in {"NNS", "NNPS"}
            follow = {t.i for p in c.children if plural and p.dep_ == "prep" and p.i > c.i for t in p.subtree}
            for t in c.subtree:
                info = A.tok_actor.get(t.i)
                if info and info["party"] and info.get("kind") in {"org", "person"} and \
                        not (t.i in follow and info.get("kind") == "person"):
                    return Holder(info["name"], info["party"])
    # "the Yemeni rebels", "Colombian guerrillas": where the group fights, not whose side (SideWords.where_only; not
    # a conjunct's word: "the Ethiopian government and the Oromo rebels" is no group's government)
    conjunct = {x.i for c in tok.children if c.dep_ == "conj" for x in c.subtree}
    armed = R.sides.where_only(tok, [t for t in toks if t.i not in conjunct])
    definite = any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in tok.children)
    # "Hezbollah fired ... The Lebanese group demanded": a nationality beside a group word is where the group is
    # (only with such a group named in this sentence or the one before: else "the Ukrainian group" a state sent)
    armed = armed or (definite and tok.lower_ in R.w.movement_nouns and group_near(R, A, tok) and
                      not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))  # ("group of envoys")
    where = False
    # The head itself first ("Kyiv has refused"), then its own modifiers, actors before nationality words; a phrase
    # after a preposition only then: "the Armenian delegation to the talks with Baku" is Armenia's, "the government
    # in Kyiv" (no modifier of its own names a side) still Kyiv's.
    # ... and, for a head that names a body ("the Yemeni government and the Houthis": Yemen's, the Houthis beside
    # it), a conjunct's last (with_conjuncts adds the sides the conjuncts of a named head name: "Russia and Belarus";
    # "Russian territory and Kyiv's status" names no body: read as one phrase, as before)
    in_prep = {x.i for c in tok.children if c.dep_ == "prep" for x in c.subtree}
    body = low in R.w.gov_nouns or low in R.w.side_nouns or low in R.w.group_nouns or low in R.w.state_force_nouns
    after = conjunct if body else set()
    last = [t for t in toks if t.i in after]
    for part in ([t for t in toks if t.i not in in_prep and t.i not in after],
                 [t for t in toks if t.i in in_prep and t.i not in after], last):
        done, h, where = named_side(R, A, tok, part, armed, where)
        if done:
            if h and h.party and last and part is not last:  # ("... and the Houthis agreed": both hold it)
                _, other, _ = named_side(R, A, tok, last, armed, where)
                if other and other.party and other.party not in {h.party} | {o.party for o in h.others}:
                    h.others.append(Holder(other.name, other.party))
            return h
    for t in toks if A.sides is not None else ():
        if t.lower_ in R.w.group_nouns and t.i not in conjunct:
            # "the Tigray rebel group": the body the article names by that word
            body = next((b for c in t.children if c.dep_ in {"compound", "amod", "nmod"} and c.is_title
                         and c.i not in A.tok_actor and (b := A.sides.named_body(c.text))),
                        None)
            if body is not None:
                return Holder(*body)
    if tok.ent_type_ == "PERSON" and tok.i not in A.tok_actor and A.sides is not None:
        # "X, the Belarusian opposition leader, demanded": a person nobody quoted takes the side the article gives
        # them, as a speaker does (sides.py)
        named = A.sides.of_token(tok)
        if named is not None:
            return Holder(*named)
    if not fallback:
        return None
    if definite and any(c.dep_ in {"amod", "compound"} and c.lower_ in R.w.group_nouns for c in tok.children):
        # "the rebel authorities", "the guerrilla leadership": an armed group's own body, before "authorities"
        # is read as a government's
        prev = org_before(A, tok.i)
        if prev:
            return Holder(prev["name"], prev["party"])
    for t in toks:
        if t.lower_ in R.w.gov_nouns or (t.i == tok.i and t.lower_ in R.w.plan_nouns):
            # ("the government negotiator", "the government's chief negotiator": the one state of the story)
            h = last_government(R, A, t) or (t.dep_ in {"compound", "poss"} and t.head.i == tok.i and
                                             sole_state(R, A, t))
            if h:
                return h
        if t.lower_ in R.w.state_force_nouns and t.dep_ in {"compound", "poss", "amod"} and t.head.i == tok.i and \
                not any(c.dep_ in OWN_MODS for c in t.children) and \
                not any(c.dep_ == "poss" and c.i != t.i for c in tok.children):
            # "the army chief", "a military spokesman", "the junta's envoy" (not "the rebels' military chief")
            h = force_state(R, A, t)
            if h:
                return h
    if definite and tok.lower_ in R.w.home_gov_nouns and A.sides is not None and \
            not any(c.dep_ in {"amod", "compound", "poss", "prep", "nmod"} for c in tok.children):
        # "KHARTOUM (Reuters) - The government demanded ...": a home outlet's bare "the government", before any
        # other is named, is the one of the state it is datelined from
        home = A.sides.home()
        if home:
            return Holder(None, home)
    if definite and tok.lower_ in R.w.gov_nouns and \
            not any(c.dep_ in {"amod", "compound", "poss", "prep", "nmod"} for c in tok.children):
        # "The Ethiopian government ... The authorities demanded": the state last named with any government word,
        # else the one state the story has named so far
        h = last_any_government(R, A, tok) or sole_state(R, A, tok)
        if h:
            return h
    if definite and tok.lower_ in R.w.state_force_nouns and not any(c.dep_ in OWN_MODS for c in tok.children):
        h = force_state(R, A, tok)  # "The RSF seized Wad Madani. The army rejected a truce": the story's state
        if h:
            return h
    name = A.surname_speaker.get(tok.text)
    if name:
        return Holder(name, A.speaker_party[name])
    # (an armed or movement word, or another group word with such a group named just before: "the head of the
    # delegation" a state sent is no armed group's)
    if (definite and armed_word(R, A, tok)) or group_owned(R, A, tok):
        # (also "the rebels' leader", "a spokesman for the group": a person of the armed group named last)
        prev = org_before(A, tok.i)
        if prev:
            return Holder(prev["name"], prev["party"])
    kinds = R.state_anaphors.get(tok.lower_)
    if definite and kinds:
        # "The kingdom also wants the Houthis to ...", "the bloc's foreign ministers": the last state (or body)
        # of that kind the story named.
        for i in actors_before(A, tok.i):
            info = A.tok_actor[i]
            if info["party"] and (info.get("kind") in kinds or (kinds == {"org"} and
                                                                info["party"] in R.w.intergovernmental)):
                if kinds != {"org"} or info["party"] in R.w.intergovernmental:
                    return Holder(info["name"], info["party"])
    if definite and tok.lower_ in R.w.role_nouns:
        # "a call between US secretary of state X and prime minister Y, in which the secretary asked for ...": the
        # person the story gave that title, before the last one it made a subject
        pick = next((x for x in islice(persons_before(A, tok.i), 6) if titled(doc, x[0], tok.lower_)), None) or \
            next((x for x in persons_before(A, tok.i) if x[2]), None)
        if pick is not None:
            return Holder(pick[1]["name"], pick[1]["party"])
    # an armed group of a place the story names by no side of its own: a holder with no side, not the state's
    return Holder(None, None) if where else None


OWN_MODS = {"amod", "compound", "poss", "prep", "nmod"}  # words of a noun's own that name whose it is


def named_side(R, A, tok: Token, toks: list, armed: bool, where: bool) -> tuple[bool, Holder | None, bool]:
    """Whether these words of a phrase headed by tok settle its side, the side (an actor first, the head before its
    modifiers, then a nationality word or a possessive pronoun), and whether a state among them only says where an
    armed group is."""
    for t in sorted(toks, key=lambda t: (t.i != tok.i, t.i)):
        info = A.tok_actor.get(t.i)
        if info and info["party"] and not lookup.place_object(R, A, t):
            if armed and t.i != tok.i and info.get("kind") == "place":
                where = True
                continue
            if possessed_side(A, t, info) and t.i + 2 in {x.i for x in toks}:
                continue  # "Yemen's Houthis reject ...": the place says where the side is; the side holds it
            return True, with_conjuncts(R, A, Holder(info["name"], info["party"]), t), where
    for t in toks:
        party = lookup.demonym(R, A, t)
        if party and armed and R.parties.kinds.get(party) == "state":
            where = True
        elif party:
            return True, Holder(None, party), where
        if t.lower_ in PRONOUN_PERSON and t.dep_ == "poss":
            return True, resolve(R, A, t), where
        if t.lower_ == "their" and t.dep_ == "poss":  # "Their leader demanded ...": whom "they" stands for
            h = pairs.they(R, A, t)
            if h and h.party:
                return True, h, where
    return False, None, where








def posted_to(R, t: Token) -> bool:
    """Is t where a post is sent ("the group's envoy to Kenya", posted_titles.txt), not a side of the sentence?"""
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ in R.sides.posted_titles


def possessed_side(A, t: Token, info: dict) -> bool:
    """Is this place's possessive followed right away by a side of another party ("Yemen's Houthis", "Sudan's RSF",
    "Colombia's ELN"): a locator of the side, not its holder ("Russia's Lavrov", one party, is read as before)."""
    doc = t.doc
    if info.get("kind") != "place" or t.i + 2 >= len(doc) or doc[t.i + 1].tag_ != "POS":
        return False
    nxt = A.tok_actor.get(t.i + 2)
    return bool(nxt and nxt["party"] and nxt.get("kind") != "place" and nxt["party"] != info["party"])


def pledger(R, A, tok: Token) -> Holder | None:
    """ "wanted a pledge from the alliance that it would never ...", "a promise by Washington that it will ...": the
    subject pronoun of a noun's content clause is whoever the noun is asked from."""
    clause = tok.head
    if clause.dep_ not in {"acl", "ccomp"} or clause.head.pos_ != "NOUN" or clause.head.i > tok.i:
        return None
    for p in clause.head.children:
        if p.dep_ == "prep" and p.lower_ in {"from", "by"} and p.i < tok.i:
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            h = resolve(R, A, obj, fallback=False) if obj is not None else None
            if h and h.party:
                return h
    return None


def with_conjuncts(R, A, h: Holder, t: Token) -> Holder:
    """ "Macron, Merz and Starmer", "Russia and Belarus": the sides the other named conjuncts stand for. Named
    actors only: "Ukrainian and European representatives" are no EU statement."""
    seen = {h.party}
    # "Colombia's government and the ELN agreed ...": the side named inside the subject's head noun phrase
    # coordinates at that head, not at its modifier
    if not t.conjuncts and t.dep_ in {"poss", "compound"} and t.head.pos_ in {"NOUN", "PROPN"} and t.head.conjuncts:
        t = t.head
        for c in t.conjuncts:
            # the conjunct, else its own owner ("Ukraine's president and Russia's foreign minister")
            info = A.tok_actor.get(c.i) or next((A.tok_actor[x.i] for x in c.children
                                                 if x.dep_ == "poss" and x.i in A.tok_actor), None)
            other = Holder(info["name"], info["party"]) if info and info["party"] else None
            if other is None and c.pos_ == "NOUN":
                # "the ELN's negotiator and the Colombian government's delegation": the side its own modifiers name
                other = modifier_side(R, A, c)
            if other and other.party and c.pos_ in {"NOUN", "PROPN"} and other.party not in seen:
                seen.add(other.party)
                h.others.append(Holder(other.name, other.party))
        return h
    for c in t.conjuncts:
        info = A.tok_actor.get(c.i)
        party = lookup.demonym(R, A, c) or lookup.country(R, A, c.text) if not info and c.pos_ == "PROPN" == t.pos_ \
            else None
        if party:
            info = {"name": c.text, "party": party}  # "France, Germany and the UK", "Hamas and the Houthis"
        other = Holder(info["name"], info["party"]) if info and info["party"] and c.pos_ == t.pos_ else None
        if other is not None and other.party not in seen:
            seen.add(other.party)
            h.others.append(other)
    return h


def modifier_side(R, A, noun: Token) -> Holder | None:
    """The side a noun's own modifiers name ("the Colombian government's delegation": COL), without following
    its conjuncts (with_conjuncts asks this of each)."""
    for c in noun.children:
        if c.dep_ not in {"poss", "amod", "compound"}:
            continue
        for x in c.subtree:
            info = A.tok_actor.get(x.i)
            party = info["party"] if info else lookup.demonym(R, A, x)
            if party:
                return Holder(info["name"] if info else None, party)
    return None


def patron(R, A, t: Token) -> bool:
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in R.w.patron_participles


def last_government(R, A, tok: Token) -> Holder | None:
    """ "The Government recalls ...": the government the article named with its side before."""
    doc = tok.doc
    at = positions(A, doc, tok.lower_)
    # each mention of the word is resolved once per article: the side named last before any token is a prefix
    # table, so asking for every mention costs one pass
    last = A.last_named.get(tok.lower_)
    if last is None:
        last, h_prev = [], None
        for i in at:
            h = resolve(R, A, doc[i], fallback=False)
            h_prev = h if h and h.party else h_prev
            last.append(h_prev)
        A.last_named[tok.lower_] = last
    k = bisect_left(at, tok.i)
    h = last[k - 1] if k else None
    return Holder(h.name, h.party) if h else None  # (one government: not the sides beside it there)


def recent_institution(R, A, tok: Token) -> Holder | None:
    """The last speaking subject, in this or the three sentences before, that names a side and is no person.
    When that subject is a text ("The formula sets out Kyiv's terms. It calls for ..."), "it" is the text: its
    owner holds what it says."""
    sent = tok.sent
    start = sent.start
    for _ in range(3):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    for t in reversed(tok.doc[start:tok.i]):
        if t.dep_ not in SUBJ or t.lower_ in PRONOUN_PERSON | PRONOUN_SPEAKER | RELATIVE | {"it", "they"} \
                or t.head.lemma_.lower() not in R.holder_verbs:
            continue
        if t.lower_ in R.doc_nouns:
            return text_owner(R, A, t)
        h = resolve(R, A, t, fallback=tok.head.dep_ == "ccomp" and t.head.i == tok.head.head.i)  # "X said it"
        if h and h.party and (R.pats.actors.get(h.name or "") or {}).get("kind") != "person":
            return h
    return None


def text_owner(R, A, t: Token) -> Holder | None:
    """The side a plan or document stands for: its owner ("Zelensky's formula", "the formula" after it), else who
    issued it ("the document, published by the foreign ministry in Beijing")."""
    h = resolve(R, A, t, fallback=False) or last_government(R, A, t)
    if h and h.party:
        return h
    for c in t.children:
        if c.dep_ != "acl" or refusing_verb(R, c):
            continue  # ("the plan, rejected by Hamas": who turns it down does not issue it)
        for x in c.subtree:
            if x.dep_ == "agent" and x.head.pos_ == "VERB":
                obj = next((p for p in x.children if p.dep_ == "pobj"), None)
                h = resolve(R, A, obj, fallback=False) if obj is not None else None
                if h and h.party:
                    return h
    return None


def subject(R, A, verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
        if subj is not None:
            return subj
        if tok.dep_ == "pcomp" and tok.head.lower_ in {"of", "for"} and \
                tok.head.head.lemma_.lower() in R.w.accusing_words:
            # "accused Moscow of demanding X", "criticised the army for refusing to withdraw": the one accused acts
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if tok.dep_ in {"xcomp", "conj", "advcl", "acl", "acomp"} and tok.head.i != tok.i:  # ("is ready to": the copula's)
            tok = tok.head
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and \
                    tok.dep_ == "advcl" and tok.head.i != tok.i and any(c.dep_ == "mark" for c in tok.children):
                # "ruled out a truce until the rebels leave, rejecting the talks": a participle after a comma speaks
                # of the main clause, though the parser hangs it off the subordinate verb before it
                tok = tok.head
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
            # "accused Bogota of refusing to ...", "blamed Israel for blocking ...": the object does what the
            # gerund says
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        return None
    return None


def possessor(R, A, noun: Token) -> Holder | None:
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ in {"its", "their"}:
            h = bound_possessive(R, A, noun, c.lower_ == "their")
            if h:  # "Yerevan restated its opposition to this": the clause's own subject owns it
                return h
        if c.dep_ in {"poss", "amod", "compound", "nmod"}:
            if c.i in A.tok_actor and possessed_side(A, c, A.tok_actor[c.i]):
                continue  # ("Yemen's Houthis Reject ...": the Houthis', named next)
            h = resolve(R, A, c)
            if h:
                return h
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}:  # "a request by Kyiv", "calls from Kyiv"
            for p in c.children:
                if p.dep_ == "pobj":
                    h = resolve(R, A, p)
                    if h:
                        return listed_sides(A, h, p)
        if c.dep_ == "prep" and c.lower_ == "of":
            # "the demands of the Armenian side", "the conditions of Hamas"; not "the demand of Ukraine's
            # withdrawal": an object that names a condition is what is demanded, not who demands it
            for p in c.children:
                if p.dep_ == "pobj" and p.i not in A.type_at:
                    h = resolve(R, A, p, fallback=False)
                    if h and h.party:
                        return listed_sides(A, h, p)
        # "a list of preconditions set by Tigray's leaders" (not "the plan, rejected by Hamas": who turns a set of
        # terms down does not own it)
        if c.dep_ == "acl" and c.pos_ == "VERB" and not refusing_verb(R, c):
            for a in c.children:
                obj = next((p for p in a.children if p.dep_ == "pobj"), None) if a.dep_ == "agent" else None
                h = resolve(R, A, obj) if obj is not None else None
                if h:
                    return h
    prev = noun.doc[noun.i - 1] if noun.i > 0 else None
    if prev is not None and prev.i in A.tok_actor and noun.dep_ == "compound" and prev.head.i != noun.i:
        # "The Houthis demand compensation": a present-tense verb the parser read as a noun modifying its object
        # (the side right before it, which it does not modify, is its subject)
        return resolve_token(R, A, prev)
    return None


def bound_possessive(R, A, noun: Token, plural: bool) -> Holder | None:
    """ "Pristina restated its opposition to this", "the rebels renewed their demand for X": "its" / "their" on the
    object of a verb is bound by that verb's subject, when the subject names a side and agrees in number ("Tshisekedi
    rejected their conditions": a person's "their" is someone else's)."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX", "ADP"}:
        return None
    if verb.pos_ == "ADP":  # "... restated in a letter its opposition": the preposition's verb
        verb = verb.head
    if verb.lemma_.lower() in R.w.answering_verbs and is_terms(R, noun):
        return None  # "Bogota rejected its demands": another side's terms (answering_verbs.txt)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or (subj.ent_type_ == "PERSON" and subj.i not in A.tok_actor) or \
            (subj.tag_ in {"NNS", "NNPS"}) != plural:  # (the gazetteer's word over the model's: "Yerevan" is no person)
        return None
    h = resolve(R, A, subj)
    return h if h and h.party else None


def is_terms(R, noun: Token) -> bool:
    """A noun naming a side's set of terms (package_nouns.txt, singular or plural)."""
    low = noun.lower_
    return low in R.w.package_nouns or f"{low}s" in R.w.package_nouns


def resolve_token(R, A, t: Token) -> Holder | None:
    if lookup.place_object(R, A, t):
        return None
    info = A.tok_actor.get(t.i)
    if info and info["party"]:
        return Holder(info["name"], info["party"])
    party = lookup.demonym(R, A, t) if t.pos_ == "PROPN" else None
    if party:  # "EU foreign ministers insist ..." parsed apart
        return Holder(None, party)
    return resolve(R, A, t) if t.lower_ in PRONOUN_PERSON else None


def listed_sides(A, h: Holder, p: Token) -> Holder:
    """ "proposals from Qatar, Egypt and the UN": every side the enumeration after the preposition names holds
    it, however the parser attached the later ones."""
    doc = p.doc
    seen = {h.party} | {o.party for o in h.others}
    for i in range(p.left_edge.i, list_end(doc, p.right_edge.i, p.sent.end) + 1):
        info = A.tok_actor.get(i)
        if info and info["party"] and info["party"] not in seen and (i == 0 or A.tok_actor.get(i - 1) is not info):
            seen.add(info["party"])
            h.others.append(Holder(info["name"], info["party"]))
    return h


def body_before(R, A, tok: Token) -> Holder | None:
    """The last body or state (no person) its own sentence named before tok, not as where something happens."""
    for i in actors_before(A, tok.i):
        if i < tok.sent.start:
            return None
        info = A.tok_actor[i]
        if info["party"] and info.get("kind") != "person" and not lookup.place_object(R, A, tok.doc[i]):
            return Holder(info["name"], info["party"])
    return None
