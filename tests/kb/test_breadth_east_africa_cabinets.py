"""Ethiopian, Sudanese, Ugandan, Malagasy and Malawian office holders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Ethiopia
    ("et.finance_minister", "2025-06-01", "ahmed-shide"),
    ("et.peace_minister", "2023-06-01", "binalf-andualem"),
    ("et.peace_minister", "2025-03-01", "mohamed-edris"),
    # Sudan: army-led government (Port Sudan)
    ("sd.prime_minister", "2023-06-01", "osman-hussein"),
    ("sd.prime_minister", "2025-05-10", "dafallah-al-haj-ali"),
    ("sd.prime_minister", "2025-07-01", "kamil-idris"),
    ("sd.interior_minister", "2025-07-01", "babikir-samra"),
    # Sudan: RSF-led rival administration (Nyala)
    ("sd.rsf_prime_minister", "2025-09-15", "mohamed-hassan-al-taayshi"),
    ("sd.rsf_presidential_council_deputy_chair", "2025-09-15", "abdelaziz-al-hilu"),
    # Uganda
    ("ug.speaker", "2023-06-01", "anita-among"),
    ("ug.speaker", "2026-02-01", "anita-among"),
    ("ug.leader_of_opposition", "2023-06-01", "mathias-mpuuga"),
    ("ug.leader_of_opposition", "2024-06-01", "joel-ssenyonyi"),
    ("ug.internal_affairs_minister", "2024-06-01", "kahinda-otafiire"),
    ("ug.finance_minister", "2025-06-12", "matia-kasaija"),
    # Madagascar
    ("mg.foreign_minister", "2024-06-01", "rasata-rafaravavitafika"),
    ("mg.foreign_minister", "2025-11-15", "christine-razanamahasoa"),
    ("mg.finance_minister", "2023-06-01", "rindra-rabarinirinarison"),
    ("mg.finance_minister", "2025-11-15", "herinjatovo-ramiarison"),
    ("mg.defence_minister", "2025-11-15", "maminirina-razafitombo"),
    ("mg.public_security_minister", "2025-11-15", "erick-michel-idrissa"),
    ("mg.assembly_president", "2025-01-15", "justin-tokely"),
    ("mg.assembly_president", "2025-11-15", "siteny-randrianasoloniaiko"),
    ("mg.central_bank_governor", "2022-06-01", "henri-rabarijohn"),
    ("mg.central_bank_governor", "2023-06-01", "aivo-andrianarivelo"),
    # Malawi
    ("mw.vice_president", "2023-06-01", "saulos-chilima"),
    ("mw.vice_president", "2025-01-15", "michael-usi"),
    ("mw.vice_president", "2025-11-15", "jane-ansah"),
    ("mw.second_vice_president", "2025-11-15", "enock-chihana"),
    ("mw.speaker", "2023-06-01", "catherine-gotani-hara"),
    ("mw.speaker", "2025-11-15", "sameer-suleman"),
    ("mw.rbm_governor", "2023-06-01", "wilson-banda"),
    ("mw.rbm_governor", "2025-03-01", "macdonald-mafuta-mwale"),
    ("mw.foreign_minister", "2025-12-01", "george-chaponda"),
    ("mw.finance_minister", "2025-12-01", "joseph-mwanamvekha"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("et.peace_minister", "2025-03-01", "binalf-andualem"),
    ("sd.prime_minister", "2025-05-10", "osman-hussein"),
    ("sd.prime_minister", "2025-07-01", "dafallah-al-haj-ali"),
    ("ug.leader_of_opposition", "2024-06-01", "mathias-mpuuga"),
    ("mg.foreign_minister", "2025-11-15", "rasata-rafaravavitafika"),
    ("mg.finance_minister", "2025-11-15", "rindra-rabarinirinarison"),
    ("mg.assembly_president", "2025-11-15", "justin-tokely"),
    ("mg.central_bank_governor", "2023-06-01", "henri-rabarijohn"),
    ("mw.vice_president", "2025-01-15", "saulos-chilima"),
    ("mw.vice_president", "2025-11-15", "michael-usi"),
    ("mw.speaker", "2025-11-15", "catherine-gotani-hara"),
    ("mw.rbm_governor", "2025-03-01", "wilson-banda"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Ethiopian Peace Minister", "2025-03-01", "mohamed-edris"),
    ("Sudanese Interior Minister", "2025-07-01", "babikir-samra"),
    ("Ugandan Internal Affairs Minister", "2024-06-01", "kahinda-otafiire"),
    ("Malagasy Foreign Minister", "2025-11-15", "christine-razanamahasoa"),
    ("Malagasy Finance Minister", "2025-11-15", "herinjatovo-ramiarison"),
    ("Malawian Vice President", "2025-01-15", "michael-usi"),
    ("Malawian Speaker", "2025-11-15", "sameer-suleman"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
