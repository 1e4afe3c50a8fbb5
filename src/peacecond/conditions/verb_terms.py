"""verb_terms: a condition told by a verb and what it governs, read from the parse (part of stage 1, mentions).

"The rebels must stop all their attacks", "air strikes must stop before talks resume", "if the government halted
its offensive", "the militia must leave civilian areas", "take its formations back": the cue lexicon's token rows
name a type by fixed words in a fixed order; here a row of patterns/verb_terms.jsonl crosses a class of verbs
(stop, halt, cease; withdraw, leave; hold, call) with a class of nouns (hostilities, armed forces, votes) that the
verb takes as its object (or the subject of its passive) or as its subject, however far apart the parse puts them,
and a noun of the act ("a halt to the attacks") with its "of" / "to" / "in" phrase. The mention is only where a
type is named: the frames still give it a stance by its clause's modal, demanding verb or condition, so "the army
stopped the attack on Tuesday" (no cue) sets nothing. A span a lexicon row of the same type already matched keeps
the row (its stances and strength were set for its words).

The verbs are found with one numpy pass over the lemmas; each is then read one step into the parse: constant work
per candidate, linear in the article.
"""
from __future__ import annotations

import numpy

from spacy.attrs import LEMMA
from spacy.tokens import Doc

from .model import NEGATION_WORDS

OBJECT_DEPS = {"dobj", "xcomp"}  # "stop its attacks", "stop firing"
# "a halt to the attacks", "any halt in the fighting", "departure from power"
ACT_PREPS = {"of", "to", "in", "on", "from"}
GOAL_PREPS = {"to", "into"}  # "return to their initial positions"
PARTICLE_DEPS = {"prt", "advmod"}
# A verb and its noun more than MAX_SPAN tokens apart are read as one mention no more: the parse's long links run
# over clauses and lists ("stop ..., and the attacks on ...") where the noun is no longer what the verb acts on.
MAX_SPAN = 10
# "a halt, after two weeks of talks, to the attacks": a noun of the act whose class noun is further than ACT_REACH
# words away hangs its phrase on something else in the parse
ACT_REACH = 8
# "halted what it called its military offensive": the free relative's noun is what the verb takes
NAMING = {"call", "describe", "term", "dub", "label", "brand"}
# "air strikes ..., something the Taliban say must stop", "raids, which must end": a pronoun standing for the
# noun before it; the noun is sought a few words back in its sentence (RELATIVE_REACH: constant work)
RELATIVES = {"which", "that", "something"}
RELATIVE_REACH = 8
# "the sanctions imposed by Washington and Brussels on its timber firms must be lifted": the subject's own phrase
# fills the gap to its verb, which only its auxiliaries ("must be", "should have been") stand before; read up to
# SUBJECT_SPAN words (the link is the parse's own subject link, no list or clause between)
SUBJECT_SPAN = 24
AUX_GAP = 4
# "the $7 billion in reserves", "half of the frozen assets", "some of the sanctions": an amount whose "of" / "in"
# phrase is the noun of the class
AMOUNTS = {"part", "portion", "share", "some", "most", "all", "half", "rest", "bulk", "remainder", "billion",
           "million", "trillion", "amount", "sum", "tranche"}


def in_class(row: dict, n) -> bool:
    """A noun of the row's class: its lemma or word, a "modifier head" pair's head with that modifier ("military
    action") or with a modifier's own compound ("NATO membership bid"), or an armed group the gazetteer names where
    the row says so."""
    for w in (n.lemma_.lower(), n.lower_):
        if w in row["nouns"]:
            return True
        mods = row["qualified"].get(w)
        if mods and any(c.dep_ in {"amod", "compound"} and (c.lower_ in mods or c.lemma_.lower() in mods)
                        for m in n.children if m.dep_ == "compound" or m.dep_ == "amod"
                        for c in [m] + [x for x in m.children if x.dep_ == "compound"]):
            return True  # the modifier or its own compound: "NATO membership bid", "central bank reserves"
    return bool(row["armed_groups"] and n._.pc_group)


def member(row: dict, n) -> bool:
    """The noun or one of its conjuncts ("stop the blockade and the attacks"), or the "of" / "in" phrase of an
    amount ("release the $7 billion in central bank reserves")."""
    if in_class(row, n) or any(in_class(row, c) for c in n.conjuncts):
        return True
    if n.pos_ == "NUM" or n.lemma_.lower() in AMOUNTS:
        return any(o.dep_ == "pobj" and (in_class(row, o) or any(in_class(row, c) for c in o.conjuncts))
                   for p in n.children if p.dep_ == "prep" and p.lower_ in {"of", "in"} for o in p.children)
    return False


def whole_subject(n, at, v) -> bool:
    """The noun is the verb's own subject and its phrase runs up to the verb's auxiliaries: the span may be long
    ("the sanctions imposed by Washington and Brussels on its timber firms must be lifted")."""
    return at.i == n.i and n.head.i == v.i and n.dep_ in {"nsubj", "nsubjpass"} and n.i < v.i and \
        v.i - n.right_edge.i <= AUX_GAP and v.i - n.i <= SUBJECT_SPAN


def antecedent(row: dict, p):
    """The noun of the row's class a relative pronoun stands for: the nearest one in the few words before it, in
    its sentence ("the raids on the camps, which the rebels say must stop": the raids)."""
    doc = p.doc
    for k in range(p.i - 1, max(p.i - RELATIVE_REACH, 0) - 1, -1):
        if member(row, doc[k]):
            return doc[k]
        if doc[k].is_sent_start:
            break
    return None


def resolved(row: dict, took: list) -> list:
    """(noun, role, anchor): a relative pronoun read as the noun it stands for, the mention anchored on the pronoun
    (its clause holds the cue: "something the Taliban say must stop"); a naming verb's free relative read as the
    noun it names ("halted what it called its offensive")."""
    out = []
    for n, role in took:
        if n.lower_ in RELATIVES and n.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            a = antecedent(row, n)
            if a is not None:
                out.append((a, role, n))
        elif n.dep_ == "ccomp" and n.lemma_.lower() in NAMING and any(c.lower_ == "what" for c in n.children):
            out += [(o, role, o) for o in n.children if o.dep_ == "oprd"]
        else:
            out.append((n, role, n))
    return out


def misread(row: dict, tok) -> list:
    """A base-form verb of the row the parser took for a noun or a compound after its subject's name ("that Eta
    renounce violence", "that the RSF halt shelling"): what it modifies is its object."""
    doc = tok.doc
    if tok.i == 0 or tok.lower_ != tok.lemma_.lower() or tok.dep_ not in {"compound", "nsubj"} or \
            tok.head.i != tok.i + 1 or doc[tok.i - 1].pos_ != "PROPN" or "object" not in row["roles"]:
        return []
    return [(tok.head, "object", tok.head)]


def governed(row: dict, v) -> list:
    """What the verb takes that may be of the row's class: (noun, role). A row that reads the subject and not the
    object takes the subject of a transitive verb too ("the militia must leave the towns": what it leaves is a
    place, read for another field's sense by the type's other_senses)."""
    kids = list(v.children)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids)
    out = []
    if "object" in row["roles"] and v.dep_ == "acomp" and v.tag_ == "VBN" and v.head.lemma_ == "be":
        # "only if the punitive measures were relaxed": the parser hangs the participle on "be" as its complement;
        # the subject of "be" is what the verb acts on
        out += [(c, "object") for c in v.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if "object" in row["roles"]:
        out += [(c, "object") for c in kids if c.dep_ in OBJECT_DEPS or (passive and c.dep_ == "nsubjpass") or
                (c.dep_ == "ccomp" and c.lemma_.lower() in NAMING)]
    if "subject" in row["roles"] and not passive and ("object" not in row["roles"] or
                                                      not any(c.dep_ == "dobj" for c in kids)):
        subj = [c for c in kids if c.dep_ == "nsubj"]
        if not subj and v.dep_ == "xcomp":  # "urged the troops to leave": the governing verb's object acts
            subj = [c for c in v.head.children if c.dep_ == "dobj"]
        out += [(c, "subject") for c in subj]
    if "goal" in row["roles"]:
        out += [(o, "goal") for c in kids if c.dep_ == "prep" and c.lower_ in GOAL_PREPS
                for o in c.children if o.dep_ == "pobj"]
    if "with" in row["roles"]:  # "provide the rebels with guarantees": what is given, in the "with" phrase
        out += [(o, "with") for c in kids if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj"]
    return out


def other_doer(senses: frozenset, v) -> bool:
    """ "rescuers had to abandon the operation", "miners were told to end the strike": the one who stops is a noun of
    another field (the type's other_senses) though the verb is an xcomp whose subject the parse puts on the verb
    that governs it, outside the mention that other_sense reads. One step up: constant work."""
    if v.dep_ != "xcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in senses or c.lemma_.lower() in senses)
               for c in v.head.children)


def verb_term_matches(R, doc: Doc) -> list[tuple[str, int, int, dict]]:
    """(type, start, end, row) for each verb (or noun of the act) of a row and a noun of its class it governs."""
    if not R.verb_term_keys.size or not len(doc):
        return []
    lemmas = doc.to_array([LEMMA])
    out = []
    for i in numpy.flatnonzero(numpy.isin(lemmas, R.verb_term_keys)).tolist():
        tok = doc[i]
        lemma = tok.lemma_.lower()
        for row in R.verb_terms_of.get(lemma, ()):
            if tok.pos_ in {"VERB", "AUX"} and lemma in row["verbs"]:
                parts = [c for c in tok.children if c.dep_ in PARTICLE_DEPS and c.lower_ in row["particles"]]
                if row["particles"] and not parts:
                    continue
                # "that the RSF stop attacking civilians": the parser may make the verb the gerund's auxiliary
                took = [(tok.head, "object", tok.head)] if tok.dep_ == "aux" and "object" in row["roles"] and \
                    tok.head.tag_ == "VBG" and tok.head.i == i + 1 else \
                    resolved(row, governed(row, tok)) if tok.pos_ == "VERB" else []
                if took and other_doer(R.types[row["type"]]["other_senses"], tok):
                    continue
                for n, role, at in took + misread(row, tok):
                    if not member(row, n):
                        continue
                    s, e = min(i, at.i), max([i, at.i] + [p.i for p in parts]) + 1
                    if (e - s > MAX_SPAN and not whole_subject(n, at, tok)) or \
                            any(doc[k].lower_ in NEGATION_WORDS for k in range(s + 1, e - 1)):
                        continue  # too far apart to be one mention; "attacks will not stop" states no term
                    out.append((row["type"], s, e, row))
                    break
            elif tok.pos_ == "NOUN" and lemma in row["verbs"]:
                for n, role, at in misread(row, tok):
                    if member(row, n):
                        out.append((row["type"], i, at.i + 1, row))
                        break
            elif tok.pos_ == "NOUN" and lemma in row["acts"]:
                for p in tok.children:
                    if p.dep_ == "prep" and p.lower_ in ACT_PREPS:
                        n = next((o for o in p.children if o.dep_ == "pobj"), None)
                        if n is not None and not member(row, n):  # "a halt in two weeks of fighting"
                            n = next((o for q in n.children if q.dep_ == "prep" and q.lower_ == "of"
                                      for o in q.children if o.dep_ == "pobj"), None)
                        if n is not None and member(row, n) and n.i - i <= ACT_REACH:
                            out.append((row["type"], i, n.i + 1, row))
                            break
                        if p.lower_ == "of" and "goal" not in row["roles"]:
                            # "the removal of the police chief from office": the act's "of" phrase is what it acts
                            # on, and it is of no class of the row; a goal row's "of" phrase names who goes back
                            # ("the withdrawal of the militia to its barracks"), its "to" phrase is the class
                            break
    return out
