"""Parties (issue 13, stage 4): which side a name, demonym, capital or title names, from pycountry and
patterns/parties.jsonl; ambiguous names read in context; the gazetteer finds every state; validation errors."""
import json

import pytest

from conftest import append_line, run_text
from peacecond.errors import PatternError
from peacecond.parties import parties_of
from peacecond.patterns import Patterns, cached_patterns


@pytest.fixture(scope="module")
def parties():
    return parties_of(cached_patterns())


@pytest.mark.parametrize("text, code", [
    # names and short names (pycountry's official names and common names too)
    ("Armenia", "ARM"), ("Republic of Armenia", "ARM"), ("Syrian Arab Republic", "SYR"), ("Syria", "SYR"),
    ("Viet Nam", "VNM"), ("Vietnam", "VNM"), ("Türkiye", "TUR"), ("Turkey", "TUR"), ("UK", "GBR"),
    ("Britain", "GBR"), ("U.S.", "USA"), ("UAE", "ARE"), ("Ivory Coast", "CIV"), ("Burma", "MMR"),
    ("Mauritania", "MRT"), ("Eswatini", "SWZ"), ("Northern Ireland", "GBR"),
    # possessives and a leading article
    ("Sudan's", "SDN"), ("Israel’s", "ISR"), ("the Philippines", "PHL"), ("the Houthis", "HOUTHIS"),
    # demonyms, in titles too
    ("Israeli", "ISR"), ("Sudanese", "SDN"), ("Azerbaijani", "AZE"), ("Chadian", "TCD"), ("Malian", "MLI"),
    ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Colombian", "COL"), ("Serbian", "SRB"), ("Kosovar", "XKX"),
    ("South Sudanese", "SSD"), ("Burkinabe", "BFA"),
    # capitals as metonyms
    ("Baku", "AZE"), ("Yerevan", "ARM"), ("Khartoum", "SDN"), ("Bogota", "COL"), ("Pristina", "XKX"),
    ("Belgrade", "SRB"), ("N'Djamena", "TCD"), ("Doha", "QAT"), ("Niamey", "NER"),
    # Kosovo (no ISO code: the user-assigned XKX) and the two Congos (bare "Congo" is the DR Congo in the news)
    ("Kosovo", "XKX"), ("Congo", "COD"), ("DRC", "COD"), ("DR Congo", "COD"), ("Kinshasa", "COD"),
    ("Congolese", "COD"), ("Republic of the Congo", "COG"), ("Congo-Brazzaville", "COG"), ("Brazzaville", "COG"),
    # non-state armed groups and blocs
    ("Hamas", "HAMAS"), ("Hezbollah", "HEZBOLLAH"), ("Houthi", "HOUTHIS"), ("RSF", "RSF"), ("M23", "M23"),
    ("ELN", "ELN"), ("TPLF", "TPLF"), ("Taliban", "TALIBAN"), ("SDF", "SDF"), ("EU", "EU"), ("NATO", "NATO"),
    ("G7", "G7"), ("African Union", "AU"), ("ECOWAS", "ECOWAS"),
    # groups.jsonl: sides of conflicts on every continent since about 1990, by acronym or short name
    ("Free Aceh Movement", "GAM"), ("CPN-Maoist", "CPN-M"), ("RENAMO", "RENAMO"), ("Euskadi Ta Askatasuna", "ETA"),
    ("Kosovo Liberation Army", "KLA"), ("Moro National Liberation Front", "MNLF"), ("Shining Path", "SHININGPATH"),
    ("Ulster Unionist Party", "UUP"), ("Sinn Féin", "SINNFEIN"), ("Liberation Tigers of Tamil Eelam", "LTTE"),
    ("Arakan Army", "AA"), ("Commonwealth of Independent States", "CIS"), ("Non-Aligned Movement", "NONALIGNED"),
    # full names and the spellings of other outlets' styles
    ("Islamic Resistance Movement", "HAMAS"), ("Farc", "FARC"), ("Isil", "ISIS"), ("Al Shabaab", "ALSHABAAB"),
    ("Kurdistan Workers Party", "PKK"), ("Ecowas", "ECOWAS"),
    # a straight apostrophe in the table also matches its curly form
    ("Lord’s Resistance Army", "LRA"), ("Lord's Resistance Army", "LRA"),
])
def test_names_demonyms_and_capitals(parties, text, code):
    assert parties.lookup(text) == code


@pytest.mark.parametrize("text", ["Georgia", "Jordan", "Chad", "Niger", "Jersey"])
def test_an_ambiguous_name_alone_names_no_side(parties, text):
    assert parties.lookup(text) is None


@pytest.mark.parametrize("title, code", [
    ("the Armenian prime minister", "ARM"),
    ("Azerbaijani Foreign Ministry spokesman", "AZE"),
    ("Prime Minister of Georgia", "GEO"),
    ("Georgia's foreign minister", "GEO"),
    ("President of Chad", "TCD"),
    ("senior Hamas official", "HAMAS"),
    ("a Congolese army spokesman", "COD"),
    ("Sudan's army chief", "SDN"),
    ("Chad Smith, a lawyer", None),
    ("Jordan Bardella's adviser", None),
    ("a professor of history", None),
])
def test_titles_and_roles_name_their_side(parties, title, code):
    assert parties.of_title(title) == code


@pytest.mark.parametrize("text, name, code", [
    ("Georgia rejected the demand on Friday.", "Georgia", "GEO"),
    ("Russia wants Armenia, Georgia and Azerbaijan to stay out of NATO.", "Georgia", "GEO"),
    ("The rally in Atlanta, Georgia drew thousands.", "Georgia", None),
    ("A Georgia state senator said the bill would pass.", "Georgia", None),
    ("Jordan and Egypt called for a ceasefire.", "Jordan", "JOR"),
    ("Pilgrims bathed in the Jordan near Jericho.", "Jordan", None),
    ("The documentary follows Michael Jordan through one season.", "Jordan", None),
    ("Chad closed its border with Sudan.", "Chad", "TCD"),
    ("Chad Daniels, a farmer, said the rain came late.", "Chad", None),
    ("Niger expelled the French ambassador.", "Niger", "NER"),
    ("Fishermen on the Niger reported low water.", "Niger", None),
    ("She moved to New Jersey last year.", "Jersey", None),
])
def test_an_ambiguous_name_is_read_in_its_context(nlp, parties, text, name, code):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert parties.of_span(span) == code


def test_the_gazetteer_finds_actors_of_any_state(extractor):
    rec = run_text(extractor, "Baku rejected the proposal. Chad and Niger said talks in N'Djamena would go on. "
                              "A Georgia state senator and Chad Daniels, a farmer, were not asked.")
    got = {(a["party"], m["text"]) for a in rec["actors"] for m in a["mentions"]}
    assert {("AZE", "Baku"), ("TCD", "Chad"), ("NER", "Niger"), ("TCD", "N'Djamena")} <= got
    assert not [t for p, t in got if p == "GEO"]
    assert len([t for p, t in got if p == "TCD"]) == 2  # not Chad Daniels


@pytest.mark.parametrize("text, type_, party", [
    ("The Azerbaijani foreign minister said Armenian troops must withdraw from the border villages.",
     "withdrawal", "AZE"),
    ("Chad demanded that the rebels lay down their weapons.", "demilitarization", "TCD"),
    ("Niamey insists that foreign troops leave Niger.", "withdrawal", "NER"),
    # a demonym in a title names the side
    ("The Chadian foreign minister demanded that the rebels lay down their arms.", "demilitarization", "TCD"),
    ("“Armenian troops must leave the villages before any deal,” the Azerbaijani president said.", "withdrawal", "AZE"),
    ("The Nigerien junta insists that French troops withdraw from the country.", "withdrawal", "NER"),
])
def test_conditions_take_the_side_of_any_state(extractor, text, type_, party):
    cs = run_text(extractor, text)["conditions"]
    assert any(c["type"] == type_ and (c["by"] or {}).get("party") == party for c in cs), cs


def load_error(pdir):
    with pytest.raises(PatternError) as info:
        Patterns.load(pdir)
    return str(info.value)


@pytest.mark.parametrize("row, message", [
    ({"party": "ARM", "names": ["Hayastan"], "colour": "red"}, "unknown key(s) colour"),
    ({"names": ["Atlantis"]}, "missing key 'party'"),
    ({"party": "atl", "names": ["Atlantis"]}, "must be a code in capitals"),
    ({"party": "ATL", "names": ["Atlantis"]}, "no ISO 3166-1 alpha-3 code pycountry knows"),
    ({"party": "ATL", "kind": "empire", "names": ["Atlantis"]}, "kind must be one of bloc, group, state"),
    ({"party": "ARM", "names": ["Hayastan"]}, "party 'ARM' has a row already"),
    ({"party": "XYZGROUP", "kind": "group", "names": ["Baku"]}, "'Baku' is already a name of AZE"),
    ({"party": "XYZGROUP", "kind": "group", "names": ["Xyz"], "ambiguous": ["Abc"]},
     "ambiguous name 'Abc' is none of this row's names"),
    ({"party": "XYZGROUP", "kind": "group", "names": ["Xyz", " Abc"]}, "non-empty string without outer spaces"),
    ({"party": "XYZGROUP", "kind": "group", "names": "Xyz"}, "key 'names' must be list"),
])
def test_a_bad_party_row_names_file_and_line(pdir, row, message):
    n = append_line(pdir / "parties.jsonl", json.dumps(row))
    err = load_error(pdir)
    assert f"parties.jsonl:{n}:" in err and message in err


@pytest.mark.parametrize("row, message", [
    ({"party": "ATL", "kind": "state", "names": ["Atlantis"]}, "a state belongs in parties.jsonl"),
    ({"party": "NAM", "kind": "bloc", "names": ["Non-Aligned Nations"]}, "'NAM' is the ISO 3166-1 code of Namibia"),
    ({"party": "XYZFRONT", "kind": "group", "names": ["Yerevan"]}, "'Yerevan' is already a name of ARM (parties.jsonl"),
    ({"party": "XYZFRONT", "kind": "group", "names": ["Tamil Tigers"]}, "'Tamil Tigers' is already a name of LTTE"),
    ({"party": "XYZFRONT", "kind": "group", "names": ["Xyz"], "conflict": 1990}, "key 'conflict' must be str"),
    ({"party": "XYZFRONT", "kind": "group", "names": ["Xyz"], "rebel_words": ["Karen"]},
     "rebel word 'Karen' already names KNU"),
    ({"party": "XYZFRONT", "kind": "group", "names": ["Xyz"], "rebel_words": ["hill tribes"]},
     "a rebel word must be one capitalised word"),
    # a group's war's state is a state's code; a bloc fights no war of one state
    ({"party": "XYZFRONT", "kind": "group", "names": ["Xyz"], "state": "HAMAS"}, "state 'HAMAS' is no state's code"),
    ({"party": "XYZFRONT", "kind": "group", "names": ["Xyz"], "state": "ATL"}, "state 'ATL' is no state's code"),
    ({"party": "XYZBLOC", "kind": "bloc", "names": ["Xyz"], "state": "SDN"}, "only a group has a \"state\""),
])
def test_a_bad_group_row_names_file_and_line(pdir, row, message):
    n = append_line(pdir / "groups.jsonl", json.dumps(row))
    err = load_error(pdir)
    assert f"groups.jsonl:{n}:" in err and message in err


@pytest.mark.parametrize("text, sides", [
    # a whole name, in another spelling the table gives
    ("Nicolás Maduro said the talks in Barbados would resume once the oil sanctions were eased.",
     {"Nicolas Maduro": "VEN"}),
    ("Abdel-Fattah al-Sisi told the summit that the crossing would stay open for aid convoys.",
     {"Abdel Fattah el-Sisi": "EGY"}),
    # a surname the table writes nowhere alone is nobody in particular
    ("Ali Abbas, a shopkeeper in Basra, said the power cuts had grown longer this summer.", {"Ali Abbas": None}),
])
def test_a_person_takes_the_side_of_the_person_table(extractor, text, sides):
    assert {s["name"]: s["party"] for s in run_text(extractor, text)["speakers"]} == sides


def test_a_distinctive_surname_in_the_possessive_is_the_person(extractor):
    rec = run_text(extractor, "A letter of Ocalan's was read out to the crowd in Diyarbakir on Saturday.")
    assert ("Abdullah Ocalan", "PKK") in {(a["name"], a["party"]) for a in rec["actors"]}


def test_the_group_table_is_broad(parties):
    """At least a hundred non-state sides and blocs, of conflicts on every continent."""
    groups = {c for c, k in parties.kinds.items() if k != "state"}
    assert len(groups) >= 200
    assert {"FARC", "EZLN", "ETA", "IRA", "PKK", "LTTE", "GAM", "NPA", "ALSHABAAB", "RENAMO", "ECOWAS",
            "OSCE"} <= groups


def test_a_user_assigned_state_code_with_its_official_name_loads(pdir):
    append_line(pdir / "parties.jsonl", json.dumps({"party": "ATL", "official": "Republic of Atlantis",
                                                   "names": ["Atlantis"], "demonyms": ["Atlantean"],
                                                   "capitals": ["Poseidonia"]}))
    pats = Patterns.load(pdir)
    got = parties_of(pats)
    assert [got.lookup(t) for t in ("Atlantis", "Republic of Atlantis", "Atlantean", "Poseidonia")] == ["ATL"] * 4
    assert any(a["party"] == "ATL" and "Poseidonia" in a["variants"] for a in pats.actors.values())


def test_missing_party_files_are_errors(pdir):
    (pdir / "party_not_after.txt").unlink()
    assert "party_not_after.txt" in load_error(pdir)
    (pdir / "groups.jsonl").unlink()
    assert "groups.jsonl: file is missing" in load_error(pdir)
    (pdir / "parties.jsonl").unlink()
    assert "parties.jsonl: file is missing" in load_error(pdir)


def test_demonyms_and_group_names_are_nationality_words(extractor):
    """Words that name a side before a noun or in a role: any state's demonym and a group's or bloc's name."""
    nationalities = extractor.patterns.extra["quotes"]["nationalities"]
    assert {w: nationalities.get(w) for w in ("Chadian", "Azerbaijani", "Taliban", "ECOWAS", "Kremlin")} == {
        "Chadian": "TCD", "Azerbaijani": "AZE", "Taliban": "TALIBAN", "ECOWAS": "ECOWAS", "Kremlin": "RUS"}
    rec = run_text(extractor, "“The roads must be reopened before any talks,” said Ahmad Karimi, a senior Taliban "
                              "official, on Sunday.")
    assert [(s["name"], s.get("party")) for s in rec["speakers"]] == [("Ahmad Karimi", "TALIBAN")]
