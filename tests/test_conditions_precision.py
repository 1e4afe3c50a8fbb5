"""Conditions precision: words of a condition type used in another sense, facts narrated rather than demanded, terms
nobody in the text holds. Every sentence here is our own, about other conflicts and other fields than the articles
the rules were tuned on."""
import pytest

from conftest import find, run_text


def conds(extractor, text):
    return run_text(extractor, text)["conditions"]


def kinds(cs):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in cs}


# ----- another field's sense of a cue word (conditions.jsonl type rows' "other_senses") -----------------------------
@pytest.mark.parametrize("text", [
    "The governor demanded that the senator withdraw from the race before the primary.",
    "The defence asked the court to accept the withdrawal of the charges against the mayor.",
    "Shareholders demanded the withdrawal of the company's poison pill before the takeover vote.",
    "The striker's lawyer has withdrawn from the case, the club said.",
    "The carmaker demanded loan guarantees and social security guarantees for its workers from the state.",
    "The players' union called for FIFA to lift the sanctions on the club.",
    "Investors demanded that the board hold new elections for the audit committee, and rejected the compensation "
    "package of the chief executive.",
])
def test_other_field_senses_are_no_conditions(extractor, text):
    assert conds(extractor, text) == []


@pytest.mark.parametrize("text, type_, party", [
    # the same cue words about troops, sanctions and security still make conditions
    ("Azerbaijan demanded that Armenia withdraw its troops from the border villages.", "withdrawal", "AZE"),
    ("Sudan's army demanded the withdrawal of the RSF from the capital.", "withdrawal", None),
    ("Iran demanded that the United States lift the sanctions on its oil exports.", "sanctions_relief", "IRN"),
    ("Georgia demanded security guarantees from its Western partners.", "security_guarantees", "GEO"),
    ("The Serbian government called for new elections in Kosovo.", "elections", "SRB"),
])
def test_conflict_senses_stay(extractor, text, type_, party):
    cs = [c for c in conds(extractor, text) if c["type"] == type_ and c["stance"] == "demand"]
    assert cs, conds(extractor, text)
    if party is not None:
        assert (cs[0]["by"] or {}).get("party") == party


@pytest.mark.parametrize("text, type_, party", [
    # the noun a cue word modifies is not what it governs: a "withdrawal agreement" or a "reparations package" is
    # the condition itself; "for" says whom guarantees serve; a phrase that also names a state body keeps the sense
    ("Iraq demanded a withdrawal agreement with the United States.", "withdrawal", "IRQ"),
    ("Armenia demanded a troop withdrawal deal from Azerbaijan.", "withdrawal", "ARM"),
    ("Kyiv demanded a reparations package from Moscow.", "reparations", "UKR"),
    ("Ukraine demanded security guarantees for its food exports.", "security_guarantees", "UKR"),
    ("Russia demanded the lifting of sanctions on Russian athletes and its state bank.", "sanctions_relief", "RUS"),
    ("Belgrade demanded a pullout accord with NATO before any talks.", "withdrawal", "SRB"),
    # the side that withdraws is no agreement being left
    ("Iraq demanded the withdrawal of the coalition from its territory.", "withdrawal", "IRQ"),
    ("Moscow demanded the withdrawal of the alliance from Eastern Europe.", "withdrawal", "RUS"),
])
def test_a_condition_noun_modifying_another_keeps_its_sense(extractor, text, type_, party):
    cs = [c for c in conds(extractor, text) if c["type"] == type_ and c["stance"] == "demand"]
    assert cs, conds(extractor, text)
    assert (cs[0]["by"] or {}).get("party") == party


def test_a_cue_word_modifying_another_fields_noun_is_no_condition(extractor):
    assert conds(extractor, "The clinic said patients demanded help with withdrawal symptoms.") == []


def test_other_senses_is_checked_on_load(pdir):
    from peacecond.errors import PatternError
    from peacecond.patterns import Patterns

    path = pdir / "conditions.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if '"definition"' in line and '"other_senses"' in line)
    lines[at] = lines[at].replace('"other_senses": ["', '"other_senses": ["Poison Pill", "')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        Patterns.load(pdir)
    assert "conditions.jsonl" in str(err.value) and str(at + 1) in str(err.value)


# ----- a side's own concession, wanted or promised, is an offer -----------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("Armenian officials said Armenia wants to withdraw from the border villages it holds.", "ARM"),
    ("Ethiopia sought peace with its neighbour by promising to pull its troops out of the disputed town.", "ETH"),
])
def test_wanting_to_withdraw_oneself_is_an_offer(extractor, text, party):
    got = kinds(conds(extractor, text))
    assert ("withdrawal", "offer", party) in got and ("withdrawal", "demand", party) not in got, got


def test_wanting_another_side_to_withdraw_stays_a_demand(extractor):
    got = kinds(conds(extractor, "Azerbaijan wants Armenia to withdraw from the border villages."))
    assert ("withdrawal", "demand", "AZE") in got, got


# ----- a condition that dates an event is not what the stance is about ----------------------------------------------
@pytest.mark.parametrize("text", [
    "The rebels rejected the offer during the ceasefire, a spokesman said.",
    "The colonel had rejected a border treaty in talks following the 2003 ceasefire with Eritrea.",
    "Ethiopia rejected the proposal amid the truce.",
])
def test_a_dated_ceasefire_is_not_refused(extractor, text):
    assert not [c for c in conds(extractor, text) if c["type"] == "ceasefire"], conds(extractor, text)


def test_a_refused_ceasefire_is_still_refused(extractor):
    got = kinds(conds(extractor, "Ethiopia rejected any ceasefire following the offensive."))
    assert ("ceasefire", "reject", "ETH") in got, got


# ----- who holds a term ---------------------------------------------------------------------------------------------
def test_the_side_pressed_until_it_yields_holds_nothing(extractor):
    cs = conds(extractor, "The blockade is meant to squeeze Serbia until it withdraws from the province.")
    assert not [c for c in cs if c["type"] == "withdrawal" and (c["by"] or {}).get("party") == "SRB"], cs


@pytest.mark.parametrize("text", [
    # no phrase of the text holds the term: nobody's condition
    "The draft of a security pact was sent to the capitals on Friday.",
    "Sanctions will squeeze the junta until it withdraws from the occupied towns.",
])
def test_a_term_nobody_holds_makes_no_record(extractor, text):
    assert [c for c in conds(extractor, text) if c["stance"] == "demand" and c["by"] is None] == []


def test_a_holder_without_a_side_is_kept(extractor):
    # "The summit" holds the demand though no party is known for it: the record says someone does
    cs = conds(extractor, "The regional summit ordered the rebel militia to withdraw from the captured towns.")
    assert [c for c in cs if c["type"] == "withdrawal" and c["stance"] == "demand"], cs


# ----- an obligation an unnamed teller tells a side is not the quoted speaker's -------------------------------------
@pytest.mark.parametrize("text", [
    'Commenting on Aliyev\'s proposal, Pashinyan remarked, "It is not serious to tell Armenia that it must withdraw '
    'from Armenia."',
    '"You cannot tell a country that it must give up its own land," the Georgian president said of the plan.',
    '"They are telling us that we must withdraw from our own territory," Kurti said.',
])
def test_an_unnamed_tellers_obligation_is_nobodys(extractor, text):
    assert [c for c in conds(extractor, text) if c["type"] in {"withdrawal", "territorial_recognition"}] == []


@pytest.mark.parametrize("text, party", [
    ("Putin told Zelensky that Ukraine must withdraw from Donetsk.", "RUS"),
    ("Erdogan, telling reporters that Russia must withdraw from Crimea, called for talks.", "TUR"),
    ('"We told them that they must withdraw from the villages," Aliyev said.', "AZE"),
])
def test_a_named_tellers_obligation_is_the_tellers(extractor, text, party):
    assert ("withdrawal", "demand", party) in kinds(conds(extractor, text))


def test_a_signed_deal_requiring_one_signatory_to_yield_is_its_offer(extractor):
    got = kinds(conds(extractor, "Ethiopia and Eritrea signed a peace deal that required Eritrean troops to leave "
                                 "the border town."))
    assert ("withdrawal", "offer", "ERI") in got and ("withdrawal", "demand", "ERI") not in got, got


def test_a_demand_analysts_expect_is_nobodys(extractor):
    assert conds(extractor, "Analysts say Tehran will likely demand the lifting of sanctions in any deal.") == []
    got = kinds(conds(extractor, "Iran's foreign ministry said Tehran will demand the lifting of sanctions."))
    assert ("sanctions_relief", "demand", "IRN") in got, got


# ----- a term no side holds needs an article about war and peace ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The union demanded compensation for workers laid off at the plant.",
    "Shareholders demanded that the chief executive step down after the accounting scandal.",
    "John Smith, the chairman, called for the withdrawal of the offer to the club's supporters.",
])
def test_a_sideless_term_in_another_field_makes_no_record(extractor, text):
    assert conds(extractor, text) == []


@pytest.mark.parametrize("text, type_", [
    # the same sideless terms in a text about war and peace (a gate_terms word, an armed group) stay
    ("The regional summit ordered the rebel militia to withdraw from the captured towns after the war.", "withdrawal"),
    ("A dialogue in Singapore ended with calls for a ceasefire.", "ceasefire"),
    ("The army said the RSF fighters must be disbanded and their weapons handed to the state.", "demilitarization"),
])
def test_a_sideless_term_about_a_war_stays(extractor, text, type_):
    assert [c for c in conds(extractor, text) if c["type"] == type_ and c["stance"] == "demand"]


def test_a_bid_or_application_of_another_field_is_no_neutrality(extractor):
    assert conds(extractor, "The mayor demanded that the factory withdraw its application for a permit.") == []
    got = kinds(conds(extractor, "Moscow demanded that Georgia withdraw its application for NATO membership."))
    assert ("nato_neutrality", "demand", "RUS") in got, got


# ----- a capital a text or a meeting is named after is the venue, not a side ----------------------------------------
@pytest.mark.parametrize("text, venue, held", [
    ("The Budapest Memorandum gave Kazakhstan security assurances in exchange for giving up its nuclear arsenal.",
     "HUN", ("demilitarization", "offer", "KAZ")),
    ("Armenia demanded that Azerbaijan withdraw from Armenian territory under the Prague declaration.", "CZE",
     ("withdrawal", "demand", "ARM")),
])
def test_a_capital_naming_a_text_holds_nothing(extractor, text, venue, held):
    cs = conds(extractor, text)
    assert venue not in {(c["by"] or {}).get("party") for c in cs} and held in kinds(cs), cs


def test_a_capital_before_its_government_is_the_side(extractor):
    got = kinds(conds(extractor, "The Baku government demanded that Armenia withdraw from the border villages."))
    assert ("withdrawal", "demand", "AZE") in got, got


# ----- a news outlet reports demands, it holds none ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A declaration calling for a ceasefire between Armenia and Azerbaijan was circulated, Reuters reported.",
    "Delegates at the summit backed a text calling for a truce in Sudan, the Xinhua news agency reported.",
    "Aliyev urged foreign ministers to sign a declaration calling for a cessation of hostilities, Reuters reported.",
])
def test_an_outlet_is_no_holder(extractor, text):
    cs = conds(extractor, text)
    assert [c for c in cs if c["type"] == "ceasefire" and c["stance"] == "demand"], cs
    assert not any(w in ((c["by"] or {}).get("name") or "") for c in cs for w in ("Reuters", "Xinhua")), cs


def test_a_group_in_part_of_a_state_is_not_that_states_side(extractor):
    cs = conds(extractor, "The command of the armed movement in Sudan's western region has called for a complete "
                          "pullout of Chadian soldiers.")
    assert "SDN" not in {(c["by"] or {}).get("party") for c in cs}, cs
    got = kinds(conds(extractor, "Officials in Ukraine's capital demanded that Russia withdraw from Crimea."))
    assert ("withdrawal", "demand", "UKR") in got, got


def test_an_actor_modifying_a_text_is_not_a_sideless_persons_voice(extractor):
    # the one who speaks is "he", a person the story gives no side; the OSCE named in "OSCE resolution" is not him
    cs = conds(extractor, "General Tomas Varga was the first officer to cite OSCE resolution 12 in a speech last "
                          "month, saying he was willing to withdraw troops in exchange for guarantees that the "
                          "villages would not be attacked.")
    assert "OSCE" not in {(c["by"] or {}).get("party") for c in cs}, cs
    assert [c for c in cs if c["type"] == "withdrawal" and c["stance"] == "offer" and
            (c["by"] or {}).get("name", "").endswith("Varga")], cs  # his own offer stays his


def test_they_for_texts_named_in_the_plural_speaks_for_their_owner(extractor):
    cs = conds(extractor, "The problem with the Chinese proposals, American officials say, was that they all would "
                          "have required lifting sanctions against Russia.")
    got = kinds(cs)
    assert ("sanctions_relief", "demand", "CHN") in got and ("sanctions_relief", "demand", "USA") not in got, got


# ----- advice to a side is the adviser's, not the side's demand -----------------------------------------------------
def test_an_experts_advice_is_not_the_sides_demand(extractor):
    cs = conds(extractor, "Thomas de Waal, a regional expert, said Yerevan should demand security guarantees "
                          "before any peace treaty.")
    assert ("security_guarantees", "demand", "ARM") not in kinds(cs), cs
    assert [c for c in cs if (c["by"] or {}).get("name") == "Thomas de Waal"], cs
    # the narrator's advice names nobody
    assert conds(extractor, "Yerevan should seek security guarantees from Paris before the war resumes.") == []


def test_a_sides_own_must_insist_is_its_demand(extractor):
    got = kinds(conds(extractor, "Armenia must insist on security guarantees, Pashinyan said."))
    assert ("security_guarantees", "demand", "ARM") in got, got


@pytest.mark.parametrize("text, kept, gone", [
    # the troops a withdrawal moves are not a guarantee (security_guarantees' "not_under": withdrawal)
    ("Serbia demanded the withdrawal of UN peacekeepers from the north, Vucic said.", "withdrawal",
     "security_guarantees"),
    ("Armenia no longer insists on the withdrawal of Russian peacekeepers, Pashinyan said.", "withdrawal",
     "security_guarantees"),
    # sent, they are one
    ("Kyiv demanded the deployment of European peacekeepers.", "security_guarantees", "withdrawal"),
])
def test_what_a_withdrawal_moves_is_no_guarantee(extractor, text, kept, gone):
    types = {c["type"] for c in conds(extractor, text)}
    assert kept in types and gone not in types, types


@pytest.mark.parametrize("text, name", [
    # a word that ends a paper's name is an outlet only as the subject's head: the body that says it holds the term
    ("The United States must lift the sanctions first, Iran's Guardian Council said.", "Iran's Guardian Council"),
    ("The United States must lift the sanctions first, Venezuela's Herald Commission said.",
     "Venezuela's Herald Commission"),
])
def test_a_paper_s_word_as_a_modifier_is_no_outlet(extractor, text, name):
    cs = [c for c in conds(extractor, text) if c["type"] == "sanctions_relief" and c["stance"] == "demand"]
    assert cs and cs[0]["by"]["name"] == name, cs


def test_a_paper_named_as_the_subject_is_still_an_outlet(extractor):
    cs = conds(extractor, "Russia must lift the sanctions first, Kyiv said, the Kyiv Post reported.")
    assert cs and "Kyiv Post" not in {(c["by"] or {}).get("name") for c in cs}, cs


# ----- a question asks about a stance, it states none (clauses.asked) ------------------------------------------------
@pytest.mark.parametrize("text, statement, kind", [
    ("Will Azerbaijan demand that Armenia withdraw from the villages?",
     "Azerbaijan will demand that Armenia withdraw from the villages.", ("withdrawal", "demand", "AZE")),
    ("Would the ELN accept a ceasefire if the government released its prisoners?",
     "The ELN would accept a ceasefire if the government released its prisoners.", ("ceasefire", "offer", "ELN")),
    ("Does Belgrade demand new elections in Kosovo?", "Belgrade demands new elections in Kosovo.",
     ("elections", "demand", "SRB")),
    ("\"Why should Armenia withdraw from its own land?\" Pashinyan asked.",
     "\"Armenia should not withdraw from its own land,\" Pashinyan said.", ("withdrawal", "reject", "ARM")),
    # a question word opens it: what the question says a side says is put to the answerer, not reported
    ("What made the strike worth it when Armenia says it is ready for a truce?",
     "The strike was worth it when Armenia says it is ready for a truce.", ("ceasefire", "offer", "ARM")),
    ("When will the ELN agree to a ceasefire with the government?",
     "The ELN will agree to a ceasefire with the government.", ("ceasefire", "offer", "ELN")),
])
def test_a_question_states_no_stance(extractor, text, statement, kind):
    assert conds(extractor, text) == []
    # the same words as a statement state it
    assert kind in kinds(conds(extractor, statement))


@pytest.mark.parametrize("text, kind", [
    ("Azerbaijan demanded that Armenia withdraw from the villages.", ("withdrawal", "demand", "AZE")),
    ("The ELN is ready to accept a ceasefire if the government releases its prisoners.", ("ceasefire", "offer", "ELN")),
    ("When the army withdraws, the ELN will agree to a ceasefire.", ("ceasefire", "offer", "ELN")),
    # the answer after an interviewer's question states what the question asked about
    ("Q: Will Russia demand the lifting of sanctions? A: Moscow has demanded the lifting of sanctions for years.",
     ("sanctions_relief", "demand", "RUS")),
    # a question word that opens an adverbial clause asks nothing: the clause states, the main clause asks
    ("When Azerbaijan demanded that Armenia withdraw from the villages, how did Yerevan answer?",
     ("withdrawal", "demand", "AZE")),
    ("When the ELN demanded a bilateral ceasefire, did the government agree?", ("ceasefire", "demand", "ELN")),
])
def test_a_statement_next_to_a_question_still_speaks(extractor, text, kind):
    assert kinds(conds(extractor, text)) == {kind}


# ----- a side's demand supposed in an "if" clause is no term of that condition clause (frames.in_supposed_demand) ----
@pytest.mark.parametrize("text", [
    "If Azerbaijan demands that Armenia withdraw from the villages, why should Yerevan agree?",
    "If Moscow demands sanctions relief, how can Kyiv accept?",
    "If the RSF demands the withdrawal of the army from Khartoum, why should Burhan agree?",
])
def test_a_supposed_demand_is_no_condition_of_its_clause(extractor, text):
    assert conds(extractor, text) == []


@pytest.mark.parametrize("text, kind", [
    # the statement form: what the condition clause itself asks of the other side is the main clause's demand
    ("Armenia will sign the treaty only if Azerbaijan withdraws from the villages.", ("withdrawal", "demand", "ARM")),
    ("Kyiv will negotiate only if Moscow agrees to withdraw its troops.", ("withdrawal", "demand", "UKR")),
    ("Azerbaijan demanded that Armenia withdraw from the villages.", ("withdrawal", "demand", "AZE")),
])
def test_a_condition_clause_still_sets_its_term(extractor, text, kind):
    assert kind in kinds(conds(extractor, text))


# ----- an adjective recognises nothing (conditions.jsonl) ------------------------------------------------------------
def test_internationally_recognised_borders_describe_and_recognise_nothing(extractor):
    assert conds(extractor, "Georgia demanded respect for its internationally recognised borders.") == []
    assert kinds(conds(extractor, "Russia demanded that Kyiv recognise the new borders.")) == {
        ("territorial_recognition", "demand", "RUS")}


# ----- "a deal without X" refuses X; "no deal without X" and a fronted "Without X, ..." set X (trailing cue) ---------
@pytest.mark.parametrize("text, absent, present", [
    ("The Arab League called for a solution without any change of borders.",
     ("territorial_recognition", "demand"), None),
    ("Hamas demanded an end to the war without disarmament.",
     ("demilitarization", "demand"), ("demilitarization", "reject", "HAMAS")),
    ("\"We want a ceasefire without any withdrawal of our forces,\" the RSF commander said.",
     ("withdrawal", "demand"), ("withdrawal", "reject", "RSF")),
    ("Kyiv will not accept a ceasefire without a Russian withdrawal.",
     ("withdrawal", "reject"), ("withdrawal", "demand", "UKR")),
    ("Peace is impossible without security guarantees for Kyiv, Zelensky said.",
     ("security_guarantees", "reject"), ("security_guarantees", "demand", "UKR")),
    ("Without security guarantees for Kyiv, no ceasefire can hold, Zelensky said.",
     ("security_guarantees", "reject"), None),
    ("Zelensky said that without security guarantees, any ceasefire would collapse.",
     ("security_guarantees", "reject"), None),
])
def test_what_a_deal_is_to_be_had_without_is_refused(extractor, text, absent, present):
    ks = kinds(conds(extractor, text))
    assert not any(k[:2] == absent for k in ks), ks
    if present is not None:
        assert present in ks, ks


# ----- a term nobody sets: a commentator's reading, a term or a text as the subject (holders.holder_phrase) ---------
@pytest.mark.parametrize("text", [
    "Analysts say a lasting ceasefire would require Russia to withdraw from the south.",
    "A ceasefire would require the RSF to leave Khartoum, according to a diplomat familiar with the talks.",
    "The plan, analysts said, would require Kyiv to give up territory.",
    "The question is whether Moscow will demand the lifting of sanctions.",
])
def test_a_reading_or_a_consequence_is_nobodys_demand(extractor, text):
    assert [c for c in conds(extractor, text) if c["stance"] == "demand"] == []


@pytest.mark.parametrize("text, kind", [
    # a body with no side that acts still holds its term, by: null
    ("The summit ordered the militias to withdraw from the capital.", ("withdrawal", "demand", None)),
    ("Ukraine demanded the withdrawal of Russian troops from Kherson, which it liberated in November.",
     ("withdrawal", "demand", "UKR")),
])
def test_a_body_that_acts_still_holds_its_term(extractor, text, kind):
    assert kind in kinds(conds(extractor, text))


# ----- a principle for every state is no side's concession (conditions.jsonl "every_state") -------------------------
@pytest.mark.parametrize("text", [
    "Lula called for the recognition of all countries' sovereignty.",
    "Ramaphosa listed ten principles, which included de-escalation and the recognition of countries' sovereignty.",
    "China's plan calls for accepting the sovereignty of all states.",
    "The summit's declaration demanded the recognition of nations’ sovereignty and a truce.",
])
def test_the_sovereignty_of_every_state_is_a_principle(extractor, text):
    assert not any(c["type"] == "territorial_recognition" for c in conds(extractor, text))


@pytest.mark.parametrize("text, party", [
    ("Serbia demanded that the five states recognise Kosovo's independence.", "SRB"),
    ("Azerbaijan called for the recognition of its sovereignty over Karabakh.", "AZE"),
    ("Moscow demanded recognition of the independence of Abkhazia and South Ossetia.", "RUS"),
])
def test_the_sovereignty_of_one_side_is_still_recognised(extractor, text, party):
    assert ("territorial_recognition", "demand", party) in kinds(conds(extractor, text))


def test_every_state_belongs_on_the_type_row(pdir):
    from peacecond.errors import PatternError
    from peacecond.patterns import Patterns
    p = pdir / "conditions.jsonl"
    p.write_text(p.read_text() + '\n{"type": "withdrawal", "phrases": ["pull-back"], "every_state": ["country"]}\n')
    with pytest.raises(PatternError, match="every_state"):
        Patterns.load(pdir)


# ----- the terms of a deal the sides made are nobody's demand (pact_nouns.txt) ---------------------------------------
@pytest.mark.parametrize("text, statement, kind", [
    ("Under the agreement, Israel must withdraw from southern Lebanon within 60 days, Hezbollah said.",
     "Israel must withdraw from southern Lebanon within 60 days, Hezbollah said.",
     ("withdrawal", "demand", "HEZBOLLAH")),
    ("Under the terms of the truce, the militias must leave the port within a week, the Yemeni government said.",
     "The militias must leave the port within a week, the Yemeni government said.", ("withdrawal", "demand", "YEM")),
    ("The Minsk agreements, signed in 2015, called for a ceasefire.", "Kyiv, in 2015, called for a ceasefire.",
     ("ceasefire", "demand", "UKR")),
    ("The Doha agreement, signed in 2020, required the Taliban to cut ties with al-Qaeda and the US to withdraw its "
     "troops.", "The Afghan government, in 2020, required the Taliban to cut ties with al-Qaeda and the US to "
     "withdraw its troops.", ("withdrawal", "demand", "AFG")),
])
def test_the_terms_of_a_pact_are_nobodys_demand(extractor, text, statement, kind):
    assert [c for c in conds(extractor, text) if c["stance"] == "demand"] == []
    # the same terms set by a side, no pact named, are its demand
    assert kind in kinds(conds(extractor, statement))


@pytest.mark.parametrize("text, kind", [
    # an owned plan's terms stay a side's; pressure is no text
    ("Under Trump's plan, Hamas must disarm, Netanyahu said.", ("demilitarization", "demand", "ISR")),
    ("Under pressure from Washington, Israel must withdraw from Lebanon, Hezbollah said.",
     ("withdrawal", "demand", "HEZBOLLAH")),
])
def test_an_owned_plan_or_no_text_keeps_the_demand(extractor, text, kind):
    assert kind in kinds(conds(extractor, text))


@pytest.mark.parametrize("text, kind", [
    # a deal not made (unmade_words.txt): what it would require is the speaker's demand
    ("Under a peace deal, the M23 must withdraw from Goma, the Congolese government said.",
     ("withdrawal", "demand", "COD")),
    ("Hezbollah said that under any future agreement, Israel must withdraw from southern Lebanon.",
     ("withdrawal", "demand", "HEZBOLLAH")),
    ("Under a possible truce, the militias must leave the port, Yemen's government said.",
     ("withdrawal", "demand", "YEM")),
])
def test_the_terms_of_a_deal_not_made_are_the_speakers_demand(extractor, text, kind):
    assert kind in kinds(conds(extractor, text))


# ----- what a side is accused of: no stance of the accuser's; the accused acts (accusing_words.txt) -----------------
@pytest.mark.parametrize("text, statement, type_", [
    ("Nikol Pashinyan's opponents called for a referendum, accusing him of ceding territory to Azerbaijan.",
     "Nikol Pashinyan's opponents called for a referendum, demanding that he cede territory to Azerbaijan.",
     "territorial_recognition"),
    ("The rebels demanded talks in Nairobi, blaming the junta for the collapse of the truce.",
     "The rebels demanded talks in Nairobi and the restoration of the truce.", "ceasefire"),
])
def test_an_accusation_outside_the_demand_is_no_term(extractor, text, statement, type_):
    ks = kinds(conds(extractor, text))
    assert not any(k[0] == type_ for k in ks), ks
    # the demanding cue reaches the same term when no accusation stands between
    ks = kinds(conds(extractor, statement))
    assert any(k[0] == type_ for k in ks), ks


@pytest.mark.parametrize("text, statement, kind", [
    # a charge states no stance of the accused either: the accuser's word for its acts (clauses.charged)
    ("Russia accused Ukraine of demanding security guarantees.", "Ukraine demanded security guarantees.",
     ("security_guarantees", "demand", "UKR")),
    ("Kyiv accused Moscow of demanding Ukraine's surrender of the Donbas.",
     "Moscow demanded Ukraine's surrender of the Donbas.", ("territorial_recognition", "demand", "RUS")),
    ("The RSF demanded a truce and criticised Khartoum for refusing to withdraw from the capital.",
     "The RSF demanded a truce, and Khartoum refused to withdraw from the capital.", ("withdrawal", "reject", "SDN")),
])
def test_what_the_accused_is_charged_with_is_no_stance(extractor, text, statement, kind):
    assert not any(k[0] == kind[0] for k in kinds(conds(extractor, text)))
    assert kind in kinds(conds(extractor, statement))


def test_critics_who_call_for_a_term_hold_no_side(extractor):
    assert [c for c in conds(extractor, "Critics of the war have called for an immediate ceasefire.")
            if c["stance"] == "demand"] == []


# ----- civilians who must leave are expelled, no troops withdraw (civilian_nouns.txt) --------------------------------
@pytest.mark.parametrize("text", [
    "The RSF demanded that aid workers leave the region within 48 hours.",
    "The junta demanded that foreign journalists leave the territory.",
])
def test_civilians_told_to_leave_are_no_withdrawal(extractor, text):
    assert not any(c["type"] == "withdrawal" for c in conds(extractor, text))


def test_troops_told_to_leave_still_withdraw(extractor):
    assert ("withdrawal", "demand", "RUS") in kinds(
        conds(extractor, "Russia demanded that Ukrainian troops leave the Kursk region."))


# ----- a third party's arms deliveries are no demilitarization (conditions.jsonl, the type's definition) -------------
@pytest.mark.parametrize("text", [
    "Moscow demanded a halt to Western arms deliveries to Kyiv.",
    "Washington wants the United Arab Emirates to stop supplying weapons to the RSF.",
    "Baku demanded a halt to French arms sales to Armenia.",
    "Iran demanded that the United States stop arming Israel.",
    "The deliveries of weapons to the Tatmadaw must stop, the Karen rebels said.",
])
def test_a_halt_to_a_third_partys_arms_deliveries_is_no_demilitarization(extractor, text):
    cs = conds(extractor, text)
    assert not [c for c in cs if c["type"] == "demilitarization"], cs


@pytest.mark.parametrize("text, party", [
    # a side's own forces limited or disarmed still are
    ("Russia wants the mobilisation in Ukraine to stop.", "RUS"),
    ("Colombia demanded that the ELN hand over its weapons.", "COL"),
    ("Azerbaijan demanded that Armenia halt its rearmament.", "AZE"),
])
def test_a_sides_own_forces_limited_still_are(extractor, text, party):
    assert find(conds(extractor, text), "demilitarization", "demand", party), conds(extractor, text)
