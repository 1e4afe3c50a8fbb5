"""An appositive that names a term as one of a side's demands ("X – two of several demands laid down by Y") says
what X is: a hedge over the clause X stands in ("is prepared to consider rejection of X") does not reach it
(conditions/frames.py). Own sentences, conflicts other than the articles the rule was measured on."""
import pytest

from conftest import pairs

FOUND = [
    ("Sandu said Moldova is prepared to consider rejection of a NATO membership bid and permanent neutrality – two "
     "of several demands laid down by the Kremlin as preconditions for a deal.", ("nato_neutrality", "demand", "RUS")),
    ("Pashinyan said Armenia is prepared to consider rejection of its claims to Karabakh and a recognition of "
     "Azerbaijan's sovereignty over Karabakh – two of several demands laid down by Baku as preconditions for peace.",
     ("territorial_recognition", "demand", "AZE")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_the_appositive_names_the_owners_demand(extractor, text, expected):
    assert expected in pairs(extractor, text)


NOT_DEMANDED = [
    # no appositive: what a side weighs is nobody else's demand
    ("Sandu said Moldova is prepared to consider rejection of a NATO membership bid and permanent neutrality, "
     "analysts said.", "nato_neutrality"),
    # a hedge over the demand itself still makes speculation of it
    ("The RSF could demand the withdrawal of the army from Khartoum, analysts said.", "withdrawal"),
]


@pytest.mark.parametrize("text,type_", NOT_DEMANDED)
def test_no_demand_without_the_appositive(extractor, text, type_):
    assert not any(t == type_ and s == "demand" for t, s, _ in pairs(extractor, text))
