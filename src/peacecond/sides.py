"""Sides: which side a person or a body the article names is on, read from the article's own words. One resolver
for the quotes (a speaker's `party`) and the conditions (a holder's party), so the two never decide a person's side
two ways.

The gazetteer (parties.py, actors.jsonl) knows famous names; everybody else takes the side the article gives them,
at any mention, not only the first:
- a force the person owns that is a side's own name ("Haftar's Libyan National Army"), before any title's state;
- a title before the name ("Indonesian Defence Minister X", "the M23 spokesman X", "Serbia's head negotiator X");
- an apposition ("X, Indonesia's defence minister", "X, a Hamas negotiator", "X, spokesman for the foreign
  ministry of Serbia"), or the name as the apposition of a title ("The AU's envoy, X");
- an "of" phrase naming a body or a side ("X of the Philippine government", "X of Hamas");
- a clause of leading or of holding a post, relative or not ("X, who leads the RSF", "X, who is Sudan's envoy",
  "Nour serves as the RSF's chief negotiator");
- else, for a person of whom the article says nothing that names a side, the side its headline makes the subject
  of the same act ("Norway Offers Truce Plan" over "Ingrid Dahl ... put forward a five-step plan": a
  headline names the side, the story the person who acted for it; `headline_acts`, read where the statements are
  known, at the end of the quotes' reading);
- else, for a domestic office title with no side in it ("Presidential Spokesperson X", "President X"), the state
  the article is datelined from ("MANILA -", "KYIV (Reuters) -"): a home outlet names its own government's officers
  without the country, a foreign visitor never without theirs. An article without such a dateline gives no home;
  a headline is no dateline ("Sudan - army rejects truce": the line must go on as a paragraph does).

A state named in a description that also holds a word for an armed group ("the Libyan rebel leader", "a Sudanese
militia commander") is where the person is, not whose side: such a description gives nothing. A place after "in",
"at" or "near" is where someone works ("a researcher at a think tank in Warsaw"), not their side.

`SideWords` is built once per patterns folder; `Sides` once per Doc, and each person's answer once (cached by
name and number of mentions), so asking for every mention costs what the mentions cost.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from .derived import code_of, derived_bodies, head_word
from .extensions import working_extension
from .patterns import EXTRA_LOADERS
from .side_words import OPPOSITION_SIDE, SideWords, load_side_words, side_words  # noqa: F401 (side_words: the API)

OPPOSITION = "opposition"  # a side the article may name by the word alone (`described`)
NEAR_OPPOSITION = 300  # characters before "the opposition" a group named stands for it, if none is called that
BEING = {"be", "serve", "become", "remain"}  # verbs that give a person a post ("X, who is Sudan's envoy")
TITLE_WORDS = 10  # words a title before a name runs back at most
# A dateline: a place in capitals, or in title case before an agency or a dash, opening a line ("MANILA -",
# "KYIV, UKRAINE -", "Port Sudan, Sudan (PANA) -", "MOSCOW. June 22 (Interfax) -").
DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2})"
                      r"(?:,[ \t]*(?P<state>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}))?"
                      r"(?P<tail>[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[—–-][ \t]|\.[ \t]+[A-Z][a-z]+[ \t]+\d)", re.M)
POSSESSIVE = re.compile(r"['’]s?$")
CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
DATELINE_WINDOW = 1500  # characters into the article a dateline may open a line (after the headline and dek)
DATELINE_WORDS = 12  # words the line of a dateline goes on with at least (a paragraph, not a headline)


class Sides:
    """One article's side resolver."""

    def __init__(self, doc: Doc, words: SideWords, text: str):
        self.doc, self.w, self.text = doc, words, text
        self._home: str | None | bool = False  # not read yet
        self._cache: dict[tuple[str, int, str | None], str | None] = {}
        self._words: dict[str, list[int]] | None = None  # capitalised word -> its offsets (built on first use)
        self._bodies: dict[str, tuple[str, str] | None] | None = None  # a word of a body's name -> (name, party)
        self._named: list[tuple[int, int, str, str]] | None = None  # groups and blocs named: (start, end, name, party)
        self._derived: set[str] = set()  # codes of the sides the tables lack (derived.py)
        self._body_starts: list[int] = []  # the start of each of `bodies`
        self._body_toks: set[int] | None = None  # the tokens of `bodies` (`body_tokens`, on first use)
        self._derived_rx: re.Pattern | bool | None = None  # their names as the article writes them (`derived_in`)
        self._derived_names: dict[str, str] = {}
        # a side-name word -> (starts, (name, party)) of the groups named with it (`described`, on first use)
        self._described: dict[str, tuple[list[int], list[tuple[str, str]]]] | None = None
        self._actor_at: dict[int, tuple[str, str]] | None = None  # token -> (id, party) of a gazetteer body there

    # ----- one mention -----------------------------------------------------------------------------------------
    def title_before(self, span: Span) -> list[Span]:
        """The titles written before a name: the run back to the clause's edge (a verb, a conjunction, a
        punctuation mark other than the possessive, another person's name), at most TITLE_WORDS words ("Kosovo's
        chief envoy to the talks [Besa Krasniqi]", "Ukrainian Prime Minister [X]"), and a title that run
        sets off with a comma, from the sentence's start or another comma ("South Africa president, [Cyril
        Ramaphosa]", "..., Head of the UN Mission to Libya, Envoy [X] said"); each when it holds a noun
        for a post."""
        doc = span.doc
        out = []
        hi = span.start
        for _ in range(2):
            lo = self._title_start(doc, hi, span.sent.start, self.body_tokens())
            title = doc[lo:hi]
            if any(t.lemma_.lower() in self.w.role_nouns or t.lower_ in self.w.role_nouns for t in title):
                out.append(title)
            if lo == span.sent.start or doc[lo - 1].text != "," or lo - 1 == span.sent.start:
                break
            hi = lo - 1  # the comma before the run: a title set off before it?
            start = self._title_start(doc, hi, span.sent.start, self.body_tokens())
            if start < hi and not (start == span.sent.start or doc[start - 1].text == ","):
                break  # (a clause before the comma, "Asked about the president, X said": no title)
        return out

    def body_tokens(self) -> set[int]:
        """The tokens of the groups' and blocs' names the article writes (`bodies`), once an article: a side's name
        the model tagged PERSON ("Al Shabaab spokesman X") is no other person's name ending a title."""
        if self._body_toks is None:
            self._body_toks = set()
            for s, e, _, _ in self.bodies():
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    self._body_toks.update(range(span.start, span.end))
        return self._body_toks

    @staticmethod
    def _title_start(doc, hi: int, sent_start: int, bodies: set[int] = frozenset()) -> int:
        lo, floor = hi, max(sent_start, hi - TITLE_WORDS)
        while lo > floor:
            t = doc[lo - 1]
            if t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or (t.is_punct and t.text not in {"'s", "’s", "-"}) \
                    or (t.ent_type_ == "PERSON" and t.i not in bodies) or t.lower_ in {"and", "or"}:
                break
            lo -= 1
        return lo

    def descriptions(self, span: Span):
        """What the sentence says of the person a mention names, nearest first: the title before it, its
        appositions, its "of" phrase naming a body, a relative clause of leading."""
        doc = span.doc
        for title in self.title_before(span):
            yield title.text
        root = span.root
        heads = [root]
        if root.dep_ == "appos" and root.head.i < span.start:
            # "The AU's envoy, Olusegun Obasanjo": the name is the apposition of its title
            head = root.head
            if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ in self.w.posted_titles:
                # "the group's envoy to Kenya, Abdi Hassan": the apposition is of the post, not of where it is sent
                head = head.head.head
                yield doc[head.left_edge.i:head.right_edge.i + 1].text
            else:
                yield doc[head.left_edge.i:head.i + 1].text
            heads.append(head)
        for c in root.children:
            if c.dep_ == "appos" and c.i >= span.end and not c.like_num:
                cut = {x.i for r in c.children if r.dep_ in {"relcl", "acl"} for x in r.subtree}
                words = "".join(x.text_with_ws for x in c.subtree if x.i not in cut).strip()
                if words:
                    yield words
                heads.append(c)
        verbs = [root.head] if root.dep_ == "nsubj" and root.head.i != root.i else []  # "Nour is the RSF's ..."
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ == "acl" \
                and root.head.head.lemma_.lower() in self.w.lead_verbs:
            body = root.head.head.head  # "the RSF, led by Mohamed Hamdan Dagalo": the body led
            yield doc[body.left_edge.i:body.i + 1].text
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i >= span.end:
                    obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    # a body ("of the Philippine government") or a side's own ("of Hamas's political bureau"; not
                    # "of the University of Kyiv": a place further on is where the body is)
                    if obj is not None:
                        yield doc[c.i:(obj.right_edge if obj.lower_ in self.w.side_bodies else obj).i + 1].text
                if c.dep_ == "relcl":  # "X, who leads the RSF", "X, who is Sudan's envoy"
                    verbs.append(c)
        for v in verbs:
            lemma = v.lemma_.lower()
            if lemma in self.w.lead_verbs:
                obj = next((p for p in v.children if p.dep_ == "dobj"), None)
            elif lemma in BEING:
                # the post the person holds: "is the RSF's chief negotiator", "serves as Sudan's envoy"
                obj = next((p for p in v.children if p.dep_ == "attr"), None) or \
                    next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                          for p in c.children if p.dep_ == "pobj"), None)
                obj = obj if obj is not None and obj.lemma_.lower() in self.w.role_nouns else None
            else:
                obj = None
            if obj is not None:
                yield doc[obj.left_edge.i:obj.right_edge.i + 1].text

    def of_mention(self, span: Span) -> str | None:
        """The side one mention's own descriptions give."""
        for text in self.descriptions(span):
            party = self.w.of_description(text)
            if party:
                return party
        return None

    def named_body(self, word: str) -> tuple[str, str] | None:
        """The armed group or bloc the article names anywhere whose name opens with this word: "the Tigray rebel
        group" is the "Tigray People's Liberation Front" the story names, "the Kachin rebels" the "Kachin
        Independence Army" (a name's first word is the one that tells it apart). None when bodies of two sides
        share the word. A word no body the article names opens: the group whose rebel word it is ("Karen")."""
        if self._bodies is None:
            self._bodies = {}
            for _, _, name, code in self.bodies():
                words = CAPITALISED.findall(name)
                if len(words) < 2:
                    continue  # (a one-word name is the word itself: the gazetteer found it already)
                w = POSSESSIVE.sub("", words[0])
                known = self._bodies.get(w, (name, code))
                self._bodies[w] = (name, code) if known is not None and known[1] == code else None
        if word in self._bodies:
            return self._bodies[word]
        return self.w.parties.rebel(word)  # none named: "the Karen rebels" (groups.jsonl's rebel_words)

    def bodies(self) -> list[tuple[int, int, str, str]]:
        """(start, end, name, party) of every armed group or bloc the parties table names in the article, in text
        order, as the article writes the name ("the Kachin Independence Army", "ECOWAS"): one pass, on first use.
        The gazetteer lists states and its own actors; a group only the parties table knows is still a side the
        story names, that "the group", "the rebels" or "they" can stand for."""
        if self._named is None:
            kinds = self.w.parties.kinds
            table = [(s, e, name, code) for s, e, name, code in self.w.parties.named_at(self.text, bodies=True)
                     if kinds.get(code) in {"group", "bloc"}]
            # then the sides the tables lack, coded from the article's own words (derived.py)
            derived = derived_bodies(self.doc, self.w, self.text, [(s, e) for s, e, _, _ in table])
            self._derived = {code for _, _, _, code in derived}
            # a table's name a longer derived one ends ("South Sudan Liberation Army") is that name's, not the table's
            table = [t for t in table if not any(s < t[0] and t[1] == e for s, e, _, _ in derived)]
            self._named = sorted(table + derived)
            self._body_starts = [s for s, _, _, _ in self._named]
        return self._named

    def rebel_bodies(self) -> list[tuple[int, int, str, str]]:
        """(start, end, words, party) of each group a rebel word names before a word for an armed group ("Anglophone
        separatists"), not inside a name of `bodies`: for the holders, a side "the separatists" after it stands for
        as for a group named in full (the quotes name a speaker by `named_body`)."""
        taken = [(s, e) for s, e, _, _ in self.bodies()]
        return [r for r in self.w.rebel_mentions(self.text) if not self._inside(taken, r[0], r[1])]

    @staticmethod
    def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
        k = bisect_left(spans, (s + 1,)) - 1  # (the last span starting at or before s)
        return (k >= 0 and spans[k][1] > s) or (k + 1 < len(spans) and spans[k + 1][0] < e)

    def described(self, word: str, at: int, table_after: bool = True) -> tuple[str, str] | None:
        """(name, party) of the side a description headed by a word of a side's name stands for at char `at`: the
        last group named before with that word as its name's head ("the Sandinista Front ... the Front"), else the
        first after; for "opposition", a group whose name (any of its table names) holds the word or that the
        article calls "the opposition X", else a group named in the sentences just before (conditions/collectives.py
        reads the description itself). table_after False: a group named after fits "opposition" only by its name as
        written, not by a table name the reader cannot see."""
        if self._described is None:
            self._described = {}
            for s, _, name, code in self.bodies():
                if self.kind(code) != "group":
                    continue
                keys = {head_word(name.split(), self.w.name_joiners)}
                written = OPPOSITION in name.lower() or \
                    self.text[max(0, s - 12):s].lower().rstrip().endswith(OPPOSITION)
                # (a name the table gives the side counts as the one written: "the Syrian National Coalition" is the
                # National Coalition for Syrian Revolutionary and Opposition Forces)
                if written or code in self.w.parties.named_with(OPPOSITION):
                    keys.add(OPPOSITION)
                for key in keys & self.w.side_name_words:
                    lists = self._described.setdefault(key, ([], [], [], []))
                    lists[0].append(s)
                    lists[1].append((name, code))
                    if written or key != OPPOSITION:  # (the ones table_after=False keeps)
                        lists[2].append(s)
                        lists[3].append((name, code))
        starts, fits, after_starts, after_fits = self._described.get(word, ((), (), (), ()))
        k = bisect_left(starts, at)
        if k:
            return fits[k - 1]
        if word == OPPOSITION:
            # "a statement the KIA put out: the opposition wants ...": a group named just before opposes the state
            named = self.bodies()
            for j in range(bisect_left(self._body_starts, at) - 1, -1, -1):
                s, _, name, code = named[j]
                if s <= at - NEAR_OPPOSITION:
                    break
                if self.kind(code) == "group":
                    return name, code
        if table_after:
            return fits[k] if k < len(fits) else None
        k = bisect_left(after_starts, at)
        return after_fits[k] if k < len(after_fits) else None

    def derived_in(self, text: str) -> str | None:
        """The code of the first side the tables lack (derived.py) that a description names, or None."""
        if self._derived_rx is None:
            names = {name: code for _, _, name, code in self.bodies() if code in self._derived}
            self._derived_names = names
            self._derived_rx = re.compile(r"(?<![\w-])(" + "|".join(
                re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])") if names else False
        m = self._derived_rx.search(text) if self._derived_rx else None
        return self._derived_names[m.group(1)] if m else None

    def kind(self, party: str | None) -> str | None:
        """A party's kind: the tables' (state, group, bloc), "group" for a side derived from the article's words."""
        if party is None:
            return None
        if party in self.derived_codes():
            return "group"  # (before the tables: an acronym may also be a state's code, KNA is Saint Kitts's)
        return self.w.parties.kinds.get(party)

    def derived_codes(self) -> set[str]:
        """The codes of the sides the tables lack that the article names."""
        self.bodies()
        return self._derived

    def possessed(self, spans: list[Span]) -> tuple[str, str] | None:
        """(name, party) of the side a person's possession is: "Hemedti's Rapid Support Forces", "Haftar's
        eastern-based Libyan National Army (LNA)" (a person whose force is a side's own name leads that side). The
        possessed noun must be part of the name ("Netanyahu's war against Hamas" names no side of Netanyahu's)."""
        for span in spans:
            t = span[-1]
            if t.dep_ != "poss" or t.head.pos_ not in {"NOUN", "PROPN"}:
                continue
            head = t.head
            body = self.body_at(head.i)
            if body is not None:
                return body
            words = [x for x in head.subtree if x.i > t.i and not x.is_punct]
            if not words:
                continue
            phrase = head.doc[words[0].i:head.i + 1]
            for k in range(len(phrase)):  # the longest name ending in the head ("Libyan National Army", not "Libyan")
                party = self.w.parties.lookup(phrase[k:].text)
                if party:
                    return phrase[k:].text, party
        return None

    def body_at(self, i: int) -> tuple[str, str] | None:
        """(id, party) of the gazetteer's body (no person) whose mention holds token i (indexed once a doc)."""
        if self._actor_at is None:
            self._actor_at = {}
            for a in self.doc._.pc_actors or []:
                act = self.w.actors.get(a["id"]) or {}
                span = self.doc.char_span(a["start"], a["end"], alignment_mode="expand")
                if span is not None and act.get("party") and act.get("kind") != "person":
                    for t in span:
                        self._actor_at[t.i] = (a["id"], act["party"])
        return self._actor_at.get(i)

    # ----- a person: every mention -----------------------------------------------------------------------------
    def of_person(self, name: str, mentions: list[tuple[int, int]], role: str | None = None) -> str | None:
        """The side the article gives a person at any mention (in text order, the first that names one); else
        their recorded role's; else the home state, when a description holds a domestic office title."""
        key = (name, len(mentions), role)
        if key in self._cache:
            return self._cache[key]
        said = []
        spans = self._mentions(name, mentions)
        # the side a person leads ("Haftar's Libyan National Army") before the state a title's demonym names
        led = self.possessed(spans)
        party = led[1] if led else None
        for span in spans if party is None else ():
            for text in self.descriptions(span):
                said.append(text)
                party = self.w.of_description(text)
                if party:
                    break
            if party:
                break
        if party is None and role:
            said.append(role)
            party = self.w.of_description(role)
        if party is None:
            # "a spokesman for the Kuki National Army": a side the tables lack that the article names (derived.py)
            party = next((p for text in said if (p := self.derived_in(text))), None)
        if party is None and any(OPPOSITION_SIDE.search(text) for text in said):
            # "the opposition leader", "the chief negotiator of the opposition": the side the article calls the
            # opposition, else one of its own (a side, not the state it opposes: armed_group_nouns.txt)
            named = self.described(OPPOSITION, spans[0].start_char if spans else 0)
            party = named[1] if named else code_of(OPPOSITION)
        if party is None and any(x in self.w.home_titles for text in said for x in re.findall(r"[a-z]+",
                                                                                                text.lower())):
            party = self.home()
        self._cache[key] = party
        return party

    def of_token(self, tok) -> tuple[str, str] | None:
        """(name, party) of the person whose PERSON entity holds tok, by what the article says of them at any mention
        (`of_person`), or None."""
        doc = tok.doc
        start, end = tok.i, tok.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[start:end]
        name = POSSESSIVE.sub("", span.text.strip())
        if not name:
            return None
        party = self.of_person(name, [(span.start_char, span.end_char)])
        return (name, party) if party else None

    def _mentions(self, name: str, known: list[tuple[int, int]]) -> list[Span]:
        """Every mention of a person: the ones the caller knows, and each other use of the surname the parser
        left untagged ("Pereira, Angola's foreign minister, left"), with the given names before it; not a surname
        after another person's given name ("Hunter Biden" is not "Joe Biden")."""
        doc, words = self.doc, name.split()
        if self._words is None:
            self._words = {}
            for m in CAPITALISED.finditer(self.text):
                self._words.setdefault(POSSESSIVE.sub("", m.group()), []).append(m.start())  # "Haftar’s": Haftar
        spans = {}
        for s, e in known:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                spans[span.end] = span
        for at in self._words.get(words[-1], ()) if words else ():
            tok = doc.char_span(at, at + len(words[-1]), alignment_mode="expand")
            if tok is None or tok.end in spans:
                continue
            lo = tok.start
            while lo > 0 and doc[lo - 1].text in words[:-1]:
                lo -= 1
            if lo > 0 and lo == tok.start and doc[lo - 1].ent_type_ == "PERSON" and doc[lo - 1].is_title:
                continue
            spans[tok.end] = doc[lo:tok.end]
        return [spans[k] for k in sorted(spans)]

    def headline_acts(self, statements, in_heading) -> dict[str, str | None]:
        """What the article's headings say a side did: speech act (the cue's lemma) -> the side whose name is its
        subject ("Indonesia Proposes Peace Plan": propose -> IDN; None where headings give an act to two sides).
        statements: the quotes component's records; in_heading(start, end): does a span sit in a heading."""
        acts: dict[str, str | None] = {}
        for q in statements:
            party, cue = q.get("party"), q.get("cue")
            if cue and party and q.get("speaker_kind") != "person" and in_heading(q["start"], q["end"]) \
                    and self.w.parties.kinds.get(party) in {"state", "group"}:
                acts[cue["lemma"]] = party if acts.get(cue["lemma"], party) == party else None
        return acts

    def home(self) -> str | None:
        """The state the article is datelined from (its capital or name opening a line near the start), or
        None."""
        if self._home is False:
            self._home = None
            for m in DATELINE.finditer(self.text[:DATELINE_WINDOW]):
                eol = self.text.find("\n", m.end())
                if len(self.text[m.end():eol if eol >= 0 else len(self.text)].split()) < DATELINE_WORDS:
                    continue
                if not m.group("place").isupper() and not m.group("state") and "(" not in m.group("tail") and \
                        not m.group("tail").lstrip().startswith("."):
                    continue  # "Israel - Hamas talks resumed ...": a headline's pair; a dateline is in capitals
                for word in (m.group("state"), m.group("place")):
                    if not word:
                        continue
                    party = self.w.parties.lookup(word) or self.w.parties.lookup(word.title())
                    if party and self.w.parties.kinds.get(party) == "state":
                        self._home = party
                        return party
        return self._home


def sides_of(doc: Doc, words: SideWords, text: str) -> Sides:
    """The article's one side resolver (doc._.pc_sides), made by whichever of the quotes and the conditions asks
    first: each person's side is worked out once, and both read the same answer."""
    got = doc._.pc_sides
    if got is None or got.w is not words:
        got = doc._.pc_sides = Sides(doc, words, text)
    return got


working_extension("pc_sides")
EXTRA_LOADERS.append(load_side_words)
