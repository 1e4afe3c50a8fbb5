"""Conditions precision, session 9: a deal or an event told of is no side's demand or offer. Every sentence is our own,
about conflicts the tuning articles do not cover (Nepal, Chad, Mindanao, Bosnia, Aceh, Casamance)."""
import pytest

from conftest import run_text


def kinds(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


# ----- a deal reached by the sides together (facts.agreement_reached, condition_words/settling_verbs.txt) -----------
@pytest.mark.parametrize("text", [
    "The Nepali government and the Maoist rebels agreed to a ceasefire on Sunday.",
    "Both sides agreed on a truce in Mindanao last week.",
    "The two sides have agreed to an immediate ceasefire, the Malaysian facilitator said.",
    "The leaders of Chad, Niger and Mali have agreed to implement a ceasefire along the border.",
    "Both sides accepted a truce brokered by the Malaysian envoy.",
    "The Bosnian Serbs and the Croats signed a ceasefire in Geneva.",
])
def test_a_deal_the_sides_reached_is_nobodys_offer(extractor, text):
    assert not any(k[0] == "ceasefire" for k in kinds(extractor, text))


@pytest.mark.parametrize("text", [
    # one side's assent is its offer; the sides together, in a conditional or future, still offer
    "The Moro rebels agreed to a ceasefire on Sunday.",
    "The Maoists said they would agree to a ceasefire if the army returned to its barracks.",
    "Both sides would agree to a truce if monitors were deployed along the line.",
    "The Free Aceh Movement has accepted a truce offered by Jakarta.",
    # one camp may accept together: only verbs that take two to do tell of a deal between coordinated sides
    "The MILF and the MNLF accepted a ceasefire offered by Manila.",
])
def test_one_sides_assent_stays_an_offer(extractor, text):
    assert any(k[:2] == ("ceasefire", "offer") for k in kinds(extractor, text))


# ----- a headline squeezes the side into a few words; the body names it (records.headline_yields) -----------------
@pytest.mark.parametrize("text, body_side, headline_side", [
    ("Nigerian Islamists demand army withdrawal from Borno\n\nBoko Haram demanded the withdrawal of the army from "
     "Borno state in exchange for the hostages.\n", "BOKOHARAM", "NGA"),
    ("Sudanese rebels demand withdrawal of army from Darfur\n\nThe Justice and Equality Movement (JEM) demanded the "
     "withdrawal of government forces from Darfur.\n", "JEM", None),
    ("Myanmar's ethnic rebels demand army pullback from Kachin hills\n\nThe Kachin Independence Army (KIA) on Friday "
     "demanded the withdrawal of government troops from its positions near Laiza.\n", "KIA", None),
])
def test_the_body_names_who_holds_a_headlines_demand(extractor, text, body_side, headline_side):
    found = kinds(extractor, text)
    assert ("withdrawal", "demand", body_side) in found
    assert ("withdrawal", "demand", headline_side) not in found


@pytest.mark.parametrize("text, kind", [
    # a headline the body does not repeat stands, and so does one the body repeats with no side named
    ("Boko Haram demands army withdrawal from Borno\n\nThe fighting in the northeast went on for a third day, "
     "residents said.\n", ("withdrawal", "demand", "BOKOHARAM")),
    ("Boko Haram demands army withdrawal from Borno\n\nA spokesman demanded the withdrawal of the army from the "
     "state.\n", ("withdrawal", "demand", "BOKOHARAM")),
])
def test_a_headline_the_body_does_not_name_otherwise_stands(extractor, text, kind):
    assert kind in kinds(extractor, text)


def test_a_headline_side_named_outright_stands(extractor):
    text = ("Boko Haram demands army withdrawal from Borno\n\nNiger's government also called for the withdrawal of "
            "the army from the border towns, officials said.\n")
    assert ("withdrawal", "demand", "BOKOHARAM") in kinds(extractor, text)
