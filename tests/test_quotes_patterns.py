"""The quote component's rule files are validated on load, and a researcher's edit to them takes effect."""

import pytest

from conftest import append_line
from peacecond import Article
from peacecond.errors import PatternError
from peacecond.patterns import Patterns, default_dir




def load_error(pdir):
    with pytest.raises(PatternError) as info:
        Patterns.load(pdir)
    return str(info.value)


@pytest.mark.parametrize("file, line, message", [
    ("pronouns.jsonl", '{"word": "xe", "refers": "someone"}', "refers must be one of group, nobody, org, person"),
    ("pronouns.jsonl", '{"word": "he", "refers": "person"}', "duplicate word 'he'"),
    ("pronouns.jsonl", '{"word": "xe"}', "missing key 'refers'"),
    ("speech_verbs.jsonl", '{"verb": "gesture", "kind": "say", "frames": ["clause"], "particles": []}',
     "'particles' must be a non-empty list"),
    ("speech_verbs.jsonl", '{"verb": "call", "kind": "directive", "frames": ["clause"]}', "duplicate verb 'call'"),
    ("speech_verbs.jsonl", '{"verb": "instruct", "kind": "order", "frames": ["clause"]}',
     "kind 'order' must be one of"),
    ("speech_verbs.jsonl", '{"verb": "instruct", "kind": "directive", "frames": ["clause", "imperative"]}',
     "'frames' must be a non-empty list of"),
    ("speech_verbs.jsonl", '{"verb": "instruct", "kind": "directive", "frames": []}', "'frames' must be"),
    ("speech_verbs.jsonl", '{"verb": "rule out", "kind": "refuse", "frames": ["clause"]}', "one lower-case lemma"),
    ("speech_verbs.jsonl", '{"verb": "dub", "kind": "say", "frames": ["naming"]}', "needs 'particles'"),
    ("speech_verbs.jsonl", '{"verb": "instruct", "kind": "directive"}', "missing key 'frames'"),
    ("speech_verbs.jsonl", '{"verb": "table", "kind": "propose", "frames": ["object"], "objects": ["Motion"]}',
     "'objects' must be a non-empty list of lower-case lemmas"),
    ("speech_verbs.jsonl", '{"verb": "table", "kind": "propose", "frames": ["clause", "object"], "objects": '
                           '["motion"]}', "its frames must be [\"object\"]"),
    ("surname_prefixes.txt", "bin", "'bin' must be one word ending in '-'"),
    ("signature_credit_words.txt", "photo*", "'photo*' must be one word of letters"),
    ("signature_tail_words.txt", "next to", "one word a line"),
    ("speech_nouns_of.txt", "criticism", "'criticism' is not a noun of speech_nouns.txt"),
])
def test_bad_quote_rule_lines_name_file_and_line(pdir, file, line, message):
    n = append_line(pdir / file, line)
    err = load_error(pdir)
    assert f"{file}:{n}" in err and message in err


def test_make_clear_words_are_a_checked_list(pdir):
    n = append_line(pdir / "make_clear_words.txt", "clear")
    assert f"make_clear_words.txt:{n}" in load_error(pdir)
    (pdir / "make_clear_words.txt").unlink()
    assert "make_clear_words.txt: file is missing" in load_error(pdir)


def _quotes(extractor, pdir, text):
    """The quotes the component finds with the rules of pdir (on the session model's parse: no model load)."""
    from peacecond.components.quotes import Quotes

    doc = extractor.nlp(extractor.prepare(Article(text=text, path="t.txt"))[0])
    doc = Quotes(extractor.nlp, str(pdir))(doc)
    return [(q["kind"], q["speaker"], q["cue"]["text"] if q["cue"] else None) for q in doc._.pc_quotes]


def test_edited_rule_files_change_what_counts_as_speech(extractor, pdir):
    text = ("Olena Marchenko made plain that the village would not be abandoned. "
            "Olena Marchenko called the mayor of the town to discuss the evacuation.")
    # Shipped rules: "made plain" reports speech; "called the mayor" (no "on" / "for") does not.
    assert _quotes(extractor, default_dir(), text) == [("indirect", "Olena Marchenko", "made")]
    (pdir / "make_clear_words.txt").write_text("clear\n", encoding="utf-8")
    # "call" without its particles (and so without its naming frame): any "called" speaks.
    table = (pdir / "speech_verbs.jsonl").read_text(encoding="utf-8")
    row = next(line for line in table.splitlines() if line.startswith('{"verb": "call",'))
    (pdir / "speech_verbs.jsonl").write_text(table.replace(row, '{"verb": "call", "kind": "directive", '
                                                                '"frames": ["clause", "infinitive"]}'),
                                             encoding="utf-8")
    assert _quotes(extractor, pdir, text) == [("indirect", "Olena Marchenko", "called")]


def test_pronoun_table_decides_who_speaks(extractor, pdir):
    text = "Olena Marchenko arrived in the village on Monday. She said the school would reopen next week."
    assert _quotes(extractor, default_dir(), text) == [("indirect", "Olena Marchenko", "said")]
    lines = (pdir / "pronouns.jsonl").read_text(encoding="utf-8").replace(
        '{"word": "she", "refers": "person", "gender": "female"}', '{"word": "she", "refers": "nobody"}')
    (pdir / "pronouns.jsonl").write_text(lines, encoding="utf-8")
    assert _quotes(extractor, pdir, text) == []
