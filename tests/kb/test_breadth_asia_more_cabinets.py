"""More Asian office holders 2023-2026 (issue #11): Indian chief ministers of large states, Ishiba's
and Takaichi's ministers, South Korea's agriculture minister and financial regulators, China's
securities regulator, Taiwan's agriculture and environment ministers, the Dissanayake cabinet and
Yunus's advisers resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # India: chief ministers
    ("in.gujarat_chief_minister", "2024-01-15", "bhupendra-patel"),
    ("in.mp_chief_minister", "2024-03-01", "mohan-yadav"),
    ("in.rajasthan_chief_minister", "2024-03-01", "bhajan-lal-sharma"),
    ("in.karnataka_chief_minister", "2025-06-01", "siddaramaiah"),
    ("in.andhra_chief_minister", "2024-06-12", "n-chandrababu-naidu"),
    ("in.telangana_chief_minister", "2023-12-07", "revanth-reddy"),
    ("in.kerala_chief_minister", "2021-05-20", "pinarayi-vijayan"),
    ("in.odisha_chief_minister", "2024-06-12", "mohan-charan-majhi"),
    ("in.punjab_chief_minister", "2022-03-16", "bhagwant-mann"),
    # Japan: Ishiba and Takaichi cabinets
    ("jp.mlit_minister", "2024-10-15", "tetsuo-saito"),
    ("jp.mlit_minister", "2025-03-01", "hiromasa-nakano"),
    ("jp.mlit_minister", "2025-10-22", "yasushi-kaneko"),
    ("jp.children_policy_minister", "2025-03-01", "junko-mihara"),
    ("jp.children_policy_minister", "2025-10-21", "hitoshi-kikawada"),
    ("jp.regional_revitalization_minister", "2025-03-01", "yoshitaka-ito"),
    # South Korea
    ("kr.agriculture_minister", "2024-06-01", "song-mi-ryung"),
    ("kr.agriculture_minister", "2025-07-01", "song-mi-ryung"),
    ("kr.fsc_chairman", "2025-09-16", "lee-eog-weon"),
    ("kr.fss_governor", "2025-09-01", "lee-chan-jin"),
    # China
    ("cn.csrc_chairman", "2023-06-01", "yi-huiman"),
    ("cn.csrc_chairman", "2024-02-08", "wu-qing"),
    ("cn.defense_minister", "2025-09-01", "dong-jun"),
    # Taiwan
    ("tw.agriculture_minister", "2024-01-10", "chen-junne-jih"),
    ("tw.agriculture_minister", "2024-05-20", "chen-junne-jih"),
    ("tw.environment_minister", "2024-05-22", "peng-chi-ming"),
    ("tw.foreign_minister", "2025-12-01", "lin-chia-lung"),
    # Sri Lanka: the Dissanayake government
    ("lk.education_minister", "2024-10-01", "harini-amarasuriya"),
    ("lk.tourism_minister", "2024-11-18", "vijitha-herath"),
    ("lk.women_child_minister", "2024-11-18", "saroja-savithri-paulraj"),
    ("lk.urban_development_minister", "2024-11-18", "anura-karunathilake"),
    ("lk.rural_development_minister", "2024-11-18", "upali-pannilage"),
    ("lk.buddhasasana_minister", "2024-11-18", "hiniduma-sunil-senevi"),
    ("lk.plantation_minister", "2024-11-18", "samantha-vidyarathna"),
    ("lk.sports_minister", "2024-11-18", "sunil-kumara-gamage"),
    # Bangladesh: Yunus's advisers and their successors
    ("bd.power_energy_minister", "2025-03-01", "fouzul-kabir-khan"),
    ("bd.road_transport_minister", "2025-03-01", "fouzul-kabir-khan"),
    ("bd.railways_minister", "2025-03-01", "fouzul-kabir-khan"),
    ("bd.railways_minister", "2026-02-18", "sheikh-rabiul-alam"),
    ("bd.social_welfare_minister", "2025-03-01", "sharmeen-murshid"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("jp.mlit_minister", "2025-03-01", "tetsuo-saito"),
    ("jp.mlit_minister", "2025-10-22", "hiromasa-nakano"),
    ("jp.children_policy_minister", "2025-10-22", "junko-mihara"),
    ("jp.regional_revitalization_minister", "2025-10-22", "yoshitaka-ito"),
    ("cn.csrc_chairman", "2024-03-01", "yi-huiman"),
    ("bd.power_energy_minister", "2026-02-18", "fouzul-kabir-khan"),
    ("bd.road_transport_minister", "2026-02-18", "fouzul-kabir-khan"),
    ("bd.social_welfare_minister", "2026-02-18", "sharmeen-murshid"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
