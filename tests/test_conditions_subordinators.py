"""Conditions stated by clause structure: a subordinator opens the condition, the main clause is what it conditions.

"Hamas refuses to accept a ceasefire unless Israel withdraws": the withdrawal is Hamas's demand and the ceasefire the
goal of it, refused by no row (condition_words/waiting_markers.txt, commitments.waits_on_clause); "provided" without
"that" before a clause however the parser hung it (stance_cues.jsonl); a marker that can be one of time, on a past
fact, tells when, and sets nothing (commitments.narrated). Every sentence is our own, about conflicts the rules were
not tuned on."""
import pytest

from conftest import run_text


def kinds(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


# ----- a refusal of any row that waits on a clause naming a term: the clause is demanded, the refused act its goal --
@pytest.mark.parametrize("text, demanded, goal", [
    ("Moscow will not agree to a ceasefire unless Kyiv abandons its bid to join NATO.",
     ("nato_neutrality", "demand", "RUS"), "ceasefire"),
    ("Hamas refuses to accept a ceasefire unless Israel withdraws from Gaza.",
     ("withdrawal", "demand", "HAMAS"), "ceasefire"),
    ("Azerbaijan won't accept a truce until Armenian troops leave Karabakh.",
     ("withdrawal", "demand", "AZE"), "ceasefire"),
    ("The Houthis refused to agree to a truce until the sanctions on Sanaa are lifted.",
     ("sanctions_relief", "demand", "HOUTHIS"), "ceasefire"),
    # the marker's clause hangs on the verb above the mention, past a phrase of the mention's own
    ("Colombia's government declined to sign a ceasefire with the ELN until the rebels disarm.",
     ("demilitarization", "demand", "COL"), "ceasefire"),
    ("Sudan's army refused a ceasefire unless the RSF withdraws from Khartoum.",
     ("withdrawal", "demand", "SDN"), "ceasefire"),
])
def test_a_refusal_that_waits_on_a_term_demands_the_term(extractor, text, demanded, goal):
    got = kinds(extractor, text)
    assert demanded in got, got
    assert not any(k[0] == goal and k[1] == "reject" for k in got), got


@pytest.mark.parametrize("text, refused", [
    ("Hamas rejected a ceasefire.", ("ceasefire", "reject", "HAMAS")),
    # "until" of a date, "before" of an event: no clause, nothing waited on
    ("Azerbaijan refused to accept a truce until the spring.", ("ceasefire", "reject", "AZE")),
    ("Azerbaijan rejected the truce before the elections.", ("ceasefire", "reject", "AZE")),
    # "while", "though" are no waiting subordinators: the refusal stands
    ("Sudan's army refused to accept a ceasefire while the RSF withdraws from Khartoum.",
     ("ceasefire", "reject", "SDN")),
    ("Hamas refused to accept a ceasefire, though Israel withdraws from Gaza.", ("ceasefire", "reject", "HAMAS")),
    # a side's own concession refused on a term stays refused: only an act of both sides (a truce, talks) is a goal
    ("Russia refuses to withdraw its troops from Zaporizhzhia unless the sanctions are lifted.",
     ("withdrawal", "reject", "RUS")),
])
def test_a_refusal_that_waits_on_no_term_stands(extractor, text, refused):
    assert refused in kinds(extractor, text)


# ----- "provided" / "providing" without "that", however the parser hung the clause --------------------------------
@pytest.mark.parametrize("text, demanded", [
    ("Iran will resume talks, providing the sanctions are lifted.", ("sanctions_relief", "demand", "IRN")),
    ("The Kachin Independence Army would accept a ceasefire provided the junta's troops pull back.",
     ("withdrawal", "demand", "KIA")),
    ("Baku would accept a ceasefire provided Armenian forces pull back.", ("withdrawal", "demand", "AZE")),
])
def test_provided_opens_the_condition(extractor, text, demanded):
    got = kinds(extractor, text)
    assert demanded in got, got
    assert not any(k[0] == demanded[0] and k[1] == "offer" for k in got), got


def test_a_mistagged_clause_after_provided_is_still_the_condition(extractor):
    # the parser tags "disarm" a noun, the complement clause of "provided": no offer of the rebels' disarmament
    got = kinds(extractor, "The junta will agree to a truce provided the rebels disarm.")
    assert any(k[:2] == ("demilitarization", "demand") for k in got), got
    assert not any(k[:2] == ("demilitarization", "offer") for k in got), got


@pytest.mark.parametrize("text", [
    "Qatar provided Hamas with weapons.",
    "The aid provided by Qatar reached Gaza before the ceasefire.",
])
def test_provided_as_a_verb_sets_nothing(extractor, text):
    assert not kinds(extractor, text)


# ----- a marker of time on a past fact: when, not on what condition -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Before the war, Russian troops withdrew from the town.",
    "Russia provided Serbia's army with drones until the sanctions were lifted.",
    "The rebels held the town until the army withdrew in March.",
    "Armenia kept its troops in the village until Azerbaijan lifted the blockade.",
    "Once the ceasefire took hold, the army withdrew from the border.",
    "Fighting in Khartoum lasted until Friday.",
])
def test_a_marker_of_time_on_a_past_fact_sets_nothing(extractor, text):
    assert not kinds(extractor, text)


@pytest.mark.parametrize("text, demanded", [
    # the same markers on a commitment, a refusal or a speaker's future keep the condition
    ("The Kachin Independence Army rejected a truce before the junta withdraws its troops from Kachin state.",
     ("withdrawal", "demand", "KIA")),
    ("Kyiv said talks would begin only after Russian troops withdraw.", ("withdrawal", "demand", "UKR")),
    ("Hamas said a truce will come once Israeli troops withdraw from Rafah.", ("withdrawal", "demand", "HAMAS")),
    ("Armenia said it would not sign a peace deal until Azerbaijan withdraws its troops from Armenian territory.",
     ("withdrawal", "demand", "ARM")),
    ("The Houthis refused to negotiate until the sanctions were lifted.", ("sanctions_relief", "demand", "HOUTHIS")),
    # a fronted marker the parser hangs on the main clause, reported by a verb of saying after it
    ("Once the RSF withdraws from Khartoum, talks can begin, Burhan said.", ("withdrawal", "demand", "SDN")),
    ("Once the ELN lays down its arms, talks can resume, Petro said.", ("demilitarization", "demand", "COL")),
    ("Once Armenian forces withdraw from Karabakh, a peace deal can be signed, Aliyev said.", ("withdrawal", "demand", "AZE")),
])
def test_a_marker_on_a_commitment_or_refusal_keeps_the_condition(extractor, text, demanded):
    assert demanded in kinds(extractor, text)
