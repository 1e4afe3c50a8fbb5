"""Speech nouns as frames: "the statement said" is the author of the statement the story mentioned last, and a
clause a speech noun takes ("remarks by X that ...", "X's claim that ...") is its owner's."""
from test_quotes_unseen import direct, run_text


def test_the_statement_said_is_whoever_issued_the_statement(extractor):
    text = ("Rebel leader Corneille Nangaa told reporters in Goma that the fighters would pull back. \"We want peace, "
            "but we will defend our people,\" he said.\n\nFelix Tshisekedi's office issued a statement on Monday. "
            "\"The withdrawal is a ruse,\" the statement said.")
    rec = run_text(extractor, text)
    assert direct(rec)[-1] == ("The withdrawal is a ruse,", "Felix Tshisekedi's office")


def test_in_a_statement_gives_the_statement_its_author_for_later(extractor):
    text = ("In a statement, the Norwegian foreign ministry said: \"Both delegations must return to Oslo without "
            "conditions.\" The army's spokesman, Nabil Abdallah, rejected the call. \"We will not negotiate "
            "while they hold the cities,\" he said. The statement said the mediators \"remain committed to a lasting "
            "truce across the north.\"")
    said = dict((t, s) for t, s in direct(run_text(extractor, text)))
    assert said["remain committed to a lasting truce across the north."] == "Norwegian foreign ministry"
    assert said["We will not negotiate while they hold the cities,"] == "Nabil Abdallah"


def test_a_statement_rejected_by_someone_is_not_theirs(extractor):
    # Only a verb that issues a text makes its subject the author: Hamas rejecting it does not.
    text = ("Hamas rejected the statement on Sunday. \"This is not the way,\" said Basem Naim, a Hamas official. "
            "The statement said the talks \"must resume in Cairo within days.\"")
    said = dict(direct(run_text(extractor, text)))
    assert said["must resume in Cairo within days."] != "Hamas"


def test_remarks_by_a_person_that_hold_a_quote_are_theirs(extractor):
    text = ("Remarks by Nikol Pashinyan that the border \"can be settled within months\" drew praise in Baku. "
            "Ilham Aliyev's remarks that Armenia must \"change its constitution first\" angered Yerevan.")
    said = direct(run_text(extractor, text))
    assert said == [("can be settled within months", "Nikol Pashinyan"),
                    ("change its constitution first", "Ilham Aliyev")]


def test_a_claim_by_officials_holds_their_words(extractor):
    text = ("Gustavo Petro's claim that the rebels were \"never serious about disarming\" surprised the mediators "
            "in Havana.")
    assert direct(run_text(extractor, text)) == [("never serious about disarming", "Gustavo Petro")]


def test_a_speech_noun_with_no_owner_names_nobody(extractor):
    # "the claim that ..." says nothing of whose claim it is.
    text = "The claim that the ceasefire \"was never signed by anyone\" spread quickly on social media in Khartoum."
    assert direct(run_text(extractor, text)) == [("was never signed by anyone", None)]


def test_a_statement_read_misread_as_a_noun_still_attributes(extractor):
    # The tagger reads "read" after "statement" as a noun; a noun with a subject and a reported clause is the verb.
    text = ("\"The truce must cover the salaries of public servants,\" the Houthi delegation's statement read.")
    rec = run_text(extractor, text)
    q = next(q for q in rec["quotes"] if q["kind"] == "direct")
    assert q["cue"] is not None and q["cue"]["lemma"] == "read"
    assert q["speaker"] is not None


def test_a_signature_after_a_quote_names_its_speaker_before_the_description(extractor):
    text = ("Talks on the Yemen truce resumed in Muscat on Thursday.\n\n\"Hodeidah first, then everything else.\" - "
            "Mohammed Abdulsalam, Houthi negotiator, on Thursday.\n")
    said = direct(run_text(extractor, text))
    assert ("Hodeidah first, then everything else.", "Mohammed Abdulsalam") in said


def test_a_post_by_someone_speaks_for_them(extractor):
    text = ("Ethiopia and Eritrea traded accusations on Wednesday. A post by Yemane Gebremeskel on X accused Addis "
            "Ababa of \"a reckless campaign of lies against Asmara.\"")
    said = direct(run_text(extractor, text))
    assert said == [("a reckless campaign of lies against Asmara.", "Yemane Gebremeskel")]


def test_a_message_of_hope_names_nobody(extractor):
    # "of" names an author only when a name follows it.
    text = "A message of hope from the camps \"reached the negotiators in Doha at last.\""
    said = direct(run_text(extractor, text))
    assert said[0][1] is None


def test_a_body_noun_goes_on_with_the_body_the_story_turned_to(extractor):
    # "the alliance" is NATO, the subject of the sentence before, not Hamas, which spoke earlier.
    text = ("Hamas rejected the proposal on Monday. \"We will not accept a deal that lets the war resume,\" the "
            "group said.\n\nNATO welcomed the talks in Geneva. \"Dialogue is the only path,\" the alliance said.\n\n"
            "The Taliban denied the report. \"Nobody was arrested,\" the group's spokesman said.")
    said = [s for _, s in direct(run_text(extractor, text))]
    assert said == ["Hamas", "NATO", "Taliban"]


def test_the_bloc_and_the_paramilitary_are_the_bodies_named_before(extractor):
    text = ("The Rapid Support Forces denied the accusations. \"Our forces did not attack the camp,\" the "
            "paramilitary said.\n\nThe European Union announced new sanctions on Tuesday. \"Russia must end its "
            "aggression,\" the bloc said.")
    said = [s for _, s in direct(run_text(extractor, text))]
    assert said == ["Rapid Support Forces", "European Union"]


def test_an_attribution_sentence_after_a_quote_names_its_speaker(extractor):
    text = ("Baku, May 25. \"The wish of the separatists to join the negotiations is aimed at killing the peace "
            "process.\"\n\nAzerbaijani Foreign Minister Elmar Mammadyarov told journalists.\n\nThe talks in Geneva ended "
            "on Friday. \"We will never give up Crimea.\" Volodymyr Zelensky said this in his nightly address.")
    said = [s for _, s in direct(run_text(extractor, text))]
    assert said == ["Elmar Mammadyarov", "Volodymyr Zelensky"]


def test_a_sentence_after_a_quote_that_reports_something_else_does_not_claim_it(extractor):
    # "added that ..." reports a clause of its own; a country's act is no attribution.
    text = ("\"The ceasefire holds in the north.\" Russia launched 200 drones overnight.\n\n\"Nobody wants this war.\" "
            "The mediator Ramtane Lamamra added that a new round could start in June.")
    said = dict(direct(run_text(extractor, text)))
    assert said["The ceasefire holds in the north."] is None
    assert said["Nobody wants this war."] != "Ramtane Lamamra"


def test_a_country_condemning_something_after_a_quote_paragraph_does_not_take_it(extractor):
    text = ("Lavrov rejected the proposal on Tuesday.\n\n\"The new realities on the ground must be taken into account. "
            "Without that, no progress is possible.\"\n\nKyiv and most members of the United Nations have condemned "
            "as illegal the votes that Lavrov referred to.")
    said = [s for _, s in direct(run_text(extractor, text))]
    assert said == ["Sergei Lavrov"]


def test_a_quote_opened_with_a_stray_space_is_found_and_attributed(extractor):
    text = ("Next year the Ukrainian grid operator will \" build a new line to the west,\" Maksym Timchenko said. The "
            "so-called \" peace plan \" was not discussed.")
    said = direct(run_text(extractor, text))
    assert said == [(" build a new line to the west,", "Maksym Timchenko")]


def test_a_spaced_mark_before_an_opening_one_opens_nothing():
    from peacecond.quotemarks import scan
    text = 'He wrote " and then "stopped" there, and a 12" pipe " went.'
    quotes, _ = scan(text)
    assert [text[q.start:q.end] for q in quotes] == ["stopped"]


def test_an_attribution_after_a_quote_may_point_back_with_a_speech_noun(extractor):
    text = ("Abkhaz leader Aslan Bzhania rejected any talks on Tuesday. \"Tbilisi must sign a non-use of force "
            "agreement first.\" The Russian foreign ministry repeated the demand in a statement on Wednesday.")
    said = dict(direct(run_text(extractor, text)))
    assert said["Tbilisi must sign a non-use of force agreement first."] == "Russian Foreign Ministry"


def test_a_parenthetical_he_said_is_not_the_subject_it_interrupts(extractor):
    text = ("William Ruto met Abiy Ahmed in Nairobi on Monday. Getachew Reda dismissed the meeting. Abiy, he said, "
            "\"has no plans to honour the Pretoria agreement.\"")
    said = direct(run_text(extractor, text))
    assert said == [("has no plans to honour the Pretoria agreement.", "Getachew Reda")]


def test_a_pronoun_in_an_opening_clause_looks_ahead_to_the_main_subject(extractor):
    text = ("Nikol Pashinyan spoke in Yerevan on Monday. Although he called the corridor plan \"a trap for Armenia,\" "
            "Ilham Aliyev agreed to meet in Washington.")
    said = direct(run_text(extractor, text))
    assert said == [("a trap for Armenia,", "Ilham Aliyev")]


def test_a_pronoun_in_a_clause_after_the_main_one_looks_back_to_its_subject(extractor):
    text = ("Nikol Pashinyan spoke in Yerevan on Monday. Ilham Aliyev agreed to meet in Washington, although he "
            "called the corridor plan \"a trap for Armenia.\"")
    said = direct(run_text(extractor, text))
    assert said == [("a trap for Armenia.", "Ilham Aliyev")]


def test_the_statement_said_after_a_readout_of_another_name(extractor):
    # "the statement" goes back to the last text a side issued, whichever noun named it ("readout", "communique"),
    # and "a readout of the phone talks released by X" is X's though the parser hangs "released" on the talks
    text = ("Aliyev spoke with Pashinyan by phone on Sunday, according to a readout of their phone talks released by "
            "the Azerbaijani presidency.\n\n\"The sides agreed to speed up the work of the border commissions,\" the "
            "statement said.")
    assert direct(run_text(extractor, text))[-1] == ("The sides agreed to speed up the work of the border "
                                                     "commissions,", "Azerbaijani presidency")


def test_a_text_of_nobody_before_leaves_the_statement_to_an_earlier_one(extractor):
    text = ("A communique released by the Ethiopian foreign ministry welcomed the talks. A report on the fighting "
            "came out later.\n\n\"The parties must stop all hostilities in Tigray at once,\" the statement said.")
    assert direct(run_text(extractor, text))[-1][1] == "Ethiopian foreign ministry"


def test_the_statement_said_does_not_skip_a_later_speaker_for_another_text(extractor):
    # Another noun's text ("a letter") named before a later speaker is not what "the statement" is: the speaker who
    # came in between is (our own sentences).
    text = ("Serbia sent a letter to the European Commission on Monday. Kosovo's foreign ministry said on Tuesday "
            "that Pristina was ready to resume the dialogue. \"The draft is settled and only needs to be "
            "initialled,\" the statement said.")
    said = dict(direct(run_text(extractor, text)))
    # (the last speaker: the ministry, or Pristina that its clause is about; Kosovo's side either way)
    assert said["The draft is settled and only needs to be initialled,"] in {"Kosovo's foreign ministry", "Pristina"}
