"""Speakers are people: a community, a nationality word, a body named for a person or an organisation the model
tags PERSON is no person of the speakers list (GUIDE: "Only people, not organisations or countries")."""
import pytest

from test_quotes_attribution import run_text


def people(rec):
    return [s["name"] for s in rec["speakers"]]


def attributed(rec):
    return [(q["speaker"], q["speaker_kind"]) for q in rec["quotes"]]


@pytest.mark.parametrize("text", [
    # a person's name that only modifies a thing
    "The Karen fighters said they would not attend the talks in Bangkok.",
    "The Prachanda principles, which demand an end to the monarchy, said nothing of the army.",
    # a people's name the model takes for a person
    "The Tamil leadership said it would attend the talks in Oslo.",
    # a nationality word opening a place name, headline style
    "Burmese Rakhine demands withdrawal of the army ahead of talks",
])
def test_no_person_speaks(extractor, text):
    rec = run_text(extractor, text)
    assert people(rec) == []
    assert all(kind != "person" for _, kind in attributed(rec))


def test_a_body_named_for_its_leader_speaks_on_his_side(extractor):
    rec = run_text(extractor, "Colombian President Gustavo Petro visited Cali on Monday. The Petro administration "
                              "said the talks with the guerrillas would resume in Caracas.")
    assert [(q["speaker"], q["speaker_kind"], q["party"]) for q in rec["quotes"]] == \
        [("Petro administration", "org", "COL")]
    assert people(rec) == []


def test_an_armed_group_the_model_tags_person_is_an_organisation(extractor):
    rec = run_text(extractor, "The Arakan Defence Force said it would not join the ceasefire.")
    assert attributed(rec) == [("Arakan Defence Force", "org")]
    assert people(rec) == []


@pytest.mark.parametrize("text, name", [
    # a given name that is also a people's name opens a person's name
    ("Kenyan envoy Karen Mwangi said the truce would hold.", "Karen Mwangi"),
    # a people's word that is the surname of a person the story names is that person
    ("Mediator Aydin Tatar met both delegations in Geneva. Later Tatar said the crossings must reopen.",
     "Aydin Tatar"),
])
def test_people_bearing_such_words_still_speak(extractor, text, name):
    rec = run_text(extractor, text)
    assert people(rec) == [name]


def test_a_person_in_an_appositions_phrase_is_not_the_apposition(extractor):
    # the parser hangs the speaker as a conjunct of the agency; her apposition's "of" phrase names another
    # person, who does not speak
    rec = run_text(extractor, "According to state broadcaster ORTM, Fatou Keita, sister of junta leader Assimi Goita "
                              "and a top ruling council official, stressed that the mediators should leave Bamako.")
    assert people(rec) == ["Fatou Keita"]


@pytest.mark.parametrize("text, speaker", [
    # one capitalised name after "the" is a movement's or a body's, whatever the model tags it
    ('Talks stalled on Sunday. The Frelimo said on Monday it hoped that "Renamo would return to the table soon."',
     "Frelimo"),
    ("The Tatmadaw said the ceasefire in the north would hold until the monsoon.", "Tatmadaw"),
])
def test_a_definite_name_is_a_body(extractor, text, speaker):
    rec = run_text(extractor, text)
    assert attributed(rec) == [(speaker, "org")]
    assert people(rec) == []


def test_the_pope_is_no_body(extractor):
    rec = run_text(extractor, "The Pope said the war in Sudan must end.")
    assert all(kind != "org" for _, kind in attributed(rec))


def test_a_pronoun_with_nobody_before_it_is_the_person_named_next(extractor):
    # a lead cut before the speaker is named: "he" opens the story, the name follows
    rec = run_text(extractor, "Managua has set conditions for talks.\n\n\u201cIf the opposition drops its demands for "
                              "early elections, yes,\u201d he told the paper in response to a question.\n\nNicaraguan "
                              "Foreign Minister Denis Moncada stressed that the sanctions must be lifted first.")
    # (the quote after "Managua has set conditions", itself Nicaragua's statement)
    assert [(q["speaker"], q["speaker_kind"]) for q in rec["quotes"] if q["kind"] == "direct"][0] == \
        ("Denis Moncada", "person")


def test_a_definite_post_of_a_body_is_the_person_named_to_it(extractor):
    # "A Houthi spokesman" is the movement speaking; "the Houthi spokesman", once the story named him, is he
    rec = run_text(extractor, "Houthi spokesman Mohammed Abdulsalam arrived in Muscat on Sunday. The Houthi spokesman "
                              "said the blockade must end before any talks, adding: \"There will be no truce while the "
                              "ports are closed.\"")
    assert {q["speaker"] for q in rec["quotes"]} == {"Mohammed Abdulsalam"}
    rec = run_text(extractor, "The Houthis attacked a ship in the Red Sea. A Houthi spokesman said the blockade must "
                              "end.")
    assert attributed(rec) == [("Houthi", "org")]


def test_a_post_named_in_an_apposition_is_the_persons_role(extractor):
    # "the adviser" is the man the story named as the adviser, not the last one who spoke
    rec = run_text(extractor, "Sudan army chief Abdel Fattah al-Burhan visited Port Sudan on Tuesday.\n\n\"There will "
                              "be no truce while the militia occupies our cities,\" the Sudanese general said.\n\n"
                              "Dagalo's adviser, Youssef Ezzat, dismissed the remark. \"Burhan is a prisoner of the "
                              "Islamists,\" the adviser said.")
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "direct"] == \
        ["Abdel Fattah al-Burhan", "Youssef Ezzat"]


@pytest.mark.parametrize("text, other", [
    ("Ethiopian Prime Minister Abiy Ahmed and TPLF leader Debretsion Gebremichael held talks in Pretoria.\n\n\"We "
     "have agreed to silence the guns,\" Abiy told reporters afterwards. His counterpart was more cautious: "
     "\"Nothing is settled until the troops leave.\"", "Debretsion Gebremichael"),
    ("Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun Bayramov in Almaty on "
     "Friday. Mirzoyan said progress had been made. His Azerbaijani counterpart said the border text was not "
     "ready.", "Jeyhun Bayramov"),
])
def test_a_counterpart_is_the_other_side_of_the_meeting(extractor, text, other):
    rec = run_text(extractor, text)
    assert rec["quotes"][-1]["speaker"] == other


def test_a_surname_alone_is_the_storys_own_person_before_the_gazetteers(extractor):
    # the gazetteer knows a famous Silva; this story names another, and only him
    rec = run_text(extractor, "Question: Will the army withdraw from the north?\n\nLt Gen Shavendra Silva: No. The "
                              "army stays where it is until the Tigers disarm.\n\nQuestion: And the monitors?\n\n"
                              "Silva: They can stay.")
    assert people(rec) == ["Shavendra Silva"]
    rec = run_text(extractor, "Brazilian President Luiz Inacio Lula da Silva met the envoy. Silva said the war must end.")
    assert people(rec) == ["Luiz Inacio Lula da Silva"]


def test_a_statement_after_a_long_quote_is_its_issuers(extractor):
    # the window back to the statement's issuer does not count the quotation between them
    text = ("The rebels said on Saturday they were ready to talk, according to a note put out by their office in "
            "Doha.\n\nOn Monday the Chadian Foreign Ministry blamed the rebels, who it said had broken every promise "
            "they made in the presence of the Qatari hosts, for the collapse of the Doha round, and it called its "
            "negotiators back to N'Djamena.\n\n\u201cOur delegation will go back to Doha the day the hosts persuade "
            "the armed movements to keep their word, to free the prisoners they hold, to leave the towns they seized "
            "in the north, and to let the aid convoys through to Abeche and the camps along the Sudanese border "
            "without further delay,\u201d stressed the statement.")
    rec = run_text(extractor, text)
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "direct"] == ["Chadian Foreign Ministry"]



@pytest.mark.parametrize("text, speaker", [
    # a body the gazetteer does not know, made a subject, is what "it" means next (not the country before it)
    ("Qatar has hosted quiet contacts between the junta and the armed movements for a year.\n\nThe National "
     "Reconciliation Council welcomed the news on Wednesday.\n\n\"We shall keep meeting each movement until every "
     "one of them has signed a truce,\" it said in a statement.",
     "National Reconciliation Council"),
    # a body named with a place in its name is the body, not the place
    ("Norway has hosted the talks since 2002. The Nepal Peace Secretariat rejected the proposal on Friday. \"The "
     "plan ignores the victims,\" it said.", "Nepal Peace Secretariat"),
])
def test_it_is_the_body_made_subject_last(extractor, text, speaker):
    rec = run_text(extractor, text)
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "direct"] == [speaker]


@pytest.mark.parametrize("text, speaker, party", [
    # a group of the parties table the model tags PERSON is that group, on its own side
    ("Boko Haram said on Sunday it would free the schoolgirls only if its fighters were released.",
     "Boko Haram", "BOKOHARAM"),
    # the table's hyphenated name written with a space
    ("Nigerian army spokesman Sani Usman said the raid had failed. Al Qaeda said it would avenge the dead.",
     "Al Qaeda", "ALQAEDA"),
])
def test_a_party_named_in_full_is_that_party(extractor, text, speaker, party):
    rec = run_text(extractor, text)
    assert (rec["quotes"][-1]["speaker"], rec["quotes"][-1]["speaker_kind"], rec["quotes"][-1]["party"]) == \
        (speaker, "org", party)
    assert speaker not in people(rec)
