"""The party a name stands for when the gazetteer does not list it: the one place the holder stages ask.

(A parties resource with demonyms, capitals, armed groups and blocs can take over here: every lookup of a bare
name or a speaker's role goes through these two functions.)
"""
from __future__ import annotations

def country(R, A, name: str) -> str | None:
    """The side a country name stands for by its nationality word ("Syria" -> "Syrian" -> SYR), else None."""
    if name not in R.country_memo:
        R.country_memo[name] = next((party for stem, party in R.demonym_stems
                                        if name.startswith(stem) and len(name) - len(stem) <= 3), None)
    return R.country_memo[name]


def role_party(R, A, role: str | None) -> str | None:
    return R.role_words.find(role)


def demonym(R, A, tok) -> str | None:
    """The side a nationality word names ("Israeli", "Sudanese"), its plural for a people or a side's forces too
    ("the Russians", "the Israelis")."""
    party = R.nationalities.get(tok.text)
    if party is None and tok.tag_ in {"NNS", "NNPS"} and tok.text.endswith("s"):
        party = R.nationalities.get(tok.text[:-1])
    return party
