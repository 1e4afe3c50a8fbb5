"""A condition is what a side demands, rejects or offers: a stance the text gives nobody is left out of the records
unless `extract --unheld` (Extractor(unheld=True)) asks for it, with `by` null."""
import json

from click.testing import CliRunner

from peacecond.cli import main

# Sentences of our own: a war named (so the conditions component reads them), one term nobody holds, one held.
NOBODY = ("Shelling around Jaffna continued overnight. A truce must come before any negotiations, "
          "the leaflet said.")
HELD = "Clashes in Kidal killed four soldiers. Mali's foreign minister demanded the withdrawal of the rebels from Kidal."


def conditions(tmp_path, text, *flags):
    src = tmp_path / "a.txt"
    src.write_text(text + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(src), "-o", "-", "-q", "--all", *flags])
    assert res.exit_code == 0, res.output
    (line,) = [ln for ln in res.stdout.splitlines() if ln.strip()]
    rec = json.loads(line)
    return [(c["type"], c["stance"], (c["by"] or {}).get("party"), c["by"]) for c in rec["conditions"]]


def test_a_stance_nobody_holds_is_left_out_by_default(tmp_path):
    assert conditions(tmp_path, NOBODY) == []


def test_unheld_keeps_it_with_by_null(tmp_path):
    assert conditions(tmp_path, NOBODY, "--unheld") == [("ceasefire", "demand", None, None)]


def test_a_held_stance_is_kept_either_way(tmp_path):
    for flags in ([], ["--unheld"]):
        got = conditions(tmp_path, HELD, *flags)
        assert [(t, s, p) for t, s, p, _ in got] == [("withdrawal", "demand", "MLI")]


def test_the_option_reaches_the_component_config():
    from peacecond.pipeline import build_nlp

    nlp = build_nlp(unheld=True)
    assert nlp.get_pipe("peacecond_conditions").unheld is True
