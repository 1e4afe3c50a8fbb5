"""How far a refusal reaches: through a promise to do the act ("refused to make any commitment to withdraw"), past an
adverbial aside between the refusing verb and what it governs ("has refused, for now at least, to consider a
truce"), and not cut by "once" that is an adverb of time ("refused, once again, to accept a truce"). Every sentence
is our own, about other conflicts than the articles the rules were tuned on."""
import pytest

from conftest import run_text


def stances(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


# ----- a promise to do the act carries the refusal to the act ------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Moscow has refused to make any commitment to withdraw its forces from the occupied regions.", "withdrawal",
     "RUS"),
    ("Baku refused to give any assurances that it would pull its troops back from Armenian territory.", "withdrawal",
     "AZE"),
    ("The RSF declined to set a timetable for the withdrawal of its fighters from Khartoum.", "withdrawal", "RSF"),
    ("Myanmar's junta has refused to make any pledge to hold elections.", "elections", "MMR"),
])
def test_refusing_a_promise_of_the_act_refuses_the_act(extractor, text, type_, party):
    assert (type_, "reject", party) in stances(extractor, text)


@pytest.mark.parametrize("text", [
    # a promise given, or a promise of something else refused, refuses no term
    "Moscow made a commitment to withdraw its forces from the occupied regions.",
    "The RSF refused to honour its pledge to pay the soldiers, weeks after the ceasefire talks in Jeddah.",
])
def test_a_promise_without_a_refusal_of_the_act_refuses_nothing(extractor, text):
    assert not {s for s in stances(extractor, text) if s[1] == "reject"}


# ----- an adverbial aside does not end a refusal's clause ----------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("The Sudanese army has flatly refused, for now at least, to even consider a ceasefire with the RSF.",
     "ceasefire", "SDN"),
    ("The Houthis have refused, once again, to accept a truce.", "ceasefire", "HOUTHIS"),
    ("Kyiv refused, in principle, to cede any territory.", "territorial_recognition", "UKR"),
])
def test_a_refusal_reaches_past_an_adverbial_aside(extractor, text, type_, party):
    assert (type_, "reject", party) in stances(extractor, text)


@pytest.mark.parametrize("text", [
    # the comma closes the refusal's clause: what follows is another statement
    "The junta rejected the plan for now, and it backed a ceasefire.",
    "The M23 refused, the army said, and it later called for a ceasefire.",
])
def test_a_clause_after_the_refusal_is_not_refused(extractor, text):
    assert not {s for s in stances(extractor, text) if s[0] == "ceasefire" and s[1] == "reject"}


# ----- "once" as an adverb of time opens no condition ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Moscow demanded, once more, that Kyiv withdraw from Donetsk.", ("withdrawal", "demand", "RUS")),
    ("The Houthis have refused, once again, to accept a truce.", ("ceasefire", "reject", "HOUTHIS")),
    # the conditional "once" still opens its clause
    ("Once Kyiv withdraws from Donetsk, talks can begin, Lavrov said.", ("withdrawal", "demand", "RUS")),
])
def test_once_again_is_no_condition_marker(extractor, text, expected):
    assert expected in stances(extractor, text)


# ----- a negating phrase other than "not" ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Israel will under no circumstances agree to a full withdrawal from the Philadelphi corridor.", "withdrawal",
     "ISR"),
    ("The ELN will on no account accept a unilateral ceasefire.", "ceasefire", "ELN"),
    ("Under no circumstances will Hamas lay down its weapons, its leader said.", "demilitarization", "HAMAS"),
])
def test_under_no_circumstances_refuses_what_the_verb_takes(extractor, text, type_, party):
    got = stances(extractor, text)
    assert (type_, "reject", party) in got
    assert (type_, "offer", party) not in got


@pytest.mark.parametrize("text", [
    # a negating phrase on an act of nobody's term, or on a state of things, refuses nothing
    "Under no circumstances should civilians be targeted, the UN said.",
    "The ceasefire is by no means secure, analysts said.",
])
def test_under_no_circumstances_on_no_term_refuses_nothing(extractor, text):
    assert not {s for s in stances(extractor, text) if s[1] == "reject"}


# ----- seeing no need for a term refuses it ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Moscow sees no need for a ceasefire.", "ceasefire", "RUS"),
    ("The Houthis see no point in a truce while the blockade continues.", "ceasefire", "HOUTHIS"),
    ("There is no need for a ceasefire, Burhan said.", "ceasefire", "SDN"),
    ("Moscow sees no need to withdraw its troops from Kherson.", "withdrawal", "RUS"),
    ("The Sudanese army says it sees no reason to agree to a ceasefire.", "ceasefire", "SDN"),
])
def test_no_need_for_a_term_refuses_it(extractor, text, type_, party):
    got = stances(extractor, text)
    assert (type_, "reject", party) in got
    assert not {s for s in got if s[0] == type_ and s[1] in {"offer", "demand"}}


@pytest.mark.parametrize("text", [
    # no need for an act that is no term's, though a term is named after it
    "No need to worry about the ceasefire, the envoy said.",
    "Kyiv sees no reason to doubt that Moscow wants a ceasefire.",
])
def test_no_need_for_another_act_refuses_nothing(extractor, text):
    assert not {s for s in stances(extractor, text) if s[1] == "reject"}


# ----- "needs no permission to X": X is free to the side, not refused; "gave no consent to X" still refuses --------
@pytest.mark.parametrize("text", [
    "Russia needs no permission to withdraw its troops from Kherson.",
    "The Houthis need no approval from Riyadh to sign a truce.",
    "The ELN requires no authorisation to lay down its weapons.",
    "Baku needs no consent from Moscow to pull its forces back from the border.",
])
def test_needing_no_permission_for_an_act_refuses_nothing(extractor, text):
    assert not {s for s in stances(extractor, text) if s[1] == "reject"}


@pytest.mark.parametrize("text, refused", [
    ("Kyiv gave no consent to the withdrawal of its troops.", ("withdrawal", "reject", "UKR")),
    ("Myanmar's junta sees no need for a ceasefire.", ("ceasefire", "reject", "MMR")),
])
def test_no_consent_given_or_no_need_still_refuses(extractor, text, refused):
    assert refused in stances(extractor, text)
