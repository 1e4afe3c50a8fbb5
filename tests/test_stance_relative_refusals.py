"""A refusal told in a clause that describes the other side's terms ("demands that Y rejected", "terms quickly
dismissed by Y", "X asked for A, which Y refused"): Y refuses each condition type of those terms. Every sentence
here is our own, about conflicts the shared sets do not hold."""
import pytest

from conftest import pairs, run_text


@pytest.mark.parametrize("text, expected", [
    # a relative clause on a set of terms whose owner is the subject of the verb that puts them forward
    # (the terms told after the refusal: the set is its owner's whole set)
    ("The Houthis came up with new demands that Riyadh said were unacceptable. Above all, the Houthis want Saudi "
     "forces to withdraw from Yemen.",
     {("withdrawal", "demand", "HOUTHIS"), ("withdrawal", "reject", "SAU")}),
    ("The ELN made ultimatums that Bogota has repeatedly rejected. The ELN insisted that the army pull out of Arauca.",
     {("withdrawal", "demand", "ELN"), ("withdrawal", "reject", "COL")}),
    ("Ethiopia demanded that the TPLF disarm. Ethiopia presented preconditions that were promptly rejected by the "
     "TPLF.",
     {("demilitarization", "demand", "ETH"), ("demilitarization", "reject", "TPLF")}),
    # a noun in apposition sums up the terms the clause before the comma stated
    ("Sudan's government called on the RSF to pull out of Omdurman and to hand over its heavy weapons, terms flatly "
     "dismissed by the RSF.",
     {("withdrawal", "reject", "RSF"), ("demilitarization", "reject", "RSF")}),
    # "which" after a comma refuses what the clause before it asked
    ("Ankara demands that Nicosia recognise the northern state as an equal partner of Turkey, which the Cypriot "
     "president has refused.",
     {("territorial_recognition", "demand", "TUR"), ("territorial_recognition", "reject", "CYP")}),
    # the refusing verb with its particle; a negated acceptance
    ("The Polisario Front wants Morocco to withdraw its troops from the berm, which Rabat has ruled out.",
     {("withdrawal", "demand", "POLISARIO"), ("withdrawal", "reject", "MAR")}),
    ("The Houthis wanted Saudi troops to leave Yemen and Riyadh to fund reconstruction, proposals that the Saudi "
     "government would not accept.",
     {("withdrawal", "demand", "HOUTHIS"), ("withdrawal", "reject", "SAU")}),
])
def test_a_refusal_describing_the_terms_refuses_them(extractor, text, expected):
    got = pairs(extractor, text)
    assert expected <= got, got


@pytest.mark.parametrize("text", [
    # accepted, not refused
    "Ethiopia demanded that the TPLF disarm. Ethiopia presented preconditions that were accepted by the TPLF.",
    # the refusing side owns the terms: no side refuses its own demand
    "The ELN demanded that the army pull out of Arauca, which the ELN later refused to discuss.",
    # a content clause of the demand ("demands that X withdraw") is what is asked, no refusal
    "The Houthis repeated their demands that Saudi forces withdraw from Yemen.",
])
def test_no_refusal_without_another_sides_refusing_clause(extractor, text):
    got = pairs(extractor, text)
    assert any(p[1] == "demand" for p in got), got
    assert not {p for p in got if p[1] == "reject" and p[2] != "ELN"}, got
    assert ("withdrawal", "reject", "ELN") not in got and ("demilitarization", "reject", "TPLF") not in got, got


def test_which_refuses_only_what_its_own_sentence_asked(extractor):
    # the offer the relative clause follows is refused, not the demand of the sentence before
    got = pairs(extractor, "The M23 demanded direct talks with Kinshasa. The rebels also proposed a prisoner swap, "
                           "which Kinshasa refused.")
    assert ("negotiation_format", "demand", "M23") in got
    assert ("negotiation_format", "reject", "COD") not in got, got


def test_terms_in_apposition_are_those_just_stated(extractor):
    # three sentences on, "terms dismissed by Y" names another set, not the demand told at the start
    got = pairs(extractor, "Hamas demanded that Israel withdraw from Gaza. The talks in Cairo lasted three days. "
                           "Mediators said progress was slow. The mediators then circulated a draft, with terms "
                           "quickly dismissed by Israel.")
    assert ("withdrawal", "demand", "HAMAS") in got
    assert ("withdrawal", "reject", "ISR") not in got, got


@pytest.mark.parametrize("text, refused", [
    # a phrase that dates or qualifies the refusal, an acceptance or a weighing it refuses, leave the pointer as it is
    ("The Polisario Front wants Rabat to pull its army back from the berm, which Morocco rejected on Tuesday.", True),
    ("The Polisario Front wants Rabat to pull its army back from the berm, which Morocco has refused to accept.",
     True),
    ("The Polisario Front wants Rabat to pull its army back from the berm, which Morocco refuses to even discuss.",
     True),
    # refusing to say is no refusal of the terms
    ("The Polisario Front wants Rabat to pull its army back from the berm, which Morocco refused to say.", False),
])
def test_which_refused_with_a_phrase_after_it(extractor, text, refused):
    got = pairs(extractor, text)
    assert ("withdrawal", "demand", "POLISARIO") in got, got
    assert (("withdrawal", "reject", "MAR") in got) is refused, got


@pytest.mark.parametrize("text, kept, refused, not_refused", [
    # what comes after the clause's closing comma is asked, not refused
    ("The ELN demanded a truce, which Bogota rejected, and the army to pull out of Arauca.",
     ("withdrawal", "demand", "ELN"), ("ceasefire", "reject", "COL"), ("withdrawal", "reject", "COL")),
    # the clause hangs off a noun another verb takes: the statement is refused, not the pullout
    ("The Polisario Front wants Morocco to withdraw its troops from the berm and praised the Algerian statement, "
     "which Rabat has rejected.", ("withdrawal", "demand", "POLISARIO"), None, ("withdrawal", "reject", "MAR")),
    ("The Polisario Front wants Morocco to withdraw its troops from the berm and praised the Algerian statement, "
     "which Rabat has ruled out.", ("withdrawal", "demand", "POLISARIO"), None, ("withdrawal", "reject", "MAR")),
    # a hedged refusal is none yet
    ("The Polisario Front wants Morocco to withdraw its troops from the berm, which Rabat might still reject.",
     ("withdrawal", "demand", "POLISARIO"), None, ("withdrawal", "reject", "MAR")),
    ("The Houthis want Saudi forces to leave Yemen, which Riyadh could well refuse.",
     ("withdrawal", "demand", "HOUTHIS"), None, ("withdrawal", "reject", "SAU")),
    # the bounds leave the plain case as it was
    ("The Polisario Front wants Morocco to withdraw its troops from the berm, which Rabat has refused.",
     ("withdrawal", "demand", "POLISARIO"), ("withdrawal", "reject", "MAR"), None),
])
def test_which_refuses_only_the_clause_it_closes(extractor, text, kept, refused, not_refused):
    got = pairs(extractor, text)
    assert kept in got, got
    assert refused is None or refused in got, got
    assert not_refused not in got, got


def test_a_term_which_the_cue_refused_is_refused_once(extractor):
    # the relative cue and the relative-clause pass read the same refusal: one evidence item, not two nested ones
    rec = run_text(extractor, "The Houthis demanded a truce, which Riyadh rejected.")
    (rej,) = [c for c in rec["conditions"] if c["stance"] == "reject"]
    assert (rej["type"], rej["by"]["party"]) == ("ceasefire", "SAU")
    assert len(rej["evidence"]) == 1, rej["evidence"]


@pytest.mark.parametrize("text, word, refuses", [
    ("The Polisario Front wants the berm removed, which Rabat has ruled out.", "ruled", True),
    ("The Polisario Front wants the berm removed, which Rabat has turned down.", "turned", True),
    ("The Polisario Front wants the berm removed, which Rabat has long opposed.", "opposed", True),
    # "rule" and "turn" refuse only with their particle
    ("The judges ruled on the case, which the court turned over to Rabat.", "turned", False),
    ("The court heard the case, which the judges ruled on.", "ruled", False),
])
def test_relative_refusals_share_one_verb_test(extractor, text, word, refuses):
    # scopes.refusing_verb is the one test the gapped refusal, the clause refusal and the terms' giver read
    from peacecond.conditions import scopes
    from peacecond.conditions.resources import Resources

    R = Resources(extractor.nlp, None)
    (verb,) = [t for t in extractor.nlp(text) if t.text == word]
    assert scopes.refusing_verb(R, verb) is refuses
