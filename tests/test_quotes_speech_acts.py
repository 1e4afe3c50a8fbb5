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
    # what the speaker insists on: the object of 'on', a noun or a gerund ('called for ending' alike)
    ("Rebel leader Sultani Makenga insists on direct talks with the government in Kinshasa.",
     "Sultani Makenga", "direct talks with the government in Kinshasa", "insists"),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov insisted on amendments to the Armenian constitution.",
     "Jeyhun Bayramov", "amendments to the Armenian constitution", "insisted"),
    ("Thai army chief Apirat Kongsompong insisted on holding the talks inside the country.",
     "Apirat Kongsompong", "holding the talks inside the country", "insisted"),
    ("Somali President Hassan Sheikh Mohamud called for ending the siege of the port town.",
     "Hassan Sheikh Mohamud", "ending the siege of the port town", "called"),
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
    # 'on' before the verb is no object of it: only 'on the other hand' follows the subject here
    "Kenyan President William Ruto, on the other hand, insisted.",
    # 'what it called ...' is the writer's clause about a name, not what the speaker insisted on
    "Ethiopian Prime Minister Abiy Ahmed insisted on what he called the full disarmament of the Fano militia.",
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


@pytest.mark.parametrize("text, speaker, said, cue", [
    # setting terms is stating them (speech_verbs.jsonl 'objects'): the terms are what is said
    ("Colombian President Gustavo Petro set out three conditions for resuming talks with the ELN.",
     "Gustavo Petro", "three conditions for resuming talks with the ELN", "set"),
    ("Burundi's President Pierre Nkurunziza has set conditions for talks with the rebels.",
     "Pierre Nkurunziza", "conditions for talks with the rebels", "set"),
    ("Hamas leader Yahya Sinwar laid down three conditions for a truce.",
     "Yahya Sinwar", "three conditions for a truce", "laid"),
    ("Armenian Prime Minister Nikol Pashinyan named four prerequisites for a peace treaty: the return of prisoners "
     "and the opening of roads.", "Nikol Pashinyan", "the return of prisoners and the opening of roads", "named"),
])
def test_setting_terms_is_a_statement(extractor, text, speaker, said, cue):
    rec = run_text(extractor, text)
    assert reported(rec) == [(speaker, said)]
    assert [q["cue"]["text"] for q in rec["quotes"]] == [cue]


@pytest.mark.parametrize("text", [
    "President Pierre Nkurunziza set a date for the elections.",  # no terms: a date
    "Salva Kiir laid a wreath at the memorial and named a new army chief.",
    # terms named as someone's, no statement told
    "The conditions set by Sri Lankan President Mahinda Rajapaksa were debated in parliament for a week.",
    "If Moscow sets conditions, the talks in Geneva will end.",  # none set yet
    "The transport minister presented a plan for two new railway lines.",  # a plan of another field: no terms
])
def test_setting_no_terms_is_no_statement(extractor, text):
    rec = run_text(extractor, text)
    assert [q for q in rec["quotes"] if q["cue"] and q["cue"]["lemma"] in {"set", "lay", "name", "present"}] == []


def test_a_statement_a_quote_reports_is_the_named_persons_too(extractor):
    # A quote that tells what a named person said holds that person's statement as well (the quote stays its
    # speaker's); "we told them" inside a quote is the quoted speaker's own voice, no statement of its own.
    rec = run_text(extractor, 'The envoy said on Monday: "In a short call, Commander Maria Rojas told us the militia '
                              'would leave the villages by Friday." "We told them we would not sign," the envoy added.')
    assert reported(rec) == [("Maria Rojas", "the militia would leave the villages by Friday")]
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "direct"] == [None, None]
    # a title inside a quote is whoever the quoted speaker means by it: no name, no statement of its own
    rec = run_text(extractor, '"This is false," the Eritrean spokesman Tesfay Kidane said. "The President has said '
                              'many times that he wants peace with the neighbours."')
    assert reported(rec) == []


def test_a_body_whose_name_holds_a_possessive_is_named_once(extractor):
    # "Workers' Party", "People's Democratic Party": the possessor is a word of the body's own name, not its owner
    rec = run_text(extractor, "The Nigerian People's Democratic Party said it would boycott the talks. The "
                              "Ruritanian Farmers' Union said it backed the ceasefire.")
    assert [q["speaker"] for q in rec["quotes"]] == ["Nigerian People's Democratic Party", "Ruritanian Farmers' Union"]


def test_charged_is_speech_only_with_what_is_said(extractor):
    # 'charged' reports an accusation when it takes the words said ('"...," X charged', 'X charged that ...'); a
    # charge brought against someone or a charge at a crowd is no speech
    rec = run_text(extractor, '"Their only priority is the security of the north," Abdul-Malik al-Houthi charged on '
                              'Thursday. The rebels charged that the army had broken the truce twice in a week.')
    assert [(q["kind"], q["cue"]["text"]) for q in rec["quotes"]] == [("direct", "charged"), ("indirect", "charged")]
    assert rec["quotes"][0]["speaker"] == "Abdul-Malik al-Houthi"
    for text in ("The commander was charged with war crimes in The Hague on Monday.",
                 "Police charged the protesters outside the parliament in Tbilisi."):
        assert run_text(extractor, text)["quotes"] == []
