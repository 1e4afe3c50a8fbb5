"""Interview layouts written other ways: a name label with a lowercase particle ("al-", "von der"), and an
interviewer labelled by the outlet's or the journalist's name, whose turns only ask."""
from peacecond.turns import LABEL

from conftest import turns as all_turns
from test_quotes_attribution import run_text


def turns(rec):
    return all_turns(rec, 24)


def test_a_label_with_a_name_particle_is_a_turn(extractor):
    rec = run_text(extractor, "Question: Will the militias hand over their heavy weapons?\n\n"
                              "Abdelhakim al-Mahdi: Only to a national army, and only after the elections.\n\n"
                              "Question: And the foreign fighters?\n\n"
                              "Abdelhakim al-Mahdi: They must leave first, all of them, within ninety days.")
    assert turns(rec) == [("Abdelhakim al-Mahdi", "Only to a national army,"),
                          ("Abdelhakim al-Mahdi", "They must leave first, a")]


def test_particles_in_labels():
    assert LABEL.match("Ursula von der Leyen: We will keep the sanctions.").group(1) == "Ursula von der Leyen"
    assert LABEL.match("Tareq bin Salem: No.").group(1) == "Tareq bin Salem"
    assert LABEL.match("Massimo d'Orsi: Yes.").group(1) == "Massimo d'Orsi"
    assert LABEL.match("Talks with de facto leaders: none so far.") is None
    assert LABEL.match("Omar bin: yes.") is None  # a particle ends no name


def test_an_interviewer_named_by_the_outlet_asks_and_is_no_speaker(extractor):
    rec = run_text(extractor, "Balkan Insight: Will you recognise the new border crossing?\n\n"
                              "Milorad Dodik: Never, as long as the High Representative imposes laws on us.\n\n"
                              "Balkan Insight: What would change your mind?\n\n"
                              "Milorad Dodik: A return to the Dayton agreement as it was signed in 1995.")
    assert turns(rec) == [("Milorad Dodik", "Never, as long as the Hi"), ("Milorad Dodik", "A return to the Dayton a")]
    assert [s["name"] for s in rec["speakers"]] == ["Milorad Dodik"]


def test_two_people_who_both_answer_keep_their_turns(extractor):
    # a debate, not an interview: each side asks and answers, so nobody is taken for the interviewer
    rec = run_text(extractor, "Nadia Haroun: Why should we trust a ceasefire you broke twice?\n\n"
                              "Samir Qassem: Because this time the monitors are in place, and they report daily.\n\n"
                              "Nadia Haroun: Monitors have been there before, and the shelling went on.\n\n"
                              "Samir Qassem: Then judge us by the next month, not by the last year.")
    assert [s for s, _ in turns(rec)] == ["Nadia Haroun", "Samir Qassem", "Nadia Haroun", "Samir Qassem"]
