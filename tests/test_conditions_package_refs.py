"""A side refusing a set of the other side's terms named by reference ("rejected the junta's offer", "dismissed
these stipulations"): one rejection per condition type of that set, held by the side that refuses. Every sentence
here is our own, about conflicts the shared sets do not hold."""
import pytest

from conftest import pairs


@pytest.mark.parametrize("text, expected", [
    # an owned offer stands for what its owner offered both sides do (a truce) and for what it demands
    ("The Rapid Support Forces offered a nationwide ceasefire on Tuesday. The Sudanese army rejected the RSF's "
     "offer within hours.",
     {("ceasefire", "offer", "RSF"), ("ceasefire", "reject", "SDN")}),
    ("Mozambique's government demanded that Renamo disarm before any talks. Renamo turned down the government's "
     "offer.",
     {("demilitarization", "demand", "MOZ"), ("demilitarization", "reject", "RENAMO")}),
    # nouns that name a whole set of terms as "demands" does
    ("Azerbaijan demanded that Armenia withdraw its troops from the border villages and recognise its borders. "
     "Armenia's government rejected Azerbaijan's requirements.",
     {("withdrawal", "reject", "ARM"), ("territorial_recognition", "reject", "ARM")}),
    ("The Houthis demanded a ceasefire and the withdrawal of Saudi forces from Yemen. Riyadh rejected the Houthi "
     "stipulations as a provocation.",
     {("ceasefire", "reject", "SAU"), ("withdrawal", "reject", "SAU")}),
    ("The Ethiopian government demanded that the TPLF disarm and withdraw from western Tigray. The TPLF rejected "
     "the government's package.",
     {("withdrawal", "reject", "TPLF"), ("demilitarization", "reject", "TPLF")}),
])
def test_a_named_set_of_terms_is_refused_type_by_type(extractor, text, expected):
    got = pairs(extractor, text)
    assert expected <= got, got


def test_a_demonstrative_offer_points_back_past_the_pointer_window(extractor):
    # "this offer" four sentences after the terms it stands for: the package its owner set, however far back
    got = pairs(extractor, "Colombia's government proposed a plan that calls for the ELN to lay down its weapons. "
                           "Officials in Bogota described the plan as a final chance. Several Latin American "
                           "governments welcomed it. Cuba said it was ready to host the talks. The ELN leadership "
                           "rejected this offer on Friday.")
    assert ("demilitarization", "demand", "COL") in got and ("demilitarization", "reject", "ELN") in got, got


def test_an_offer_of_a_concession_is_refused_by_nobody(extractor):
    # what the offer's owner would concede itself (its own troops' withdrawal) is no term the other side refuses
    got = pairs(extractor, "Armenia offered to withdraw its troops from the border villages. Azerbaijan rejected "
                           "Armenia's offer.")
    assert ("withdrawal", "offer", "ARM") in got and ("withdrawal", "reject", "AZE") not in got, got


def test_an_offer_with_no_owner_is_no_refusal_of_anyones_terms(extractor):
    # "the offer" with nobody's name on it: an onlooker's verdict is as likely as the other side's refusal
    got = pairs(extractor, "The Sudanese army demanded that the RSF withdraw from Khartoum. The RSF offered a "
                           "truce instead. Egyptian diplomats called the offer a non-starter.")
    assert ("withdrawal", "demand", "SDN") in got
    assert not {p for p in got if p[1] == "reject"}, got


@pytest.mark.parametrize("text, side, other", [
    ("The ELN demanded the withdrawal of army units from Arauca. The ELN also offered a truce. Bogota rejected the "
     "offer.", "ELN", "COL"),
    ("Renamo demanded the withdrawal of government troops from Gorongosa. Renamo also offered a truce. Maputo "
     "rejected the offer.", "RENAMO", "MOZ"),
])
def test_the_offer_refused_by_the_other_side_points_back_only_with_a_demonstrative(extractor, text, side, other):
    # "the offer" with no owner, refused by the side the offer was made to: without "this" or "that" it need not
    # stand for the demands reported before it (read so, both the withdrawal and the truce became refusals)
    got = pairs(extractor, text)
    assert {("withdrawal", "demand", side), ("ceasefire", "offer", side)} <= got, got
    assert not {p for p in got if p[1] == "reject"}, got


@pytest.mark.parametrize("text, expected", [
    # the set is stated only after the refusal that names it
    ("The Arakan Army has rejected the terms. Myanmar's junta wants the group to withdraw from Sittwe and to lay "
     "down its arms.",
     {("withdrawal", "reject", "AA"), ("demilitarization", "reject", "AA")}),
    ("The Polisario Front has rejected the conditions. Morocco wants the front to disarm and to withdraw its "
     "fighters from the buffer strip.",
     {("demilitarization", "reject", "POLISARIO"), ("withdrawal", "reject", "POLISARIO")}),
    # an owner the tables cannot resolve ("the federal government's") leaves the set to the demands stated next
    ("Somaliland rejected the federal government's terms. Mogadishu wants the region to withdraw its troops from "
     "Las Anod and to disarm its clan militias.",
     {("withdrawal", "reject", "SOMALILAND"), ("demilitarization", "reject", "SOMALILAND")}),
])
def test_a_set_named_before_it_is_stated(extractor, text, expected):
    got = pairs(extractor, text)
    assert expected <= got, got


def test_a_set_stated_after_its_refusal_is_another_sides_only(extractor):
    # what the refuser itself demands next is no term it refuses, and nothing two sentences on is looked at
    got = pairs(extractor, "The Polisario Front has rejected the conditions. It wants a referendum on "
                           "independence. Morocco, for its part, wants the front to disarm at once.")
    assert not {p for p in got if p[1] == "reject"}, got


@pytest.mark.parametrize("text, expected", [
    # "the proposals", a side's whole set of terms as "the demands" is
    ("The Baloch Liberation Front demanded the withdrawal of Pakistani troops from Kech and a referendum on "
     "independence. Islamabad rejected the proposals.",
     {("withdrawal", "reject", "PAK"), ("elections", "reject", "PAK")}),
    # "branded X absurd", "dubbed X a trap": verbs that classify their object, as "called" does
    ("The Baloch Liberation Front demanded the withdrawal of Pakistani troops from Kech. Islamabad branded the "
     "demand absurd.",
     {("withdrawal", "reject", "PAK")}),
    # "turned them down": the pronoun between the verb and its particle stands for what was just asked
    ("The Baloch Liberation Front demanded the withdrawal of Pakistani troops from Kech and a referendum on "
     "independence. Islamabad turned them down.",
     {("withdrawal", "reject", "PAK"), ("elections", "reject", "PAK")}),
])
def test_more_words_for_refusing_a_set(extractor, text, expected):
    got = pairs(extractor, text)
    assert expected <= got, got


SUDAN = "The Sudanese army demanded that the RSF withdraw from El Fasher and hand over its heavy weapons. "


@pytest.mark.parametrize("refusal", [
    # the set's owner named by the clause that says who put it forward, though a third side's call came since
    "Egypt called for direct talks between the two sides in Cairo. The RSF rejected the conditions Burhan set out.",
    "Egypt called for direct talks between the two sides in Cairo. The RSF rejected the terms Burhan laid down.",
    "Egypt called for direct talks between the two sides in Cairo. The RSF rejected the conditions that Burhan has "
    "imposed.",
    # a mediator's appeal to both sides between the terms and the refusal is no newer set of terms
    "The African Union urged both sides to show restraint. The RSF rejected the demands.",
    "The African Union urged all parties to return to talks. The RSF rejected the demands.",
])
def test_the_owner_of_a_refused_set(extractor, refusal):
    got = pairs(extractor, SUDAN + refusal)
    assert {("withdrawal", "reject", "RSF"), ("demilitarization", "reject", "RSF")} <= got, got
    assert ("negotiation_format", "reject", "RSF") not in got, got


def test_a_refusers_own_clause_names_no_owner(extractor):
    # "the demands the RSF rejected": the relative clause's subject refuses them, it does not own them
    got = pairs(extractor, SUDAN + "The demands the RSF rejected were read out in Jeddah.")
    assert ("withdrawal", "reject", "SDN") not in got and ("withdrawal", "demand", "RSF") not in got, got


@pytest.mark.parametrize("text, expected", [
    # "it" in what a government word says is that government, resolved as the word alone would be
    ("The Houthis demanded a ceasefire across Yemen. The government said it rejected the demands.",
     {("ceasefire", "reject", "YEM")}),
    ("The Mai-Mai militias demanded a ceasefire in eastern Congo. The government said it rejected a ceasefire.",
     {("ceasefire", "reject", "COD")}),
])
def test_it_in_what_a_government_says(extractor, text, expected):
    got = pairs(extractor, text)
    assert expected <= got, got


@pytest.mark.parametrize("text, expected", [
    # "government" modifying the refuser's noun names the story's state as "the government" does
    ("The Mai-Mai militias demanded a ceasefire in eastern Congo. A government spokesman rejected the demands.",
     {("ceasefire", "reject", "COD")}),
    ("The Houthis demanded a ceasefire across Yemen. Government negotiators rejected the demand.",
     {("ceasefire", "reject", "YEM")}),
])
def test_a_government_word_as_a_modifier(extractor, text, expected):
    got = pairs(extractor, text)
    assert expected <= got, got


def test_a_headline_drops_the_article(extractor):
    # "rejects rebel demands" over a story whose first sentence states them
    got = pairs(extractor, "Niamey rejects rebel demands\nThe FPL rebels demanded a ceasefire in Niger on Monday.")
    assert ("ceasefire", "reject", "NER") in got, got


def test_a_set_the_refusal_does_not_govern_is_not_refused(extractor):
    # the refusal's words describe the demands another side made, or a talk without new ones: no refusal of a set
    got = pairs(extractor, "The Houthis demanded a ceasefire across Yemen. The government said the rebels had "
                           "blocked the talks and made unacceptable demands.")
    assert ("ceasefire", "reject", "YEM") not in got, got
