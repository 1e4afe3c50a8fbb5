"""references: a term that stands for a set of conditions named before it ("rejected the demands", "Putin's
ultimatum", "any of them", "that idea") refuses each condition of that set, with its holder; "X in return for Y"
makes Y a demand of whoever offers X; a coordinated holder ("Russia and Belarus") holds each condition once per side.
Completes doc._.pc_cond_found.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from spacy.tokens import Doc, Token

from . import facts, holders, negation, pairs, plans, resolve, scopes
from .model import Article, Cue, Found, Holder, sent_of

DEMONSTRATIVE = {"these", "those", "such", "the", "that", "this", "both"}  # "Kurti dismissed both demands"
DEICTIC = {"this", "that", "these", "those"}
POSSESSIVE = {"its", "their"}  # "refused to accept its demands": a side's pronoun the parse cannot resolve


def points_back(t: Token, words: set[str] = DEMONSTRATIVE) -> bool:
    """The noun is determined by a word that points back ("those terms"); "such", which the parser also reads
    as an adjective ("would never accept such conditions"), too."""
    return any((d.dep_ in {"det", "predet"} and d.lower_ in words) or (d.dep_ == "amod" and d.lower_ == "such"
                                                                        and "such" in words) for d in t.children)


def coming_step(doc: Doc, cue: Cue | None) -> bool:
    """Whether the verb the exchange phrase `cue` hangs on is a step still to come ("will free", "to cap",
    "frees"), not a past one ("freed")."""
    if cue is None:
        return False
    verb = doc[cue.start].head
    if verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return verb.tag_ in {"VB", "VBP", "VBZ"} or any(a.dep_ in {"aux", "auxpass"} and a.tag_ == "MD"
                                                    for a in verb.children)


def resolve_references(R, A: Article, doc: Doc, found: list[Found], cues: list[Cue], in_types: set[int]) -> list[Found]:
    sents = A.sents
    packages = []
    found = expand(R, found)
    sent_chars = [x.start_char for x in sents]
    # where a side demanded something, typed or not ("M23 demanded the release of prisoners"), by character
    asks = sorted((doc[c.start].idx, k) for k, c in enumerate(cues) if c.category == "demand" and
                  c.rule["holder"] == "subject" and doc[c.start].pos_ == "VERB")
    # "X in return for Y": when X is the holder's own offer, Y is what it demands ("Ukraine proposed neutrality
    # in return for security guarantees").
    # (each one asks about its own sentence: the findings by sentence, the cues by their first character, the
    # exchange cues by theirs, built on the first one; a pass over every cue and finding per exchange would grow
    # with the square of a story that names many)
    by_sent: dict | None = None
    for f in found:
        at = f.extra.get("exchange")
        if at is None or f.stance != "offer" or not (f.holder and f.holder.party):
            continue
        if by_sent is None:
            by_sent, exchange_at = {}, {}
            for g in found:
                by_sent.setdefault(g.extra.get("sent"), []).append(g)
            for c in cues:
                if c.rule.get("exchange"):
                    exchange_at.setdefault(doc[c.start].idx, c)
            cue_at = sorted((doc[c.start].idx, k) for k, c in enumerate(cues))
        same = by_sent[f.extra["sent"]]
        if exchange_at.get(at) is not None and negation.refused_trade(R, doc, doc[exchange_at[at].start]):
            # a refused trade: the holder's own concession in it is refused, anything else takes no stance
            f.stance = "reject" if f.type in R.w.yield_types else "none"
            continue
        if any(g is not f and g.stance == "offer" and g.start < at and g.holder and g.holder.party == f.holder.party
               for g in same):
            f.stance = "demand"
            continue
        # "Armenia is ready to recognise Azerbaijan's borders in exchange for security guarantees": what the holder
        # offers need not be a condition type; an offer cue of its own before the exchange makes Y its demand
        sent = sent_of(A, f.extra["sent"])
        # (the cues from the sentence's start to the exchange, in their order in cues)
        before = [cues[k] for k in sorted(k for _, k in cue_at[bisect_left(cue_at, (sent.start_char, -1)):
                                                               bisect_left(cue_at, (at, -1))])]
        if any(c.category == "offer" and not c.rule.get("exchange") and sent.start <= c.start and
               doc[c.end - 1].idx < at and holders.cue_holder(R, A, doc, c) in (None, f.holder) for c in before):
            f.stance = "demand"
            continue
        # "Pyongyang will freeze its reactor in exchange for X": where nothing before the exchange is demanded, what
        # comes before is the holder's own step and X what it asks for it -- a step still to come (a modal, a
        # present or an infinitive); a past one ("gave up its arms in exchange for X") tells a bargain of history
        if not any(c.category == "demand" and sent.start <= c.start and doc[c.start].idx < at for c in before) and \
                not any(g.stance == "demand" and g.start < at for g in same) and \
                coming_step(doc, exchange_at.get(at)):
            f.stance = "demand"
    found = [f for f in found if f.stance != "none"]
    # Package rejections: "Zelenskyy rejects Putin's ultimatum" rejects each type Putin's side demands here.
    # "said it had not received the plan", "has not commented on the proposal": a negation that states a fact or a
    # silence refuses no set of terms either
    refusals = [c for c in cues if c.category == "reject" and not (c.rule.get("negation") and
                                                                   negation.denies_event(R, doc, c))]
    # the demands found so far, by position (no stance changes below, and rejections appended below are no
    # demands): a refusal walks back or forward from its own place among them, so the passes stay linear
    demands = sorted((f for f in found if f.stance == "demand" and f.holder and f.holder.party), key=lambda f: f.start)
    demand_starts = [f.start for f in demands]
    for c in refusals:
        lo, hi = max(c.lo, c.start - 6), max(c.hi, c.end + 6)
        sent = sent_of(A, c.start)
        near = list(doc[max(lo, sent.start):min(hi, sent.end)])
        # "The plan was rejected by Israel": what a passive refusal refuses is its subject
        near += [x for t in doc[c.start:c.end] for x in t.children if x.dep_ == "nsubjpass" and x.i < lo]
        # "made demands that Kyiv said were unacceptable", "conditions quickly dismissed by Kyiv": a refusal in the
        # clause that describes a set of terms refuses that set
        described = described_terms(R, doc, c, sent.start)
        near += [described] if described is not None and described.i < lo else []
        told = described.i if described is not None else -1
        if any(x.lower_ in {"them", "all", "any", "none"} and x.dep_ in {"dobj", "pobj"}
               for x in doc[c.end:min(c.end + 3, sent.end)]):
            # "Putin's conditions, he said, were no different from ultimatums, and Ukraine would not accept any of
            # them": the pronoun stands for the package the sentence named before the refusal.
            near = [x for x in doc[sent.start:c.start] if x.lower_ in R.w.package_nouns and
                    any(d.dep_ == "poss" for d in x.children)][:1] + near
        for t in near:
            # "rejected Zelensky's peace formula", "dismissed the plan drafted by Qatar": a plan with an owner is
            # that owner's package too
            terms = t.lower_ in R.w.package_nouns or (t.lower_ in R.w.offer_nouns and t.pos_ == "NOUN")
            if not terms and not (t.lower_ in R.set_nouns and t.pos_ == "NOUN") and \
                    not plans.is_plan(R, t) or (facts.states_a_fact(R, t) and t.i != told):
                continue  # ("rejected the group's statement that it had freed all hostages": a fact disputed)
            # ("the conditions Aliyev set out", "the terms Moscow laid down": who put them forward owns them)
            owner = plans.local_owner(R, A, t) if terms else resolve.possessor(R, A, t)
            if terms and owner is None and t.dep_ == "compound" and c.start <= t.head.i < c.end:
                owner = resolve.possessor(R, A, t.head)  # "called Hamas's demands delusional" (parsed as one noun)
            rh = holders.cue_holder(R, A, doc, c) or holders.walk_up(R, A, doc[c.start])
            if rh is None and doc[c.start].pos_ == "NOUN":  # "Baku's rejection of the plan"
                rh = resolve.possessor(R, A, doc[c.start])
            if t.i == told and not (owner and owner.party and owner.party != (rh.party if rh else None)):
                owner = terms_giver(R, A, t)  # "Hamas came up with demands that Israel rejected"
                owner = owner if owner and owner.party != (rh.party if rh else None) else None
            if not (owner and owner.party and owner.party != (rh.party if rh else None)) and plans.is_plan(R, t):
                # "dismissed the plan", paragraphs after "Indonesia's proposal": the plan the story named, with
                # its owner -- the last one of another side when two sides' plans were named; only the plan the
                # refusal is about ("rejected claims that it had leaked the plan" refuses no plan)
                owner = plans.owner(R, A, t, rh.party if rh else None) if plans.refused(doc, c.start, c.end, t) \
                    else None
            if not terms and not (owner and owner.party):
                continue
            # (the object of the refusing verb with no determiner, "Kinshasa rejects rebel demands", as "the
            # demands": a headline drops "the"; not "made unacceptable demands", "without new demands")
            bare = terms and plans.bare(t) and t.dep_ in {"dobj", "nsubjpass"} and c.start <= t.head.i < c.end
            if (owner is None or not owner.party) and rh and rh.party and \
                    (points_back(t) or any(d.dep_ == "poss" for d in t.children) or bare or t.i == told):
                # "Netanyahu rejected those terms", "the army refused to accept its demands": the side whose
                # demands the story reported last.
                at = t.idx
                # ("Moscow rejected this offer", paragraphs after Kyiv's plan; not "the offer" with no owner, which
                # a bystander's verdict calls "a non-starter" as often as the other side refuses it)
                last = last_demand(demands, demand_starts, at, rh.party) if t.lower_ not in R.w.offer_nouns or \
                    points_back(t, DEICTIC) else None
                if last is not None and t.i == told and not points_back(t) and \
                        bisect_right(sent_chars, last.start) < bisect_right(sent_chars, at) - 1:
                    last = None  # ("..., terms dismissed by Y": the terms of this sentence or the one before)
                # (not when another side's untyped demand came after it: "M23 demanded the release of prisoners")
                owner = last.holder if last and not newer_demand(
                    R, A, doc, cues, asks, sents, bisect_right(sent_chars, last.start) - 1, c, last) else None
                if last is None and t.lower_ in R.w.package_nouns:
                    # "Kinshasa has rejected the demands. The M23 wants direct talks and ...": where no other
                    # side's demand came before, the set is the one the next sentence states
                    owner = next_demand(A, sent_chars, demands, demand_starts, t.idx, rh.party)
            if owner is None or not owner.party:
                continue
            if rh and rh.party and rh.party != owner.party:
                ev = doc[min(c.start, t.i):max(c.end, t.i + 1)]
                packages.append((owner.party, rh, ev.start_char, ev.end_char, t))
    # "Kyiv has rejected the idea outright": the demands the story reported last, in this or the two sentences
    # before, are refused -- each type once, by the side that refuses.
    sent_starts = [x.start for x in sents]
    # the rejections found so far by start, with the furthest end reached up to each (refused_at: one bisection)
    reject_spans = sorted((f.start, f.end) for f in found if f.stance == "reject")
    reject_starts = [a for a, _ in reject_spans]
    reject_reach = list(accumulate((b for _, b in reject_spans), max))
    # (the demands by position, as sorted above: a pointer looks only at the three sentences up to it)
    for c in refusals:
        if c.category != "reject" or c.rule["holder"] not in {"subject", "possessor"}:
            continue
        noun_cue = c.rule["holder"] == "possessor"  # "his opposition to this": the noun's owner refuses
        clause = None if noun_cue else clause_refusal(R, doc, c, cues)
        if clause is not None and refused_at(reject_starts, reject_reach, doc[c.start].idx):
            clause = None  # (", which Y rejected" on a term the cue itself already refused: one refusal, not two)
        bare = clause is not None or (not noun_cue and bare_refusal(R, doc, c))
        # ("ruled that out": a pointer inside a cue of several words is read too)
        for t in ([doc[c.start]] if bare else doc[c.start + 1:min(max(c.hi, c.end), c.end + 4)]):
            # "Ukrainian officials rejected that out of hand": a demonstrative object points back the same way;
            # so do "rejected them", "would not accept any of them" and a refusal with no object at all ("M23
            # demanded direct talks. Kinshasa refused.")
            pointer = bare or (t.lower_ in {"that", "this"} and t.dep_ == "dobj" and c.start <= t.head.i < c.end)
            # "has refused to do so": the act just asked of it
            pointer = pointer or (not noun_cue and t.lower_ == "so" and t.head.lemma_ == "do" and
                                  t.head.dep_ == "xcomp" and c.start <= t.head.head.i < c.end)
            # "reiterated his opposition to this", "Baku's objections to that": the refusal noun's own preposition
            pointer = pointer or (noun_cue and t.lower_ in POINTERS and t.dep_ == "pobj" and
                                  c.start <= t.head.i < c.end)
            if noun_cue and not pointer:
                continue
            # "rejected any such plan", "would not accept such demands"
            pointer = pointer or (t.dep_ == "dobj" and t.pos_ == "NOUN" and c.start <= t.head.i < c.end and
                                  t.lower_ in R.w.idea_nouns | R.w.package_nouns | R.echo_nouns and
                                  any(d.lower_ == "such" for d in t.children))
            pointer = pointer or (t.lower_ in {"them", "these", "those", "both"} and t.pos_ in {"PRON", "DET"} and (
                (t.dep_ == "dobj" and c.start <= t.head.i < c.end) or
                (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in QUANTIFIERS and
                 c.start <= t.head.head.head.i < c.end)))
            # "Zelensky is pushing a plan that envisages X, but Moscow dismissed it": "it" points back at a set of
            # terms named in this sentence or the one before
            pointer = pointer or (t.lower_ == "it" and t.dep_ == "dobj" and c.start <= t.head.i < c.end and not any(
                m.dep_ == "mark" and m.lower_ in {"if", "unless", "whether"} for m in t.head.children) and any(
                x.lower_ in R.set_nouns and x.pos_ == "NOUN"
                for x in doc[sents[max(0, bisect_right(sent_starts, c.start) - 2)].start:c.start]))
            # "The Houthis reject that framing": a noun a demonstrative points back with does too.
            pointer = pointer or (t.dep_ == "dobj" and t.pos_ == "NOUN" and c.start <= t.head.i < c.end and any(
                d.dep_ == "det" and d.lower_ in {"that", "this", "these", "those"} for d in t.children))
            # "Pashinyan rejected the demand to change the constitution": a demand whose content names no
            # condition type echoes the demand reported before when it repeats one of its nouns.
            echo = echo_of(R, A, t, in_types) if not pointer else None
            if not pointer and not echo and (t.lower_ not in R.w.idea_nouns or t.tag_ != "NN" or
                                not any(d.dep_ == "det" and d.lower_ in {"the", "this", "that", "such"}
                                        for d in t.children) or
                                any(d.dep_ in {"prep", "poss", "compound", "amod", "acl", "relcl"}
                                    for d in t.children)):
                continue
            rh = holders.cue_holder(R, A, doc, c)
            if rh is None or not rh.party:
                break
            if not pointer and plans.is_plan(R, t) and plans.refused(doc, c.start, c.end, t) and \
                    plans.owner(R, A, t, rh.party) is not None:
                break  # a plan the story named with its owner: its owner's terms (the package pass), no others
            here = bisect_right(sent_starts, c.start) - 1
            window = demands[bisect_left(demand_starts, sents[max(0, here - 2)].start_char):
                             bisect_left(demand_starts, t.idx)]
            if clause is not None:
                # (", which Y rejected" refuses what ends before its comma, and what holds the noun it hangs off)
                comma, anchor = clause
                window = [f for f in window if f.end <= comma.idx and (anchor is None or f.start <= anchor.idx < f.end)]
            prior = [f for f in window if f.holder.party != rh.party]
            if not prior:
                # "Ankara floated the idea of a land swap. Nicosia turned this idea down.":
                # nobody's demand was reported, but the noun names again what it named before
                ev = doc[c.start:max(t.i + 1, c.end)]
                for typ in echoed_types(A, t, sents[max(0, here - 2)].start) if t.pos_ == "NOUN" else ():
                    found.append(Found(typ, "reject", rh, None, [], ev.start_char, ev.end_char))
                break
            last = max(prior, key=lambda f: f.start)
            at = bisect_right(sent_chars, last.start) - 1
            # (", which Y refused" refuses what its own sentence asked: "It also offered a truce, which Y refused")
            if here - at > 2 or (clause is not None and at != here) or newer_demand(R, A, doc, cues, asks, sents, at, c, last):
                break
            if echo and not echo & {x.lemma_.lower() for x in sents[at] if x.pos_ in {"NOUN", "PROPN"}}:
                break
            ev = doc[c.start:max(t.i + 1, c.end)]
            # "dismissed the plan": a noun naming a set of terms stands for all its owner's terms the window
            # reported, however many sentences they took; "that" / "the idea" for the last statement's only
            whole = t.lower_ in R.doc_nouns or t.lower_ in R.w.package_nouns
            for typ in sorted({f.type for f in prior if f.holder.party == last.holder.party and
                               not owed_elsewhere(R, A, f, rh.party) and
                               (whole or bisect_right(sent_chars, f.start) - 1 == at)}):
                found.append(Found(typ, "reject", rh, None, [], ev.start_char, ev.end_char))
            break
    # "Kyiv said the demand was unacceptable", "Netanyahu called the demand delusional", "Yerevan calls these demands
    # a capitulation", "the army would not agree to that": a refusal said of a term that points back refuses the
    # demands the story reported last, as a pointer object does.
    for c in refusals:
        if c.category != "reject":
            continue
        ref, verb = evaluated_reference(R, doc, c)
        if ref is None or (c.rule["holder"] == "subject" and ref.dep_ == "dobj"):
            continue  # (a refusing verb's own object: the pointer pass above)
        subj = resolve.subject(R, A, verb) if verb is not None else None
        rh = resolve.resolve(R, A, subj) if subj is not None and subj.i != ref.i else None
        rh = rh if rh and rh.party else holders.walk_up(R, A, doc[c.start])
        if rh is None or not rh.party:
            continue
        owner = plans.owner(R, A, ref, rh.party) if plans.is_plan(R, ref) else None
        if owner is not None and owner.party != rh.party:
            # "Baku called the initiative a non-starter": every term of the plan the story named, with its owner
            ev = doc[min(c.start, ref.i):max(c.end, ref.i + 1)]
            packages.append((owner.party, rh, ev.start_char, ev.end_char, ref))
            continue
        here = bisect_right(sent_starts, c.start) - 1
        window = demands[bisect_left(demand_starts, sents[max(0, here - 2)].start_char):
                         bisect_left(demand_starts, min(ref.idx, doc[c.start].idx))]
        prior = [f for f in window if f.holder.party != rh.party]
        if not prior:
            continue
        last = max(prior, key=lambda f: f.start)
        at = bisect_right(sent_chars, last.start) - 1
        ev = doc[min(c.start, ref.i):max(c.end, ref.i + 1)]
        for typ in sorted({f.type for f in prior if f.holder.party == last.holder.party and
                           not owed_elsewhere(R, A, f, rh.party) and bisect_right(sent_chars, f.start) - 1 == at}):
            found.append(Found(typ, "reject", rh, None, [], ev.start_char, ev.end_char))
    # what each side demands, once: a package looks its owner up instead of reading every finding again
    asks: dict[str, set] = {}
    gives: dict[str, set] = {}
    for f in found if packages else ():
        if f.stance in {"demand", "offer"} and f.holder and f.holder.party:
            (asks if f.stance == "demand" else gives).setdefault(f.holder.party, set()).add((f.type, f.on))
    for owner, rh, st, en, noun in packages:
        # "the army rejected the RSF's offer": an offer stands for what its owner proposes both sides do too
        terms = asks.get(owner, set()) | {(t, on) for t, on in gives.get(owner, ()) if offered_type(R, noun, t)}
        demanded = sorted({t for t, on in terms if not owed(R, t, on, rh.party)})
        for t in demanded:
            found.append(Found(t, "reject", rh, None, [], st, en))
    found = expand(R, found)
    if A.plans is not None:  # (no plan named: no lookup built, nothing to settle)
        sides = plans.spokesmen(R, A, doc)
        for f in found:
            if f.holder is not None and not f.holder.party and f.holder.name in sides:
                f.holder = Holder(f.holder.name, sides[f.holder.name])
    doc._.pc_cond_found = found
    return found


def last_demand(demands: list[Found], starts: list[int], at: int, refuser: str) -> Found | None:
    """The last demand (by position, the first listed among equals) of a side other than `refuser` that starts
    before character `at`; `demands` are sorted by start, `starts` their starts."""
    k = bisect_left(starts, at) - 1
    while k >= 0 and demands[k].holder.party == refuser:
        k -= 1
    if k < 0:
        return None
    while k > 0 and starts[k - 1] == starts[k] and demands[k - 1].holder.party != refuser:
        k -= 1
    return demands[k]


def next_demand(A: Article, sent_chars: list[int], demands: list[Found], starts: list[int], at: int,
                refuser: str) -> Holder | None:
    """The holder of the first demand of a side other than `refuser` stated after character `at`, in the rest of
    its sentence or the sentence after it (`demands` sorted by start, `starts` their starts)."""
    here = bisect_right(sent_chars, at) - 1
    end = A.sents[min(len(A.sents) - 1, here + 1)].end_char
    for k in range(bisect_right(starts, at), bisect_left(starts, end)):
        if demands[k].holder.party != refuser:
            return demands[k].holder
    return None


def offered_type(R, noun: Token, type_: str) -> bool:
    """Whether a proposal noun ("the offer", "Hamas's proposal") stands for its owner's offer of `type_`: a term
    both sides take (a truce, talks, an exchange), not a concession its owner makes, which nobody refuses."""
    return noun.lower_ in R.proposal_offer_nouns and type_ not in R.w.yield_types


def newer_demand(R, A, doc: Doc, cues: list[Cue], asks: list, sents: list, at: int, c: Cue, last: Found) -> bool:
    """ "Both leaders called for a ceasefire. M23 demanded the release of prisoners. Kinshasa rejected these
    demands.": a side's demand that names no condition type, made after the last typed one (in a later sentence,
    by another side), is what the pointer refers to."""
    if at + 1 >= len(sents):
        return False
    lo = bisect_left(asks, (sents[at + 1].start_char, -1))
    hi = bisect_left(asks, (doc[c.start].idx, -1))
    for _, k in asks[max(lo, hi - 3):hi]:  # (the nearest few: the pointer looks back three sentences at most)
        verb = doc[cues[k].start]
        if any(x.dep_ in {"dobj", "dative"} and (pairs.counted_pair(R, x) or x.lower_ in R.w.all_pronouns or (
                x.tag_ == "NNS" and x.lower_ in R.w.pair_nouns and
                any(d.lower_ in R.w.pair_determiners and d.dep_ in {"det", "predet"} for d in x.children)))
               for x in verb.children):
            continue  # "The UN urged both sides / all parties to show restraint": an appeal to all, no side's terms
        h = holders.cue_holder(R, A, doc, cues[k])
        if h is not None and h.party and h.party != last.holder.party:
            return True
    return False


def echoed_types(A: Article, noun: Token, lo: int) -> list[str]:
    """The condition types named inside the last noun of the same lemma between token lo and the demonstrative noun
    ("the idea of a land swap" ... "this idea")."""
    lemma = noun.lemma_.lower()
    for x in reversed(noun.doc[lo:noun.i]):
        if x.pos_ == "NOUN" and x.lemma_.lower() == lemma and x.dep_ != "compound":
            # (not what a clause under it is for: "... an exchange to reach a ceasefire agreement"): one walk down
            # the noun's tree that does not enter such a clause
            got: set[str] = set()
            todo = list(x.children)
            while todo:
                y = todo.pop()
                if y.dep_ in {"acl", "relcl", "advcl"} and y.pos_ == "VERB":
                    continue
                got.update(A.type_at.get(y.i, ()))
                todo.extend(y.children)
            return sorted(got)
    return []


def owed_elsewhere(R, A, f: Found, refuser: str | None) -> bool:
    """A concession the demand asks of a third side ("a truce under which Israel would pull back", proposed by
    Egypt): rejecting the proposal is no refusal of it by the side that rejects."""
    return owed(R, f.type, f.on, refuser)


def owed(R, type_: str, on: str | None, refuser: str | None) -> bool:
    return type_ in R.w.yield_types and on is not None and on != refuser


def echo_of(R, A, t: Token, in_types: set[int]) -> set[str] | None:
    """The nouns of "the demand to change the constitution" / "calls to amend it" when that demand names no
    condition type of its own (else None)."""
    if t.lower_ not in R.echo_nouns or t.tag_ not in {"NN", "NNS"}:
        return None
    if t.tag_ == "NN" and not any(d.dep_ == "det" and d.lower_ in {"the", "this", "that", "such"}
                                  for d in t.children):
        return None
    if any(d.dep_ in {"poss", "compound", "amod"} for d in t.children):
        return None
    content = [x for x in t.subtree if x.i != t.i]
    if not any(d.dep_ in {"prep", "acl", "relcl"} for d in t.children):
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        # "rejected calls to amend the constitution", parsed as a clause of the verb: the clause is the content
        if nxt is None or nxt.lower_ != "to" or nxt.head.i <= nxt.i or nxt.head.pos_ != "VERB":
            return None
        content = list(nxt.head.subtree)
    if any(x.i in in_types for x in content):
        return None
    nouns = {x.lemma_.lower() for x in content if x.pos_ in {"NOUN", "PROPN"}}
    return nouns or None


def expand(R, found: list[Found]) -> list[Found]:
    """One Found per holder when a coordinated subject names several sides. "Ethiopia and Eritrea signed a deal
    that required Eritrean troops to leave": of a concession demanded, the side that must make it offers it (as
    frames.py has it for a single holder), the others demand it."""
    out = []
    for f in found:
        out.append(f)
        if f.holder is None or not f.holder.others:
            continue
        own = f.stance == "demand" and f.type in R.w.yield_types and f.on is not None
        for o in f.holder.others:
            stance = "offer" if own and o.party == f.on else f.stance
            out.append(Found(f.type, stance, Holder(o.name, o.party), f.on, f.regions, f.start, f.end,
                             dict(f.extra)))
        f.holder = Holder(f.holder.name, f.holder.party)
    return out


POINTERS = {"that", "this", "these", "those", "it"}
QUANTIFIERS = {"any", "all", "none", "each", "either", "both"}


def described_terms(R, doc: Doc, c: Cue, lo: int) -> Token | None:
    """The set of terms a refusal's clause describes: "the conditions that Beijing turned down", "demands that Manila
    said were unacceptable", "terms quickly dismissed by the junta", "preconditions, which we cannot agree to". Walks
    up from the cue through the few heads a predicate hangs from ("were unacceptable" under "said") to a relative
    clause or participle on a package noun, in the cue's sentence (from token lo)."""
    t = doc[c.start:c.end].root
    for _ in range(4):
        if scopes.package_clause(R, t, lo) is not None:
            return t.head
        # (and "described as absurd": the predicate a classifying verb takes with "as")
        if not (t.dep_ in {"acomp", "attr", "oprd", "ccomp", "xcomp", "neg", "aux", "auxpass", "advmod", "conj"} or
                (t.dep_ == "pobj" and t.head.lower_ == "as") or (t.dep_ == "prep" and t.lower_ == "as")) or \
                t.head.i == t.i:
            return None
        t = t.head
    return None


def terms_giver(R, A, noun: Token) -> Holder | None:
    """Who put forward the terms a refusal's clause describes: the subject of the verb that takes them ("Hamas made /
    came up with demands that ..."), not of a verb that itself refuses them."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or verb.pos_ != "VERB" or scopes.refusing_verb(R, verb):
        return None
    subj = resolve.subject(R, A, verb)
    h = resolve.resolve(R, A, subj) if subj is not None else None
    return h if h and h.party else None


def bare_refusal(R, doc: Doc, c: Cue) -> bool:
    """A refusing verb with nothing it refuses in its clause ("Kinshasa refused.", "Yerevan rejected outright"):
    it refuses what was just asked of it. Not "declined" (declining to comment is its usual sense)."""
    v = doc[c.start]
    if c.end - c.start != 1 or v.pos_ != "VERB" or v.lemma_.lower() not in {"refuse", "reject"}:
        return False
    if v.i + 1 < len(doc) and doc[v.i + 1].lower_ == "to":
        return False
    return not any(x.dep_ in {"dobj", "xcomp", "ccomp", "prep", "dative", "attr", "oprd", "nsubjpass", "auxpass",
                              "agent", "acomp"} for x in v.children) and v.dep_ not in {"amod", "acl", "relcl"}


def refused_at(starts: list[int], reach: list[int], at: int) -> bool:
    """Does a rejection found so far cover character at (starts sorted, reach the running maximum of their ends)?"""
    k = bisect_right(starts, at) - 1
    return k >= 0 and reach[k] > at


def clause_refusal(R, doc: Doc, c: Cue, cues: list[Cue]) -> tuple[Token, Token | None] | None:
    """ "Baku demands that Yerevan amend its constitution, which Pashinyan has refused": a refusal in a relative clause
    set off by a comma, with no object of its own, refuses what the clause before it asked, as a bare refusal does.
    Gives (the comma, the noun the clause hangs off or None): what it refuses ends before the comma ("demanded a
    truce, which Y rejected, and the army to leave" refuses no pullout) and, when the clause hangs off a noun that
    sums up nothing, holds that noun ("wants X to leave the border and backs the envoy, which Y rejected" refuses
    the envoy, not the pullout). A hedged refusal ("which Y may yet reject") refuses nothing, as in the frames."""
    v = next((t for t in reversed(doc[c.start:c.end]) if t.pos_ == "VERB"), None)  # ("which Y ruled out")
    if v is None or not scopes.refusing_verb(R, v):
        return None
    first = v.left_edge
    if first.lower_ not in R.w.clause_pointers or first.i == 0 or doc[first.i - 1].text != ",":
        return None
    # (a phrase after it dates or qualifies the refusal: "which Kyiv rejected on Tuesday / as absurd"; "which Kyiv
    # refused to accept": the verb it governs has no object of its own either)
    if any(x.i > v.i and (x.dep_ in {"dobj", "ccomp", "dative"} or (x.dep_ == "xcomp" and (
        x.lemma_.lower() not in R.w.weighing_verbs | R.w.acceptance_verbs or any(
            y.dep_ in {"dobj", "ccomp", "xcomp"} and y.i > x.i for y in x.children)))) for x in v.children):
        return None
    # (a hedge of stance_cues.jsonl's hypothetical rows before its verb, as a cue or inside the refusal's own cue)
    # (the cues are sorted by start: only those that start inside the clause are read)
    inside = cues[bisect_right(cues, first.i, key=lambda h: h.start):bisect_left(cues, v.i, key=lambda h: h.start)]
    if any(x.dep_ == "aux" and x.lower_ in R.hedge_words for x in v.children) or any(
            h.category == "hypothetical" and h.end <= v.i and h.lo <= v.i < h.hi for h in inside):
        return None
    anchor = None
    if v.dep_ == "relcl" and v.head.pos_ in {"NOUN", "PROPN"} and v.head.i < first.i and \
            v.head.lower_ not in R.w.idea_nouns | R.w.proposal_nouns:
        # (the verb that takes the noun: "withdraw its troops from the berm, which ..." hangs off the asked act)
        anchor = next((a for a in v.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if anchor is None:
            return None
    return doc[first.i - 1], anchor


def evaluated_reference(R, doc: Doc, c: Cue) -> tuple[Token | None, Token | None]:
    """(the term a refusal is said of, the verb that says it) when that term points back: "the demand was
    unacceptable" (subject of the predicate), "called the demand delusional" (object of a classifying verb),
    "would not agree to that" (object of the negated verb)."""
    t0 = doc[c.start:c.end].root
    cands, verb = [], None
    if (t0.dep_ in {"acomp", "attr"} or (t0.dep_ == "prep" and t0.head.lemma_ == "be")) and \
            t0.head.pos_ in {"AUX", "VERB"}:
        # ("This is out of the question": the phrase hangs on the copula as a preposition)
        verb = t0.head
        cands = [x for x in verb.children if x.dep_ in {"nsubj", "nsubjpass"}]
        verb = verb.head if verb.dep_ in {"ccomp", "conj"} and verb.head.pos_ == "VERB" else verb
    elif t0.dep_ in {"oprd", "xcomp", "ccomp", "dobj"} and t0.head.lemma_.lower() in R.w.classify_verbs:
        verb = t0.head
        cands = [x for x in verb.children if x.dep_ in {"dobj", "nsubj"} and x.i < t0.i and x.dep_ != "nsubj"]
        cands += [x for x in t0.children if x.dep_ == "nsubj"]
        # "called the demand delusional", parsed with "demand" as a compound of the predicate
        if any(d.dep_ == "det" and d.lower_ in {"the", "this", "that", "these", "those", "such"} for d in t0.children):
            cands += [x for x in t0.children if x.dep_ == "compound" and x.lower_ in R.echo_nouns | R.w.idea_nouns]
            if cands and cands[-1].dep_ == "compound":
                return cands[-1], verb
    elif t0.dep_ == "amod" and t0.i > t0.head.i and t0.head.dep_ == "dobj" and \
            t0.head.head.lemma_.lower() in R.w.classify_verbs:
        # "called the proposals unacceptable", parsed with the predicate as an adjective after its noun
        verb, cands = t0.head.head, [t0.head]
    elif (t0.dep_ in {"neg", "aux"} or t0.pos_ == "VERB") and (t0.head if t0.pos_ != "VERB" else t0).pos_ == "VERB":
        verb = t0.head if t0.pos_ != "VERB" else t0
        so = next((x for x in verb.children if x.lower_ == "so" and x.dep_ in {"advmod", "dobj"}), None)
        if verb.lemma_ == "do" and so is not None:
            return so, verb  # "said it will not do so": what was just asked of it
        if verb.lemma_.lower() in R.w.assent_words and verb.tag_ != "VBD" and not any(
                a.dep_ == "aux" and a.tag_ == "VBD" and a.lemma_ != "would" for a in verb.children):
            # "That will never happen": the subject of an occurrence to come ("it did not happen" reports)
            cands = [x for x in verb.children if x.dep_ == "nsubj" and x.i < t0.i]
        cands = cands + [x for x in verb.children if x.dep_ == "dobj"] + \
            [p for x in verb.children if x.dep_ == "prep" and x.lower_ in {"to", "with", "on"}
             for p in x.children if p.dep_ == "pobj"]
    for x in cands:
        if x.lower_ in POINTERS and x.pos_ in {"PRON", "DET"}:
            return x, verb
        if x.pos_ == "NOUN" and x.lower_ in (R.echo_nouns | R.w.idea_nouns | R.set_nouns) and \
                points_back(x, {"the", "this", "that", "these", "those", "such"}) and \
                not any(d.dep_ in {"poss", "compound", "prep", "acl", "relcl"} for d in x.children):
            return x, verb
    return None, None
