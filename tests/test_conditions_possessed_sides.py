"""A place's possessive right before a side of another party ("Yemen's Houthis", "Colombia's ELN") says where the
side is; the side holds the terms, also in a headline the parser reads as one long noun phrase (resolve.possessed_side).
A possessive before a person or body of the place's own party, or before a word that is no side, keeps the place's
side. Every sentence here is our own."""
import pytest

from conftest import run_text


def holders(extractor, text, type_, stance):
    cs = run_text(extractor, text)["conditions"]
    return {(c["by"] or {}).get("party") for c in cs if c["type"] == type_ and c["stance"] == stance}


@pytest.mark.parametrize("text, type_, stance, party, not_party", [
    # headlines: the parser hangs place and side alike on the last noun
    ("Yemen\u2019s Houthis Reject Saudi Offer of Ceasefire", "ceasefire", "reject", "HOUTHIS", "YEM"),
    ("Colombia\u2019s ELN Rejects Disarmament", "demilitarization", "reject", "ELN", "COL"),
    ("Sudan\u2019s RSF Rejects Army Offer of Truce", "ceasefire", "reject", "RSF", "SDN"),
    # sentences
    ("Colombia's ELN rejected the disarmament of its fighters.", "demilitarization", "reject", "ELN", "COL"),
    ("Myanmar's Arakan Army demanded the withdrawal of junta troops from Rakhine.", "withdrawal", "demand", "AA",
     "MMR"),
])
def test_a_place_s_possessive_before_a_side_is_where(extractor, text, type_, stance, party, not_party):
    found = holders(extractor, text, type_, stance)
    assert party in found and not_party not in found, found


@pytest.mark.parametrize("text, type_, stance, party", [
    # the place's own person, government or forces: its side
    ("Sudan's Burhan Rejects Ceasefire", "ceasefire", "reject", "SDN"),
    ("Russia's Lavrov Rejects Ceasefire", "ceasefire", "reject", "RUS"),
    ("Yemen's Government Rejects Houthi Offer of Truce", "ceasefire", "reject", "YEM"),
    ("Yemen's president rejected the Houthi offer of a ceasefire.", "ceasefire", "reject", "YEM"),
    ("Iran's militias said US troops must leave Iraq.", "withdrawal", "demand", "IRN"),
])
def test_a_place_s_possessive_before_its_own_keeps_its_side(extractor, text, type_, stance, party):
    assert party in holders(extractor, text, type_, stance)


@pytest.mark.parametrize("text, type_, party", [
    # a body "led" by a side, written as one token ("U.S.-led"), is that side's; the parser's split form too
    ("The U.S.-led coalition said the militia must disarm.", "demilitarization", "USA"),
    ("The NATO-led force said the rebels must withdraw from the border.", "withdrawal", "NATO"),
    ("The Saudi-led coalition said the Houthis must withdraw from Sanaa.", "withdrawal", "SAU"),
])
def test_a_body_led_by_a_side_is_that_side_s(extractor, text, type_, party):
    assert party in holders(extractor, text, type_, "demand")


def test_a_patron_written_as_one_token_holds_nothing(extractor):
    # "U.S.-backed": the patron is no side of the militia it backs
    assert "USA" not in holders(extractor, "The U.S.-backed militia said the army must withdraw from the border "
                                           "towns.", "withdrawal", "demand")
