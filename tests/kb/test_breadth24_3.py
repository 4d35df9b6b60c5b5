"""Middle East and North Africa harvest of session 24 (issue #11): Knesset committee chairs, deputy
speakers, party figures, Saudi royal-order appointees and Fatah office holders resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("il.fadc_chair", "2024-06-01", "yuli-edelstein"),
    ("il.constitution_committee_chair", "2024-06-01", "simcha-rothman"),
    ("il.house_committee_chair", "2023-06-01", "ofir-katz"),
    ("il.coalition_whip", "2025-06-01", "ofir-katz"),
    ("il.finance_committee_chair", "2024-06-01", "moshe-gafni"),
    ("il.finance_committee_chair", "2025-12-01", "hanoch-milwidsky"),
    ("il.education_committee_chair", "2026-01-10", "tzvi-sukkot"),
    ("iq.first_deputy_speaker", "2026-01-10", "adnan-fayhan"),
    ("iq.second_deputy_speaker", "2026-01-10", "farhad-atrushi"),
    ("eg.deputy_fm_african_affairs", "2026-03-01", "mohamed-abu-bakr-saleh"),
    ("eg.deputy_minister_international_cooperation", "2026-03-01", "samar-abdel-wahid"),
    ("eg.deputy_housing_minister_urban_communities", "2026-03-01", "walid-abbas-eg"),
    ("eg.deputy_housing_minister_utilities", "2026-03-01", "ahmed-omran-eg"),
    ("tr.akp_group_chair", "2024-06-01", "abdullah-guler"),
    ("tr.chp_spokesperson", "2024-06-01", "deniz-yucel-chp"),
    ("tr.chp_spokesperson", "2026-01-10", "zeynel-emre"),
    ("tr.chp_istanbul_chair", "2024-06-01", "ozgur-celik-chp"),
    ("tr.chp_istanbul_chair", "2025-10-10", "ozgur-celik-chp"),
    ("tr.chp_istanbul_trustee", "2025-09-10", "gursel-tekin"),
    ("tr.deputy_speaker", "2024-06-01", "bekir-bozdag"),
    ("tr.deputy_speaker", "2024-06-01", "celal-adan"),
    ("tr.deputy_speaker", "2024-06-01", "gulizar-bicer-karaca"),
    ("tr.deputy_speaker", "2024-06-01", "sirri-sureyya-onder"),
    ("tr.deputy_speaker", "2025-10-01", "tekin-bingol"),
    ("tr.deputy_speaker", "2026-01-10", "celal-adan"),
    ("tr.deva_chair", "2024-06-01", "ali-babacan"),
    ("tr.zafer_chair", "2024-06-01", "umit-ozdag"),
    ("tr.zafer_chair", "2025-09-01", "umit-ozdag"),
    ("ly.hcs_president", "2020-06-01", "khaled-al-mishri"),
    ("ly.hcs_president", "2024-01-01", "mohamed-takala"),
    ("ly.hcs_president", "2025-09-01", "mohamed-takala"),
    ("jo.first_deputy_speaker", "2025-03-01", "mustafa-khasawneh"),
    ("jo.second_deputy_speaker", "2025-03-01", "ahmad-hamaysat"),
    ("jo.first_deputy_speaker", "2025-11-01", "khamis-atiyeh"),
    ("jo.second_deputy_speaker", "2025-11-01", "ibrahim-al-sarayreh"),
    ("dz.fln_secretary_general", "2022-01-01", "abou-el-fadhl-baadji"),
    ("dz.fln_secretary_general", "2024-06-01", "abdelkrim-benmebarek"),
    ("ma.pjd_secretary_general", "2023-06-01", "abdelilah-benkirane"),
    ("ma.pjd_secretary_general", "2025-06-01", "abdelilah-benkirane"),
    ("ma.mp_secretary_general", "2024-01-01", "mohamed-ouzzine"),
    ("sa.national_guard_vice_minister", "2025-06-01", "nasser-al-dawood"),
    ("sa.deputy_interior_minister", "2025-06-01", "abdulaziz-bin-ayyaf-al-muqrin"),
    ("sa.royal_court_deputy_chief", "2025-06-01", "fahad-al-askar"),
    ("sa.king_deputy_private_secretary", "2025-06-01", "tamim-al-salem"),
    ("sa.jazan_governor", "2025-06-01", "mohammed-bin-abdulaziz-bin-mohammed"),
    ("sa.deputy_education_minister", "2025-06-01", "inas-al-issa"),
    ("sa.nema_governor", "2025-06-01", "mohammed-al-tamimi-sa"),
    ("sa.diriyah_governor", "2026-03-01", "rakan-bin-salman"),
    ("sa.taif_governor", "2024-01-01", "saud-bin-nahar"),
    ("sa.taif_governor", "2026-03-01", "fawaz-bin-sultan"),
    ("sa.madinah_deputy_governor", "2026-03-01", "saud-bin-nahar"),
    ("sa.public_prosecutor", "2024-01-01", "saud-al-muajab"),
    ("sa.public_prosecutor", "2026-03-01", "khalid-al-yousef"),
    ("sa.board_of_grievances_president", "2026-03-01", "ali-al-ahidib"),
    ("sa.deputy_media_minister", "2026-03-01", "abdullah-al-maghlouth"),
    ("ir.guardian_council_secretary", "2024-01-01", "ahmad-jannati"),
    ("ps.fatah_vice_chairman", "2024-01-01", "mahmoud-al-aloul"),
    ("ps.fatah_central_committee_secretary", "2024-01-01", "jibril-rajoub"),
    ("ps.presidential_spokesperson", "2024-01-01", "nabil-abu-rudeineh"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("il.fadc_chair", "2025-09-01", "yuli-edelstein"),
    ("il.finance_committee_chair", "2025-12-01", "moshe-gafni"),
    ("tr.chp_spokesperson", "2026-01-10", "deniz-yucel-chp"),
    ("tr.chp_istanbul_chair", "2025-09-10", "ozgur-celik-chp"),
    ("tr.deputy_speaker", "2025-10-01", "gulizar-bicer-karaca"),
    ("tr.deputy_speaker", "2025-10-01", "sirri-sureyya-onder"),
    ("tr.zafer_chair", "2025-03-01", "umit-ozdag"),
    ("ly.hcs_president", "2024-01-01", "khaled-al-mishri"),
    ("jo.first_deputy_speaker", "2025-11-01", "mustafa-khasawneh"),
    ("jo.second_deputy_speaker", "2025-11-01", "ahmad-hamaysat"),
    ("dz.fln_secretary_general", "2024-06-01", "abou-el-fadhl-baadji"),
    ("sa.taif_governor", "2026-03-01", "saud-bin-nahar"),
    ("sa.public_prosecutor", "2026-03-01", "saud-al-muajab"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Knesset Finance Committee chairman", "2024-06-01", "moshe-gafni"),
    ("Knesset Finance Committee chairman", "2025-12-01", "hanoch-milwidsky"),
    ("Knesset Constitution Committee chairman", "2024-06-01", "simcha-rothman"),
    ("Knesset Education Committee chairman", "2026-01-10", "tzvi-sukkot"),
    ("Iraqi Second Deputy Speaker", "2026-01-10", "farhad-atrushi"),
    ("CHP spokesperson", "2024-06-01", "deniz-yucel-chp"),
    ("CHP spokesperson", "2026-01-10", "zeynel-emre"),
    ("Victory Party leader", "2024-06-01", "umit-ozdag"),
    ("Libya's High Council of State head", "2024-01-01", "mohamed-takala"),
    ("FLN secretary-general", "2024-01-01", "abdelkrim-benmebarek"),
    ("Governor of Diriyah", "2026-03-01", "rakan-bin-salman"),
    ("Saudi Attorney General", "2026-03-01", "khalid-al-yousef"),
    ("Fatah deputy chairman", "2024-01-01", "mahmoud-al-aloul"),
    ("Palestinian presidential spokesman", "2024-01-01", "nabil-abu-rudeineh"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
