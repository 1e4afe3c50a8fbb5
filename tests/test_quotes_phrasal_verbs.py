"""Speech verbs with a particle ('hit back', 'chimed in', 'summed up', 'went on'): speech only with the particle."""
import pytest

from test_quotes_attribution import run_text


def speaker_of(rec, start):
    return next((q["speaker"] for q in rec["quotes"] if q["text"].startswith(start)), "missing")


@pytest.mark.parametrize("verb", ["hit back", "fired back", "shot back", "chimed in", "summed up", "went on"])
def test_a_phrasal_speech_verb_after_the_quote(extractor, verb):
    rec = run_text(extractor, f'"The referendum changes nothing on the ground," Nicaraguan envoy Rosa Duarte {verb}.')
    assert speaker_of(rec, "The referendum") == "Rosa Duarte", rec["quotes"]


def test_the_verb_without_its_particle_is_no_speech(extractor):
    rec = run_text(extractor, 'Government troops fired mortars at the ridge on Sunday. "Nobody was hurt on our '
                              'side," the commander of the garrison, Luis Prado, told reporters later.')
    assert not any(q["cue"] and q["cue"]["lemma"] == "fire" for q in rec["quotes"])
    rec = run_text(extractor, 'Rebels hit the convoy near the border, and the fighting went on for hours, local '
                              'officials said.')
    assert not any(q["cue"] and q["cue"]["lemma"] in {"hit", "go"} for q in rec["quotes"])
