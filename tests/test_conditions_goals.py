"""What a condition is for, and what the talks are about, are no terms: "X as a condition for a truce" demands X, not
the truce; "lifting the embargo is part of the talks" names what is discussed, not who sits at the table. Every sentence
is our own, about conflicts the rules were not tuned on."""
import pytest

from conftest import run_text


def kinds(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


# ----- "as a (pre)condition for / to Y": Y is the goal (stance_cues.jsonl, the ends_as "goal" row) -------------------
@pytest.mark.parametrize("text, kept, goal", [
    ("Hamas demanded the withdrawal of Israeli forces as a condition for a ceasefire.",
     ("withdrawal", "demand", "HAMAS"), "ceasefire"),
    ("The Karen rebels set the withdrawal of the army as a precondition to a ceasefire.",
     ("withdrawal", "demand", "KNU"), "ceasefire"),
    ("Azerbaijan insisted that Armenian units pull back from the border as a precondition to any demilitarisation "
     "accord.", ("withdrawal", "demand", "AZE"), "demilitarization"),
    # the copula form: "X is a precondition for / to Y" under a demanding verb
    ("Kyiv insists that security guarantees are a prerequisite for a ceasefire.",
     ("security_guarantees", "demand", "UKR"), "ceasefire"),
    ("The Karen rebels insisted that a withdrawal of the army is a precondition to any ceasefire.",
     ("withdrawal", "demand", "KNU"), "ceasefire"),
])
def test_what_a_condition_is_for_is_not_demanded(extractor, text, kept, goal):
    got = kinds(extractor, text)
    assert kept in got, got
    assert not any(k[0] == goal and k[1] == "demand" for k in got), got


def test_a_goal_after_to_is_no_term_of_a_demand_before_it(extractor):
    got = kinds(extractor, "The Houthis insisted on the reopening of Sanaa airport as a condition to a truce.")
    assert not any(k[0] == "ceasefire" for k in got), got


@pytest.mark.parametrize("text, kind", [
    # the term set as the condition still is demanded, whatever it is for
    ("Hamas demanded a ceasefire as a condition for the release of the hostages.", ("ceasefire", "demand", "HAMAS")),
    # conditions put to a side: "to" names whom they are put to, no goal
    ("Moscow presented its conditions to Kyiv, including the withdrawal of Ukrainian troops from the four regions.",
     ("withdrawal", "demand", "RUS")),
])
def test_the_condition_itself_stays(extractor, text, kind):
    assert kind in kinds(extractor, text)


# ----- "part of the talks": a side takes part, a thing is discussed (conditions.jsonl "side_takes_part") --------------
@pytest.mark.parametrize("text", [
    "Eritrea said that lifting the arms embargo is part of the negotiations with Ethiopia.",
    "Khartoum said the end of foreign arms deliveries is part of the negotiations with the RSF.",
    "Baku said the return of the refugees, which is part of the talks, must come first.",
    "The ELN has agreed to release its hostages as part of the talks with Bogota, the rebels said.",
])
def test_what_the_talks_are_about_names_no_format(extractor, text):
    assert not any(k[0] == "negotiation_format" for k in kinds(extractor, text))


def test_the_term_the_talks_discuss_stays_demanded(extractor):
    got = kinds(extractor, "Eritrea said that lifting the arms embargo is part of the negotiations with Ethiopia.")
    assert ("sanctions_relief", "demand", "ERI") in got, got


@pytest.mark.parametrize("text, party", [
    ("The Taliban insisted that Iran must be part of any negotiations.", "TALIBAN"),
    ("The Polisario demanded that Algeria be part of the talks.", "POLISARIO"),
    ("Somaliland must be part of the talks, the Somali president said.", "SOM"),
])
def test_a_side_that_must_take_part_sets_the_format(extractor, text, party):
    assert ("negotiation_format", "demand", party) in kinds(extractor, text)


@pytest.mark.parametrize("text, party", [
    # a group of people is no side, but takes a seat as one does (condition_words/participant_nouns.txt)
    # (a mediator's such call holds nothing: condition_words/mediator_parties.txt; a side's does)
    ("The RSF envoy said women must be part of any talks on Sudan's future.", "RSF"),
    ("Colombia's president said the victims must be part of the talks with the ELN.", "COL"),
])
def test_people_who_must_take_part_set_the_format(extractor, text, party):
    assert ("negotiation_format", "demand", party) in kinds(extractor, text)


def test_what_a_refusal_waits_on_is_no_demand_of_the_refused_act(extractor):
    got = kinds(extractor, '"We will not stop fighting without achieving our goals," General Burhan told officers. '
                           'The RSF called for a truce.')
    assert ("ceasefire", "demand", "SDN") not in got, got
    assert ("ceasefire", "demand", "RSF") in got, got


# ----- a cue inside a quotation ends where the quotation does (cue_scope.quote_closes) -------------------------------
@pytest.mark.parametrize("text, kept", [
    ('"There is a need for more consultation on the issue," the Turkish-led mediation team told reporters.', None),
    ('"We demand an immediate halt to the shelling," the Kenyan-led mediation team said.',
     ("ceasefire", "demand", "KEN")),
])
def test_the_attribution_after_a_quote_is_no_term_of_it(extractor, text, kept):
    got = kinds(extractor, text)
    assert not any(k[0] == "negotiation_format" for k in got), got
    if kept:
        assert kept in got, got


def test_a_quoted_fragment_inside_a_sentence_keeps_its_terms(extractor):
    # the quote closes on no punctuation of its own: the words after it go on with the sentence
    got = kinds(extractor, 'The Polisario said any talks must be held "directly with Rabat" and under UN auspices.')
    assert ("negotiation_format", "demand", "POLISARIO") in got, got


# ----- what a demand is to bring about is its goal ("in order to" row of stance_cues.jsonl) --------------------------
@pytest.mark.parametrize("text, kept, goal", [
    ("The M23 demanded direct talks with Kinshasa with a view to a ceasefire.",
     ("negotiation_format", "demand", "M23"), "ceasefire"),
    ("Serbia demanded the release of the detained police officers to clear the way for normalisation and new elections "
     "in the north.", None, "elections"),
])
def test_what_a_demand_is_to_bring_about_is_no_term(extractor, text, kept, goal):
    got = kinds(extractor, text)
    if kept:
        assert kept in got, got
    assert not any(k[0] == goal and k[1] == "demand" for k in got), got


@pytest.mark.parametrize("text, kind", [
    ("France asked Hamas to take a concrete step towards a ceasefire.", ("ceasefire", "demand", "FRA")),
    ("Hamas said any agreement should lead to a lasting truce.", ("ceasefire", "demand", "HAMAS")),
])
def test_asking_for_steps_towards_a_term_still_asks_for_it(extractor, text, kind):
    assert kind in kinds(extractor, text)


# ----- what a side's terms are for, told apart from the noun (scopes.terms_goal) -------------------------------------
@pytest.mark.parametrize("text, goal, kept", [
    # through the terms' relative clause (the parser hangs it on "list")
    ("Mediators said the Burmese junta handed the Arakan Army a list of conditions that must be met for a truce.",
     "ceasefire", None),
    ("The Kachin rebels demanded the withdrawal of Burmese troops from Laiza and gave Beijing a list of conditions "
     "that must be fulfilled for a ceasefire to take hold.", "ceasefire", ("withdrawal", "demand", "KIA")),
    # terms with an owner, or in a list
    ("Officials in Addis Ababa said they would study the TPLF's list of demands for a ceasefire, which include the "
     "withdrawal of Eritrean troops.", "ceasefire", ("withdrawal", "demand", "TPLF")),
    ("Kinshasa rejected the M23's conditions for a withdrawal from Goma.", "withdrawal", None),
    # the price of another term that is asked for
    ("Hanoi demands the lifting of sanctions for a ceasefire.", "ceasefire", ("sanctions_relief", "demand", "VNM")),
])
def test_what_terms_are_for_is_no_term(extractor, text, goal, kept):
    got = kinds(extractor, text)
    assert not any(k[0] == goal for k in got), got
    # (where the sentence holds a term, it is still read: the goal is dropped, not the sentence)
    assert kept is None or kept in got, got


@pytest.mark.parametrize("text, kind", [
    # a bare demand for X still asks for X, whoever renews it
    ("The Houthis renewed their demands for a truce, a spokesman said.", ("ceasefire", "demand", "HOUTHIS")),
    ("Eritrea's foreign minister called for a ceasefire.", ("ceasefire", "demand", "ERI")),
    ("Hanoi demands the lifting of sanctions for a ceasefire.", ("sanctions_relief", "demand", "VNM")),
    # a series of terms after a list's "for" is what the list asks, not a goal
    ("The M23 issued a series of demands for an immediate truce and the withdrawal of Congolese troops.",
     ("ceasefire", "demand", "M23")),
    ("The Houthis issued a series of demands for an immediate ceasefire and the reopening of Sanaa airport.",
     ("ceasefire", "demand", "HOUTHIS")),
])
def test_a_demand_for_a_term_still_asks_for_it(extractor, text, kind):
    assert kind in kinds(extractor, text)


def test_what_guarantees_are_for_is_asked_for_too(extractor):
    # the price read off another term is only an act of both sides (mutual_types.txt): the rights are guaranteed
    got = kinds(extractor, "Moscow demanded security guarantees for the rights of Russian speakers in Ukraine.")
    assert ("minority_rights", "demand", "RUS") in got, got


def test_a_sides_demands_for_a_truce_ask_for_it(extractor):
    # an owner alone does not make the demands a set of terms for a goal: the rebels ask for the truce
    got = kinds(extractor, "Chad's junta ignored the rebels' demands for a ceasefire, a spokesman for the FACT said.")
    assert not any(k[0] == "ceasefire" and k[1] == "demand" and k[2] == "TCD" for k in got), got
    # the junta ignores the truce the rebels ask for (the rebels' own demand is not read: "the rebels'" names no
    # party until the FACT at the end)
    assert ("ceasefire", "reject", "TCD") in got, got
