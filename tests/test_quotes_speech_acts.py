"""Reported speech by any speech act in patterns/speech_verbs.jsonl, in the frames each verb takes."""
import pytest

from test_quotes_attribution import reported, run_text


@pytest.mark.parametrize("text, speaker, said, cue", [
    # object frame: what the speaker welcomes, rejects, proposes, condemns or calls for
    ("Armenian Foreign Minister Ararat Mirzoyan welcomed the proposal for a joint border commission.",
     "Ararat Mirzoyan", "the proposal for a joint border commission", "welcomed"),
    ("Azerbaijani President Ilham Aliyev ruled out any talks with the separatist leadership.",
     "Ilham Aliyev", "any talks with the separatist leadership", "ruled"),
    ("Sudanese army chief Abdel Fattah al-Burhan dismissed the truce plan drawn up in Jeddah.",
     "Abdel Fattah al-Burhan", "the truce plan drawn up in Jeddah", "dismissed"),
    ("Ethiopian Prime Minister Abiy Ahmed called for an immediate ceasefire in the northern region.",
     "Abiy Ahmed", "an immediate ceasefire in the northern region", "called"),
    ("Thai Prime Minister Srettha Thavisin expressed deep concern over the fighting on the border.",
     "Srettha Thavisin", "deep concern over the fighting on the border", "expressed"),
    ("Malian junta leader Assimi Goita demanded the withdrawal of all French troops from the country.",
     "Assimi Goita", "the withdrawal of all French troops from the country", "demanded"),
    ("Serbian President Aleksandar Vucic announced a new round of talks with the European mediators.",
     "Aleksandar Vucic", "a new round of talks with the European mediators", "announced"),
    ("Palestinian negotiator Saeb Erekat warned of a new escalation in the occupied territories.",
     "Saeb Erekat", "a new escalation in the occupied territories", "warned"),
    ("Philippine peace adviser Carlito Galvez urged restraint from both the army and the rebels.",
     "Carlito Galvez", "restraint from both the army and the rebels", "urged"),
    ("Kenyan President William Ruto condemned the attack on the peacekeepers in Mogadishu.",
     "William Ruto", "the attack on the peacekeepers in Mogadishu", "condemned"),
    # criticism that names its target and its charge
    ("Colombian rebel commander Ivan Cardona slammed the government for its failure to protect former fighters.",
     "Ivan Cardona", "the government for its failure to protect former fighters", "slammed"),
    ("Nepali Home Minister Ram Bahadur Thapa rebuked the Maoist cadres for the attacks on tax offices.",
     "Ram Bahadur Thapa", "the Maoist cadres for the attacks on tax offices", "rebuked"),
    # a clause told to someone, set out, or explained further
    ("Chadian government spokeswoman Amina Zakaria informed the mediators that the rebels could return home.",
     "Amina Zakaria", "the rebels could return home", "informed"),
    ("Sri Lankan peace envoy Nimal Perera clarified that the monitors would stay in the east.",
     "Nimal Perera", "the monitors would stay in the east", "clarified"),
    # infinitive frame of an offer or a threat
    ("Indonesian President Joko Widodo offered to mediate between the two leaders.",
     "Joko Widodo", "to mediate between the two leaders", "offered"),
    ("Rebel commander Sultani Makenga threatened to take the airport within a week.",
     "Sultani Makenga", "to take the airport within a week", "threatened"),
    # a participle reports for the subject of the verb it hangs on
    ("Foreign ministry spokesman Nasser Kanaani dismissed the plan, reiterating Tehran's position that the army "
     "should stay.", "Nasser Kanaani", "Tehran's position that the army should stay", "reiterating"),
])
def test_a_speech_act_reports_what_its_frame_holds(extractor, text, speaker, said, cue):
    rec = run_text(extractor, text)
    assert reported(rec) == [(speaker, said)]
    assert [q["cue"]["text"] for q in rec["quotes"]] == [cue]
    assert [s["name"] for s in rec["speakers"]] == [speaker]


@pytest.mark.parametrize("text", [
    "The court ruled that the election was valid.",  # 'rule' speaks only with 'out'
    "Nigerian President Bola Tinubu welcomed it.",  # a pronoun object says nothing
    "Police rejected the claims.",  # two words are not a statement
    "The plan, which the Kenyan government rejected, was dropped.",  # the object of a relative clause
])
def test_no_statement_without_a_frame_to_report(extractor, text):
    assert reported(run_text(extractor, text)) == []


def test_a_text_beside_a_place_speaks_for_its_owner_not_the_place(extractor):
    # The parser sets "a document" beside "Yemen" (an apposition): what the document calls for is not Yemen's.
    rec = run_text(extractor, "The envoys have circulated a draft proposal to end the war in Yemen, a document "
                              "that calls for a phased withdrawal of foreign forces and a prisoner exchange.")
    assert all(q["speaker"] != "Yemen" for q in rec["quotes"])


def test_an_agency_in_brackets_is_no_subject(extractor):
    rec = run_text(extractor, "NAIROBI (Reuters) — African Union mediators stressed the importance of a "
                              "ceasefire before the rainy season.")
    assert [q["speaker"] for q in rec["quotes"]] == [None]
    assert rec["speakers"] == []


def test_a_speech_act_that_will_or_could_happen_is_no_statement(extractor):
    rec = run_text(extractor, "Analysts say Khartoum will demand a withdrawal of the paramilitary units. Juba could "
                              "reject the truce plan outright.")
    assert reported(rec) == [(None, "Khartoum will demand a withdrawal of the paramilitary units")]
