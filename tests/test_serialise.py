"""A Doc that went through the pipeline serialises like any spaCy Doc: the stages' working state (spans, tokens,
the side resolver) stays in this process and only the results travel."""
import srsly
from spacy.tokens import Doc, DocBin

TEXT = ('Sudan\'s army demanded that the RSF withdraw from Khartoum before any truce, a spokesman said on Monday. '
        '"We will never accept a deal that rewards the militia," General Abdel Fattah al-Burhan told reporters.')


def test_a_processed_doc_round_trips_through_to_bytes_with_its_results(nlp):
    doc = nlp(TEXT)
    assert doc._.pc_conditions and doc._.pc_quotes  # something to carry
    assert doc._.pc_cond_found is None and doc._.pc_sides is None  # the working state is released at the end
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.pc_conditions == doc._.pc_conditions
    assert back._.pc_quotes == doc._.pc_quotes
    assert back._.pc_people == doc._.pc_people
    assert back._.pc_sides is None and back._.pc_cond_found is None  # not carried: it held this Doc's tokens


def test_a_docbin_with_user_data_keeps_the_records(nlp):
    docs = list(nlp.pipe([TEXT, "Kosovo demanded that Serbia recognise its independence."]))
    bin_ = DocBin(store_user_data=True, docs=docs)
    back = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))
    # DocBin reads user data back with tuples for lists: compare as the JSON a record is written as
    assert [srsly.json_dumps(d._.pc_conditions) for d in back] == [srsly.json_dumps(d._.pc_conditions) for d in docs]


def test_nlp_pipe_over_two_processes_gives_the_single_process_results(nlp):
    texts = [TEXT, "Israel demanded that Hezbollah withdraw its fighters north of the Litani river before any truce."]
    one = [d._.pc_conditions for d in nlp.pipe(texts)]
    two = [d._.pc_conditions for d in nlp.pipe(texts, n_process=2)]
    assert one == two and all(one)


def test_the_working_state_kept_for_inspection_is_this_docs_and_leaves_with_it(nlp_working):
    import gc
    import weakref

    doc = nlp_working(TEXT)
    assert doc._.pc_cond_found and doc._.pc_sides is not None  # spans and the side resolver, for a look inside
    assert all(f.holder is not None for f in doc._.pc_cond_found if f.stance == "demand")
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None  # nothing outside the Doc holds it (a table beside it once kept every Doc alive)


def test_many_docs_through_the_pipeline_are_freed(nlp):
    import gc
    import weakref

    refs = [weakref.ref(nlp(TEXT)) for _ in range(5)]
    gc.collect()
    assert all(r() is None for r in refs)
