"""How far a refusal reaches (conditions/scopes.py and the scope rules it feeds): a refusal of talks as such, and the
words inside a refusal's window that it does not refuse. Every sentence is our own, on other actors and conflicts
than the articles the rules were tuned on."""
import pytest

from conftest import conds, find


# ----- talks refused as such -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("Pyongyang rejected any talks with Seoul on Tuesday.", "PRK"),
    ("Pyongyang rejected any talks.", "PRK"),
    ("Baku refused to join the negotiations in Vienna.", "AZE"),
    ("The Malian junta declined to take part in the Algiers talks.", "MLI"),
    ("Belgrade turned down an offer of talks from Pristina.", "SRB"),
    ("Yerevan has ruled out negotiations with Baku for now.", "ARM"),
])
def test_talks_refused_as_such_are_a_format_rejection(extractor, text, party):
    assert find(conds(extractor, text), "negotiation_format", "reject", party), conds(extractor, text)


@pytest.mark.parametrize("text", [
    # a negation states a fact about talks, it refuses none
    "The Kachin rebels have not held talks with the junta since March.",
    "Baku and Yerevan did not resume negotiations after the border clashes.",
    # the talks are not what is refused
    "Tbilisi rejected claims that the negotiations had collapsed.",
    "Pristina dismissed a report about the talks in Brussels as false.",
])
def test_talks_near_a_refusal_are_not_refused(extractor, text):
    assert not find(conds(extractor, text), "negotiation_format", "reject"), conds(extractor, text)


def test_refusing_talks_as_such_sets_no_form_of_its_own(extractor):
    # ruling out one form sets the other ("ruled out direct talks" keeps its demand); refusing talks sets none
    cs = conds(extractor, "Pyongyang rejected any talks with Seoul on Tuesday.")
    assert not find(cs, "negotiation_format", "demand"), cs
    cs = conds(extractor, "Baku ruled out direct talks with Yerevan on Tuesday.")
    assert find(cs, "negotiation_format", "demand", "AZE"), cs


def test_a_participle_after_a_subordinate_clause_speaks_of_the_main_clause(extractor):
    # the parser hangs "rejecting" off "leave"; the one who rejects is the one who ruled the truce out
    cs = conds(extractor, "Azerbaijan's president ruled out a truce until Armenian forces leave, rejecting talks "
                          "in Vienna.")
    assert find(cs, "negotiation_format", "reject", "AZE"), cs
    assert not find(cs, "negotiation_format", "reject", "ARM"), cs


# ----- a negation does not reach into an indirect question -----------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Yerevan does not know which security guarantees Moscow would give.", "security_guarantees"),
    ("Armenia will not discuss the question of whether Azerbaijan recognises its borders.", "territorial_recognition"),
    ("The junta does not know when the rebels will withdraw from the mines.", "withdrawal"),
])
def test_a_negation_refuses_nothing_in_an_indirect_question(extractor, text, type_):
    assert not find(conds(extractor, text), type_, "reject"), conds(extractor, text)


@pytest.mark.parametrize("text, type_, party", [
    ("Serbia will not recognise Kosovo, which declared independence in 2008.", "territorial_recognition", "SRB"),
    ("Kyiv will never recognise the annexation of Crimea, whatever Moscow says.", "territorial_recognition", "UKR"),
    ("Israel will not withdraw from the Philadelphi corridor, Netanyahu said.", "withdrawal", "ISR"),
])
def test_a_negation_still_refuses_its_own_clause(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party), conds(extractor, text)


# ----- a relative refusal looks back at its antecedent ---------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Tbilisi says a Russian withdrawal from Abkhazia is no longer a precondition for talks, even as it presses its "
     "own plan, which Moscow has rejected.", "withdrawal"),
    ("Pristina says recognition of Kosovo by Serbia is no longer a precondition for the talks, even as it presses its "
     "own plan, which Belgrade has rejected.", "territorial_recognition"),
])
def test_a_relative_refusal_refuses_its_antecedent_not_the_clause_before(extractor, text, type_):
    cs = conds(extractor, text)
    assert not find(cs, type_, "reject"), cs


@pytest.mark.parametrize("text, type_, party", [
    ("Pristina demanded recognition and a withdrawal of Serbian police, which Belgrade rejected.", "withdrawal",
     "SRB"),
    ("The ELN demanded a bilateral ceasefire, which Bogota rejected.", "ceasefire", "COL"),
])
def test_a_relative_refusal_still_refuses_its_antecedent(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party), conds(extractor, text)


# ----- the one made unwilling refuses, not the one who made it -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Air raids ordered by Naypyidaw left the Karen militia unwilling to lay down their arms.",
    "Air strikes ordered by Naypyidaw made them unwilling to lay down their arms.",
])
def test_a_causer_holds_no_refusal_of_the_one_it_makes_unwilling(extractor, text):
    cs = conds(extractor, text)
    assert not find(cs, "demilitarization", "reject", "SDN"), cs
    assert not find(cs, "demilitarization", "reject", "MMR"), cs


def test_the_one_made_unwilling_refuses_when_the_story_names_its_side(extractor):
    cs = conds(extractor, "Attacks by Russian forces on the grid made Kyiv unwilling to accept a ceasefire.")
    assert find(cs, "ceasefire", "reject", "UKR"), cs


# ----- what talks are for is their goal ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Juba's envoy said the government accepted talks on a truce, not mediation to halt the clashes in Upper Nile.",
    "Naypyidaw rejected mediation to halt the fighting in Rakhine.",
])
def test_the_goal_of_refused_talks_is_not_refused(extractor, text):
    assert not find(conds(extractor, text), "ceasefire", "reject"), conds(extractor, text)


def test_talks_refused_with_their_goal_are_still_refused(extractor):
    cs = conds(extractor, "Moscow rejected talks to halt the fighting in the Donbas.")
    assert find(cs, "negotiation_format", "reject", "RUS"), cs
    assert not find(cs, "ceasefire", "reject"), cs


# ----- a negation that describes states no stance --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a restrictive relative clause says which states are meant
    "Beijing lobbied the capitals that do not recognise Taiwan's independence.",
    "Ankara lobbied the governments that do not recognise the Turkish Cypriot state.",
    # an absolute clause after "with" states a circumstance
    "Relations with Belgrade remain tense, with the deals not implemented and recognition of Kosovo far off.",
])
def test_a_negation_that_describes_refuses_nothing(extractor, text):
    cs = conds(extractor, text)
    assert not find(cs, "territorial_recognition", "reject"), cs


def test_a_non_restrictive_relative_negation_is_still_a_stance(extractor):
    cs = conds(extractor, "Serbia, which does not recognise Kosovo's independence, protested on Monday.")
    assert find(cs, "territorial_recognition", "reject", "SRB"), cs


# ----- sanctions kept: a refusal of relief only where relief is asked for --------------------------------------------
@pytest.mark.parametrize("text", [
    "Washington will extend its sanctions on Caracas for another year, the Treasury said.",
    "London said it would keep the sanctions on Minsk in place.",
])
def test_sanctions_kept_with_no_one_asking_for_relief_are_a_policy(extractor, text):
    assert not find(conds(extractor, text), "sanctions_relief", "reject"), conds(extractor, text)


def test_sanctions_kept_after_a_side_asks_for_relief_refuse_it(extractor):
    cs = conds(extractor, "Minsk demanded the lifting of sanctions as a condition for releasing prisoners. London "
                          "said it would keep the sanctions on Minsk in place.")
    assert find(cs, "sanctions_relief", "demand", "BLR"), cs
    assert find(cs, "sanctions_relief", "reject", "GBR"), cs


# ----- refusing to end the war ---------------------------------------------------------------------------------------
def test_a_side_that_will_not_end_the_war_refuses_the_ceasefire_another_side_asks_for(extractor):
    cs = conds(extractor, "The Tigrayan leadership demanded an immediate ceasefire. Addis Ababa said it would not "
                          "pull its troops out of Mekelle or end the offensive until the rebels surrender.")
    assert find(cs, "ceasefire", "reject", "ETH"), cs
    assert find(cs, "ceasefire", "demand", "TPLF"), cs


@pytest.mark.parametrize("text", [
    # nobody asks for a ceasefire: a plan, no rejection
    "Addis Ababa said it would not end the offensive until the rebels surrender.",
    # the end of the war asked for is the goal of talks, no ceasefire demand or refusal
    "The African Union called on both sides to end the war in Tigray.",
    "The minister said the plan would end the war by winter.",
])
def test_ending_the_war_is_no_term_by_itself(extractor, text):
    cs = conds(extractor, text)
    assert not find(cs, "ceasefire", "reject") and not find(cs, "ceasefire", "demand"), cs


def test_a_negation_carries_over_or(extractor):
    cs = conds(extractor, "Pashinyan said Yerevan would not sign the document or recognise Karabakh as part of "
                          "Azerbaijan.")
    assert find(cs, "territorial_recognition", "reject", "ARM"), cs


# ----- what follows "as a precondition for" is more of the goal ------------------------------------------------------
def test_the_goal_a_precondition_serves_is_not_demanded(extractor):
    cs = conds(extractor, "The ELN demanded the release of its fighters as a precondition for peace and a ceasefire.")
    assert not find(cs, "ceasefire", "demand"), cs


def test_what_is_named_a_precondition_is_still_demanded(extractor):
    cs = conds(extractor, "The ELN named a bilateral ceasefire as a precondition for any peace deal.")
    assert find(cs, "ceasefire", "demand", "ELN"), cs


# ----- a side does not refuse what it demands itself -----------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Colombia's president said local elections must be held in the Catatumbo region. Petro said the government will "
     "never hold elections while armed groups control the towns.", "elections", "COL"),
    ("The Kremlin demands that Kyiv recognise the new territorial realities. Putin said Moscow would never give up "
     "the annexed regions.", "territorial_recognition", "RUS"),
])
def test_a_side_refusing_a_form_of_its_own_demand_keeps_the_demand(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs
    assert not find(cs, type_, "reject", party), cs


def test_another_sides_refusal_of_a_demand_stands(extractor):
    cs = conds(extractor, "The Kremlin demands that Kyiv recognise the new territorial realities. Zelensky said "
                          "Ukraine would never give up the occupied regions.")
    assert find(cs, "territorial_recognition", "demand", "RUS"), cs
    assert find(cs, "territorial_recognition", "reject", "UKR"), cs
