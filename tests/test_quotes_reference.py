"""A pronoun or a description resolves to the last-named person who fits it."""
import pytest

from conftest import append_line
from test_quotes_attribution import direct, run_text


@pytest.mark.parametrize("text, speaker", [
    # gender from a given name (patterns/given_names_*.txt): "she" passes over the man named since
    ("Ukrainian negotiator Olha Stefanishyna met US envoy Steve Witkoff in Geneva. Witkoff arrived late. "
     "\u201cThe talks were constructive,\u201d she said.", "Olha Stefanishyna"),
    ("Colombian President Gustavo Petro met negotiator Vera Grabe in Bogota. Grabe left early. "
     "\u201cThe ceasefire holds,\u201d he said.", "Gustavo Petro"),
    # gender from a courtesy title or a role word before the name
    ("Mrs. Halvorsen met Foreign Minister Jonas Gahr Store in Oslo. Store spoke first. "
     "\u201cWe will host the talks,\u201d she said.", "Halvorsen"),
    ("Government spokeswoman Amani Wuol met General Kiir Mayardit. Mayardit left early. "
     "\u201cThe ceasefire holds,\u201d she said.", "Amani Wuol"),
    # nothing says otherwise: the last person in subject position, as before
    ("Kenyan envoy Kalonzo Musyoka met Nigerian General Yakubu Gowon. Gowon left early. "
     "\u201cThe ceasefire holds,\u201d he said.", "Yakubu Gowon"),
    # description: role and nationality from the article's own words
    ("Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping in Beijing on Monday. \u201cPeace "
     "needs talks, not weapons,\u201d the Hungarian prime minister said.", "Viktor Orban"),
    ("Former US diplomat Richard Haass spoke after Indian Prime Minister Narendra Modi arrived. \u201cThe "
     "ceasefire will not last,\u201d the former diplomat said.", "Richard Haass"),
])
def test_a_pronoun_or_description_means_the_last_person_who_fits(extractor, text, speaker):
    assert [s for _, s in direct(run_text(extractor, text))] == [speaker]


def test_a_pronoun_teaches_the_gender_of_whom_it_resolves_to(extractor):
    # "Deng spoke first. ... she said" makes Deng a woman for this article (no name list knows either
    # name): the later "he" passes over her to the one named before.
    text = ("Kenyan envoy Kalonzo Musyoka met General Achol Deng. Deng spoke first. \u201cWe will "
            "wait,\u201d she said. Deng left early. \u201cThe ceasefire holds,\u201d he said.")
    assert [s for _, s in direct(run_text(extractor, text))] == ["Achol Deng", "Kalonzo Musyoka"]


def test_a_name_list_is_data_checked_on_load(pdir):
    from peacecond.errors import PatternError
    from peacecond.patterns import Patterns

    n = append_line(pdir / "given_names_male.txt", "Olha")
    with pytest.raises(PatternError) as info:
        Patterns.load(pdir)
    assert f"given_names_male.txt:{n}" in str(info.value) and "given_names_female.txt too" in str(info.value)


def test_a_body_of_a_country_speaks_under_its_own_words(extractor):
    rec = run_text(extractor, "\u201cThe village of Novoselivka is under our control,\u201d the Russian defence "
                              "ministry said.")
    assert [(q["speaker"], q["party"]) for q in rec["quotes"]] == [("Russian defence ministry", "RUS")]


def test_the_ministry_is_the_one_that_did_what_the_sentence_before_says(extractor):
    # The body is named as the agent of a passive ("set out by ..."), then "the ministry said".
    rec = run_text(extractor, "The demands were set out by the Turkish foreign ministry on Friday.\n\"Any "
                              "ceasefire must include the withdrawal of all foreign fighters,\" the ministry said.")
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "direct"] == ["Turkish foreign ministry"]


def test_a_person_deep_inside_what_another_said_is_not_who_he_means(extractor):
    # Ortega's clause hangs on "long", inside what Aguilar told the radio: "he" is still Aguilar.
    text = ("Honduran envoy Carlos Aguilar told Radio America that there will be no talks with Managua as long as "
            "President Daniel Ortega remains in office.\n\u201cWe will keep the border closed,\u201d he said.")
    assert [s for _, s in direct(run_text(extractor, text))] == ["Carlos Aguilar"]


@pytest.mark.parametrize("text, speaker", [
    ("Turkish President Recep Tayyip Erdogan hosted Ukrainian Foreign Minister Dmytro Kuleba in Ankara on Friday. "
     "The visitor said Kyiv would not give up any territory.", "Dmytro Kuleba"),
    ("Turkish President Recep Tayyip Erdogan hosted Ukrainian Foreign Minister Dmytro Kuleba in Ankara on Friday. "
     "\u201cWe want a just peace,\u201d his host said.", "Recep Tayyip Erdogan"),
    ("Ethiopian Prime Minister Abiy Ahmed visited Nairobi on Monday, where he met Kenyan President William Ruto. "
     "\u201cWe are brothers,\u201d the visitor told reporters.", "Abiy Ahmed"),
    ("Kenyan President William Ruto welcomed Somali President Hassan Sheikh Mohamud to the State House. The guest "
     "said the border would reopen.", "Hassan Sheikh Mohamud"),
])
def test_the_visitor_and_the_host_are_who_played_those_parts(extractor, text, speaker):
    # patterns/event_roles.jsonl; welcoming a person is a visit, no statement
    assert [q["speaker"] for q in run_text(extractor, text)["quotes"]] == [speaker]
