"""Demand frames of general wording (issue 13, stage 3): a predicate of need ("it is necessary to", "there is a need
for", "X is needed", "X is a must"), an ultimatum's time limit ("gave them 48 hours to", "have only a week to"),
restrictive conditions other than "only if" ("only in the event of", "only upon"), "in the event of" as a
conditional marker, "not only ... but also" under an obligation (no negation), and a conditioning verb whose "on"
phrase the parser hangs on its object. Every sentence is our own, about conflicts the tuning articles do not cover;
each frame is also shown where it sets nothing."""
import pytest

from conftest import run_text


def held(rec):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in rec["conditions"]}


DEMANDED = [
    ("Jakarta said it is necessary for GAM to hand over its weapons before any autonomy law.",
     "demilitarization", "IDN"),
    ("Kathmandu said it is essential that the Maoist fighters disarm under UN supervision.",
     "demilitarization", "NPL"),
    ("Maputo said there is an urgent need for a cessation of hostilities in Cabo Delgado.",
     "ceasefire", "MOZ"),
    ("Islamabad said a ceasefire along the Line of Control is needed before any dialogue.",
     "ceasefire", "PAK"),
    ("Sarajevo said the demobilisation of the paramilitaries is a must.",
     "demilitarization", "BIH"),
    ("Colombia gave the ELN 72 hours to lay down its arms.",
     "demilitarization", "COL"),
    ("Nepal said talks could resume only in the event of a ceasefire.",
     "ceasefire", "NPL"),
    ("Kinshasa will return to the table only upon the withdrawal of Rwandan troops from North Kivu.",
     "withdrawal", "COD"),
    ("Indonesia conditioned its participation on the disarmament of the rebels.",
     "demilitarization", "IDN"),
    ("Indonesia linked the talks to the disarmament of the rebels.",
     "demilitarization", "IDN"),
    ("Pakistan said India must not only lift the curfew but also pull its troops out of the valley.",
     "withdrawal", "PAK"),
    ("Kathmandu said the talks would be pointless without the cantonment and disarmament of the fighters.",
     "demilitarization", "NPL"),
    ("Colombia said the disarmament of the ELN was the bare minimum.",
     "demilitarization", "COL"),
    ("Morocco will not settle for less than the withdrawal of Polisario fighters from the buffer strip.",
     "withdrawal", "MAR"),
    ("Bogota said the handover of the ELN's weapons was its main condition.",
     "demilitarization", "COL"),
    ("The demobilisation of the Maoist army is non-negotiable for Nepal.",
     "demilitarization", "NPL"),
    ("Sri Lanka has made the disarmament of the Tigers its top priority.",
     "demilitarization", "LKA"),
    ("Kinshasa would sign a deal provided there was a withdrawal of Rwandan troops from Kivu.",
     "withdrawal", "COD"),
]


@pytest.mark.parametrize("text, type_, party", DEMANDED)
def test_a_frame_of_need_or_condition_makes_a_demand(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert (type_, "demand", party) in held(rec), rec["conditions"]


NOTHING = [
    # a need said of something that is no condition type; a time limit with no type after it
    ("Jakarta said it is necessary to repair the roads in Banda Aceh.", None),
    ("Voters in Nepal have only two weeks to register for the local ballot.", None),
    # 'is a' before any noun is no predicate of need ("the withdrawal is a mistake")
    ("Jakarta said the withdrawal of the monitors from Aceh is a mistake.", "demand"),
    # a possessor after "vital to" names whose economy, not who insists
    ("Sanctions relief is vital to Iran's economy.", "demand"),
    # a side's priority that names no type
    ("Sri Lanka has made the reconstruction of Jaffna its top priority.", None),
    # "provided" as a verb with its object and "with" opens no condition
    ("Islamabad said Kabul had provided the fighters with shelter near the border.", None),
    # a conditioning verb whose "to" phrase names a cause, not a deal, sets nothing
    ("Police linked the explosion to the disarmament of the rebels.", None),
]


@pytest.mark.parametrize("text, stance", NOTHING)
def test_the_same_words_without_a_frame_set_nothing(extractor, text, stance):
    rec = run_text(extractor, text)
    got = [c for c in rec["conditions"] if stance is None or c["stance"] == stance]
    assert not got, rec["conditions"]


@pytest.mark.parametrize("text, type_, party, on", [
    # the receiver of an ultimatum must act, not its giver (who would otherwise seem to offer its own concession)
    ("Colombia gave the guerrillas 72 hours to lay down their arms.", "demilitarization", "COL", None),
    ("Kinshasa gave the M23 until Friday to withdraw from Goma.", "withdrawal", "COD", "M23"),
    # what a side waits for before it acts is done by another: "only upon" opens no object of the main verb
    ("Mozambique will return to the table only upon the withdrawal of the insurgents from Palma.",
     "withdrawal", "MOZ", None),
    # the side called on acts, as an object does ("asked the rebels to"), though no party code names it
    ("Bogota called on the separatists to withdraw from the towns.", "withdrawal", "COL", None),
    # "provided" before a clause the parser reads as its object and a verb opens a condition all the same
    ("Bogota will agree to a truce provided the rebels withdraw from the towns.", "withdrawal", "COL", None),
])
def test_a_condition_is_done_by_another_side_than_its_holder(extractor, text, type_, party, on):
    rec = run_text(extractor, text)
    got = [c for c in rec["conditions"] if c["type"] == type_]
    assert [(c["stance"], (c["by"] or {}).get("party"), c["on"]) for c in got] == [("demand", party, on)], got


def test_not_only_is_no_refusal(extractor):
    rec = run_text(extractor, "Pakistan said India must not only lift the curfew but also pull its troops out of "
                              "the valley.")
    assert not [c for c in rec["conditions"] if c["stance"] == "reject"], rec["conditions"]


def test_a_hedge_on_the_goal_does_not_hedge_the_restrictive_condition(extractor):
    # "could resume" is hedged; what it waits for is still what the speaker demands
    rec = run_text(extractor, "Kathmandu said the talks could resume only in the event of a full ceasefire.")
    assert ("ceasefire", "demand", "NPL") in held(rec), rec["conditions"]
    # a bare hedge still states no term
    rec = run_text(extractor, "Kathmandu could demand a ceasefire, analysts said.")
    assert ("ceasefire", "demand", "NPL") not in held(rec), rec["conditions"]
