"""Rows of patterns/actors.jsonl whose bare alias is also a place: only the full name names the person (our own
sentences)."""
from conftest import conds, find


def test_a_town_that_shares_a_commanders_alias_holds_nothing(extractor):
    cs = conds(extractor, "Coffee growers in Calarca demanded a ceasefire between the army and the dissidents.")
    assert not find(cs, "ceasefire", "demand", "EMBF"), cs


def test_the_commanders_full_name_still_names_his_faction(extractor):
    cs = conds(extractor, "Alexander Diaz Mendoza demanded a ceasefire with the army in Guaviare.")
    assert find(cs, "ceasefire", "demand", "EMBF"), cs
