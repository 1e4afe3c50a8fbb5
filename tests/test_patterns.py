"""Rule files are validated on load: every mistake names the file and line."""
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import append_line
from peacecond.cli import main
from peacecond.errors import PatternError
from peacecond.patterns import Patterns, default_dir

GOOD_REGION = {"id": "Testland", "code": "XX-01", "country": "XXX", "variants": ["Testland"]}




def load_error(pdir):
    with pytest.raises(PatternError) as info:
        Patterns.load(pdir)
    return str(info.value)


def test_shipped_patterns_load():
    pats = Patterns.load()
    assert {"Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Crimea", "Sevastopol", "Kyiv"} <= set(pats.regions)
    # Every oblast of Ukraine, plus Crimea, Sevastopol and Kyiv city: 27 ISO 3166-2 codes.
    ua_codes = {r["code"] for r in pats.regions.values() if r["country"] == "UKR" and r["code"]}
    assert len(ua_codes) == 27
    assert all(a["kind"] in {"person", "org", "place"} for a in pats.actors.values())


@pytest.mark.parametrize("line,message", [
    ('{"id": "Testland", "code": "XX-01", ', "not valid JSON"),
    ('["Testland"]', "each line must be a JSON object"),
    (json.dumps({**GOOD_REGION, "colour": "red"}), "unknown key(s) colour"),
    (json.dumps({k: v for k, v in GOOD_REGION.items() if k != "variants"}), "missing key 'variants'"),
    (json.dumps({**GOOD_REGION, "variants": "Testland"}), "key 'variants' must be list"),
    (json.dumps({**GOOD_REGION, "code": 12}), "key 'code' must be str or null"),
    (json.dumps({**GOOD_REGION, "variants": ["Testland", ""]}), "non-empty string"),
    (json.dumps({**GOOD_REGION, "id": "Donetsk"}), "duplicate region id 'Donetsk'"),
    (json.dumps({**GOOD_REGION, "members": ["Atlantis"]}), "member 'Atlantis' of 'Testland' is not a region id"),
    (json.dumps({**GOOD_REGION, "metonym": "Atlantis"}), "metonym 'Atlantis' of 'Testland' is not an actor id"),
])
def test_bad_region_line_names_file_and_line(pdir, line, message):
    n = append_line(pdir / "regions.jsonl", line)
    err = load_error(pdir)
    assert err.startswith(f"{pdir / 'regions.jsonl'}:{n}: ")
    assert message in err


@pytest.mark.parametrize("line,message", [
    (json.dumps({"id": "X", "party": "XXX", "kind": "robot", "variants": ["X"]}), "kind must be one of"),
    (json.dumps({"id": "X", "party": "XXX", "kind": "person"}), "missing key 'variants'"),
    (json.dumps({"id": "Vladimir Putin", "party": "RUS", "kind": "person", "variants": ["V. Putin"]}),
     "duplicate actor id"),
])
def test_bad_actor_line(pdir, line, message):
    n = append_line(pdir / "actors.jsonl", line)
    err = load_error(pdir)
    assert err.startswith(f"{pdir / 'actors.jsonl'}:{n}: ") and message in err


@pytest.mark.parametrize("file,line,message", [
    ("boilerplate.jsonl", '{"id": "x", "kind": "ad", "regex": "(unclosed"}', "bad regular expression"),
    ("boilerplate.jsonl", '{"id": "x", "kind": "ad", "regex": "x", "scope": "page"}', "scope must be one of"),
    ("boilerplate.jsonl", '{"id": "x", "kind": "ad", "regex": "x*"}', "matches the empty string"),
    ("published.jsonl", '{"id": "x", "regex": "[0-9"}', "bad regular expression"),
    ("published.jsonl", '{"id": "x", "regex": "x", "flags": "i"}', "unknown key(s) flags"),
])
def test_bad_rule_lines(pdir, file, line, message):
    n = append_line(pdir / file, line)
    err = load_error(pdir)
    assert err.startswith(f"{pdir / file}:{n}: ") and message in err


def test_duplicate_word_in_a_list(pdir):
    n = append_line(pdir / "not_region_after.txt", "Bridge  # again")
    assert load_error(pdir) == f"{pdir / 'not_region_after.txt'}:{n}: duplicate entry 'Bridge'"


def test_a_community_word_list_takes_one_word_a_line(pdir):
    # peoples.txt is matched against single tokens ("the Tamil leadership"): two words on a line never match
    n = append_line(pdir / "peoples.txt", "Karen people")
    assert load_error(pdir).startswith(f"{pdir / 'peoples.txt'}:{n}: one word a line: 'Karen people'")


def test_missing_file(pdir):
    (pdir / "place_verbs.txt").unlink()
    assert load_error(pdir) == f"{pdir / 'place_verbs.txt'}: file is missing from the patterns folder"


def test_comments_and_blank_lines_are_allowed(pdir):
    append_line(pdir / "regions.jsonl", "")
    append_line(pdir / "regions.jsonl", "# a researcher's note")
    append_line(pdir / "regions.jsonl", json.dumps(GOOD_REGION))
    assert Patterns.load(pdir).regions["Testland"]["code"] == "XX-01"


def test_cli_bad_pattern_file_exits_2_with_one_line(pdir, tmp_path):
    n = append_line(pdir / "regions.jsonl", '{"id": "Testland"')
    story = tmp_path / "a.txt"
    story.write_text("Fighting near Kherson.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(story), "-o", str(tmp_path / "out.jsonl"),
                                       "--patterns", str(pdir)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{pdir / 'regions.jsonl'}:{n}: not valid JSON" in lines[0]
    assert result.stdout == ""
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_patterns_env_var(pdir, tmp_path):
    n = append_line(pdir / "actors.jsonl", '{"id": "X"}')
    story = tmp_path / "a.txt"
    story.write_text("Fighting near Kherson.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(story), "-o", "-"], env={"PEACECOND_PATTERNS": str(pdir)})
    assert result.exit_code == 2
    assert f"{pdir / 'actors.jsonl'}:{n}: missing key" in result.stderr


def test_cli_patterns_folder_that_does_not_exist(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text("Fighting near Kherson.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(story), "-o", "-", "--patterns", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "patterns folder does not exist" in result.stderr


def test_published_regex_must_name_its_date_parts(pdir):
    n = append_line(pdir / "published.jsonl", json.dumps({"id": "bad", "regex": r"\d{4}-\d\d-\d\d"}))
    err = load_error(pdir)
    assert f"published.jsonl:{n}:" in err and "(?P<year>" in err


def test_word_list_not_utf8(pdir):
    (pdir / "speech_verbs.jsonl").write_bytes('{"verb": "d\xe9clarer"}\n'.encode("latin-1"))
    assert "speech_verbs.jsonl: not UTF-8" in load_error(pdir)


def test_nominal_kind_and_duplicate_nationality(pdir):
    n = append_line(pdir / "nominal_speakers.jsonl", json.dumps({"head": "envoy2", "kind": "robot", "anaphoric": True}))
    assert f"nominal_speakers.jsonl:{n}: kind must be one of org, person" in load_error(pdir)
    shutil.copy(default_dir() / "nominal_speakers.jsonl", pdir / "nominal_speakers.jsonl")
    n = append_line(pdir / "nationalities.jsonl", json.dumps({"word": "Kremlin", "party": "XXX"}))
    assert f"nationalities.jsonl:{n}: duplicate word 'Kremlin'" in load_error(pdir)


def test_nominal_roles_must_be_a_list(pdir):
    row = {"head": "envoy2", "kind": "person", "anaphoric": False, "roles": "foreign minister"}
    n = append_line(pdir / "nominal_speakers.jsonl", json.dumps(row))
    assert f"nominal_speakers.jsonl:{n}:" in load_error(pdir) and "roles" in load_error(pdir)


def test_fingerprint_ignores_files_that_are_not_rules(pdir):
    before = Patterns.load(pdir).fingerprint
    (pdir / "README.md").write_text("notes\n")
    (pdir / "regions.jsonl~").write_text("backup\n")
    assert Patterns.load(pdir).fingerprint == before
    append_line(pdir / "gate_terms.txt", "armistice talks")
    assert Patterns.load(pdir).fingerprint != before


@pytest.mark.parametrize("roles", [["Foreign Minister"], ["envoy", 3], [""]])
def test_nominal_roles_must_be_lower_case_posts(pdir, roles):
    # a role is sought inside a lower-cased post: one in capitals, or no string, would never match
    row = {"head": "envoy2", "kind": "person", "anaphoric": False, "roles": roles}
    n = append_line(pdir / "nominal_speakers.jsonl", json.dumps(row))
    assert f"nominal_speakers.jsonl:{n}: roles must be a list of lower-case posts" in load_error(pdir)


@pytest.mark.parametrize("row", [
    pytest.param({"type": "reparations", "note": "x", "phrases": ["war damages bill"], "sense_preps": ["to"]},
                 id="on-a-cue-row"),
    pytest.param({"type": "testtype", "definition": "x", "cameo": {"demand": "1", "reject": "2", "offer": "3"},
                  "plover_mode": "change", "sense_preps": ["To"]}, id="upper-case"),
])
def test_sense_preps_belong_on_the_type_row_in_lower_case(pdir, row):
    n = append_line(pdir / "conditions.jsonl", json.dumps(row))
    err = load_error(pdir)
    assert f"conditions.jsonl:{n}:" in err and "sense_preps" in err
