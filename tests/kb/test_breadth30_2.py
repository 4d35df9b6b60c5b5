"""Iraq's provincial governors since the 2023 provincial elections, the ninth Kurdistan Regional
Government cabinet, the Kurdistan Parliament speaker and the fifth Iraqi parliament's deputy
speakers (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("iq.governor_baghdad", "2023-06-01", "mohammed-jaber-al-atta"),
    ("iq.governor_baghdad", "2024-06-01", "abdul-muttalib-al-alawi"),
    ("iq.governor_baghdad", "2025-08-01", "atwan-al-atwani"),
    ("iq.governor_basra", "2024-02-05", "asaad-al-eidani"),
    ("iq.governor_nineveh", "2023-12-15", "abdul-qadir-al-dakhil"),
    ("iq.governor_nineveh", "2024-02-10", "abdul-qadir-al-dakhil"),
    ("iq.governor_anbar", "2025-06-01", "mohammed-nouri-al-karbouli"),
    ("iq.governor_anbar", "2026-02-01", "omar-mishaan-dabbous"),
    ("iq.governor_wasit", "2024-02-05", "mohammed-jameel-al-mayahi"),
    ("iq.governor_najaf", "2024-02-05", "yousef-kanawi"),
    ("iq.governor_karbala", "2023-06-01", "nassif-al-khattabi"),
    ("iq.governor_salahuddin", "2024-03-20", "badr-al-fahal"),
    ("iq.governor_kirkuk", "2023-06-01", "rakan-al-jabouri"),
    ("iq.governor_kirkuk", "2024-09-01", "rebwar-taha"),
    ("iq.governor_diyala", "2024-08-10", "adnan-al-jayer-al-shammari"),
    ("iq.governor_muthanna", "2025-06-01", "muhannad-al-atabi"),
    ("iq.governor_muthanna", "2026-02-25", "ahmed-munfi-jawda"),
    ("iq.governor_dhi_qar", "2025-06-01", "murtadha-al-ibrahimi"),
    ("iq.governor_dhi_qar", "2026-01-01", "haitham-al-hamadani"),
    ("iq.governor_babil", "2025-06-01", "adnan-fayhan"),
    ("iq.governor_babil", "2026-01-27", "ali-turki-al-jamali"),
    ("iq.governor_erbil", "2021-02-20", "omed-khoshnaw"),
    ("iq.governor_duhok", "2020-06-25", "ali-tatar"),
    ("iq.governor_sulaymaniyah", "2023-06-01", "haval-abubakir"),
    ("iq.krg_interior_minister", "2019-07-10", "reber-ahmed"),
    ("iq.krg_finance_minister", "2022-01-01", "awat-sheikh-janab"),
    ("iq.krg_peshmerga_minister", "2019-07-10", "shorsh-ismail"),
    ("iq.krg_health_minister", "2019-07-10", "saman-barzinji"),
    ("iq.krg_education_minister", "2019-07-10", "alan-hama-saeed"),
    ("iq.krg_higher_education_minister", "2019-07-10", "aram-mohammed-qadir"),
    ("iq.krg_planning_minister", "2019-07-10", "dara-rashid"),
    ("iq.krg_agriculture_minister", "2019-07-10", "begard-talabani"),
    ("iq.krg_labour_minister", "2022-01-01", "kwestan-mohammed"),
    ("iq.krg_justice_minister", "2019-07-10", "firsat-ahmed-abdullah"),
    ("iq.krg_electricity_minister", "2019-07-10", "kamal-mohammed-salih"),
    ("iq.krg_construction_minister", "2019-07-10", "dana-abdulkarim"),
    ("iq.krg_municipalities_minister", "2019-07-10", "sasan-awni"),
    ("iq.krg_culture_minister", "2019-07-10", "mohammed-said-ali"),
    ("iq.krg_trade_minister", "2019-07-10", "kamal-muslim"),
    ("iq.krg_transport_minister", "2019-07-10", "ano-jawhar"),
    ("iq.krg_religious_affairs_minister", "2019-07-10", "pshtiwan-sadiq"),
    ("iq.krg_martyrs_minister", "2019-07-10", "abdullah-haji-mahmud"),
    ("iq.krg_spokesperson", "2021-01-01", "jotiar-adil"),
    ("iq.krg_spokesperson", "2023-07-05", "peshawa-hawramani"),
    ("iq.krg_foreign_relations_head", "2019-07-24", "safeen-dizayee"),
    ("iq.kurdistan_parliament_speaker", "2021-01-01", "rewaz-fayaq"),
    ("iq.first_deputy_speaker", "2022-03-01", "hakim-al-zamili"),
    ("iq.first_deputy_speaker", "2023-06-01", "mohsen-al-mandalawi"),
    ("iq.second_deputy_speaker", "2023-06-01", "shakhawan-abdullah"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("iq.governor_baghdad", "2024-06-01", "mohammed-jaber-al-atta"),
    ("iq.governor_baghdad", "2025-08-01", "abdul-muttalib-al-alawi"),
    ("iq.governor_anbar", "2026-02-01", "mohammed-nouri-al-karbouli"),
    ("iq.governor_kirkuk", "2024-09-01", "rakan-al-jabouri"),
    ("iq.governor_muthanna", "2026-02-25", "muhannad-al-atabi"),
    ("iq.governor_dhi_qar", "2026-01-01", "murtadha-al-ibrahimi"),
    ("iq.governor_babil", "2026-01-27", "adnan-fayhan"),
    ("iq.krg_finance_minister", "2025-01-01", "awat-sheikh-janab"),
    ("iq.krg_labour_minister", "2025-01-01", "kwestan-mohammed"),
    ("iq.krg_spokesperson", "2023-08-01", "jotiar-adil"),
    ("iq.kurdistan_parliament_speaker", "2024-01-01", "rewaz-fayaq"),
    ("iq.first_deputy_speaker", "2022-10-01", "hakim-al-zamili"),
    ("iq.first_deputy_speaker", "2026-01-05", "mohsen-al-mandalawi"),
    ("iq.second_deputy_speaker", "2026-01-05", "shakhawan-abdullah"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Kirkuk Governor", "2024-09-01", "rebwar-taha"),
    ("Governor of Nineveh", "2024-06-01", "abdul-qadir-al-dakhil"),
    ("Erbil Governor", "2022-06-01", "omed-khoshnaw"),
    ("KRG spokesperson", "2024-01-01", "peshawa-hawramani"),
    ("Peshmerga Minister", "2020-06-01", "shorsh-ismail"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
