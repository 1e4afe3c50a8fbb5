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


# Words of a condition type that name no term for talks, a truce or peace: (text, the type no side demands).
NOT_A_TERM = [
    # a withdrawal of a text, a claim or a measure is no troops' withdrawal (withdrawal's "other_senses")
    ("Armenia demanded the withdrawal of a protest note that Azerbaijan had sent to the OSCE.", "withdrawal"),
    ("Israel demanded that Hamas withdraw its proposal and demanded the withdrawal of the resolution at the Security "
     "Council.", "withdrawal"),
    ("Khartoum demanded the withdrawal of the decree and of the reservations the RSF attached to the Jeddah accord.",
     "withdrawal"),
    ("Pristina insisted on the withdrawal of Belgrade's letter of objections before the next round.", "withdrawal"),
    # talks without preconditions, a peace summit: the talks' coming about, not their form
    ("The Sahel junta insists on a truce without preconditions and on the return of its border posts.",
     "negotiation_format"),
    ("'We must open talks on the maritime border without preconditions,' the Guyanese foreign minister said.",
     "negotiation_format"),
    ("Bogota requested a peace summit on the ELN be convened at the regional leaders' meeting in Panama.",
     "negotiation_format"),
    ("Manila urged Asian leaders to convene a regional summit on the shoal dispute.", "negotiation_format"),
    ("Rabat asked the AU to organise a regional gathering on the territory's future.", "negotiation_format"),
    # a military blockade or siege of a place is no sanction (the gold's policy): lifting it is no sanctions relief
    ("Hamas demands that Israel lift the blockade on Gaza.", "sanctions_relief"),
    ("The Polisario said attacks would stop only when the blockade of the camps is lifted.", "sanctions_relief"),
    ("The Tigrayan leadership demanded an end to the blockade of Mekelle before any talks.", "sanctions_relief"),
    ("The Karen National Union wants the junta to lift the naval blockade of the delta towns.", "sanctions_relief"),
    # the running talks named by their mediator ("Qatari-mediated", "US-brokered") are the process, no form asked
    ("Hamas demanded a permanent ceasefire in the Qatari-mediated talks, a spokesman said.", "negotiation_format"),
    ("Ethiopia demanded that the TPLF disarm, at the African Union-led talks in Pretoria.", "negotiation_format"),
    ("The Taliban insisted they would not abandon the US-brokered process in Doha.", "negotiation_format"),
]


@pytest.mark.parametrize("text, type_", NOT_A_TERM)
def test_words_of_a_type_that_name_no_term(extractor, text, type_):
    assert not find(conds(extractor, text), type_, "demand")


# Beside each of those: the same words where they do name a term: (text, type, the side that demands it).
STILL_A_TERM = [
    ("The Houthis demanded that Saudi Arabia withdraw its troops from the border and withdraw its veto on flights.",
     "withdrawal", "HOUTHIS"),
    # who sits at the table is still a format: a named side excluded, direct talks, a leaders' summit
    ("Caracas rejected any talks without Venezuela at the table and demanded direct talks with Georgetown.",
     "negotiation_format", "VEN"),
    ("The Philippines demanded a leaders' summit with Beijing on the shoal.", "negotiation_format", "PHL"),
    # a trade blockade or an embargo is still a sanction
    ("Cuba demands that Washington lift the trade blockade on the island.", "sanctions_relief", "CUB"),
    ("Belarus insists that the embargo on its potash be lifted before any talks.", "sanctions_relief", "BLR"),
]


@pytest.mark.parametrize("text, type_, party", STILL_A_TERM)
def test_the_same_words_still_name_a_term(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "demand", party)


def test_a_researcher_can_name_another_mediator(pdir):
    # the list is data: a body added to it holds no condition from then on
    from conftest import append_line
    from peacecond.api import Extractor
    from peacecond.reader import Article
    text = "The African Union demanded that the M23 withdraw from Goma."
    append_line(pdir / "condition_words" / "mediator_parties.txt", "AU")
    rec = next(Extractor(patterns=str(pdir)).records([Article(text=text, path="x")]))
    assert rec["conditions"] == []
