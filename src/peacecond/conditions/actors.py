"""actors: the people, states and groups an article names, indexed by token for the holder stage."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from ..boilerplate import inside
from ..extensions import doc_text
from ..sides import sides_of
from . import armed, lookup, resolve, texts
from .model import SUBJ, Holder


def index_actors(R, A, doc: Doc) -> None:
    # Speakers the gazetteer does not know take the side their role names ("An RSF adviser, Youssef Ezzat").
    A.sides = sides_of(doc, R.sides, doc_text(doc))
    A.speaker_party: dict[str, str] = {}
    A.surname_speaker: dict[str, str] = {}
    for sp in doc._.pc_speakers or []:
        party = sp.get("party") or lookup.role_party(R, A, sp.get("role"))
        if sp.get("name") and party:
            A.speaker_party[sp["name"]] = party
            A.surname_speaker.setdefault(sp["name"].split()[-1], sp["name"])
    A.tok_actor: dict[int, dict] = {}
    A.persons: list[tuple[int, dict]] = []
    A.orgs: list[tuple[int, dict]] = []  # non-state organisations, for "the group", "the rebels"
    for a in doc._.pc_actors or []:
        span = doc.char_span(a["start"], a["end"], alignment_mode="expand")
        if span is None:
            continue
        act = R.pats.actors.get(a["id"], {})
        info = {"name": a["id"], "party": act.get("party"), "kind": act.get("kind")}
        for t in span:
            A.tok_actor[t.i] = info
        if info["kind"] == "org" and info["party"] and info["party"] not in R.not_groups \
                and not resolve.patron(R, A, span[-1]):
            A.orgs.append((span.start, info))
        if info["kind"] == "person":
            is_subj = any(t.dep_ in SUBJ or (t.dep_ in {"compound", "appos"} and t.head.dep_ in SUBJ)
                          for t in span)
            A.persons.append((span.start, info, is_subj))
    index_bodies(R, A, doc)
    A.orgs.sort(key=lambda o: o[0])
    A.org_starts = [i for i, _ in A.orgs]
    for ent in doc.ents:
        if ent.label_ == "GPE" and ent.start not in A.tok_actor:
            party = lookup.country_span(R, A, ent)
            if party:
                for t in ent:
                    A.tok_actor[t.i] = {"name": ent.text, "party": party, "kind": "place"}
    index_speakers(R, A, doc)
    # "Kyiv, in turn, is seeking security guarantees": a capital the gazetteer kept as a place still acts for
    # its government when it is the subject of a verb.
    for r in doc._.pc_regions or []:
        metonym = (R.pats.regions.get(r["id"]) or {}).get("metonym")
        act = R.pats.actors.get(metonym or "")
        span = doc.char_span(r["start"], r["end"], alignment_mode="expand") if act else None
        if span is None or not act.get("party"):
            continue
        if span.root.dep_ == "nsubj" and span.root.head.pos_ in {"VERB", "AUX"}:
            for t in span:
                A.tok_actor.setdefault(t.i, {"name": metonym, "party": act["party"], "kind": act.get("kind")})


def index_bodies(R, A, doc: Doc) -> None:
    """Armed groups and blocs only the parties table knows ("the Kachin Independence Army", "ECOWAS"), under the
    name the article writes: a side the story names holds what it demands, and a group one that "the group", "the
    rebels" or "they" after it stands for. A gazetteer actor there wins."""
    boiler = doc._.pc_boilerplate or []
    # The shorter names a longer one replaces are dropped once, after the loop (filtering the lists at each longer
    # name would cost a pass over them per occurrence): token -> the number of the last replacement over it; a
    # body's own entry is dropped only by a replacement after it.
    dropped: dict[int, int] = {}
    drops = 0
    added: list[tuple[int, dict, int]] = []
    for s, e, name, party in A.sides.bodies():
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or inside(boiler, s, e):
            continue
        held = {id(A.tok_actor[t.i]) for t in span if t.i in A.tok_actor}
        if held:
            # the gazetteer's actor wins, unless it is a shorter name inside this one ("National Liberation Army" in
            # "the Ta'ang National Liberation Army")
            edges = [A.tok_actor.get(i) for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
            if all(t.i in A.tok_actor for t in span) or any(x is not None and id(x) in held for x in edges):
                continue
            drops += 1
            for i in range(span.start, span.end):
                dropped[i] = drops
        info = {"name": name, "party": party, "kind": "org"}
        for t in span:
            A.tok_actor[t.i] = info
        if A.sides.kind(party) == "group" and (party not in R.not_groups or party in A.sides.derived_codes()) \
                and not resolve.patron(R, A, span[-1]):  # (a derived acronym may be a state's code: KNA)
            added.append((span.start, info, drops))
    if dropped:
        A.orgs[:] = [o for o in A.orgs if o[0] not in dropped]
        A.persons[:] = [p for p in A.persons if p[0] not in dropped]
    A.orgs.extend((at, info) for at, info, k in added if dropped.get(at, 0) <= k)
    # a group a rebel word names ("Anglophone separatists"): one "the separatists" or "the group" after it stands
    # for, as for a group named in full; no actor of its own words ("the Ethiopian government and the Oromo rebels"
    # is the government's subject and a group's, read there by the rebel word)
    for s, e, name, party in A.sides.rebel_bodies():
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and not inside(boiler, s, e) and not any(t.i in A.tok_actor for t in span):
            A.orgs.append((span.start, {"name": name, "party": party, "kind": "org"}))


def index_speakers(R, A, doc: Doc) -> None:
    """People the quotes component found speaking, where the gazetteer does not know them: each mention of the
    full name or the surname is a person "he" / "the minister" can stand for; a speaker with no side takes the
    side its first full mention stands for, the side its role's government or group noun names, the side it leads
    ("Haftar's Libyan National Army"), else what the article says of it at any mention (sides.py)."""
    text = doc_text(doc)
    mentions = {p["name"]: [(m["start"], m["end"]) for m in p["mentions"]] for p in doc._.pc_people or []}
    people = [sp for sp in doc._.pc_speakers or [] if sp.get("name") and sp.get("kind") == "person"]
    # Every surname's mentions in one pass over the text (a pass a speaker would grow with speakers x text).
    found: dict[str, list] = {}
    surnames = sorted({sp["name"].split()[-1] for sp in people}, key=len, reverse=True)
    if surnames:
        for m in re.finditer(r"\b(?:%s)\b" % "|".join(map(re.escape, surnames)), text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and span.start not in A.tok_actor:
                found.setdefault(m.group(), []).append(span)
    for sp in people:
        name = sp["name"]
        hits = found.get(name.split()[-1])
        if not hits:
            continue
        party = A.speaker_party.get(name)
        if party and R.parties.kinds.get(party) == "state" and \
                any(w in R.w.group_nouns for w in re.findall(r"[a-z]+", (sp.get("role") or "").lower())):
            # "Congolese rebel leader X": the demonym says where; the side X's own force names says whose
            led = A.sides.possessed(hits)
            if led:
                A.speaker_party[name] = led[1]
        if name not in A.speaker_party:
            first = text.find(name)
            span = doc.char_span(first, first + len(name), alignment_mode="expand") if first != -1 else None
            h = resolve.resolve(R, A, span.root, fallback=False) if span is not None else None
            if not (h and h.party) and span is not None and span.root.dep_ == "appos":
                h = resolve.resolve(R, A, span.root.head, fallback=False)  # "The AU's envoy, Olusegun Obasanjo"
            if not (h and h.party) and span is not None and span.root.dep_ == "appos":
                h = described_before(R, A, span.root.head)  # "The envoy of Sudan's leader said ... The envoy, X"
            if not (h and h.party) and span is not None:
                h = role_side(R, A, span)
            if not (h and h.party):
                # what the article says of them at any mention, the side they lead ("Haftar's Libyan National
                # Army"): the quotes' resolver, which gave their quotes' side, asked again here for a speaker the
                # quotes read no side for at the time
                party = A.sides.of_person(name, mentions.get(name) or [(s.start_char, s.end_char) for s in hits],
                                          sp.get("role"))
                h = Holder(name, party) if party else None
            if h and h.party:
                A.speaker_party[name] = h.party
                A.surname_speaker.setdefault(name.split()[-1], name)
        info = {"name": name, "party": A.speaker_party.get(name), "kind": "person"}
        for span in hits:
            t = span[-1]
            is_subj = t.dep_ in SUBJ or (t.dep_ in {"compound", "appos"} and t.head.dep_ in SUBJ)
            A.persons.append((span.start, info, is_subj))
    A.persons.sort(key=lambda x: x[0])


def role_side(R, A, span: Span) -> Holder | None:
    """The side a speaker's role names by a government or group noun: "Government spokesman Patrick Muyaya" (the
    government the story named with its country), "Bertrand Bisimwa, the movement's president", "X, who leads the
    rebel delegation" (the non-state organisation the story named last)."""
    root = span.root
    toks = [t for t in root.subtree if t.i < span.start or t.dep_ in {"appos", "relcl"} or
            any(a.dep_ in {"appos", "relcl"} for a in t.ancestors if a.i > root.i - 1 and a.head.i == root.i)]
    if root.dep_ == "appos" and root.head.i < span.start:
        # "the group's spokesman Zabihollah Mujahid": the name stands in apposition to its role
        toks += [t for t in root.head.subtree if t.i < span.start]
    for t in toks:
        low = t.lower_
        if low in R.w.gov_nouns:
            h = resolve.last_government(R, A, t)
            if h and h.party:
                return h
        if low in R.w.group_nouns:
            # "the Ukrainian delegation", "Kyiv's delegation": a side the noun's own modifier names wins;
            # only a bare group noun stands for the non-state organisation named last.
            mods = [c for c in t.children if c.dep_ in {"amod", "compound", "poss"}]
            for c in mods:
                info = A.tok_actor.get(c.i)
                party = info["party"] if info else lookup.demonym(R, A, c) or lookup.country(R, A, c.text)
                if party:
                    return Holder(info["name"] if info else c.text, party)
            if any(c.pos_ in {"PROPN", "ADJ"} and c.is_title for c in mods):
                continue  # a side the story names, but not one we know: not the last group's
            prev = armed.org_before(A, t.i)
            if prev:
                return Holder(prev["name"], prev["party"])
    return None


def described_before(R, A, noun) -> Holder | None:
    """ "The envoy of Ethiopia's premier spoke on Monday ... The envoy, X, added": a definite role noun an
    article repeats stands for the one it described before, with the side that description named."""
    if noun.lower_ not in R.w.role_nouns or not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
        return None
    at = texts.positions(A, noun.doc, noun.lower_)
    for i in reversed(at[:bisect_left(at, noun.i)][-3:]):
        h = resolve.resolve(R, A, noun.doc[i], fallback=False)
        if h and h.party:
            return h
    return None
