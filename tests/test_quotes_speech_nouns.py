"""Speech the story names by a noun, told in the passive to an audience, or signed under a quote (issue 14, round 2
of speakers), in sentences of our own about Colombia, Sudan, Bosnia, Chad and Nepal; each with a close sentence where
the person named is not the speaker."""
from conftest import direct, speakers
from conftest import run_quote_text as run_text


def indirect(rec):
    return [(q["text"], q["speaker"]) for q in rec["quotes"] if q["kind"] == "indirect"]


def test_the_clause_of_a_speech_noun_is_its_owners_statement(extractor):
    rec = run_text(extractor, "Rebel commander Ivan Restrepo's statement that the guerrillas would lay down their "
                              "arms by June surprised Bogota.")
    assert indirect(rec) == [("the guerrillas would lay down their arms by June", "Ivan Restrepo")]
    # the tagger takes a capital for a name: "Remarks" opening the sentence is still the noun
    rec = run_text(extractor, "Remarks by General Osman Bakri that the army would never negotiate with the "
                              "paramilitaries angered the mediators in Jeddah.")
    assert indirect(rec) == [("the army would never negotiate with the paramilitaries", "Osman Bakri")]


def test_a_speech_noun_with_no_owner_or_about_someone_names_no_speaker(extractor):
    rec = run_text(extractor, "The rebels rejected the claim that they had attacked the convoy near Abeche.")
    assert speakers(rec) == []
    rec = run_text(extractor, "The warning to Milorad Kovac that sanctions would follow came from the European "
                              "Union envoy.")
    assert "Milorad Kovac" not in speakers(rec)
    assert not [q for q in indirect(rec) if q[1] == "Milorad Kovac"]


def test_a_statement_by_someone_as_a_subject_is_theirs(extractor):
    rec = run_text(extractor, "Statements by Bosnian Serb leader Milorad Kovac suggested that Republika Srpska "
                              "would hold its own referendum.")
    assert indirect(rec) == [("Republika Srpska would hold its own referendum", "Milorad Kovac")]


def test_told_by_someone_that_reports_the_agents_clause(extractor):
    rec = run_text(extractor, "The villagers were told by commander Ivan Restrepo that the fighters would stay "
                              "until the army left.")
    assert indirect(rec) == [("the fighters would stay until the army left", "Ivan Restrepo")]
    rec = run_text(extractor, "The villagers were told about commander Ivan Restrepo by the soldiers who arrived "
                              "on Monday.")
    assert speakers(rec) == []


def test_a_byline_under_a_quote_signs_it_even_on_the_next_line(extractor):
    rec = run_text(extractor, "Officials in the capital were defiant.\n\n\"There can be no peace without justice "
                              "for the victims of the north.\" -- Achta Mahamat, government spokeswoman\n\n"
                              "The rebels did not respond.")
    assert direct(rec) == [("There can be no peace without justice for the victims of the north.",
                            "Achta Mahamat")]
    rec = run_text(extractor, "The minister went further online.\n\n\"We will never accept the partition of our "
                              "country.\"\n- Sita Gurung (@SitaGurungNP) March 3, 2025\n\nThe post was shared widely.")
    assert direct(rec) == [("We will never accept the partition of our country.", "Sita Gurung")]


def test_a_byline_of_a_body_or_a_dash_in_running_text_is_no_person(extractor):
    rec = run_text(extractor, "The ministry answered within the hour.\n\n\"We will not negotiate under fire.\"\n"
                              "-- Defence Ministry, N'Djamena\n\nThe rebels did not respond.")
    assert "Defence Ministry" not in speakers(rec)
    rec = run_text(extractor, "Delegates debated the \"road map\" -- Kathmandu Valley leaders were also present at "
                              "the meeting.")
    assert speakers(rec) == []


def test_quoted_as_saying_when_the_parse_makes_the_person_the_head_noun(extractor):
    rec = run_text(extractor, "State radio quoted army spokesman Azem Bermandoa as saying that the rebels had been "
                              "pushed back across the border.")
    assert indirect(rec) == [("the rebels had been pushed back across the border", "Azem Bermandoa")]


def test_according_to_an_interview_with_a_person_is_theirs_and_not_a_newspapers(extractor):
    rec = run_text(extractor, "Talks will resume in Geneva next week, according to an interview with Bosnian Serb "
                              "leader Milorad Kovac published on Sunday.")
    assert [q[1] for q in indirect(rec)] == ["Milorad Kovac"]
    rec = run_text(extractor, "Talks will resume in Geneva next week, according to an interview with the Sarajevo "
                              "daily Oslobodjenje.")
    assert "Oslobodjenje" not in speakers(rec)


def test_a_directive_in_a_long_sentence_keeps_its_infinitive_the_parse_hung_on_a_noun(extractor):
    text = ("The rebel envoy Pablo Catatumbo spoke in Quito. The envoy added Commander Ivan Restrepo had also called "
            "on the Ecuadorian side in an urgent meeting with the chief of the border police in Tulcan to lift the "
            "ban on the movement, secure the release of the rebel prisoners held by the Ecuadorian government and "
            "settle the dispute through talks.")
    rec = run_text(extractor, text)
    assert ("the Ecuadorian side in an urgent meeting with the chief of the border police in Tulcan to lift the ban "
            "on the movement", "Ivan Restrepo") in indirect(rec)


def test_whose_words_another_reports_is_not_who_he_added_goes_on_with(extractor):
    rec = run_text(extractor, "Rebel spokesman Pablo Catatumbo said commander Ivan Restrepo had promised that the "
                              "hostages would be freed. He added that the talks would resume in Havana.")
    assert ("the hostages would be freed", "Ivan Restrepo") in indirect(rec)
    assert ("the talks would resume in Havana", "Pablo Catatumbo") in indirect(rec)
    # a statement an agency relays after it ('..., the agency reports') is still its speaker's: she goes on
    rec = run_text(extractor, "Chadian spokeswoman Achta Mahamat said that the army had retaken two towns in the "
                              "north, the state agency reports.\n\n\"We will not stop until the border is safe,\" "
                              "she said.")
    assert direct(rec) == [("We will not stop until the border is safe,", "Achta Mahamat")]


def test_a_quote_in_a_speech_nouns_clause_is_the_owners_not_the_verbs_subjects(extractor):
    rec = run_text(extractor, "The UN spokeswoman confirmed remarks by rebel commander Ivan Restrepo that his "
                              "fighters had been invited to \"direct talks in Havana without conditions\" next month.")
    assert direct(rec) == [("direct talks in Havana without conditions", "Ivan Restrepo")]
    # a noun with no owner ('the report that ...') leaves the quote to the verb's subject
    rec = run_text(extractor, "Sita Gurung confirmed the report that the Maoist fighters had been invited to "
                              "\"direct talks in Kathmandu without conditions\" next month.")
    assert direct(rec) == [("direct talks in Kathmandu without conditions", "Sita Gurung")]


def test_advising_someone_to_act_is_speech(extractor):
    rec = run_text(extractor, "Nepal's Home Minister Sita Gurung advised the Maoist commanders to hand over every "
                              "weapon before the monsoon.")
    assert [q[1] for q in indirect(rec)] == ["Sita Gurung"]
    rec = run_text(extractor, "Bosnian Serb leader Milorad Kovac advised the envoys in Sarajevo to \"stop dreaming "
                              "of a unitary state\" that the Serbs would never accept.")
    assert direct(rec) == [("stop dreaming of a unitary state", "Milorad Kovac")]
    # the one advised is no speaker
    rec = run_text(extractor, "Doctors advised Sita Gurung to rest for a week after the crash in Pokhara.")
    assert "Sita Gurung" not in speakers(rec)


def test_according_to_someone_inside_a_relative_clause_holds_that_clause_only(extractor):
    rec = run_text(extractor, "The border accord that, according to Sita Gurung's statement, Nepal and India may "
                              "sign next month would settle the Kalapani dispute.")
    assert indirect(rec) == [("Nepal and India may sign next month", "Sita Gurung")]


def test_a_persons_speech_noun_with_no_that_clause_tells_what_its_of_or_their_who_clause_says(extractor):
    # no 'that' clause: what the condemnation is of, or the clause the owner's 'who' opens, is the statement
    rec = run_text(extractor, "The French Foreign Office has echoed Ethiopian Prime Minister Abiy Ahmed's "
                              "condemnation of the killing of nine civilians in the Amhara region.")
    assert indirect(rec) == [("the killing of nine civilians in the Amhara region", "Abiy Ahmed")]
    rec = run_text(extractor, "His comments coincided with fresh statements by President William Ruto, who has "
                              "once again credited his government with helping defuse the crisis.")
    assert indirect(rec) == [("has once again credited his government with helping defuse the crisis",
                              "William Ruto")]
    assert speakers(rec) == ["William Ruto"]


def test_a_speech_noun_that_tells_nothing_or_is_a_places_names_no_speaker(extractor):
    rec = run_text(extractor, "A speech by President William Ruto is expected in the coming days.")
    assert speakers(rec) == []
    rec = run_text(extractor, "Baku's claims about the border were rejected by the mediators.")
    assert speakers(rec) == []


def test_a_who_clause_that_says_nothing_is_no_statement(extractor):
    # the owner's 'who' clause is a statement only when its verb is a speech verb: biography is not
    rec = run_text(extractor, "The remarks by Somali President Hassan Sheikh Mohamud, who flew to Ankara on "
                              "Sunday, came as the talks with Ethiopia stalled.")
    assert indirect(rec) == []
    rec = run_text(extractor, "The view of Professor Maria Gonzalez, who has studied the Colombian peace process "
                              "for two decades, is widely shared.")
    assert speakers(rec) == []


def test_an_of_phrase_after_a_view_or_an_interview_is_not_what_was_said(extractor):
    # only an act aimed at something (patterns/speech_nouns_of.txt) tells what its 'of' names
    rec = run_text(extractor, "President Gustavo Petro's view of a ceasefire with the ELN has changed several "
                              "times this year.")
    assert indirect(rec) == []
    rec = run_text(extractor, "Nikol Pashinyan's interview of last week with Armenian television covered the "
                              "border talks in detail.")
    assert indirect(rec) == []


def test_a_condemnation_of_a_quotation_leaves_the_words_to_the_quote(extractor):
    # the 'of' object is itself a quotation: the direct quote tells it, no indirect statement repeats it
    rec = run_text(extractor, "The mediators echoed President William Ruto's condemnation of \u201cthe cowardly "
                              "attack on our peacekeepers in Mogadishu\u201d on Monday.")
    assert indirect(rec) == []
