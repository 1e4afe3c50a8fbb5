"""Conditions precision, session 9: who holds a headline's condition. Every sentence is our own, about conflicts the
tuning articles do not cover (Nigeria, Darfur, Kachin)."""
import pytest

from conftest import run_text


def kinds(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


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


def test_a_short_list_line_below_the_first_sentence_is_no_headline(extractor):
    # a list item is a short line without a full stop too; it stands under the story's first sentence, not above it
    text = ("Talks on the Lebanese border resumed on Monday.\n\nIsrael's terms:\n"
            "- the withdrawal of Hezbollah fighters from the border\n\n"
            "Hezbollah demanded the withdrawal of Israeli troops from the five hills.\n")
    assert ("withdrawal", "demand", "ISR") in kinds(extractor, text)
