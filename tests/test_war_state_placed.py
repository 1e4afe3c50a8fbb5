"""A bare 'the government' / 'the army' whose own clause is set, before it, in another state or its capital ("In
Caracas, the government demanded ...") is that state's, not the state of the story's civil war
(collectives.set_in, read before war_state). Not a venue of talks, not a place after the verb, not a state the
description is only the object of a verb of. Our own sentences, several conflicts."""
import pytest

from conftest import run_text


def kinds(extractor, text):
    return {(c["type"], c["stance"], (c["by"] or {}).get("party")) for c in run_text(extractor, text)["conditions"]}


@pytest.mark.parametrize("text, expected", [
    ("The ELN bombed a pipeline. In Caracas, the government demanded a ceasefire.", ("ceasefire", "demand", "VEN")),
    ("The Arakan Army took Sittwe. In Dhaka, the government demanded a ceasefire along the border.",
     ("ceasefire", "demand", "BGD")),
    ("The RSF shelled El Fasher. In N'Djamena, the army demanded a ceasefire along the border.",
     ("ceasefire", "demand", "TCD")),
    ("The Houthis fired on ships. In Riyadh, the government rejected a ceasefire.", ("ceasefire", "reject", "SAU")),
    # the war's own state set there: the same state
    ("The RSF shelled El Fasher. In Khartoum, the army rejected a ceasefire.", ("ceasefire", "reject", "SDN")),
    ("M23 rebels took Goma. In Kinshasa, the government rejected talks with the rebels.",
     ("negotiation_format", "reject", "COD")),
    # a venue of talks, a place after the verb, a state only addressed: the war's state stands
    ("The RSF shelled El Fasher. At talks in Jeddah, the army rejected a ceasefire.", ("ceasefire", "reject", "SDN")),
    ("The RSF shelled El Fasher. The army demanded a ceasefire in Chad.", ("ceasefire", "demand", "SDN")),
    ("The ELN bombed a pipeline. In a letter to Venezuela, the government demanded a ceasefire.",
     ("ceasefire", "demand", "COL")),
    ("The ELN bombed a pipeline. In talks hosted by Venezuela, the government demanded a ceasefire.",
     ("ceasefire", "demand", "COL")),
])
def test_a_description_set_in_a_state_is_that_states(extractor, text, expected):
    assert expected in kinds(extractor, text)
