"""peacecond_quotes: direct quotes and reported speech, attributed to their speakers.

Sets doc._.pc_quotes, doc._.pc_speakers and doc._.pc_people. Attribution reads
the frame around a quote (the words between it and the sentence boundary),
finds a speech verb there (patterns/speech_verbs.txt) and resolves its subject:
a named person or organisation, a pronoun or a nominal mention ("the Russian
leader") to the most recent compatible person, else the previous quote's
speaker when the quote simply continues it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401
from ..extensions import doc_text, guarded, near
from .dates import statement_date
from ..boilerplate import inside
from ..errors import PatternError
from ..patterns import (BOOL, LIST, NOMINAL_SPEC, NATIONALITY_SPEC, STR, Patterns, Spec, cached_patterns, read_jsonl,
                        read_list, EXTRA_LOADERS)
from ..turns import find_turns
from ..people import PartyWords, People, Person, clean_name
from ..quotemarks import scan
from ..offsets import History, Marks

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
MAX_FRAME_TOKENS = 80  # attribution frames longer than this are narration, not attribution
MAX_LABEL_TOKENS = 12  # 'Quote from the Head of the Regional Military Administration:' at most
# A line this short that does not end a sentence is a headline or a section heading
# ("Kremlin: 'The language of ultimatums is unacceptable'"): its quotes are titles, not statements.
MAX_HEADING_WORDS = 30
HEADING_CHARS = 1000  # a heading of MAX_HEADING_WORDS words is far shorter
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp"}
NAME_DEPS = {"compound", "flat", "amod"}  # what titles and given names hang on a name by
PROXY_WINDOW = 400  # characters from an organisation's statement to "a spokesperson said" speaking for it
SAME_HEAD_WINDOW = 2000  # characters back to the organisation "the forum" refers to
ACRONYM_DEF = re.compile(r"\(([A-Z]{2,6})\)")
SENTENCE_FINAL = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
PRONOUN_SPEC: Spec = {"word": (STR, True), "refers": (STR, True)}
PRONOUN_REFERS = {"person", "org", "group", "nobody"}
PARTICLE_SPEC: Spec = {"verb": (STR, True), "particles": (LIST, True), "naming": (BOOL, False)}


def _load_quote_rules(pats: Patterns) -> None:
    root = pats.root
    speech_verbs = set(read_list(root / "speech_verbs.txt"))
    pats.extra["quotes"] = {
        "speech_verbs": speech_verbs,
        "object_speaker_verbs": set(read_list(root / "object_speaker_verbs.txt")),
        "honorifics": set(read_list(root / "honorifics.txt")),
        "titles": set(read_list(root / "titles.txt")),
        "org_words": {w.casefold() for w in read_list(root / "org_words.txt")},
        "nominal": _keyed(root / "nominal_speakers.jsonl", NOMINAL_SPEC, "head", kinds={"person", "org"}),
        "proxies": set(read_list(root / "proxy_speakers.txt")),
        "anonymity": read_list(root / "anonymity_cues.txt"),
        "nationalities": {w: o["party"] for w, o in _keyed(root / "nationalities.jsonl", NATIONALITY_SPEC,
                                                             "word").items()},
        "pronouns": {w: o["refers"] for w, o in _keyed(root / "pronouns.jsonl", PRONOUN_SPEC, "word",
                                                        refers=PRONOUN_REFERS).items()},
        "make_clear": set(read_list(root / "make_clear_words.txt")),
        "particles": _particles(root / "speech_verb_particles.jsonl", speech_verbs),
        "directive_verbs": _speech_subset(root / "directive_verbs.txt", speech_verbs),
        "accusation_verbs": _speech_subset(root / "accusation_verbs.txt", speech_verbs),
        "surname_prefixes": _prefixes(root / "surname_prefixes.txt"),
        "speech_nouns": set(read_list(root / "speech_nouns.txt")),
        "question_labels": frozenset(w.lower() for w in read_list(root / "turn_question_labels.txt")),
        "not_label_words": frozenset(w.lower() for w in read_list(root / "turn_label_words.txt")),
    }


def _prefixes(path) -> tuple[str, ...]:
    """Articles joined to a surname by a hyphen ("al-"), case-folded; each must end in the hyphen."""
    words = read_list(path)
    for word in words:
        if not word.endswith("-") or len(word) < 2 or " " in word:
            raise PatternError(path, _line_of(path, word), f"{word!r} must be one word ending in '-' (\"al-\")")
    return tuple(w.casefold() for w in words)


def _speech_subset(path, speech_verbs: set[str]) -> set[str]:
    """A word list of speech verbs with a special frame: each must be a speech verb."""
    words = read_list(path)
    for word in words:
        if word not in speech_verbs:
            raise PatternError(path, _line_of(path, word), f"{word!r} is not in speech_verbs.txt")
    return set(words)


def _line_of(path, entry: str) -> int | None:
    """The line of a word list holding entry (read_list keeps entries, not their lines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((n for n, line in enumerate(lines, 1) if line.split("#", 1)[0].strip() == entry), None)


def _particles(path, speech_verbs: set[str]) -> dict[str, tuple[frozenset[str], bool]]:
    """Speech verb -> (the particles it needs to report speech ("call on / for"), whether naming something
    speaks too ("what he called 'a real peace proposal'"))."""
    out: dict[str, tuple[frozenset[str], bool]] = {}
    for n, row in read_jsonl(path, PARTICLE_SPEC):
        if row["verb"] not in speech_verbs:
            raise PatternError(path, n, f"verb {row['verb']!r} is not in speech_verbs.txt")
        if row["verb"] in out:
            raise PatternError(path, n, f"duplicate verb {row['verb']!r}")
        if not row["particles"] or not all(isinstance(p, str) and p.strip() for p in row["particles"]):
            raise PatternError(path, n, "'particles' must be a non-empty list of words")
        out[row["verb"]] = (frozenset(row["particles"]), row.get("naming", False))
    return out


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _with_party_words(pats: Patterns) -> None:
    rules = pats.extra["quotes"]
    rules["party_words"] = PartyWords(pats, rules["nationalities"])


def _keyed(path, spec, key: str, kinds: set[str] | None = None, refers: set[str] | None = None) -> dict[str, dict]:
    """Rows of a JSONL table by their key column; a repeated key or an unknown kind is an error."""
    out: dict[str, dict] = {}
    for n, row in read_jsonl(path, spec):
        if row[key] in out:
            raise PatternError(path, n, f"duplicate {key} {row[key]!r}")
        if kinds is not None and row.get("kind") not in kinds:
            raise PatternError(path, n, f"kind must be one of {', '.join(sorted(kinds))}")
        if refers is not None and row.get("refers") not in refers:
            raise PatternError(path, n, f"refers must be one of {', '.join(sorted(refers))}")
        out[row[key]] = row
    return out


EXTRA_LOADERS.append(_load_quote_rules)
EXTRA_LOADERS.append(_with_party_words)


@dataclass
class Speaker:
    name: str
    kind: str  # person | org
    party: str | None = None
    role: str | None = None
    at: int = 0  # where the text names or implies the speaker
    spoke: bool = True  # False: only the subject of some verb, a weaker antecedent for "it" or "they"
    # An organisation speaking through an unnamed person ("a spokesman for the Commission said"): a later
    # "he said" is that person again, so the organisation.
    proxy: bool = False
    place: bool = False  # a country or city standing for its government: one party, never "they"


def _as_speaker(person: Person, at: int, spoke: bool = True) -> Speaker:
    """A person of the article's People as the speaker of a statement (or a subject at `at`)."""
    return Speaker(person.name, "person", person.party, person.role, at, spoke=spoke)


def _name_run(tok: Token) -> Span:
    """The capitalised name ending in tok: the proper nouns compounded before it ("Rail Delivery Group",
    "Kharkiv Mayor Ihor Terekhov")."""
    doc, start = tok.doc, tok.i
    while start > 0:
        prev = doc[start - 1]
        if _joins(prev) and doc[start - 2].pos_ == "PROPN":  # "López-Istúriz White", "Al-Mashat"
            start -= 2
        elif prev.pos_ == "PROPN" and prev.dep_ == "compound":
            start -= 1
        else:
            break
    return doc[start:tok.i + 1]


def _coordinated(subj: Token) -> list[Token]:
    """The heads coordinated with a subject: its conjuncts ("Merkel and Hollande said"), or a name the parser
    folded into the subject's modifiers with its "and" ("EU envoy Anna Berg and Council President Ivan Petrenko
    said": "Berg" hangs on "President" and holds the "and")."""
    out = list(subj.conjuncts)
    for t in subj.lefts:
        out += [m for m in t.subtree if m.pos_ == "PROPN" and m.dep_ in {"nmod", "compound"}
                and any(c.dep_ == "cc" for c in m.children) and any(c.dep_ == "conj" for c in m.children)]
    return out


def _joins(tok: Token) -> bool:
    """Is tok the hyphen inside a word the tokenizer split ("Al | - | Mashat")?"""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


class Quotes:
    def __init__(self, nlp: Language, patterns_dir: str | None, org_speakers: bool = False):
        self.pats = cached_patterns(patterns_dir)
        self.org_speakers = org_speakers
        self.rules = self.pats.extra["quotes"]
        self._acronyms: dict[str, str] = {}  # of the Doc being read
        self._co_speakers: dict[tuple[int, int], list[Speaker]] = {}
        self._ents_doc: Doc | None = None  # the Doc _ent_of indexes
        self._ent_of: dict[int, Span] = {}
        self._ents: tuple[Span, ...] = ()  # the entities of that Doc
        self._orgs: list[Span] = []  # the ORG entities of that Doc, in order
        self._org_ends: list[int] = []  # their end tokens (ascending: entities do not overlap)
        # Candidate tokens are picked from integer columns (Doc.to_array): making a Token object for every
        # word of an article, three times over, cost more than the rules that then read the few candidates.
        strings = nlp.vocab.strings
        self._subject_deps = tuple(strings.add(d) for d in sorted(SUBJECT_DEPS))  # two of each: see _candidates
        self._noun_pos = (POS_IDS["PROPN"], POS_IDS["NOUN"])
        self._verb_pos = (POS_IDS["VERB"], POS_IDS["AUX"])
        self._according_id = strings.add("according")
        self._make_id = strings.add("make")  # "made clear that ..." (patterns/make_clear_words.txt)
        self._speech_lemma: dict[int, bool] = {}  # lemma hash -> is a speech verb (case-folded)
        # Built once, not per article: what People needs to tell names from titles, roles and side words.
        self._titles = frozenset(self.rules["honorifics"] | self.rules["titles"])
        self._roles = frozenset(self.rules["nominal"])
        self._not_names = frozenset(self.rules["party_words"].words)

    def _candidates(self, doc: Doc) -> tuple[list[int], list[int], list[int]]:
        """Token indices of (noun subjects, possible speech verbs, "according")."""
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
        return subjects, verbs, according

    # ----- helpers over the parse -------------------------------------------------
    def _is_speech(self, tok: Token) -> bool:
        if tok.lemma_.lower() == "make":  # "made clear that ...", "made it plain that ..."
            return tok.pos_ == "VERB" and self._made_clear(tok) is not None
        if tok.lemma_.lower() not in self.rules["speech_verbs"] or tok.pos_ not in {"VERB", "AUX"}:
            return False
        # A bare or passive past participle is spoken to, not speaking: "Asked whether ...", "was told".
        if tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children) \
                and tok.lemma_.lower() not in self.rules["object_speaker_verbs"]:
            return False
        # "called on Ukraine to ...", not "so-called"; "pointed out that ...", not "pointed a gun".
        needs = self.rules["particles"].get(tok.lemma_.lower())
        if needs is None:
            return True
        particles, naming = needs
        # "what he called 'a concrete peace proposal'", "called the plan 'a trap'": an object predicate names,
        # and quotes, a thing (the parser may hang it on the object as an apposition).
        return any(c.lower_ in particles or (naming and (c.dep_ == "oprd" or (
            c.dep_ == "dobj" and any(g.dep_ == "appos" for g in c.children)))) for c in tok.children)

    def _naming_only(self, tok: Token) -> bool:
        """A verb that speaks here only by naming something ("what he called 'a real peace proposal'"): it
        attributes the quoted name, it reports no clause."""
        needs = self.rules["particles"].get(tok.lemma_.lower())
        return needs is not None and not any(c.lower_ in needs[0] for c in tok.children)

    def _made_clear(self, verb: Token) -> Token | None:
        """The "clear" of "made clear (that)": the phrase says something, as "said" does. Not the speech verbs
        list, which other components read as single verbs."""
        return next((c for c in verb.children if c.lower_ in self.rules["make_clear"] and c.i > verb.i), None)

    def _subject(self, verb: Token) -> Token | None:
        if verb.lemma_.lower() in self.rules["object_speaker_verbs"]:
            # "quoted al-Burhan as saying", "al-Burhan was quoted as saying"
            return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            # A misparse may give two ("Sudan's army chief | Abdel Fattah al-Burhan said"): the name nearest wins.
            return max(subjects, key=lambda c: (c.ent_type_ == "PERSON", -abs(c.i - verb.i)))
        # "..., said Tatiana Stanovaya": the parser sometimes hangs the inverted subject as dobj/attr. (Not for a
        # verb whose object is the one spoken to or about: "... and accused Moscow of stalling".)
        lemma = verb.lemma_.lower()
        if lemma not in self.rules["accusation_verbs"] and lemma not in self.rules["directive_verbs"]:
            for c in verb.rights:
                if c.dep_ in {"dobj", "attr", "npadvmod"} and (c.ent_type_ in {"PERSON", "ORG"} or c.pos_ == "PROPN"):
                    return c
        # '"...," Nduhungirehe told reporters': an unfamiliar surname right before the verb may be parsed as
        # a modifier; a name there is the subject.
        before = next((c for c in verb.lefts if c.i == verb.i - 1), None)
        if before is not None and before.dep_ in {"advmod", "npadvmod", "nmod", "dep"} \
                and (before.ent_type_ in {"PERSON", "ORG"} or before.pos_ == "PROPN"):
            return before
        # Participles and conjoined verbs speak for the speech verb they hang from
        # ("al-Burhan said that ..., adding that ..."), or for the sentence's subject.
        if verb.dep_ in {"conj", "advcl", "xcomp", "pcomp"}:
            for anc in verb.ancestors:
                if self._is_speech(anc):
                    return self._subject(anc)
            # "Leaders fear that a truce would only help Russia, saying ...", "the plan was dismissed by Kyiv,
            # saying ...": the subject (or agent) of the main verb the participle hangs on; a clause reported by
            # that verb, or one without a subject, hands it up.
            h = verb.head
            while h != verb and h.head != h and h.dep_ in {"ccomp", "xcomp", "conj", "advcl"} \
                    and (h.dep_ == "ccomp" or not any(c.dep_ in SUBJECT_DEPS for c in h.children)):
                h = h.head
            if h != verb:
                agent = next((g for c in h.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                             None)
                if agent is not None and any(c.dep_ == "nsubjpass" for c in h.children):
                    return agent
                return next((c for c in h.children if c.dep_ == "nsubj"), None)
        return None

    def _org_speaker(self, span: Span, at: int, place: bool = False) -> Speaker:
        """An organisation named by span (its side from a nationality word in the name)."""
        return Speaker(self._org_name(span), "org", self._party_of(span), None, at, place=place)

    def _org_name(self, span: Span) -> str:
        words = span.text.replace("\n", " ").split()
        if words and words[0].lower() == "the":
            words = words[1:]
        name = clean_name(" ".join(words), set())
        return self._acronyms.get(name, name)  # "the AU says" after "the African Union (AU)"

    @staticmethod
    def _find_acronyms(text: str) -> dict[str, str]:
        """Acronyms the text spells out: "the African Union (AU)" -> {"AU": "African Union"}.

        The long form is the shortest run of words before the brackets whose letters hold the acronym's in
        order, its first letter opening a word (Schwartz & Hearst): "Economic Community of West African
        States (ECOWAS)"."""
        out: dict[str, str] = {}
        for m in ACRONYM_DEF.finditer(text):
            short = m.group(1)
            line_start = text.rfind("\n", 0, m.start()) + 1
            words = text[line_start:m.start()].split()[-(len(short) + 5):]
            long = " ".join(words)
            s, k = len(short) - 1, len(long) - 1
            while s >= 0:
                c = short[s].lower()
                while k >= 0 and (long[k].lower() != c or (s == 0 and k > 0 and long[k - 1].isalnum())):
                    k -= 1
                if k < 0:
                    break
                s, k = s - 1, k - 1
            if s < 0 and long[k + 1].isupper():
                out.setdefault(short, long[k + 1:].strip(" ,;:"))
        return out

    def _looks_like_person(self, span: Span) -> bool:
        toks = [t for t in span if not t.is_punct]
        # Words, not tokens: "Jean-Yves Le Drian" is three words of five tokens.
        return (2 <= len(span.text.split()) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in toks)
                and not any(t.text.casefold() in self.rules["org_words"] for t in toks))

    def _mislabelled_person(self, ent: Span) -> bool:
        """An ORG entity that is a person ("Tatiana Stanovaya"): shaped like a name, and the text says who
        they are (an apposition "..., founder of ...", or a title or role word before the name), so that
        "Deutsche Bahn said" stays a company."""
        if not self._looks_like_person(ent):
            return False
        doc = ent.doc
        before = doc[ent.start - 1] if ent.start > 0 else None
        titled = before is not None and (before.text in self.rules["titles"] | self.rules["honorifics"]
                                         or (before.pos_ == "NOUN" and before.dep_ == "compound"))
        return titled or any(c.dep_ == "appos" for c in ent.root.children)

    def _role(self, head: Token, name_span: tuple[int, int], doc: Doc) -> str | None:
        """Titles before the name ("Kremlin spokesperson") and appositions after it ("founder of ...")."""
        parts = []
        before = [t for t in head.subtree if t.idx < name_span[0] and t.dep_ in {"compound", "amod", "nmod", "poss"}
                  and t.pos_ in {"PROPN", "NOUN", "ADJ"} and not t.ent_type_ == "PERSON"
                  and t.text not in self.rules["honorifics"]]
        # Another person's title and name, coordinated before this one, are not this person's role ("EU envoy
        # Anna Berg and Council President Ivan Petrenko": Petrenko's role starts after the "and").
        cut = max((t.i for t in head.subtree if t.dep_ == "cc" and t.idx < name_span[0]), default=-1)
        before = [t for t in before if t.i > cut]
        if before:
            first, last = before[0].i, max(t.i for t in before)
            parts.append(doc[first:last + 1].text)
        for c in head.children:
            if c.dep_ == "appos" and c.idx >= name_span[1] and not c.like_num:  # "Smith, 45, a resident"
                sub = [t for t in c.subtree]
                while sub and (sub[0].dep_ == "det" or sub[0].is_punct):
                    sub = sub[1:]
                if sub:
                    parts.append(doc[sub[0].i:sub[-1].i + 1].text.strip(" ,"))
        role = ", ".join(p for p in parts if p)
        return role or None

    def _ent_at(self, doc: Doc, i: int) -> Span | None:
        """The entity holding token i. Doc.ents builds a Span per entity from the tokens on every access,
        so the token -> entity index is made once per Doc (this component does not change the entities)."""
        if self._ents_doc is not doc:
            self._index_ents(doc)
        return self._ent_of.get(i)

    def _index_ents(self, doc: Doc) -> None:
        self._ents_doc = doc
        self._ents = ents = doc.ents  # (Doc.ents makes a Span per entity on every access)
        self._ent_of = {t: e for e in ents for t in range(e.start, e.end)}
        self._orgs = [e for e in ents if e.label_ == "ORG"]
        self._org_ends = [e.end for e in self._orgs]

    # ----- speaker resolution ----------------------------------------------------
    def resolve(self, tok: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        """Who a subject token stands for."""
        low = tok.lower_
        if low in {"who", "which", "that"} and tok.head.dep_ == "relcl":  # "Erdogan, who urged ..."
            antecedent = tok.head.head
            # "X, Putin's aide, who told ...": the apposition describes X, and so does the clause after it.
            while antecedent.dep_ == "appos" and antecedent.head != antecedent:
                antecedent = antecedent.head
            return self.resolve(antecedent, doc, people, history)
        refers = self.rules["pronouns"].get(low)
        if refers is not None or tok.pos_ == "PRON":
            # "it said" / "they said" follow an organisation or a group: the last org that spoke.
            if refers == "group":
                return self._they(tok, doc, people, history)
            if refers == "org":
                return self._recent(history, tok.idx, kind="org", spoke=True) or \
                    self._recent(history, tok.idx, kind="org")
            if refers == "nobody":
                return None
            # With nobody in subject position yet ("For Halyna Shevchuk, 58, the wait was long. ... she said"),
            # the last person named in full.
            return self._recent(history, tok.idx, kind="person") or self._recent_mention(people, tok.idx, None,
                                                                                        full=True)
        # The subject phrase without its prepositional or clausal modifiers:
        # "Sources close to Zelensky said" is not Zelensky speaking.
        # A possessor is not the speaker either ("Putin's proposals"): it is tried last, below.
        cut = {t.i for c in tok.children
               if (c.dep_ in {"prep", "relcl", "acl", "advcl", "amod"} and c.i > tok.i) or c.dep_ == "poss"
               for t in c.subtree}
        sub = [t for t in tok.subtree if t.i not in cut]
        # Up to the first cut after the head: "The rebels, who captured Goma, say" is not Goma speaking.
        stop = min([i for i in cut if i > tok.i] + [sub[-1].i + 1])
        span = doc[sub[0].i:stop]
        head_span = doc[tok.left_edge.i:tok.i + 1]
        person = people.at(self._name_phrase(tok, doc)) or self._appos_person(tok, doc, people) or people.at(span)
        if person is None and tok.ent_type_ == "PERSON":
            ent = self._ent_at(doc, tok.i)
            person = people.add(ent.text, ent.start_char, ent.end_char)
        if person is not None:
            s, e = next(((s, e) for s, e in person.mentions if span.start_char <= s < span.end_char),
                        (tok.idx, tok.idx + len(tok)))
            role = self._role(tok, (s, e), doc)
            if role and not person.role:
                person.role = role
            if person.party is None and person.role:
                person.party = self.rules["party_words"].find(person.role)
            return _as_speaker(person, s)
        # "a spokesperson for Hamas", "a statement from the Kremlin": the organisation speaks.
        if tok.lemma_.lower() in self.rules["proxies"]:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "from", "of"}):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                org = self._org(obj, doc, doc[obj.left_edge.i:obj.i + 1]) if obj is not None else None
                ent = self._ent_at(doc, obj.i) if obj is not None and org is None else None
                if ent is not None and ent.label_ == "ORG":  # an organisation the gazetteer does not list
                    org = self._org_speaker(ent, ent.start_char)
                if org is None and obj is not None:
                    # "a statement from the Ukrainian navy": a body the story names by a common noun and its side
                    # (or its seat: "the government in Kyiv").
                    org = self._seated_org(obj, doc) or self._described_org(obj, doc)
                if org is not None:
                    org.proxy = True
                    return org
            # "The document, published by the foreign ministry in Beijing, urged ...": its publisher speaks.
            for verb in (v for c in tok.children if c.dep_ == "acl" for v in (c, *c.conjuncts)):
                by = next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                          None)
                author = self.resolve(by, doc, people, history) if by is not None else None
                if author is not None and author.name:
                    return replace(author, proxy=author.kind == "org")
            if not any(c.dep_ == "prep" for c in tok.children) and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                                       for c in tok.children):
                # "The Rail Delivery Group said it was disappointed. A spokesperson said: ...": for the
                # organisation that has just spoken.
                org = self._recent(history, tok.idx, kind="org", spoke=True)
                if org is not None and tok.idx - org.at <= PROXY_WINDOW:
                    return org
            if self._definite_one(tok) and tok.lemma_.lower() not in self.rules["nominal"]:
                # "Hamas issued a statement. The statement said ...", "the paper said": the one who issued it, the
                # latest named speaker or subject a paragraph back at most.
                last = next((h for h in history.latest(tok.idx) if h.name), None)
                if last is not None and tok.idx - last.at <= PROXY_WINDOW:
                    return last
        nominal = self.rules["nominal"].get(tok.lemma_.lower())
        if nominal is not None and nominal["kind"] == "person" and self._definite_one(tok):
            # "the Kremlin official said", "the Russian top diplomat stressed", "the diplomat said": one person
            # the story has already named, of the side the modifiers name (the Kremlin is who they work for,
            # not who speaks). "A Kremlin official said" stays the Kremlin, below.
            lefts = " ".join(t.text for t in tok.lefts)
            party = self.rules["party_words"].find(lefts) if lefts else None
            named = self._nominal(tok, "person", party, people, history, latest_speaker=True)
            if named is not None:
                return named
        org = self._org(tok, doc, head_span) or self._seated_org(tok, doc)
        if org is not None:
            return org
        # "Putin's proposal outlines ...", "his office said": the possessor speaks through it.
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            if self.rules["pronouns"].get(poss.lower_) == "org":  # "Beijing stayed away, but its ministry said"
                owner = self._recent(history, poss.idx, kind="org")
            else:
                owner = self.resolve(poss, doc, people, history)
            if owner is not None and owner.name and poss.right_edge.i < tok.i and self._org_head(tok):
                # "South Korea's Foreign Ministry said", "his office said": an institution of the possessor
                # speaks, under its own name and on the possessor's side.
                head = doc[poss.right_edge.i + 1:tok.i + 1].text
                return Speaker(f"{owner.name}'s {head}", "org", owner.party, None, poss.idx)
            if owner is not None:
                return owner
        ent = self._ent_at(doc, tok.i)
        if (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title and not tok.is_sent_start)) \
                and people.canonical(tok.text) in people.by_name:
            # "Patino said" after "Otty Patino", whatever the model tags the surname as; a surname the tagger
            # reads as a plural noun ("Lubinets wrote") is still the name, when capitalised mid-sentence.
            p = people.add(tok.text, tok.idx, tok.idx + len(tok))
            return _as_speaker(p, tok.idx)
        if ent is not None and ent.label_ in {"ORG", "GPE"} and not (ent.text.isupper() and len(ent.text) > 4):
            # (an all-capitals place is a dateline, "MEXICO CITY, March 10 (AFP) -", not a speaker)
            known = people.canonical(ent.text)
            if known in people.by_name:  # "Marchuk" tagged ORG after "Olena Marchuk" tagged PERSON
                p = people.add(ent.text, ent.start_char, ent.end_char)
                return _as_speaker(p, ent.start_char)
            titled = self._unlabelled_person(tok, doc, people, ent) if ent.label_ == "ORG" else None
            if titled is not None:
                return _as_speaker(titled, ent.start_char)
            if ent.label_ == "ORG" and self._mislabelled_person(ent):
                p = people.add(ent.text, ent.start_char, ent.end_char)
                if p is not None:
                    p.role = p.role or self._role(tok, (ent.start_char, ent.end_char), doc)
                    return _as_speaker(p, ent.start_char)
            return self._org_speaker(ent, ent.start_char, place=ent.label_ == "GPE")
        # A name the NER missed ("coach Mikel Arteta told reporters"): a run of capitalised proper nouns.
        # Other labels are the model's guesses for a name it does not know ("Chair Jerome Powell": WORK_OF_ART).
        if tok.text in self._acronyms:  # "ECOWAS said" after "the Economic Community of ... (ECOWAS)"
            name = self._acronyms[tok.text]
            return Speaker(name, "org", self.rules["party_words"].find(name), None, tok.idx)
        p = self._unlabelled_person(tok, doc, people, ent) or self._named_before(tok, doc, people, ent)
        if p is not None:
            return _as_speaker(p, tok.idx)
        if tok.pos_ == "PROPN" and ent is None:
            # An organisation the model did not tag: capitalised names holding an org word ("Rail Delivery Group").
            run = _name_run(tok)
            if len(run) > 1 and any(t.text.casefold() in self.rules["org_words"] for t in run):
                return self._org_speaker(run, run.start_char)
        # "the Russian leader", "the Kremlin spokesman": the latest person of that side.
        nominal = self.rules["nominal"].get(tok.lemma_.lower())
        party = next((self.rules["nationalities"][t.text] for t in tok.lefts
                      if t.text in self.rules["nationalities"]), None)
        if nominal is not None and nominal["anaphoric"] and any(c.lower_ in {"the", "this", "that"}
                                                                  for c in tok.children):
            return self._nominal(tok, nominal["kind"], party, people, history)
        if party is not None and tok.pos_ == "NOUN":
            # "European officials said ...": someone unnamed, but of a known side.
            return Speaker(None, nominal["kind"] if nominal else "org", party, None, tok.idx)
        if tok.pos_ == "NOUN" and self._definite_one(tok) and not (nominal and nominal["kind"] == "person"):
            return self._same_head_org(tok, doc)
        return None

    def _they(self, tok: Token, doc: Doc, people: People, history: list[Speaker]) -> Speaker | None:
        """"They" is a plural: a plural subject of this or the sentence before ("World leaders met ... They warn"),
        or an organisation or group that spoke; never one country or one person."""
        lo = tok.sent.start
        if lo > 0:
            lo = doc[lo - 1].sent.start
        plural = next((t for t in reversed(doc[lo:tok.i]) if t.dep_ in SUBJECT_DEPS and t.pos_ in {"NOUN", "PROPN"}
                       and (t.tag_ in {"NNS", "NNPS"} or _coordinated(t))), None)
        org = next((h for h in history.latest(tok.idx) if h.kind == "org" and not h.place and h.spoke), None) or \
            next((h for h in history.latest(tok.idx) if h.kind == "org" and not h.place), None)
        if plural is not None and (org is None or org.at < plural.idx):
            group = self.resolve(plural, doc, people, history)
            if group is not None and group.kind == "org" and not group.place:
                return group
            if group is not None and group.kind == "person" and group.name and plural.tag_ not in {"NNS", "NNPS"}:
                return group  # "Macron and Scholz met. They said": the first named, as for "Macron and Scholz said"
            # "World leaders", "the negotiators": people the story does not name (not the first of them).
            party = group.party if group is not None and group.kind == "org" and not group.name else None
            return Speaker(None, "person", party, None, plural.idx)
        return org

    def _same_head_org(self, tok: Token, doc: Doc) -> Speaker | None:
        """"the forum said" after "the Hostages and Missing Families Forum": the organisation named last whose
        name ends in that noun, a few paragraphs back at most."""
        if self._ents_doc is not doc:
            self._index_ents(doc)
        for k in range(bisect_right(self._org_ends, tok.i) - 1, -1, -1):  # the ORG entities before tok, last first
            ent = self._orgs[k]
            if tok.idx - ent.start_char > SAME_HEAD_WINDOW:
                break
            if len(ent) > 1 and tok.lower_ in {ent[-1].lower_, ent.root.lower_}:  # "Forum", "Association of ..." 
                return self._org_speaker(ent, tok.idx)
        # A name the model did not tag: capitalised words ending in the capitalised noun.
        for t in reversed(doc[max(0, tok.i - MAX_FRAME_TOKENS * 4):tok.i]):
            if tok.idx - t.idx > SAME_HEAD_WINDOW:
                break
            if t.text == tok.text.capitalize() and t.pos_ == "PROPN":
                j = t.i
                while j > 0 and (doc[j - 1].is_title or (doc[j - 1].lower_ in {"and", "of", "for"} and j > 1
                                                        and doc[j - 2].is_title)) and not doc[j - 1].is_sent_start:
                    j -= 1
                while j < t.i and not doc[j].is_title:
                    j += 1
                if j < t.i:
                    name = doc[j:t.i + 1]
                    return self._org_speaker(name, tok.idx)
                return None
        return None

    def _note_co_speakers(self, subj: Token, speaker: Speaker, span: tuple[int, int], people: People,
                          history: list[Speaker]) -> None:
        """"Merkel and Hollande said ...": the statement is both people's; the quote names the first, the
        speakers list holds both."""
        for c in _coordinated(subj):
            if c.pos_ != "PROPN":
                continue  # "the Minister ... and Government Spokesperson, X": roles of one person
            other = self.resolve(c, doc=subj.doc, people=people, history=history)
            if other is not None and other.kind == "person" and other.name and other.name != speaker.name \
                    and not any(w.casefold() in self.rules["nominal"] or w in self.rules["titles"]
                                for w in other.name.split()):
                self._co_speakers.setdefault(span, []).append(other)

    def _note_unnamed(self, subj: Token, history: list[Speaker]) -> None:
        """"A senior official said ...": someone unnamed spoke, so a later "the official said" or "he said"
        is that person, not the last person the story named."""
        nominal = self.rules["nominal"].get(subj.lemma_.lower())
        if nominal is not None and nominal["kind"] == "person" and subj.tag_ == "NN":
            history.append(Speaker(None, "person", None, None, subj.idx))

    @staticmethod
    def _definite_one(tok: Token) -> bool:
        """A singular noun with a definite determiner: "the official", not "an official" or "officials"."""
        return tok.tag_ in {"NN", "NNP"} and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                                for c in tok.children)

    def _nominal(self, tok: Token, kind: str, party: str | None, people: People, history: list[Speaker],
                 latest_speaker: bool = False):
        """"The minister said": the latest person whose role says minister; "the Russian leader": the latest
        Russian; with `latest_speaker`, "the diplomat said": the person who spoke last, unless that was
        someone unnamed. None when the sentence makes the speaker anonymous."""
        sent = tok.sent.text.lower()
        if any(cue in sent for cue in self.rules["anonymity"]):
            return None
        stem = tok.lemma_.lower()[:5]  # "spokesman" fits a "Kremlin spokesperson"
        ordered = [h for h in history.latest(tok.idx) if h.kind == kind and (party is None or h.party == party)]
        for sp in ordered:
            # "the ministry said" after "Ukraine's Foreign Ministry said": an organisation's name says what it is.
            said = (sp.role or "") + (" " + sp.name if kind == "org" and sp.name else "")
            if sp.name and stem in said.lower():
                return sp
        if party is None:
            if latest_speaker:
                spoke = next((h for h in ordered if h.spoke), None)
                return spoke if spoke is not None and spoke.name else None
            return None
        ordered = [h for h in ordered if h.name]
        return ordered[0] if ordered else (self._recent_mention(people, tok.idx, party) if kind == "person" else None)

    def _org(self, tok: Token, doc: Doc, head_span: Span) -> Speaker | None:
        """An organisation or metonym of the gazetteer heading this phrase, or named in its apposition
        ("Colombia's last guerrilla group, the ELN"): a possessor is not the speaker."""
        candidates = [a for a in near(doc, "pc_actors", head_span.start_char, head_span.end_char)
                      if head_span.start_char <= a["start"] < head_span.end_char]
        for c in tok.children:
            # An organisation named in full speaks under that name ("the Congo River Alliance (AFC), the
            # coalition that includes M23"); a common noun is named by its apposition, not by a clause in it.
            if c.dep_ == "appos" and tok.pos_ != "PROPN":
                clause = {t.i for r in c.subtree if r.dep_ in CLAUSE_DEPS for t in r.subtree}
                candidates += [a for a in near(doc, "pc_actors", c.left_edge.idx, c.right_edge.idx)
                               if c.left_edge.idx <= a["start"] <= c.right_edge.idx
                               and not any(t.idx == a["start"] for t in doc[c.left_edge.i:c.right_edge.i + 1]
                                           if t.i in clause)]
        for a in candidates:
            act = self.pats.actors[a["id"]]
            last = doc.char_span(a["start"], a["end"], alignment_mode="expand")
            possessor = last is not None and last[-1].i + 1 < len(doc) and last[-1].i != tok.i \
                and doc[last[-1].i + 1].lower_ in {"'s", "’s"}
            if act["kind"] != "person" and not possessor:
                return Speaker(a["id"], "org", act["party"], act.get("role"), a["start"], place=act["kind"] == "place")
        return None

    def _unlabelled_person(self, tok: Token, doc: Doc, people: People, ent: Span | None):
        """A name the NER missed or mislabelled: a run of 2-3 capitalised proper nouns, titles aside."""
        if tok.pos_ != "PROPN":
            return None
        run = list(_name_run(tok))
        # A title in the run ends what precedes it: "Kharkiv Mayor Ihor Terekhov" is Ihor Terekhov.
        last_title = max((k for k, t in enumerate(run[:-1]) if t.text in self._titles), default=-1)
        run = run[last_title + 1:]
        if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP"}:
            # The model's label stands, unless a title names a person whose surname alone it tagged ORG
            # ("Mayor Oleksandr [Senkevych]").
            if not (last_title >= 0 and ent.label_ == "ORG" and len(ent) == 1 and len(run) >= 2):
                return None
        name_span = doc[run[0].i:tok.i + 1]
        if not self._looks_like_person(name_span):
            return None
        p = people.add(name_span.text, name_span.start_char, name_span.end_char)
        if p is not None:
            p.role = p.role or self._role(tok, (name_span.start_char, name_span.end_char), doc)
        return p

    def _named_before(self, tok: Token, doc: Doc, people: People, ent: Span | None):
        """"Terekhov said" after "Kharkiv Mayor Ihor Terekhov", a full name the model did not tag: the same
        word closing an earlier name-shaped run of proper nouns."""
        if ent is not None or tok.pos_ != "PROPN" or not tok.is_title:
            return None
        for i in reversed(numpy.flatnonzero(doc.to_array(ORTH)[:tok.i] == tok.orth).tolist()):
            earlier = doc[i]
            p = self._unlabelled_person(earlier, doc, people, self._ent_at(doc, i))
            if p is not None:
                return people.add(tok.text, tok.idx, tok.idx + len(tok)) or p
        return None

    @staticmethod
    def _name_phrase(tok: Token, doc: Doc) -> Span:
        """The head word with the titles and names compounded onto it ("Kremlin spokesperson Dmitry Peskov"),
        without a possessor: in "Putin's proposals" the proposals are the subject, not Putin."""
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if _joins(prev):  # "López-Istúriz White"
                start -= 2
            elif prev.dep_ in NAME_DEPS and start - 1 < prev.head.i <= tok.i:
                start -= 1
            else:
                break
        return doc[start:tok.i + 1]

    def _appos_person(self, tok: Token, doc: Doc, people: People):
        """A person named in an apposition anywhere in the subject ("the Minister of ... , Patrick Muyaya")."""
        for t in tok.subtree:
            if t.dep_ == "appos" and not any(a.dep_ in CLAUSE_DEPS for a in t.ancestors if a.i != tok.i
                                             and tok.is_ancestor(a)):
                # (not in a clause of the subject: "The Houthis, who control the capital, Sanaa, said")
                span = doc[t.left_edge.i:t.right_edge.i + 1]
                person = people.at(span)
                if person is None and (self._person_word(tok) or tok.text in self._titles):
                    # "The EU's special envoy ..., Miroslav Lajcak, urged", "Director General of ..., Lt Gen
                    # Ahmed Sharif Chaudhry, told": a person word's (or title's) apposition shaped like a name is
                    # that person, whatever label the model gave the name; its own titles are not the name.
                    name = doc[t.i:t.i + 1]
                    while name.start > 0 and doc[name.start - 1].dep_ in {"compound", "flat"} \
                            and doc[name.start - 1].head == t:
                        name = doc[name.start - 1:name.end]
                    while len(name) > 1 and name[0].text in self._titles:
                        name = name[1:]
                    ent = self._ent_at(doc, t.i)
                    if (ent is None or ent.label_ in {"ORG", "PERSON"}) and self._looks_like_person(name) \
                            and not any(a["start"] == name.start_char for a in doc._.pc_actors or []
                                        if self.pats.actors[a["id"]]["kind"] != "person"):
                        person = people.add(name.text, name.start_char, name.end_char)
                if person is not None:
                    return person
        return None

    def _reported_by_other(self, tok: Token) -> bool:
        """Is tok the subject of a clause that a speech verb with a subject of its own reports, or that someone
        believes, hopes or fears ("Erdogan believes that Putin can still be convinced. He said ...": the one
        who believes is who "he" goes on to mean, not the one in what he believes)?"""
        clause = tok.head
        while clause.dep_ in {"conj", "advcl", "xcomp"} and clause.head != clause:
            clause = clause.head
        if clause.dep_ != "ccomp":
            return False
        subj = self._subject(clause.head)
        if subj is None:
            return False
        # "It is clear that Putin ...": an empty subject holds no one.
        return self._is_speech(clause.head) or (subj.pos_ in {"PROPN", "NOUN"} and subj.ent_type_ == "PERSON")

    def _seated_org(self, tok: Token, doc: Doc) -> Speaker | None:
        """"the government in Kyiv", "the foreign ministry in Beijing": an institution the story names by its
        seat or country (a gazetteer actor after "in" / "of"), on that actor's side."""
        if not tok.is_lower or not self._org_head(tok):  # (a proper name, "the European Commission in Brussels",
            return None                                  # is the name the model tagged)
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            seat = self._org(obj, doc, doc[obj.left_edge.i:obj.i + 1]) if obj is not None else None
            if seat is not None and seat.party:
                # Named like an institution of a possessor ("Beijing's foreign ministry"), by the seat's actor id.
                first = next(t for t in tok.subtree if t.dep_ != "det")
                return Speaker(f"{seat.name}'s {doc[first.i:prep.i].text}", "org", seat.party, None, first.idx)
        return None

    def _described_org(self, tok: Token, doc: Doc) -> Speaker | None:
        """"the Ukrainian navy", "the Sudanese armed forces": a definite body named by a common noun and a
        nationality word, under those words. (Without a side, "the armed forces" is left unresolved: a speaker
        of no side would hold whatever the statement demands for nobody.)"""
        if tok.pos_ != "NOUN" or not self._org_head(tok) or not any(c.dep_ == "det" and c.lower_ == "the"
                                                                    for c in tok.children):
            return None
        words = doc[next(t for t in tok.subtree if t.dep_ != "det").i:tok.i + 1]
        party = self._party_of(words)
        return Speaker(words.text, "org", party, None, words.start_char) if party else None

    def _org_head(self, tok: Token) -> bool:
        """A noun naming an institution: "ministry", "office" (nominal_speakers.jsonl, kind org), an organisation
        word, or a word the model tags as an organisation."""
        nominal = self.rules["nominal"].get(tok.lemma_.lower())
        return (nominal is not None and nominal["kind"] == "org") or tok.lower_ in self.rules["org_words"] \
            or tok.ent_type_ == "ORG"

    def _person_word(self, tok: Token) -> bool:
        """A noun naming a person's post ("envoy", "spokesman", "minister")."""
        nominal = self.rules["nominal"].get(tok.lemma_.lower())
        return tok.pos_ in {"NOUN", "PROPN"} and nominal is not None and nominal["kind"] == "person"

    @staticmethod
    def _recent_mention(people: People, before: int, party: str | None, full: bool = False):
        """The person mentioned last before `before` (of that party; with `full`, named in two words or more)."""
        best = None
        for p in people.by_name.values():
            if (party is not None and p.party != party) or (full and len(p.name.split()) < 2):
                continue
            for s, _ in p.mentions:
                if s < before and (best is None or s > best[0]):
                    best = (s, p)
        if best is None:
            return None
        p = best[1]
        return _as_speaker(p, best[0], spoke=False)

    def _party_of(self, span: Span) -> str | None:
        for t in span:
            if t.text in self.rules["nationalities"]:
                return self.rules["nationalities"][t.text]
        return None

    @staticmethod
    def _recent(history: list[Speaker], before: int, kind: str, party: str | None = None,
                spoke: bool = False) -> Speaker | None:
        for sp in history.latest(before):  # the latest first
            if (sp.kind == kind or (kind == "person" and sp.proxy)) and (party is None or sp.party == party) and (sp.spoke or not spoke):
                return sp
        return None

    # ----- frames around a direct quote -----------------------------------------
    def _frames(self, doc: Doc, start: int, end: int, marks: list[tuple[int, int]]):
        """Character ranges of the text before and after a quote within its sentence, short of other quotes."""
        open_at, close_at = start - 1, end
        first = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
        last = doc.char_span(close_at, close_at + 1, alignment_mode="expand")
        prev_close = max([e + 1 for s, e in marks if e < open_at] + [0])
        next_open = min([s for s, e in marks if s > close_at] + [len(self.text)])
        if first is None or first[0].is_sent_start or first[0].i == 0:
            before = (open_at, open_at)
        else:
            before = (max(first[0].sent.start_char, prev_close), open_at)
        after_tok = doc[last[-1].i + 1] if last is not None and last[-1].i + 1 < len(doc) else None
        # '"Who would sign it?" the diplomat said.': the parser starts a sentence after the question mark,
        # but a sentence does not begin in lower case.
        if after_tok is None or (after_tok.is_sent_start and not after_tok.is_lower) or after_tok.is_space:
            after = (close_at + 1, close_at + 1)
        else:
            after = (close_at + 1, min(after_tok.sent.end_char, next_open))
        return before, after

    def _speech_in(self, doc: Doc, lo: int, hi: int, last: bool = False) -> Token | None:
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or len(span) > MAX_FRAME_TOKENS:
            return None
        verbs = [tok for tok in span if self._is_speech(tok)]
        return (verbs[-1] if last else verbs[0]) if verbs else None

    def _frame_verb(self, doc: Doc, before, after) -> Token | None:
        """The speech verb attributing a quote: right after it ('...," he said'), else the clause the quote
        sits in ('X said that ... "..."'), else anywhere after it."""
        a_verb = self._speech_in(doc, *after)
        b_verb = self._speech_in(doc, *before, last=True)
        if b_verb is not None:
            # "Russia, he said, would not ... and it rejected ..., calling them '...'": a parenthetical
            # "he said" governs the whole sentence, the verbs inside it included.
            b_verb = next((t for t in doc[b_verb.sent.start:b_verb.i] if t.dep_ == "parataxis"
                           and self._is_speech(t) and (t.head == b_verb or t.head.is_ancestor(b_verb))), b_verb) \
                if b_verb.dep_ != "parataxis" else b_verb
        if a_verb is not None and len(self.text[after[0]:a_verb.idx].split()) <= 4:
            # 'X said that "..." and that Israel would insist ...': a verb after the quote that does not govern
            # it yields to the one before that does.
            # 'X told them that Y wanted "...," the agency reported': the verb whose clause holds the quote speaks
            # it; an outer verb reports that speech.
            at = doc.char_span(before[1], before[1] + 1, alignment_mode="expand")
            if b_verb is not None and at is not None and self._governs(b_verb, at[0]) \
                    and (not self._governs(a_verb, at[0]) or a_verb.is_ancestor(b_verb)):
                return b_verb
            return a_verb
        return b_verb or a_verb

    @staticmethod
    def _governs(verb: Token, tok: Token) -> bool:
        """Does tok (a quotation mark, or a word of the quote) sit in the verb's phrase?"""
        return verb.left_edge.i <= tok.i <= verb.right_edge.i

    def _according_in(self, doc: Doc, lo: int, hi: int) -> Token | None:
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return None
        for tok in span:
            if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
                return doc[tok.i + 2] if doc[tok.i + 2].lower_ != "the" else doc[tok.i + 2].head
        return None

    # ----- the component ---------------------------------------------------------
    @guarded
    def __call__(self, doc: Doc) -> Doc:
        boiler = doc._.pc_boilerplate or []
        self._ents_doc = None  # a new Doc, or the same one with other entities: index them anew
        self.text = doc_text(doc)
        self._acronyms = self._find_acronyms(self.text)
        self._co_speakers = {}  # (start, end) of a statement -> others
        marked, warnings = scan(self.text, boiler)
        doc._.pc_warnings = list(doc._.pc_warnings or []) + warnings
        self._index_ents(doc)
        people = People(doc, self.pats, self._titles, self.text, roles=self._roles, not_names=self._not_names,
                        org_words=self.rules["org_words"], prefixes=self.rules["surname_prefixes"], ents=self._ents)
        marks = Marks((q.start - 1, q.end) for q in marked)  # (offsets.py: asked by bisection, not scanned)
        history: list[Speaker] = History()
        quotes: list[dict] = []
        subjects, verbs, according = self._candidates(doc)

        # Pronouns resolve to the most recent person in subject position or already quoted.
        for tok in map(doc.__getitem__, subjects):
            if marks.holds(tok.idx):
                continue
            if tok.head.dep_ == "relcl":
                continue  # "the law, which Zelensky signed, ...": a background figure, not the one "she" means
            person = people.at(self._name_phrase(tok, doc)) or self._appos_person(tok, doc, people)
            ent = self._ent_at(doc, tok.i)
            if person is None and ent is not None and ent.label_ == "ORG" and self._mislabelled_person(ent):
                person = people.add(ent.text, ent.start_char, ent.end_char)
            person = person or self._unlabelled_person(tok, doc, people, ent)
            if person is not None and self._reported_by_other(tok):
                # "Salama said Tshisekedi would never meet them. 'That is not on the table,' she said": a
                # person in what someone else says is not who "she" says next; the one who said it is.
                continue
            if person is not None:
                if person.role is None:  # "Republican leader Tom Briggs disagreed."
                    mention = next(((s, e) for s, e in person.mentions if s >= tok.left_edge.idx), None)
                    if mention is not None:
                        person.role = self._role(tok, mention, doc)
                history.append(_as_speaker(person, tok.idx, spoke=False))
                continue
            org = self._org(tok, doc, doc[tok.left_edge.i:tok.i + 1])
            if org is not None:
                history.append(replace(org, role=None, at=tok.idx, spoke=False))
        reported = list(self._reported(doc, verbs, marks, people, history, boiler))
        reported += self._according(doc, according, marks, people, history, boiler)
        prev: Speaker | None = None
        prev_end = -1
        for q in marked:
            before, after = self._frames(doc, q.start, q.end, marks)
            gap = self.text[prev_end:q.start - 1] if prev_end >= 0 else None
            speaker, cue = None, None
            verb = self._frame_verb(doc, before, after)
            if verb is not None:
                subj = self._subject(verb)
                if subj is not None and not marks.holds(subj.idx, end_inclusive=False):
                    speaker = self.resolve(subj, doc, people, history)
                    cue = verb
                    if speaker is None or speaker.name is None:
                        self._note_unnamed(subj, history)
                    else:
                        self._note_co_speakers(subj, speaker, (q.start, q.end), people, history)
            if speaker is None:
                acc = self._according_in(doc, *before) or self._according_in(doc, *after)
                if acc is not None:
                    speaker = self.resolve(acc, doc, people, history)
            if speaker is None and verb is None:
                speaker, cue = self._colon_intro(doc, q.start - 1, people, history)
            if speaker is None and verb is None:
                # A byline under the quote: '"We stand with Ukraine." — Ursula von der Leyen'
                eol = self.text.find("\n", q.end + 1)
                eol = eol if eol >= 0 else len(self.text)
                dash = re.match(r"[ \t]*[—–-][ \t]*", self.text[q.end + 1:eol])
                if dash:
                    speaker = self._bare_name(doc, q.end + 1 + dash.end(), eol, people)
            # Nothing but white space since the last quote and its attribution, and no attribution of its
            # own ("..., the company said" with an unnamed company is not the previous speaker): same speaker.
            if speaker is None and cue is None and prev is not None and gap is not None \
                    and not gap.strip(" \n\t,;—–-"):
                speaker = prev
            if speaker is not None and speaker.name:
                history.append(replace(speaker, at=q.start, spoke=True))
            prev = speaker
            prev_end = max(q.end + 1, after[1])
            quotes.append(self._quote(doc, "direct", q.start, q.end, speaker, cue))
        # A quote running over paragraphs is attributed once, usually in its last paragraph.
        for i in range(len(marked) - 2, -1, -1):
            if marked[i].continued and quotes[i]["speaker"] is None and quotes[i + 1]["speaker"] is not None:
                for key in ("speaker", "speaker_kind", "party"):
                    quotes[i][key] = quotes[i + 1][key]
        # A headline often repeats a quote the story attributes: the same words, the same speaker.
        for q in quotes:
            if q["speaker"] is None and len(q["text"].split()) >= 4:
                words = _norm(q["text"])
                source = next((o for o in quotes if o["speaker"] and o is not q and words in _norm(o["text"])), None)
                if source is not None:
                    for key in ("speaker", "speaker_kind", "party"):
                        q[key] = source[key]
        for start, end, speaker, cue in reported:
            quotes.append(self._quote(doc, "indirect", start, end, speaker, cue))
        quotes += self._turns(doc, marks, people, history)
        # Headline quotes stay marks (no reported speech is read inside them) but are not statements:
        # the story repeats and attributes them, and the guide leaves titles out.
        quotes = [q for q in quotes if not (q["kind"] == "direct" and self._in_heading(q["start"], q["end"]))]
        quotes.sort(key=lambda x: (x["start"], x["end"]))
        doc._.pc_quotes = quotes
        doc._.pc_people = people.as_records()
        doc._.pc_speakers = self._speakers(quotes, people)
        return doc

    def _in_heading(self, start: int, end: int) -> bool:
        """Does the quote sit in a heading: a short line that does not end as a sentence does, nor does
        the quote ('"We stand with Ukraine." — Ursula von der Leyen' is a statement signed under it)?"""
        if SENTENCE_FINAL.search(self.text[start:end]):
            return False
        # (A line of more than HEADING_CHARS is no heading: a page without line breaks is one line, and reading
        # all of it for each quote cost the square of its length.)
        line_start = self.text.rfind("\n", max(0, start - HEADING_CHARS), start) + 1
        line_end = self.text.find("\n", end, end + HEADING_CHARS)
        if (line_start == 0 and start > HEADING_CHARS) or (line_end == -1 and len(self.text) - end > HEADING_CHARS):
            return False
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)].strip()
        return bool(line) and len(line.split()) <= MAX_HEADING_WORDS and not SENTENCE_FINAL.search(line)

    def _quote(self, doc, kind, start, end, speaker: Speaker | None, cue: Token | None) -> dict:
        return {
            "text": self.text[start:end], "kind": kind, "start": start, "end": end,
            "speaker": speaker.name if speaker else None,
            "speaker_kind": speaker.kind if speaker else None,
            "party": speaker.party if speaker else None,
            "cue": {"text": cue.text, "lemma": cue.lemma_.lower()} if cue is not None else None,
            "cue_start": cue.idx if cue is not None else None,
            "cue_end": cue.idx + len(cue) if cue is not None else None,
            "date": statement_date(doc, start, end),
        }

    def _colon_intro(self, doc: Doc, open_at: int, people, history):
        """'Putin said in a televised speech:' then the quote (possibly in the next paragraph)."""
        text = self.text[:open_at].rstrip()
        if not text.endswith(":"):
            return None, None
        lo = max(text.rfind(". "), text.rfind("\n"), 0)
        verb = self._speech_in(doc, lo, len(text))
        if verb is None:
            # A headline or a transcript: 'Zelensky: "We will not give up our land"', 'ZELENSKY (through
            # interpreter): "..."' (what the brackets say is not the name).
            bracket = text.find("(", lo)
            name = self._bare_name(doc, lo, bracket if bracket >= 0 else len(text) - 1, people)
            if name is not None:
                return name, None
            return self._speech_label(doc, lo, len(text) - 1, people, history)
        subj = self._subject(verb)
        return (self.resolve(subj, doc, people, history), verb) if subj is not None else (None, None)

    def _turns(self, doc: Doc, marks, people: People, history: list[Speaker]) -> list[dict]:
        """A transcript's turns ("OLUSEGUN OBASANJO: Thank you very much. ..."), kind "turn": statements in the
        speaker's own words without quotation marks (turns.py). A turn that opens with a quote is that quote."""
        def whose(start: int, end: int, label_end: int) -> Speaker | None:
            # A person's turn only: "Germany: Chancellor Olaf Scholz said ..." is a roundup's entry, in which
            # the story reports what each side said.
            words = {re.sub(r"['’]s$", "", w).casefold() for w in self.text[start:end].split()}
            if words & self.rules["not_label_words"]:
                return None
            named = self._bare_name(doc, start, end, people)
            if named is not None:
                return named if named.kind == "person" else None
            return self._label_person(doc, start, end, people)

        out = []
        for turn in find_turns(self.text, self.rules["question_labels"], whose):
            body = self.text[turn.body:turn.end]
            start, end = turn.body, turn.body + len(body.rstrip())
            if turn.speaker is None or end <= start or marks.holds(start):
                continue
            if turn.speaker.name:
                history.append(replace(turn.speaker, at=turn.start, spoke=True))
            out.append(self._quote(doc, "turn", start, end, turn.speaker, None))
        return out

    def _label_person(self, doc: Doc, start: int, end: int, people: People) -> Speaker | None:
        """A person whom only a turn label names ("REDWAN HUSSIEN (Head of the Government delegation):"): two to
        four capitalised words, none a title, role, organisation or side word, nor a place or body the gazetteer
        knows."""
        words = self.text[start:end].split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                               for w in words):
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.pos_ != "PROPN" for t in span if not t.is_upper and not t.is_punct):
            return None  # "Foreign Minister:", "Sources close to ...:" (the tagger reads capitals poorly)
        folded = [w.casefold() for w in words]
        if any(w in self._titles or w.capitalize() in self._titles for w in words) \
                or any(w in self._roles or w in self.rules["org_words"] or w in people.not_names for w in folded):
            return None
        if any(a["start"] < end and start < a["end"] for a in doc._.pc_actors or []
               if self.pats.actors[a["id"]]["kind"] != "person"):
            return None
        name = " ".join(w.capitalize() if w.isupper() else w for w in words)
        person = people.add(name, start, end, is_person=True)
        return _as_speaker(person, start) if person is not None else None

    def _speech_label(self, doc: Doc, lo: int, hi: int, people: People, history: list[Speaker]):
        """(speaker, cue) of a label naming a statement and its author: 'Quote from Zelensky:', 'Statement by
        the Foreign Ministry:', "Peskov's words:" (patterns/speech_nouns.txt)."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or len(span) > MAX_LABEL_TOKENS:
            return None, None
        for t in span:
            if t.lemma_.lower() not in self.rules["speech_nouns"]:
                continue
            for c in t.children:
                if c.dep_ == "poss":  # "Peskov's words"
                    author = c
                elif c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}:  # "Quote from Zelensky"
                    author = next((g for g in c.children if g.dep_ == "pobj"), None)
                else:
                    continue
                if author is not None and author.i < span.end:
                    speaker = self.resolve(author, doc, people, history)
                    if speaker is not None:
                        return speaker, t
        return None, None

    def _bare_name(self, doc: Doc, lo: int, hi: int, people: People) -> Speaker | None:
        """The speaker when the text between lo and hi is nothing but a name: a person or an organisation."""
        span = doc.char_span(lo, hi, alignment_mode="expand")
        words = [t for t in span if not (t.is_space or t.is_punct)] if span is not None else []
        if not words or len(words) > 5:
            return None
        name = doc[words[0].i:words[-1].i + 1]
        person = people.at(name)
        if person is not None and people.canonical(name.text) == person.name:
            return _as_speaker(person, name.start_char)
        known = people.by_name.get(people.canonical(name.text) or "")
        if known is not None and name.text.isupper():  # a transcript's "HALUSHCHENKO:" for Herman Halushchenko
            return _as_speaker(known, name.start_char)
        for a in doc._.pc_actors or []:
            if a["start"] == name.start_char and a["end"] == name.end_char:
                act = self.pats.actors[a["id"]]
                if act["kind"] == "place" and name.text.isupper():
                    continue  # a dateline ("KYIV: ..."), not a speaker
                return Speaker(a["id"], "person" if act["kind"] == "person" else "org", act["party"],
                               act.get("role"), a["start"])
        return None

    def _reported(self, doc: Doc, verbs: list[int], marks, people: People, history: list[Speaker], boiler):
        """(start, end, speaker, cue) of each reported clause: 'X said (that) ...', 'X called on Y to ...'."""
        for tok in map(doc.__getitem__, verbs):
            if not self._is_speech(tok) or marks.holds(tok.idx) or self._naming_only(tok):
                continue
            if inside(boiler, tok.idx):
                continue
            subj = self._subject(tok)
            if subj is None or marks.holds(subj.idx):
                continue
            content = self._content(tok)
            if content is None:
                continue
            start, end = content
            quoted = marks.overlap(start, end)
            if quoted > (end - start) / 2:
                continue  # the direct quote inside carries this statement
            said = self.text[tok.idx:end].lower()
            if any(cue in said for cue in self.rules["anonymity"]):
                continue  # "who asked not to be named" asks for anonymity, it states nothing
            speaker = self.resolve(subj, doc, people, history)
            if speaker is None:
                # "Officials said ..." is still a statement, by someone the article does not name;
                # an unresolved pronoun is more likely a misparse than a statement.
                if subj.pos_ in {"NOUN", "PROPN"}:
                    self._note_unnamed(subj, history)
                    yield start, end, None, tok
                continue
            if speaker.name:
                history.append(replace(speaker, at=tok.idx, spoke=True))
                self._note_co_speakers(subj, speaker, (start, end), people, history)
            else:
                self._note_unnamed(subj, history)  # "a senior European official said"
            yield start, end, speaker, tok

    def _according(self, doc: Doc, according: list[int], marks, people: People, history: list[Speaker], boiler):
        """'According to X, ...': the rest of the sentence is X's statement."""
        for tok in map(doc.__getitem__, according):
            if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to":  # _candidates found "according"
                continue
            if inside(boiler, tok.idx) or marks.holds(tok.idx):
                continue
            to = doc[tok.i + 1]
            src = next((c for c in to.children if c.dep_ == "pobj"), None)
            if src is None:
                continue
            phrase = {t.i for t in tok.subtree} | {tok.i, to.i} | {t.i for t in src.subtree}
            sent = tok.sent
            rest = [t for t in sent if t.i not in phrase and not t.is_space]
            # The statement is one side of the attribution, never the attribution itself: "But, according
            # to the New York Times (NYT), Russia will ..." starts after it; "..., according to X." ends before.
            last, first = max(phrase), min(phrase)
            after = [t for t in rest if t.i > last]
            if any(t.i >= sent.root.i and not t.is_punct for t in after) or not any(t.i < first and not t.is_punct for t in rest):
                rest = after
            else:
                rest = [t for t in rest if t.i < first]
            while rest and rest[0].is_punct:
                rest = rest[1:]
            while rest and rest[-1].is_punct:
                rest = rest[:-1]
            if len(rest) < 3:
                continue
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            quoted = marks.overlap(start, end)
            if quoted > (end - start) / 2:
                continue
            speaker = self.resolve(src, doc, people, history)
            if speaker is not None:
                if speaker.name:  # "according to X, ... 'quote,' he said": X is the antecedent
                    history.append(replace(speaker, at=src.idx, spoke=True))
                yield start, end, speaker, tok

    def _content(self, verb: Token) -> tuple[int, int] | None:
        doc = verb.doc
        comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        adj = self._made_clear(verb) if verb.lemma_.lower() == "make" else None
        if adj is not None:
            # "made clear that Washington saw ...": the rest of the sentence after "clear (that)".
            first = adj.i + 1
            sent = verb.sent
            toks = [t for t in doc[first:sent.end] if not t.is_space]
            if toks and toks[0].lower_ == "that":
                toks = toks[1:]
        elif comp is None and verb.lemma_.lower() == "point":
            # "X pointed to the risk of retaliation": what X drew attention to is the statement.
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            comp = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if comp is None:
                return None
            toks = list(comp.subtree)
        elif comp is None and verb.lemma_.lower() in self.rules["directive_verbs"]:
            comp = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"}), None)
            target = next((c for c in verb.children if c.dep_ in {"dobj"}), None)
            if comp is None:
                return None
            if target is None:
                prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "for"}), None)
                target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            toks = list(comp.subtree) + (list(target.subtree) if target is not None else [])
        elif comp is None and verb.lemma_.lower() in self.rules["accusation_verbs"]:
            # "blamed Ukrainian forces for the attacks": the accused and the charge.
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            charge = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "over"}
                           and c.i > (target.i if target is not None else verb.i)), None)
            if target is None or charge is None or target.tag_ in {"WDT", "WP"}:
                return None  # ("Belgium, which it accuses of lobbying": the clause is about Belgium, not a statement)
            toks = list(target.subtree) + list(charge.subtree)
        elif comp is not None:
            # The parser may split a clause into several ("will re | - | group and attack ..."): all of them.
            # (A subtree runs from its left edge to its right edge: no need to list its tokens.)
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            left, right = min(c.left_edge.i for c in clauses), max(c.right_edge.i for c in clauses)
            if left < right and doc[left].dep_ == "mark" and doc[left].lower_ == "that" and doc[left].head == comp:
                left += 1
            toks = [doc[left], doc[right]]
        elif verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "that" and doc[verb.i + 1].dep_ != "mark" \
                and doc[verb.i + 2].pos_ not in {"ADP", "PUNCT", "ADV", "SPACE"}:
            # "X has warned that any plan ... would damage ...": the parser took "that" for the object and
            # lost the clause; the rest of the sentence is what was said.
            sent = verb.sent
            toks = [t for t in doc[verb.i + 2:sent.end] if not t.is_space]
        else:
            # "X said: the talks ..." — the rest of the sentence after a colon.
            # "X said: ..." or "X outlined five demands:" and the next paragraph.
            sent = verb.sent
            colon = next((t for t in sent if t.i > verb.i and t.text == ":"), None)
            if colon is None:
                return None
            rest = [t for t in doc[colon.i + 1:sent.end] if not (t.is_space or t.is_punct)]
            if not rest:
                # The statement is the next paragraph (a list item, a block quote).
                nxt = next((t for t in doc[colon.i + 1:] if not (t.is_space or t.is_punct)), None)
                if nxt is None:
                    return None
                eol = self.text.find("\n", nxt.idx)
                span = doc.char_span(nxt.idx, eol if eol >= 0 else len(self.text), alignment_mode="contract")
                rest = list(span) if span is not None else []
            toks = rest
        toks = [t for t in toks if not (t.dep_ == "mark" and t.lower_ == "that" and t.head == comp)]
        if not toks:
            return None
        first, last = min(t.i for t in toks), max(t.i for t in toks)
        # The parser may end the clause inside a hyphenated word ("will re-group"): keep the word whole.
        while last + 1 < len(doc) and not doc[last].whitespace_ and "-" in {doc[last].text, doc[last + 1].text} \
                and not doc[last + 1].is_space:
            last += 1
            if doc[last].head == verb and doc[last].text != "-":
                # the rest of the split word hangs on the verb: "re | - | group and attack ..."
                last = max(last, doc[last].right_edge.i)
        # "saying the army will re-arm and strike ...": a bare verb coordinated with the participle by the parser
        # cannot be its coordinate (the forms differ); it continues the reported clause.
        if last + 2 < len(doc) and doc[last + 1].dep_ == "cc" and doc[last + 1].head == verb \
                and doc[last + 2].dep_ == "conj" and doc[last + 2].head == verb and doc[last + 2].tag_ == "VB" \
                and verb.tag_ != "VB":
            last = doc[last + 2].right_edge.i
        while last > first and (doc[last].is_punct or doc[last].is_space):  # (a paragraph break is no content)
            last -= 1
        while first < last and (doc[first].is_punct or doc[first].is_space
                                or (doc[first].lower_ == "that" and doc[first].dep_ == "mark")):
            first += 1
        span = doc[first:last + 1]
        if len(span) < 3:
            return None
        return span.start_char, span.end_char

    def _speakers(self, quotes: list[dict], people: People) -> list[dict]:
        out: dict[str, dict] = {}
        in_body: set[str] = set()  # who says something outside the headings

        def count(name: str, kind: str, party: str | None, role: str | None, heading: bool) -> None:
            """One more statement by name; its role is the article's (People), else the one given."""
            item = out.get(name)
            if item is None:
                person = people.by_name.get(name)
                item = out[name] = {"name": name, "kind": kind, "role": person.role if person else role,
                                    "party": party, "quotes": 0}
            item["quotes"] += 1
            if not heading:
                in_body.add(name)

        for q in quotes:
            # Organisations speak on their quotes; the speakers list is people unless asked otherwise,
            # as in the media-research convention (GUIDE: "only people, not organisations or countries").
            if not q["speaker"] or (q["speaker_kind"] != "person" and not self.org_speakers):
                continue
            if q["kind"] == "direct" and len(q["text"].split()) < 2:
                continue  # a scare-quoted term ('the "demilitarization" Putin announced') is no statement
            heading = q["kind"] == "indirect" and self._in_heading(q["start"], q["end"])
            act = self.pats.actors.get(q["speaker"])
            count(q["speaker"], q["speaker_kind"], q["party"], act.get("role") if act else None, heading)
            for other in self._co_speakers.get((q["start"], q["end"]), []):
                count(other.name, "person", other.party, other.role, heading)
        # Someone who speaks only in a heading ("Read more: Trump says he will ...", another story's headline)
        # is not quoted by this story.
        return [item for name, item in out.items() if name in in_body]


@Language.factory("peacecond_quotes", default_config={"patterns_dir": None, "org_speakers": False})
def make_quotes(nlp: Language, name: str, patterns_dir: str | None, org_speakers: bool):
    return Quotes(nlp, patterns_dir, org_speakers)
