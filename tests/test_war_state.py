"""A side named by a description in a story of one state's war: "the government", "the authorities", "the army",
"the military", "the junta" with no state named stand for the state whose war the armed groups the story names fight
(groups.jsonl "state"; conditions/collectives.war_state, sole_state; resolve.resolve). Every sentence is our own, on
conflicts other than the articles the rules were tuned on."""
import pytest

from conftest import conds, find


def holders(cs, type_, stance):
    return {(c["by"] or {}).get("party") for c in find(cs, type_, stance)}


DESCRIBED = [
    # a bare government word: the state of the war the named group fights (no state named at all)
    ("The ELN bombed an oil pipeline in Arauca. The government demanded a bilateral ceasefire before talks resume.",
     "ceasefire", "demand", "COL"),
    ("The Houthis fired missiles at Marib. The government demanded the withdrawal of the rebels from Hodeidah.",
     "withdrawal", "demand", "YEM"),
    ("The Moro Islamic Liberation Front (MILF) attacked an army camp in Mindanao. The government demanded the "
     "withdrawal of the rebels from the camp.", "withdrawal", "demand", "PHL"),
    ("Fano militiamen captured Lalibela last week. The government demanded the withdrawal of the militia from the "
     "town.", "withdrawal", "demand", "ETH"),
    # over a patron or a mediator the story names: the state whose war it is
    ("The M23, which UN experts say is backed by Rwanda, seized Goma. The authorities rejected a ceasefire with the "
     "rebels.", "ceasefire", "reject", "COD"),
    # a state's force or military rulers, bare and definite
    ("The Rapid Support Forces seized the town of Wad Madani last week. The army rejected a ceasefire proposed by "
     "mediators in Jeddah.", "ceasefire", "reject", "SDN"),
    ("The Kachin Independence Army seized a jade mine last month. The military demanded that the rebels withdraw "
     "from the mine.", "withdrawal", "demand", "MMR"),
    ("The Arakan Army overran a base in Rakhine State. The junta demanded a ceasefire before any talks.",
     "ceasefire", "demand", "MMR"),
    # a side the tables lack fights the war of the state its own name holds as one rising against it
    ("The South Sudan Liberation Army (SSLA) attacked a garrison near Malakal. The government demanded the "
     "withdrawal of the rebels from the town.", "withdrawal", "demand", "SSD"),
    # in reported speech and in a quote the description speaks for the same state
    ("The RSF shelled El Fasher on Monday. The army said it would not accept a truce while the paramilitaries held "
     "the city.", "ceasefire", "reject", "SDN"),
    ("The ELN bombed an oil pipeline in Arauca. The government said the guerrillas must withdraw from the border "
     "towns before talks resume.", "withdrawal", "demand", "COL"),
]


KEPT = [
    # a government the story names with its side wins over the war's state
    ("The ELN bombed an oil pipeline in Arauca. Venezuela's government said it would host talks. The government "
     "demanded a ceasefire.", "ceasefire", "demand", "VEN"),
    ("The ELN bombed an oil pipeline in Arauca. The government of Norway, which mediates between the two sides, "
     "demanded a ceasefire.", "ceasefire", "demand", "NOR"),
    # a force word with a demonym of its own is that state's
    ("The RSF shelled El Fasher on Monday. The Chadian army demanded a ceasefire along the border.",
     "ceasefire", "demand", "TCD"),
    # two wars named, no state: no side
    ("The ELN bombed a pipeline on Monday while the M23 seized Goma. The government demanded a ceasefire.",
     "ceasefire", "demand", None),
    # a group whose row names no one state's war (it fights across a border): no side
    ("Hezbollah fired rockets at northern towns overnight. The government demanded a ceasefire.",
     "ceasefire", "demand", None),
    # a side the tables lack whose name holds no state: no side
    ("The Patriotic Front of Ruritania (PFR) attacked a garrison near the capital. The government demanded a "
     "ceasefire.", "ceasefire", "demand", None),
    # no group and no state: no side
    ("Fighting spread across the region this week. The government demanded a ceasefire.", "ceasefire", "demand",
     None),
    # the group named last has the force word in its own name: not the state's army
    ("The Arakan Army captured another town on Monday. The army demanded a ceasefire.", "ceasefire", "demand", None),
    # rebels of another country in a history sentence are not the group the story names
    ("The ELN bombed an oil pipeline in Arauca. In the 1980s, rebels in El Salvador demanded elections.",
     "elections", "demand", None),
]


def test_every_groups_war_state_is_a_state(extractor):
    from peacecond.parties import parties_of

    parties = parties_of(extractor.patterns)
    assert parties.group_state["RSF"] == "SDN" and parties.group_state["ELN"] == "COL"
    assert "HEZBOLLAH" not in parties.group_state and "HAMAS" not in parties.group_state
    assert all(parties.kinds[s] == "state" and parties.kinds[g] == "group" for g, s in parties.group_state.items())


TITLES = [
    # a title whose modifier is a bare government or force word: the story's state
    ("The RSF shelled El Fasher on Monday. The army chief demanded the withdrawal of the paramilitaries from the "
     "cities.", "withdrawal", "demand", "SDN"),
    ("The RSF shelled El Fasher on Monday. A military spokesman demanded the withdrawal of the paramilitaries from "
     "the cities.", "withdrawal", "demand", "SDN"),
    ("The Kachin Independence Army seized a jade mine. The junta's envoy demanded that the rebels withdraw from the "
     "mine.", "withdrawal", "demand", "MMR"),
    ("The ELN bombed an oil pipeline in Arauca. The government's chief negotiator demanded the withdrawal of the "
     "guerrillas from the border towns.", "withdrawal", "demand", "COL"),
    # the title's own state, or the group that owns it, wins
    ("The RSF shelled El Fasher on Monday. The Chadian army chief demanded the withdrawal of the paramilitaries from "
     "the border.", "withdrawal", "demand", "TCD"),
    ("The ELN bombed an oil pipeline in Arauca. The US military spokesman demanded the withdrawal of the guerrillas "
     "from the border towns.", "withdrawal", "demand", "USA"),
    ("The RSF shelled El Fasher on Monday. The paramilitaries' military chief demanded the withdrawal of the army "
     "from the cities.", "withdrawal", "demand", "RSF"),
    # a group named with the force word in its name: "the army" may be that group, never the state
    ("Khalifa Haftar's Libyan National Army (LNA) advanced on Tripoli. The army demanded the withdrawal of militias "
     "from the capital.", "withdrawal", "demand", "LNA"),
    ("The Arakan Army captured another town on Monday. The army chief demanded the withdrawal of the insurgents from "
     "the town.", "withdrawal", "demand", None),
]


@pytest.mark.parametrize("text, type_, stance, party", DESCRIBED + KEPT + TITLES)
def test_a_description_is_the_state_whose_war_the_story_tells_unless_a_side_is_named(extractor, text, type_, stance,
                                                                                      party):
    """DESCRIBED: a bare description; KEPT: a named side, or no single war, keeps its reading; TITLES: a title
    whose modifier is a bare government or force word."""
    assert holders(conds(extractor, text), type_, stance) == {party}


@pytest.mark.parametrize("text, type_, stance, parties", [
    # a body named by its own demonym and a side beside it: each holds it, the body by its demonym
    ("The Yemeni government and the Houthis agreed to a ceasefire in Hodeidah.", "ceasefire", "offer",
     {"YEM", "HOUTHIS"}),
    ("The Colombian government and the ELN agreed to a bilateral ceasefire.", "ceasefire", "offer", {"COL", "ELN"}),
    # "the government" after such a pair is the one government, not the side beside it
    ("The Yemeni government and the Houthis met in Stockholm. The government demanded the withdrawal of the "
     "insurgents from Hodeidah.", "withdrawal", "demand", {"YEM"}),
    ("The Ethiopian government and the TPLF met in Pretoria. The government demanded the withdrawal of Tigrayan "
     "forces from Amhara.", "withdrawal", "demand", {"ETH"}),
    # named heads coordinate as before
    ("Armenia and Azerbaijan agreed to a ceasefire along the border.", "ceasefire", "offer", {"ARM", "AZE"}),
])
def test_a_bodys_own_demonym_before_a_conjunct(extractor, text, type_, stance, parties):
    assert holders(conds(extractor, text), type_, stance) == parties
