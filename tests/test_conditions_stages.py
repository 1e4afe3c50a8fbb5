"""Conditions stages (src/peacecond/conditions/) on sentences written for each general mechanism: other words, other
actors, other conflicts than the articles the rules were tuned on. Every sentence here is our own."""
import pytest

from conftest import run_text


def conds(extractor, text):
    return run_text(extractor, text)["conditions"]


def find(cs, type_, stance="demand", party="__any__"):
    return [c for c in cs if c["type"] == type_ and c["stance"] == stance
            and (party == "__any__" or (c["by"] or {}).get("party") == party)]


# ----- frames: an order is a demand -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("The African Union ordered the RSF to withdraw from El Fasher by Friday.", "withdrawal", "AU"),
    ("Israel instructed Hamas to release all hostages before any ceasefire talks.", "withdrawal", None),
])
def test_an_order_to_act_is_a_demand_of_whoever_orders(extractor, text, type_, party):
    cs = conds(extractor, text)
    if party is None:
        assert not find(cs, "withdrawal"), cs  # no withdrawal named: the order demands no such thing
    else:
        assert find(cs, type_, "demand", party), cs


def test_an_order_that_is_no_directive_demands_nothing(extractor):
    # "ordered" as a purchase and "in order to" state no terms
    cs = conds(extractor, "Armenia ordered new artillery in order to withdraw older systems from the front.")
    assert not find(cs, "withdrawal", "demand"), cs


@pytest.mark.parametrize("text, party", [
    ("Azerbaijan has ruled out direct talks with the Armenian opposition, the foreign ministry in Baku said.", "AZE"),
    ("Sudan’s army rejected direct talks with the RSF, its spokesman said.", "SDN"),
])
def test_ruling_out_a_format_sets_the_format_the_refuser_demands(extractor, text, party):
    cs = conds(extractor, text)
    assert find(cs, "negotiation_format", "reject", party), cs
    assert find(cs, "negotiation_format", "demand", party), cs


def test_refusing_another_type_demands_nothing(extractor):
    cs = conds(extractor, "Colombia's government rejected a ceasefire with the ELN, the defence minister said.")
    assert find(cs, "ceasefire", "reject", "COL"), cs
    assert not find(cs, "ceasefire", "demand"), cs


# ----- references: "it" and the set a rejection names --------------------------------------------------------------
def test_it_stands_for_the_text_named_before_as_object_too(extractor):
    text = ("Armenia's foreign minister criticised the Azerbaijani proposal as a trap, saying it demanded that Armenia "
            "withdraw its troops from the disputed villages.")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "demand", "AZE"), cs
    assert not find(cs, "withdrawal", "demand", "ARM"), cs


def test_a_side_named_after_the_text_is_what_it_stands_for(extractor):
    cs = conds(extractor, "Hamas received the Egyptian proposal on Monday. Israel said it demanded the withdrawal "
                          "of Hamas fighters from Rafah.")
    assert find(cs, "withdrawal", "demand", "ISR"), cs


def test_a_type_named_before_a_terms_noun_is_what_the_terms_are_for(extractor):
    text = ("Colombia rejected ceasefire terms proposed by the ELN, which include the withdrawal of the army from "
            "Catatumbo.")
    cs = conds(extractor, text)
    assert not find(cs, "ceasefire", "reject"), cs


# ----- enumerations: list items take their header's stance and holder ----------------------------------------------
def test_arrowed_items_under_a_text_take_its_owner_past_a_title_line(extractor):
    text = ("Below is the proposal published by the Armenian government:\n\n"
            "Principles of a settlement\n\n"
            "→ A complete ceasefire along the whole border.\n\n"
            "→ Security guarantees for the Armenian population of the region.\n")
    cs = conds(extractor, text)
    assert find(cs, "ceasefire", "demand", "ARM"), cs
    assert find(cs, "security_guarantees", "demand", "ARM"), cs


def test_bare_noun_phrase_paragraphs_after_a_colon_header_are_demanded(extractor):
    text = ("Israel's conditions for ending the war include:\n\n"
            "The disarmament of Hamas.\n\n"
            "The release of all hostages.\n\n"
            "A full withdrawal of Hamas fighters from Rafah.\n\n"
            "Mediators said the talks would resume in Cairo.\n")
    cs = conds(extractor, text)
    assert find(cs, "demilitarization", "demand", "ISR"), cs
    assert find(cs, "withdrawal", "demand", "ISR"), cs


def test_a_paragraph_that_states_something_ends_the_list(extractor):
    text = ("The ELN's demands are as follows:\n\n"
            "- An end to air strikes in Catatumbo.\n\n"
            "Colombia's president said the army must withdraw from the border towns.\n")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "demand", "COL"), cs
    assert not find(cs, "withdrawal", "demand", "ELN"), cs


@pytest.mark.parametrize("text, types, party", [
    ("Qatar proposed a plan including a ceasefire and the withdrawal of Israeli troops from Gaza.",
     ["ceasefire", "withdrawal"], "QAT"),
    ("Egypt's foreign minister listed ten principles, which included a ceasefire, security guarantees for all "
     "countries and the release of hostages.", ["ceasefire", "security_guarantees"], "EGY"),
    ("Egypt's president unveiled a framework including a ceasefire and direct talks between the army and the RSF.",
     ["ceasefire", "negotiation_format"], "EGY"),
])
def test_what_a_set_of_terms_includes_is_demanded_by_its_owner(extractor, text, types, party):
    cs = conds(extractor, text)
    for t in types:
        assert find(cs, t, "demand", party), (t, cs)


def test_a_set_rejected_is_its_owners_demand_and_the_refusers_rejection(extractor):
    cs = conds(extractor, "Russia rejected a Ukrainian plan including a ceasefire along the current front line.")
    assert find(cs, "ceasefire", "demand", "UKR"), cs
    assert find(cs, "ceasefire", "reject", "RUS"), cs
    assert not find(cs, "ceasefire", "demand", "RUS"), cs


def test_a_set_named_again_is_held_by_the_owner_named_first(extractor):
    text = ("Armenia rejected the security demands that Azerbaijan put to Yerevan last year. Those demands envisaged "
            "the withdrawal of Armenian troops from the border.")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "demand", "AZE"), cs
    assert not find(cs, "withdrawal", "demand", "ARM"), cs


# ----- holders ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, party", [
    ("The Israelis insisted on the disarmament of Hamas before any truce.", "demilitarization", "ISR"),
    ("The Ukrainians demanded the withdrawal of all Russian troops.", "withdrawal", "UKR"),
])
def test_a_people_named_in_the_plural_holds_for_its_side(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "demand", party)


# ----- frames: a demand noun's modifiers, refusal verbs ---------------------------------------------------------------
def test_a_type_named_before_a_demand_noun_is_demanded_by_its_owner(extractor):
    cs = conds(extractor, "The army in Khartoum ignored ceasefire demands from Egypt, the mediators said.")
    assert find(cs, "ceasefire", "demand", "EGY"), cs
    cs = conds(extractor, "Israel's withdrawal demand was rejected by Hezbollah.")
    assert find(cs, "withdrawal", "demand", "ISR"), cs


@pytest.mark.parametrize("verb", ["ignored", "defied", "snubbed", "resisted"])
def test_ignoring_or_defying_a_call_is_a_refusal(extractor, verb):
    cs = conds(extractor, f"The ELN {verb} the government's demands for a ceasefire.")
    assert find(cs, "ceasefire", "reject", "ELN"), cs
    assert not find(cs, "ceasefire", "demand", "ELN"), cs


# ----- references: a set rejected stands for its conditions ------------------------------------------------------------
def test_it_after_a_plan_rejects_the_plans_conditions(extractor):
    text = ("Qatar is pushing a plan that envisages Israel pulling out all its troops from Gaza, but Israel dismissed "
            "it on Monday.")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "reject", "ISR"), cs


def test_a_refusal_under_if_refuses_nothing(extractor):
    text = ("Qatar is pushing a plan that envisages Israel pulling out all its troops from Gaza. If Israel refuses "
            "it, the talks will end, a Qatari official said.")
    assert not find(conds(extractor, text), "withdrawal", "reject"), text


def test_a_possessed_plan_rejected_rejects_what_its_owner_demands(extractor):
    text = ("Azerbaijan demanded that Armenia withdraw its troops from the border villages. Armenia rejected "
            "Azerbaijan's peace formula on Tuesday.")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "reject", "ARM"), cs


# ----- frames: a scope ends where its clause ends --------------------------------------------------------------------
@pytest.mark.parametrize("text, refuser, offered", [
    ("Armenia rejected Azerbaijan's demands as unacceptable and said Yerevan was ready to agree to a ceasefire "
     "along the border.", "ARM", "ceasefire"),
    ("Hamas rejected the Israeli demand for its disarmament and said it was ready to accept a truce.",
     "HAMAS", "ceasefire"),
])
def test_a_rejection_and_an_offer_in_one_sentence(extractor, text, refuser, offered):
    cs = conds(extractor, text)
    assert find(cs, offered, "offer", refuser), cs
    assert not find(cs, offered, "reject"), cs


def test_a_refusal_inside_a_demand_is_what_the_demand_says(extractor):
    cs = conds(extractor, "Moscow demands Baku's refusal to join any military alliance, the Kremlin said.")
    assert not find(cs, "nato_neutrality", "reject"), cs


# ----- records: each evidence item keeps its own holder, date and quote ---------------------------------------------
def test_merged_statements_keep_their_own_holder_and_date(extractor):
    rec = run_text(extractor, "On Monday, Israeli Prime Minister Benjamin Netanyahu demanded the disarmament of Hamas. "
                              "“Hamas must disarm completely,” Israeli Defence Minister Israel Katz said on Tuesday.",
                   published="2025-03-05")
    hits = find(rec["conditions"], "demilitarization", "demand", "ISR")
    assert len(hits) == 1, rec["conditions"]
    evs = hits[0]["evidence"]
    assert len(evs) == 2, evs
    names = [(e["by"] or {}).get("name") for e in evs]
    assert names[0] == "Benjamin Netanyahu" and names[1] and "Katz" in names[1], evs
    assert [e["date"] for e in evs] == ["2025-03-03", "2025-03-04"], evs
    assert evs[0]["quote"] is None and evs[1]["quote"] is not None
    for e in evs:
        assert rec["text"][e["start"]:e["end"]] == e["text"]


@pytest.mark.parametrize("text, type_, stance, party", [
    ("The thorny issue of an Armenian withdrawal, vehemently opposed by Yerevan, was not discussed.",
     "withdrawal", "reject", "ARM"),
    ("The ceasefire demanded by Egypt has not taken hold in Gaza.", "ceasefire", "demand", "EGY"),
])
def test_a_participle_speaks_of_the_noun_it_describes(extractor, text, type_, stance, party):
    assert find(conds(extractor, text), type_, stance, party)


def test_refusing_talks_without_naming_a_counterpart_sets_no_format(extractor):
    cs = conds(extractor, "Azerbaijan has rejected direct talks, the foreign ministry in Baku said.")
    assert not find(cs, "negotiation_format", "demand"), cs


def test_a_type_named_before_a_report_noun_is_what_the_report_is_about(extractor):
    assert not find(conds(extractor, "Hamas dismissed a Reuters ceasefire report as fabricated."), "ceasefire", "reject")
    assert find(conds(extractor, "Hamas rejected the ceasefire on Monday."), "ceasefire", "reject", "HAMAS")


def test_a_text_without_owner_speaks_for_who_issued_the_text_named_before(extractor):
    text = ("Envoys met in Doha to discuss the plan, drafted by Egypt's foreign minister last week. "
            "The roadmap would require Israel to withdraw its troops from the Philadelphi corridor.")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "demand", "EGY"), cs


@pytest.mark.parametrize("text, type_, party", [
    ("Pashinyan said Armenia is ready to recognise Azerbaijan's borders in exchange for security guarantees.",
     "security_guarantees", "ARM"),
    ("Hamas offered to release hostages in return for a full withdrawal of Israeli troops.", "withdrawal", "HAMAS"),
])
def test_what_a_side_asks_in_return_for_its_own_offer_is_its_demand(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs
    assert not find(cs, type_, "offer"), cs


@pytest.mark.parametrize("text, type_, stance, parties", [
    ("Colombia's government and the ELN agreed to a six-month ceasefire, the negotiators said.",
     "ceasefire", "offer", {"COL", "ELN"}),
    ("Ukraine's president and Russia's foreign minister both demanded a ceasefire.", "ceasefire", "demand",
     {"UKR", "RUS"}),
])
def test_each_side_of_a_coordinated_subject_holds_the_stance(extractor, text, type_, stance, parties):
    cs = conds(extractor, text)
    assert {(c["by"] or {}).get("party") for c in find(cs, type_, stance)} == parties, cs


def test_numbered_items_under_a_terms_header_without_a_demand_verb(extractor):
    text = ("The RSF set out its terms for a truce:\n\n1. The withdrawal of army units from Omdurman.\n\n"
            "2. Elections within a year.\n\nThe army has not responded.")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "demand", "RSF") and find(cs, "elections", "demand", "RSF"), cs


def test_first_second_after_a_set_of_terms_are_its_items(extractor):
    cs = conds(extractor, "Azerbaijan has two conditions. First, Armenia must amend its constitution. Second, "
                          "Armenia must withdraw its troops from the border.")
    assert find(cs, "withdrawal", "demand", "AZE"), cs
    cs = conds(extractor, "The talks failed for two reasons. First, Russia refused to withdraw its troops.")
    assert not find(cs, "withdrawal", "demand"), cs


def test_the_side_that_must_act_is_read_in_the_items_own_phrase(extractor):
    cs = conds(extractor, "Netanyahu laid out his conditions: the disarmament of Hamas, the demilitarisation of Gaza "
                          "and Israeli security control.")
    assert find(cs, "demilitarization", "demand", "ISR"), cs
    assert not find(cs, "demilitarization", "offer"), cs


@pytest.mark.parametrize("text, type_, stance, party", [
    ("Hamas says a permanent ceasefire is non-negotiable.", "ceasefire", "demand", "HAMAS"),
    ("For Israel, the disarmament of Hamas is a must.", "demilitarization", "demand", "ISR"),
    ("“Our weapons are non-negotiable,” a Hezbollah official said.", "demilitarization", "reject", "HEZBOLLAH"),
])
def test_what_is_non_negotiable_is_insisted_on(extractor, text, type_, stance, party):
    assert find(conds(extractor, text), type_, stance, party)


def test_for_now_names_no_holder(extractor):
    assert find(conds(extractor, "For now, Ukraine must withdraw from Kursk, Putin said."), "withdrawal", "demand",
                "RUS")


def test_a_text_that_takes_in_another_sides_demands_makes_them_its_owners_too(extractor):
    cs = conds(extractor, "The Egyptian draft contains several of Hamas's demands, including a full withdrawal of "
                          "Israeli troops.")
    assert find(cs, "withdrawal", "demand", "EGY") and find(cs, "withdrawal", "demand", "HAMAS"), cs
    cs = conds(extractor, "Hamas's demands include a full withdrawal of Israeli troops.")
    assert {(c["by"] or {}).get("party") for c in find(cs, "withdrawal")} == {"HAMAS"}, cs


def test_every_side_listed_after_from_holds_the_demand(extractor):
    cs = conds(extractor, "Hamas rejected calls from Egypt and Qatar for a ceasefire.")
    assert {(c["by"] or {}).get("party") for c in find(cs, "ceasefire")} == {"EGY", "QAT"}, cs
    assert find(cs, "ceasefire", "reject", "HAMAS"), cs


def test_a_speech_verb_coordinated_with_another_shares_its_subject(extractor):
    text = ("The ELN said it would observe a truce. Colombia's defence minister thanked the mediators but insisted the "
            "offensive would go on. The army would only halt its operations if the ELN laid down its weapons.")
    cs = conds(extractor, text)
    assert find(cs, "demilitarization", "demand", "COL"), cs
    assert not find(cs, "demilitarization", "demand", "ELN") and not find(cs, "demilitarization", "offer"), cs


@pytest.mark.parametrize("text", [
    "Ramaphosa spoke by phone with Kagame, and the two men discussed the prospect of a truce in Kivu.",
    "The guerrillas are to declare a one-sided truce within days, their leader announced.",
])
def test_a_phone_call_or_calling_a_truce_demands_nothing(extractor, text):
    assert not find(conds(extractor, text), "ceasefire", "demand"), text


def test_a_call_for_or_from_a_side_is_a_demand(extractor):
    assert find(conds(extractor, "Egypt's call for a ceasefire in Gaza went unanswered."), "ceasefire", "demand", "EGY")


@pytest.mark.parametrize("text, absent, present", [
    ("The Qatari envoy described Israel's stance as unacceptable and accused Netanyahu of stalling a "
     "truce on purpose.", ("ceasefire", "reject"), None),
    ("Kyiv rejected and condemned the plan to cede territory.", None, ("territorial_recognition", "reject", "UKR")),
    ("Russia refused to withdraw its troops and disband its units.", None, ("demilitarization", "reject", "RUS")),
])
def test_a_refusal_ends_where_a_coordinated_predicate_starts(extractor, text, absent, present):
    cs = conds(extractor, text)
    if absent:
        assert not find(cs, *absent), cs
    if present:
        assert find(cs, *present), cs


@pytest.mark.parametrize("text, type_, party", [
    ("Egypt's foreign minister underlined the need for an immediate ceasefire in Gaza.", "ceasefire", "EGY"),
    ("Armenia's prime minister stressed the importance of security guarantees for Armenians in the region.",
     "security_guarantees", "ARM"),
])
def test_stressing_the_need_for_x_asks_for_x(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "demand", party)


@pytest.mark.parametrize("text", ["A ceasefire is another condition, the Hamas official said.",
                                  "Hamas said a ceasefire is also a key condition."])
def test_x_is_another_condition(extractor, text):
    assert find(conds(extractor, text), "ceasefire", "demand", "HAMAS")


def test_a_hedge_a_side_states_of_itself_keeps_its_holder(extractor):
    assert find(conds(extractor, "Israel has signalled it could accept a temporary truce."), "ceasefire", "offer",
                "ISR")
    cs = conds(extractor, "Hamas said Israel might demand its disarmament.")
    assert not find(cs, "demilitarization", "demand", "HAMAS") and not find(cs, "demilitarization", "demand", "ISR")


@pytest.mark.parametrize("text, type_, refuser", [
    ("Russia demanded that Ukraine cede Donetsk. Kyiv said the demand was unacceptable.",
     "territorial_recognition", "UKR"),
    ("Hamas wants a full Israeli withdrawal from Gaza. Netanyahu called the demand delusional.", "withdrawal", "ISR"),
    ("Moscow insists on Ukraine's neutrality. Zelensky has repeatedly said that is a non-starter.",
     "nato_neutrality", "UKR"),
    ("Azerbaijan demands that Armenia withdraw its troops. Yerevan calls these demands a capitulation.",
     "withdrawal", "ARM"),
    ("The RSF demanded a ceasefire. Sudan's army said it would not agree to that.", "ceasefire", "SDN"),
])
def test_a_refusal_said_of_a_term_that_points_back(extractor, text, type_, refuser):
    cs = conds(extractor, text)
    assert find(cs, type_, "reject", refuser), cs


def test_a_dismissive_word_about_something_else_refuses_nothing(extractor):
    cs = conds(extractor, "Russia demanded that Ukraine cede Donetsk. Kyiv said the weather was absurd.")
    assert not find(cs, "territorial_recognition", "reject"), cs


# ----- frames: a refusal or offer supposed, asked about or kept silent on states nothing ---------------------------
@pytest.mark.parametrize("text, type_, stance", [
    ("Azerbaijan said it would seize more villages if Armenia does not accept Baku's ultimatum to withdraw its "
     "troops.", "withdrawal", "reject"),
    ("Serbia will resume the blockade if Kosovo does not accept a withdrawal of its police from the north.",
     "withdrawal", "reject"),
    ("Asked whether Hamas would reject a ceasefire, the spokesman said no decision had been made.", "ceasefire",
     "reject"),
    ("Hamas refused to say whether it would accept a truce.", "ceasefire", "offer"),
])
def test_a_stance_under_if_or_whether_is_nobodys(extractor, text, type_, stance):
    assert not find(conds(extractor, text), type_, stance), text


@pytest.mark.parametrize("text, type_, stance, party", [
    ("Kosovo will not accept a withdrawal of its police unless Serbia recognises Kosovo.", "withdrawal", "reject",
     "XKX"),
    ("Israel would not accept a ceasefire if Hamas kept its weapons.", "ceasefire", "reject", "ISR"),
    ("Hamas will accept a truce if Israel withdraws from Rafah.", "ceasefire", "offer", "HAMAS"),
])
def test_a_stance_in_the_main_clause_of_a_condition_stands(extractor, text, type_, stance, party):
    assert find(conds(extractor, text), type_, stance, party), text


@pytest.mark.parametrize("text", [
    "The army spokesman declined to comment on the withdrawal of troops from El Fasher.",
    "Belgrade refused to be drawn on the recognition of Kosovo.",
])
def test_declining_to_comment_refuses_nothing(extractor, text):
    assert not [c for c in conds(extractor, text) if c["stance"] == "reject"], text


def test_declining_to_act_is_still_a_refusal(extractor):
    cs = conds(extractor, "The RSF declined to withdraw from El Fasher, its commander said.")
    assert find(cs, "withdrawal", "reject", "RSF"), cs


# ----- frames: a negation or offer inside the content of a demanded assurance is what is demanded ------------------
@pytest.mark.parametrize("text, type_, party", [
    ("The RSF sought assurances that the army would not refuse a ceasefire.", "ceasefire", "RSF"),
    ("Kosovo demanded a pledge from Belgrade that it would never reject a withdrawal of its police.", "withdrawal",
     "XKX"),
])
def test_a_refusal_inside_a_demanded_assurance_is_demanded(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert not find(cs, type_, "reject"), cs
    assert find(cs, type_, "demand", party), cs


def test_a_refusal_in_a_clause_the_verb_takes_stays_the_subjects(extractor):
    # "insisted (that) it would never ...": the clause hangs on the verb, the subject states its own refusal
    cs = conds(extractor, "Serbia insisted it would never recognise Kosovo, the president's office said.")
    assert find(cs, "territorial_recognition", "reject", "SRB"), cs


def test_a_plan_dismissed_stands_for_all_its_terms_not_the_last_sentences_only(extractor):
    text = ("Ghana's president John Mahama put forward a five-step plan containing a truce and the creation of a "
            "demilitarized zone. The demilitarized zone should be policed by ECOWAS troops, he said. "
            "The Malian junta's spokesman Abdoulaye Maiga rejected the plan on Monday.")
    cs = conds(extractor, text)
    assert find(cs, "ceasefire", "reject", "MLI"), cs
    assert find(cs, "demilitarization", "reject", "MLI"), cs


# ----- frames: what someone expects or asks a side will demand is speculation -------------------------------------
@pytest.mark.parametrize("text", [
    "I would expect Azerbaijan to demand the withdrawal of Armenian troops from the border villages.",
    "I also would expect Serbia to demand (non-negotiable) the lifting of all sanctions.",
    "Will Israel insist on the disarmament of Hamas? I think so.",
    "Some diplomats believe that the ELN will demand a bilateral ceasefire.",
    "Experts predict Hamas will demand a full withdrawal of Israeli troops.",
    "Israel believes Hamas will reject any ceasefire.",
])
def test_an_expected_or_asked_demand_is_nobodys(extractor, text):
    assert not [c for c in conds(extractor, text) if c["stance"] in {"demand", "reject"} and c["by"]], text


@pytest.mark.parametrize("text, type_, party", [
    ('"I think we will insist on a full withdrawal of Israeli troops," Hamas spokesman Hazem Qassem said.',
     "withdrawal", "HAMAS"),
    ('"We believe Armenia must withdraw from the villages," Azerbaijani Foreign Minister Jeyhun Bayramov said.',
     "withdrawal", "AZE"),
    ("Azerbaijan expects Armenia to withdraw its troops from the border villages.", "withdrawal", "AZE"),
])
def test_a_side_stating_its_own_view_or_wish_still_demands(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "demand", party), text


# ----- enumerations: an item that negates its holder's own concession refuses it --------------------------------
def test_an_item_negating_the_holders_own_concession_is_its_refusal(extractor):
    text = ("Armenia publishes its own peace plan\n\nArmenia's government on Monday published a draft peace plan. "
            "Its main points:\n\n→ Borders: Armenia does not accept any withdrawal of its troops from the border "
            "villages.\n\n→ Security: The plan calls for international guarantees for the border.\n")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "reject", "ARM"), cs
    assert not find(cs, "withdrawal", "demand", "ARM"), cs


def test_an_item_negating_another_sides_act_stays_demanded(extractor):
    text = ("Sudan's army sets out its terms\n\nSudan's army on Monday published its terms for talks with the RSF. "
            "Its main points:\n\n→ El Fasher: the RSF must withdraw from El Fasher and may not return.\n\n"
            "→ Weapons: the RSF must hand over its heavy weapons.\n")
    cs = conds(extractor, text)
    assert find(cs, "withdrawal", "demand", "SDN"), cs
    assert not find(cs, "withdrawal", "reject"), cs


@pytest.mark.parametrize("text, stance, party", [
    ("Armenia's prime minister said there would be no compromise on the country's territorial integrity.", "reject",
     "ARM"),
    ("Azerbaijan demanded that Armenia compromise on its borders.", "demand", "AZE"),
])
def test_compromise_on_territorial_integrity_or_borders_is_recognition(extractor, text, stance, party):
    assert find(conds(extractor, text), "territorial_recognition", stance, party), text


@pytest.mark.parametrize("text, type_, party", [
    ("Israel turned down a Hamas proposal for a permanent ceasefire.", "ceasefire", "ISR"),
    ("Armenia balked at the withdrawal of its troops from the border villages.", "withdrawal", "ARM"),
])
def test_two_word_refusal_verbs(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party), text


@pytest.mark.parametrize("text, stance, party", [
    ("Armenia will never recognise Azerbaijan's claims over Syunik.", "reject", "ARM"),
    ("Ethiopia will never accept the recognition of Tigray as independent.", "reject", "ETH"),
    ("Israel demanded the recognition of its territorial gains in the Golan.", "demand", "ISR"),
])
def test_recognising_claims_gains_or_independence_is_recognition(extractor, text, stance, party):
    assert find(conds(extractor, text), "territorial_recognition", stance, party), text


@pytest.mark.parametrize("text, type_, party, refused", [
    ("Hamas said it was open to a long-term truce but would never disarm.", "ceasefire", "HAMAS",
     "demilitarization"),
    ("Armenia said it could accept international peacekeepers on the border but ruled out any withdrawal.",
     "security_guarantees", "ARM", "withdrawal"),
])
def test_an_offer_and_a_refusal_each_take_their_own_clause(extractor, text, type_, party, refused):
    cs = conds(extractor, text)
    assert find(cs, type_, "offer", party), cs
    assert not find(cs, type_, "reject"), cs
    assert find(cs, refused, "reject", party), cs


def test_an_offer_others_guess_a_side_could_make_is_none(extractor):
    cs = conds(extractor, "The RSF could accept a ceasefire in El Fasher, analysts say.")
    assert not find(cs, "ceasefire", "offer", "RSF"), cs


# ----- references: pronouns, quantifiers and a bare refusal point back at the demands just reported ----------------
@pytest.mark.parametrize("text, type_, party", [
    ("M23 demanded direct talks with Kinshasa. The Congolese government refused.", "negotiation_format", "COD"),
    ("Israel set out its terms: Hamas must disarm and release all hostages. Hamas would not accept any of them.",
     "demilitarization", "HAMAS"),
    ("Azerbaijan demanded that Armenia withdraw from four villages. Yerevan rejected them outright.", "withdrawal",
     "ARM"),
])
def test_a_refusal_pointing_back_refuses_the_demands_just_reported(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party), text


@pytest.mark.parametrize("text", [
    "Serbia demanded that Kosovo withdraw its police from the north. Asked about the talks, Kosovo's interior "
    "ministry declined.",
    "Hamas demanded a full withdrawal of Israeli troops. Israel refused to comment.",
])
def test_declining_without_an_object_refuses_nothing(extractor, text):
    assert not [c for c in conds(extractor, text) if c["stance"] == "reject"], text


# ----- frames: rules written with the straight apostrophe read the typographic one too ---------------------------
@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_negations_read_either_apostrophe(extractor, apostrophe):
    cs = conds(extractor, f"Serbia can{apostrophe}t accept Kosovo{apostrophe}s independence.")
    assert find(cs, "territorial_recognition", "reject", "SRB"), cs
    cs = conds(extractor, f"The ELN didn{apostrophe}t rule out a ceasefire.")
    assert not find(cs, "ceasefire", "reject"), cs


@pytest.mark.parametrize("text, type_, party", [
    ('The RSF said on Friday that a ceasefire announced by the army a day earlier "doesn\u2019t really concern us."',
     "ceasefire", "RSF"),
    ("The ELN said the truce declared by Bogotá does not apply to us.", "ceasefire", "ELN"),
])
def test_a_term_said_not_to_concern_or_bind_the_speaker_is_refused(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "reject", party), text


@pytest.mark.parametrize("text, type_, party", [
    ("When the embargo on our harbours is lifted, only then will we sit down to negotiate, the Houthi "
     "spokesman said.", "sanctions_relief", "HOUTHIS"),
    ("Once Azerbaijan withdraws its troops from the border villages, only then will we sign a treaty, Armenian Prime "
     "Minister Nikol Pashinyan said.", "withdrawal", "ARM"),
])
def test_what_comes_before_only_then_is_the_condition(extractor, text, type_, party):
    assert find(conds(extractor, text), type_, "demand", party), text


@pytest.mark.parametrize("text", [
    "Kosovo says Serbia is not serious about direct talks.",
    "The RSF is not sincere about a ceasefire, the army said.",
])
def test_judging_a_side_not_serious_refuses_nothing(extractor, text):
    assert not [c for c in conds(extractor, text) if c["stance"] == "reject"], text


def test_not_interested_in_is_a_refusal(extractor):
    cs = conds(extractor, "Hamas is not interested in a temporary truce, a spokesman said.")
    assert find(cs, "ceasefire", "reject", "HAMAS"), cs


@pytest.mark.parametrize("verb", ["including", "containing", "comprising", "featuring"])
def test_what_a_proposed_plan_lists_with_any_listing_participle_is_demanded(extractor, verb):
    cs = conds(extractor, f"The Thai prime minister put forward a plan {verb} a truce and a demilitarized zone in the "
                          "southern provinces.")
    assert find(cs, "ceasefire", "demand", "THA") and find(cs, "demilitarization", "demand", "THA"), cs
