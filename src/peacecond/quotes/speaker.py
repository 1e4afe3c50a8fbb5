"""Who speaks (Speaker), and the shapes names take in the parse."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..people import Person

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
MAX_FRAME_TOKENS = 80  # attribution frames longer than this are narration, not attribution
MAX_LABEL_TOKENS = 12  # 'Quote from the Head of the Regional Military Administration:' at most
# A line this short that does not end a sentence is a headline or a section heading
# ("Kremlin: 'The language of ultimatums is unacceptable'"): its quotes are titles, not statements.
MAX_HEADING_WORDS = 30
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp"}
NAME_DEPS = {"compound", "flat", "amod"}  # what titles and given names hang on a name by
PROXY_WINDOW = 400  # characters from an organisation's statement to "a spokesperson said" speaking for it
EVENT_WINDOW = 1500  # characters back to the event "the visitor" took part in
GROUP_WINDOW = 600  # characters back to the people "the two leaders" counts
GROUP_WORDS = {"both": 2}  # "both presidents"; numbers ("the two leaders") are date_numbers.count's
SAME_HEAD_WINDOW = 2000  # characters back to the organisation "the forum" refers to
ACRONYM_DEF = re.compile(r"\(([A-Z]{2,6})\)")
SENTENCE_FINAL = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


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
    # The first of several people who speak together ("the two leaders said"): no antecedent for a later "he"
    # or "the statement", which mean one speaker.
    group: bool = False


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


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
