"""collectives: a side named by a description of it ("the opposition", "the Front", "the Tigers", "the Belarusian
opposition"), as the quotes read "the president" as the last president named.

A description whose head is a word of a side's name (patterns/side_name_words.txt) stands for the side the article
names with that word: the last one named before it, else the first after ("the Sandinista National Liberation Front
... the Front", "the opposition Democratic Alliance" for "the opposition" a paragraph before). "Opposition" fits a
side whose name holds it or that the article calls "the opposition X", else a group named just before. Where no side
fits, "the opposition" is a side of its own, coded by the guide's rule (OPPOSITION), never the state it opposes ("the
Belarusian opposition" is not Belarus: side_words.where_only, as beside a rebel word). A group named after whose
table name alone holds "opposition" (the SPLM-IO) does not fit one in a sentence that names the state it is in
("the opposition demanded elections in Kenya"): that is another country's opposition. Other words with no side to
fit are left to the rest of the resolver ("the rebels" is the last armed group named, resolve.py).

A capitalised word only ("the Front", not "the front line"), except "opposition", which is a side only as a noun
with no "to" or "against" after it ("opposition to the plan" is an objection) and no side's or pronoun's possessive
("Kyiv's opposition", "its opposition": an objection; a person's, "Moreno's opposition", is the side they lead)."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..derived import code_of
from ..side_words import OPPOSITION, opposing
from . import facts, lookup
from .model import SUBJ, Holder, heads

OWN_PRONOUNS = {"its", "their", "our", "my", "his", "her", "your"}
# steps from a venue up to its meeting noun: "talks at the town of Noordwijk in the Netherlands" takes six
VENUE_STEPS = 6


def collective(R, A, tok: Token) -> Holder | None:
    """The side a description stands for, or None when it is none (or nothing fits a word other than
    "opposition")."""
    word = tok.lower_
    if word not in R.sides.side_name_words and tok.pos_ == "NOUN":
        # "Nine opposition parties demanded", "Belarus's main opposition groups insist": the word before the head
        tok = next((c for c in tok.children if c.dep_ in {"compound", "amod"} and c.lower_ == OPPOSITION), tok)
        word = tok.lower_
    if word not in R.sides.side_name_words or tok.i in A.tok_actor or tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    if word == OPPOSITION:
        if not opposing(tok):
            return None  # "opposition to the plan": an objection
        for c in tok.children:
            # "Kyiv's opposition", "its opposition": a side's objection; a person's is the side they lead
            # ("Moreno's opposition")
            info = A.tok_actor.get(c.i)
            if c.dep_ == "poss" and (c.lower_ in OWN_PRONOUNS or (info and info.get("kind") != "person")):
                return None
    elif not (tok.text[:1].isupper() and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
        return None
    # "the opposition demanded elections in Kenya. Meanwhile the SPLM-IO said ...": a sentence that names the state
    # the opposition is in is no story of a group named after whose name as written says nothing of opposing it
    pick = A.sides.described(word, tok.idx, table_after=word != OPPOSITION or not state_placed(R, A, tok.sent))
    if pick is not None:
        return Holder(*pick)
    return Holder(tok.text, code_of(word)) if word == OPPOSITION else None


def state_placed(R, A, sent) -> bool:
    """Does the sentence name a state as where something is ("in Kenya", "In Georgia, ...")?"""
    return any(R.parties.kinds.get(A.tok_actor[t.i]["party"]) == "state" and lookup.place_object(R, A, t)
               for t in sent if t.i in A.tok_actor)


def sole_state(R, A, tok: Token) -> Holder | None:
    """ "Fighting went on in the north of Mozambique. The government demanded ...": a bare "the government" (or "the
    authorities") no government named before stands for, in a story that has named one state only up to it, is that
    state's; two states named, it is none of them (the holder stage's other readings decide). Where talks are held
    (talks_venue) is no second state once one is named ("President Petro ... talks resumed in Cuba"), but a venue
    named before any other state is the first ("talks with the Taliban opened in Kabul. The government demanded
    ...": a conflict's own capital; a third country's city named before the state, "talks opened in Doha", is read
    so too: the story names no other state to tell them apart)."""
    if A.sole_states is None:
        states = ((i, A.tok_actor[i]["party"]) for i in sorted(A.tok_actor)
                  if R.parties.kinds.get(A.tok_actor[i]["party"] or "") == "state")
        A.sole_states = one_until_second(states, lambda i: talks_venue(R, A, tok.doc[i]))
    at, sole = A.sole_states
    k = bisect_left(at, tok.i)
    # "The M23, backed by Rwanda, seized Goma. The government rejected talks": in a story of one state's war (the
    # armed groups named up to tok fight on one state's soil, groups.jsonl "state"), that state's, over a patron or
    # mediator it names
    return set_in(R, A, tok) or war_state(R, A, tok) or (Holder(None, sole[k - 1]) if k and sole[k - 1] else None)


def set_in(R, A, tok: Token) -> Holder | None:
    """ "The ELN bombed a pipeline. In Caracas, the government demanded a ceasefire": a state (or its capital) set
    before the description as where its own verb happens (a place preposition, place_prepositions.txt) is whose
    government or army it is, over the war's state; not where talks are held (talks_venue), not a place after the
    verb ("demanded a ceasefire in Yemen" names where the truce is), nor a state the description is the object of
    ("Egypt urged the government")."""
    if tok.dep_ not in SUBJ or tok.head.i == tok.i:
        return None
    for prep in tok.head.children:
        if prep.dep_ != "prep" or prep.i > tok.i or prep.lower_ not in R.place_prepositions:
            continue
        for obj in prep.children:
            info = A.tok_actor.get(obj.i)
            if obj.dep_ == "pobj" and info and R.parties.kinds.get(info.get("party") or "") == "state" and \
                    not talks_venue(R, A, obj):
                return Holder(None, info["party"])
    return None


def force_state(R, A, t: Token) -> Holder | None:
    """The state a bare word for a state's forces or military rulers stands for ("the army", "the military", "the
    junta": state_force_nouns.txt; also as a title's modifier, "the army chief"): the story's one state or its war's
    (sole_state), under the state's name. None when an armed group the story names has that word in its own name
    ("the Arakan Army", "Haftar's Libyan National Army (LNA)": "the army" may be that group)."""
    word = t.lower_
    key = "\0force " + word
    if key not in A.last_named:  # (once an article: the groups' names holding the word)
        A.last_named[key] = any(word in info["name"].lower().split() or
                                word in R.parties.display.get(info["party"], "").lower().split() for _, info in A.orgs)
    if A.last_named[key]:
        return None
    h = sole_state(R, A, t)
    return Holder(h.name or R.parties.display.get(h.party), h.party) if h else None


def war_state(R, A, tok: Token) -> Holder | None:
    """The state whose war the armed groups named before tok fight on its own soil (Parties.group_state), when they
    agree on one ("The ELN bombed a pipeline. The government demanded ...": Colombia); None when none is named or two
    groups of different states' wars are. A side the tables lack (derived.py) fights the war of the state its own name
    holds as one rising against it ("the South Sudan Liberation Army (SSLA)": South Sudan's). Read once an article,
    in order, as a prefix table."""
    if A.war_states is None:
        derived = A.sides.derived_codes() if A.sides is not None else set()

        def war_of(info):
            state = R.parties.group_state.get(info["party"])
            if state is None and info["party"] in derived:
                state = R.parties.of_title(info["name"])
                state = state if R.parties.kinds.get(state or "") == "state" else None
            return state

        A.war_states = one_until_second((start, war_of(info)) for start, info in sorted(A.orgs, key=lambda o: o[0]))
    at, one = A.war_states
    k = bisect_left(at, tok.i)
    return Holder(R.parties.display.get(one[k - 1]), one[k - 1]) if k and one[k - 1] else None


def one_until_second(named, skip_later=None) -> tuple[list, list]:
    """A prefix table over (position, state) pairs in text order: at each position where the tally changes, the one
    state named so far, or None from where a second one is named (the table ends there). A pair of the state already
    held, or of no state, changes nothing; skip_later(position) drops a pair once a first state is held."""
    at, one, seen = [], [], None
    for i, state in named:
        if state is None or state == seen or (at and skip_later is not None and skip_later(i)):
            continue
        seen = state if seen is None else ""  # "" once a second state is named
        at.append(i)
        one.append(seen or None)
        if not seen:
            break
    return at, one


def talks_venue(R, A, t: Token) -> bool:
    """Is this state named only as where talks are held ("peace talks at the town of Noordwijk in the Netherlands",
    "the talks resumed at a hotel in Cuba"; lookup.place_object, up to a meeting noun or a verb whose subject is
    one: facts.meeting_subject)? "A ceasefire across Yemen", "fighting in Mozambique" name the conflict's state."""
    if not lookup.place_object(R, A, t):
        return False
    for h in heads(t, VENUE_STEPS):
        if h.pos_ in {"VERB", "AUX"}:
            return facts.meeting_subject(R, h)
        if h.lower_ in R.w.meeting_nouns or h.lemma_.lower() in R.w.meeting_nouns:
            return True
    return False


def said_by_collective(R, A, doc: Doc, q: dict) -> Holder | None:
    """The side a statement's subject describes ("the opposition said", "the Front said"), for the quotes' holder."""
    if q.get("speaker_kind") == "person" or q.get("cue_start") is None:
        return None
    span = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is not None and root.dep_ == "conj" and not any(c.dep_ in SUBJ for c in root.children):
        root = root.head  # "The opposition met in Minsk and insisted that ...": the first verb's subject
    subj = next((c for c in root.children if c.dep_ in SUBJ), None) if root is not None else None
    return collective(R, A, subj) if subj is not None else None


def last_any_government(R, A, tok: Token) -> Holder | None:
    """The side the last mention of any government word before tok named ("the administration", "the authorities"
    after "the Sri Lankan government"; gov_nouns.txt). The mentions are read once an article, in order, each with the
    side named by a government word up to it (a prefix table, as `last_government` keeps for one word)."""
    from .resolve import positions, resolve  # (resolve reads this module's descriptions first)
    if "\0any" not in A.last_named:
        at = sorted(i for w in R.w.gov_nouns for i in positions(A, tok.doc, w))
        last, h_prev = [], None
        for i in at:
            h = resolve(R, A, tok.doc[i], fallback=False)
            h_prev = h if h and h.party else h_prev
            last.append(h_prev)
        A.last_named["\0any"] = (at, last)
    at, last = A.last_named["\0any"]
    k = bisect_left(at, tok.i)
    h = last[k - 1] if k else None
    return Holder(h.name, h.party) if h else None  # (one government: not the sides beside it there)
