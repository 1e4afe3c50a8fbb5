"""The side resolver (src/peacecond/sides.py) the quotes and the conditions share: a person the gazetteer does not
know takes the side the article gives them at any mention. Every sentence here is our own, about conflicts and
people the rule files do not list."""
import pytest

from conftest import run_text


def speaker_party(record, surname):
    found = [s["party"] for s in record["speakers"] if s["name"].endswith(surname)]
    assert found, record["speakers"]
    return found[0]


# ----- one mention's descriptions -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, surname, party", [
    # a title with a demonym before the name
    ("Kenyan Defence Minister Achieng Otieno said the talks would resume on Monday.", "Otieno", "KEN"),
    # an apposition with a state's possessive
    ("\"We will not move our troops,\" said Lars Brekke, Norway's defence minister.", "Brekke", "NOR"),
    # membership of a group, in an apposition
    ("Omar Haddad, a Hamas negotiator, said the crossings had to open first.", "Haddad", "HAMAS"),
    # the body a person speaks for, with the state after "of"
    ("Milan Jovic, spokesman for the foreign ministry of Serbia, said the proposal was unacceptable.", "Jovic",
     "SRB"),
    # an "of" phrase naming a government by its demonym
    ("Lucia Marquez of the Colombian government said the guerrillas had to free every hostage.", "Marquez", "COL"),
    ("Goran Ilic of the foreign ministry of Serbia said the proposal was unacceptable.", "Ilic", "SRB"),
    ("Hassan Ali of Hamas's political bureau said the army had to withdraw from the town.", "Ali", "HAMAS"),
    # a title set off by a comma before the name, from the sentence's start or after another comma
    ("Kenya president, Achieng Otieno said the meeting had been a success.", "Otieno", "KEN"),
    ("On Friday, Head of the EU Mission to Moldova, Ambassador Karl Lindholm said the vote was fair.", "Lindholm",
     "EU"),
    # the body a person leads, in a passive clause
    ("The RSF, led by General Ahmed Osman, refused to sign. \"Nobody will sign under fire,\" Osman said.", "Osman",
     "RSF"),
    # the M23 spokesman: a group's name in the title
    ("The ELN spokesman Carlos Rueda said the army had to leave the valley.", "Rueda", "ELN"),
    # a relative clause of leading, of holding a post
    ("Ibrahim Nour, who leads the RSF delegation, said the army had refused to meet.", "Nour", "RSF"),
    ("Ibrahim Nour, who is the RSF's chief negotiator, said the army had refused to meet.", "Nour", "RSF"),
    # a sentence of its own that gives the post, after the quote
    ("\"The army must leave the capital first,\" Ibrahim Nour said. Nour serves as the RSF's chief negotiator.",
     "Nour", "RSF"),
])
def test_a_description_gives_the_speaker_s_side(extractor, text, surname, party):
    assert speaker_party(run_text(extractor, text), surname) == party


def test_a_later_mention_gives_the_side_the_first_did_not(extractor):
    # the first mention says nothing of the person; the side comes from a title three sentences on
    text = ("Talks resumed on Tuesday. \"No agreement is possible without the prisoners,\" Tomas Lindqvist said. "
            "The delegations met again at noon. Later, Swedish Foreign Minister Tomas Lindqvist told reporters "
            "that the exchange would come first.")
    assert speaker_party(run_text(extractor, text), "Lindqvist") == "SWE"


@pytest.mark.parametrize("text, surname", [
    # a state beside a word for an armed group is where the person fights, not whose side they are on
    ("The Chadian rebel leader Idriss Kolle said his fighters would not lay down their arms.", "Kolle"),
    # a side someone is for is not theirs
    ("Viktor Hlynka, the former pro-Russian mayor, said the vote had been stolen.", "Hlynka"),
    # a place after "in" is where someone works
    ("Anna Weber, a researcher at a think tank in Warsaw, said the ceasefire would not hold.", "Weber"),
    # a place in the name of the body a person works for
    ("Anna Weber of the University of Warsaw said the ceasefire would not hold.", "Weber"),
    ("Oleg Sokolov, an analyst at the Russian Academy of Sciences, said the ceasefire would not hold.", "Sokolov"),
    # a clause before the comma is no title
    ("Asked about the Kenyan president, Anna Weber said the ceasefire would not hold.", "Weber"),
])
def test_descriptions_that_name_no_side_of_the_person(extractor, text, surname):
    assert speaker_party(run_text(extractor, text), surname) is None


# ----- the home government of a datelined article -------------------------------------------------------------
HOME = ("The talks with the guerrillas can resume only if the attacks stop, Presidential Spokesperson Carlos "
        "Mendoza said on Tuesday. \"The President's conditions have not changed,\" Mendoza said.")


def test_a_domestic_title_is_the_dateline_s_government(extractor):
    assert speaker_party(run_text(extractor, "BOGOTA — " + HOME), "Mendoza") == "COL"
    assert speaker_party(run_text(extractor, "NAIROBI (Reuters) - " + HOME), "Mendoza") == "KEN"


def test_no_dateline_no_home_government(extractor):
    assert speaker_party(run_text(extractor, HOME), "Mendoza") is None


def test_a_foreign_title_is_not_the_dateline_s(extractor):
    # an ambassador in a capital is usually another state's
    text = "BOGOTA — Ambassador Klaus Richter said the donors would wait for the talks. \"We are patient,\" Richter said."
    assert speaker_party(run_text(extractor, text), "Richter") is None


# ----- one answer for the quotes and the conditions ------------------------------------------------------------
def test_the_condition_holder_takes_the_speaker_s_side(extractor):
    text = ("Jonas Pereira arrived in the capital on Monday. \"The rebels must disarm before any agreement,\" "
            "Pereira said. Pereira, Angola's foreign minister, left for the border in the evening.")
    record = run_text(extractor, text)
    assert speaker_party(record, "Pereira") == "AGO"
    held = {(c["by"] or {}).get("party") for c in record["conditions"] if c["type"] == "demilitarization"}
    assert held == {"AGO"}, record["conditions"]


def test_side_words_read_roles(extractor):
    from peacecond.patterns import cached_patterns
    from peacecond.sides import side_words

    w = side_words(cached_patterns(None))
    assert w.of_role("Prime Minister of Armenia") == "ARM"
    assert w.of_role("senior Taliban official") == "TALIBAN" or w.of_role("senior Taliban official")
    assert w.of_role("a researcher at a think tank in Warsaw") is None
    assert w.of_role("the former pro-Russian governor") is None
    assert w.of_description("the Sudanese militia commander") is None
    assert w.of_description("the Sudanese army chief") == "SDN"


# ----- bodies: a group noun named by the article's own body, a state as the place it fights in ------------------
def holders(record, type_):
    return {(c["by"] or {}).get("party") for c in record["conditions"] if c["type"] == type_}


def test_an_armed_group_in_a_state_s_region_is_not_that_state(extractor):
    text = ("The leaders of the rebel group in Mali's northern region demanded the withdrawal of government troops "
            "before any talks.")
    assert "MLI" not in holders(run_text(extractor, text), "withdrawal")


def test_a_group_noun_is_the_body_the_article_names_by_its_word(extractor):
    # the body is named after the demand: "the Kachin rebel group" is the Kachin Independence Army (a group of
    # parties.jsonl, no gazetteer actor)
    text = ("The leadership of the Kachin rebel group in Myanmar's northern region has demanded the withdrawal of "
            "government troops before any talks. The Kachin Independence Army (KIA) said on Sunday that it would "
            "accept a ceasefire.")
    assert holders(run_text(extractor, text), "withdrawal") == {"KIA"}


# ----- a headline's side for the person who does what it says --------------------------------------------------
HEADLINE = "Kenya Proposes Peace Plan to End Sudan War\n\n"


def test_the_person_who_does_what_the_headline_says_a_state_did_acts_for_it(extractor):
    text = HEADLINE + ("John Kamau called on the warring parties to meet in Nairobi next month. He proposed a plan "
                       "including a ceasefire and the withdrawal of fighters from the cities.")
    record = run_text(extractor, text)
    assert speaker_party(record, "Kamau") == "KEN"
    assert holders(record, "ceasefire") == {"KEN"}, record["conditions"]


@pytest.mark.parametrize("body, surname, party", [
    # another act than the headline's: the headline says nothing of this person
    ("John Kamau rejected the plan on Tuesday, saying the fighters must first leave the cities.", "Kamau", None),
    # a person the article gives a side keeps it
    ("Sudanese envoy Ali Osman proposed a plan including a ceasefire and the withdrawal of fighters from the "
     "cities.", "Osman", "SDN"),
])
def test_the_headline_gives_no_side_to_others(extractor, body, surname, party):
    assert speaker_party(run_text(extractor, HEADLINE + body), surname) == party


def test_a_person_leads_the_side_their_force_is_named_for(extractor):
    # "X's Oromo Liberation Army": the possessed force is a side's own name; the story never says "leader of"
    text = ("\"We will not disarm before the federal troops withdraw from our villages,\" Abdi Tolera said on Sunday. "
            "Last week, fighters of Tolera's Oromo Liberation Army seized the town.")
    record = run_text(extractor, text)
    assert speaker_party(record, "Tolera") == "OLA"
    assert holders(record, "withdrawal") == {"OLA"}, record["conditions"]


@pytest.mark.parametrize("text", [
    "The Kachin rebel group said on Sunday that government troops must withdraw from the valley. The Kachin "
    "Independence Army (KIA) took the town last week.",
    "The Kachin Independence Army (KIA) took the town. A spokesman for the Kachin rebel group said on Sunday that "
    "government troops must withdraw from the valley.",
])
def test_the_quotes_name_a_group_noun_s_body(extractor, text):
    record = run_text(extractor, text)
    said = [(q["speaker"], q["party"]) for q in record["quotes"]]
    assert said == [("Kachin Independence Army", "KIA")], said


def test_a_headline_with_a_dash_is_no_dateline(extractor):
    text = "Colombia - Talks Stall Again\n\n" + HOME
    assert speaker_party(run_text(extractor, text), "Mendoza") is None


def test_a_headline_pairing_two_sides_is_no_dateline(extractor):
    # "X - Y talks": two parties on either side of the dash, in a headline that runs on like a paragraph
    text = ("Ethiopia - Eritrea talks resumed in Nairobi on Monday as mediators pressed both sides for a deal on the "
            "border and a truce.\n\nPresident Juan Cruz, who attended as an observer, said a ceasefire was close.")
    assert speaker_party(run_text(extractor, text), "Cruz") is None


def test_a_title_case_dateline_before_an_agency_still_counts(extractor):
    assert speaker_party(run_text(extractor, "Nairobi (AP) - " + HOME), "Mendoza") == "KEN"


@pytest.mark.parametrize("text", [
    # a delegation is a state's own body: its demonym is whose, not where (unlike "the Libyan rebel leader")
    "Maria Lopez, who heads the Colombian delegation, said a ceasefire was vital.",
    "Maria Lopez, head of the Colombian delegation, said a ceasefire was vital.",
])
def test_a_state_s_delegation_gives_its_side(extractor, text):
    assert speaker_party(run_text(extractor, text), "Lopez") == "COL"


@pytest.mark.parametrize("name, row", [
    ("home_titles.txt", "Prime Minister"),  # two words: tokens are compared one at a time
    ("lead_verbs.txt", "take over"),  # compared one token at a time: two words never match
    ("armed_group_nouns.txt", "Rebels"),
])
def test_side_word_lists_refuse_rows_that_never_match(pdir, name, row):
    from peacecond.errors import PatternError
    from peacecond.patterns import Patterns

    path = pdir / name
    lines = path.read_text(encoding="utf-8").splitlines() + [row]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        Patterns.load(pdir)
    assert f"{name}:{len(lines)}" in str(err.value)


def test_a_verb_lemma_ending_like_an_inflection_is_accepted(pdir):
    from peacecond.patterns import Patterns

    path = pdir / "lead_verbs.txt"
    path.write_text(path.read_text(encoding="utf-8") + "succeed\nneed\n", encoding="utf-8")
    assert "succeed" in Patterns.load(pdir).extra["sides"]["lead_verbs"]


def test_the_quotes_and_the_conditions_read_one_resolver(nlp_working):
    doc = nlp_working("Jonas Pereira, Angola's foreign minister, said the rebels must disarm before any agreement.")
    assert doc._.pc_sides is not None and doc._.pc_sides is doc._.pc_cond_state.sides


@pytest.mark.parametrize("prep", ["against", "from", "to", "toward", "towards"])
def test_opposition_before_an_objection_preposition_is_no_side_in_text_either(prep):
    # the text test and the token test are one rule: "opposition toward the accord" objects, as "opposition to" does
    from peacecond.side_words import OBJECTION_PREPS as preps, OPPOSITION_SIDE

    assert prep in preps
    assert not OPPOSITION_SIDE.search(f"voiced opposition {prep} the accord")
    assert OPPOSITION_SIDE.search(f"a leader of the opposition {prep}day said")
