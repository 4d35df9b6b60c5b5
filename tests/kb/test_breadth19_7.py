"""Leaders of armed groups, separatist movements, juntas and coups of 2020-2026 (issue #11) resolve on
known days (nonstate_more.yaml)."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("ye.plc_member", "2023-06-01", "aidarous-al-zubaidi"),
    ("ye.plc_member", "2023-06-01", "faraj-al-bahsani"),
    ("ye.plc_member", "2022-04-08", "tareq-saleh"),
    ("ye.plc_member", "2022-04-08", "sultan-al-arada"),
    ("ye.plc_member", "2023-05-01", "abdulrahman-abu-zaraa"),
    ("ye.plc_member", "2022-04-08", "abdullah-al-alimi-bawazeer"),
    ("ye.plc_member", "2022-04-08", "othman-mujalli"),
    ("ye.stc_president", "2024-06-01", "aidarous-al-zubaidi"),
    ("ye.stc_vice_president", "2024-06-01", "abdulrahman-abu-zaraa"),
    ("ye.stc_vice_president", "2024-06-01", "ahmed-saeed-bin-breik"),
    ("ye.stc_vice_president", "2025-06-01", "faraj-al-bahsani"),
    ("ye.national_resistance_leader", "2021-06-01", "tareq-saleh"),
    ("ye.houthi_military_spokesman", "2024-01-15", "yahya-saree"),
    ("ye.houthi_spokesman", "2023-04-01", "mohammed-abdulsalam"),
    ("ye.houthi_chief_of_staff", "2025-11-01", "yousef-al-madani"),
    ("sd.sovereign_council_member", "2020-06-01", "shams-al-din-kabbashi"),
    ("sd.sovereign_council_member", "2021-11-12", "yasser-al-atta"),
    ("sd.sovereign_council_member", "2021-11-12", "ibrahim-jaber"),
    ("sd.rsf_deputy_commander", "2023-09-10", "abdelrahim-dagalo"),
    ("ml.prime_minister", "2021-01-15", "moctar-ouane"),
    ("ml.vice_president", "2021-01-15", "assimi-goita"),
    ("gn.prime_minister", "2022-01-15", "mohamed-beavogui"),
    ("td.prime_minister", "2022-01-15", "albert-pahimi-padacke"),
    ("bf.prime_minister", "2022-06-01", "albert-ouedraogo"),
    ("bj.cmr_president", "2025-12-07", "pascal-tigri"),
    ("ml.jnim_leader", "2022-06-01", "iyad-ag-ghaly"),
    ("mm.mndaa_leader", "2023-11-15", "peng-daxun"),
    ("ht.viv_ansanm_leader", "2024-03-01", "jimmy-cherizier"),
    ("co.eln_commander", "2020-06-01", "nicolas-rodriguez-bautista"),
    ("co.eln_commander", "2023-06-01", "antonio-garcia-eln"),
    ("co.eln_second_commander", "2023-06-01", "pablo-beltran"),
    ("co.clan_del_golfo_leader", "2020-06-01", "dairo-antonio-usuga"),
    ("co.clan_del_golfo_leader", "2023-06-01", "jobanis-avila-villadiego"),
    ("co.emc_commander", "2024-06-01", "ivan-mordisco"),
    ("so.al_shabaab_emir", "2022-06-01", "ahmed-diriye"),
    ("nonstate.islamic_state_leader", "2021-06-01", "abu-ibrahim-al-hashimi-al-qurashi"),
    ("nonstate.islamic_state_leader", "2022-06-01", "abu-al-hasan-al-hashimi-al-qurashi"),
    ("nonstate.islamic_state_leader", "2023-03-01", "abu-al-hussein-al-husseini-al-qurashi"),
    ("nonstate.islamic_state_leader", "2024-06-01", "abu-hafs-al-hashimi-al-qurashi"),
    ("nonstate.al_qaeda_leader", "2023-06-01", "saif-al-adel"),
    ("tr.pkk_leader", "2020-06-01", "abdullah-ocalan"),
    ("tr.kck_co_chair", "2025-04-01", "cemil-bayik"),
    ("tr.kck_co_chair", "2025-05-12", "bese-hozat"),
    ("lb.hezbollah_military_commander", "2024-01-15", "fuad-shukr"),
    ("lb.hezbollah_military_commander", "2025-06-01", "haytham-ali-tabatabai"),
    ("lb.radwan_force_commander", "2024-01-15", "ibrahim-aqil"),
    ("ps.qassam_spokesman", "2023-10-10", "hudhaifa-al-kahlout"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ye.plc_member", "2026-02-01", "aidarous-al-zubaidi"),
    ("ye.plc_member", "2026-02-01", "faraj-al-bahsani"),
    ("ye.stc_vice_president", "2026-02-01", "abdulrahman-abu-zaraa"),
    ("ye.stc_vice_president", "2026-02-01", "ahmed-saeed-bin-breik"),
    ("sd.sovereign_council_member", "2021-11-01", "shams-al-din-kabbashi"),
    ("ml.prime_minister", "2021-08-01", "moctar-ouane"),
    ("ml.vice_president", "2021-08-01", "assimi-goita"),
    ("gn.prime_minister", "2022-09-01", "mohamed-beavogui"),
    ("td.prime_minister", "2022-11-01", "albert-pahimi-padacke"),
    ("bf.prime_minister", "2023-01-01", "albert-ouedraogo"),
    ("bj.cmr_president", "2025-12-20", "pascal-tigri"),
    ("co.eln_commander", "2022-06-01", "nicolas-rodriguez-bautista"),
    ("co.clan_del_golfo_leader", "2022-01-01", "dairo-antonio-usuga"),
    ("nonstate.islamic_state_leader", "2022-06-01", "abu-ibrahim-al-hashimi-al-qurashi"),
    ("nonstate.islamic_state_leader", "2023-03-01", "abu-al-hasan-al-hashimi-al-qurashi"),
    ("nonstate.islamic_state_leader", "2024-06-01", "abu-al-hussein-al-husseini-al-qurashi"),
    ("nonstate.al_qaeda_leader", "2023-06-01", "ayman-al-zawahiri"),
    ("lb.hezbollah_military_commander", "2024-09-01", "fuad-shukr"),
    ("lb.hezbollah_military_commander", "2025-12-01", "haytham-ali-tabatabai"),
    ("lb.radwan_force_commander", "2024-10-01", "ibrahim-aqil"),
    ("ps.qassam_spokesman", "2025-09-15", "hudhaifa-al-kahlout"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("STC leader", "2024-06-01", "aidarous-al-zubaidi"),
    ("Houthi military spokesman", "2024-06-01", "yahya-saree"),
    ("ELN leader", "2023-06-01", "antonio-garcia-eln"),
    ("al-Shabaab leader", "2022-06-01", "ahmed-diriye"),
    ("Islamic State leader", "2024-06-01", "abu-hafs-al-hashimi-al-qurashi"),
    ("Viv Ansanm leader", "2024-06-01", "jimmy-cherizier"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
