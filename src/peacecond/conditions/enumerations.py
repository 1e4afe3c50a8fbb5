"""enumerations: list items take the stance and holder of the clause that introduces them."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text
from . import facts, holders, plans, resolve, targets
from .clauses import list_end
from .model import SUBJ, Cue, Found, Holder, sent_of, cue_verb

# "Hamas has made a ceasefire and a withdrawal the core of its demands" (make_nouns.txt): what stands between "make"
# and the demand noun is demanded by the subject of "make".
MAKE_RULE = {"category": "demand", "holder": "subject", "strength": "strong", "direction": "forward", "max_scope": 0,
             "terminated_by": set(), "stop_at": set(), "goal_if_next": set(), "exchange": False, "line": 0}
# "X's conditions for peace include A and B" (listing_verbs.txt): a demand noun's owner demands what the verb lists.
TERMS_RULE = dict(MAKE_RULE, holder="possessor")
# "a plan including A and B": the set's owner (enumerations.set_owner) demands what it includes.
OWNER_RULE = dict(MAKE_RULE, holder="owner")
GOAL_PREPS = {"for", "to", "toward", "towards"}
ANAPHORIC = {"the", "these", "those", "this", "that", "such"}
# Bullets, dashes, arrows, check marks, boxes; "1." / "2)" / "(a)" / "a)".
BULLET = re.compile(r"^[ \t\u00a0]*(?:(?:[•\-\*–—·▪●‣◦]|\d{1,2}[.)]|\(?[a-h]\))\s+|[→►▶➢➤⇒✓✔»■□◆◇○❖]\s*(?=\S))")


# "conditioned any truce on the withdrawal of X" (conditioning_verbs.txt): the subject demands what "on" names; the
# object is what that is for, a goal that outranks the verb's reach over its object
CONDITION_RULE = dict(MAKE_RULE, max_scope=20)
CONDITIONED_GOAL = dict(MAKE_RULE, category="goal", holder="none", wins_over=["demand"])


def conditioning_cues(R, A, v: Token) -> list[Cue]:
    """ "The army conditioned any truce on the withdrawal of the RSF and the disarmament of its fighters", "tied any
    deal to security guarantees": a demand cue on the verb whose scope is its "on" / "to" phrase, with everything
    coordinated in it, and a goal cue over its object."""
    if v.pos_ != "VERB":
        return []
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None and any(c.dep_ == "auxpass" for c in v.children):
        # "any truce is conditioned on X", "agreeing on a truce is conditioned to X": the passive's subject is
        # the goal
        obj = next((c for c in v.children if c.dep_ in {"nsubjpass", "csubjpass"}), None)
    prep = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}
                 and obj is not None and c.i > obj.i), None)
    if prep is None and obj is not None and obj.dep_ == "dobj":
        # "conditioned its participation on X": the parser often hangs the phrase on the object; it is the verb's
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}), None)
    if prep is None:
        return []
    if v.lemma_.lower() in R.w.tying_verbs and obj.lower_ not in R.w.tied_nouns and \
            obj.lemma_.lower() not in R.w.tied_nouns:
        return []  # "tied the explosion to the rebels' withdrawal": a cause blamed, no condition set
    end = list_end(v.doc, prep.right_edge.i, v.sent.end) + 1
    goal_end = prep.i if prep.head.i == obj.i else obj.right_edge.i + 1
    return [Cue(CONDITION_RULE, v.i, v.i + 1, prep.i + 1, end),
            Cue(CONDITIONED_GOAL, v.i, v.i + 1, obj.left_edge.i, goal_end)]


def make_cues(R, A, sent: Span, makes: set[int]) -> list[Cue]:
    """ "X has made A and B the core of its demands" / "a condition for talks": a demand cue on "make" whose scope
    is what stands between the verb and the demand noun (within the verb's subtree)."""
    out = []
    for i in sorted(i for i in makes if sent.start <= i < sent.end):
        v = sent.doc[i]
        if v.pos_ not in {"VERB", "AUX"}:
            continue
        for n in sent.doc[v.i + 1:sent.end]:
            if (n.pos_ in {"VERB", "AUX"} and n.dep_ not in {"amod", "acl"}) or n.dep_ == "mark":
                break  # another clause starts: "made clear that ..."
            if n.lower_ in R.w.make_nouns and n.pos_ == "NOUN" and v.left_edge.i <= n.i <= v.right_edge.i:
                lo = n.left_edge.i if n.left_edge.i > v.i + 1 else n.i
                if lo > v.i + 1:
                    out.append(Cue(MAKE_RULE, v.i, v.i + 1, v.i + 1, lo))
                break
    return out


def listed_terms(R, A, sent: Span, local: list[Cue]) -> list[Cue]:
    """ "Russia's conditions for peace include the withdrawal of ...": the goal cue "conditions for" covers only
    "peace"; what the verb the noun is the subject of goes on to name is the noun owner's demand."""
    out = []
    for c in local:
        noun = sent.doc[c.start]
        if c.category != "goal" or not resolve.is_terms(R, noun):
            continue
        if noun.dep_ in SUBJ:
            verb = noun.head
            if verb.i >= c.hi and verb.lemma_.lower() in R.w.listing_verbs:
                out.append(Cue(TERMS_RULE, noun.i, noun.i + 1, verb.i + 1, min(sent.end, verb.right_edge.i + 1)))
            elif verb.i >= c.hi and verb.lemma_ == "be":
                # "their condition for disarming is the withdrawal of X": the copula names the term
                attr = next((x for x in verb.children if x.dep_ == "attr" and x.i > verb.i), None)
                if attr is not None:
                    out.append(Cue(TERMS_RULE, noun.i, noun.i + 1, attr.left_edge.i, attr.right_edge.i + 1))
    return out


def colon_terms(R, A, sent: Span, local: list[Cue]) -> list[Cue]:
    """ "The junta listed these preconditions for a deal: A, B and C": the goal cue "prerequisites for"
    covers only "a settlement"; the list the colon after it opens is what the terms noun's owner demands."""
    out = []
    doc = sent.doc
    for c in local:
        noun, prep = doc[max(c.start, c.end - 2)], doc[c.end - 1]  # "set out his conditions for": the noun
        if c.category != "goal" or noun.pos_ != "NOUN" or prep.dep_ != "prep":
            continue
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        colon = obj.right_edge.i + 1 if obj is not None else sent.end
        if colon < sent.end - 1 and doc[colon].text == ":":
            out.append(Cue(TERMS_RULE, noun.i, noun.i + 1, colon + 1, sent.end))
    return out


def included_terms(R, A, sent: Span) -> list[Cue]:
    """ "Ramaphosa listed ten principles, which included A, B and C", "He proposed a plan including A and B": what a
    set of terms includes is demanded by the set's owner (its possessor, who issued it, or the subject of the verb
    that presents it); a set with no owner named states nothing here (a refusal around it still speaks)."""
    out = []
    doc = sent.doc
    for n in sent:
        if n.pos_ == "NOUN" and n.lower_ in R.putting_nouns:
            goal = proposed_goal(n, sent.end)
            h = plans.set_holder(R, A, n) if goal is not None else None
            # only an armed group's: a state's proposal may be a go-between's ("the US proposal for a truce"),
            # which puts no term of its own
            if h is not None and A.sides.kind(h.party) == "group":
                out.append(Cue(OWNER_RULE, n.i, n.i + 1, *goal))
        # "Hamas proposed a truce that would include A and B": what a side proposes is a set of terms too
        if n.pos_ != "NOUN" or not (n.lower_ in R.set_nouns or
                                    (n.dep_ == "dobj" and n.head.lemma_.lower() in R.w.proposing_verbs)):
            continue
        for c in n.children:
            if c.i < n.i:
                continue
            # "a plan including / containing / comprising A and B": a participle of listing_verbs.txt
            if (c.lower_ == "including" and c.dep_ in {"prep", "acl"}) or (
                    c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in R.w.listing_verbs):
                lo, hi = c.i + 1, list_end(doc, c.right_edge.i, sent.end) + 1
            elif c.dep_ == "relcl" and c.lemma_.lower() in R.w.listing_verbs and \
                    any(x.dep_ in SUBJ and x.lower_ in {"which", "that"} for x in c.children):
                lo, hi = c.i + 1, list_end(doc, c.right_edge.i, sent.end) + 1
            else:
                continue
            if plans.set_holder(R, A, n) is not None:
                out.append(Cue(OWNER_RULE, n.i, n.i + 1, lo, min(hi, sent.end)))
            break
    return out


def proposed_goal(noun: Token, end: int) -> tuple[int, int] | None:
    """ "The ELN's proposal for a bilateral truce", "the junta's call for a withdrawal", "rejects the militia's
    truce offer": a proposal, offer or call names what its owner puts forward after "for" or "of", or in the nouns
    before it; the token range of that phrase. (A set of terms named by its goal, "conditions for a truce", is no
    noun of putting forward: the truce there is what the terms are for.)"""
    for c in noun.children:
        if c.i > noun.i and c.dep_ == "prep" and c.lower_ in {"for", "of"} and \
                any(x.dep_ in {"pobj", "pcomp"} for x in c.children):
            return c.i + 1, min(c.right_edge.i + 1, end)
    mods = [c for c in noun.children if c.i < noun.i and c.dep_ == "compound"]
    return (mods[0].left_edge.i, noun.i) if mods else None


def set_owner(R, A, noun: Token) -> Holder | None:
    """Who a set of terms belongs to: "Egypt's plan", "a plan drafted by Qatar", "Qatar proposed a plan"."""
    h = resolve.possessor(R, A, noun)
    if h and h.party:
        return h
    for c in noun.children:
        # "the terms that Belgrade sent to Pristina", "the plan Qatar drafted": the relative clause's subject
        # ("the plan, which Hamas rejected": who turns the terms down does not own them)
        if c.dep_ == "relcl" and c.i > noun.i and not facts.refusing_verb(R, c) and \
                not any(x.dep_ == "dobj" and x.lower_ not in {"which", "that"} for x in c.children):
            subj = next((x for x in c.children if x.dep_ in SUBJ and x.lower_ not in {"which", "that", "who"}), None)
            h = resolve.resolve(R, A, subj) if subj is not None else None
            if h and h.party:
                return h
    verb = noun.head
    # ("The plan calls for X. The Kremlin rejected the plan.": who refuses or answers a plan does not own it)
    if noun.dep_ == "dobj" and verb.lemma_.lower() in R.w.holder_verbs and not facts.not_owned_by_subject(R, noun):
        subj = resolve.subject(R, A, verb)
        h = resolve.resolve(R, A, subj) if subj is not None else None
        if h and h.party:
            return h
    return None


def refused_owner(R, A, root: Token, cue: Cue, refuser: str) -> Holder | None:
    """ "Belgrade's idea of granting the Serbs autonomy was unacceptable", "dismissed Baku's proposal of lifting
    sanctions": a term named inside a set or idea a side owns, refused by another, is the owner's demand. The
    nearest such noun above the mention, short of the refusing words."""
    t = root
    for _ in range(10):
        if t.head.i == t.i or cue.start <= t.head.i < cue.end:
            return None
        t, below = t.head, t
        if t.pos_ == "NOUN" and t.lower_ in R.putting_nouns and any(d.dep_ == "poss" for d in t.children):
            # "dismissed the M23's offer of a truce as a ploy": an armed group's proposal names its own term
            h = resolve.possessor(R, A, t)
            if h and h.party and h.party != refuser and A.sides.kind(h.party) == "group":
                return h
        if t.pos_ == "NOUN" and (t.lower_ in R.echo_nouns or t.lower_ in R.set_nouns):
            if below.dep_ == "prep" and below.lower_ in GOAL_PREPS and t.lower_ not in R.w.asking_nouns:
                return None  # "Angola's proposal for a ceasefire": named by its goal, it sets out no term
            h = resolve.possessor(R, A, t) if any(d.dep_ == "poss" for d in t.children) else None
            return h if h and h.party and h.party != refuser else None
    return None


def as_demanded(R, A, root: Token, refuser: str) -> Holder | None:
    """ "Yerevan will not pull its troops out of the enclaves, as Baku has demanded", "the RSF will not leave
    Khartoum as the army demands": an "as" clause whose demanding verb (as_demand_verbs.txt) takes no object of its
    own hangs on the refused clause -- what that clause names is the demand of the as-clause's subject."""
    t = root
    for _ in range(6):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            break
        t = t.head
    for v in t.children:
        if v.dep_ == "advcl" and v.lemma_.lower() in R.w.as_demand_verbs and \
                any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children) and \
                not any(o.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for o in v.children):
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            h = resolve.resolve_token(R, A, subj) if subj is not None else None
            return h if h and h.party and h.party != refuser else None
    return None


def antecedent_owner(R, A, noun: Token) -> Holder | None:
    """ "Those demands envisaged ...", "the plan also foresees ...": a set of terms named again without an owner is
    the last set the story named with one, in this or the three sentences before."""
    # ("These include A; B": a demonstrative standing alone, as the subject, for the set the story just named)
    alone = noun.lower_ in {"these", "those"} and noun.dep_ in SUBJ
    if not alone and (noun.lower_ not in R.set_nouns or not any(d.dep_ in {"det", "predet"} and
                                                                d.lower_ in ANAPHORIC for d in noun.children)):
        return None
    k = bisect_right(A.sent_starts, noun.i) - 1
    lo = A.sents[max(0, k - 3)].start
    for t in reversed(noun.doc[lo:noun.i]):
        if t.pos_ == "NOUN" and t.lower_ in R.set_nouns:
            h = set_owner(R, A, t)
            if h is not None:
                return h
    return None


def in_object(doc: Doc, cue: Cue, root: Token) -> bool:
    """The mention sits in the object of the cue's verb ("demands X, Y and Z", "calls for X and Y"): the verb's
    direct object, or the object of its own preposition, with everything coordinated with it."""
    verb = cue_verb(doc, cue)
    if verb is None:
        return False
    # ("dep": the small parser's label for the object after "as well as")
    objs = [c for c in verb.children if c.dep_ in {"dobj", "dep"} and c.i >= cue.end]
    objs += [p for c in verb.children if c.dep_ == "prep" and cue.start <= c.i < cue.end
             for p in c.children if p.dep_ == "pobj"]
    end = verb.sent.end
    return any(o.left_edge.i <= root.i <= list_end(doc, o.right_edge.i, end) for o in objs)


def list_items(R, A, doc: Doc, sents: list[Span], cues: list[Cue]) -> list[tuple[int, int, Span]]:
    """(item start char, item end char, header sentence) for the items of a list a "...:" header opens: bulleted,
    numbered or arrowed lines, or, under a header that states terms, paragraphs of bare noun phrases ("Israel's
    conditions include:" and one demand a paragraph). A short title line between header and items ("Key
    principles") does not end the list."""
    text = doc_text(doc)
    out = []
    k_of = {sent.start: k for k, sent in enumerate(sents)}
    heading = {k_of[sent_of(A, c.start).start] for c in cues if c.category in {"demand", "list"}}
    for k, sent in enumerate(sents):
        if not text[sent.start_char:sent.end_char].rstrip().endswith(":"):
            continue
        # "He said the conditions he laid out remained on the table. They are:" -- a short header points back
        # at the sentence before it.
        heads = [sent] if len(sent) > 5 or k == 0 else [sent, sents[k - 1]]
        # "set out its terms for a truce:", "It set out its conditions on Monday. They are:"
        terms = k in heading or (len(heads) > 1 and k - 1 in heading) or \
            any(t.lower_ in R.w.package_nouns and t.pos_ == "NOUN" for h in heads for t in h)
        # "Here is the full text of the proposal:": a header naming a text that states terms (its owner holds them)
        if not terms and not any(t.lower_ in R.doc_nouns and t.pos_ == "NOUN" for t in sent):
            continue
        pos = text.find("\n", sent.end_char - 1)
        while pos != -1 and pos < len(text):
            nxt = text.find("\n", pos + 1)
            line_end = len(text) if nxt == -1 else nxt
            line = text[pos + 1:line_end]
            if not line.strip():
                if nxt == -1:
                    break
                pos = nxt
                continue
            if BULLET.match(line):
                out.append((pos + 1, line_end, sent))
            elif terms and bare_phrase(doc, pos + 1, line_end):
                out.append((pos + 1, line_end, sent))
            elif not title_line(line) or any(it[2] is sent for it in out):
                break
            pos = nxt if nxt != -1 else -1
    out += ordinal_items(R, A, doc, sents)
    doc._.pc_cond_items = out
    return out


ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "firstly", "secondly", "thirdly", "finally",
            "lastly", "also"}


def ordinal_items(R, A, doc: Doc, sents: list[Span]) -> list[tuple[int, int, Span]]:
    """ "Azerbaijan has two conditions. First, Armenia must ... Second, ...": sentences that open with an ordinal
    after one that names a set of terms are its items (the chain ends two sentences after the last ordinal)."""
    out = []
    header, last = None, -10
    for k, sent in enumerate(sents):
        words = [t for t in sent if not t.is_space]
        opens = len(words) > 2 and words[0].lower_ in ORDINALS - {"also"} and words[1].text == ","
        if opens and header is not None and k - last <= 2:
            out.append((sent.start_char, sent.end_char, header))
            last = k
            continue
        if any(t.lower_ in R.set_nouns and t.pos_ == "NOUN" and t.tag_ == "NNS" for t in sent) and \
                not opens and len(sent) <= 25:
            header, last = sent, k
    return out


def title_line(line: str) -> bool:
    """A heading inside a list: a few words without a sentence's closing mark."""
    line = line.strip()
    return len(line.split()) <= 12 and not line.endswith((".", "!", "?", "\"", "”", ":"))


def bare_phrase(doc: Doc, start: int, end: int) -> bool:
    """A paragraph that names a term without stating anything: no subject, short ("The release of all hostages.")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 1 < len(span) <= 40:
        return False
    return not any(t.dep_ in SUBJ | {"expl"} for t in span) and span[0].is_title


def item_condition(R, A, doc: Doc, item: tuple, cues: list[Cue], mtype: str, s: int, e: int,
                   region_ids: list[str]) -> Found:
    """A mention in a list item is demanded by the holder of the header that introduces the list."""
    span = doc[s:e]
    return Found(mtype, "demand", header_holder(R, A, doc, item[2], cues), targets.on(R, A, doc, None, s, e, mtype),
                 region_ids, span.start_char, span.end_char)


def header_holder(R, A, doc: Doc, header: Span, cues: list[Cue]) -> Holder | None:
    for c in cues:
        if header.start <= c.start < header.end and c.category in {"demand", "list"}:
            h = holders.cue_holder(R, A, doc, c) if c.category == "demand" else \
                holders.own_verb_holder(R, A, doc[c.start:c.end])  # "X said Russia proposed the following:"
            h = h or holders.walk_up(R, A, doc[c.start])
            if h:
                return h
    for t in header:
        if t.dep_ in SUBJ:
            h = resolve.resolve(R, A, t)
            if h and h.party:
                return h
    # "Key elements of the draft include:" -- the last side the story had speak or act.
    for t in reversed(doc[max(0, header.start - 120):header.start]):
        if t.dep_ in SUBJ:
            h = resolve.resolve(R, A, t)
            if h and h.party:
                return h
    return None
