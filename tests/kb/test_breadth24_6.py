"""East Asia below the top leaders (issue #11): South Korean vice ministers and committee chairs,
Hong Kong lawmakers and the DAB, Chinese governors, city mayors, resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # South Korea: vice ministers
    ("kr.second_vice_finance_minister", "2025-08-01", "lim-ki-keun"),
    ("kr.vice_planning_budget_minister", "2026-01-20", "lim-ki-keun"),
    ("kr.first_vice_industry_minister", "2025-07-01", "moon-shin-hak"),
    ("kr.vice_science_ict_minister", "2025-07-01", "ryu-je-myeong"),
    ("kr.vice_justice_minister", "2025-07-01", "lee-jin-soo-prosecutor"),
    ("kr.vice_health_minister", "2025-07-01", "lee-hyung-hoon"),
    ("kr.first_vice_land_minister", "2025-08-01", "lee-sang-gyeong"),
    ("kr.vice_unification_minister", "2025-07-01", "kim-nam-jung"),
    ("kr.vice_interior_minister", "2025-07-01", "kim-min-jae-interior"),
    ("kr.vice_agriculture_minister", "2025-07-01", "kang-hyoung-seok"),
    ("kr.vice_oceans_minister", "2025-07-01", "kim-sung-bum"),
    # South Korea: National Assembly committee chairs
    ("kr.na_legislation_judiciary_chair", "2024-09-01", "jung-chung-rae"),
    ("kr.na_legislation_judiciary_chair", "2025-07-15", "lee-choon-suak"),
    ("kr.na_legislation_judiciary_chair", "2025-09-01", "choo-mi-ae"),
    ("kr.na_budget_committee_chair", "2025-07-01", "han-byung-do"),
    ("kr.na_culture_committee_chair", "2024-09-01", "chun-jae-soo"),
    ("kr.na_culture_committee_chair", "2025-07-01", "kim-kyo-heung"),
    ("kr.na_foreign_affairs_unification_chair", "2025-01-01", "kim-seok-ki"),
    ("kr.na_defense_committee_chair", "2025-01-01", "sung-il-jong"),
    ("kr.na_intelligence_committee_chair", "2025-01-01", "shin-sung-bum"),
    ("kr.na_science_ict_committee_chair", "2025-10-01", "choi-min-hee"),
    ("kr.na_land_committee_chair", "2024-09-01", "maeng-sung-kyu"),
    ("kr.na_public_administration_committee_chair", "2024-09-01", "shin-jeong-hoon"),
    ("kr.na_agriculture_committee_chair", "2024-09-01", "eo-ki-gu"),
    ("kr.na_health_welfare_committee_chair", "2024-09-01", "park-joo-min"),
    ("kr.na_education_committee_chair", "2024-09-01", "kim-young-ho-lawmaker"),
    ("kr.na_environment_labor_committee_chair", "2024-09-01", "ahn-ho-young-lawmaker"),
    # Hong Kong: seventh and eighth Legislative Councils, DAB
    ("hk.legco_member", "2024-06-01", "gary-chan-hak-kan"),
    ("hk.legco_member", "2024-06-01", "holden-chow"),
    ("hk.legco_member", "2024-06-01", "chan-hok-fung"),
    ("hk.legco_member", "2024-06-01", "perry-yiu"),
    ("hk.legco_member", "2024-06-01", "frankie-ngan"),
    ("hk.legco_member", "2024-06-01", "luk-chung-hung"),
    ("hk.legco_member", "2024-06-01", "kwok-wai-keung"),
    ("hk.legco_member", "2024-06-01", "edmund-wong-chun-sek"),
    ("hk.legco_member", "2026-02-01", "gary-chan-hak-kan"),
    ("hk.legco_member", "2026-02-01", "holden-chow"),
    ("hk.legco_member", "2026-02-01", "chan-hok-fung"),
    ("hk.legco_member", "2026-02-01", "perry-yiu"),
    ("hk.legco_member", "2026-02-01", "chris-ip-ngo-tung"),
    ("hk.legco_member", "2026-02-01", "judy-chan-kapui"),
    ("hk.legco_member", "2026-02-01", "ng-chau-pei"),
    ("hk.legco_member", "2026-02-01", "elaine-chik"),
    ("hk.legco_member", "2026-02-01", "vincent-cheng-wing-shun"),
    ("hk.legco_member", "2026-02-01", "christine-fong"),
    ("hk.legco_member", "2026-02-01", "dominic-lee-tsz-king"),
    ("hk.legco_member", "2026-02-01", "kenneth-lau-ip-keung"),
    ("hk.legco_member", "2026-02-01", "andrew-yao-cho-fai"),
    ("hk.legco_member", "2026-02-01", "jonathan-lamport"),
    ("hk.dab_chairman", "2024-06-01", "gary-chan-hak-kan"),
    ("hk.dab_secretary_general", "2024-06-01", "chris-ip-ngo-tung"),
    # China
    ("cn.governor_guangdong", "2024-06-01", "wang-weizhong"),
    ("cn.governor_guangdong", "2025-11-01", "meng-fanli"),
    ("cn.party_secretary_inner_mongolia", "2025-11-01", "wang-weizhong"),
    ("cn.governor_zhejiang", "2023-06-01", "wang-hao-zhejiang"),
    ("cn.governor_zhejiang", "2025-06-01", "liu-jie-zhejiang"),
    ("cn.governor_liaoning", "2025-04-01", "wang-xinwei"),
    ("cn.shanghai_mayor", "2025-06-01", "gong-zheng"),
    # Japan
    ("jp.mayor_osaka", "2025-06-01", "hideyuki-yokoyama"),
    ("jp.mayor_osaka", "2026-03-01", "hideyuki-yokoyama"),
    ("jp.mayor_yokohama", "2024-06-01", "takeharu-yamanaka"),
    ("jp.mayor_sendai", "2024-06-01", "kazuko-kori"),
    ("jp.mayor_hiroshima", "2025-08-06", "kazumi-matsui"),
    ("jp.mayor_nagasaki", "2025-08-09", "shiro-suzuki-nagasaki"),
    # Taiwan and Mongolia
    ("tw.kaohsiung_mayor", "2025-06-01", "chen-chi-mai"),
    ("tw.tainan_mayor", "2025-06-01", "huang-wei-che"),
    ("tw.taoyuan_mayor", "2025-06-01", "chang-san-cheng"),
    ("mn.ulaanbaatar_mayor", "2025-06-01", "khishgee-nyambaatar"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kr.second_vice_finance_minister", "2026-01-20", "lim-ki-keun"),
    ("kr.first_vice_land_minister", "2025-11-01", "lee-sang-gyeong"),
    ("kr.na_legislation_judiciary_chair", "2025-07-15", "jung-chung-rae"),
    ("kr.na_legislation_judiciary_chair", "2025-09-01", "lee-choon-suak"),
    ("kr.na_culture_committee_chair", "2025-07-01", "chun-jae-soo"),
    ("hk.legco_member", "2026-02-01", "frankie-ngan"),
    ("hk.legco_member", "2026-02-01", "luk-chung-hung"),
    ("hk.legco_member", "2026-02-01", "kwok-wai-keung"),
    ("hk.legco_member", "2026-02-01", "edmund-wong-chun-sek"),
    ("cn.governor_guangdong", "2025-11-01", "wang-weizhong"),
    ("cn.governor_zhejiang", "2025-06-01", "wang-hao-zhejiang"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Nagasaki Mayor", "2025-08-09", "shiro-suzuki-nagasaki"),
    ("Hiroshima Mayor", "2025-08-06", "kazumi-matsui"),
    ("Osaka Mayor", "2025-06-01", "hideyuki-yokoyama"),
    ("Kaohsiung Mayor", "2025-06-01", "chen-chi-mai"),
    ("Guangdong governor", "2025-11-01", "meng-fanli"),
    ("Shanghai Mayor", "2025-06-01", "gong-zheng"),
    ("DAB chairman", "2024-06-01", "gary-chan-hak-kan"),
    ("Mayor of Ulaanbaatar", "2025-06-01", "khishgee-nyambaatar"),
    ("First Vice Land Minister", "2025-08-01", "lee-sang-gyeong"),
    ("Vice Unification Minister", "2025-08-01", "kim-nam-jung"),
    ("Legislation and Judiciary Committee chair", "2025-09-01", "choo-mi-ae"),
    ("Foreign Affairs and Unification Committee chair", "2025-01-01", "kim-seok-ki"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
