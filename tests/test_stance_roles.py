"""What a stance cue's own role words do under a refusal (conditions/clauses.refused_role, negation.double_negative,
the summing-up refusal rows of patterns/stance_cues.jsonl). Every sentence is our own, on other actors and conflicts
than the articles the rules were tuned on."""
import pytest

from conftest import conds, find


# ----- "X as a precondition" under a refusal: the refusal speaks -----------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("Pyongyang rejected denuclearisation as a precondition for talks with Seoul.", "PRK"),
    ("Hezbollah said it would not disarm as a precondition for talks with Beirut.", "HEZBOLLAH"),
    ("The PKK will not give up its weapons as a precondition for negotiations, a spokesman said.", "PKK"),
    ("There is no chance of the ELN agreeing to hand over its rifles as a precondition for talks, the group's "
     "commander said.", "ELN"),
])
def test_a_precondition_role_under_a_refusal_is_refused(extractor, text, party):
    cs = conds(extractor, text)
    assert find(cs, "demilitarization", "reject", party), cs
    assert not find(cs, "demilitarization", "demand"), cs


@pytest.mark.parametrize("text, party", [
    # the same role words under a demanding verb still demand
    ("Israel demanded the disarmament of Hamas as a precondition for any deal.", "ISR"),
    ("The Sudanese army insists on the withdrawal of the RSF as a precondition for talks.", "SDN"),
])
def test_a_precondition_role_under_a_demand_still_demands(extractor, text, party):
    cs = conds(extractor, text)
    type_ = "demilitarization" if "disarmament" in text else "withdrawal"
    assert find(cs, type_, "demand", party), cs
    assert not find(cs, type_, "reject"), cs


# ----- two negations affirm ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Ethiopian foreign minister said there is no dispute with Cairo that cannot be settled through direct talks.",
    "There is nothing that cannot be settled through direct talks, Baku said.",
])
def test_a_negation_on_a_noun_no_already_denies_refuses_nothing(extractor, nlp_working, text):
    cs = conds(extractor, text)
    # the talks are still read as a term: what is tested is the stance, not a missed word
    assert "negotiation_format" in {t for t, _, _, _ in nlp_working(text)._.pc_cond_mentions}
    assert not [c for c in cs if c["stance"] == "reject"], cs


def test_no_deal_that_does_not_include_x_still_demands_x(extractor):
    cs = conds(extractor, "Kinshasa said there could be no deal which did not provide for the withdrawal of "
                          "Rwandan troops.")
    assert find(cs, "withdrawal", "demand", "COD"), cs


# ----- "X, a demand Y rejected": the summing-up noun looks back at the clause ----------------------------------------
@pytest.mark.parametrize("text, type_, demander, refuser", [
    ("Armenia called for a ceasefire, a proposal Baku rejected.", "ceasefire", "ARM", "AZE"),
    ("Armenia called for a ceasefire, a proposal which Baku turned down.", "ceasefire", "ARM", "AZE"),
    ("Hamas demands a full Israeli withdrawal from Gaza, a demand Netanyahu has repeatedly rejected.", "withdrawal",
     "HAMAS", "ISR"),
    ("The TPLF wants a ceasefire, an idea Ethiopia has ruled out.", "ceasefire", "TPLF", "ETH"),
    # a modal row's "needs" holds nobody until the refusal looking back gives it to the verb's subject
    ("The TPLF needs a ceasefire, an idea Ethiopia has ruled out.", "ceasefire", "TPLF", "ETH"),
    ("The Polisario Front wants a referendum on independence, a step Morocco opposes.", "elections", "POLISARIO",
     "MAR"),
])
def test_a_summing_up_noun_with_a_refusal_refuses_the_clause_before_it(extractor, text, type_, demander, refuser):
    cs = conds(extractor, text)
    assert find(cs, type_, "reject", refuser), cs
    assert find(cs, type_, "demand", demander), cs
    assert not find(cs, type_, "reject", demander), cs


# ----- "the conditions for X are not in place": X put off, a refusal for now -----------------------------------------
@pytest.mark.parametrize("text, party", [
    ("The Sudanese army chief told the envoy that conditions for a truce were not in place.", "SDN"),
    ("Burhan said the conditions for a ceasefire had not been met.", "SDN"),
    ("Putin said the conditions for a cease-fire are not yet ripe.", "RUS"),
])
def test_conditions_for_a_term_not_in_place_refuse_it_for_now(extractor, text, party):
    cs = conds(extractor, text)
    assert find(cs, "ceasefire", "reject", party), cs
    assert not find(cs, "ceasefire", "demand"), cs


@pytest.mark.parametrize("text", [
    "The mediator said the conditions for a ceasefire are in place.",
    "Burhan said the army would accept a ceasefire if those conditions were met.",
])
def test_conditions_in_place_or_met_refuse_nothing(extractor, nlp_working, text):
    assert "ceasefire" in {t for t, _, _, _ in nlp_working(text)._.pc_cond_mentions}
    assert not find(conds(extractor, text), "ceasefire", "reject"), conds(extractor, text)


# ----- refusing to let a demand go insists on it ---------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("The Polisario Front says it will not give up its demand for a referendum.", "elections", "POLISARIO"),
    ("The TPLF refuses to drop its demand for the withdrawal of Eritrean troops.", "withdrawal", "TPLF"),
    ("Kinshasa has not abandoned its call for a ceasefire.", "ceasefire", "COD"),
    ("Hamas will never abandon its demand for a full Israeli withdrawal.", "withdrawal", "HAMAS"),
])
def test_refusing_to_drop_a_demand_insists_on_it(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs
    assert not find(cs, type_, "reject"), cs


@pytest.mark.parametrize("text, type_, party", [
    # dropping one's demand, or asking another side to drop its demand, still refuses it
    ("The Polisario Front gave up its demand for a referendum.", "elections", "POLISARIO"),
    ("Ramaphosa urged the M23 to abandon its call for the withdrawal of Burundian troops.", "withdrawal", "ZAF"),
])
def test_dropping_a_demand_refuses_it(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "reject", party), cs


# ----- "no X without Y", "will not accept X without Y": X is what Y is for (condition_markers.txt) --------------------
@pytest.mark.parametrize("text, goal, term, party", [
    ("Kyiv said there can be no ceasefire without security guarantees.", "ceasefire", "security_guarantees", "UKR"),
    ("The M23 said it would accept no ceasefire without direct talks with Kinshasa.", "ceasefire",
     "negotiation_format", "M23"),
    ("The Polisario said there would be no truce without a referendum on independence.", "ceasefire", "elections",
     "POLISARIO"),
    ("Kyiv said there would be no ceasefire without the withdrawal of Russian troops.", "ceasefire", "withdrawal",
     "UKR"),
    ("Zelensky said Kyiv would never accept a truce without security guarantees.", "ceasefire",
     "security_guarantees", "UKR"),
])
def test_what_no_x_without_y_names_first_is_the_goal(extractor, text, goal, term, party):
    cs = conds(extractor, text)
    assert find(cs, term, "demand", party), cs
    assert not find(cs, goal, "demand") and not find(cs, goal, "offer"), cs


def test_accepting_no_term_offers_none(extractor):
    # the "no" on the accepting verb's object denies the offer; the term it waits on is still asked for
    cs = conds(extractor, "The Houthis said they would accept no truce without a Saudi withdrawal.")
    assert not find(cs, "ceasefire", "offer"), cs
    assert find(cs, "withdrawal", "demand", "HOUTHIS"), cs


# ----- a meeting holds no stance: a negated outcome of talks refuses nothing -----------------------------------------
@pytest.mark.parametrize("text", [
    "The Doha talks did not produce a ceasefire, mediators said.",
    "Qatar said the negotiations would not lead to a ceasefire soon.",
    "The Addis Ababa meeting did not produce a truce.",
])
def test_a_negated_outcome_of_a_meeting_refuses_nothing(extractor, nlp_working, text):
    assert "ceasefire" in {t for t, _, _, _ in nlp_working(text)._.pc_cond_mentions}
    assert not find(conds(extractor, text), "ceasefire", "reject"), conds(extractor, text)


def test_a_side_that_will_not_agree_at_the_talks_still_refuses(extractor):
    cs = conds(extractor, "Moscow said it would not agree to a ceasefire at the talks in Istanbul.")
    assert find(cs, "ceasefire", "reject", "RUS"), cs
