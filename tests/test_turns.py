"""Transcripts and interviews: a labelled turn is its speaker's statement (kind "turn"), without quote marks."""
from conftest import turns
from test_quotes_attribution import run_text

from peacecond.turns import find_turns

TRANSCRIPT = """Remarks at the signing ceremony
Pretoria, 2 November 2022

The talks were facilitated by H.E. Olusegun Obasanjo, former President of Nigeria.

OLUSEGUN OBASANJO: Thank you very much. The two parties have formally agreed to the cessation of hostilities.

REDWAN HUSSIEN (Head of the Government delegation): On behalf of the Government of Ethiopia I thank the panel.
The level of destruction is immense, and it is now for all of us to honour this agreement.

QUESTION (Journalist): Will the government withdraw its troops from the region?

OLUSEGUN OBASANJO: There is no impunity in this agreement.

-- END --

Analysts said the deal would hold.
"""


def test_labelled_turns_are_their_speakers_statements(extractor):
    rec = run_text(extractor, TRANSCRIPT)
    got = turns(rec)
    assert got == [
        ("Olusegun Obasanjo", "Thank you very much. The two parties have formally agreed to the cessation of hostilities."),
        # a turn runs over the unlabelled paragraphs after its label; a speaker only a label names is a person
        ("Redwan Hussien", "On behalf of the Government of Ethiopia I thank the panel.\nThe level of destruction is "
                           "immense, and it is now for all of us to honour this agreement."),
        # the question is nobody's statement; the separator line ends the last turn
        ("Olusegun Obasanjo", "There is no impunity in this agreement."),
    ]
    assert {"Olusegun Obasanjo", "Redwan Hussien"} <= {s["name"] for s in rec["speakers"]}
    assert not any(q["kind"] == "turn" and "Analysts" in q["text"] for q in rec["quotes"])


def test_one_labelled_line_or_a_heading_is_no_transcript(extractor):
    one = run_text(extractor, "Kremlin talks\n\nVladimir Putin: Russia is ready for talks on its own terms.\n\n"
                              "The Kremlin said nothing more on Monday.\n")
    assert turns(one) == []
    heading = run_text(extractor, "Key takeaways: the talks stalled.\n\nVladimir Putin: Russia is ready for talks.\n\n"
                                  "Olena Kovalenko: Nobody in Kyiv believes that.\n")
    assert [s for s, _ in turns(heading)] == ["Vladimir Putin", "Olena Kovalenko"]


def test_find_turns_needs_prose_and_a_known_label():
    text = "Medinsky: meeting possible once treaty is ready\nAnna Lee: We agree.\nBob Stone: So do we.\n"
    found = find_turns(text, frozenset({"question"}), lambda a, b, label_end: text[a:b])
    assert [(t.speaker, text[t.body:t.end].strip()) for t in found] == [("Anna Lee", "We agree."),
                                                                        ("Bob Stone", "So do we.")]
    assert find_turns(text, frozenset(), lambda a, b, label_end: None) == []


def test_a_short_exchange_in_a_story_does_not_swallow_the_story(extractor):
    rec = run_text(extractor, "Kremlin rejects truce\n\nReporter: Will Moscow accept a ceasefire?\n\n"
                              "Dmitry Peskov: No. The conditions are well known.\n\n"
                              "Olena Kovalenko: That answer surprises nobody in Kyiv.\n\n"
                              "Zelensky said Russia must withdraw its troops before any talks.\n")
    assert turns(rec) == [("Dmitry Peskov", "No. The conditions are well known."),
                          ("Olena Kovalenko", "That answer surprises nobody in Kyiv.")]


def test_live_blog_headings_are_their_own_paragraph_only(extractor):
    rec = run_text(extractor, "Live: peace talks\n\nVolodymyr Zelensky: Ukraine will not give up Donbas.\n\n"
                              "Analysts said Kyiv should accept a ceasefire on the current line.\n\n"
                              "Dmitry Peskov: Moscow is ready for talks on its own terms.\n\n"
                              "European diplomats said the gap remained wide.\n")
    assert [text for _, text in turns(rec)] == ["Ukraine will not give up Donbas.",
                                                "Moscow is ready for talks on its own terms."]
    demands = [c for c in rec["conditions"] if c["type"] == "ceasefire" and c["stance"] == "demand"]
    assert not any((c["by"] or {}).get("name") == "Volodymyr Zelensky" for c in demands)


def test_labels_of_notes_credits_and_countries_are_no_turns(extractor):
    rec = run_text(extractor, "Talks resume in Geneva\n\nEditor's Note: This story has been updated to add the "
                              "Kremlin's response.\n\nPhoto Credit: Reuters photographers in Geneva took it.\n\n"
                              "Germany: Chancellor Olaf Scholz said Russia must withdraw its troops.\n\n"
                              "China: Beijing said all sides should return to talks.\n\n"
                              "GENEVA (Reuters) - Delegations met on Monday.\n")
    assert turns(rec) == []


def test_answer_labels_are_the_interviewees_turns(extractor):
    # "Q:" opens a question (nobody's), "A:" / "Answer:" the answer of the person named before the interview.
    text = ("Colombian peace commissioner Otty Patino spoke to us in Bogota about the talks with the ELN.\n"
            "Q: Will the ceasefire hold until the elections?\n"
            "A: It will hold if the kidnappings stop. We have said so from the start.\n"
            "Question: What does the government offer in return?\n"
            "Answer: A place at the table for the communities of the Catatumbo region.\n")
    rec = run_text(extractor, text)
    assert [(q["kind"], q["speaker"], q["text"]) for q in rec["quotes"]] == [
        ("turn", "Otty Patino", "It will hold if the kidnappings stop. We have said so from the start."),
        ("turn", "Otty Patino", "A place at the table for the communities of the Catatumbo region.")]
    assert [(s["name"], s["quotes"]) for s in rec["speakers"]] == [("Otty Patino", 2)]
