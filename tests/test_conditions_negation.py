"""Negation cues (conditions/negation.py): a side negating a condition in its own voice refuses it; a negation's scope
is the clause of the predicate it negates; a negated fact about another side, a negation that is the condition's
own content, a description, a condition clause and double negations refuse nothing. Every sentence here is our
own, about other conflicts than the ones the rules were tuned on."""
import pytest

from conftest import run_text


def conds(extractor, text):
    return run_text(extractor, text)["conditions"]


def find(cs, type_, stance, party="__any__"):
    return [c for c in cs if c["type"] == type_ and c["stance"] == stance
            and (party == "__any__" or (c["by"] or {}).get("party") == party)]


# ----- a side negating a concession of its own refuses it -----------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    # a passive: the scope reaches back to the subject the negated verb takes; its agent refuses
    ("Kosovo's independence will never be recognized by Belgrade, Vucic said.", "territorial_recognition", "SRB"),
    ("“The annexation of the region will not be recognized,” Pashinyan said.", "territorial_recognition", "ARM"),
    ("“Our army will not be disbanded,” the RSF commander said.", "demilitarization", "RSF"),
    ("“Sanctions will not be lifted,” the EU foreign policy chief said.", "sanctions_relief", "EU"),
    # "no" determining the subject of a passive: the clause it opens, however long its list
    ("No limits can be placed on the size, structure or equipment of the Armenian army, the Armenian defence "
     "ministry said.", "demilitarization", "ARM"),
    # the object the negated verb takes, beyond the negation's token window
    ("“Armenia does not undertake any obligation to be neutral,” Pashinyan said.", "nato_neutrality", "ARM"),
    ("“We will never hand over our weapons to the government,” the ELN commander said.", "demilitarization", "ELN"),
    ("“There can be no ceasefire,” the RSF commander said.", "ceasefire", "RSF"),
    # "no compromise on territorial integrity": the concession of territory, refused
    ("“There will be no concessions on our territorial integrity,” Pashinyan said.", "territorial_recognition", "ARM"),
    ("Aliyev said there would be “no compromise on sovereignty or territorial integrity” at the talks.",
     "territorial_recognition", "AZE"),
    # "No X should be Y": a prohibition with its negation on the subject
    ("“No sanctions should be lifted,” the EU foreign policy chief said.", "sanctions_relief", "EU"),
    # an aside between the negation and its verb does not end the scope
    ("“Serbia will not, under any circumstances, recognize Kosovo's independence,” Vucic said.",
     "territorial_recognition", "SRB"),
    # "no longer insists on X" drops the demand (as "abandon the push for X")
    ("Yerevan no longer insists on the withdrawal of Azerbaijani troops, Pashinyan said.", "withdrawal", "ARM"),
    # neither ... nor: each conjunct negated, the one "nor" opens too
    ("Hamas said it would neither disarm nor withdraw its fighters.", "withdrawal", "HAMAS"),
    ("“We will not disarm, nor will we withdraw our forces,” the ELN commander said.", "withdrawal", "ELN"),
    # a negated predicate of assent or occurrence refuses its subject
    ("“The withdrawal of our troops from the border is not acceptable,” Aliyev said.", "withdrawal", "AZE"),
    ("“A ceasefire with the RSF is not going to happen,” Burhan said.", "ceasefire", "SDN"),
    # "has no right to (demand) X", whoever has none: the speaker denies the claim (a negated fact it is not)
    ("“Azerbaijan has no right to demand territorial concessions from Armenia,” Pashinyan said.",
     "territorial_recognition", "ARM"),
    ("“A withdrawal from the border is not something we will discuss,” Aliyev said.", "withdrawal", "AZE"),
    ("“Disarmament is not on our agenda,” the ELN commander said.", "demilitarization", "ELN"),
    ("“Recognizing the annexation is not possible for us,” Pashinyan said.", "territorial_recognition", "ARM"),
    ("“The demilitarization of our border regions cannot be part of any deal,” Aliyev said.", "demilitarization",
     "AZE"),
    # a dismissive predicate: an illusion, wishful thinking
    ("Aliyev said Yerevan's idea of getting Baku to pay damages was an illusion.", "reparations", "AZE"),
])
def test_a_side_negating_its_own_concession_refuses_it(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "reject", party), cs


# ----- what a negation does not refuse -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    # a negated fact about another side, said by its adversary
    ("“Azerbaijan has not withdrawn its troops from Armenian territory,” Pashinyan said.", "withdrawal"),
    ("“M23 has not withdrawn from Bunagana,” the Congolese government said.", "withdrawal"),
    ("“Hamas has not disarmed,” the Israeli prime minister said.", "demilitarization"),
    ("“They have not withdrawn their troops from our territory,” Pashinyan said.", "withdrawal"),
    # a negated participle describes; a narrated passive with no agent names nobody who refuses
    ("Morocco's annexation of Western Sahara, a move not recognized by most states, was discussed at the summit.",
     "territorial_recognition"),
    ("Armenia's claims over the region are not recognized by most countries.", "territorial_recognition"),
    # a violation is no refusal: the negated verb is not the condition's own
    ("The truce was not respected by the RSF, the army said.", "ceasefire"),
    # a past occurrence is a report
    ("The ceasefire was not part of the agreement, officials said.", "ceasefire"),
    ("The ceasefire did not happen, the mediators said.", "ceasefire"),
    # a negation waiting on a condition names a goal
    ("Elections will not be held in Armenia until the border is demarcated, Pashinyan said.", "elections"),
    ("The Polisario Front said it had laid down no preconditions for a truce.", "ceasefire"),
    # double negations and idioms
    ("“We are not against a ceasefire,” the Sudanese army chief said.", "ceasefire"),
    ("Bogota has not ruled out a ceasefire with the ELN, the Colombian president said.", "ceasefire"),
    ("The RSF has not yet agreed to a ceasefire, the mediators said.", "ceasefire"),
    # a negation inside the condition's own phrase is what it says, not a refusal of it
    ("Moldova will not join NATO, the Moldovan president said.", "nato_neutrality"),
    # a negated passive in a clause the condition's noun takes is what the condition says
    ("Hamas is ready to release the hostages in return for guarantees that Gaza would not be attacked again, a Hamas "
     "official said.", "security_guarantees"),
    ("Hezbollah will demand guarantees that its villages will never be attacked again, the group said.",
     "security_guarantees"),
])
def test_a_negation_that_refuses_nothing(extractor, text, type_):
    cs = conds(extractor, text)
    assert not find(cs, type_, "reject"), cs


def test_a_compromise_refused_on_territory_offers_no_territory(extractor):
    cs = conds(extractor, "“We are ready for compromise on many issues, but not on territorial integrity,” Vucic said.")
    assert not find(cs, "territorial_recognition", "offer"), cs


@pytest.mark.parametrize("text, type_, stance", [
    ("The RSF has not yet agreed to a ceasefire, the mediators said.", "ceasefire", "offer"),
    # a negated subject negates the verb
    ("Neither Baku nor Yerevan has agreed to a ceasefire, the mediators said.", "ceasefire", "offer"),
    ("Neither side has demanded a withdrawal, the mediators said.", "withdrawal", "demand"),
])
def test_no_stance_when_its_verb_is_negated(extractor, text, type_, stance):
    cs = conds(extractor, text)
    assert not find(cs, type_, stance), cs


def test_a_prohibition_of_what_the_mention_negates_demands_it(extractor):
    # "must not join the alliance" is neutrality demanded of the obliged side, not the speaker refusing it
    cs = conds(extractor, "“Azerbaijan must not join the alliance,” Pashinyan said.")
    assert find(cs, "nato_neutrality", "demand", "ARM"), cs
    assert not find(cs, "nato_neutrality", "reject"), cs


def test_a_refusal_the_demand_takes_as_its_object_is_demanded(extractor):
    cs = conds(extractor, "Baku insists on Armenia's refusal to host foreign troops and on its non-accession to NATO.")
    assert find(cs, "nato_neutrality", "demand", "AZE"), cs
    assert not find(cs, "nato_neutrality", "reject"), cs


def test_a_negated_fact_leaves_the_demand_standing(extractor):
    # the speaker's demand stays; the negated report of the other side's conduct refuses nothing
    cs = conds(extractor, "Yerevan demanded the withdrawal of Azerbaijani troops, which Baku has not withdrawn, "
                          "Pashinyan said.")
    assert find(cs, "withdrawal", "demand", "ARM"), cs
    assert not find(cs, "withdrawal", "reject", "ARM"), cs


def test_no_x_should_until_y_demands_only_y(extractor):
    cs = conds(extractor, "“No sanctions should be lifted until Russia withdraws,” the EU foreign policy chief said.")
    assert find(cs, "withdrawal", "demand", "EU"), cs
    assert not find(cs, "sanctions_relief", "demand") and not find(cs, "sanctions_relief", "reject"), cs


def test_a_side_that_cannot_be_part_of_any_deal_is_kept_from_the_table(extractor):
    cs = conds(extractor, "“Hamas cannot be part of any deal,” Netanyahu said.")
    assert find(cs, "negotiation_format", "demand", "ISR") and not find(cs, "negotiation_format", "reject"), cs


def test_a_demand_no_longer_made_is_no_demand(extractor):
    cs = conds(extractor, "“We are no longer demanding a ceasefire,” the RSF spokesman said.")
    # read as a refusal by the side that dropped it (docs/conditions.md, stage 4: negation)
    assert not find(cs, "ceasefire", "demand") and find(cs, "ceasefire", "reject", "RSF"), cs


def test_every_right_to_demand_is_a_demand(extractor):
    cs = conds(extractor, "“Armenia has every right to demand the withdrawal of Azerbaijani troops,” Pashinyan said.")
    assert find(cs, "withdrawal", "demand", "ARM") and not find(cs, "withdrawal", "reject"), cs


def test_a_supposed_negation_refuses_nothing(extractor):
    cs = conds(extractor, "If Belgrade does not recognize Kosovo's independence, the talks will fail, Kurti said.")
    assert not find(cs, "territorial_recognition", "reject"), cs


def test_the_scope_ends_where_another_clause_opens(extractor):
    # the relative clause is a clause of its own: the negation of "come" does not reach the withdrawal it names
    cs = conds(extractor, "“We did not come to Doha for talks that would require the withdrawal of our forces,” "
                          "the RSF commander said.")
    assert not find(cs, "withdrawal", "reject"), cs


def test_negation_scope_follows_the_parse(nlp_working):
    from peacecond.conditions import negation

    doc = nlp_working("Kosovo's independence will never be recognized by Belgrade, Vucic said.")
    never = next(c for c in doc._.pc_cond_cues if doc[c.start].lower_ == "never")
    assert negation.negated(doc, never).lower_ == "recognized"
    assert doc[never.lo].text == "Kosovo"  # back to the passive subject
    assert negation.passive(doc, never)
