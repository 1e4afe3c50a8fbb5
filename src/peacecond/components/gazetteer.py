"""peacecond_gazetteer: regions and actors from the patterns folder.

The gazetteer wins over the statistical NER (which tags "Luhansk" or "Kyiv" as
PERSON), and a capital that stands for its government ("Kyiv rejected") is an
actor, not a place.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import guarded
from ..boilerplate import inside
from ..parties import parties_of
from ..patterns import Patterns, cached_patterns


def _place_context(tok, pats: Patterns) -> bool:
    """A metonym name ("Kyiv") is the place itself only in a locative context."""
    rules = pats.extra["metonym"]
    # Dateline: "KYIV, UKRAINE —" or "Kyiv (Reuters) -" at the start of a line.
    if tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws or tok.doc[tok.i - 1].is_space:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.text in {",", "(", "—", "–", "-"}:
            return True
    if tok.dep_ == "pobj" and tok.head.lower_ in rules["place_prepositions"]:
        prep, doc = tok.head, tok.doc
        if prep.is_sent_start and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",":
            return True  # a fronted scene setter, "In Kyiv, President Zelensky said ...", is the place
        return prep.head.lemma_.lower() not in rules["actor_heads"]
    if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "from"}:
        # "travelled to Kyiv", "flew in from Kiev" are the place; "an offer to Kyiv", "a reply from Kyiv"
        # are the government.
        return tok.head.head.lemma_.lower() in rules["motion_words"]
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in rules["place_verbs"]


def _opens_a_name(span: Span, role: str | None = None) -> bool:
    """Is a person's one-word variant (a surname) the first word of someone else's name, as the model tags it:
    "Lawmaker [Kagame Mugisha] said" (PERSON), "Deputy [Arzu Naghiyev] said" (ORG, a title compounded onto it)?
    A surname does not open the name it is part of. (Not in a headline's capitals, "Zelensky Says Talks ...", where
    the word after the model's entity is capitalised too; not "the Biden Administration", an ORG with no title;
    not after a title of the person's own role, "President Kiir Mayardit": the leader's second surname.)"""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc):
        return False
    tok, nxt = span[0], doc[span.end]
    if tok.ent_iob_ != "B" or nxt.ent_iob_ != "I" or nxt.pos_ != "PROPN" or not nxt.is_title:
        return False
    if role and tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].lower_ in role.lower().split():
        return False
    end = nxt.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and doc[end].is_title:
        return False
    if end - tok.i >= 3 and (end >= len(doc) or "\n" in doc[tok.i:end + 1].text):
        return False  # ("Aliyev Urges Armenia To Sign Deal" as one entity to the line's end: a headline too)
    before = doc[tok.i - 1] if tok.i > 0 else None
    return tok.ent_type_ == "PERSON" or (tok.ent_type_ == "ORG" and before is not None and before.is_title
                                         and before.dep_ == "compound" and before.head.i >= nxt.i)


class Gazetteer:
    def __init__(self, nlp: Language, patterns_dir: str | None):
        self.pats = cached_patterns(patterns_dir)
        self.regions = PhraseMatcher(nlp.vocab)
        self.actors = PhraseMatcher(nlp.vocab)
        for rid, reg in self.pats.regions.items():
            self.regions.add(rid, list(nlp.tokenizer.pipe(reg["variants"])))
        for aid, act in self.pats.actors.items():
            self.actors.add(aid, list(nlp.tokenizer.pipe(act["variants"])))
        self.not_after = set(self.pats.not_region_after)
        self.parties = parties_of(self.pats)

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        boiler = doc._.pc_boilerplate or []
        strings = doc.vocab.strings
        regions, actors, ents = [], [], []
        region_spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.regions(doc)])
        taken = set()
        for span in region_spans:
            if inside(boiler, span.start_char, span.end_char):
                continue
            if span.end < len(doc) and doc[span.end].text in self.not_after:
                taken.update(range(span.start, span.end))  # "Kyiv Post" is not the government either
                continue
            rid = strings[span.label]
            metonym = self.pats.regions[rid].get("metonym")
            taken.update(range(span.start, span.end))
            if metonym and not _place_context(span.root, self.pats):
                actors.append({"id": metonym, "text": span.text, "start": span.start_char, "end": span.end_char})
                ents.append(Span(doc, span.start, span.end, label="ORG"))
                continue
            regions.append({"id": rid, "text": span.text, "start": span.start_char, "end": span.end_char})
            ents.append(Span(doc, span.start, span.end, label="GPE"))
        for span in filter_spans([Span(doc, s, e, label=m) for m, s, e in self.actors(doc)]):
            if taken.intersection(range(span.start, span.end)) or inside(boiler, span.start_char, span.end_char):
                continue
            if not self.parties.accepts(span):
                continue  # "Chad Smith", "Atlanta, Georgia", "the Jordan River": not the state
            aid = strings[span.label]
            if span.start > 0 and self.parties.lookup(f"{doc[span.start - 1].text} {span[0].text}") not in \
                    (None, self.pats.actors[aid].get("party")):
                continue  # "the South Sudanese army" is not the "Sudanese army", "North Korea" not "Korea"
            if self.pats.actors[aid]["kind"] == "person" and _opens_a_name(span, self.pats.actors[aid].get("role")):
                continue
            actors.append({"id": aid, "text": span.text, "start": span.start_char, "end": span.end_char})
            if self.pats.actors[aid]["kind"] == "person":
                ents.append(Span(doc, span.start, span.end, label="PERSON"))
        actors.sort(key=lambda a: a["start"])
        doc._.pc_regions = regions
        doc._.pc_actors = actors
        # Our spans first: where they overlap a model entity, the gazetteer's reading wins.
        ours = filter_spans(ents)
        used = {i for s in ours for i in range(s.start, s.end)}
        keep = [e for e in doc.ents if not used.intersection(range(e.start, e.end))]
        # A model PERSON that merely contains a gazetteer person ("Putin’s") keeps the model's longer span.
        doc.set_ents(sorted(ours + keep, key=lambda s: s.start))
        return doc


@Language.factory("peacecond_gazetteer", default_config={"patterns_dir": None})
def make_gazetteer(nlp: Language, name: str, patterns_dir: str | None):
    return Gazetteer(nlp, patterns_dir)
