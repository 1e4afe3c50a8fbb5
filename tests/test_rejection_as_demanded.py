"""A refusal of a demand named in an "as" clause: "Yerevan will not pull its troops out of the enclaves, as Baku has
demanded". The refused act is the as-clause subject's demand; the refusal stands. Our own sentences, other conflicts
than the tuning articles."""
import pytest

from conftest import run_text


def stances(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


@pytest.mark.parametrize("text, type_, refuser, asker", [
    ("Yerevan will not pull its troops out of the enclaves, as Baku has demanded.", "withdrawal", "ARM", "AZE"),
    ("Kinshasa will not withdraw its troops from Goma as the M23 has demanded.", "withdrawal", "COD", "M23"),
    ("The Houthis will not lay down their weapons, as Riyadh insists.", "demilitarization", "HOUTHIS", "SAU"),
])
def test_a_negated_act_as_another_side_demanded_is_refused_and_demanded(extractor, text, type_, refuser, asker):
    got = stances(extractor, text)
    assert (type_, "reject", refuser) in got
    assert (type_, "demand", asker) in got


@pytest.mark.parametrize("text, type_", [
    # "as expected" foresees; a comparison of manner asks nothing; a refusing verb's "as" clause may tell what the
    # other side foresaw
    ("Yerevan will not pull its troops out of the enclaves, as expected.", "withdrawal"),
    ("Kinshasa will not withdraw its troops from Goma as quickly as the M23 wants it to.", "withdrawal"),
    ("Hamas rejected a permanent ceasefire, as Israel had insisted.", "ceasefire"),
])
def test_an_as_clause_that_demands_nothing_adds_no_demand(extractor, text, type_):
    assert not {s for s in stances(extractor, text) if s[0] == type_ and s[1] == "demand"}
