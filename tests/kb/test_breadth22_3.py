"""Central bank governors 2023-2026 (issue #11): national banks not yet covered and the shared
BCEAO, BEAC and ECCB resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("intl.bceao_governor", "2024-06-01", "jean-claude-kassi-brou"),
    ("intl.beac_governor", "2023-06-01", "abbas-mahamat-tolli"),
    ("intl.beac_governor", "2024-03-01", "yvon-sana-bangui"),
    ("intl.eccb_governor", "2026-03-01", "timothy-antoine"),
    ("al.central_bank_governor", "2024-03-25", "gent-sejko"),
    ("bg.central_bank_governor", "2025-06-01", "dimitar-radev"),
    ("bb.central_bank_governor", "2023-03-01", "kevin-greenidge"),
    ("bs.central_bank_governor", "2023-05-01", "john-rolle"),
    ("bz.central_bank_governor", "2023-09-06", "kareem-michael"),
    ("hk.hkma_chief_executive", "2024-07-26", "eddie-yue"),
    ("qa.central_bank_governor", "2023-03-07", "bandar-bin-mohammed-al-thani"),
    ("me.central_bank_governor", "2023-06-01", "radoje-zugic"),
    ("me.central_bank_governor", "2023-12-16", "irena-radovic"),
    ("mk.central_bank_governor", "2024-06-01", "anita-angelovska-bezhoska"),
    ("mk.central_bank_governor", "2025-06-01", "trajko-slaveski"),
    ("mm.central_bank_governor", "2023-01-15", "than-than-swe"),
    ("ht.central_bank_governor", "2023-05-01", "jean-baden-dubois"),
    ("ht.central_bank_governor", "2025-05-30", "ronald-gabriel"),
    ("lr.central_bank_governor", "2023-06-01", "aloysius-tarlue"),
    ("lr.central_bank_governor", "2024-10-01", "henry-saamoi"),
    ("sl.central_bank_governor", "2023-01-15", "kelfala-kallon"),
    ("sl.central_bank_governor", "2023-03-14", "ibrahim-stevens"),
    ("gm.central_bank_governor", "2025-12-04", "buah-saidy"),
    ("ps.pma_governor", "2021-10-07", "feras-milhem"),
    ("ni.central_bank_president", "2025-02-05", "ovidio-reyes"),
    ("sv.central_bank_president", "2025-01-21", "douglas-rodriguez-bcr"),
    ("mr.central_bank_governor", "2024-06-01", "mohamed-lemine-dhehby"),
    ("tl.central_bank_governor", "2023-06-01", "abraao-de-vasconcelos"),
    ("tl.central_bank_governor", "2024-05-01", "helder-lopes"),
    ("xk.central_bank_governor", "2023-09-13", "ahmet-ismaili"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("intl.beac_governor", "2024-03-01", "abbas-mahamat-tolli"),
    ("me.central_bank_governor", "2024-01-15", "radoje-zugic"),
    ("mk.central_bank_governor", "2025-06-01", "anita-angelovska-bezhoska"),
    ("ht.central_bank_governor", "2023-11-01", "jean-baden-dubois"),
    ("lr.central_bank_governor", "2024-10-01", "aloysius-tarlue"),
    ("sl.central_bank_governor", "2023-04-01", "kelfala-kallon"),
    ("tl.central_bank_governor", "2023-10-01", "abraao-de-vasconcelos"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("BCEAO Governor", "2024-06-01", "jean-claude-kassi-brou"),
    ("BEAC Governor", "2024-06-01", "yvon-sana-bangui"),
    ("ECCB Governor", "2024-06-01", "timothy-antoine"),
    ("Bank of Albania Governor", "2024-03-25", "gent-sejko"),
    ("HKMA Chief Executive", "2024-06-01", "eddie-yue"),
    ("Bulgarian central bank governor", "2025-06-01", "dimitar-radev"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
