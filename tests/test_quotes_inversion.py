

@pytest.mark.parametrize("text, speaker", [
    ("The ceasefire will be extended by a month, according to a readout from the European Commission.",
     "European Commission"),
    ("A readout from the European Commission said the ceasefire would be extended by a month.", "European Commission"),
    ('The European Commission released a readout of the call. "Both sides agreed to extend the ceasefire," the '
     'readout said.', "European Commission"),
])
def test_a_readout_speaks_for_whoever_issued_it(extractor, text, speaker):
    rec = run_text(extractor, text)
    assert any(q["speaker"] == speaker and "extend" in q["text"] for q in rec["quotes"]), rec["quotes"]
