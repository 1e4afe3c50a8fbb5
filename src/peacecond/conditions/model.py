"""What the conditions stages pass each other: cues, holders, found conditions, and the per-article state.

Each stage sets Doc extensions (registered here); nothing of one article stays on a component object:

doc._.pc_cond_state     the article's indexes (actors, speakers, sentences, per-sentence memos): Article
doc._.pc_cond_mentions  [(type, start token, end token, rule)]: where a condition type is named (mentions.py)
doc._.pc_cond_cues      [Cue]: stance cues with their scopes (frames.py, enumerations.py)
doc._.pc_cond_items     [(start char, end char, header Span)]: list items under a header (enumerations.py)
doc._.pc_cond_found     [Found]: one per mention read, stance and holder settled (frames.py, references.py)
doc._.pc_conditions     the records (records.py), the only one the record builder reads

All but the last hold Python objects for this process (spans, tokens): they are working extensions
(extensions.working_extension), released when the component ends (build_nlp(keep_working_state=True) keeps them for
inspection), so a processed Doc carries the records alone through doc.to_bytes() and nlp.pipe(n_process=2).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..extensions import working_extension

for _name in ("pc_cond_state", "pc_cond_mentions", "pc_cond_cues", "pc_cond_items", "pc_cond_found"):
    working_extension(_name)
if not Token.has_extension("pc_region"):
    Token.set_extension("pc_region", default=False)
# A non-state armed group the gazetteer names ("the RSF", "Hamas"): condition rules may test it
# ({"_": {"pc_group": true}}).
if not Token.has_extension("pc_group"):
    Token.set_extension("pc_group", default=False)

SUBJ = {"nsubj", "nsubjpass", "csubj"}
# the words that negate a clause whatever the parse made of them ("no" is a determiner, "never" an adverb)
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
PRONOUN_PERSON = {"he", "she", "him", "her", "his"}
PRONOUN_SPEAKER = {"we", "our", "us", "i", "my", "me"}
# Grammar stays in code (dependency labels, pronouns, determiners, numerals); the word classes the rules test are
# data in patterns/condition_words/ (conditions_rules.ConditionWords), read once per patterns folder.
RELATIVE = {"who", "which", "that"}


@dataclass
class Cue:
    rule: dict
    start: int  # token indices
    end: int
    lo: int = 0  # scope [lo, hi)
    hi: int = 0

    @property
    def category(self) -> str:
        return self.rule["category"]


def heads(t: Token, steps: int):
    """The heads above t, nearest first, at most `steps` of them and none past the root (a bounded walk: the work
    per mention stays small however long a run-on sentence the parser makes)."""
    for _ in range(steps):
        if t.head.i == t.i:
            return
        t = t.head
        yield t


def cue_verb(doc: Doc, cue) -> Token | None:
    """The verb a cue stands in ("ruled out": "ruled"; "refuse to accept": "refuse"), or None."""
    return next((t for t in doc[cue.start:cue.end] if t.pos_ == "VERB"), None)


@dataclass
class Holder:
    name: str | None
    party: str | None
    # "Macron, Merz and Starmer demanded ...", "Russia and Belarus insist ...": the other sides a coordinated subject
    # names; each holds the condition too (one record per holder: the schema has one "by").
    others: list = field(default_factory=list)


@dataclass
class Found:
    type: str
    stance: str
    holder: Holder | None
    on: str | None
    regions: list[str]
    start: int  # evidence char offsets
    end: int
    extra: dict = field(default_factory=dict)


@dataclass
class Article:
    """One article's indexes, built by the stages and read by the later ones (doc._.pc_cond_state)."""
    # actors.py: token -> {name, party, kind}; people the story names (token, info, is subject); non-state groups
    tok_actor: dict = field(default_factory=dict)
    actor_order: list = field(default_factory=list)  # tok_actor's tokens in text order (armed.actors_before)
    persons: list = field(default_factory=list)
    orgs: list = field(default_factory=list)
    org_starts: list = field(default_factory=list)  # the orgs' token starts, for bisection
    speaker_party: dict = field(default_factory=dict)
    surname_speaker: dict = field(default_factory=dict)
    sides: object = None  # sides.Sides: the article's one side resolver (doc._.pc_sides), the quotes' too
    # mentions.py: token -> condition types whose mentions hold it
    region_at: dict = field(default_factory=dict)  # first token -> region ids of the regions named from there
    every_region: list | None = None  # targets.regions: every region the article names, on first use
    type_at: dict = field(default_factory=dict)
    # token -> the number of regions a phrase announces ("the four regions": 4), None when it does not say
    anaphor_starts: dict = field(default_factory=dict)
    # token -> the region ids a fixed-reference phrase stands for ("the peninsula": the Crimea named before it)
    anaphor_fixed: dict = field(default_factory=dict)
    # (start char, region ids) of each sentence that names two regions or more, for "these regions" after them
    multi_sents: list = field(default_factory=list)
    multi_by_count: dict = field(default_factory=dict)  # targets.fitting: count -> (starts, region ids) of those
    sents: list = field(default_factory=list)
    sent_starts: list = field(default_factory=list)
    # sentence start -> the cues of the next sentence that point back at it ("These are understandable conditions.")
    backrefs: dict = field(default_factory=dict)
    # clauses.py: per-sentence answers asked per mention
    obliged_memo: dict = field(default_factory=dict)
    # holders.line_source: the text's line breaks (built on first use); line start -> its headline source's chars
    newlines: list | None = None
    line_sources: dict = field(default_factory=dict)
    # texts.positions: lower-case word -> its token indices, built on first use
    positions: dict | None = None
    # resolve.last_government: lower-case word -> for each of its mentions, the side named by it last, up to there
    last_named: dict = field(default_factory=dict)
    aside_memo: dict = field(default_factory=dict)
    # plans.index: (token of each plan mention, the owner of its plan), built on first use
    plans: tuple | None = None
    # collectives.sole_state: (token of each state mention, the one state named up to it or None), on first use
    sole_states: tuple | None = None
    # collectives.war_state: (token of each armed group whose table row gives its war's state, the one such state
    # named up to it or None), on first use
    war_states: tuple | None = None
    # pairs.they: token -> the side "they" / "their" there stands for; the depth of the "their"s being resolved
    they_memo: dict = field(default_factory=dict)
    they_depth: int = 0
    they_cuts: int = 0
    # frames.supposed: sentence start -> (first, last token) of each clause a side's supposed demand stands in
    supposed_demands: dict = field(default_factory=dict)


def sent_of(A: Article, i: int):
    """The sentence of token i (no Token objects per token: speed)."""
    return A.sents[bisect_right(A.sent_starts, i) - 1]
