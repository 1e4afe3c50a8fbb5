"""Demand frames of sequencing, price and lists (issue 13, stage 3, round 2): a bare "subject to X", "X comes
first", "X must precede any talks", "Y must be preceded by X", "the price of peace is X", "X is a sine qua non /
the starting point", "X topped the list of demands", "X, one of the demands made by Y", "a list of demands headed by X", "a stipulation that X",
"no Y until X", "X before any talks", and "in exchange for X" after the holder's own step still to come. Every
sentence is our own, about conflicts the tuning articles do not cover; each frame is also shown where it sets
nothing (a fact, a past bargain, a question, a third party's view, a price that is a cost)."""
import pytest

from conftest import run_text


def held(rec):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in rec["conditions"]}


DEMANDED = [
    ("Jakarta will sign the accord subject to the disarmament of GAM.", "demilitarization", "IDN"),
    ("Baku said any treaty is subject to the withdrawal of Armenian troops.", "withdrawal", "AZE"),
    ("Nepal agreed to the talks, subject to the disarmament of the Maoist fighters.", "demilitarization", "NPL"),
    ("Jakarta said the disarmament of GAM comes first.", "demilitarization", "IDN"),
    ("Chisinau said the withdrawal of Russian troops from Transnistria comes first.", "withdrawal", "MDA"),
    ("Pristina said recognition of Kosovo's independence comes before anything else.",
     "territorial_recognition", "XKX"),
    ("Chad said the withdrawal of the rebels from Abeche must precede any talks.", "withdrawal", "TCD"),
    ("Jakarta said a ceasefire must precede any talks.", "ceasefire", "IDN"),
    ("Manila said any autonomy law must be preceded by the decommissioning of MILF weapons.",
     "demilitarization", "PHL"),
    ("Jakarta said the price of peace is the disarmament of GAM.", "demilitarization", "IDN"),
    ("Dhaka said the price of peace is a ceasefire in the hills.", "ceasefire", "BGD"),
    ("For Chisinau, the withdrawal of Russian troops is a sine qua non.", "withdrawal", "MDA"),
    ("Dakar said the disarmament of the rebels was the starting point for talks.", "demilitarization", "SEN"),
    ("Cyprus said the departure of Turkish troops was an absolute prerequisite.", "withdrawal", "CYP"),
    ("The disarmament of the Maoist army topped the list of Kathmandu's demands.", "demilitarization", "NPL"),
    ("Pakistan's list of demands is headed by a plebiscite in Kashmir.", "elections", "PAK"),
    ("Kathmandu said there can be no peace until a ceasefire.", "ceasefire", "NPL"),
    ("Nepal said there would be no elections until the Maoists disarm.", "demilitarization", "NPL"),
    ("Chad said it wants to see a ceasefire before any talks.", "ceasefire", "TCD"),
    ("Pyongyang will freeze its reactor in exchange for the lifting of sanctions.", "sanctions_relief", "PRK"),
    ("Sudan would release the detainees in exchange for the lifting of sanctions.", "sanctions_relief", "SDN"),
    # a term in apposition to "one of the demands" is the demand of whoever owns them
    ("Colombia is considering a ceasefire – one of several demands laid down by the ELN.", "ceasefire", "ELN"),
    ("Colombia accepted one of the ELN's demands, a ceasefire over Christmas.", "ceasefire", "ELN"),
]


@pytest.mark.parametrize("text, type_, party", DEMANDED)
def test_a_frame_of_sequence_price_or_list_makes_a_demand(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert (type_, "demand", party) in held(rec), rec["conditions"]


NOT_DEMANDED = [
    # "subject to" a fact or a procedure, not to a step another side must take
    ("Russia remains subject to Western sanctions.", "sanctions_relief"),
    ("The weapons handed in by the rebels are subject to inspection by the monitors.", "demilitarization"),
    # a sequence of past events, a question
    ("The disarmament of GAM came first, in 2005, and the elections followed.", "demilitarization"),
    ("Does the disarmament of the Maoists come first?", "demilitarization"),
    ("The ceasefire preceded the talks by two weeks.", "ceasefire"),
    # a price that is a cost, not a settlement's terms
    ("The price of peace was high for the families of Casamance, who lost their homes in the withdrawal.",
     "withdrawal"),
    # a list that is not one of demands
    ("The withdrawal from Lachin topped the list of topics at the summit.", "withdrawal"),
    # what happened before something else happened
    ("There was no ceasefire until the rebels left Abeche in 2008.", "withdrawal"),
    ("The talks did not start until the troops withdrew from Lachin.", "withdrawal"),
    ("The ceasefire collapsed before any talks could begin.", "ceasefire"),
    # a bargain of history, and one a third party only wonders about
    ("Kyiv gave up its nuclear arsenal in 1994 in exchange for security guarantees.", "security_guarantees"),
    ("Prisoners were freed last year in exchange for the lifting of some sanctions.", "sanctions_relief"),
    ("Analysts wonder whether Tehran will cap enrichment in exchange for the lifting of sanctions.",
     "sanctions_relief"),
]


@pytest.mark.parametrize("text, type_", NOT_DEMANDED)
def test_the_same_frame_telling_a_fact_demands_nothing(extractor, text, type_):
    rec = run_text(extractor, text)
    assert not [c for c in rec["conditions"] if c["type"] == type_ and c["stance"] == "demand"], rec["conditions"]


def test_what_a_negation_waits_for_is_demanded_and_what_it_withholds_is_the_goal(extractor):
    # "will not withdraw until X": the withdrawal is the goal of the demand, neither refused nor demanded
    rec = run_text(extractor, "Manila will not pull its troops out of Jolo until the rebels disarm.")
    assert ("demilitarization", "demand", "PHL") in held(rec), rec["conditions"]
    assert not [c for c in rec["conditions"] if c["type"] == "withdrawal"], rec["conditions"]
    # a goal named before the negation is no demand either ("elections would not take place until ...")
    rec = run_text(extractor, "Sri Lanka said provincial elections in the north would not take place until the "
                              "Tigers disarm.")
    assert ("demilitarization", "demand", "LKA") in held(rec), rec["conditions"]
    assert not [c for c in rec["conditions"] if c["type"] == "elections"], rec["conditions"]


@pytest.mark.parametrize("text", [
    "Colombia rejected one of the main terms sought by the ELN: the complete withdrawal of the army from Arauca.",
    "The withdrawal of the army from Arauca, one of the main demands made by the ELN, was rejected by Colombia.",
])
def test_a_term_one_side_sets_and_another_refuses_is_both(extractor, text):
    got = held(run_text(extractor, text))
    assert {("withdrawal", "demand", "ELN"), ("withdrawal", "reject", "COL")} <= got, got


def test_one_of_the_terms_of_a_text_is_no_side_s_demand(extractor):
    rec = run_text(extractor, "Jakarta said the disarmament of GAM, one of the terms of the Helsinki accord, was "
                              "complete.")
    assert not [c for c in rec["conditions"] if c["stance"] == "demand"], rec["conditions"]


def test_an_exchange_after_a_demand_keeps_what_is_given_an_offer(extractor):
    # "wants X in return for Y": X is demanded, Y is what the holder gives for it
    rec = run_text(extractor, "Tehran wants the lifting of sanctions in return for the disarmament of its proxies.")
    assert ("sanctions_relief", "demand", "IRN") in held(rec), rec["conditions"]
    assert ("demilitarization", "offer", "IRN") in held(rec), rec["conditions"]
    assert ("demilitarization", "demand", "IRN") not in held(rec), rec["conditions"]
