"""cue_scope: how far a stance cue reaches (stage 3, with frames.py).

Like medspaCy's ConText: a cue's scope runs from it in its direction until its clause ends (a terminating cue, a
stop word, the sentence, max_scope tokens), widened where the parse says more is governed: a demanding verb's whole
complement, an obligation's subject before the modal, a participle's or a passive's noun. scope() sets a cue's window
[lo, hi) once per article; parse_scope() answers, for a demand cue and one mention, whether the parse reaches it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from . import clauses, enumerations, scopes
from .model import SUBJ, Cue, cue_verb

# cue categories that end what a demanding verb governs, however far the parse reaches
ENDS = {"terminate", "reject", "goal", "condition_clause"}
# How far back a cue looks for the quote mark it may stand after (a quoted statement is rarely longer)
QUOTE_REACH = 60


def scope(R, A, cue: Cue, sent: Span, cues: list[Cue]) -> None:
    rule, doc = cue.rule, sent.doc
    direction, width = rule["direction"], rule["max_scope"]

    def stops(c: Cue) -> bool:
        return c is not cue and not c.rule.get("governed") and \
            (c.category == "terminate" or c.category in rule["terminated_by"] or c.rule.get("ends_as") in
             rule["terminated_by"])

    def forward() -> int:
        hi = min(sent.end, cue.end + width)
        # "He laid out what Ukraine regards as non-negotiable: A; B; and C": a demand cue right before a colon
        # covers the whole list the colon opens, its semicolons included.
        # ("wants three things: A; B; and C": a counted noun phrase may stand between the cue and its colon; the colon
        # may be the cue's own last token: "Hezbollah's demands: A; B; C")
        listing = rule["category"] == "demand" and any(
            t.text == ":" and not any(x.pos_ in {"VERB", "AUX"} for x in doc[cue.end:t.i])
            for t in doc[cue.end - 1:min(cue.end + 4, sent.end)])
        if listing:
            hi = sent.end
        i = cue.end
        quoted = inside_quote(doc, sent.start, cue.start)
        while i < hi:
            if quoted and quote_closes(doc, i):
                return i  # '"... a need for more talks," the Qatar-led mediation team said': the quote's words end
            if doc[i].text in rule["stop_at"]:
                j = clauses.parenthetical(R, A, doc, i, sent.end)
                if j is not None:  # "Kyiv would not, he added, give up ...": the aside does not end the scope
                    hi = min(sent.end, hi + j - i + 1)
                    i = j + 1
                    continue
                if not clauses.coordinated_past(doc, cue, i, sent.end):
                    return i
                hi = max(hi, min(sent.end, i + 1 + width))  # the coordinated phrase gets the cue's full reach
            i += 1
        for c in cues:
            if rule["category"] == "demand" and doc[c.start].text == ";" and cue.end <= c.start < hi:
                # "The rebels' demands include A; B; and C": a semicolon before a bare item (a noun or gerund
                # phrase, no clause of its own) goes on with the list the cue heads; one before a clause ends it
                end = list_item_end(doc, c.start, sent.end)
                if end is not None:
                    hi = max(hi, end)
                    continue
            if stops(c) and cue.end <= c.start < hi and not (listing and doc[c.start].text == ";"):
                if rule["category"] == "demand" and c.category not in {"reject", "offer", "demand"}:
                    # "A until B; C; D": a clause inside one item of the list ends that item only (the nearer cue
                    # speaks for its own words), when a bare item after a semicolon shows the list goes on
                    semi = next((k for k in range(c.end, sent.end) if doc[k].text == ";"), None)
                    if semi is not None and list_item_end(doc, semi, sent.end) is not None:
                        hi = max(hi, semi + 1)
                        continue
                return c.start
        # "rejected the demands as unacceptable and said Yerevan was ready to ...": a refusal's clause ends where a
        # verb coordinated with its own verb starts another statement (a demand's coordinated verbs stay its own:
        # "demanded that Kyiv withdraw and agree to ...")
        # ("nor will we withdraw": a coordinating negation negates the very conjunct it opens)
        if rule["category"] == "reject" and doc[cue.start].dep_ not in {"cc", "preconj"}:
            # "rejected the demands as unacceptable and said ...", "called the junta's terms absurd and blamed
            # its generals for stalling a truce": a verb coordinated with the one the refusal stands in is
            # another predicate (a shared object, "rejected and condemned the plan", is not cut)
            first = doc[cue.start]
            verb = cue_verb(doc, cue)
            for anchor in ([verb] if verb is not None else [first, first.head]):
                for c in anchor.conjuncts:
                    if c.pos_ == "VERB" and c.head.i == anchor.i and cue.end < c.i < hi:
                        cc = [x.i for x in anchor.children if x.dep_ == "cc" and cue.end <= x.i < c.i]
                        cut = min([c.left_edge.i] + cc)
                        if verb is None or any(t.pos_ not in {"CCONJ", "PUNCT"} for t in doc[cue.end:cut]):
                            return max(cut, cue.end)
        return hi

    def backward() -> int:
        lo = max(sent.start, cue.start - width)
        for i in range(cue.start - 1, lo - 1, -1):
            if doc[i].text in rule["stop_at"]:
                return i + 1
        for c in reversed(cues):
            if stops(c) and lo <= c.end <= cue.start:
                return c.end
        return lo

    cue.lo, cue.hi = cue.end, cue.end
    if direction == "previous":
        # "These are completely understandable conditions.": a sentence that opens by naming the one before it
        # as conditions covers that whole sentence.
        if sent.start > 0 and all(t.is_punct for t in doc[sent.start:cue.start]):
            prev = doc[sent.start - 1].sent
            cue.lo, cue.hi = prev.start, prev.end
        return
    if direction == "clause":
        heads = [t.head for t in doc[cue.start:cue.end] if not (cue.start <= t.head.i < cue.end)]
        head = heads[0] if heads else None
        if head is not None and head.i >= cue.end:
            end = continued_clause(head, head.right_edge.i + 1)
            cue.lo, cue.hi = cue.end, min(end, sent.end, cue.end + width)
            return
        cue.hi = forward()
        return
    if direction in ("forward", "bidirectional"):
        cue.hi = forward()
        last = doc[cue.end - 1]
        if rule["category"] == "goal" and last.dep_ == "prep":
            # "Russia's conditions for peace include the withdrawal ...": the goal is the preposition's object,
            # not what the sentence goes on to list.
            obj = next((c for c in last.children if c.dep_ == "pobj"), None)
            if obj is not None:
                cue.hi = min(cue.hi, max(cue.end, obj.right_edge.i + 1))
        if rule["category"] == "demand" and cue.end - cue.start == 1 and last.pos_ == "NOUN":
            # "ceasefire demands from X", "Hamas's withdrawal demand": what modifies the demand noun is demanded
            # (the words right before it, whatever the parser made of them: "ignored ceasefire demands" is often
            # parsed as two objects)
            i = cue.start
            while i > sent.start and cue.start - i < 3 and doc[i - 1].pos_ in {"NOUN", "PROPN", "ADJ"} and \
                    doc[i - 1].dep_ not in SUBJ | {"poss"}:
                i -= 1
            cue.lo = i
    if direction in ("backward", "bidirectional"):
        cue.lo = backward()
        if direction == "backward":
            cue.hi = cue.start
            ante = scopes.antecedent_start(doc, cue)
            cue.lo = max(cue.lo, ante) if ante is not None else cue.lo
    verb = doc[cue.start]
    if rule["holder"] == "subject" and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.i < cue.start and \
            rule["category"] in {"demand", "reject", "offer"}:
        # "mutual recognition, vehemently opposed by Serbia", "the withdrawal demanded by Moscow": a participle
        # speaks of the noun it describes (its agent holds the stance)
        cue.lo = min(cue.lo, max(sent.start, verb.head.left_edge.i))
    if rule["holder"] == "subject" and rule["category"] in {"demand", "offer"} and verb.pos_ == "VERB" and \
            any(c.dep_ == "auxpass" for c in verb.children):
        # "Israel's withdrawal is demanded by Hamas", "the truce was accepted by the RSF": a passive speaks of its
        # subject (its agent holds the stance; a passive refusal by any refusing verb measured worse on held-out
        # text as a scope: only verbs that turn a proposal down take one, below, the rest is references.py's)
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < cue.start), None)
        if subj is not None:
            cue.lo = min(cue.lo, max(sent.start, subj.left_edge.i))
    if rule["holder"] == "subject" and rule["category"] == "demand":
        lo = scopes.relative_object_start(doc, verb)  # "the pullout that Hamas demands"
        cue.lo = min(cue.lo, max(sent.start, lo)) if lo is not None else cue.lo
    if rule["holder"] == "subject" and rule["category"] == "reject":
        lo = scopes.passive_refused_start(R, verb, cue)  # "A truce was rejected by the army"
        cue.lo = min(cue.lo, max(sent.start, lo)) if lo is not None else cue.lo


def list_item_end(doc: Doc, semi: int, end: int) -> int | None:
    """Where the item after a semicolon ends (the next semicolon, or the sentence's end), when it is a bare item of
    a list: no word of it heads a clause of its own (a subject, a finite verb or a modal at its top), as in "laying
    down their arms", "the release of captives" (a clause inside it stays the item's: "the exclusion of what he
    called spoilers"); None for a clause ("the army rejected them"). Reads the item's words once."""
    stop = next((k for k in range(semi + 1, end) if doc[k].text == ";"), end)
    if stop <= semi + 1:
        return None
    for t in doc[semi + 1:stop]:
        if semi < t.head.i < stop and t.head.i != t.i:
            continue  # (only the item's top words say what it is)
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(x.dep_ in SUBJ | {"expl"} for x in t.children):
            return None
    return stop


def continued_clause(head, end: int) -> int:
    """Where a condition clause ends when the parser hung its later predicates on the main clause: "would recognise
    the state if it is formed under a deal and is demilitarised" (a conjunct of the main verb, with no subject and no
    modal of its own, right after the clause, while the main verb has one), "if they end their support, withdraw
    their bases and stop interfering, it can be considered" (the clause's own verb the head of a verb that follows it
    with no subject nor auxiliary, itself under another clause: no main clause is written so; an imperative one,
    "if you want peace, withdraw", is the sentence's root)."""
    main = head.head
    if main.i == head.i or main.pos_ not in {"VERB", "AUX"}:
        return end
    doc = head.doc

    def bare(v) -> bool:
        return not any(x.dep_ in SUBJ | {"expl"} for x in v.children)

    if main.i >= end and main.dep_ != "ROOT" and bare(main) and \
            not any(x.dep_ in {"aux", "auxpass"} for x in main.children) and all(t.is_punct for t in doc[end:main.i]):
        return max(end, main.right_edge.i + 1 if not any(x.i > main.i and x.dep_ in {"ccomp", "advcl"}
                                                          for x in main.children) else main.i + 1)
    if main.i < head.i and any(x.dep_ == "aux" and x.tag_ == "MD" for x in main.children):
        for c in main.conjuncts:
            gap = doc[end:c.left_edge.i]
            if c.i > head.i and bare(c) and not any(x.tag_ == "MD" for x in c.children) and len(gap) <= 2 and \
                    all(t.is_punct or t.pos_ == "CCONJ" for t in gap):
                return max(end, c.right_edge.i + 1)
    return end


def parse_scope(R, A, doc: Doc, cue: Cue, s: int, e: int, local: list[Cue]) -> bool:
    """Scope the parse gives beyond the cue's token window, for demand cues only.

    "The recognition of Crimea, ... must be legally formalized": a modal obliges its clause's subject, which
    stands before it. "Moscow wants Ukraine to amend its constitution ..., and to hold local elections": a
    demanding verb governs its whole complement, however long. A scope-ending cue in between still ends it."""
    if cue.category != "demand":
        return False
    first = doc[cue.start]
    root = clauses.mention_root(doc, s, e)
    verb = clauses.modal_verb(R, A, cue, first)
    if e <= cue.start and verb is not None:
        subjects = [c for c in verb.children if c.dep_ in SUBJ]
        return any(sj.left_edge.i <= root.i <= sj.right_edge.i for sj in subjects)
    if s >= cue.end and verb is not None:
        # "A settlement would have to include the lifting of sanctions, as well as ... limits on its armed
        # forces": the modal obliges the whole object of the verb it governs, however long.
        if verb.lemma_.lower() in R.w.obligation_verbs and verb.i < cue.end:
            verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.i >= cue.end), None)
            if verb is None:
                return False
        # "would have to accept neutral status, carry out demilitarisation, and guarantee the rights of ...":
        # verbs coordinated with the obliged one, without a subject of their own, are obliged too.
        verbs = [verb] + [c for c in clauses.subjectless_conjuncts(verb) if c.i >= cue.end]
        if verb.head.i < cue.end and verb.dep_ == "xcomp":
            verbs += [c for c in clauses.subjectless_conjuncts(verb.head) if c.i >= cue.end]
        comps = [c for v in verbs for c in v.children
                 if c.dep_ in {"dobj", "attr", "oprd", "ccomp", "xcomp"} and c.i >= cue.end]
        if not any(c.left_edge.i <= root.i <= c.right_edge.i for c in comps):
            return False
        return not any(o is not cue and cue.end <= o.start < s and
                       (o.category in ENDS or o.rule.get("ends_as") in ENDS or
                        (o.category in cue.rule["terminated_by"] and not clauses.under_modal(R, A, doc[o.start])))
                       for o in local)
    if s >= cue.end and cue.rule["holder"] == "subject" and enumerations.in_object(doc, cue, root):
        # "demands the recognition of Crimea, ..., as well as ..., and the complete withdrawal of ...", "calls for
        # a tribunal and a compensation mechanism": every object coordinated under the demanding verb is demanded.
        return not any(o is not cue and cue.end <= o.start < s and
                       (o.category in ENDS or o.rule.get("ends_as") in ENDS or
                        o.category in cue.rule["terminated_by"]) for o in local)
    # ("wants Ukraine to amend ..." is one cue, verb to "to": the verb governs its whole complement too)
    if s >= cue.end and first.pos_ == "VERB" and (cue.end - cue.start <= 2 or doc[cue.end - 1].lower_ == "to"):
        comps = [c for c in first.children if c.dep_ in {"xcomp", "ccomp"} and c.i >= cue.end]
        # "wants three things from any deal: A, B and C": an object that announces the list after its colon
        comps += [c for c in first.children if c.dep_ == "dobj" and c.i >= cue.end and any(
            x.dep_ == "appos" and x.left_edge.i > c.i and doc[x.left_edge.i - 1].text == ":" for x in c.children)]
        series = subjunctive_series(first, comps)
        semi = any(a <= root.i <= b for a, b in series)
        if not semi and not any(c.left_edge.i <= root.i <= c.right_edge.i for c in comps):
            return False
        # (a series of its clauses may be set off by semicolons: "demanded that Kyiv adopt X; recognise Y; and ban Z")
        return not any(o is not cue and cue.end <= o.start < s and
                       (o.category in ENDS or o.rule.get("ends_as") in ENDS or
                        o.category in cue.rule["terminated_by"]) and not (semi and doc[o.start].text == ";")
                       for o in local)
    return False


def subjunctive_series(verb, comps: list) -> list:
    """ "Russia demanded that Ukraine adopt X and drop Y; recognise Z; and ban W": a bare verb the parser coordinated
    with the finite demanding verb (no subject of its own, the base form a finite past or third-person verb cannot
    share its subject with) goes on with the demanded clause, when that clause's own verb is in the base form too."""
    if verb.tag_ not in {"VBD", "VBZ"} or not any(c.dep_ == "ccomp" and c.tag_ == "VB" for c in comps):
        return []

    def bare(c) -> bool:
        return c.i > verb.i and c.tag_ == "VB" and not any(x.dep_ in SUBJ or x.tag_ == "MD" for x in c.children)
    out = [(c.left_edge.i, c.right_edge.i) for c in verb.conjuncts if bare(c)]
    head = verb.head  # (or hung the demanding verb's clause on the first bare verb after it)
    if verb.dep_ == "ccomp" and bare(head):
        out += [(verb.right_edge.i + 1, head.right_edge.i)]
    return out


def inside_quote(doc: Doc, start: int, at: int) -> bool:
    """A cue stands inside a quotation when the nearest quote mark before it in its sentence opens one (a curly
    opening mark, or a straight one written onto the word after it). Looks back QUOTE_REACH tokens at most: constant
    work per cue, however long the sentence."""
    for i in range(at - 1, max(start, at - QUOTE_REACH) - 1, -1):
        t = doc[i]
        if t.is_quote and t.text not in {"'", "\u2019"}:
            if t.text in {"\u201c", "\u201e", "\u00ab"}:
                return True
            return t.text == '"' and t.whitespace_ == "" and i + 1 < len(doc) and not doc[i + 1].is_punct
    return False


def quote_closes(doc: Doc, i: int) -> bool:
    """A quote mark right after the punctuation that ends the quoted words ('...," she said'): what follows is the
    attribution, the speaker's own words for who speaks, no term the quote sets."""
    t = doc[i]
    return t.is_quote and t.text not in {"'", "’"} and i > 0 and doc[i - 1].text in {",", ".", "?", "!"}
