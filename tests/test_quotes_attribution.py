"""Quote marks and attribution syntax beyond the basic 'X said': nesting, labels, titles, possessors."""
from conftest import direct
from conftest import run_quote_text as run_text


def test_double_quotes_nest_inside_single_ones(extractor):
    # British style: the double-quoted word is part of the single-quoted statement, not a statement of its own.
    rec = run_text(extractor, "‘The mayor keeps talking about “stability”, but the shelling has not stopped for a "
                              "week,’ said Ivan Petrenko, a local teacher.")
    assert direct(rec) == [("The mayor keeps talking about “stability”, but the shelling has not stopped for a "
                            "week,", "Ivan Petrenko")]


def test_an_unclosed_single_mark_before_a_double_quote_is_no_quote(extractor):
    rec = run_text(extractor, "In the ‘90s, the town had “nothing at all to offer anyone”, Ivan Petrenko said.")
    assert direct(rec) == [("nothing at all to offer anyone", "Ivan Petrenko")]


def test_a_single_quoted_statement_runs_over_paragraphs(extractor):
    text = ("‘We will rebuild the bridge before winter,’ Governor Olena Marchenko told reporters. ‘Every family "
            "that left will have a home to return to.\n\n‘The money is already in the regional budget.’\n\n"
            "Residents were not convinced.")
    rec = run_text(extractor, text)
    assert direct(rec) == [("We will rebuild the bridge before winter,", "Olena Marchenko"),
                           ("Every family that left will have a home to return to.", "Olena Marchenko"),
                           ("The money is already in the regional budget.", "Olena Marchenko")]
    assert rec["warnings"] == []


def reported(rec):
    return [(q["speaker"], q["text"]) for q in rec["quotes"] if q["kind"] == "indirect"]


def parsed(extractor, text):
    """The Doc of text after the whole pipeline."""
    from peacecond import Article

    return extractor.nlp(extractor.prepare(Article(text=text, path="t.txt"))[0])


def requote(extractor, doc):
    """Run the quotes component again on a Doc whose parse or entities a test changed (to stand for a model
    failure seen on real text, which a sentence of our own cannot be relied on to reproduce)."""
    return dict(extractor.nlp.pipeline)["peacecond_quotes"](doc)


def test_the_verb_whose_clause_holds_the_quote_speaks_it(extractor):
    rec = run_text(extractor, 'Ruslan Petrov told the visitors that the rebels wanted "a fair peace that meets the '
                              'needs of every village," the Interfax agency reported.')
    assert direct(rec) == [("a fair peace that meets the needs of every village,", "Ruslan Petrov")]


def test_what_someone_called_a_thing_is_their_quote_but_no_reported_clause(extractor):
    rec = run_text(extractor, "Speaking in Minsk on Friday, Ruslan Petrov laid out in unusual detail what he called "
                              "a ‘fair and final offer to the West’.")
    assert direct(rec) == [("fair and final offer to the West", "Ruslan Petrov")]
    rec = run_text(extractor, "Olena Marchenko called the mayor of the town to discuss the evacuation.")
    assert reported(rec) == []


def test_a_label_before_a_colon_names_the_speaker(extractor):
    text = ('Regional governor Olena Marchenko visited the site on Monday.\n\n'
            'Quote from Marchenko: "The bridge will be rebuilt before the winter comes."\n\n'
            'Statement by the Foreign Ministry: "We reject this proposal in its entirety."\n\n'
            'Energy minister Ivan Petrenko spoke next.\n\n'
            'PETRENKO (through interpreter): "The station must be returned to its owners."\n\n'
            'KYIV: "This is not the first attack on the city of Kyiv."')
    rec = run_text(extractor, text)
    assert direct(rec) == [("The bridge will be rebuilt before the winter comes.", "Olena Marchenko"),
                           ("We reject this proposal in its entirety.", "Foreign Ministry"),
                           ("The station must be returned to its owners.", "Ivan Petrenko"),
                           ("This is not the first attack on the city of Kyiv.", None)]
    assert [q["cue"]["text"] if q["cue"] else None for q in rec["quotes"]] == ["Quote", "Statement", None, None]


def test_a_surname_alone_is_the_full_name_the_model_missed_earlier(extractor):
    doc = parsed(extractor, 'Details: Rivne Mayor Oleksiy Khomenko visited the site on Monday.\n\n'
                            '"The school will reopen within a month," Khomenko told reporters.')
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # the model tagged no name at all
    doc = requote(extractor, doc)
    assert [(q["speaker"], q["speaker_kind"]) for q in doc._.pc_quotes] == [("Oleksiy Khomenko", "person")]


def test_a_titled_name_in_apposition_to_a_title_speaks(extractor):
    from spacy.tokens import Span

    doc = parsed(extractor, "Chief of the General Staff of the army, Maj Gen Olek Branko Varga, told reporters that "
                            "the border would stay closed.")
    # The model read the ranks and the name as one organisation.
    name = next(e for e in doc.ents if e.text.endswith("Varga"))
    doc.ents = [e for e in doc.ents if e != name] + [Span(doc, name.start, name.end, label="ORG")]
    doc = requote(extractor, doc)
    assert [(q["speaker"], q["text"]) for q in doc._.pc_quotes] == [("Olek Branko Varga", "the border would stay closed")]


def test_a_name_the_parser_folded_into_the_subject_is_a_co_speaker(extractor):
    doc = parsed(extractor, "EU foreign policy chief Anna Berg and European Council President Ivan Petrenko called "
                            "on both sides to resume talks at once.")
    berg, council, petrenko = (next(t for t in doc if t.text == w) for w in ("Berg", "Council", "Petrenko"))
    # The parse of that failure: "Berg" hangs on "President", holding the "and" and "Council".
    petrenko.head, petrenko.dep_ = doc[petrenko.i + 1], "nsubj"
    berg.head, berg.dep_ = doc[petrenko.i - 2], "nmod"
    council.head, council.dep_ = berg, "conj"
    doc = requote(extractor, doc)
    assert {(s["name"], s["role"]) for s in doc._.pc_speakers} == {("Ivan Petrenko", "European Council President"),
                                                                   ("Anna Berg", "EU foreign policy chief")}


def test_observers_from_a_body_speak_for_it(extractor):
    rec = run_text(extractor, "International monitors from the OSCE said the vote had been marred by “an uneven "
                              "playing field for all candidates”.")
    assert direct(rec) == [("an uneven playing field for all candidates", "OSCE")]


def test_an_institution_of_a_possessor_speaks_under_its_own_name(extractor):
    text = ("Prime Minister Olena Marchenko has said the border will stay shut. Her office said on Sunday that "
            "“control of the crossing will remain in our hands.” Marchenko's spokesman said the plan was dead.\n\n"
            "Hungary's Foreign Ministry said the vote was a sham. “The government condemns this act in the "
            "strongest terms,” the ministry said.")
    rec = run_text(extractor, text)
    assert [(q["speaker"], q["speaker_kind"], q["party"]) for q in rec["quotes"] if q["kind"] == "direct"] == [
        ("Olena Marchenko's office", "org", None), ("Hungary's Foreign Ministry", "org", "HUN")]
    # A person word is still that person's side speaking: the possessor.
    assert ("Olena Marchenko", "the plan was dead") in reported(rec)
    assert [s["name"] for s in rec["speakers"]] == ["Olena Marchenko"]


def test_institutions_named_by_their_seat_and_documents_by_their_publisher(extractor):
    text = ("The document, published by the foreign ministry in Beijing on Friday, urged all parties to “stay calm "
            "and show restraint” and to avoid escalation. The government in Kyiv said the plan was vague.\n\n"
            "Hamas issued a statement on Sunday. The statement said the talks had failed for good.\n\n"
            "Beijing stayed away from the meeting in Oslo, but its foreign ministry confirmed on Friday that an envoy "
            "would travel to Doha next week.")
    rec = run_text(extractor, text)
    got = [(q["speaker"], q["party"], q["text"]) for q in rec["quotes"]]
    assert ("Beijing's foreign ministry", "CHN", "stay calm and show restraint") in got
    assert ("Kyiv's government", "UKR", "the plan was vague") in got
    assert ("Hamas", "HAMAS", "the talks had failed for good") in got
    assert ("Beijing's foreign ministry", "CHN", "an envoy would travel to Doha next week") in got


def test_someone_who_speaks_only_in_another_storys_headline_is_not_a_speaker(extractor):
    rec = run_text(extractor, "Read more: Petrenko says he will run again\n\nVoters in the region went to the polls "
                              "on Sunday. Anna Berg said the turnout was high.")
    assert [s["name"] for s in rec["speakers"]] == ["Anna Berg"]


def test_an_accusation_is_reported_speech_of_the_accuser(extractor):
    text = ("The Russian-installed governor of the region, Ivan Petrenko, blamed Ukrainian forces for the attacks. "
            "Anna Berg said the talks had stalled and accused Moscow of wasting time. Rwanda cut ties with Belgium, "
            "which it accuses of lobbying for sanctions.")
    assert reported(run_text(extractor, text)) == [
        ("Ivan Petrenko", "Ukrainian forces for the attacks"),
        ("Anna Berg", "the talks had stalled and accused Moscow of wasting time"),
        ("Anna Berg", "Moscow of wasting time")]


def test_asking_for_anonymity_states_nothing(extractor):
    rec = run_text(extractor, "A consultant who asked not to be identified said the plan was dead.")
    assert reported(rec) == [(None, "the plan was dead")]


def test_a_straight_single_quote_closes_before_a_dash(extractor):
    rec = run_text(extractor, "Anna Berg said any deal must reflect what she called 'the facts on the ground' - a "
                              "phrase Moscow often uses. The soldiers' - and their families' - pay was late.")
    assert direct(rec) == [("the facts on the ground", "Anna Berg")]


def test_a_statement_from_a_body_named_by_a_common_noun(extractor):
    rec = run_text(extractor, "A statement from the Ukrainian navy said the port was safe. A statement from the "
                              "government in Kyiv said talks were over. A statement from the armed forces said the "
                              "militia must leave the towns.")
    assert [(q["speaker"], q["party"]) for q in rec["quotes"]] == [
        ("Ukrainian navy", "UKR"), ("Kyiv's government", "UKR"), (None, None)]  # no side: no speaker of no side


def test_he_is_the_one_who_believes_not_the_one_in_the_belief(extractor):
    rec = run_text(extractor, "Turkish President Recep Tayyip Erdogan believes that Vladimir Putin can still be "
                              "convinced. He said last week, \u201cI believe that my friend Putin wants the "
                              "continuation of this humanitarian bridge.\u201d\n")
    assert direct(rec) == [("I believe that my friend Putin wants the continuation of this humanitarian bridge.",
                            "Recep Tayyip Erdogan")]


def test_he_is_the_one_who_hopes_not_the_one_in_the_hope(extractor):
    # a hope, a fear, a claim held by a noun ("his hope that X could ...") is no more who "he" goes on to mean than
    # a belief held by a verb is (our own sentences)
    rec = run_text(extractor, "Colombian President Gustavo Petro also voiced his hope that Venezuelan leader Nicolas "
                              "Maduro could host the next round. He told reporters: \u201cThe guerrillas must "
                              "free every hostage before we sit down again.\u201d\n")
    assert direct(rec) == [("The guerrillas must free every hostage before we sit down again.", "Gustavo Petro")]


def test_a_mark_after_white_space_or_at_the_very_end_costs_no_article(extractor):
    # A closing mark after a space and a line break, and a page cut right after an opening mark: the quote
    # frames find no token there (issue 15, point 5); the article is still extracted, its quote attributed.
    for text, want in [('Farida Haidari said "the talks will go on. \n" She left.',
                        [("the talks will go on.", "Farida Haidari")]),
                       ("Tomas Kral said \u201cwe will talk \t\n\u201d on Monday.", []),  # (a fragment of his clause)
                       ('Farida Haidari said: "The talks will go on." Then she left. "',
                        [("The talks will go on.", "Farida Haidari")]),
                       ("The envoy told reporters: \u201c", [])]:
        rec = run_text(extractor, text)
        assert direct(rec) == want


def test_according_to_a_titled_person_is_the_person_not_the_title(extractor):
    # the phrase's head is who speaks; a title's body or demonym in front of the name only describes them
    rec = run_text(extractor, 'According to Hamas official Osama Hamdan, "the occupation must withdraw completely '
                              'from Gaza before any deal."')
    assert direct(rec) == [("the occupation must withdraw completely from Gaza before any deal.", "Osama Hamdan")]
    rec = run_text(extractor, 'According to Kenyan Foreign Minister Musalia Mudavadi, "the mediators will meet '
                              'again in Addis Ababa next week."')
    assert direct(rec) == [("the mediators will meet again in Addis Ababa next week.", "Musalia Mudavadi")]


def test_a_possessed_counterpart_of_a_side_is_that_sides_person(extractor):
    rec = run_text(extractor, 'Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi. '
                              '"We agreed on the border," Ruto said. "The rebels must disarm first," his Ugandan '
                              'counterpart said.')
    assert direct(rec) == [("We agreed on the border,", "William Ruto"),
                           ("The rebels must disarm first,", "Yoweri Museveni")]
