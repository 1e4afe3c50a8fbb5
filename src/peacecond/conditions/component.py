"""peacecond_conditions: the registered component that runs the conditions stages in order.

mentions -> actors -> frames (cues and their scopes) -> enumerations (list items) -> frames (a stance per mention,
holders.py for who holds it, targets.py for who must act) -> references (sets of terms named before) -> records.
Each stage keeps what it finds on the Doc (model.py lists the extensions); the component keeps only the rules.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import guarded, release_working
from . import actors, commitments, enumerations, frames, mentions, records, references, targets
from .model import Article
from .resources import Resources


class Conditions:
    def __init__(self, nlp: Language, patterns_dir: str | None, keep_working_state: bool = False,
                 unheld: bool = False):
        self.rules = Resources(nlp, patterns_dir)
        # A condition is what a side demands, rejects or offers: a stance the text gives nobody (no name, no side)
        # is left out unless asked for (`extract --unheld`), for a reader who wants every term the article frames.
        self.unheld = unheld
        # The last component: it releases every stage's working state (extensions.release_working), so a processed
        # Doc carries plain results and serialises; keep_working_state leaves the spans and cues for inspection.
        self.keep_working_state = keep_working_state

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._read(doc)
        finally:
            if not self.keep_working_state:
                release_working(doc)

    def _read(self, doc: Doc) -> Doc:
        R = self.rules
        A = doc._.pc_cond_state = Article()
        mentions.mark_tokens(R, A, doc)
        types = mentions.find_mentions(R, A, doc)
        if not types:  # every condition starts from a mention of its type: most articles of a dump end here
            doc._.pc_conditions = []
            return doc
        actors.index_actors(R, A, doc)
        in_types = {i for _, s, e, _ in types for i in range(s, e)}
        A.sents = list(doc.sents)
        A.sent_starts = [x.start for x in A.sents]
        mentions.index_anaphors(R, A, doc)
        cues = frames.find_cues(R, A, doc, in_types)
        A.multi_sents = targets.multi_region_sentences(R, A, doc)
        items = enumerations.list_items(R, A, doc, A.sents, cues)
        found = frames.read_mentions(R, A, doc, types, cues, items)
        found = references.resolve_references(R, A, doc, found, cues, in_types)
        found = commitments.contested(found)
        found = commitments.own_demand_refused(R, found)
        tabled = R.parties.kinds
        if any(not (f.holder and f.holder.party in tabled) for f in found) and not conflict_context(R, doc):
            # "The union demanded compensation", "the chairman called for the withdrawal of the offer": a term no
            # side holds, in a text that names no war, truce, region or armed group, is another field's (a side's
            # term stands without them: "Aliyev demanded that Armenia drop its claims"; a side the tables lack, coded
            # from the article's words, "the opposition rejected the results", does not)
            found = [f for f in found if f.holder and f.holder.party in tabled]
        # A mediator's appeal ("the UN urged both sides to pull back") is no side's term: the body holds nothing.
        found = [f for f in found if not (f.holder and f.holder.party in R.w.mediator_parties)]
        if not self.unheld:
            found = [f for f in found if f.holder and (f.holder.party or f.holder.name)]
        doc._.pc_conditions = records.merge(R, A, doc, found)
        return doc


def conflict_context(R, doc: Doc) -> bool:
    """Does the article speak of war and peace: a word of gate_terms.txt, a region, a non-state armed group?"""
    if doc._.pc_regions or R.context_terms(doc, as_spans=False):
        return True
    for a in doc._.pc_actors or []:  # the armed groups mentions.mark_tokens marks
        act = R.pats.actors.get(a["id"]) or {}
        if act.get("kind") == "org" and act.get("party") and act["party"] not in R.not_groups:
            return True
    return False


@Language.factory("peacecond_conditions",
                  default_config={"patterns_dir": None, "keep_working_state": False, "unheld": False})
def make_conditions(nlp: Language, name: str, patterns_dir: str | None, keep_working_state: bool, unheld: bool):
    return Conditions(nlp, patterns_dir, keep_working_state, unheld)
