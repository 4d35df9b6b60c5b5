"""Gaps in South Korean, Sudanese, Comorian, Surinamese, Indian and Fijian offices (2025-2026) are filled."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # South Korea: acting prime minister, central bank, party leaders
    ("kr.prime_minister", "2025-06-15", "lee-ju-ho"),
    ("kr.prime_minister", "2025-07-10", "kim-min-seok"),
    ("kr.bok_governor", "2026-04-15", "shin-hyun-song"),
    ("kr.dp_leader", "2025-05-01", "park-chan-dae"),
    ("kr.dp_leader", "2025-07-01", "kim-byung-kee"),
    ("kr.reform_party_leader", "2025-04-01", "chun-ha-ram"),
    ("kr.rkp_leader", "2025-03-01", "kim-sun-min"),
    ("kr.rkp_leader", "2025-10-01", "cho-kuk"),
    ("kr.rkp_leader", "2025-11-15", "seo-wang-jin"),
    # South Korea: ministers before the Lee cabinet
    ("kr.labor_minister", "2025-05-15", "kim-min-seok-labor"),
    ("kr.justice_minister", "2025-05-01", "park-sung-jae"),
    ("kr.justice_minister", "2025-07-01", "kim-seok-woo"),
    ("kr.interior_minister", "2025-03-01", "ko-ki-dong"),
    ("kr.interior_minister", "2025-07-01", "kim-min-jae-interior"),
    ("kr.health_minister", "2025-03-01", "cho-kyoo-hong"),
    ("kr.science_ict_minister", "2025-03-01", "yoo-sang-im"),
    ("kr.environment_minister", "2025-03-01", "kim-wan-sup"),
    ("kr.smes_minister", "2025-03-01", "oh-young-ju"),
    ("kr.smes_minister", "2025-07-25", "han-seong-sook"),
    ("kr.oceans_minister", "2025-07-25", "chun-jae-soo"),
    ("kr.culture_minister", "2025-03-01", "yu-in-chon"),
    ("kr.land_minister", "2025-03-01", "park-sang-woo"),
    ("kr.first_vice_finance_minister", "2025-03-01", "kim-beom-seok"),
    ("kr.fsc_chairman", "2025-03-01", "kim-byoung-hwan"),
    ("kr.fss_governor", "2025-03-01", "lee-bok-hyun"),
    ("kr.fss_governor", "2025-07-01", "lee-se-hoon"),
    # Sudan
    ("sd.foreign_minister", "2025-04-25", "hussein-al-amin"),
    ("sd.foreign_minister", "2025-06-15", "omer-siddig"),
    ("sd.finance_minister", "2025-03-01", "gibril-ibrahim"),
    ("sd.defence_minister", "2025-03-01", "yassin-ibrahim-yassin"),
    ("sd.interior_minister", "2025-03-01", "khalil-pasha-sayrin"),
    # Comoros
    ("km.foreign_minister", "2025-03-01", "mbae-mohamed"),
    ("km.economy_minister", "2025-03-01", "moustoifa-hassani-mohamed"),
    ("km.interior_minister", "2025-06-01", "mohamed-ahmed-assoumani"),
    ("km.justice_minister", "2025-06-01", "anfani-hamada-bacar"),
    # Suriname, India, Fiji
    ("sr.defence_minister", "2025-03-01", "krishna-mathoera"),
    ("in.ambassador_to_japan", "2025-12-01", "nagma-mohamed-mallick"),
    ("fj.trade_minister", "2025-11-15", "sitiveni-rabuka"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kr.prime_minister", "2025-07-10", "lee-ju-ho"),
    ("kr.bok_governor", "2026-05-01", "rhee-chang-yong"),
    ("kr.dp_leader", "2025-07-01", "park-chan-dae"),
    ("kr.dp_leader", "2025-08-10", "kim-byung-kee"),
    ("kr.reform_party_leader", "2025-08-10", "chun-ha-ram"),
    ("kr.rkp_leader", "2025-10-01", "kim-sun-min"),
    ("kr.rkp_leader", "2025-11-15", "cho-kuk"),
    ("kr.rkp_leader", "2025-12-01", "seo-wang-jin"),
    ("kr.labor_minister", "2025-08-01", "kim-min-seok-labor"),
    ("kr.justice_minister", "2025-07-01", "park-sung-jae"),
    ("kr.justice_minister", "2025-08-01", "kim-seok-woo"),
    ("kr.interior_minister", "2025-07-01", "ko-ki-dong"),
    ("kr.interior_minister", "2025-08-01", "kim-min-jae-interior"),
    ("kr.health_minister", "2025-08-01", "cho-kyoo-hong"),
    ("kr.science_ict_minister", "2025-08-01", "yoo-sang-im"),
    ("kr.environment_minister", "2025-08-01", "kim-wan-sup"),
    ("kr.smes_minister", "2025-07-25", "oh-young-ju"),
    ("kr.smes_minister", "2025-07-10", "han-seong-sook"),
    ("kr.culture_minister", "2025-08-15", "yu-in-chon"),
    ("kr.land_minister", "2025-08-15", "park-sang-woo"),
    ("kr.first_vice_finance_minister", "2025-06-15", "kim-beom-seok"),
    ("kr.fsc_chairman", "2025-09-20", "kim-byoung-hwan"),
    ("kr.fss_governor", "2025-07-01", "lee-bok-hyun"),
    ("kr.fss_governor", "2025-08-20", "lee-se-hoon"),
    ("sd.foreign_minister", "2025-06-15", "hussein-al-amin"),
    ("sd.foreign_minister", "2025-08-15", "omer-siddig"),
    ("sd.finance_minister", "2025-06-15", "gibril-ibrahim"),
    ("sd.defence_minister", "2025-07-01", "yassin-ibrahim-yassin"),
    ("sd.interior_minister", "2025-07-01", "khalil-pasha-sayrin"),
    ("km.justice_minister", "2026-03-01", "anfani-hamada-bacar"),
    ("sr.defence_minister", "2025-08-01", "krishna-mathoera"),
    ("fj.trade_minister", "2025-11-15", "manoa-kamikamica"),
    ("fj.trade_minister", "2026-02-01", "sitiveni-rabuka"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
