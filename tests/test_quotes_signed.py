"""Statements signed after a dash, without quotation marks (quotes/signed.py): a live blog's line that ends with the
name of the one who said it, and a post embedded in a page, signed on the next line with a handle and a date. A
headline with its author's name, a dash inside prose and a quoted statement's byline are not read as such."""
import pytest
from conftest import turns
from test_quotes_attribution import run_text


def signed(rec):
    return turns(rec, 30)


def test_a_line_signed_after_a_dash_is_the_signers_statement(extractor):
    rec = run_text(extractor, "Talks on the border crossings ended in Brussels on Friday without a deal.\n\n"
                              "Update: The Kosovo side wanted more time to move its special police out of the north, "
                              "but it got nothing of what it asked for - Serbian Deputy Prime Minister Ivica Dacic\n\n"
                              "The European Union said the next round would be held in March.")
    assert signed(rec) == [("Ivica Dacic", "The Kosovo side wanted more ti")]
    assert "Ivica Dacic" in [s["name"] for s in rec["speakers"]]


def test_an_embedded_post_is_its_signers(extractor):
    rec = run_text(extractor, "The two leaders met in Addis Ababa on Tuesday.\n"
                              "Here is the full text of the joint communique... it is short. pic.twitter.com/x1y2z3\n"
                              "— Hirut Bekele (@HirutBekeleNews) May 3, 2024\n"
                              "The talks resume next week in Nairobi.")
    assert signed(rec) == [("Hirut Bekele", "Here is the full text of the j")]


def test_a_headline_and_its_author_are_no_statement(extractor):
    rec = run_text(extractor, "Armenia rejects Baku's border plan - Anna Petrosyan\n\n"
                              "Yerevan said on Monday that the plan was unacceptable.")
    assert signed(rec) == []
    assert "Anna Petrosyan" not in [s["name"] for s in rec["speakers"]]


def test_a_signed_quote_stays_a_direct_quote(extractor):
    rec = run_text(extractor, "The talks ended on Friday.\n\n"
                              "\"We will not sign anything while our villages are shelled every night.\" - "
                              "Achieng Otieno, rebel spokeswoman\n\nThe next round is due in June.")
    assert signed(rec) == []
    assert [(q["kind"], q["speaker"]) for q in rec["quotes"]] == [("direct", "Achieng Otieno")]


@pytest.mark.parametrize("text", [
    pytest.param("The talks stalled again in Doha this week, and the mediators went home early - "
                 "Hassan Omar insisted on more guarantees for the fighters.", id="a_dash_inside_prose"),
    pytest.param("Hirut Bekele met the mediators in Nairobi on Friday.\n\n"
                 "Displaced families wait for food near Mekelle on Thursday. - Picture by Hirut Bekele\n\n"
                 "The talks resume next week.", id="a_pictures_credit_under_its_caption"),
    # a caption ending as a sentence, then a bare name after a dash: the photographer, no speaker
    pytest.param("Lerato Dlamini covered the talks in Kinshasa for the agency.\n\n"
                 "Congolese soldiers load a truck with ammunition near Bukavu on Sunday. - Lerato Dlamini\n\n"
                 "The ministers meet again next month.", id="a_photo_credit_of_a_bare_name"),
    # the line's own reported speech is already the speaker's: the name after the dash adds no turn on top of it
    pytest.param("The envoys in Nairobi said the second draft kept the clauses on the disarmament of "
                 "the militias that both sides had accepted in May - Kenyan Foreign Minister Musalia "
                 "Mudavadi\n\nThe talks resume next week.", id="a_line_that_reports_speech"),
])
def test_signs_nothing(extractor, text):
    assert signed(run_text(extractor, text)) == []
