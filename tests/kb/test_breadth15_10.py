"""Leaders of the main parliamentary parties of South Korea, Taiwan, India, Indonesia, the Philippines,
Thailand, Australia and Pakistan, 2024-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # South Korea, Taiwan (terms confirmed to later dates)
    ("kr.dp_leader", "2026-05-01", "jung-chung-rae"),
    ("kr.ppp_leader", "2026-02-10", "jang-dong-hyeok"),
    ("tw.dpp_chair", "2025-09-03", "lai-ching-te"),
    # Thailand
    ("th.move_forward_leader", "2024-03-01", "chaithawat-tulathon"),
    ("th.peoples_party_leader", "2025-06-01", "natthaphong-ruengpanyawut"),
    ("th.pheu_thai_leader", "2024-06-01", "paetongtarn-shinawatra"),
    ("th.pheu_thai_leader", "2025-10-25", "chusak-sirinil"),
    ("th.pheu_thai_leader", "2025-11-15", "julapun-amornvivat"),
    ("th.bhumjaithai_leader", "2025-01-01", "anutin-charnvirakul"),
    ("th.democrat_leader", "2024-09-01", "chalermchai-sri-on"),
    ("th.democrat_leader", "2026-01-01", "abhisit-vejjajiva"),
    ("th.kla_tham_leader", "2025-06-01", "narumon-pinyosinwat"),
    # Indonesia
    ("id.pdip_chair", "2025-01-01", "megawati-soekarnoputri"),
    ("id.golkar_chair", "2024-05-01", "airlangga-hartarto"),
    ("id.golkar_chair", "2024-09-01", "bahlil-lahadalia"),
    ("id.gerindra_chair", "2025-03-01", "prabowo-subianto"),
    ("id.nasdem_chair", "2025-03-01", "surya-paloh"),
    ("id.pkb_chair", "2024-06-01", "muhaimin-iskandar"),
    ("id.pks_president", "2024-06-01", "ahmad-syaikhu"),
    ("id.pks_president", "2025-07-01", "al-muzzammil-yusuf"),
    ("id.pan_chair", "2024-06-01", "zulkifli-hasan"),
    ("id.demokrat_chair", "2024-06-01", "agus-harimurti-yudhoyono"),
    # India
    ("in.sp_president", "2025-01-01", "akhilesh-yadav"),
    ("in.tmc_chairperson", "2025-01-01", "mamata-banerjee"),
    # Pakistan
    ("pk.pmln_president", "2024-03-01", "shehbaz-sharif"),
    ("pk.pmln_president", "2024-07-01", "nawaz-sharif"),
    ("pk.ppp_chairman", "2025-01-01", "bilawal-bhutto-zardari"),
    ("pk.mqmp_convener", "2024-06-01", "khalid-maqbool-siddiqui"),
    # Australia
    ("au.labor_leader", "2024-06-01", "anthony-albanese"),
    ("au.liberal_leader", "2024-06-01", "peter-dutton"),
    ("au.liberal_leader", "2025-09-01", "sussan-ley"),
    ("au.liberal_leader", "2026-02-14", "angus-taylor"),
    ("au.nationals_leader", "2025-06-01", "david-littleproud"),
    ("au.greens_leader", "2024-06-01", "adam-bandt"),
    ("au.greens_leader", "2025-06-01", "larissa-waters"),
    # Philippines
    ("ph.lakas_cmd_president", "2024-06-01", "martin-romualdez"),
    ("ph.pfp_chairman", "2024-06-01", "ferdinand-marcos-jr"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("th.move_forward_leader", "2024-09-01", "chaithawat-tulathon"),
    ("th.pheu_thai_leader", "2025-11-15", "paetongtarn-shinawatra"),
    ("th.pheu_thai_leader", "2025-11-15", "chusak-sirinil"),
    ("th.democrat_leader", "2025-11-01", "chalermchai-sri-on"),
    ("id.golkar_chair", "2024-09-01", "airlangga-hartarto"),
    ("id.pks_president", "2025-07-01", "ahmad-syaikhu"),
    ("pk.pmln_president", "2024-07-01", "shehbaz-sharif"),
    ("au.liberal_leader", "2025-06-01", "peter-dutton"),
    ("au.liberal_leader", "2026-03-01", "sussan-ley"),
    ("au.greens_leader", "2025-06-01", "adam-bandt"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Pheu Thai leader", "2025-11-15", "julapun-amornvivat"),
    ("Golkar chairman", "2025-01-01", "bahlil-lahadalia"),
    ("PKS president", "2025-07-01", "al-muzzammil-yusuf"),
    ("PML-N president", "2024-07-01", "nawaz-sharif"),
    ("Australian Greens leader", "2025-06-01", "larissa-waters"),
    ("Samajwadi Party chief", "2025-01-01", "akhilesh-yadav"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
