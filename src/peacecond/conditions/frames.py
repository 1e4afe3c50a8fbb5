"""frames: the stance of each mention (demand, reject, offer) from the cues whose scope covers it (stage 3).

Like medspaCy's ConText: a cue (patterns/stance_cues.jsonl) has a category, a direction and a scope that ends where
its clause ends (a terminating cue, a stop word, the sentence), widened where the parse says a demanding verb or an
obligation governs more ("demands X, Y and Z", "would have to accept X, and guarantee Y": cue_scope.py). For each
mention the nearest covering cue decides the stance; holders.py says who holds it, targets.py who must act and where.
Sets doc._.pc_cond_cues and doc._.pc_cond_found.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc

from ..boilerplate import inside
from . import appeals, clauses, commitments, enumerations, facts, holders, mentions, negation, pacts, reasons, \
    rereads, resolve, scopes, targets
from .cue_scope import parse_scope, scope
from .model import SUBJ, Article, Cue, Found, sent_of

STANCE_OF = {"demand": "demand", "condition_clause": "demand", "reject": "reject", "offer": "offer"}
# "demands which Kinshasa rejected": a refusal of what the clause before named, no form of talks of the refuser's
RELATIVE_REFUSAL = {"which", "something", "what"}
# an offer verb coordinated under "must" (clauses.under_modal) read as "must agree to" is: a strong demand the
# statement's speaker holds
OBLIGED = {"category": "demand", "holder": "none", "strength": "strong", "direction": "forward", "max_scope": 14,
           "terminated_by": {"goal", "offer", "condition_clause"}, "stop_at": set(), "goal_if_next": set(),
           "exchange": False, "line": 0}


def find_cues(R, A: Article, doc: Doc, in_types: set[int]) -> list[Cue]:
    """doc._.pc_cond_cues: every stance cue outside boilerplate, with its scope. A refusal or offer cue inside a
    mention is part of what it says ("no plans to join NATO", "to guarantee the safety of"), not a stance on it."""
    boiler = doc._.pc_boilerplate or []
    cues = [c for c in match_cues(R, A, doc) if not inside(boiler, doc[c.start].idx, doc[c.start].idx + 1)
            and not (c.category in {"reject", "offer"} and all(i in in_types for i in range(c.start, c.end))
                     and not (c.rule.get("negation") and negation.passive(doc, c)))]
    make = doc.vocab.strings["make"]
    conditioning = {doc.vocab.strings[w] for w in R.w.conditioning_verbs | R.w.tying_verbs}
    lemmas = doc.to_array([LEMMA])
    # no Token objects, no loop over the tokens: speed
    hits = numpy.flatnonzero(numpy.isin(lemmas, numpy.array(sorted(conditioning | {make}), dtype=lemmas.dtype)))
    makes = {int(i) for i in hits if lemmas[i] == make}
    per_sent = by_sentence(A, cues)
    # "Moscow demands Kyiv's rejection of NATO membership": a refusal noun that is what a side asks for is the
    # content of the demand, no refusal (dropped before the scopes, so it ends no demand's window)
    asked = {id(c) for cs in per_sent.values() for c in cs if c.category == "reject" and
             clauses.demanded_refusal(R, doc, c, cs)}
    if asked:
        cues = [c for c in cues if id(c) not in asked]
        per_sent = by_sentence(A, cues)
    make_sents = {sent_of(A, i).start for i in makes}
    reasoned: set[int] = set()
    for sent in A.sents:
        local = per_sent.get(sent.start, [])
        for c in local:
            scope(R, A, c, sent, local)
            if c.rule.get("negation"):
                negation.widen(R, A, c, sent)
        if any(c.category == "reject" for c in local):
            cues.extend(reasons.reason_cues(R, A, sent, local, reasoned))
        if sent.start in make_sents:
            cues.extend(enumerations.make_cues(R, A, sent, makes))
        cues.extend(enumerations.listed_terms(R, A, sent, local))
        cues.extend(enumerations.colon_terms(R, A, sent, local))
        cues.extend(enumerations.included_terms(R, A, sent))
    for i in (int(i) for i in hits if lemmas[i] != make):  # (scoped by the parse: after scope())
        cues.extend(enumerations.conditioning_cues(R, A, doc[i]))
    # "Baku will strike if Yerevan does not accept the terms", "refused to say whether it would accept a truce",
    # "whether Moscow will demand X": a refusal, offer or a side's demanding verb supposed or asked about is
    # nobody's (it has ended the scopes it ends; it states no stance); nor is a stance a question asks about
    # ("Will Baku demand X?")
    cues = [c for c in cues if not ((c.category in {"reject", "offer"} or (c.category == "demand" and
                                                                          c.rule["holder"] == "subject"))
                                    and supposed(R, A, doc, c))
            and not (c.category in STANCE_OF and clauses.asked(R, A, doc, c))
            and not (c.category == "reject" and (negation.negated_refusal(R, doc, c)  # "has not rejected X"
                                                 or facts.refused_claim(R, doc, c)))  # "rejected claims that X had"
            and not (c.rule.get("trailing") and not clauses.trailing(doc[c.start]))]
    cues = rereads.reread(R, doc, reasons.inside_reasons(cues, reasoned))  # "rejected it as it lacks X": X wanted
    # "denied a report that Putin had demanded X": a stance in the content of a denied report is nobody's
    # ("denied that it had agreed to a truce": the same for a past clause the denying verb takes, facts.py); nor is
    # one in what a side is accused of ("accused Kyiv of demanding X")
    cues = [c for c in cues if not (c.category in {"demand", "reject", "offer"} and (
        clauses.denied_report(R, doc, c) or facts.denied_clause(R, doc, c) or clauses.charged(R, doc, c)))
        and not (c.category in STANCE_OF and facts.asked_if(R, doc, c))]
    per_sent = by_sentence(A, cues)
    cues = [c for c in cues if not (c.category in {"reject", "offer"} and
                                    clauses.demanded_content(doc, c, per_sent.get(sent_of(A, c.start).start, [])) and
                                    not scopes.gapped_refusal(R, doc, c))]
    cues.sort(key=lambda c: c.start)
    for c in cues:
        if c.rule["direction"] == "previous" and c.hi > c.lo:
            A.backrefs.setdefault(sent_of(A, c.lo).start, []).append(c)
    doc._.pc_cond_cues = cues
    return cues


def supposed(R, A: Article, doc: Doc, c: Cue) -> bool:
    """clauses.supposed; a side's demand supposed ("If Russia demands a withdrawal, why should Ukraine agree?")
    leaves its clause's extent on A.supposed_demands: what it would demand is no term of the condition clause
    that opens it (in_supposed_demand)."""
    clause = clauses.supposing_clause(R, A, doc, c)
    if clause is None:
        return False
    if c.category == "demand":
        A.supposed_demands.setdefault(sent_of(A, c.start).start, []).append((clause.left_edge.i,
                                                                            clause.right_edge.i))
    return True


def in_supposed_demand(A: Article, sent, c: Cue, s: int, e: int) -> bool:
    """Do the condition clause cue c and the mention s..e stand in the clause of a supposed demand?"""
    return any(lo <= c.start <= hi and lo <= s and e - 1 <= hi for lo, hi in A.supposed_demands.get(sent.start, ()))


def item_at(items: list, starts: list[int], char: int):
    """The first list item holding char (items may nest: a header's items, then ordinal items)."""
    return next((it for it in items if it[0] <= char < it[1]), None) if items and char >= min(starts) else None


def by_sentence(A: Article, cues: list[Cue]) -> dict[int, list[Cue]]:
    """Sentence start -> its cues, in order (one pass: asking per sentence or per mention would grow with the
    square of an article's length)."""
    out: dict[int, list[Cue]] = {}
    for c in cues:
        out.setdefault(sent_of(A, c.start).start, []).append(c)
    return out


def match_cues(R, A, doc: Doc) -> list[Cue]:
    strings = doc.vocab.strings
    raw = [(strings[m], s, e) for m, s, e in R.cue_matcher(doc)] + \
          [(strings[m], s, e) for m, s, e in R.cue_phrases(doc)]
    # "slammed Kyiv's proposal": the last tokens a row requires after its cue (context_after) are not the cue's own,
    # nor the first ones it requires before it ("mediation | to end the fighting": context_before)
    rules = R.cue_rules
    raw = [(k, min(e - 1, s + rules[int(k[1:])]["context_before"]), e) for k, s, e in raw]
    raw = [(k, s, max(s + 1, e - rules[int(k[1:])]["context_after"])) for k, s, e in raw]
    # Ties go to the earlier row of stance_cues.jsonl ("C3" before "C29": by number, not as text).
    raw.sort(key=lambda x: (-(x[2] - x[1]), x[1], int(x[0][1:])))
    taken: set[int] = set()
    cues = []
    for key, s, e in raw:  # the longest cue wins ("not rule out" shadows "not" and "rule out")
        if taken.intersection(range(s, e)):
            continue
        taken.update(range(s, e))
        rule = R.cue_rules[int(key[1:])]
        if rule["holder"] == "subject" and rule["category"] == "demand" and clauses.supposed_want(R, doc, s, e):
            # "If they wanted peace, they would withdraw first": a want the speaker supposes of another side is
            # the speaker's argument, held as a modal's is, not by the supposed wanter
            rule = dict(rule, holder="none")
        cues.append(Cue(rule, s, e))
    cues.sort(key=lambda c: c.start)
    return cues


# the words that open the goal inside a cue that ends as a goal ("as part of the talks", "as a condition for")
CUE_GOAL_PREPS = {"of", "for", "to"}


def read_mentions(R, A: Article, doc: Doc, types: list, cues: list[Cue], items: list) -> list[Found]:
    """doc._.pc_cond_found: each mention with the stance of the cue that covers it, its holder, the side that must
    act and its regions; a list item takes its header's (enumerations.py)."""
    found: list[Found] = []
    doc._.pc_cond_found = found  # read by continued.continued_holder while it grows
    per_sent = by_sentence(A, cues)
    item_starts = [it[0] for it in items]
    named = {i for _, ms, me, _ in types for i in range(ms, me)}
    for t, s, e, trule in types:
        tdef = R.types[t]
        if t == "withdrawal" and mentions.exile(R, A, doc, s, e):
            continue
        if scopes.terms_goal(R, doc, s, e, named, t):
            continue  # "a list of conditions that must be met for a truce": what the terms are for
        need_strong = (trule.get("strength") or tdef["strength"]) == "strong"
        span = doc[s:e]
        item = item_at(items, item_starts, span.start_char)
        sent = sent_of(A, s)
        local = per_sent.get(sent.start, [])
        if sent.start in A.backrefs:
            local = local + A.backrefs[sent.start]
        covering = []
        for c in local:
            if c.start < e and s < c.end:  # "Sanctions must be lifted": the cue sits inside the mention
                if c.category == "demand" and c.start < s and e < c.end and \
                        doc[c.end - 1].lower_ in R.w.condition_markers:
                    continue  # "would only sign a ceasefire if ...": what stands before is the goal
                if c.rule.get("ends_as") == "goal" and any(doc[i].lower_ in CUE_GOAL_PREPS for i in range(c.start, s)):
                    continue  # "freed them as part of the talks with X": the cue's own goal noun, no term of it
                if c.rule.get("negation") and negation.in_mention(doc, c, s, e):
                    c = negation.as_content(R, c)  # "must not join NATO" demands neutrality; "will not join" nothing
                    if c is None:
                        continue
                dist = 0
            elif not ((c.lo <= s < c.hi) or (c.lo < e <= c.hi) or parse_scope(R, A, doc, c, s, e, local) or
                      scopes.additive(R, doc, c, s, e)):
                continue
            elif c.category in {"demand", "reject"} and not c.rule.get("reason") and clauses.aside(R, A, doc, c, s, e):
                continue
            elif c.category in STANCE_OF and clauses.accused(R, A, doc, c, s, e):
                continue  # "called for elections, accusing him of giving up land": a charge, no stance
            elif c.category in STANCE_OF and facts.broken_deal(R, A, doc, c, s, e):
                continue  # "rejected claims that it had breached the ceasefire": a deal broken, no term
            elif c.category in STANCE_OF and facts.deal_event(R, doc, c, s, e):
                continue  # "demanded that the rebels leave after the truce collapsed": the truce's course
            elif c.category == "reject" and clauses.kind_refused(doc, s, e):
                continue  # "rejects any ceasefire that freezes the front": a kind of truce refused, not the truce
            elif c.category == "reject" and facts.ended_without(R, doc, c):
                continue  # "the talks ended without a truce": what a meeting did not give, no one's refusal
            elif scopes.goal_conjunct(doc, c, s, e) or scopes.off_object(R, doc, c, s, e):
                continue  # "as a precondition for peace and a ceasefire": more of the goal; scopes.off_object
            else:
                dist = s - c.end if c.end <= s else c.start - e
            if trule.get("max_gap") is not None and dist > trule["max_gap"] and not (
                    c.category == "demand" and c.rule["holder"] == "subject" and c.end <= s and
                    enumerations.in_object(doc, c, clauses.mention_root(doc, s, e))):
                continue  # (an object coordinated under the demanding verb is its own, however far: "demanded
                #           the withdrawal of X and direct talks with Y")
            if c.rule.get("document") and not holders.document_cue(R, A, doc, c):
                continue  # "the memorandum foresees X" states a demand; "the talks foresee" nothing
            if trule.get("stances") and STANCE_OF.get(c.category, "demand") not in trule["stances"]:
                continue
            if trule.get("refused_object") and c.category == "reject" and not scopes.refused_object(R, doc, c, s, e):
                continue  # "rejected any talks" refuses a form of talks; "has not held talks since May" none
            if c.rule.get("negation") and c.category == "reject" and negation.refuses_nothing(R, A, doc, c, s, e):
                continue  # "a move not recognised by most states", "Washington has not lifted the embargo" (Havana)
            covering.append((dist, -c.start, c))
        # "Any agreement that does not guarantee a ceasefire and a withdrawal is unacceptable": a cue that says what
        # its own clause demands outranks the refusal outside it, however near ("wins_over").
        wins = {cat for _, _, c in covering for cat in c.rule.get("wins_over") or ()}
        covering.sort(key=lambda x: (x[2].category in wins and not x[2].rule.get("wins_over"), x[0], x[1]))
        region_ids = targets.regions(R, A, doc, s, e, A.multi_sents, t) if tdef["regions"] else []
        if item is not None and not any(c.category in {"goal"} for _, _, c in covering[:1]):
            f = enumerations.item_condition(R, A, doc, item, cues, t, s, e, region_ids)
            # "-> Borders: Armenia does not accept any withdrawal of its troops", under Armenia's own plan: an item
            # that negates a concession its holder would make refuses it (a negated concession of another side,
            # "no foreign troops", is what the item demands)
            if t in R.w.yield_types and f.holder and f.holder.party and f.on in (None, f.holder.party) and any(
                    c.category == "reject" and item[0] <= doc[c.start].idx < item[1] for _, _, c in covering):
                f.stance = "reject"
            found.append(f)
            continue
        primary = None
        for _, _, c in covering:
            if c.category in {"pseudo", "hypothetical", "historical", "list", "terminate"}:
                continue
            if c.category == "condition_clause" and commitments.narrated(R, doc, c):
                continue  # "the rebels held the town until the army withdrew": when, not on what condition
            if c.category == "condition_clause" and in_supposed_demand(A, sent, c, s, e):
                continue  # "If Russia demands a withdrawal, why should Ukraine agree?": Russia's, and supposed
            if c.category == "goal" or (c.category == "condition_clause" and doc[c.start].lower_ == "before"
                                         and clauses.in_clause(R, A, doc, c, s, e)
                                         and not clauses.refused_main(R, A, doc, c)):
                break  # "regain the border before local elections are held": the elections come after, a goal
            if c.category == "offer" and (c.rule["holder"] != "none" or need_strong) and \
                    clauses.under_modal(R, A, doc[c.start]):
                # "the ELN must release all hostages and agree to a ceasefire": assent coordinated under an
                # obligation is what is demanded, as "must agree to" is -- by the obligation that covers it
                ob = next((o for _, _, o in covering if o.category == "demand" and o.rule["holder"] == "none"
                           and o.start < c.start), None)
                c = Cue(dict(ob.rule, strength="strong"), ob.start, ob.end, ob.lo, ob.hi) if ob is not None \
                    else Cue(OBLIGED, c.start, c.end, c.lo, c.hi)
            elif c.category == "offer" and c.rule["holder"] == "none" and clauses.under_modal(R, A, doc[c.start]):
                continue  # "would have to accept ..., and guarantee the rights": the obligation, no offer
            # ("the Minsk Group must be dismantled": an obligation inside the mention binds the condition itself)
            if need_strong and c.rule["strength"] == "weak" and not commitments.conditional_offer(R, A, doc, c, s, e) \
                    and not clauses.before_talks(R, A, doc, c) and not (c.category == "demand" and s < c.start < e) \
                    and not clauses.wants_as_object(R, doc, c, s, e):
                # ("proposed a ceasefire" lifts a type's need of a strong cue, not a row's own: "proposed a
                # referendum" keeps the need of a row whose words are often no term; the verb's subject proposes)
                if not (tdef["strength"] == "strong" and clauses.proposed_object(R, doc, c, s, e)):
                    continue
                c = Cue(dict(c.rule, strength="strong", holder="subject"), c.start, c.end, c.lo, c.hi)
            if c.category == "demand" and doc[c.start].pos_ == "VERB" and negation.is_negated(doc[c.start]):
                if any(x.lower_ == "longer" for x in doc[c.start].children):
                    continue  # "no longer insists on X" drops the demand: a refusal (as "abandon the push for X")
                break  # "Israel is not demanding the disarmament of Hamas": no demand, and no refusal either
            if c.category == "demand" and negation.prohibits(A, doc[c.start]):
                continue  # "No sanctions should be lifted", "X cannot be part of any deal": the negation speaks
            if c.category == "offer" and doc[c.start].pos_ == "VERB" and (negation.is_negated(doc[c.start]) or
                                                                          negation.denied_object(doc[c.start])):
                continue  # "Hamas has not agreed to a truce", "neither side agreed", "will accept no truce": no offer
            if c.rule.get("refusable") and clauses.refused_role(R, doc, c):
                continue  # "rejected disarmament as a precondition": the refusal speaks
            if c.rule.get("governed") and clauses.governed(doc, c, local, R.w.narrator_verbs):
                continue  # "demanded that Ukraine accept X", "if Ukraine accepted X": no offer of its own
            nxt = c.rule.get("goal_if_next")
            if nxt and commitments.waits_on_term(R, A, doc, c, e, sent.end):
                break  # "no ceasefire until they withdraw": the ceasefire is the goal, not refused
            if c.category == "reject" and t in R.w.mutual_types and \
                    commitments.waits_on_clause(R, A, doc, c, e, sent.end):
                # "refuses to accept a truce unless Israel withdraws": any refusal row, the truce (an act of both
                # sides) the goal; a side's own concession refused on a term stays refused ("Kosovo will not accept
                # a withdrawal of its police unless Serbia recognises Kosovo")
                break
            if nxt and c.end <= s and any(doc[i].lower_ in nxt for i in range(c.end, s)):
                continue  # "no talks before a ceasefire": what the refusal waits on, not what it refuses
            primary = c
            break
        if primary is not None and primary.category == "reject" and primary.rule["holder"] == "none" \
                and span.root.dep_ == "attr" and span.root.head.lemma_ == "be" \
                and doc[primary.start].head.i == span.root.head.i and not negation.assent_after(R, span):
            continue  # "This was not a cease-fire": a negated predicate noun describes; it refuses nothing
        if primary is not None and appeals.to_both_sides(R, A, doc, primary, t, s, e):
            continue  # "the US called on the army and the RSF to agree to a ceasefire": a go-between's appeal
        if primary is not None and clauses.time_phrase(R, A, doc, s, e, primary):
            continue  # "rejected in talks following the cease-fire": the ceasefire dates the refusal
        if primary is not None and t == "negotiation_format" and clauses.venue(doc, s, e, primary):
            continue  # "presented its demands at bilateral talks": where it spoke, no format it asks for
        fixed = trule.get("stance")
        if primary is None:
            # "Sanctions would stay in place, officials said": the mention states its own stance, held by
            # whoever the quote or the reporting verb names (narration alone holds nothing).
            if fixed:
                holder = resolve.quote_holder(R, A, doc, span.start_char, span.end_char) or \
                    holders.walk_up(R, A, doc[s])
                if holder is not None and holder.party:
                    # ("the EU will extend its sanctions": a refusal of relief only where a side asks for it,
                    # asked_only rows; commitments.contested reads "waits")
                    found.append(Found(t, fixed, holder, None, region_ids, span.start_char, span.end_char,
                                       {"sent": sent.start, "waits": bool(trule.get("asked_only"))}))
            continue
        if primary.category == "demand" and primary.rule["holder"] == "none" and \
                holders.told_by_nobody(R, A, doc, primary):
            continue  # "it is not serious to tell Armenia that it must withdraw": an unnamed teller's term
        if primary.category == "demand" and pacts.terms_of_a_pact(R, A, doc, primary):
            continue  # "Under the agreement, Israel must withdraw": what the deal says, nobody's demand
        stance = fixed or STANCE_OF[primary.category]
        if stance == "demand" and commitments.offered_demand(doc, primary):
            stance = "offer"  # "is ready to ask the UN to wind up its mission": what the side offers to do
        advice, adviser = holders.advised(R, A, doc, primary)
        if advice and adviser is None:
            continue  # "Kyiv should demand guarantees", in the narrator's voice: advice, nobody's demand
        if advice:
            holder = adviser
        elif primary.rule.get("negation"):
            holder = negation.holder(R, A, doc, primary, s, e)
        else:
            holder = holders.holder(R, A, doc, primary, s, e)
        if primary.category == "demand" and primary.rule["holder"] == "subject" and holder is not None and \
                clauses.passive_patient(A, doc, primary, holder.party):
            continue  # "Hezbollah is required to retreat": the side asked is no holder; who asks, the text does not say
        if holder is None and primary.rule.get("negation") and negation.passive(doc, primary):
            continue  # "Russia's annexation of Crimea is not recognised by most states": nobody's stance
        if primary.category in {"demand", "reject"} and \
                clauses.speculated(R, A, doc, primary, holder, clauses.mention_root(doc, s, e)):
            continue  # "I would expect Baku to demand X", "Will Israel insist on X?": speculation, nobody's term
        noun = next((x for x in doc[primary.start:primary.end] if x.pos_ == "NOUN"), None)
        described = False
        if noun is None and primary.end - primary.start == 1 and doc[primary.start].dep_ == "amod":
            noun = doc[primary.start].head  # "Kyiv rejected a proposed cap": the proposal is what is rejected
        if noun is None and doc[primary.start].dep_ in {"acl", "relcl"} and doc[primary.start].head.pos_ == "NOUN" \
                and doc[primary.start].head.i < primary.start:
            noun = doc[primary.start].head  # "vetoed a resolution calling for a ceasefire": the text is refused
            described = True  # (what the text's noun is the subject of says nothing of the demand)
        if stance == "demand" and primary.category == "demand" and noun is not None:
            # "cannot accept a demand to pull its troops out", "dismissed calls for a withdrawal": the demand
            # is refused by whoever refuses it; it stays the demand of its owner when the text names one.
            rej = next((c for c in local if c.category == "reject" and (c.rule["holder"] != "none" or
                                                                       rereads.meets(doc, c, noun))
                        and c.end <= primary.start and c.lo <= primary.start < c.hi), None)
            if rej is None and noun.dep_ in SUBJ and not described:
                # "Demands for a withdrawal were absurd": the demand is the subject the refusing word describes.
                rej = next((c for c in local if c.category == "reject" and c.start >= primary.end and
                            any(x.i == noun.head.i or x.head.i == noun.head.i for x in doc[c.start:c.end])), None)
            reason = next((c for c in local if c.rule.get("reason") and c.lo <= primary.start < c.hi), None)
            if reason is not None:
                # "brushed it aside as falling short of the Kurds' demands, foremost X": the demands
                # are the refuser's yardstick, X what it asks for (reasons.py)
                rh = holders.holder(R, A, doc, reason or rej, primary.start, primary.end)
                holder = rh if rh and rh.party else holder
                rej = None
            if rej is not None:
                owner = resolve.possessor(R, A, noun)
                if owner is None and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in noun.children):
                    # "Khartoum's refusal to meet its demands, among them X": "its" is read as the demand
                    # cue reads it (holder, above)
                    owner = holder
                # who refuses is read at the demand noun, what is refused: "Baku's refusal to meet Yerevan's demands,
                # which include X" is Baku's, though X sits in what Yerevan's demands include
                rh = holders.holder(R, A, doc, rej, primary.start, primary.end)
                own = doc[min(primary.start, s):max(primary.end, e)]
                if owner and owner.party and (rh is None or owner.party != rh.party):
                    found.append(Found(t, "demand", owner, targets.on(R, A, doc, primary, s, e, t), region_ids,
                                       own.start_char, own.end_char))
                primary, stance, holder = rej, "reject", rh
        hedge = next((c for c in local if c.category == "hypothetical" and c.end <= primary.start and
                      c.lo <= primary.start < c.hi), None)
        if primary.category != "condition_clause" and hedge is not None and not clauses.said_by(R, A, doc[hedge.start],
                                                                                                holder) and \
                not (primary.category == "demand" and doc[primary.start].dep_ == "appos"):
            # "Russia could demand ...": speculation states no term; "X said it could accept" does; an appositive
            # ("is prepared to consider X – two of several demands laid down by Y") says what X is, unhedged
            continue
        on = targets.on(R, A, doc, primary, s, e, t)
        # "would recognise the state if it is formed under a deal and is demilitarised": a conjunct the parser hung on
        # the main clause (cue_scope.continued_clause) takes no side from the main clause's subject
        hung = primary.category == "condition_clause" and doc[primary.start].dep_ == "mark" and \
            clauses.mention_root(doc, s, e).i > doc[primary.start].head.right_edge.i
        on = None if hung else on
        if stance == "reject" and primary.rule.get("owed") and t in R.w.yield_types and holder and holder.party \
                and on and on != holder.party:
            stance = "demand"  # "Ukraine's neutrality is not up for discussion" (Lavrov): insisted on, not refused
        if stance == "demand" and t in R.w.yield_types and holder and holder.party and not hung and \
                holder.party == (on or targets.doer(R, A, doc, s, e)):
            stance = "offer"  # "Ukraine proposed that Ukraine adopt a neutral status": its own concession
        if holder is None and not holders.holder_phrase(R, A, doc, primary):
            continue  # "... until it retreats", "a draft of a security treaty": a term nobody in the text holds
        ev_s, ev_e = min(primary.start, s), max(primary.end, e)
        ev = doc[ev_s:ev_e]
        extra = {"sent": sent.start}
        if stance == "reject" and primary.rule.get("goal_if_next") and \
                commitments.waits_on_nothing(R, A, doc, primary, e, sent.end):
            # "would not stop fighting until the militia was crushed": a rejection if it is asked for
            extra["waits"] = True
        if primary.rule.get("exchange"):
            extra["exchange"] = doc[primary.start].idx
        found.append(Found(t, stance, holder, on, region_ids, ev.start_char, ev.end_char, extra))
        owner = enumerations.refused_owner(R, A, clauses.mention_root(doc, s, e), primary, holder.party) \
            if stance == "reject" and holder and holder.party and primary.category == "reject" else None
        if owner is None and stance == "reject" and holder and holder.party and primary.rule.get("negation"):
            # (a negated act only: "rejected a truce, as Israel had insisted" may tell what Israel foresaw)
            owner = enumerations.as_demanded(R, A, clauses.mention_root(doc, s, e), holder.party)
        if owner is not None:
            own = doc[s:e]
            found.append(Found(t, "demand", owner, targets.on(R, A, doc, None, s, e, t), region_ids, own.start_char,
                               own.end_char, dict(extra)))
        relative = primary.rule["direction"] == "backward" and doc[primary.start].lower_ in RELATIVE_REFUSAL
        if stance == "reject" and t in R.w.refusal_types and holder and holder.party and not relative and \
                not trule.get("refused_object") and any(
                x.lower_ in R.w.format_words for x in doc[s:min(e + 2, sent.end)]):
            # "Baku ruled out direct talks with Yerevan", "rejects mediation": ruling one form or go-between out sets
            # the form the refuser will talk in (refusal_types.txt); "not serious about talks" does not, nor does
            # refusing talks as such ("rejected talks with the rebels": refused_object rows)
            found.append(Found(t, "demand", holder, on, region_ids, ev.start_char, ev.end_char, dict(extra)))
        # "The government insisted that any deal include the ELN laying down its weapons, something the group has
        # refused": the refusal looks back at a clause another side's demanding verb governs; both stand.
        if stance == "reject" and primary.rule["direction"] == "backward":
            for _, _, c in covering:
                if c.category == "demand" and c.rule["holder"] == "none" and doc[c.start].pos_ == "VERB" and \
                        doc[c.start].lemma_.lower() in R.w.want_verbs:
                    # "X needs Y, an idea Z ruled out": X's. The modal rows ("needs to", "expects") hold nobody;
                    # "wants" has a row of its own that holds its subject and needs no swap here.
                    c = Cue(dict(c.rule, holder="subject"), c.start, c.end, c.lo, c.hi)
                if c.category != "demand" or c.rule["holder"] != "subject" or c.end > s:
                    continue
                dh = holders.cue_holder(R, A, doc, c)
                if dh and dh.party and (holder is None or dh.party != holder.party):
                    ev2 = doc[min(c.start, s):max(c.end, e)]
                    found.append(Found(t, "demand", dh, targets.on(R, A, doc, c, s, e, t), region_ids, ev2.start_char,
                                       ev2.end_char))
                break
        # "Russia dismissed a Ukrainian proposal that would involve a pullout": the demand is Ukraine's,
        # the rejection Russia's. "Ukraine accepted the American proposal for a truce": the truce is the owner's
        # demand and the acceptor's offer.
        for _, _, c in covering:
            if c is primary or c.rule["holder"] != "subject" or not (c.category == "reject" or (
                    c.category == "offer" and primary.rule["holder"] == "owner")):
                continue
            rh = holders.cue_holder(R, A, doc, c)
            if rh and rh.party and (holder is None or rh.party != holder.party) and stance != "reject":
                ev2 = doc[min(c.start, s):max(c.end, e)]
                found.append(Found(t, c.category, rh, None, region_ids, ev2.start_char, ev2.end_char))
            break
        # "The US plan contains many of Putin's demands, including territorial concessions": a text that takes in
        # another side's demand makes it its owner's demand too.
        if stance == "demand" and primary.category == "demand" and doc[primary.start].pos_ == "NOUN":
            for _, _, c in covering:
                if c is not primary and c.category == "demand" and c.rule.get("document") and c.start < primary.start:
                    dh = holders.cue_holder(R, A, doc, c)
                    if dh and dh.party and (holder is None or dh.party != holder.party):
                        ev2 = doc[min(c.start, s):max(c.end, e)]
                        found.append(Found(t, "demand", dh, on, region_ids, ev2.start_char, ev2.end_char))
                    break
    return found

