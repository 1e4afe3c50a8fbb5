"""peacecond_quotes: direct quotes and reported speech, attributed to their speakers.

Sets doc._.pc_quotes, doc._.pc_speakers and doc._.pc_people. Attribution reads
the frame around a quote (the words between it and the sentence boundary),
finds a speech verb there (patterns/speech_verbs.jsonl) and resolves its subject:
a named person or organisation, a pronoun or a nominal mention ("the Russian
leader") to the most recent compatible person, else the previous quote's
speaker when the quote simply continues it. The stages are the modules of
peacecond.quotes; this component holds what does not change between articles
and runs one Reading per article.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..extensions import doc_text, guarded, working_extension
from ..patterns import cached_patterns
from ..quotemarks import scan
from ..quotes import rules as _rules  # noqa: F401  (registers the loader of pats.extra["quotes"])
from ..quotes.reading import Reading
from ..quotes.speaker import SUBJECT_DEPS
from ..sides import side_words
from .dates import statement_date

# The Reading of the article being read: per-article state lives on its Doc, for the length of this component's
# call (it holds Tokens, which do not cross processes; the Doc's other extensions are plain data).
working_extension("pc_quote_reading")


class Quotes:
    def __init__(self, nlp: Language, patterns_dir: str | None, org_speakers: bool = False):
        self.pats = cached_patterns(patterns_dir)
        self.org_speakers = org_speakers
        self.rules = self.pats.extra["quotes"]
        self.date_of = statement_date
        # Candidate tokens are picked from integer columns (Doc.to_array): making a Token object for every
        # word of an article, three times over, cost more than the rules that then read the few candidates.
        strings = nlp.vocab.strings
        self._subject_deps = tuple(strings.add(d) for d in sorted(SUBJECT_DEPS))  # two of each: see _candidates
        self._noun_pos = (POS_IDS["PROPN"], POS_IDS["NOUN"])
        self._verb_pos = (POS_IDS["VERB"], POS_IDS["AUX"])
        self._according_id = strings.add("according")
        self._make_id = strings.add("make")  # "made clear that ..." (patterns/make_clear_words.txt)
        # Speech nouns as lemma hashes ("remarks by X that ..."), picked from the lemma column as "according" is.
        # A capital may make one a name to the tagger ("Remarks by X that ..."): its lower form, plural too.
        self._speech_noun_ids = numpy.array(sorted(strings.add(n) for n in self.rules["speech_nouns"]),
                                            dtype="uint64")
        self._speech_noun_forms = numpy.array(sorted(strings.add(n + s) for n in self.rules["speech_nouns"]
                                                     for s in ("", "s")), dtype="uint64")
        self._speech_lemma: dict[int, bool] = {}  # lemma hash -> is a speech verb (case-folded): a vocabulary cache
        # Built once, not per article: what People needs to tell names from titles, roles and side words.
        self.titles = frozenset(self.rules["honorifics"] | self.rules["titles"])
        self.roles = frozenset(self.rules["nominal"])
        self.not_names = frozenset(self.rules["party_words"].words)
        self.side_words = side_words(self.pats)  # the resolver of sides the conditions ask too

    def _candidates(self, doc: Doc) -> tuple[list[int], list[int], list[int], list[int]]:
        """Token indices of (noun subjects, possible speech verbs, "according", speech nouns)."""
        strings, speech = doc.vocab.strings, self._speech_lemma
        # Column tests over the whole Doc at once; the speech lemma table is read only for the verbs.
        arr = doc.to_array([DEP, POS, LEMMA, LOWER])
        dep, pos, lemma, lower = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        (d1, d2), (n1, n2), (v1, v2) = self._subject_deps, self._noun_pos, self._verb_pos
        subjects = numpy.flatnonzero(((dep == d1) | (dep == d2)) & ((pos == n1) | (pos == n2))).tolist()
        verbs = []
        at = numpy.flatnonzero((pos == v1) | (pos == v2))
        for i, lem in zip(at.tolist(), lemma[at].tolist()):
            is_speech = speech.get(lem)
            if is_speech is None:
                is_speech = speech[lem] = lem == self._make_id or strings[lem].lower() in self.rules["speech_verbs"]
            if is_speech:
                verbs.append(i)
        according = numpy.flatnonzero(lower == self._according_id).tolist()
        nouns = numpy.flatnonzero(((pos == n2) & numpy.isin(lemma, self._speech_noun_ids))
                                  | ((pos == n1) & numpy.isin(lower, self._speech_noun_forms))).tolist()
        return subjects, verbs, according, nouns

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        marked, warnings = scan(doc_text(doc), doc._.pc_boilerplate or [])
        doc._.pc_warnings = list(doc._.pc_warnings or []) + warnings
        doc._.pc_quote_reading = Reading(self, doc)
        try:
            doc._.pc_quote_reading.read(marked, self._candidates(doc))
        finally:
            doc._.pc_quote_reading = None
        return doc


@Language.factory("peacecond_quotes", default_config={"patterns_dir": None, "org_speakers": False})
def make_quotes(nlp: Language, name: str, patterns_dir: str | None, org_speakers: bool):
    return Quotes(nlp, patterns_dir, org_speakers)
