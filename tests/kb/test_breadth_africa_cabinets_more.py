"""More African office holders (issue #11): Nigeria's service chiefs and ministers, South Africa's
Speaker, Ghana's Mahama government, Ethiopia, Sudan, South Sudan, DR Congo, Senegal, Côte d'Ivoire,
Zimbabwe, Zambia, Botswana and Libya resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Nigeria
    ("ng.chief_of_defence_staff", "2024-06-01", "christopher-musa"),
    ("ng.chief_of_defence_staff", "2025-11-01", "olufemi-oluyede"),
    ("ng.army_chief", "2024-06-01", "taoreed-lagbaja"),
    ("ng.army_chief", "2024-11-20", "olufemi-oluyede"),
    ("ng.army_chief", "2025-06-01", "olufemi-oluyede"),
    ("ng.army_chief", "2025-11-01", "waidi-shaibu"),
    ("ng.interior_minister", "2025-03-01", "olubunmi-tunji-ojo"),
    ("ng.petroleum_minister_of_state_oil", "2023-09-01", "heineken-lokpobiri"),
    # South Africa
    ("za.na_speaker", "2024-07-01", "thoko-didiza"),
    ("za.foreign_minister", "2025-12-01", "ronald-lamola"),
    ("za.deputy_president", "2025-12-01", "paul-mashatile"),
    # Ghana
    ("gh.vice_president", "2025-01-20", "jane-naana-opoku-agyemang"),
    ("gh.chief_of_staff", "2016-01-01", "julius-debrah"),
    ("gh.chief_of_staff", "2025-01-08", "julius-debrah"),
    ("gh.interior_minister", "2025-01-25", "muntaka-mubarak"),
    ("gh.government_communications_minister", "2025-06-01", "felix-kwakye-ofosu"),
    ("gh.energy_minister", "2025-05-01", "john-jinapor"),
    ("gh.parliament_speaker", "2023-01-01", "alban-bagbin"),
    ("gh.minority_leader", "2025-01-07", "alexander-afenyo-markin"),
    # Ethiopia
    ("et.hopr_speaker", "2021-10-04", "tagesse-chafo"),
    ("et.chief_of_general_staff", "2025-03-04", "birhanu-jula"),
    ("et.tigray_interim_president", "2024-06-01", "getachew-reda"),
    ("et.tigray_interim_president", "2025-04-09", "tadesse-werede"),
    # Sudan and South Sudan
    ("sd.sovereign_council_deputy_chair", "2023-08-01", "malik-agar"),
    ("ss.first_vice_president", "2024-06-01", "riek-machar"),
    ("ss.vice_president", "2025-06-01", "benjamin-bol-mel"),
    # DR Congo
    ("cd.communication_minister", "2025-03-01", "patrick-muyaya"),
    ("cd.interior_minister", "2025-03-01", "jacquemain-shabani"),
    ("cd.national_assembly_president", "2025-03-01", "vital-kamerhe"),
    ("cd.national_assembly_president", "2025-11-20", "aime-boji"),
    # West Africa
    ("sn.national_assembly_president", "2025-01-15", "el-malick-ndiaye"),
    ("ci.vice_president", "2023-06-01", "tiemoko-meyliet-kone"),
    # Southern Africa
    ("zw.vice_president", "2024-06-01", "constantino-chiwenga"),
    ("zm.vice_president", "2022-01-01", "mutale-nalumango"),
    ("bw.vice_president", "2024-11-12", "ndaba-gaolathe"),
    # Libya
    ("ly.hor_speaker", "2024-06-01", "aguila-saleh"),
    ("ly.eastern_prime_minister", "2024-06-01", "osama-hammad"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ng.chief_of_defence_staff", "2025-11-01", "christopher-musa"),
    ("ng.army_chief", "2024-12-01", "taoreed-lagbaja"),
    ("ng.army_chief", "2025-11-01", "olufemi-oluyede"),
    ("gh.chief_of_staff", "2020-01-01", "julius-debrah"),
    ("et.tigray_interim_president", "2025-05-01", "getachew-reda"),
    ("sd.sovereign_council_deputy_chair", "2023-08-01", "mohamed-hamdan-dagalo"),
    ("ss.first_vice_president", "2025-10-01", "riek-machar"),
    ("ss.vice_president", "2025-12-01", "benjamin-bol-mel"),
    ("cd.national_assembly_president", "2025-10-01", "vital-kamerhe"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Nigerian Chief of Defence Staff", "2025-11-01", "olufemi-oluyede"),
    ("Nigerian Interior Minister", "2025-03-01", "olubunmi-tunji-ojo"),
    ("Ghanaian Vice President", "2025-06-01", "jane-naana-opoku-agyemang"),
    ("Ghanaian Interior Minister", "2025-06-01", "muntaka-mubarak"),
    ("Zambian Vice President", "2022-01-01", "mutale-nalumango"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
