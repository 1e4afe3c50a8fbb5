"""Conditions precision: what a body standing between the sides calls for, and words of a condition type that name
no term for talks, a truce or peace. Our own sentences, about conflicts other than the articles the rules were
tuned on."""
import pytest

from conftest import conds, find


# ----- a mediator's appeal (condition_words/mediator_parties.txt) is no side's condition -----------------------------
@pytest.mark.parametrize("text", [
    "The United Nations called on Ethiopia to withdraw its troops from the Tigray region.",
    "The OSCE asked Moldova and Transnistria to pull back their forces from the security zone.",
    "UN Secretary-General Antonio Guterres called for an immediate ceasefire in Sudan and for the RSF to withdraw "
    "from El Fasher.",
])
def test_mediator_appeal_makes_no_record(extractor, text):
    assert conds(extractor, text) == []


@pytest.mark.parametrize("text, type_, party", [
    # a bloc that takes a side still holds its demand; a side's demand reported by the mediator stays the side's
    ("The African Union demanded that the M23 withdraw from Goma.", "withdrawal", "AU"),
    ("The UN envoy said the Houthis demanded the lifting of the blockade on Hodeidah port.", "sanctions_relief",
     "HOUTHIS"),
])
def test_sides_keep_their_demands_beside_a_mediator(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party)
    assert not [c for c in cs if (c["by"] or {}).get("party") in {"UN", "OSCE"}]
