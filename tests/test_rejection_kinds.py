"""A refused kind of a term: "Kyiv rejects any ceasefire that freezes the front line". A subject relative clause after
"any" narrows the refused term to a kind, so the term itself is not refused; a relative clause that picks one term
out ("the truce that Moscow proposed", "a ceasefire that was announced") does not narrow it. Our own sentences, other conflicts than the tuning
articles."""
import pytest

from conftest import run_text


def rejections(extractor, text):
    return {(c["type"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]
            if c["stance"] == "reject"}


@pytest.mark.parametrize("text", [
    "Kyiv rejects any ceasefire that freezes the front line.",
    "The RSF will not accept any truce that lets the army regroup.",
    "Yerevan will never agree to any peacekeeping force that answers to Moscow.",
    "Bogota will never sign any ceasefire deal that leaves the ELN armed, the minister said.",
])
def test_a_refused_kind_of_a_term_does_not_refuse_the_term(extractor, text):
    got = rejections(extractor, text)
    assert not {r for r in got if r[0] in ("ceasefire", "security_guarantees")}


@pytest.mark.parametrize("text, type_, party", [
    # one term picked out, or no relative clause: refused
    ("Kyiv rejected the ceasefire that Moscow had proposed.", "ceasefire", "UKR"),
    ("Kyiv rejected the ceasefire, which Moscow had proposed.", "ceasefire", "UKR"),
    ("The RSF will not accept a truce.", "ceasefire", "RSF"),
    ("The ELN said that a ceasefire that was announced a day earlier \"does not really concern us.\"", "ceasefire",
     "ELN"),
    ("A truce that freezes the front line is not peace, Zelensky said.", "ceasefire", "UKR"),
    # a term inside the relative clause is what the refusal turns down
    ("Kyiv rejects any deal that cedes territory.", "territorial_recognition", "UKR"),
])
def test_a_term_picked_out_or_named_in_the_clause_is_refused(extractor, text, type_, party):
    assert (type_, party) in rejections(extractor, text)
