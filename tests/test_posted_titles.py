"""Where a post is sent is not whose it is (patterns/posted_titles.txt): "the movement's representative to Russia",
"the group's envoy to Kenya" name the host after "to"; the side is the one that sends the envoy, or none the sentence
gives. A side named before the post word, or a post word without "to", keeps its side. Every sentence here is our
own."""
import pytest

from conftest import run_text
from peacecond.side_words import side_words


@pytest.mark.parametrize("role, party", [
    ("the movement's representative to Russia", None),
    ("envoy to the Houthis", None),
    ("Azerbaijan's ambassador to the United States", "AZE"),
    ("the Sudanese ambassador to Kenya", "SDN"),
    ("a representative of Hamas", "HAMAS"),
    ("the Kenyan envoy", "KEN"),
])
def test_a_role_s_posting_names_no_side(extractor, role, party):
    assert side_words(extractor.patterns).of_role(role) == party


@pytest.mark.parametrize("text, name, host, party", [
    ("The SPLM-North will return to the talks only if army troops withdraw, the movement's representative to "
     "Egypt, Ahmed Abdel Rahman, said on Thursday.", "Ahmed Abdel Rahman", "EGY", "SPLM-N"),
    ("The rebel group's envoy to Kenya, Abdi Hassan, said the army must withdraw from the border towns.",
     "Abdi Hassan", "KEN", None),
])
def test_an_envoy_speaks_not_for_the_host(extractor, text, name, host, party):
    rec = run_text(extractor, text)
    spk = {s["name"]: s.get("party") for s in rec["speakers"]}
    assert name in spk and spk[name] != host, spk
    held = {(c["by"] or {}).get("party") for c in rec["conditions"] if c["type"] == "withdrawal"}
    assert host not in held and (party is None or party in held), rec["conditions"]


@pytest.mark.parametrize("text, name, party", [
    ("Sudan's ambassador to Kenya, Kamal Jubara, said the RSF must withdraw from Khartoum.", "Kamal Jubara", "SDN"),
    ("The Kenyan envoy, Abdi Hassan, said the army must withdraw from the border towns.", "Abdi Hassan", "KEN"),
])
def test_the_sending_side_keeps_its_envoy(extractor, text, name, party):
    rec = run_text(extractor, text)
    assert {s["name"]: s.get("party") for s in rec["speakers"]}.get(name) == party
    assert party in {(c["by"] or {}).get("party") for c in rec["conditions"] if c["type"] == "withdrawal"}
