"""What a refusal takes: a refusing verb refuses its object, and a term named under that object only when the object
puts the term forward or brings it about (a call, a plan, a deal, talks, the creation of ...). Refusing a ceremony,
a visa or a report that merely mentions a truce refuses no term. Sentences are our own, about Sudan, Chad, Ethiopia,
Mozambique, Nepal, Kashmir and Sri Lanka."""
import pytest

from conftest import run_text


def rejections(extractor, text):
    return [(c["type"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]
            if c["stance"] == "reject"]


def refuses_nothing(extractor, nlp_working, text):
    """No rejection, while the sentence still names a term (so the test fails if the term's words stop being read
    rather than passing on an empty record)."""
    named = {t for t, _, _, _ in nlp_working(text)._.pc_cond_mentions}
    return rejections(extractor, text) == [] and bool(named)


@pytest.mark.parametrize("text", [
    "The Sudanese army refused to attend the ceremony marking the truce anniversary.",
    "The Chadian junta declined an invitation to the summit on the ceasefire.",
    "Mozambique refused visas to the observers of the ceasefire in Cabo Delgado.",
    "The Ethiopian government rejected the findings of the commission on the ceasefire.",
    "The rebels refused to hand over the prisoners captured before the ceasefire.",
])
def test_a_refused_thing_that_only_mentions_a_term_refuses_no_term(extractor, nlp_working, text):
    assert refuses_nothing(extractor, nlp_working, text)


@pytest.mark.parametrize("text, expected", [
    ("The Sudanese army rejected the proposal for a truce.", ("ceasefire", "SDN")),
    ("The Chadian junta refused to accept a ceasefire with the rebels.", ("ceasefire", "TCD")),
    ("Kathmandu rejected calls for a withdrawal of the army from the villages.", ("withdrawal", "NPL")),
    ("Mozambique refused the insurgents' offer of a truce.", ("ceasefire", "MOZ")),
    ("Sri Lanka rejected the Tigers' demand for a separate state and a withdrawal of the army from the north.",
     ("withdrawal", "LKA")),
    ("The Myanmar junta rejected the ASEAN plan that called for a ceasefire.", ("ceasefire", "MMR")),
    ("The Nepalese army spurned the notion of a ceasefire with the Maoists.", ("ceasefire", "NPL")),
    ("Khartoum rejected any talk of a withdrawal from Darfur.", ("withdrawal", "SDN")),
    # an act that brings the term about carries it as a proposal does
    ("Kinshasa will not accept the establishment of a buffer zone run by the rebels.", ("demilitarization", "COD")),
])
def test_a_refusal_reaches_a_term_through_a_proposal_or_an_act(extractor, text, expected):
    assert expected in rejections(extractor, text)


# ----- talks refused by a negation of will: "will not", "would never", "not open to", "not interested in" ----------
@pytest.mark.parametrize("text, party", [
    ("The Chadian government will not sit down and negotiate with the FACT rebels, a spokesman said.", "TCD"),
    ("India would never sit down and negotiate with separatists in Kashmir who carry guns.", "IND"),
    ("The Ethiopian government is not interested in negotiating with the TPLF, a spokesman said.", "ETH"),
    ("Pakistan said it would not negotiate with the Taliban or any group that keeps its weapons.", "PAK"),
])
def test_a_negation_of_will_refuses_talks_with_a_side(extractor, text, party):
    assert ("negotiation_format", party) in rejections(extractor, text)


@pytest.mark.parametrize("text", [
    # what has not happened, a partner that is no side, a negation that waits on a term
    "Kathmandu has not negotiated with the Maoists since the spring.",
    "The Nepalese king has not sat down and negotiated with the Maoists since 2003.",
    "The Sri Lankan government did not talk to the Tigers in 2007.",
    '"We will not talk with anyone who wants to discuss the future of the king," the Nepalese army chief said.',
    "The Chadian government refused to negotiate with anyone who carries weapons.",
    "Jakarta will not negotiate with GAM until the rebels give up their demand for independence.",
])
def test_no_talks_are_refused_by_a_fact_or_without_a_side(extractor, text):
    assert not [r for r in rejections(extractor, text) if r[0] == "negotiation_format"]


def test_a_negation_carries_over_and_to_a_verb_that_shares_its_auxiliary(extractor):
    # "will not retreat and will fight on" has an auxiliary of its own: the fighting on is no refusal
    assert rejections(extractor, "The Bosnian Serbs will not retreat and will fight on, Karadzic said.") == []


# ----- idioms of refusal -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kathmandu turned a deaf ear to Maoist demands for a ceasefire.", ("ceasefire", "NPL")),
    ("Mozambique's government gave short shrift to the idea of a ceasefire with the insurgents.", ("ceasefire", "MOZ")),
    ("The Indian government has closed the door on third-party mediation in Kashmir.", ("negotiation_format", "IND")),
    ("Chad's junta stonewalled the rebels' demands for a ceasefire.", ("ceasefire", "TCD")),
    ("The Sri Lankan government said it was in no mood for a ceasefire with the Tigers.", ("ceasefire", "LKA")),
])
def test_idioms_of_refusal_refuse_what_they_take(extractor, text, expected):
    assert expected in rejections(extractor, text)


@pytest.mark.parametrize("text", [
    "The Chadian junta stonewalled the inquiry into the killings during the ceasefire.",
    "The door on the ceasefire talks was closed by the fire in the hall.",
])
def test_idioms_of_refusal_refuse_no_term_they_only_mention(extractor, nlp_working, text):
    assert refuses_nothing(extractor, nlp_working, text)


def test_an_ignored_demand_is_not_the_ignorers_demand(extractor):
    # the refusal idiom takes the demand; before it, the demand was read as the subject's own
    conds = run_text(extractor, "Kathmandu turned a deaf ear to Maoist demands for a ceasefire.")["conditions"]
    assert ("demand", "NPL") not in [(c["stance"], (c["by"] or {}).get("party")) for c in conds]


# ----- a deal refused whatever it is, by what it would hold ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Addis Ababa said it would not sign any agreement that included a withdrawal of its troops from Tigray.",
     ("withdrawal", "ETH")),
    ("Addis Ababa said it would not sign any agreement that included an international tribunal.",
     ("reparations", "ETH")),
    ("Kathmandu will accept no peace deal that involves a withdrawal of the army to its barracks.",
     ("withdrawal", "NPL")),
])
def test_a_negation_reaches_what_any_deal_it_refuses_would_hold(extractor, text, expected):
    assert expected in rejections(extractor, text)


@pytest.mark.parametrize("text", [
    # a deal that is one deal in particular, a relative clause that says when or where
    "The Sudanese army did not sign the agreement that included a ceasefire.",
    "The Sudanese army will not attend the talks, which include a ceasefire on the agenda.",
])
def test_a_negation_stops_at_a_relative_clause_of_one_deal(extractor, nlp_working, text):
    assert refuses_nothing(extractor, nlp_working, text)


# ----- a refusal weighed is not stated ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Sudanese army is considering rejecting the proposal for a truce.",
    "Jakarta is ready to consider the rejection of a referendum in Aceh.",
    "The Chadian junta weighed turning down the ceasefire offered by the rebels.",
])
def test_a_refusal_a_verb_of_weighing_takes_is_no_refusal(extractor, nlp_working, text):
    assert refuses_nothing(extractor, nlp_working, text)


def test_a_refusal_after_weighing_stands(extractor):
    text = "The Sudanese army rejected the proposal for a truce after considering it for a week."
    assert ("ceasefire", "SDN") in rejections(extractor, text)


# ----- "will not accept any deal if it involves X": X refused, not demanded ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Islamabad will not accept any deal with India if it involves a withdrawal of its troops from Kashmir.",
     ("withdrawal", "PAK")),
    ("The Chadian junta said it would reject any settlement if it meant elections within a year.",
     ("elections", "TCD")),
    ("Addis Ababa will not sign an agreement if it includes an international tribunal.", ("reparations", "ETH")),
])
def test_an_if_clause_of_what_a_refused_deal_holds_refuses_it(extractor, text, expected):
    conds = run_text(extractor, text)["conditions"]
    assert expected in [(c["type"], (c["by"] or {}).get("party")) for c in conds if c["stance"] == "reject"]
    assert expected not in [(c["type"], (c["by"] or {}).get("party")) for c in conds if c["stance"] == "demand"]


@pytest.mark.parametrize("text, expected", [
    # "only if" sets the term; so does a condition on another side's act
    ("Jakarta will sign the accord only if it includes a withdrawal of the rebels from the towns.",
     ("withdrawal", "IDN")),
    ("Kathmandu will not negotiate if the Maoists do not lay down their arms.", ("demilitarization", "NPL")),
])
def test_an_if_clause_that_sets_a_term_stays_a_demand(extractor, text, expected):
    conds = run_text(extractor, text)["conditions"]
    assert expected in [(c["type"], (c["by"] or {}).get("party")) for c in conds if c["stance"] == "demand"]


# ----- "no chance that we will accept X" refuses; "no chance that the truce will hold" judges --------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kathmandu said there was no chance that it would accept a ceasefire with the Maoists.", ("ceasefire", "NPL")),
    ('"There is no way we will withdraw our troops from the glacier," the Indian defence minister said.',
     ("withdrawal", "IND")),
    ('"There is no prospect whatsoever for us to lay down our arms before the talks," the FARC commander said.',
     ("demilitarization", "FARC")),
])
def test_no_chance_that_the_side_will_give_in_refuses(extractor, text, expected):
    assert expected in rejections(extractor, text)


@pytest.mark.parametrize("text", [
    "There was no chance that the ceasefire would hold, the UN envoy said.",
    "There was no way the ceasefire would hold, the UN envoy said.",
    "There is no chance that the elections will be held on time, the Chadian electoral commission said.",
    "There is no hope that the Ethiopian troops will leave Tigray soon, residents said.",
    "There is no prospect of a ceasefire in Darfur this year, analysts said.",
    "It is unlikely that Khartoum will accept a ceasefire.",
])
def test_no_chance_of_an_event_is_an_assessment(extractor, text):
    assert [c for c in run_text(extractor, text)["conditions"] if c["stance"] in {"reject", "offer"}] == []


# ----- another side's demand under a negation of will: refused, and still its owner's --------------------------------
@pytest.mark.parametrize("text, refused", [
    ("The Sri Lankan government said it had no intention of meeting the Tigers' demand for a separate state or a "
     "withdrawal of the army.", ("withdrawal", "LKA")),
    ("The Sudanese army is unwilling to meet the RSF's demand for a withdrawal from Khartoum.", ("withdrawal", "SDN")),
    ("The Sudanese army will not meet the RSF's demand for a withdrawal from Khartoum.", ("withdrawal", "SDN")),
])
def test_a_negation_of_will_refuses_the_demand_its_verb_takes(extractor, text, refused):
    conds = run_text(extractor, text)["conditions"]
    assert refused in [(c["type"], (c["by"] or {}).get("party")) for c in conds if c["stance"] == "reject"]
    assert refused not in [(c["type"], (c["by"] or {}).get("party")) for c in conds if c["stance"] == "demand"]


def test_a_demand_not_met_is_a_fact(extractor):
    conds = run_text(extractor, "The Sudanese army has not met the RSF's demand for a withdrawal from Khartoum.")
    assert [c for c in conds["conditions"] if c["stance"] == "reject"] == []


@pytest.mark.parametrize("text, expected", [
    ("A withdrawal of the army from Aceh is a redline for Jakarta, the Indonesian minister said.",
     ("withdrawal", "IDN")),
    ('"Withdrawing our troops from the glacier is a red-line," the Indian defence minister said.',
     ("withdrawal", "IND")),
])
def test_a_red_line_in_any_spelling_refuses(extractor, text, expected):
    assert expected in rejections(extractor, text)


# ----- a possible step judged a harm is refused ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Chadian president said it would be a mistake to agree to a ceasefire with the rebels now.",
     ("ceasefire", "TCD")),
    ("It would be a disaster if the army withdrew from the border towns, the Nepalese defence minister said.",
     ("withdrawal", "NPL")),
    ("The Indian foreign minister said a plebiscite in Kashmir would be a catastrophe.", ("elections", "IND")),
])
def test_a_step_judged_a_harm_is_refused(extractor, text, expected):
    conds = run_text(extractor, text)["conditions"]
    assert expected in [(c["type"], (c["by"] or {}).get("party")) for c in conds if c["stance"] == "reject"]
    assert not [c for c in conds if c["stance"] in {"demand", "offer"} and c["type"] == expected[0]]


def test_what_a_harmful_step_would_lack_is_the_condition(extractor):
    text = ("It would be a failure for everyone if the fighting in Tigray ended without security guarantees, the "
            "Ethiopian prime minister said.")
    conds = [(c["stance"], c["type"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]]
    assert ("reject", "ceasefire", "ETH") in conds and ("demand", "security_guarantees", "ETH") in conds


@pytest.mark.parametrize("text", [
    # what happened, judged; a harm if a side does NOT act sets the act
    "The ceasefire in Aceh was a failure, the report said.",
    "It would be a disaster if the ELN did not free the hostages before the ceasefire, Bogota said.",
])
def test_a_harm_told_or_a_harm_of_not_acting_refuses_nothing(extractor, nlp_working, text):
    assert refuses_nothing(extractor, nlp_working, text)


# ----- a "no" that reports how things stand --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Not a single soldier has left the enclave, the Bosniak leader said.",
    "There has been no progress on the withdrawal of foreign fighters, the UN envoy said.",
    "There is no sign of a ceasefire in Darfur, aid workers said.",
])
def test_a_no_of_how_things_stand_refuses_nothing(extractor, nlp_working, text):
    assert refuses_nothing(extractor, nlp_working, text)


@pytest.mark.parametrize("text, expected", [
    ("There will be no withdrawal of our troops from the glacier, the Indian defence minister said.",
     ("withdrawal", "IND")),
    ("There will be no compromise on a withdrawal from the glacier, the Indian defence minister said.",
     ("withdrawal", "IND")),
])
def test_a_no_on_the_term_or_a_compromise_refuses(extractor, text, expected):
    assert expected in rejections(extractor, text)
