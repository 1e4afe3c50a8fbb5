"""How a ceasefire, a type that needs a strong stance cue, is read under verbs of wanting and proposing
(clauses.wants_as_object, clauses.proposed_object). Every sentence is our own, on other actors and conflicts than the tuning articles."""
import pytest

from conftest import run_text


def find(extractor, text, stance, party="__any__", type_="ceasefire"):
    cs = run_text(extractor, text)["conditions"]
    return [c for c in cs if c["type"] == type_ and c["stance"] == stance
            and (party == "__any__" or (c["by"] or {}).get("party") == party)], cs


@pytest.mark.parametrize("text, party", [
    # the term is the direct object of a verb of wanting: the subject asks for it
    ("The Karen National Union wants a nationwide truce before it sends a delegation to Naypyidaw.", "KNU"),
    ("Bogota wants an immediate cease-fire in Cauca, the interior minister said.", "COL"),
    ("The Houthis said they wanted a lasting truce and the reopening of Sanaa airport.", "HOUTHIS"),
    # ... or of a verb of proposing: a side's or a mediator's proposal, each proposer's
    ("Norway proposed a ceasefire between the Colombian army and the ELN on Tuesday.", "NOR"),
    ("Kenya has proposed a two-week truce in South Sudan.", "KEN"),
    ("Norway, Cuba and Venezuela had proposed a truce between Bogota and the ELN.", "NOR"),
    ("Norway, Cuba and Venezuela had proposed a truce between Bogota and the ELN.", "VEN"),
])
def test_a_wanted_or_proposed_ceasefire_is_demanded(extractor, text, party):
    hits, cs = find(extractor, text, "demand", party)
    assert hits, cs


@pytest.mark.parametrize("text", [
    # a negated wanting demands nothing
    "Sources in Naypyidaw said the junta does not want a truce with the Karen rebels.",
    # the adjective and the passive name a proposal's content, no one's demand
    "The proposed ceasefire collapsed within hours in Mozambique.",
    "A truce proposed by Kenya broke down within hours in Juba.",
    # what is proposed is a clause or another noun: the truce only dates or qualifies it
    "The Sudanese army proposed that talks resume after the truce expires.",
    "The SPLM-N proposed a ceasefire monitoring mission for the Nuba Mountains.",
    # a forecast is no demand
    "Analysts expect a ceasefire in Tigray within weeks.",
])
def test_no_demand_from_other_readings_of_wanting_and_proposing(extractor, text):
    hits, cs = find(extractor, text, "demand")
    assert not hits, cs


def test_a_row_that_needs_a_strong_cue_keeps_that_need(extractor):
    # the referendum rows are strong of their own: a proposal verb lifts a type's need, not a row's
    text = "Rabat proposed an autonomy referendum for the territory, which the Polisario Front rejects."
    hits, cs = find(extractor, text, "demand", type_="elections")
    assert not hits, cs


# ----- "has to come / would have to hold before talks": the obliged verb under "have to" -----------------------------
@pytest.mark.parametrize("text, party", [
    ("The Houthis said a truce would have to hold for a month before negotiations with Riyadh resume.", "HOUTHIS"),
    ("The M23 said a cease-fire has to come before any political dialogue with Kinshasa.", "M23"),
])
def test_a_truce_that_has_to_come_before_talks_is_a_precondition(extractor, text, party):
    hits, cs = find(extractor, text, "demand", party)
    assert hits, cs


def test_a_truce_that_has_to_hold_is_no_precondition_without_talks(extractor):
    hits, cs = find(extractor, "The UN envoy said the truce in Hodeidah has to hold through the winter.", "demand")
    assert not hits, cs


# ----- a ceasefire word that only modifies another noun (ceasefire.other_heads in patterns/conditions.jsonl) --------
@pytest.mark.parametrize("text", [
    "The Houthis demanded that ceasefire monitors be deployed to Hodeidah port.",
    "Baku demanded a return to the 1994 ceasefire line in the Lachin corridor.",
    "The AU called on Addis Ababa to investigate truce violations in the Amhara region.",
    "Maputo urged Renamo to rejoin the joint ceasefire commission.",
])
def test_a_modifying_ceasefire_word_sets_no_ceasefire(extractor, text):
    hits, cs = find(extractor, text, "demand")
    assert not hits, cs


@pytest.mark.parametrize("text, party", [
    # an agreement or a deal named by its ceasefire is the ceasefire itself
    ("The Houthis insisted on a truce agreement before any prisoner exchange with Riyadh.", "HOUTHIS"),
    ("Kenya demanded the full implementation of the ceasefire deal signed in Juba.", "KEN"),
])
def test_a_ceasefire_agreement_is_still_a_ceasefire(extractor, text, party):
    hits, cs = find(extractor, text, "demand", party)
    assert hits, cs


# ----- a text the story gives no owner speaks for the side that reports it (holders.reporter) ------------------------
@pytest.mark.parametrize("text, party", [
    ("The Karen National Union said its plan includes a nationwide truce.", "KNU"),
    ("The Houthis said the proposal would include a truce on all fronts.", "HOUTHIS"),
    ("According to the Houthis, the proposal includes a truce on all fronts.", "HOUTHIS"),
])
def test_an_ownerless_text_speaks_for_its_reporter(extractor, text, party):
    hits, cs = find(extractor, text, "demand", party)
    assert hits, cs


def test_a_text_with_an_owner_keeps_it(extractor):
    # the owner the story names outranks the side that reports the text
    text = "The Karen National Union said the Thai plan includes a nationwide truce."
    hits, cs = find(extractor, text, "demand")
    assert hits and all((c["by"] or {}).get("party") == "THA" for c in hits), cs


# ----- a truce that collapsed, ended or failed is an event told of (facts.deal_event, course_verbs.txt) -------------
@pytest.mark.parametrize("text", [
    "The Sudanese army demanded that the RSF leave Omdurman after the truce collapsed.",
    "The ELN demanded the release of its fighters, weeks after a ceasefire ended.",
    "The RSF called for new negotiations, saying the ceasefire had failed.",
])
def test_a_truce_whose_course_is_told_is_no_demand(extractor, text):
    hits, cs = find(extractor, text, "demand")
    assert not hits, cs


@pytest.mark.parametrize("text, party", [
    # the cue takes the clause or the clause holds the cue: the truce's course is what is asked for
    ("The African Union demanded that the truce hold through the rainy season.", "AU"),
    ("The M23 insisted that a ceasefire begin at once.", "M23"),
    ("The Houthis said a truce must begin before any talks with Riyadh.", "HOUTHIS"),
    ("Kenya called for a new truce after the last ceasefire collapsed.", "KEN"),
])
def test_a_truce_asked_to_hold_or_begin_is_still_demanded(extractor, text, party):
    hits, cs = find(extractor, text, "demand", party)
    assert hits, cs
