"""The general vocabulary of each type, as a thesaurus lists it (issue 13, stage 1): staying out of NATO or any
military bloc, NATO ceasing to expand, an embargo lifted, denuclearisation, missiles and armed wings dismantled,
weapons put beyond use, damages and redress, holding to account, self-government and devolution, the other names of
who sits at the table, a named go-between that should mediate, and more places troops leave (a province, an island,
a valley). Every sentence is our own; each new word is also shown in another field's sense where it names no type."""
import pytest

from conftest import run_text
from test_condition_mentions import mentions  # noqa: F401 (the fixture: text -> the types the lexicon names)

NAMED = [
    ("nato_neutrality", "The Kremlin wants Moldova to stay out of NATO."),
    ("nato_neutrality", "Minsk demands that Kyiv remain outside any military bloc."),
    ("nato_neutrality", "Moscow insists that NATO stop expanding toward its borders."),
    ("sanctions_relief", "Havana demands that Washington lift the embargo."),
    ("sanctions_relief", "Pyongyang wants the arms embargo eased before any summit."),
    ("demilitarization", "Washington insists on the denuclearisation of the peninsula."),
    ("demilitarization", "Seoul demands the complete denuclearization of the North."),
    ("demilitarization", "Riyadh wants the Houthis to surrender their ballistic missiles."),
    ("demilitarization", "Colombia demands the dismantling of the armed wing of the movement."),
    ("demilitarization", "London insisted that the paramilitaries put their weapons beyond use."),
    ("demilitarization", "Manila demands the handover of the rebels' weapons."),
    ("reparations", "Baghdad demands that Kuwait's occupier pay damages for the burned oil wells."),
    ("reparations", "The Herero leaders demand redress for the colonial killings."),
    ("reparations", "Dili wants a truth commission for the years of occupation."),
    ("reparations", "Kigali insists that the commanders be held to account."),
    ("minority_rights", "The Tamil parties demand self-government in the north and east."),
    ("minority_rights", "The Madhesi parties want a devolution of power to the plains."),
    ("negotiation_format", "The Maoists demand all-party talks before any vote."),
    ("negotiation_format", "The opposition insists on a national dialogue."),
    ("negotiation_format", "Rabat wants proximity talks on the territory."),
    ("negotiation_format", "The rebels demand that Norway mediate."),
    ("negotiation_format", "Belgrade insists on a trilateral format with Brussels."),
    ("withdrawal", "Nicosia demands that the occupation troops leave the island."),
    ("withdrawal", "The rebels want the army to quit the province."),
]

OTHER_FIELD = [
    ("nato_neutrality", "The Greens insist on staying out of the governing alliance this year."),
    ("sanctions_relief", "The publisher demanded that the embargo on the report be lifted at midnight."),
    ("reparations", "The tabloid must pay damages to the singer."),
    ("negotiation_format", "Students want the university to host an international conference on algae."),
    ("demilitarization", "Visitors demanded that the museum scrap its old rockets exhibit."),
    ("demilitarization", "Collectors demanded the collection of antique guns be put on show."),
]


@pytest.mark.parametrize("type_, text", NAMED)
def test_a_thesaurus_word_for_a_type_names_it(mentions, type_, text):  # noqa: F811
    assert type_ in mentions(text)


@pytest.mark.parametrize("type_, text", OTHER_FIELD)
def test_the_word_in_another_sense_makes_no_condition(extractor, type_, text):
    rec = run_text(extractor, text)
    assert type_ not in {c["type"] for c in rec["conditions"]}, rec["conditions"]


@pytest.mark.parametrize("text, type_, party", [
    ("Havana demands that Washington lift the embargo.", "sanctions_relief", "CUB"),
    ("Seoul demands the complete denuclearization of the North.", "demilitarization", "KOR"),
    ("Nicosia demands that the occupation troops leave the island.", "withdrawal", "CYP"),
])
def test_the_new_words_make_demands_with_their_holder(extractor, text, type_, party):
    rec = run_text(extractor, text)
    assert (type_, "demand", party) in {(c["type"], c["stance"], (c["by"] or {}).get("party"))
                                        for c in rec["conditions"]}, rec["conditions"]
