"""A refused trade: "Yerevan will not discuss peace in exchange for the return of territories". Where the verb the
exchange phrase hangs on is negated or one of refusal, what the trade would cost the holder is refused, and
anything else it names is neither offered nor asked for. Our own sentences, other conflicts than the tuning articles."""
import pytest

from conftest import run_text


def stances(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


@pytest.mark.parametrize("text, type_, party", [
    ("Yerevan will not discuss peace in exchange for the return of territories.", "withdrawal", "ARM"),
    ("Kyiv will never agree to a ceasefire in exchange for ceding territory.", "territorial_recognition", "UKR"),
    ("Myanmar's junta rejected a truce in exchange for the withdrawal of its troops from Rakhine.", "withdrawal",
     "MMR"),
])
def test_the_holders_own_concession_in_a_refused_trade_is_refused(extractor, text, type_, party):
    got = stances(extractor, text)
    assert (type_, "reject", party) in got
    assert not {s for s in got if s[0] == type_ and s[1] in ("demand", "offer")}


@pytest.mark.parametrize("text, type_", [
    ("Sudan's army will not accept a truce in exchange for sanctions relief for the RSF.", "sanctions_relief"),
    ("Kyiv will not cede territory in exchange for security guarantees.", "security_guarantees"),
])
def test_what_a_refused_trade_would_bring_is_not_asked_for(extractor, text, type_):
    assert not {s for s in stances(extractor, text) if s[0] == type_}


@pytest.mark.parametrize("text, type_, stance, party", [
    # trades not refused keep their reading: the price is asked for
    ("Pyongyang will freeze its reactor in exchange for sanctions relief.", "sanctions_relief", "demand", "PRK"),
    ("Armenia is ready to recognise Azerbaijan's borders in exchange for security guarantees.",
     "security_guarantees", "demand", "ARM"),
    ("Putin offered a ceasefire in exchange for Ukraine's withdrawal from Donetsk.", "withdrawal", "demand", "RUS"),
])
def test_a_trade_not_refused_still_asks_its_price(extractor, text, type_, stance, party):
    assert (type_, stance, party) in stances(extractor, text)
