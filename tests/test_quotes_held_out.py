"""Attribution shapes met on news nobody tuned on (issue 14), each in sentences of our own about other people and
other conflicts: a statement told in the passive with its author as the agent, a speaker named before a subject-less
verb, a passive that raises its subject to a speech infinitive, an inverted verb whose subject is a description, and
a body named by the word the story set before its name or by an institution noun and its side."""
import pytest
from conftest import direct, speakers
from conftest import run_quote_text as run_text


def indirect(rec):
    return [(q["text"], q["speaker"]) for q in rec["quotes"] if q["kind"] == "indirect"]


# A statement in the passive: the agent speaks.


def test_a_statement_pointed_back_to_in_the_passive_is_the_agents(extractor):
    text = ("Peace in the Sahel is still possible if the blockade of the northern towns ends. This was stated by "
            "Malian Foreign Minister Abdoulaye Diop in an interview with a French radio station.\n\n"
            "\"We are ready to host the talks in Bamako next month, and we expect the armed groups to come,\" the "
            "minister said.")
    rec = run_text(extractor, text)
    assert ("Peace in the Sahel is still possible if the blockade of the northern towns ends",
            "Abdoulaye Diop") in indirect(rec)
    # the description after the quote finds the minister the passive named
    assert direct(rec) == [("We are ready to host the talks in Bamako next month, and we expect the armed groups "
                            "to come,", "Abdoulaye Diop")]


def test_terms_proposed_by_a_person_make_them_a_speaker(extractor):
    rec = run_text(extractor, "The mediators in Addis Ababa rejected the ceasefire terms proposed by former Kenyan "
                              "President Uhuru Kenyatta during the two-day summit.")
    assert ("the ceasefire terms", "Uhuru Kenyatta") in indirect(rec)
    assert speakers(rec) == ["Uhuru Kenyatta"]


def test_a_passive_whose_agent_names_nobody_or_that_reports_nothing_is_no_statement(extractor):
    rec = run_text(extractor, "Asked by reporters about the truce, the army spokesman declined to go into detail. "
                              "In a statement, the council called the claims made by Radio Horizon groundless.")
    assert not [q for q in indirect(rec) if q[1] in {"reporters", "Radio Horizon"}]
    assert "Radio Horizon" not in speakers(rec)


# Who speaks when the parser leaves the speech verb without a subject.


def test_a_name_and_its_comma_right_before_a_subjectless_verb_speak(extractor):
    text = ("Speaking on Friday at a press conference in Bor, the capital of Jonglei state, which has been under "
            "rebel control since late May, the movement's political leader, Peter Lam Deng, stressed that the team "
            "had been sent \"only to agree on the release of detainees and a monitoring mechanism\".")
    rec = run_text(extractor, text)
    assert direct(rec) == [("only to agree on the release of detainees and a monitoring mechanism", "Peter Lam Deng")]


def test_a_passive_raises_its_subject_to_the_speech_infinitive(extractor):
    text = ("Georgian Prime Minister Irakli Kobakhidze said on Monday that talks with the separatists could not "
            "start this year.\n\n\"No agreement is possible while foreign troops remain on our territory,\" "
            "Kobakhidze was reported to tell a group of visiting European lawmakers.")
    rec = run_text(extractor, text)
    assert direct(rec) == [("No agreement is possible while foreign troops remain on our territory,",
                            "Irakli Kobakhidze")]


def test_a_description_after_an_inverted_verb_is_its_subject(extractor):
    text = ("The rebel Karen National Union (KNU) announced on Tuesday that it would not attend the talks.\n\n"
            "\"We cannot sit at a table while villages are bombed every night by the air force\", declared the "
            "rebel.\n\n\"The junta will try again to win time,\", stressing the importance of unity, the statement "
            "went on.")
    rec = run_text(extractor, text)
    said = dict(direct(rec))
    assert said["We cannot sit at a table while villages are bombed every night by the air force"] == \
        "Karen National Union"
    # a participle after a quote ("stressing the importance") does not make its object the speaker
    assert said.get("The junta will try again to win time,") != "importance"


# Bodies named by a description.


def test_a_presidency_of_a_side_speaks_under_its_own_words(extractor):
    text = ("\"The unilateral decisions of the rebels are their sole responsibility and will prolong the suffering "
            "of the communities in the north,\" the Peruvian presidency said in a statement.")
    rec = run_text(extractor, text)
    (q,) = [q for q in rec["quotes"] if q["kind"] == "direct"]
    assert (q["speaker"], q["speaker_kind"], q["party"]) == ("Peruvian presidency", "org", "PER")


# Quote marks: a straight quote nested in a straight quote.


def test_a_straight_quote_nested_in_a_straight_quote_is_one_quote(extractor):
    text = ("In a statement to the state news agency, the army spokesman Nabil Haddad added that \"any new truce is "
            "conditioned on obliging \"militias\" to leave the hospitals and the schools they hold\".")
    rec = run_text(extractor, text)
    assert direct(rec) == [("any new truce is conditioned on obliging \"militias\" to leave the hospitals and the "
                            "schools they hold", "Nabil Haddad")]


def test_an_odd_straight_mark_inside_a_quote_is_still_a_stray(extractor):
    # (no two closing marks follow the inner opener: no nesting is shown)
    rec = run_text(extractor, "Rania Saleh said \"we will go back to Khartoum. Then \"never again\" became the slogan "
                              "of the camp.")
    assert all("Khartoum. Then" not in t for t, _ in direct(rec))


# A body's name is not a person's: patterns/org_words.txt (Front, Movement, Coalition, ...).


def test_a_liberation_front_that_speaks_is_a_body_not_a_person(extractor):
    rec = run_text(extractor, "The rebel Oromo Liberation Front (OLF) said on Monday that it would return to the "
                              "talks in Zanzibar only if the army halted its offensive.")
    (q,) = [q for q in rec["quotes"] if q["kind"] == "indirect"]
    assert q["speaker_kind"] == "org"
    assert speakers(rec) == []


# A nationality standing alone for a person: "the Norwegian said".


def test_a_demonym_alone_is_the_latest_person_of_that_side(extractor):
    text = ("Estonian Prime Minister Kristen Michal met the German chancellor in Berlin on Sunday, after a dinner with "
            "Baltic business leaders. On Monday, the Estonian told reporters: \"Nobody in Tallinn believes that "
            "Moscow is negotiating in good faith.\"")
    rec = run_text(extractor, text)
    assert direct(rec) == [("Nobody in Tallinn believes that Moscow is negotiating in good faith.", "Kristen Michal")]


# A colon introduction the parser read as a noun and a participle.


def test_a_speech_participle_before_a_colon_is_the_introductions_verb(extractor):
    text = ("The head of the presidential office, Mohamed Salah Annadif, posted on Facebook: \"There will be no "
            "elections without a ceasefire in the east.\"")
    rec = run_text(extractor, text)
    assert direct(rec) == [("There will be no elections without a ceasefire in the east.", "Mohamed Salah Annadif")]


# "The document says": the author of the text the story mentioned last (patterns/document_nouns.txt).


def test_the_document_refers_back_to_the_paper_a_body_presented(extractor):
    text = ("The Brazilian foreign ministry has presented a six-point position paper on the war in Sudan. \"All "
            "parties should return to the negotiating table in Jeddah without preconditions,\" the document says.")
    rec = run_text(extractor, text)
    (q,) = [q for q in rec["quotes"] if q["kind"] == "direct"]
    assert (q["speaker_kind"], q["party"]) == ("org", "BRA")


def test_a_statement_released_by_a_body_is_that_bodys(extractor):
    text = ("A statement released by the Southern African Development Community after the summit was blunt. "
            "\"The rebels must leave the occupied towns before any dialogue,\" the statement said.")
    rec = run_text(extractor, text)
    assert direct(rec) == [("The rebels must leave the occupied towns before any dialogue,",
                            "Southern African Development Community")]


def test_a_parenthetical_pronoun_after_a_colon_looks_back_from_the_clause_it_interrupts(extractor):
    text = ("Former Prime Minister Tomasz Wrona, now head of the security council, went further on his blog: the "
            "border towns, he wrote, \"will never be handed back under any circumstances\".")
    rec = run_text(extractor, text)
    assert direct(rec) == [("will never be handed back under any circumstances", "Tomasz Wrona")]


def test_a_bare_quote_label_goes_on_with_the_speaker_just_reported(extractor):
    text = ("Moldovan President Maia Sandu said that Chisinau was ready to reopen talks on Transnistria.\n\n"
            "Quote: \"We are ready for any format, as long as the Russian troops leave the region.\"")
    rec = run_text(extractor, text)
    assert direct(rec) == [("We are ready for any format, as long as the Russian troops leave the region.",
                            "Maia Sandu")]


def test_a_bare_quote_label_far_from_any_speaker_names_nobody(extractor):
    text = ("Moldovan President Maia Sandu said that Chisinau was ready to reopen talks on Transnistria. "
            + "The region has had its own administration since a short war in 1992, and Russian troops have been "
              "stationed there ever since, guarding a large Soviet-era ammunition depot near the village of "
              "Cobasna. " * 4
            + "\n\nQuote: \"We are ready for any format, as long as the troops leave the region.\"")
    rec = run_text(extractor, text)
    assert direct(rec) == [("We are ready for any format, as long as the troops leave the region.", None)]


def test_the_plural_of_a_common_word_is_not_a_body_whose_name_ends_in_it(extractor):
    # "the talks" is no speaker because a heading named the "Doha Talks"
    text = ("Leaders Speak Out After Doha Talks\n\nQatari Prime Minister Mohammed Al Thani said the talks made clear "
            "\"who wants an agreement and who does not,\" urging both sides to return next week.")
    rec = run_text(extractor, text)
    assert [s for t, s in direct(rec) if t.startswith("who wants")] == ["Mohammed Al Thani"]


def test_a_name_the_model_glued_to_a_titles_party_is_the_speaker(extractor):
    text = ("Meanwhile, former Montenegrin minister and leader of the Civic Movement Milan Vukovic said that "
            "there would be no settlement without a new law on the border.\n\n\"We will take the draft to "
            "parliament in the spring\", said Vukovic.")
    rec = run_text(extractor, text)
    assert indirect(rec)[0] == ("there would be no settlement without a new law on the border", "Milan Vukovic")
    assert "Milan Vukovic" in speakers(rec)


def test_in_a_phrase_that_names_no_owner_names_no_speaker(extractor):
    text = ("Mohamed Hamdan Dagalo spoke to his commanders on Monday.\n\nIn other words, \"the talks in Jeddah are "
            "over for now\", as one analyst in Nairobi put it.")
    rec = run_text(extractor, text)
    assert "Mohamed Hamdan Dagalo" not in [s for _, s in direct(rec)]


def test_the_ministry_is_the_ministry_the_model_tagged_before(extractor):
    text = ("The Ministry of Foreign Affairs of Peru condemned the vote on Sunday. \"These elections have no legal "
            "consequences for the border talks,\" the ministry said.")
    rec = run_text(extractor, text)
    (q,) = [q for q in rec["quotes"] if q["kind"] == "direct"]
    assert q["speaker"] == "Ministry of Foreign Affairs" and q["speaker_kind"] == "org"


# The speaker of each direct quote, by shape: a description or a demonym after first mention, a possessed
# post ("Colombia's foreign minister said" is the minister), a sentence pointing back at the quote before it ("This
# was stated by X"), an opening phrase that names its owner ("In his words", "According to the rebels").


SPEAKER_OF_EACH_QUOTE = [
    pytest.param(
        # (the African Union spoke last: "the militia" is still the militia the story named)
        "The militia Popular Defence Front (PDF) rejected the invitation to Nairobi on Sunday. The African Union "
        "said it regretted the decision and would keep the door open.\n\n"
        "\"There will be no talks while our fighters are held in prison without trial\", the militia said.",
        ["Popular Defence Front"], id="the_word_a_story_sets_before_a_bodys_name_refers_back_to_it"),
    pytest.param(
        "EU envoy Miroslav Lajcak spent the day in Pristina.\n\n\"Both sides must implement what they signed in "
        "Ohrid, without new conditions,\" the Slovak said.",
        ["Miroslav Lajcak"], id="a_demonym_is_the_person_before_when_the_story_gives_them_only_a_blocs_side"),
    pytest.param(
        "Slovak Prime Minister Robert Fico spent the day in Kyiv.\n\n\"Both sides must stop the fighting before "
        "any talks about the border,\" the Hungarian said.",
        [None], id="a_demonym_of_another_country_is_not_the_person_before"),
    pytest.param(
        "The rebel Arakan Army (AA) broke off the talks in Kunming on Monday.\n\n"
        "According to the rebels, the deal was for talks in \"one national process\", but the junta has since "
        "opened separate talks with local militias, \"behind the back of our delegation and of the Chinese "
        "mediators who guarantee the process\".",
        ["Arakan Army", "Arakan Army"], id="an_opening_according_to_holds_every_quote_of_its_sentence"),
    pytest.param(
        "Colombian Foreign Minister Luis Gilberto Murillo met his Venezuelan counterpart in Caracas on Friday.\n\n"
        "\"We expect Caracas to keep hosting the talks with the ELN,\" Colombia's foreign minister said after "
        "the meeting.",
        ["Luis Gilberto Murillo"], id="a_possessed_post_is_the_person_who_holds_it"),
    pytest.param(
        "Former Guinean minister Bintou Keita spent the day in Goma.\n\n\"The ceasefire must hold if the talks are "
        "to resume,\" the UN's envoy told reporters.",
        ["Bintou Keita"], id="a_possessed_post_is_the_person_the_sentence_before_is_about"),
    pytest.param(
        "Fighting went on in the north overnight.\n\n\"We will not withdraw from the border towns,\" Hamas's "
        "spokesman said.",
        ["Hamas"], id="a_possessed_post_nobody_holds_leaves_the_possessor_speaking"),
    pytest.param(
        "\"Khartoum is ready to resume the talks in Jeddah, but the date has not been set yet.\" This was stated "
        "by Sudanese army spokesman Nabil Abdallah on Tuesday.",
        ["Nabil Abdallah"], id="a_passive_pointing_back_at_a_quote_names_its_speaker"),
    pytest.param(
        "\"We are ready for a truce along the whole border.\" This is how Thai Prime Minister Anutin Charnvirakul "
        "commented on the results of the meeting.",
        ["Anutin Charnvirakul"], id="this_is_how_x_commented_names_the_speaker_of_the_quote_before"),
    pytest.param(
        "\"The convoy crossed the border at dawn.\" This was reported by the state news agency SUNA.",
        [None], id="a_report_pointing_back_at_a_quote_does_not_make_the_agency_speak"),
    pytest.param(
        "Mohamed Hamdan Dagalo spoke to his commanders on Monday. In his words, \"there is nothing new in the "
        "proposals from Jeddah\".",
        ["Mohamed Hamdan Dagalo"], id="in_his_words_opening_a_sentence_names_the_speaker_of_its_quote"),
]


@pytest.mark.parametrize("text, expected", SPEAKER_OF_EACH_QUOTE)
def test_the_speaker_of_each_quote(extractor, text, expected):
    assert [s for _, s in direct(run_text(extractor, text))] == expected
