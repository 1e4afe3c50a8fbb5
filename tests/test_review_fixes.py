"""Defects a read-only review found in the eighth session's code, each with sentences of our own."""
from conftest import pairs, run_text


def test_turn_and_rule_turn_something_down_only_with_their_particle(extractor):
    # "refused to turn over their arms" refuses the hand-over; only "refused to rule out X" refuses a refusal
    assert ("demilitarization", "reject", "M23") in pairs(extractor, "The M23 rebels refused to turn over their arms "
                                                                      "and disarm.")
    assert not pairs(extractor, "Kinshasa refused to rule out a truce.")
    assert not {p for p in pairs(extractor, "The weapons were turned over by the rebels.") if p[1] == "reject"}


def test_a_portuguese_date_line_with_novembro(extractor):
    rec = run_text(extractor, "Acordo de paz em Mocambique\n\n4 de novembro de 2024\n\nThe talks resumed on Monday.")
    assert rec["published"] == "2024-11-04"
