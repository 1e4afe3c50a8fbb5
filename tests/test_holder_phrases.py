"""Which words of a holder's phrase name its side (conditions/resolve.resolve, collectives.collective): the head's own
modifiers before a side named inside a prepositional phrase after it, and "opposition" before the head. Every sentence
is our own, on other actors and conflicts than the articles the rules were tuned on."""
import pytest

from conftest import conds, find


# ----- the head's own modifiers first, then a phrase after a preposition -------------------------------------------
@pytest.mark.parametrize("text, type_, party, other", [
    ("The Armenian delegation to the talks with Azerbaijan demanded the withdrawal of troops from the border.",
     "withdrawal", "ARM", "AZE"),
    ("The Sudanese delegation at the summit of the African Union demanded that the RSF withdraw from Khartoum.",
     "withdrawal", "SDN", "AU"),
    ("The Georgian delegation at the yearly session of the Council of Europe will ask Russia to pull its troops out "
     "of Abkhazia.", "withdrawal", "GEO", "COE"),
    ("The Ukrainian ambassador to Russia called for a ceasefire.", "ceasefire", "UKR", "RUS"),
])
def test_a_side_in_a_phrase_after_the_head_does_not_hold(extractor, text, type_, party, other):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs
    assert not find(cs, type_, "demand", other), cs


@pytest.mark.parametrize("text, type_, party", [
    ("The government in Baku demanded the withdrawal of Armenian troops.", "withdrawal", "AZE"),
    ("The head of the Russian delegation demanded the withdrawal of Ukrainian troops.", "withdrawal", "RUS"),
])
def test_a_phrase_after_the_head_still_names_a_side_when_nothing_else_does(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "demand", party)


# ----- "opposition" before the head: the opposition, not the state it opposes ----------------------------------------
@pytest.mark.parametrize("text, state", [
    ("Several opposition parties demanded a ceasefire.", None),
    ("Venezuela's opposition leaders insisted on a ceasefire.", "VEN"),
    ("Belarus's main opposition groups met in Vilnius and insisted on a ceasefire.", "BLR"),
])
def test_opposition_before_the_head_is_the_opposition(extractor, text, state):
    cs = conds(extractor, text)
    assert find(cs, "ceasefire", "demand", "OPPOSITION"), cs
    assert state is None or not find(cs, "ceasefire", "demand", state), cs


# ----- a nationality beside a group word, a patron, a proxy: the group, not the state --------------------------------
@pytest.mark.parametrize("text, type_, group, state", [
    ("Al-Shabaab attacked a base in Lower Shabelle. The Somali group demanded the withdrawal of Kenyan troops.",
     "withdrawal", "ALSHABAAB", "SOM"),
    ("Hamas fired rockets at Ashkelon. The Palestinian movement demanded the withdrawal of Israeli troops.",
     "withdrawal", "HAMAS", "PSE"),
    ("Kataib Hezbollah said it would keep up its attacks. The Iranian-backed militia demanded the withdrawal of US "
     "troops from Iraq.", "withdrawal", "KATAIBHEZBOLLAH", "IRN"),
    ("Kataib Hezbollah fired drones at a base. The Iranian proxy in Iraq demanded the withdrawal of US troops.",
     "withdrawal", "KATAIBHEZBOLLAH", "IRN"),
])
def test_a_nationality_beside_a_group_word_is_where_the_group_is(extractor, text, type_, group, state):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", group), cs
    assert not find(cs, type_, "demand", state), cs


@pytest.mark.parametrize("text, group, patron", [
    ("The M23 seized Goma in January. The Rwandan-backed rebels demanded direct talks with Kinshasa and a ceasefire.",
     "M23", "RWA"),
    ("The NPA ambushed a patrol in Samar. The Chinese-backed rebels demanded a ceasefire.", "NPA", "CHN"),
])
def test_a_patron_holds_nothing_its_clients_demand(extractor, text, group, patron):
    cs = conds(extractor, text)
    assert find(cs, "ceasefire", "demand", group), cs
    assert not find(cs, "ceasefire", "demand", patron), cs


def test_a_group_of_envoys_is_still_its_state(extractor):
    assert find(conds(extractor, "The Russian group of negotiators demanded a ceasefire."), "ceasefire", "demand", "RUS")


# ----- a part of a text speaks for the text's owner ------------------------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("The RSF handed the army's delegation a memorandum. Point one calls for the army to withdraw from Khartoum.",
     "RSF"),
    ("The RSF handed the army's delegation a memorandum. It has two parts. The first part calls for the army to "
     "withdraw from Khartoum.", "RSF"),
    ("Belgrade handed the EU envoy a document on Monday. It has three sections. The second section calls for Kosovo's "
     "police to withdraw from the north.", "SRB"),
])
def test_a_part_of_a_text_speaks_for_its_owner(extractor, text, party):
    assert find(conds(extractor, text), "withdrawal", "demand", party)


# ----- "they" in a mediator's direct quote: the group named before, not the one quoted -------------------------------
@pytest.mark.parametrize("text, type_, group, speaker", [
    ('The Houthis have made new demands. "They want a full withdrawal before any deal," an Omani official said.',
     "withdrawal", "HOUTHIS", "OMN"),
    ('The M23 took Goma in January. "They insist on direct talks with Kinshasa," a Qatari official said.',
     "negotiation_format", "M23", "QAT"),
])
def test_they_in_a_third_party_quote_is_the_group_named_before(extractor, text, type_, group, speaker):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", group), cs
    assert not find(cs, type_, "demand", speaker), cs


def test_they_obliged_in_a_quote_holds_nothing(extractor):
    # a wanting verb under a modal: the side obliged to ask holds nothing, the speaker who obliges it does
    cs = conds(extractor, 'Al-Shabaab attacked a base in Gedo. "They must seek a ceasefire before any talks," a '
                          'Somali minister said.')
    assert not find(cs, "ceasefire", "demand", "ALSHABAAB"), cs
    assert find(cs, "ceasefire", "demand", "SOM"), cs


# ----- a person owned by a definite group word: the armed group named last -------------------------------------------
@pytest.mark.parametrize("text", [
    "The NPA ambushed an army patrol in Samar. A spokesman for the group rejected a ceasefire.",
    "The NPA ambushed an army patrol in Samar. The leader of the rebels rejected a ceasefire.",
    "The NPA ambushed an army patrol in Samar. The rebels' commander rejected a ceasefire.",
])
def test_a_person_of_the_group_holds_for_the_group(extractor, text):
    assert find(conds(extractor, text), "ceasefire", "reject", "NPA")


# ----- rows of the party and people tables (general knowledge, other conflicts) --------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("Taqaddum demanded an immediate ceasefire in Sudan.", "ceasefire", "TAQADDUM"),
    ("Benny Wenda demanded the withdrawal of Indonesian troops from the highlands.", "withdrawal", "ULMWP"),
    ("Jimmy Cherizier demanded a ceasefire with the police.", "ceasefire", "G9"),
])
def test_table_rows_name_the_side(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "demand", party)
