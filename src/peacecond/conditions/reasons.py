"""reasons: the reason a refusal gives, when it says what the refused thing falls short of (stage 3, with frames).

"The rebels dismissed the junta's reply for failing to meet their demands, an end to the fighting first among them",
"Kinshasa rejected the plan because it did not include a withdrawal", "Pashinyan dismissed the draft, saying it
ignored the return of refugees": what the thing refused fails to give is what the refuser wants -- its demand, not a
second refusal. The refusal's scope ends where such a reason starts; a demand cue on the refusing verb (so its subject
holds it) covers the reason from its verb of falling short (condition_words/failing_verbs.txt) on; refusal and offer
cues inside the reason ("did not include") are what the reason says, no stance of their own. A reason that says what
the refused thing would bring ("rejected the plan because it would require a withdrawal") is left alone.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .model import Cue, cue_verb

REASON_RULE = {"category": "demand", "holder": "subject", "strength": "strong", "direction": "forward",
               "max_scope": 0, "terminated_by": set(), "stop_at": set(), "goal_if_next": set(), "exchange": False,
               "line": 0, "reason": True, "note": "what a refusal's reason says the refused thing fails to give"}
# marks of a reason clause, and the verbs a reason is said with ("..., saying it failed to ...")
BECAUSE = {"because", "as", "since"}
SAYING = {"say", "argue", "cite", "complain", "note", "insist", "explain", "claim"}


def reason_of(verb: Token) -> Token | None:
    """The reason adjunct of a refusing verb: "for failing to ...", "because it did not ...", ", saying it ..."
    (the "for" phrase may hang on the object: "rejected the proposal for failing to ...")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for c in [c for o in objects for c in o.children] + list(verb.children):
        if c.i <= verb.i:
            continue
        # "for failing to ...", "as falling short of ...": a gerund phrase that says why
        if c.dep_ == "prep" and c.lower_ in {"for", "over", "as"} and any(
                p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children):
            return c
        if c.head.i != verb.i:
            continue
        if c.dep_ == "advcl" and (any(m.dep_ == "mark" and m.lower_ in BECAUSE for m in c.children) or
                                  (c.tag_ == "VBG" and c.lemma_.lower() in SAYING)):
            return c
    return None


def falls_short(R, reason: Token) -> Token | None:
    """The verb of falling short in a reason ("failing", "ignored", "did not include"), or None."""
    words = R.w.failing_verbs
    for t in reason.subtree:
        if t.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = t.lemma_.lower()
        if lemma in words:
            return t
        if f"not:{lemma}" in words and any(c.dep_ == "neg" for c in t.children):
            return t
    return None


def reason_cues(R, A, sent: Span, local: list[Cue], drop: set[int]) -> list[Cue]:
    """For each refusal in the sentence whose reason says what the refused thing falls short of: its scope cut where
    the reason starts, and a demand cue of the refuser over the reason; the reason's tokens go into drop."""
    out = []
    doc = sent.doc
    for c in local:
        if c.category != "reject" or c.rule["holder"] != "subject" or c.rule.get("negation"):
            continue
        verb = cue_verb(doc, c)
        reason = reason_of(verb) if verb is not None else None
        short = falls_short(R, reason) if reason is not None else None
        if short is None:
            continue
        cut = reason.left_edge.i
        for o in local:  # the refusal and what it refuses ("the proposal") end where the reason starts
            if c.start <= o.start < cut < o.hi:
                o.hi = max(o.end, cut)
        lo, hi = short.i + 1, min(sent.end, reason.right_edge.i + 1)
        if hi > lo:
            out.append(Cue(REASON_RULE, verb.i, verb.i + 1, lo, hi))
            drop.update(range(reason.left_edge.i, hi))
    return out


def inside_reasons(cues: list[Cue], drop: set[int]) -> list[Cue]:
    """Drop refusal and offer cues inside a reason ("because it did not include a ceasefire": the negation is what
    the reason says)."""
    if not drop:
        return cues
    return [c for c in cues if not (c.category in {"reject", "offer"} and c.start in drop)]
