"""Fuller cabinets of Nigeria, Egypt, Ethiopia, Kenya, DR Congo and Tanzania (issue #11)."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Kenya
    ("ke.health_minister", "2023-06-01", "susan-nakhumicha"),
    ("ke.health_minister", "2024-10-01", "deborah-barasa"),
    ("ke.health_minister", "2025-06-01", "aden-duale"),
    ("ke.education_minister", "2023-06-01", "ezekiel-machogu"),
    ("ke.education_minister", "2025-06-01", "julius-ogamba"),
    ("ke.energy_minister", "2023-06-01", "davis-chirchir"),
    ("ke.energy_minister", "2025-06-01", "opiyo-wandayi"),
    ("ke.transport_minister", "2023-06-01", "kipchumba-murkomen"),
    ("ke.transport_minister", "2025-06-01", "davis-chirchir"),
    ("ke.agriculture_minister", "2023-06-01", "mithika-linturi"),
    ("ke.agriculture_minister", "2024-10-01", "andrew-karanja"),
    ("ke.agriculture_minister", "2025-06-01", "mutahi-kagwe"),
    ("ke.ict_minister", "2023-06-01", "eliud-owalo"),
    ("ke.ict_minister", "2024-10-01", "margaret-nyambura-ndungu"),
    ("ke.ict_minister", "2025-06-01", "william-kabogo"),
    ("ke.trade_minister", "2023-06-01", "moses-kuria"),
    ("ke.trade_minister", "2024-03-01", "rebecca-miano"),
    ("ke.trade_minister", "2024-10-01", "salim-mvurya"),
    ("ke.trade_minister", "2025-06-01", "lee-kinyanjui"),
    # Nigeria
    ("ng.attorney_general", "2024-06-01", "lateef-fagbemi"),
    ("ng.health_minister", "2024-06-01", "muhammad-ali-pate"),
    ("ng.education_minister", "2024-06-01", "tahir-mamman"),
    ("ng.education_minister", "2025-06-01", "tunji-alausa"),
    ("ng.agriculture_minister", "2024-06-01", "abubakar-kyari"),
    ("ng.works_minister", "2024-06-01", "david-umahi"),
    ("ng.trade_minister", "2024-06-01", "doris-uzoka-anite"),
    ("ng.trade_minister", "2025-06-01", "jumoke-oduwole"),
    ("ng.power_minister", "2025-06-01", "adebayo-adelabu"),
    # Egypt
    ("eg.deputy_prime_minister", "2025-01-01", "kamel-al-wazir"),
    ("eg.deputy_prime_minister", "2025-01-01", "khaled-abdel-ghaffar"),
    ("eg.health_minister", "2025-01-01", "khaled-abdel-ghaffar"),
    ("eg.justice_minister", "2025-01-01", "adnan-fangari"),
    ("eg.education_minister", "2025-01-01", "mohamed-abdel-latif"),
    ("eg.education_minister", "2023-06-01", "reda-hegazy"),
    ("eg.health_minister", "2023-06-01", "khaled-abdel-ghaffar"),
    ("eg.transport_minister", "2023-06-01", "kamel-al-wazir"),
    ("eg.transport_minister", "2025-01-01", "kamel-al-wazir"),
    # Ethiopia
    ("et.deputy_prime_minister", "2023-06-01", "demeke-mekonnen"),
    ("et.deputy_prime_minister", "2024-06-01", "temesgen-tiruneh"),
    ("et.health_minister", "2024-06-01", "mekdes-daba"),
    ("et.justice_minister", "2023-06-01", "gedion-timothewos"),
    ("et.justice_minister", "2025-01-01", "hana-arayaselassie"),
    ("et.trade_minister", "2025-01-01", "kassahun-gofe"),
    # Tanzania
    ("tz.deputy_prime_minister", "2024-06-01", "doto-biteko"),
    ("tz.energy_minister", "2024-06-01", "doto-biteko"),
    ("tz.energy_minister", "2026-01-15", "deogratius-ndejembi"),
    ("tz.health_minister", "2023-06-01", "ummy-mwalimu"),
    ("tz.health_minister", "2025-01-01", "jenista-mhagama"),
    ("tz.legal_affairs_minister", "2024-01-01", "pindi-chana"),
    ("tz.agriculture_minister", "2023-06-01", "hussein-bashe"),
    ("tz.home_affairs_minister", "2025-12-01", "george-simbachawene"),
    ("tz.health_minister", "2025-12-01", "mohamed-mchengerwa"),
    ("tz.education_minister", "2025-12-01", "adolf-mkenda"),
    ("tz.legal_affairs_minister", "2025-12-01", "juma-homera"),
    ("tz.agriculture_minister", "2025-12-01", "daniel-chongolo"),
    ("tz.communications_minister", "2025-12-01", "angellah-kairuki"),
    # DR Congo
    ("cd.deputy_prime_minister", "2024-10-01", "jacquemain-shabani"),
    ("cd.deputy_prime_minister", "2024-10-01", "jean-pierre-bemba"),
    ("cd.deputy_prime_minister", "2024-10-01", "guy-kabombo-muadiamvita"),
    ("cd.deputy_prime_minister", "2024-10-01", "daniel-mukoko-samba"),
    ("cd.deputy_prime_minister", "2024-10-01", "jean-pierre-lihau"),
    ("cd.deputy_prime_minister", "2024-10-01", "guylain-nyembo"),
    ("cd.deputy_prime_minister", "2025-09-01", "adolphe-muzito"),
    ("cd.justice_minister", "2024-10-01", "constant-mutamba"),
    ("cd.justice_minister", "2025-09-01", "guillaume-ngefa"),
    ("cd.health_minister", "2024-10-01", "roger-kamba"),
    ("cd.education_minister", "2024-10-01", "raissa-malu"),
    ("cd.mines_minister", "2024-10-01", "kizito-pakabomba"),
    ("cd.transport_minister", "2024-10-01", "jean-pierre-bemba"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ke.health_minister", "2024-10-01", "susan-nakhumicha"),
    ("ke.health_minister", "2025-06-01", "deborah-barasa"),
    ("ke.education_minister", "2025-06-01", "ezekiel-machogu"),
    ("ke.energy_minister", "2025-06-01", "davis-chirchir"),
    ("ke.transport_minister", "2025-06-01", "kipchumba-murkomen"),
    ("ke.agriculture_minister", "2024-10-01", "mithika-linturi"),
    ("ke.agriculture_minister", "2025-06-01", "andrew-karanja"),
    ("ke.ict_minister", "2024-10-01", "eliud-owalo"),
    ("ke.ict_minister", "2025-06-01", "margaret-nyambura-ndungu"),
    ("ke.trade_minister", "2024-03-01", "moses-kuria"),
    ("ke.trade_minister", "2024-10-01", "rebecca-miano"),
    ("ke.trade_minister", "2025-06-01", "salim-mvurya"),
    ("ng.education_minister", "2025-06-01", "tahir-mamman"),
    ("ng.trade_minister", "2025-06-01", "doris-uzoka-anite"),
    ("et.deputy_prime_minister", "2024-06-01", "demeke-mekonnen"),
    ("tz.deputy_prime_minister", "2025-12-01", "doto-biteko"),
    ("tz.energy_minister", "2025-12-01", "doto-biteko"),
    ("tz.health_minister", "2025-01-01", "ummy-mwalimu"),
    ("tz.health_minister", "2025-12-01", "jenista-mhagama"),
    ("tz.legal_affairs_minister", "2025-01-01", "pindi-chana"),
    ("tz.agriculture_minister", "2025-12-01", "hussein-bashe"),
    ("eg.education_minister", "2025-01-01", "reda-hegazy"),
    ("et.justice_minister", "2025-01-01", "gedion-timothewos"),
    ("cd.deputy_prime_minister", "2025-09-01", "guylain-nyembo"),
    ("cd.justice_minister", "2025-09-01", "constant-mutamba"),
    ("cd.justice_minister", "2025-07-01", "constant-mutamba"),
    ("ng.power_minister", "2026-05-01", "adebayo-adelabu"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Kenyan Health Minister", "2025-06-01", "aden-duale"),
    ("Kenyan Energy Minister", "2025-06-01", "opiyo-wandayi"),
    ("Kenyan Trade Minister", "2025-06-01", "lee-kinyanjui"),
    ("Nigerian Attorney General", "2024-06-01", "lateef-fagbemi"),
    ("Nigerian Education Minister", "2025-06-01", "tunji-alausa"),
    ("Egyptian Justice Minister", "2025-01-01", "adnan-fangari"),
    ("Ethiopian Deputy Prime Minister", "2024-06-01", "temesgen-tiruneh"),
    ("Tanzanian Home Affairs Minister", "2025-12-01", "george-simbachawene"),
    ("Tanzanian Energy Minister", "2026-01-15", "deogratius-ndejembi"),
    ("Ethiopian Justice Minister", "2025-01-01", "hana-arayaselassie"),
    ("Congolese Justice Minister", "2025-09-01", "guillaume-ngefa"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
