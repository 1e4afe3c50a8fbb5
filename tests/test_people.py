"""One person, however the story shortens the name; a newspaper is no person."""
import pytest

from test_quotes_attribution import run_text


def reported(rec):
    return [(q["speaker"], q["text"]) for q in rec["quotes"] if q["kind"] == "indirect"]


def speakers(rec):
    return [s["name"] for s in rec["speakers"]]


@pytest.mark.parametrize("text, name", [
    # An article joined to the surname: the story drops it, or writes it with a capital.
    ("Syria's envoy Bashar al-Ja'afari spoke first in Geneva. Ja'afari said the talks had failed.",
     "Bashar al-Ja'afari"),
    # A family name written first.
    ("North Korean leader Kim Jong-un visited the tank factory on Tuesday. Kim said the workers had done well.",
     "Kim Jong-un"),
    # The first of two surnames.
    ("Carlos Fernández-Vega Ruiz, a Spanish lawmaker, arrived late. Fernández-Vega said the count should be "
     "repeated.", "Carlos Fernández-Vega Ruiz"),
])
def test_a_short_form_folds_into_the_full_name(extractor, text, name):
    rec = run_text(extractor, text)
    assert speakers(rec) == [name]
    assert [s for s, _ in reported(rec)] == [name]


def test_a_second_surname_the_model_left_out_belongs_to_the_name(extractor):
    rec = run_text(extractor, "“We will not accept the result of this vote,” said Antonio López-Istúriz White, a "
                              "Spanish lawmaker. López-Istúriz said the count should be repeated.")
    assert speakers(rec) == ["Antonio López-Istúriz White"]
    assert [q["speaker"] for q in rec["quotes"]] == ["Antonio López-Istúriz White"] * 2


def test_a_headline_verb_is_not_a_second_surname(extractor):
    rec = run_text(extractor, "Putin Signals Peace Push\n\nVladimir Putin said on Friday the talks could resume.")
    names = [a["name"] for a in rec["actors"] if a["kind"] == "person"]
    assert names == ["Vladimir Putin"]


def test_a_newspaper_the_model_tags_as_a_person_is_no_speaker(extractor):
    rec = run_text(extractor, "Novaya Gazeta Europe asked three economists what the budget means. "
                              "Rossiyskaya Gazeta said the budget was balanced.")
    assert speakers(rec) == []
    assert not [a for a in rec["actors"] if a["kind"] == "person"]


@pytest.mark.parametrize("text", [
    "Peru's foreign minister wants the border reopened, according to O Globo.",
    "The junta will hold elections in 2026, according to Le Monde.",
    "Serbia will not recognise the border, Kommersant reported on Monday.",
])
def test_a_cited_outlet_is_no_speaker(extractor, text):
    # a news outlet the story cites by name (org_words.txt), whatever the model tags it: a body, no person
    rec = run_text(extractor, text)
    assert speakers(rec) == [] and not any(q["speaker_kind"] == "person" for q in rec["quotes"])


def test_a_word_the_story_uses_for_a_body_is_no_person(extractor):
    rec = run_text(extractor, "Members of the Drivex union voted to turn down the deal. Drivex has said it will "
                              "consult its executive next week. Shehbaz Sharif spoke later. The Sharif government "
                              "said the talks would go on. Sharif said he was hopeful.")
    assert speakers(rec) == ["Shehbaz Sharif"]  # the surname of a person named in full still folds into them
    assert [a["name"] for a in rec["actors"] if a["kind"] == "person"] == ["Shehbaz Sharif"]


def test_punctuation_the_model_takes_into_a_name_is_no_part_of_it(extractor):
    # U+201A (a low quotation mark) typed for a comma: the model puts it inside the PERSON entity.
    text = ("The peace hearing in Goma was postponed to March. However\u201a Maluleke said the state would appeal "
            "the ruling. Earlier\u201a Nomvula Sibiya said the charges had been dropped.")
    rec = run_text(extractor, text)
    assert speakers(rec) == ["Maluleke", "Nomvula Sibiya"]
    assert [q["speaker"] for q in rec["quotes"]] == ["Maluleke", "Nomvula Sibiya"]
