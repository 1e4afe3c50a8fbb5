"""What a new user saw: fragments listed as quotes, one statement listed twice, speaker counts that differ."""
import json

from test_quotes_attribution import run_text


def kinds(rec):
    return [(q["kind"], q["text"]) for q in rec["quotes"]]


def test_a_short_quote_inside_a_statement_is_a_fragment_of_it(extractor):
    rec = run_text(extractor, "The Georgian foreign minister said the vote in the breakaway region was a \"sham\" "
                              "and the new border posts \"totally illegal\".")
    assert [k for k, _ in kinds(rec)] == ["indirect", "fragment", "fragment"]
    assert [t for k, t in kinds(rec) if k == "fragment"] == ["sham", "totally illegal"]


def test_a_single_quoted_word_is_a_fragment_a_longer_quote_a_statement(extractor):
    rec = run_text(extractor, "Rebels in the east held what they called a \"referendum\" on Sunday. \"We will "
                              "never accept this vote,\" said Moldovan President Maia Sandu.")
    assert kinds(rec) == [("fragment", "referendum"), ("direct", "We will never accept this vote,")]
    assert [(s["name"], s["quotes"]) for s in rec["speakers"]] == [("Maia Sandu", 1)]


def test_a_one_word_answer_with_its_own_speech_verb_is_a_statement(extractor):
    rec = run_text(extractor, "\"Never,\" Azerbaijani Foreign Minister Jeyhun Bayramov said when asked whether Baku "
                              "would hand back the villages. The rebels called the vote a \"referendum,\" nothing "
                              "more.")
    assert kinds(rec)[0] == ("direct", "Never,")
    assert rec["quotes"][0]["speaker"] == "Jeyhun Bayramov"
    assert ("fragment", "referendum,") in kinds(rec)  # a quoted term, however the comma falls


def test_a_statement_is_listed_once_without_the_next_attribution(extractor):
    rec = run_text(extractor, "Colombian President Gustavo Petro said the rebels would not be pardoned, a senior "
                              "official told Reuters.")
    assert [(q["speaker"], q["text"]) for q in rec["quotes"]] == [
        ("Gustavo Petro", "the rebels would not be pardoned")]


def test_whoever_is_told_is_not_the_speaker(extractor):
    rec = run_text(extractor, "Juba has been told it must accept the framework by Thursday, a senior official "
                              "told Reuters. The proposal was rejected by Sudanese army chief Abdel Fattah "
                              "al-Burhan, who said it rewarded the paramilitaries.")
    assert "Juba" not in [q["speaker"] for q in rec["quotes"]]
    assert [s["name"] for s in rec["speakers"]] == ["Abdel Fattah al-Burhan"]


def test_a_participle_after_a_comma_is_no_infinitive_of_told(extractor):
    rec = run_text(extractor, "Commander Ibrahim Traore told AFP, adding that the fighting around the town "
                              "continued.")
    assert [q["text"] for q in rec["quotes"]] == ["the fighting around the town continued"]


def test_speaker_counts_are_what_the_records_hold(extractor):
    # A speaker's `quotes` is the number of the record's statements (fragments aside) whose `speakers` name them.
    text = ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed said the talks would resume. "
            "Ruto called the delay \"regrettable\". \"We are ready,\" Ruto said. Abiy said the \"new phase\" "
            "would begin in May.")
    rec = run_text(extractor, text)
    for sp in rec["speakers"]:
        held = [q for q in rec["quotes"] if q["kind"] != "fragment" and sp["name"] in q["speakers"]]
        assert sp["quotes"] == len(held), (sp, json.dumps(rec["quotes"]))
    assert {s["name"]: s["quotes"] for s in rec["speakers"]} == {"William Ruto": 2, "Abiy Ahmed": 2}


def test_the_summary_counts_what_the_records_hold(extractor, tmp_path):
    from click.testing import CliRunner

    from peacecond.cli import main

    rec = run_text(extractor, "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed said the talks "
                              "would resume. Ruto called the delay \"regrettable\". \"We are ready,\" Ruto said.")
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    out = json.loads(CliRunner().invoke(main, ["summarize", "--json", str(path)], catch_exceptions=False).stdout)
    statements = [q for q in rec["quotes"] if q["kind"] != "fragment"]
    assert out["articles"][0]["quotes"] == len(statements) == 2
    assert {s["speaker"]: s["quotes"] for s in out["speakers"]} == {
        name: sum(name in q["speakers"] for q in statements) for name in ("William Ruto", "Abiy Ahmed")}
