"""Several speakers of one statement: a quote's `speaker` is the first, its `speakers` all of them."""
import pytest

from test_quotes_attribution import run_text


def statements(rec):
    return [(q["speaker"], q["speakers"]) for q in rec["quotes"]]


@pytest.mark.parametrize("text, speakers", [
    ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed said the talks would resume in "
     "Nairobi next month.", ["William Ruto", "Abiy Ahmed"]),
    ("\u201cWe will not give up our land,\u201d Armenian Prime Minister Nikol Pashinyan and President Vahagn "
     "Khachaturyan said in a joint statement.", ["Nikol Pashinyan", "Vahagn Khachaturyan"]),
    # a counted plural: the last people named, as many as it counts, in the order named
    ("Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels. Both leaders said the "
     "talks had been difficult.", ["Aleksandar Vucic", "Albin Kurti"]),
    ("Chadian President Mahamat Deby met Sudanese army chief Abdel Fattah al-Burhan and Libyan commander Khalifa "
     "Haftar in N'Djamena. The three leaders announced that the border crossings would reopen.",
     # (the actor table knows him: a shorter form of a name it lists is named by the table's full name)
     ["Mahamat Idriss Deby", "Abdel Fattah al-Burhan", "Khalifa Haftar"]),
    # any count, in words or digits (one reading of number words for every stage)
    ("Colombian President Gustavo Petro hosted ELN commander Antonio Garcia, Venezuelan Foreign Minister Yvan Gil, "
     "Cuban envoy Carlos Pereira and Norwegian mediator Dag Nylander in Caracas. The five leaders said the ceasefire "
     "would be extended.", ["Gustavo Petro", "Antonio García", "Yvan Gil", "Carlos Pereira", "Dag Nylander"]),
    # "they" with no plural subject or organisation before it: the people the sentence before names
    ("Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels. They said the talks "
     "had been difficult.", ["Aleksandar Vucic", "Albin Kurti"]),
])
def test_every_speaker_of_a_joint_statement(extractor, text, speakers):
    rec = run_text(extractor, text)
    assert statements(rec) == [(speakers[0], speakers)]
    assert [s["name"] for s in rec["speakers"]] == speakers
    assert all(s["quotes"] == 1 for s in rec["speakers"])


def test_one_speaker_is_a_list_of_one_and_nobody_an_empty_list(extractor):
    rec = run_text(extractor, "Kenyan President William Ruto said the talks would resume. Officials said the "
                              "venue was not yet chosen.")
    assert statements(rec) == [("William Ruto", ["William Ruto"]), (None, [])]


def test_a_group_is_no_antecedent_for_one_speaker(extractor):
    # After "the two leaders" spoke, "the statement" is still the one speaker who issued it.
    rec = run_text(extractor, "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed spoke on "
                              "Friday, Ruto's office said. The two leaders welcomed the new round of talks.\n"
                              "\u201cThey agreed to meet again in Addis Ababa in the spring,\u201d the statement "
                              "said.")
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "direct"] == ["William Ruto's office"]
