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
    ("The UN envoy said the Houthis demanded the withdrawal of Saudi troops from the border.", "withdrawal",
     "HOUTHIS"),
])
def test_sides_keep_their_demands_beside_a_mediator(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party)
    assert not [c for c in cs if (c["by"] or {}).get("party") in {"UN", "OSCE"}]


# ----- a withdrawal of a text, a claim or a measure is no troops' withdrawal (withdrawal's "other_senses") -------------
@pytest.mark.parametrize("text", [
    "Armenia demanded the withdrawal of a protest note that Azerbaijan had sent to the OSCE.",
    "Israel demanded that Hamas withdraw its proposal and demanded the withdrawal of the resolution at the Security "
    "Council.",
    "Khartoum demanded the withdrawal of the decree and of the reservations the RSF attached to the Jeddah accord.",
    "Pristina insisted on the withdrawal of Belgrade's letter of objections before the next round.",
])
def test_withdrawing_a_text_is_no_troop_withdrawal(extractor, text):
    assert not find(conds(extractor, text), "withdrawal", "demand")


def test_troops_still_withdraw_beside_a_withdrawn_text(extractor):
    cs = conds(extractor, "The Houthis demanded that Saudi Arabia withdraw its troops from the border and withdraw "
                          "its veto on flights.")
    assert find(cs, "withdrawal", "demand", "HOUTHIS")


# ----- talks without preconditions, a peace summit: the talks' coming about, not their form --------------------------
@pytest.mark.parametrize("text", [
    "The Sahel junta insists on a truce without preconditions and on the return of its border posts.",
    "'We must open talks on the maritime border without preconditions,' the Guyanese foreign minister said.",
    "Bogota requested a peace summit on the ELN be convened at the regional leaders' meeting in Panama.",
    "Manila urged Asian leaders to convene a regional summit on the shoal dispute.",
    "Rabat asked the AU to organise a regional gathering on the territory's future.",
])
def test_the_talks_coming_about_is_no_format(extractor, text):
    assert not find(conds(extractor, text), "negotiation_format", "demand")


@pytest.mark.parametrize("text, party", [
    # who sits at the table is still a format: a named side excluded, direct talks, a leaders' summit
    ("Caracas rejected any talks without Venezuela at the table and demanded direct talks with Georgetown.", "VEN"),
    ("The Philippines demanded a leaders' summit with Beijing on the shoal.", "PHL"),
])
def test_who_sits_at_the_table_stays_a_format(extractor, text, party):
    assert find(conds(extractor, text), "negotiation_format", "demand", party)


# ----- a military blockade or siege of a place is no sanction (the gold's policy): lifting it is no sanctions relief --
@pytest.mark.parametrize("text", [
    "Hamas demands that Israel lift the blockade on Gaza.",
    "The Polisario said attacks would stop only when the blockade of the camps is lifted.",
    "The Tigrayan leadership demanded an end to the blockade of Mekelle before any talks.",
    "The Karen National Union wants the junta to lift the naval blockade of the delta towns.",
])
def test_lifting_a_blockade_is_no_sanctions_relief(extractor, text):
    assert not find(conds(extractor, text), "sanctions_relief", "demand")


@pytest.mark.parametrize("text, party", [
    ("Cuba demands that Washington lift the trade blockade on the island.", "CUB"),
    ("Belarus insists that the embargo on its potash be lifted before any talks.", "BLR"),
])
def test_an_embargo_is_still_a_sanction(extractor, text, party):
    assert find(conds(extractor, text), "sanctions_relief", "demand", party)


@pytest.mark.parametrize("text", [
    # the running talks named by their mediator ("Qatari-mediated", "US-brokered") are the process, no form asked
    "Hamas demanded a permanent ceasefire in the Qatari-mediated talks, a spokesman said.",
    "Ethiopia demanded that the TPLF disarm, at the African Union-led talks in Pretoria.",
    "The Taliban insisted they would not abandon the US-brokered process in Doha.",
])
def test_talks_named_by_their_mediator_set_no_format(extractor, text):
    assert not find(conds(extractor, text), "negotiation_format", "demand")


def test_a_researcher_can_name_another_mediator(pdir):
    # the list is data: a body added to it holds no condition from then on
    from conftest import append_line
    from peacecond.api import Extractor
    from peacecond.reader import Article
    text = "The African Union demanded that the M23 withdraw from Goma."
    append_line(pdir / "condition_words" / "mediator_parties.txt", "AU")
    rec = next(Extractor(patterns=str(pdir)).records([Article(text=text, path="x")]))
    assert rec["conditions"] == []
