"""Compensation, damages and redress a civil party pays or receives (a company to its workers, an airline to its
passengers, a club to its fans) name no reparations: the type's other senses are read on the doer of the verb that
takes the noun ("the insurer must pay compensation") and in the type's own "sense_preps" phrase (the payee: "to its
workers"). A side of a war that pays, or victims of a war that are paid, keep the type."""
import pytest

from conftest import pairs

CIVIL = [
    # the payer is a civil party: the verb outside the bare noun's mention is read
    pytest.param("Kenya's labour ministry said the company must pay compensation to its workers.", id="company"),
    pytest.param("Nairobi demanded that the airline pay compensation to passengers.", id="airline"),
    pytest.param("Colombia's government said the oil firm must pay damages to the farmers whose land it polluted.",
                 id="oil-firm-damages"),
    pytest.param("Yerevan said the insurer must pay compensation to the flood victims.", id="insurer"),
    pytest.param("Bogota insists the mining company must make redress to the indigenous communities.",
                 id="mining-company-redress"),
    # the payee is a civil party (the "to" phrase)
    pytest.param("Baku said the club must give redress to fans injured in the crush.", id="fans"),
    pytest.param("Myanmar's junta said the state utility must pay compensation to its customers for the blackouts.",
                 id="customers"),
    pytest.param("Khartoum said the ministry must pay compensation to the patients harmed by the faulty drug.",
                 id="patients"),
    # a civil crime's perpetrators
    pytest.param("Bogota said prosecutors must investigate the perpetrators of the bank robbery.", id="robbery"),
]


@pytest.mark.parametrize("text", CIVIL)
def test_compensation_between_civil_parties_is_no_reparations(extractor, text):
    assert not any(t == "reparations" for t, _, _ in pairs(extractor, text))


WAR = [
    pytest.param("Kyiv insists Russia must pay reparations for the destruction it caused.", "UKR", id="russia"),
    pytest.param("Baku demands that Armenia pay compensation for the damage done to the occupied districts.", "AZE",
                 id="armenia"),
    pytest.param("Sudanese refugees demand that the RSF pay compensation to the victims of its attacks in Darfur.",
                 "SDN", id="rsf-victims"),
    pytest.param("Sanaa demanded that Riyadh pay compensation to the families of those killed in the air strikes.",
                 "YEM", id="saudi-families"),
]


@pytest.mark.parametrize("text,party", WAR)
def test_a_side_that_pays_for_a_war_keeps_the_type(extractor, text, party):
    assert ("reparations", "demand", party) in pairs(extractor, text)
