"""Speech verbs after the quote with the subject after them, in forms the tagger reads as base forms."""
import pytest

from test_quotes_attribution import run_text


def speaker_of(rec, start):
    return next(q["speaker"] for q in rec["quotes"] if q["text"].startswith(start))


@pytest.mark.parametrize("text, speaker", [
    ('"Humanitarian corridors must stay open," read a statement from the European Union.', "European Union"),
    ('"We reject any partition of the island," read a statement from the Kremlin.', "Kremlin"),
    ('"Humanitarian corridors must stay open," reads a statement from the European Union.', "European Union"),
])
def test_read_a_statement_from_a_body(extractor, text, speaker):
    rec = run_text(extractor, text)
    assert speaker in (speaker_of(rec, text[1:12]) or "")


def test_a_banner_read_by_nobody_named_has_no_speaker(extractor):
    rec = run_text(extractor, 'Protesters marched through the capital. "No deal without the refugees\' return," read '
                              'one of their banners.')
    assert speaker_of(rec, "No deal") is None


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
