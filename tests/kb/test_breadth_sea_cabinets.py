"""The cabinets of Indonesia (Prabowo), Malaysia (Anwar) and Vietnam (Chinh) resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Indonesia: Red and White Cabinet from 2024-10-21 and its reshuffles
    ("id.primary_education_minister", "2025-03-01", "abdul-muti"),
    ("id.higher_education_minister", "2024-12-01", "satryo-soemantri-brodjonegoro"),
    ("id.higher_education_minister", "2025-06-01", "brian-yuliarto"),
    ("id.public_works_minister", "2025-03-01", "dody-hanggodo"),
    ("id.transportation_minister", "2025-06-01", "dudy-purwagandhi"),
    ("id.investment_minister", "2024-09-01", "rosan-roeslani"),
    ("id.investment_minister", "2024-10-22", "rosan-roeslani"),
    ("id.marine_fisheries_minister", "2024-10-22", "sakti-wahyu-trenggono"),
    ("id.manpower_minister", "2025-06-01", "yassierli"),
    ("id.housing_minister", "2024-11-01", "maruarar-sirait"),
    ("id.immigration_corrections_minister", "2025-10-01", "agus-andrianto"),
    ("id.soe_minister", "2025-09-18", "dony-oskaria"),
    ("id.women_empowerment_minister", "2025-01-01", "arifatul-choiri-fauzi"),
    ("id.smes_minister", "2024-11-01", "maman-abdurrahman"),
    # Malaysia: Anwar's cabinet from 2022-12-03 and the December 2023 reshuffle
    ("my.rural_development_minister", "2023-06-01", "ahmad-zahid-hamidi"),
    ("my.energy_transition_minister", "2024-06-01", "fadillah-yusof"),
    ("my.communications_minister", "2023-06-01", "fahmi-fadzil"),
    ("my.digital_minister", "2024-06-01", "gobind-singh-deo"),
    ("my.women_family_minister", "2023-01-01", "nancy-shukri"),
    ("my.national_unity_minister", "2023-01-01", "aaron-ago-dagang"),
    ("my.science_minister", "2023-01-01", "chang-lih-kang"),
    ("my.human_resources_minister", "2023-06-01", "v-sivakumar"),
    ("my.human_resources_minister", "2024-06-01", "steven-sim"),
    ("my.human_resources_minister", "2026-01-01", "r-ramanan"),
    ("my.natural_resources_minister", "2024-06-01", "nik-nazmi-nik-ahmad"),
    ("my.sabah_sarawak_minister", "2023-06-01", "armizan-mohd-ali"),
    ("my.chief_of_defence_force", "2024-06-01", "mohammad-ab-rahman"),
    ("my.chief_of_defence_force", "2025-03-01", "mohd-nizam-jaffar"),
    ("my.army_chief", "2024-06-01", "muhammad-hafizuddeain-jantan"),
    ("my.domestic_trade_minister", "2023-09-01", "armizan-mohd-ali"),
    ("vn.sbv_governor", "2024-11-26", "nguyen-thi-hong"),
    ("vn.public_security_minister", "2024-11-26", "luong-tam-quang"),
    ("my.natural_resources_minister", "2025-09-01", "johari-abdul-ghani"),
    ("my.natural_resources_minister", "2026-01-01", "arthur-joseph-kurup"),
    # Vietnam: deputy prime ministers and ministers before and after the 2025 merger
    ("vn.prime_minister", "2025-06-01", "pham-minh-chinh"),
    ("vn.prime_minister", "2026-06-01", "le-minh-hung"),
    ("vn.president", "2025-06-01", "luong-cuong"),
    ("vn.president", "2026-06-01", "to-lam"),
    ("vn.na_chairman", "2026-06-01", "tran-thanh-man"),
    ("vn.deputy_prime_minister", "2024-01-01", "tran-hong-ha"),
    ("vn.deputy_prime_minister", "2025-10-01", "le-thanh-long"),
    ("vn.natural_resources_minister", "2020-01-01", "tran-hong-ha"),
    ("vn.natural_resources_minister", "2023-03-01", "tran-hong-ha"),
    ("vn.natural_resources_minister", "2024-01-01", "dang-quoc-khanh"),
    ("vn.natural_resources_minister", "2024-12-01", "do-duc-duy"),
    ("vn.agriculture_rural_minister", "2023-01-01", "le-minh-hoan"),
    ("vn.labour_minister", "2020-01-01", "dao-ngoc-dung"),
    ("vn.planning_investment_minister", "2020-01-01", "nguyen-chi-dung"),
    ("vn.transport_minister", "2023-06-01", "nguyen-van-thang"),
    ("vn.transport_minister", "2025-01-01", "tran-hong-minh"),
    ("vn.finance_minister", "2025-01-01", "nguyen-van-thang"),
    ("vn.home_affairs_minister", "2023-01-01", "pham-thi-thanh-tra"),
    ("vn.justice_minister", "2024-10-01", "nguyen-hai-ninh"),
    ("vn.science_technology_minister", "2023-01-01", "huynh-thanh-dat"),
    ("vn.science_technology_minister", "2025-06-01", "nguyen-manh-hung"),
    ("vn.health_minister", "2022-08-01", "dao-hong-lan"),
    ("vn.health_minister", "2022-12-01", "dao-hong-lan"),
    ("vn.education_minister", "2021-06-01", "nguyen-kim-son"),
    ("vn.culture_minister", "2021-06-01", "nguyen-van-hung"),
    ("vn.government_office_chairman", "2021-06-01", "tran-van-son"),
    ("vn.inspector_general", "2021-06-01", "doan-hong-phong"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("id.higher_education_minister", "2025-06-01", "satryo-soemantri-brodjonegoro"),  # resigned 2025-02-19
    ("id.soe_minister", "2025-10-01", "erick-thohir"),                  # moved to youth and sports 2025-09-17
    ("my.human_resources_minister", "2024-06-01", "v-sivakumar"),        # dropped 2023-12-12
    ("my.human_resources_minister", "2026-01-01", "steven-sim"),         # moved 2025-12-17
    ("my.economy_minister", "2025-08-01", "rafizi-ramli"),               # resignation effective 2025-06-17
    ("my.natural_resources_minister", "2025-08-01", "nik-nazmi-nik-ahmad"),  # resigned 2025-07-04
    ("my.sabah_sarawak_minister", "2024-06-01", "armizan-mohd-ali"),     # moved to domestic trade 2023-12-12
    ("my.domestic_trade_minister", "2023-07-25", "salahuddin-ayub"),     # died 2023-07-23
    ("my.army_chief", "2026-01-15", "muhammad-hafizuddeain-jantan"),     # replaced 2026-01-01
    ("vn.natural_resources_minister", "2024-01-01", "tran-hong-ha"),    # relieved of the ministry 2023-05-22
    ("vn.transport_minister", "2025-01-01", "nguyen-van-thang"),        # finance minister 2024-11-28
    ("vn.finance_minister", "2025-01-01", "ho-duc-phoc"),               # relieved 2024-11-28
    ("vn.home_affairs_minister", "2025-11-01", "pham-thi-thanh-tra"),   # deputy prime minister 2025-10-25
    ("vn.prime_minister", "2026-06-01", "pham-minh-chinh"),             # succeeded April 2026
    ("vn.president", "2026-06-01", "luong-cuong"),                      # succeeded April 2026
    ("vn.labour_minister", "2025-06-01", "dao-ngoc-dung"),              # ministry merged into home affairs
])
def test_people_gone_after_their_term(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_merged_vietnamese_ministries_have_no_holder_after_march_2025(kb):
    for position in ("vn.planning_investment_minister", "vn.transport_minister", "vn.labour_minister",
                     "vn.natural_resources_minister", "vn.agriculture_rural_minister"):
        assert not holders(kb, position, "2025-06-01"), position


def test_vietnamese_family_names_are_not_bare_forms(kb):
    for person in ("tran-hong-ha", "nguyen-kim-son", "dao-hong-lan", "nguyen-van-hung", "tran-van-son"):
        assert kb.persons[person].family is None, person


def test_acting_terms_are_marked(kb):
    acting = {(o.person, o.position) for o in kb.occupancies if o.status is not None}
    assert ("dony-oskaria", "id.soe_minister") in acting
    assert ("johari-abdul-ghani", "my.natural_resources_minister") in acting
    assert ("dao-hong-lan", "vn.health_minister") in acting
    assert date(2022, 10, 21).isoformat() in {o.start for o in kb.occupancies
                                               if o.person == "dao-hong-lan" and o.status is None}
