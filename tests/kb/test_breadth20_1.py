"""Ministers of state, deputy and delegate ministers of African governments formed or reshuffled
in 2025-2026 (Ghana, Tanzania, Malawi, Nigeria, Côte d'Ivoire, DR Congo, Madagascar; issue #11)
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Ghana
    ("gh.public_sector_reforms_minister", "2025-08-01", "lydia-lamisi-akanvariba"),
    ("gh.climate_change_minister", "2025-03-01", "issifu-seidu"),
    ("gh.deputy_finance_minister", "2025-08-01", "thomas-ampem-nyarko"),
    ("gh.deputy_interior_minister", "2025-08-01", "ebenezer-okletey-terlabi"),
    ("gh.deputy_defence_minister", "2025-08-01", "ernest-brogya-gyenfi"),
    ("gh.deputy_education_minister", "2025-08-01", "clement-apaak"),
    ("gh.deputy_energy_minister", "2025-08-01", "richard-gyan-mensah"),
    ("gh.deputy_roads_minister", "2025-08-01", "alhassan-suhuyini"),
    ("gh.deputy_attorney_general", "2025-08-01", "justice-srem-sai"),
    ("gh.deputy_lands_minister", "2025-08-01", "yusif-sulemana"),
    ("gh.deputy_local_government_minister", "2025-08-01", "rita-naa-odoley-sowah"),
    ("gh.deputy_works_housing_minister", "2025-08-01", "gizella-tettey-agbotui"),
    ("gh.deputy_tourism_minister", "2025-08-01", "yussif-issaka-jajah"),
    ("gh.deputy_agriculture_minister", "2025-08-01", "john-dumelo"),
    ("gh.deputy_trade_minister", "2025-08-01", "samson-ahi"),
    ("gh.deputy_transport_minister", "2025-08-15", "dorcas-affo-toffey"),
    ("gh.deputy_foreign_minister", "2025-08-15", "james-gyakye-quayson"),
    ("gh.deputy_communications_minister", "2025-08-15", "mohammed-adam-sukparu"),
    ("gh.deputy_health_minister", "2025-08-15", "grace-ayensu-danquah"),
    # Tanzania
    ("tz.deputy_public_service_minister", "2025-11-20", "regina-qwaray"),
    ("tz.deputy_planning_minister", "2025-11-20", "pius-chaya"),
    ("tz.deputy_union_environment_minister", "2025-11-20", "festo-dugange"),
    ("tz.deputy_policy_parliament_minister", "2025-11-20", "ummy-nderiananga"),
    ("tz.deputy_labour_minister", "2025-11-20", "rahma-kisuo"),
    ("tz.deputy_foreign_minister", "2025-11-20", "ngwaru-maghembe"),
    ("tz.deputy_foreign_minister", "2025-11-20", "james-ole-millya"),
    ("tz.deputy_water_minister", "2025-11-20", "kundo-mathew"),
    ("tz.deputy_local_government_minister", "2025-11-20", "reuben-kwagilwa"),
    ("tz.deputy_local_government_minister", "2025-11-20", "jafar-rajab-seif"),
    ("tz.deputy_finance_minister", "2025-11-20", "laurent-luswetula"),
    ("tz.deputy_finance_minister", "2025-11-20", "mshamu-munde"),
    ("tz.deputy_agriculture_minister", "2025-11-20", "david-silinde"),
    ("tz.deputy_trade_minister", "2025-12-01", "patrobas-katambi"),
    ("tz.deputy_lands_minister", "2025-11-20", "kaspar-mmuya"),
    ("tz.deputy_communications_minister", "2025-11-20", "swiftbert-mkama"),
    ("tz.deputy_community_development_minister", "2025-11-20", "maryprisca-mahundi"),
    ("tz.deputy_legal_affairs_minister", "2025-11-20", "zainabu-katimba"),
    ("tz.deputy_information_minister", "2025-12-01", "paul-makonda"),
    ("tz.deputy_education_minister", "2025-11-20", "wanu-hafidh-ameir"),
    # Malawi
    ("mw.deputy_agriculture_minister", "2026-01-08", "thoko-tembo"),
    ("mw.deputy_natural_resources_minister", "2026-01-08", "chipiliro-mpinganjira"),
    ("mw.deputy_trade_minister", "2026-01-08", "edgar-tembo"),
    ("mw.deputy_health_minister", "2026-01-08", "charles-chilambula"),
    # Nigeria
    ("ng.minister_of_state_defence", "2023-09-01", "bello-matawalle"),
    ("ng.minister_of_state_housing", "2024-01-01", "abdullahi-gwarzo"),
    ("ng.minister_of_state_housing", "2024-12-01", "yusuf-abdullahi-ata"),
    ("ng.minister_of_state_education", "2024-12-01", "suwaiba-said-ahmad"),
    ("ng.minister_of_state_foreign", "2025-06-01", "bianca-odumegwu-ojukwu"),
    ("ng.minister_of_state_health", "2024-01-01", "tunji-alausa"),
    ("ng.minister_of_state_gas", "2023-09-01", "ekperikpe-ekpo"),
    # Côte d'Ivoire
    ("ci.environment_minister", "2025-06-01", "jacques-assahore-konan"),
    ("ci.environment_minister", "2026-01-25", "abou-bamba"),
    ("ci.technical_education_minister", "2026-01-25", "jean-louis-moulot"),
    ("ci.food_crops_minister", "2026-01-25", "bernard-kini-comoe"),
    # DR Congo
    ("cd.defence_delegate_minister", "2025-08-08", "eliezer-ntambwe"),
    ("cd.foreign_affairs_delegate_minister", "2025-08-08", "crispin-mbadu"),
    # Madagascar
    ("mg.interior_minister", "2025-10-29", "hanitra-rakotonandrasana"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("tz.deputy_trade_minister", "2026-02-01", "patrobas-katambi"),
    ("tz.deputy_information_minister", "2026-02-01", "paul-makonda"),
    ("ng.minister_of_state_housing", "2024-12-01", "abdullahi-gwarzo"),
    ("ng.minister_of_state_health", "2024-12-01", "tunji-alausa"),
    ("ng.minister_of_state_foreign", "2026-05-15", "bianca-odumegwu-ojukwu"),
    ("ci.environment_minister", "2026-02-01", "jacques-assahore-konan"),
    ("gh.deputy_transport_minister", "2025-07-01", "dorcas-affo-toffey"),
])
def test_no_longer_holders(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Ghanaian Deputy Finance Minister", "2025-08-01", "thomas-ampem-nyarko"),
    ("Ghanaian Deputy Defence Minister", "2025-08-01", "ernest-brogya-gyenfi"),
    ("Tanzanian Deputy Water Minister", "2025-12-01", "kundo-mathew"),
    ("Nigerian Minister of State for Defence", "2023-09-01", "bello-matawalle"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
