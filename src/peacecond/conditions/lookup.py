"""The party a name, a nationality word or a role stands for when the gazetteer did not mark it: the one place the
holder stages ask the parties resource (parties.py: every state's names, demonyms, capitals and titles; armed groups
and blocs)."""
from __future__ import annotations

from ..side_words import based_after

# Demonyms with no plural in -s: "the Sudanese", "the British", "the Swiss" are already plural.
NO_S_PLURAL = ("ese", "ish", "ch", "s")
LED = "-led"


def country(R, A, name: str) -> str | None:
    """The side a name names on its own ("Niger", "Yerevan", "Hamas's"), else None; an ambiguous name
    ("Georgia", "Jordan") only through `country_span`, which reads its context."""
    return R.parties.lookup(name) if name else None


def country_span(R, A, span) -> str | None:
    """The side a span of the Doc names, reading an ambiguous name's context ("Chad" the state, not "Chad Smith")."""
    return R.parties.of_span(span)


def role_party(R, A, role: str | None) -> str | None:
    """The side a speaker's role names, as the quotes read it (sides.SideWords.of_role): a word of the gazetteer's
    actors ("a Kremlin aide"), else a title ("the Armenian prime minister", "Sudan's army chief"); a place after
    "in" or "at" is where someone works, not the side they speak for."""
    return R.sides.of_role(role)


def demonym(R, A, tok) -> str | None:
    """The side a nationality word names ("Israeli", "Sudanese", "Azerbaijani"), its plural for a people or a
    side's forces too ("the Russians", "the Israelis", "the Azerbaijanis")."""
    doc = tok.doc
    # a demonym of two words ("North Korean", "South Sudanese", "Sri Lankan"): the pair, not its second word
    for a, b in ((tok.i - 1, tok.i), (tok.i, tok.i + 1)):
        if 0 <= a and b < len(doc) and doc[a].is_title and doc[b].is_title and not doc[a].whitespace_ == "":
            two = R.nationalities.get(doc[a].text + " " + doc[b].text) or (
                R.nationalities.get(doc[a].text + " " + doc[b].text[:-1]) if doc[b].text.endswith("s") else None)
            if two:
                return two
    party = R.nationalities.get(tok.text)
    if party is None and tok.text.lower().endswith(LED) and tok.text[:1].isupper():
        # "the U.S.-led coalition", "a NATO-led force", written as one token: the side that leads it (the parser
        # splits "Saudi-led"; a patron, "U.S.-backed", is no side of the body it backs)
        name = tok.text[:-len(LED)]
        party = R.nationalities.get(name) or country(R, A, name)
    if party is None and tok.text.endswith("s") and tok.text[:1].isupper():
        stem = tok.text[:-1]
        if not stem.endswith(NO_S_PLURAL):
            party = R.nationalities.get(stem)
    return party



def place_object(R, A, t) -> bool:
    """A state or capital that is where something happens ("a dialogue in Singapore", "talks in Doha", "a summit
    at Camp David near Washington", "the Budapest Memorandum", "the rebel group in Ethiopia's northern region")
    holds nothing; under a noun for a government or its people ("the government in Kyiv", "officials in Baku") it is
    still the side. The gazetteer's place prepositions and actor heads."""
    info = A.tok_actor.get(t.i)
    while t.dep_ == "compound" and t.head.i != t.i and A.tok_actor.get(t.head.i) is info is not None:
        t = t.head  # "Addis" in "in Addis Ababa": the name's last word is the preposition's object
    if t.dep_ in {"compound", "amod", "nmod"} and t.head.lemma_.lower() in R.w.venue_nouns and \
            t.text in R.parties.capitals:
        return True  # "the Budapest Memorandum", "the Minsk agreements": where it was signed
    if info is not None and info.get("kind") not in {"place", None}:
        return False
    if based_after(t.doc, t.i + 1):
        return True  # "the Paris-based spokesman": where someone works from, not the side they speak for
    if t.dep_ == "poss" and t.head.dep_ == "pobj" and t.head.lower_ not in R.side_heads:
        # "the rebel group in Ethiopia's northern region": the state owns where an armed group fights ("in Baku's
        # vision" is still Baku's)
        return t.head.head.lower_ in R.place_prepositions and group_noun(R, t.head.head.head)
    if t.dep_ != "pobj" or t.head.lower_ not in R.place_prepositions:
        return False
    head = t.head.head
    if group_noun(R, head):
        return True  # "the rebel group in Ethiopia": where an armed group fights, not whose side it is
    return head.lemma_.lower() not in R.side_heads and head.lower_ not in R.side_heads


def group_noun(R, t) -> bool:
    """A noun for an armed group or a delegation ("group", "rebels", "militia")."""
    return t.lower_ in R.w.group_nouns or t.lemma_.lower() in R.w.group_nouns
