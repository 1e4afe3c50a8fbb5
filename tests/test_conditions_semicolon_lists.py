"""A list of demands set off by semicolons (conditions/cue_scope.py, list_item_end): a semicolon before a bare item
(a noun or gerund phrase with no clause of its own) goes on with the list the demand cue heads, and a clause inside
one item ("until ...") ends that item only; a semicolon before a clause ends the demand. Own sentences, conflicts
other than the articles the rule was measured on."""
import pytest

from conftest import pairs

FOUND = [
    # an owned set of demands whose later items follow semicolons, after "include" with and without a colon
    ("The ELN's demands include the release of its prisoners; the demobilisation of the paramilitaries; an end to "
     "aerial bombing.", [("ceasefire", "ELN"), ("demilitarization", "ELN")]),
    ("The Arakan Army's demands include: a new census; the withdrawal of the junta's troops from Rakhine.",
     [("withdrawal", "AA")]),
    # gerund items
    ("The Arakan Army presented its demands at the talks in Kunming. The demands include: a new census; disbanding "
     "the pro-junta militias and removing them from Rakhine.", [("demilitarization", "AA")]),
    # a clause inside the first item ("until ...") ends that item only: the list goes on after the semicolon
    ("The RSF's demands include: keeping its forces in Darfur until a final agreement is signed; the dismantling "
     "of the Islamist militias; a role in the government.", [("demilitarization", "RSF")]),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_items_after_semicolons_are_demanded(extractor, text, expected):
    got = {(t, p) for t, s, p in pairs(extractor, text) if s == "demand"}
    for type_, party in expected:
        assert (type_, party) in got, got


NOT_DEMANDED = [
    # a semicolon before a clause with its own subject ends the demand: what the other side says is no item of it
    ("The ELN's demands include the release of its prisoners; the paramilitaries were demobilised in 2006, the "
     "army says.", "demilitarization"),
    # a finite verb at the top of the later segment is a statement, no item
    ("The Houthis' demands include the reopening of Sanaa airport; Riyadh halted its air strikes last year.",
     "ceasefire"),
    # a refusal inside an item still ends the list at the refusal (only clause and goal cues are passed over)
    ("Armenia's demands include the return of its prisoners but Baku rejects any withdrawal from the border; "
     "a new border commission.", "withdrawal"),
]


@pytest.mark.parametrize("text,type_", NOT_DEMANDED)
def test_a_clause_after_the_semicolon_ends_the_list(extractor, text, type_):
    assert not any(t == type_ and s == "demand" for t, s, _ in pairs(extractor, text))
