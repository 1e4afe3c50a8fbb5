"""Mentions a later stage used to lose: a condition named in the text whose stance a cue states, dropped on the way
to the record by a cue that reads the mention's own words otherwise. Every sentence here is our own (other
conflicts, other actors)."""
import pytest

from conftest import find, run_text


def conds(extractor, text):
    return run_text(extractor, text)["conditions"]


# "Article 5" names a guarantee (a clause of a treaty); the goal row of report nouns ("withdrawal rumours", "the
# ceasefire article") took its capital-A "Article" for a news article and made the guarantee a report's topic.
@pytest.mark.parametrize("text, party", [
    ("Chisinau demanded guarantees like NATO's Article 5.", "MDA"),
    ("Tbilisi demanded protection like NATO's Article 5.", "GEO"),
])
def test_a_treaty_article_is_no_news_article(extractor, text, party):
    cs = conds(extractor, text)
    assert find(cs, "security_guarantees", "demand", party), cs


def test_a_news_article_in_lower_case_still_names_only_its_topic(extractor):
    cs = conds(extractor, "Baku denied the withdrawal article that the agency published on Monday.")
    assert not [c for c in cs if c["type"] == "withdrawal"], cs


# "conditioned on Y" had a cue row; the passive with its agent, "conditioned by Y", said the same and had none.
@pytest.mark.parametrize("text, type_, party", [
    ("Georgian officials have reiterated their position that any dialogue with Sukhumi is directly conditioned by "
     "the withdrawal of Russian troops from Abkhazia.", "withdrawal", "GEO"),
    ("The Sudanese army said a truce is conditioned by the RSF leaving the cities it holds.", "withdrawal", "SDN"),
])
def test_conditioned_by_demands_what_it_names(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs


# Demands a later stage found and then lost: each group says which stage now keeps them; (text, type, party).
RECOVERED_DEMANDS = [
    # A bare demand noun that goes on with a list a side has just set out ("The demands include X") named no owner in
    # its sentence: the stance was found and then dropped by the no-holder policy (continued.bare_demands).
    ("The RSF has presented the army with a list of conditions for a truce. The demands include the withdrawal of "
     "the army from Khartoum.", "withdrawal", "RSF"),
    ("The Taliban handed Kabul a list of conditions on Monday. The demands include the withdrawal of foreign troops "
     "from Afghanistan.", "withdrawal", "TALIBAN"),
    # the demand before was held through its speaker, not a cue's subject: the finding's holder goes on
    ("Eritrea must withdraw its troops from Tigray, the TPLF said on Monday. The demands include reparations for the "
     "war damage.", "reparations", "TPLF"),
    ("\u201cThe junta must pull its troops out of Karen State,\u201d said the Karen National Union's chairman. The demands "
     "also include compensation for villages burned by the army.", "reparations", "KNU"),
    # A condition clause's later predicates the parser hung on the main clause ("if they stop X, withdraw Y and free Z,
    # then talks can begin") and a demanded clause's series set off by semicolons ("demanded that Bogota end X; withdraw
    # Y; and hold Z") are still the condition's or the demand's (cue_scope.continued_clause, subjunctive_series).
    ('"If they stop the shelling, withdraw their troops from the border and free the prisoners, then talks can '
     'begin," said the Eritrean foreign minister.', "withdrawal", "ERI"),
    ("The ELN demanded that Bogota end the air strikes and free its prisoners; withdraw the army from Arauca; and "
     "hold new elections.", "withdrawal", "ELN"),
    ("The ELN demanded that Bogota end the air strikes and free its prisoners; withdraw the army from Arauca; and "
     "hold new elections.", "elections", "ELN"),
    ("Aliyev said Azerbaijan would eventually sign the treaty if it is drafted by both sides and Armenia is "
     "demilitarized.", "demilitarization", "AZE"),
    # An additive phrase opening a clause ("apart from X, Y must also meet other conditions", "besides X, Y demands Z")
    # names what the clause's demand adds to: demanded with it (scopes.additive).
    ("Besides a ceasefire, the Houthis demand the withdrawal of Saudi forces.", "ceasefire", "HOUTHIS"),
    ("In addition to the withdrawal of Serbian police from the north, Pristina demanded elections.", "withdrawal",
     "XKX"),
]


@pytest.mark.parametrize("text, type_, party", RECOVERED_DEMANDS)
def test_a_demand_the_stages_used_to_lose_is_kept(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs


def test_bare_demands_with_no_list_before_hold_nothing(extractor):
    bare = "The demands include the withdrawal of the army from Khartoum."
    assert not conds(extractor, bare)
    # (the same sentence after a list just set out is read: it is the missing list, not the sentence, that empties it)
    assert find(conds(extractor, "The RSF has presented the army with a list of conditions for a truce. " + bare),
                "withdrawal", "demand", "RSF")


# The subject of "rejected the list" is the side the list was handed to: the list's owner is the subject of the
# relative clause on it ("that Kabul sent"), or of a verb of issuing (issuing_verbs.txt); the demands it goes on with
# are never the receiver's offer.
@pytest.mark.parametrize("text", [
    "Kinshasa rejected the list of demands that the M23 handed over in Doha on Monday. The demands include a "
    "withdrawal of Congolese troops from North Kivu.",
    "Kinshasa turned down the list of conditions the M23 sent to Luanda last week. The demands include a withdrawal "
    "of Congolese troops from the four provinces.",
])
def test_the_side_that_rejects_a_list_does_not_own_it(extractor, text):
    cs = conds(extractor, text)
    assert not [c for c in cs if c["type"] == "withdrawal" and c["stance"] in {"offer", "demand"}
                and (c["by"] or {}).get("party") == "COD"], cs


def test_an_imperative_after_if_is_no_part_of_the_condition(extractor):
    assert not conds(extractor, "If you want peace, withdraw your troops from Kashmir.")


def test_no_comment_on_a_proposal_refuses_nothing(extractor):
    cs = conds(extractor, "Baku demanded that Armenia withdraw its troops from the border. There was no immediate "
                          "comment from Yerevan on Baku's proposal.")
    assert not [c for c in cs if c["stance"] == "reject"], cs
    assert find(cs, "withdrawal", "demand", "AZE"), cs


# What the phrase adds to may be told as done: a participle, a relative clause or a date on it names a past deal,
# no term the clause's demand adds to.
@pytest.mark.parametrize("text", [
    "In addition to the ceasefire reached in Addis Ababa in November, the TPLF demands the withdrawal of Eritrean "
    "troops.",
    "Besides the 2016 ceasefire, the ELN demands the withdrawal of the army from Arauca.",
    "Apart from the truce that collapsed in March, the Houthis demand the withdrawal of Saudi forces.",
])
def test_an_additive_phrase_on_a_past_deal_adds_no_term(extractor, text):
    cs = conds(extractor, text)
    assert not [c for c in cs if c["type"] == "ceasefire"], cs
    assert [c for c in cs if c["stance"] == "demand"], cs


def test_an_additive_phrase_is_a_row(extractor, pdir):
    # a researcher's own phrase (condition_words/additive_phrases.txt) adds as the shipped ones do
    from peacecond import Extractor
    from conftest import append_line
    text = "Alongside a ceasefire, the Houthis demand the withdrawal of Saudi forces."
    assert not find(conds(extractor, text), "ceasefire", "demand", "HOUTHIS")
    append_line(pdir / "condition_words" / "additive_phrases.txt", "alongside")
    own = Extractor(patterns=str(pdir), gate=False, unheld=True)
    cs = run_text(own, text)["conditions"]
    assert find(cs, "ceasefire", "demand", "HOUTHIS"), cs


def test_an_additive_phrase_that_opens_no_clause_adds_to_nothing(extractor):
    cs = conds(extractor, "The RSF said that the army, apart from the ceasefire it broke, demanded the withdrawal of "
                          "its fighters.")
    assert not [c for c in cs if c["type"] == "ceasefire"], cs


# A refusal that waits on a clause ("refused to attend the summit, despite pressure, until X agrees to stop firing":
# the clause hangs on the refusing verb itself) sets that clause's term, as "will not ... until" and "reluctant to
# ... unless" do, for the types that need a strong cue too (commitments.conditional_offer).
@pytest.mark.parametrize("text, type_, party", [
    ("The ELN refused to join the talks, despite pressure from Havana, until the army agrees to a bilateral "
     "ceasefire.", "ceasefire", "ELN"),
    ("The Taliban declined to attend the conference until Washington agrees to direct talks.", "negotiation_format",
     "TALIBAN"),
])
def test_a_refusal_waiting_on_a_clause_sets_its_term(extractor, text, type_, party):
    cs = conds(extractor, text)
    assert find(cs, type_, "demand", party), cs


def test_a_refusal_on_if_sets_no_term(extractor):
    cs = conds(extractor, "The ELN refused to join the talks if the army breaks the ceasefire.")
    assert not [c for c in cs if c["type"] == "ceasefire" and c["stance"] == "demand"], cs
