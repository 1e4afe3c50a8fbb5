"""Conditions on sentences written for the rule classes added after the blind sets (other outlets and conflicts):
cue word classes, holder resolution steps, scope limits. Every sentence here is our own."""
import pytest

from conftest import run_text


def conds(extractor, text):
    return run_text(extractor, text)["conditions"]


def find(cs, type_, stance="demand", party="__any__"):
    return [c for c in cs if c["type"] == type_ and c["stance"] == stance
            and (party == "__any__" or (c["by"] or {}).get("party") == party)]


def parties(cs, type_, stance="demand"):
    return {(c["by"] or {}).get("party") for c in find(cs, type_, stance)}


# ----- cue word classes ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, stance, party, on", [
    # a futility predicate after "without X": X's place at the table is demanded
    ("“Any settlement without Armenia’s participation is doomed,” Armenian Prime Minister Nikol Pashinyan said.",
     "negotiation_format", "demand", "ARM", None),
    # "nothing about X without X", for any named side
    ("“Nothing about Armenia will be decided without Armenia,” Armenian Prime Minister Nikol Pashinyan said.",
     "negotiation_format", "demand", "ARM", None),
    # conditioned on / contingent on
    ("Egypt's plan is conditioned on a permanent ceasefire, the Egyptian foreign minister told reporters.",
     "ceasefire", "demand", "EGY", None),
    # X as an essential element of any settlement (the classifying verb's subject holds it, it does not act)
    ("Lavrov named the lifting of sanctions as an essential element of any settlement.",
     "sanctions_relief", "demand", "RUS", None),
    # what a deal must include is demanded, even of a type that needs an explicit demand word
    ("Hamas said any agreement must include a permanent end to the war.", "ceasefire", "demand", "HAMAS", None),
    ("Kyiv will accept nothing less than a full withdrawal of Russian troops.", "withdrawal", "demand", "UKR", "RUS"),
    ("The European Union said Russia must first agree to an unconditional ceasefire.",
     "ceasefire", "demand", "EU", "RUS"),
    # peace will come when X
    ("“Peace will come when the last occupier leaves our land,” Zelensky said.", "withdrawal", "demand", "UKR", None),
    # refusal words: a fantasy, unrealistic, not peace, not a subject for bargaining, no question of
    ("Demands for reparations, the Kremlin spokesman said, were a fantasy.", "reparations", "reject", "RUS", None),
    ("A truce that freezes the front line is not peace, Zelensky said.", "ceasefire", "reject", "UKR", None),
    ("Ukraine's foreign minister said Kyiv's path to NATO was not a subject for bargaining.",
     "nato_neutrality", "reject", "UKR", None),
    ("India's foreign secretary said there was no question of any third-party mediation.",
     "negotiation_format", "reject", "IND", None),
    # a reporting aside inside a negation does not end its reach
    ("Ukraine would not, Sybiha added, give up its ambition to join NATO as the price of a truce.",
     "nato_neutrality", "reject", "UKR", None),
])
def test_cue_word_classes(extractor, text, type_, stance, party, on):
    hits = find(conds(extractor, text), type_, stance, party)
    assert hits, conds(extractor, text)
    if on is not None:
        assert hits[0]["on"] == on


@pytest.mark.parametrize("text, type_, party", [
    ("Russia wants the mobilisation in Ukraine to stop.", "demilitarization", "RUS"),
    ("The RSF demanded a halt to army offensives around El Fasher.", "ceasefire", "RSF"),
    ("Turkey demanded the departure of President Bashar al-Assad.", "elections", "TUR"),
    ("Turkey said Assad must step down before any political transition.", "elections", "TUR"),
    ("Armenia wants guarantees from the mediators that Azerbaijan will not attack its territory again.",
     "security_guarantees", "ARM"),
    ("Zelensky insisted that Ukraine must be part of any deal about its future.", "negotiation_format", "UKR"),
    ("Zelensky said Kyiv would talk only to Moscow.", "negotiation_format", "UKR"),
    ("“These issues will be settled bilaterally, and only bilaterally,” the Indian foreign ministry spokesman said.",
     "negotiation_format", "IND"),
    ("A Saudi official said a settlement would have to come from direct talks between the Houthis and the "
     "government.", "negotiation_format", "SAU"),
    ("Sudan's foreign ministry said any agreement must be between Sudan and the RSF.", "negotiation_format", "SDN"),
    ("Zelensky said Ukraine must have a seat at any table where its future is discussed.",
     "negotiation_format", "UKR"),
])
def test_condition_word_classes(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs


def test_a_guarantee_so_that_keeps_the_security_guarantee(extractor):
    # "so that" opens the goal of the guarantee; the guarantee itself stays demanded
    cs = conds(extractor, "Zelensky said any truce must be backed by security guarantees from partners, so that "
                          "Russia could not attack again.")
    assert parties(cs, "security_guarantees") == {"UKR"}


@pytest.mark.parametrize("text, type_", [
    # a noun's modifier is no election demand
    ("The European Union called on the country's election commission to publish the full results.", "elections"),
    # "fighting ... stopped" across a conditional: the fighting is not what is demanded to stop
    # (talks on the fighting: 'a pause in the fighting' is itself a ceasefire, offered here on a condition)
    ("The Kremlin said it would accept talks on the fighting only if Western states halted arms deliveries to "
     "Kyiv.", "ceasefire"),
    # "end ... sanctions" across a comma
    ("Talks cannot end the war, and sanctions cannot bring peace, the Chinese minister said.", "sanctions_relief"),
    # leaders leaving a place go into exile: no withdrawal
    ("Israel demanded that Hamas leaders leave Gaza.", "withdrawal"),
    # "leave X alone" is no withdrawal from X
    ("“We will not leave Ukraine alone,” German Foreign Minister Annalena Baerbock said.", "withdrawal"),
])
def test_no_condition(extractor, text, type_):
    cs = conds(extractor, text)
    assert not [c for c in cs if c["type"] == type_], cs


def test_the_pause_offered_on_a_condition_is_no_demand(extractor):
    # the pause is what the Kremlin offers; a halt to a third party's arms deliveries is no term on a side's own
    # forces (conditions.jsonl, the demilitarization row's definition)
    cs = conds(extractor, "The Kremlin said it would accept a pause in the fighting only if Western states halted "
                          "arms deliveries to Kyiv.")
    assert find(cs, "ceasefire", "offer", "RUS") and not find(cs, "ceasefire", "demand"), cs
    assert not [c for c in cs if c["type"] == "demilitarization"], cs


def test_leaving_a_named_country(extractor):
    cs = conds(extractor, "Turkish Foreign Minister Mevlut Cavusoglu said Iran's militias must leave Syria.")
    hits = find(cs, "withdrawal", "demand", "TUR")
    assert hits and hits[0]["on"] == "IRN"


# ----- scope ---------------------------------------------------------------------------------------------------------
def test_an_as_clause_is_out_of_the_demands_reach(extractor):
    cs = conds(extractor, "Hamas rejected Israeli demands that it disarm, as talks on extending the ceasefire "
                          "stalled.")
    assert parties(cs, "demilitarization", "reject") == {"HAMAS"}
    assert parties(cs, "demilitarization") == {"ISR"}
    assert not [c for c in cs if c["type"] == "ceasefire"]


def test_a_classifying_verb_makes_no_offer(extractor):
    cs = conds(extractor, "Peskov named Ukraine's neutrality as a key element of any future settlement, and the "
                          "lifting of sanctions.")
    assert parties(cs, "nato_neutrality") == {"RUS"} and parties(cs, "sanctions_relief") == {"RUS"}
    assert not [c for c in cs if c["stance"] == "offer"]


# ----- holders -------------------------------------------------------------------------------------------------------
def test_it_stands_for_the_plan_and_its_owner(extractor):
    cs = conds(extractor, "Zelensky presented his peace formula on Monday. The formula sets out Kyiv's terms. It calls "
                          "for the withdrawal of Russian troops.")
    hits = find(cs, "withdrawal", "demand", "UKR")
    assert hits and hits[0]["on"] == "RUS"


def test_it_stands_for_the_document_and_who_published_it(extractor):
    cs = conds(extractor, "The paper, published by the foreign ministry in Beijing, urged restraint. It called for a "
                          "ceasefire.")
    assert parties(cs, "ceasefire") == {"CHN"}


@pytest.mark.parametrize("text, type_, party", [
    ("Moscow demanded that Kyiv abandon its NATO bid. The lifting of sanctions came next on the list.",
     "sanctions_relief", "RUS"),
    ("Hamas said any deal must include a full withdrawal of Israeli troops. Also on its list: guarantees that Israel "
     "will not resume the war.", "security_guarantees", "HAMAS"),
])
def test_a_narrator_continuing_a_list_of_terms(extractor, text, type_, party):
    assert parties(conds(extractor, text), type_) == {party}


@pytest.mark.parametrize("text, type_, party, on", [
    ("Egypt called for an immediate ceasefire.", "ceasefire", "EGY", None),
    ("Syria demanded that Turkish troops withdraw from its territory.", "withdrawal", "SYR", "TUR"),
])
def test_a_country_the_gazetteer_lacks_takes_its_nationality_words_side(extractor, text, type_, party, on):
    hits = find(conds(extractor, text), type_, "demand", party)
    assert hits and (on is None or hits[0]["on"] == on)


def test_a_speaker_takes_the_side_of_its_first_mention(extractor):
    cs = conds(extractor, "Ukrainian Energy Minister Herman Halushchenko spoke to reporters on Monday. He said Russian "
                          "troops had to be removed from the plant.")
    hits = find(cs, "withdrawal", "demand", "UKR")
    assert hits and hits[0]["by"]["name"] == "Herman Halushchenko" and hits[0]["on"] == "RUS"


def test_he_inside_a_direct_quote_is_not_the_one_quoted(extractor):
    cs = conds(extractor, "Vladimir Putin spoke on Friday. “He is asking Ukraine to surrender territory,” said Anna "
                          "Kovalenko, an analyst in Kyiv.")
    hits = find(cs, "territorial_recognition", "demand")
    assert [c["by"]["name"] for c in hits] == ["Vladimir Putin"]


def test_no_side_inside_the_obliged_phrase_holds_the_demand(extractor):
    cs = conds(extractor, "All foreign militias backed by Iran, including Hezbollah, had to leave Syria, the Turkish "
                          "minister said.")
    assert parties(cs, "withdrawal") == {"TUR"}


def test_a_side_named_in_an_aside_does_not_hold_the_terms(extractor):
    cs = conds(extractor, "Ilham Aliyev spoke in Baku on Monday. While France and India supply Yerevan with arms, any "
                          "durable peace will require Armenia to stop building up its army.")
    assert not parties(cs, "demilitarization") & {"FRA", "IND"}


def test_coordinated_countries_each_hold_the_demand(extractor):
    cs = conds(extractor, "Germany and the UK pressed Moscow to accept an unconditional truce.")
    assert parties(cs, "ceasefire") == {"DEU", "GBR"}


def test_rejecting_that_framing_points_back(extractor):
    cs = conds(extractor, "A Saudi official proposed direct talks between the Houthis and the government. The Houthis "
                          "reject that framing.")
    assert parties(cs, "negotiation_format", "reject") == {"HOUTHIS"}


def test_these_are_conditions_makes_the_sentence_before_demanded(extractor):
    cs = conds(extractor, "“Compensation for all the damage and guarantees that this will not happen again,” Zelensky "
                          "said. “These are completely understandable conditions.”")
    assert parties(cs, "reparations") == {"UKR"} and parties(cs, "security_guarantees") == {"UKR"}


def test_these_are_not_conditions_demands_nothing(extractor):
    cs = conds(extractor, "Zelensky spoke of compensation for all the damage. “These are not intermediate conditions,” "
                          "he said.")
    assert not find(cs, "reparations")


def test_a_wildcard_gap_never_runs_over_a_paragraph_break(extractor):
    # the heading's "guarantees" must not start the mention: the demand sits in the next paragraph
    cs = conds(extractor, "Kyiv's guarantees\n\nUkraine insisted on firm guarantees that the Russian navy would not "
                          "use the corridor to attack its ports.")
    hits = find(cs, "security_guarantees", "demand", "UKR")
    assert hits and hits[0]["on"] == "RUS"
    assert all("\n" not in ev["text"] for c in cs for ev in c["evidence"])


@pytest.mark.parametrize("text, type_, party", [
    # quote marks inside the lifting phrase
    ("Peskov named the lifting of \"illegitimate\" Western sanctions as an essential element of any settlement.",
     "sanctions_relief", "RUS"),
    # a hyphenated word between the refusal and the attack
    ("Saudi Arabia wants firm guarantees that there will be no more cross-border drone attacks on its territory.",
     "security_guarantees", "SAU"),
])
def test_quote_marks_and_hyphens_do_not_break_a_phrase(extractor, text, type_, party):
    assert parties(conds(extractor, text), type_) == {party}


def test_a_deal_that_does_not_guarantee_x_is_unacceptable_demands_x(extractor):
    cs = conds(extractor, "“Any agreement that does not guarantee a permanent ceasefire and a full withdrawal is "
                          "unacceptable to us,” senior Hamas official Osama Hamdan said.")
    assert parties(cs, "ceasefire") == {"HAMAS"} and parties(cs, "withdrawal") == {"HAMAS"}
    assert not [c for c in cs if c["stance"] == "reject"]


def test_a_refusal_looking_back_at_another_sides_demand_keeps_both(extractor):
    cs = conds(extractor, "The Colombian government has insisted that any final agreement include the ELN laying down "
                          "its weapons, something the group has refused to discuss.")
    assert parties(cs, "demilitarization") == {"COL"}
    assert parties(cs, "demilitarization", "reject") == {"ELN"}


@pytest.mark.parametrize("text, type_, stance, party", [
    ("The RSF said it was ready for a nationwide ceasefire.", "ceasefire", "offer", "RSF"),
    ("The RSF called for talks under the auspices of the African Union.", "negotiation_format", "demand", "RSF"),
    ("The ELN demanded guarantees for the safety of its negotiators.", "security_guarantees", "demand", "ELN"),
    # a non-state armed group the gazetteer knows, dissolved (the model need not tag it ORG)
    ("Burhan said the RSF must be dissolved.", "demilitarization", "demand", "SDN"),
])
def test_more_word_classes(extractor, text, type_, stance, party):
    cs = conds(extractor, text)
    assert find(cs, type_, stance, party), cs


def test_rejecting_a_mediators_proposal_refuses_no_concession_owed_by_a_third_side(extractor):
    cs = conds(extractor, "Egypt proposed a truce under which Israel would pull back its troops to the border. Hamas "
                          "rejected the proposal.")
    assert parties(cs, "withdrawal") == {"EGY"}
    assert not find(cs, "withdrawal", "reject")


@pytest.mark.parametrize("text, type_, party", [
    ("“The only path to peace is the full withdrawal of Russian troops from our land,” Ukrainian Foreign Ministry "
     "spokesman Heorhiy Tykhyi said.", "withdrawal", "UKR"),
    ("Lebanese President Joseph Aoun said the state must have a monopoly on arms.", "demilitarization", "LBN"),
    ("Lebanese President Joseph Aoun wants Hezbollah's weapons placed under army control.", "demilitarization", "LBN"),
])
def test_still_more_word_classes(extractor, text, type_, party):
    assert parties(conds(extractor, text), type_) == {party}


def test_also_on_a_sides_agenda_continues_its_terms(extractor):
    cs = conds(extractor, "Lavrov said Kyiv must abandon plans to join NATO. He added that the return of frozen "
                          "Russian assets was also on Moscow's agenda.")
    assert parties(cs, "nato_neutrality") == {"RUS"} and parties(cs, "asset_unfreeze") == {"RUS"}


def test_a_goal_is_the_prepositions_object_and_the_owner_demands_what_follows(extractor):
    cs = conds(extractor, "Russia's conditions for peace include the withdrawal of Ukrainian troops from Donetsk and "
                          "the lifting of sanctions.")
    hits = find(cs, "withdrawal", "demand", "RUS")
    assert hits and hits[0]["on"] == "UKR" and hits[0]["regions"] == ["Donetsk"]
    assert parties(cs, "sanctions_relief") == {"RUS"}
    # the goal itself is no demand
    assert not find(conds(extractor, "Hamas's conditions for a ceasefire are the release of prisoners and a full "
                                     "Israeli withdrawal."), "ceasefire")


@pytest.mark.parametrize("text, type_, stance, party", [
    # a red line: a concession the holder would make is refused, one owed to it is insisted on
    ("Zelensky said territorial concessions were a red line for Ukraine.", "territorial_recognition", "reject", "UKR"),
    ("The Kremlin said Ukraine's neutrality was a red line.", "nato_neutrality", "demand", "RUS"),
    ("Kyiv has made the return of all occupied territories a precondition for any talks.", "withdrawal", "demand",
     "UKR"),
    ("Among Moscow's demands are the lifting of sanctions and Ukraine's neutrality.", "sanctions_relief", "demand",
     "RUS"),
])
def test_red_lines_returns_and_lists(extractor, text, type_, stance, party):
    assert find(conds(extractor, text), type_, stance, party)


def test_offering_x_in_exchange_for_y_demands_y(extractor):
    cs = conds(extractor, "Putin offered a ceasefire in exchange for Ukraine's withdrawal from four regions.")
    assert parties(cs, "ceasefire", "offer") == {"RUS"}
    hits = find(cs, "withdrawal", "demand", "RUS")
    assert hits and hits[0]["on"] == "UKR"


@pytest.mark.parametrize("text, type_, stance, party", [
    ("Ukraine is against freezing the conflict along the current front line.", "territorial_recognition", "reject",
     "UKR"),
    ("Belgrade demands the creation of an association of Serb-majority municipalities.", "minority_rights", "demand",
     "SRB"),
    ("Kosovo's Kurti refused to form an association of Serb-majority municipalities.", "minority_rights", "reject",
     "XKX"),
])
def test_opposition_and_minority_self_rule(extractor, text, type_, stance, party):
    assert find(conds(extractor, text), type_, stance, party)


def test_a_package_owner_named_by_an_agent(extractor):
    cs = conds(extractor, "TPLF leader Debretsion Gebremichael said his forces would only join talks after new "
                          "elections were held in Tigray. Ethiopia rejected the preconditions set by the TPLF.")
    assert parties(cs, "elections") == {"TPLF"} and parties(cs, "elections", "reject") == {"ETH"}
    cs = conds(extractor, "TPLF leader Debretsion Gebremichael said his forces would only join talks after the "
                          "withdrawal of Eritrean troops. Ethiopia rejected the preconditions set by the TPLF.")
    assert parties(cs, "withdrawal") == {"TPLF"}
    # the withdrawal is owed by Eritrea, not Ethiopia: rejecting the package refuses no withdrawal of Ethiopia's
    assert not find(cs, "withdrawal", "reject")


def test_the_only_acceptable_outcome(extractor):
    cs = conds(extractor, "Zelensky said the only acceptable outcome was the return of all occupied territories.")
    assert parties(cs, "withdrawal") == {"UKR"}


@pytest.mark.parametrize("text, type_, stance, party", [
    ("“Nobody will tell Ukraine how big its army should be,” Zelensky said.", "demilitarization", "reject", "UKR"),
    ("“No one will recognise the annexation of Crimea,” Zelensky said.", "territorial_recognition", "reject", "UKR"),
    ("Russia wants to cap the size of Ukraine's army.", "demilitarization", "demand", "RUS"),
])
def test_nobody_will_and_army_size(extractor, text, type_, stance, party):
    assert find(conds(extractor, text), type_, stance, party)


def test_no_one_wants_refuses_nothing(extractor):
    assert not conds(extractor, "“No one wants a ceasefire more than we do,” Zelensky said.")


def test_before_opens_a_goal_unless_the_main_clause_refuses(extractor):
    # "X before elections are held": the elections come after, no demand of them
    assert not conds(extractor, "Zelensky pressed Putin on regaining control of the border before local elections are "
                                "held there.")
    # a refused or negated main clause: what "before" opens is the condition
    for text in ("Zelensky said Ukraine would not hold talks before Russia withdraws its troops.",
                 "Kyiv refused to negotiate before Russian troops left its territory."):
        assert parties(conds(extractor, text), "withdrawal") == {"UKR"}, text


def test_readiness_inside_a_condition_offers_nothing(extractor):
    cs = conds(extractor, "“As soon as Kyiv declares that it is ready for such a decision and begins the withdrawal of "
                          "its troops, we will order a ceasefire,” Putin said.")
    assert parties(cs, "withdrawal") == {"RUS"}
    assert not find(cs, "withdrawal", "offer")


def test_came_next_to_is_no_list(extractor):
    cs = conds(extractor, "Moscow demanded that Kyiv abandon its NATO bid. A missile came next to a school from which "
                          "troops had withdrawn.")
    assert not find(cs, "withdrawal")


@pytest.mark.parametrize("text, type_, stance, party", [
    ("Iranian Deputy Foreign Minister Hossein Jaberi Ansari said the presence of Iran's advisers in Syria was not up "
     "for negotiation.", "withdrawal", "reject", "IRN"),
    ("“Our goals have not changed,” Peskov said, listing among them the demilitarisation of Ukraine.",
     "demilitarization", "demand", "RUS"),
])
def test_presence_and_listing_among_them(extractor, text, type_, stance, party):
    assert find(conds(extractor, text), type_, stance, party)


def test_it_has_ruled_out_is_the_side_that_spoke_before(extractor):
    cs = conds(extractor, "Kyiv says any deal must include robust security guarantees. It has ruled out recognising "
                          "any of its territory as Russian.")
    assert parties(cs, "territorial_recognition", "reject") == {"UKR"}


def test_a_negated_demand_verb_demands_nothing(extractor):
    assert not conds(extractor, "Israel is not demanding the immediate disarmament of Hamas, an official said.")


def test_a_sides_allies_are_not_that_side(extractor):
    cs = conds(extractor, "Ukraine's allies want Russia to pay reparations for the damage.")
    assert not parties(cs, "reparations") & {"UKR"}


def test_a_passive_refusals_agent_refuses(extractor):
    cs = conds(extractor, "Moscow's demand for neutrality was rejected by Kyiv.")
    assert parties(cs, "nato_neutrality") == {"RUS"} and parties(cs, "nato_neutrality", "reject") == {"UKR"}


def test_what_stands_between_only_and_if_is_the_goal(extractor):
    cs = conds(extractor, "In a statement, the ELN said it would only sign a ceasefire if the army suspended its "
                          "offensive operations.")
    # the ceasefire signed is the goal; the army suspending its offensive is the demanded halt
    hits = find(cs, "ceasefire", "demand", "ELN")
    assert hits and all("suspended" in ev["text"] for ev in hits[0]["evidence"])


# ----- objects coordinated under one demand verb, texts that speak for their owner, transcript turns -------------
def test_every_object_coordinated_under_a_demand_verb_is_demanded(extractor):
    cs = conds(extractor, "Azerbaijan demands the recognition of Karabakh as Azerbaijani territory, the dissolution of "
                          "the separatist administration, the lifting of all sanctions against Baku and the complete "
                          "withdrawal of Armenian forces from the region.")
    assert parties(cs, "withdrawal") == {"AZE"} and parties(cs, "sanctions_relief") == {"AZE"}
    # a refusal in between ends the object's reach
    cs = conds(extractor, "Azerbaijan demands the recognition of Karabakh as part of Azerbaijan, while Armenia "
                          "rejects the withdrawal of its forces from the border villages.")
    assert parties(cs, "withdrawal") == set() and parties(cs, "withdrawal", "reject") == {"ARM"}


def test_a_text_speaks_for_its_owner(extractor):
    # the text's own owner, and "it" for the text of the sentence before
    cs = conds(extractor, "Israel presented its proposal on Monday. The Israeli proposal foresees the disarmament of "
                          "Hamas. It also envisages a ceasefire of six weeks.")
    assert parties(cs, "demilitarization") == {"ISR"} and parties(cs, "ceasefire") == {"ISR"}
    # a part of a text ("Point four") speaks for the owner of the text named before it
    cs = conds(extractor, "Colombia's government published its six-point plan. Point four calls for a bilateral "
                          "ceasefire and point five asks for new elections in the region.")
    assert parties(cs, "ceasefire") == {"COL"} and parties(cs, "elections") == {"COL"}
    # a text no side owns (the agreement of both) demands nothing; nor does a subject that is no text
    cs = conds(extractor, "The text of the agreement obliges the militia to hand over its heavy weapons.")
    assert find(cs, "demilitarization") == []
    cs = conds(extractor, "The talks in Doha included a ceasefire for the eastern provinces.")
    assert find(cs, "ceasefire") == []


TRANSCRIPT = """Statement by the head of the Armenian delegation (transcript)

Ararat Mirzoyan: Good evening. We came here with a clear position. We need international security guarantees for Armenia.

Question (AFP): Will Armenia withdraw its troops from the border villages?

Ararat Mirzoyan: We will study the proposal. A ceasefire along the whole border should come first.

* * *

Reference. Officials in Baku said a ceasefire should come first.
"""


def test_a_transcript_turn_is_its_speaker_s_statement(extractor):
    rec = run_text(extractor, TRANSCRIPT)
    cs = rec["conditions"]
    assert {(c["by"] or {}).get("name") for c in find(cs, "security_guarantees")} == {"Ararat Mirzoyan"}
    assert parties(cs, "security_guarantees") == {"ARM"}
    # the second turn is his too; the paragraph after the separator is not
    (c,) = [c for c in find(cs, "ceasefire", party="ARM")]
    assert all(rec["text"][e["start"]:e["end"]] == e["text"] for e in c["evidence"])
    assert all(e["start"] < rec["text"].index("* * *") for e in c["evidence"])


def test_name_colon_headings_of_a_live_blog_are_no_transcript(extractor):
    cs = conds(extractor, "Aliyev: talks possible once treaty is ready\n\nA ceasefire should come first, officials "
                          "in the region said.\n\nPashinyan: border commission to meet in May\n\nNo details were "
                          "given.")
    assert parties(cs, "ceasefire") <= {None}


def test_a_side_s_position_before_a_colon_lists_its_demands(extractor):
    cs = conds(extractor, "The Ethiopian prime minister went on to list what he called the government's principled "
                          "position: a full disarmament of the TPLF, the withdrawal of Eritrean forces from Tigray, "
                          "and new elections in the region.")
    for t in ("demilitarization", "withdrawal", "elections"):
        assert parties(cs, t) == {"ETH"}, t


def test_a_pronoun_refusal_refuses_the_package_the_sentence_named(extractor):
    cs = conds(extractor, "Addis Ababa demands the disarmament of the TPLF and new elections in Tigray. Ethiopia's "
                          "conditions, TPLF leader Debretsion Gebremichael said, were no different from the "
                          "ultimatums of the past, and the TPLF would not accept any of them.")
    assert parties(cs, "demilitarization", "reject") == {"TPLF"} and parties(cs, "elections", "reject") == {"TPLF"}
    assert parties(cs, "elections") == {"ETH"}


def test_a_demand_noun_does_not_do_what_it_includes(extractor):
    # the subject of "include" is a text: Israel demands the disarmament, it does not offer it
    cs = conds(extractor, "Israel's demands include the disarmament of Hamas.")
    assert parties(cs, "demilitarization") == {"ISR"} and find(cs, "demilitarization", "offer") == []


def test_a_speaker_s_role_names_the_government_or_group_they_speak_for(extractor):
    cs = conds(extractor, "The M23 took the city in January. \"It is not a question of withdrawal but of mechanisms "
                          "for empowering the state,\" Bertrand Bisimwa, the movement's president, wrote on X.")
    assert parties(cs, "withdrawal", "reject") == {"M23"}
    cs = conds(extractor, "The Colombian government wants the talks to go on. Government spokesman Luis Perez said "
                          "the ELN must agree to a bilateral ceasefire.")
    (c,) = find(cs, "ceasefire")
    assert c["by"] == {"name": "Luis Perez", "party": "COL"} and c["on"] == "ELN"


def test_a_quoted_analyst_without_a_side_does_not_hide_the_side_the_sentence_names(extractor):
    cs = conds(extractor, "\"Moscow has been clear: Ukraine must withdraw its troops from the Donetsk region,\" said "
                          "Olena Hrytsenko, a researcher at a think tank in Warsaw.")
    assert parties(cs, "withdrawal") == {"RUS"}


def test_a_delegation_named_by_its_side_is_not_the_last_armed_group(extractor):
    # "the Ukrainian delegation": the side the noun's own modifier names, not the last group the story named
    for text in ("The M23 took Goma in January. Taras Melnyk, who leads the Ukrainian delegation, said Russia must "
                 "withdraw its troops first.",
                 "The M23 took Goma in January. \"Russia must withdraw its troops first,\" said Taras Melnyk, who "
                 "leads the Ukrainian delegation."):
        assert parties(conds(extractor, text), "withdrawal") == {"UKR"}
