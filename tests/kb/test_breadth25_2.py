"""Asia-Pacific governments below the ministers, 2025-2026 (issue #11): Korean vice-ministerial heads
and presidential aides, Japanese state ministers and parliamentary vice-ministers, Indian ministers of
state, Indonesian deputy ministers, Australia's outer ministry, resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # South Korea
    ("kr.mma_commissioner", "2025-08-01", "hong-so-young"),
    ("kr.government_legislation_minister", "2025-08-01", "cho-won-cheol"),
    ("kr.vice_education_minister", "2025-08-01", "choi-eun-ok"),
    ("kr.vice_science_ict_minister", "2025-08-01", "koo-hyuk-chae"),
    ("kr.vice_science_ict_minister", "2025-08-01", "ryu-je-myeong"),
    ("kr.science_technology_innovation_head", "2025-08-01", "park-in-kyu"),
    ("kr.vice_veterans_minister", "2025-08-01", "kang-yun-jin"),
    ("kr.second_vice_land_minister", "2025-08-01", "kang-hee-up"),
    ("kr.vice_smes_minister", "2025-08-01", "roh-yong-seok"),
    ("kr.customs_commissioner", "2025-08-01", "lee-myeong-ku"),
    ("kr.heritage_service_administrator", "2025-08-01", "huh-min"),
    ("kr.kdca_commissioner", "2025-08-01", "lim-seung-kwan"),
    ("kr.naacc_administrator", "2025-08-01", "kang-joo-youb"),
    ("kr.senior_secretary_personnel", "2025-10-01", "cho-seong-ju"),
    ("kr.national_integration_committee_chair", "2025-10-01", "lee-seok-yeon"),
    ("kr.deputy_national_security_adviser", "2025-07-01", "kim-hyun-jong"),
    ("kr.deputy_national_security_adviser", "2025-07-01", "oh-hyun-joo"),
    ("kr.deputy_national_security_adviser", "2025-07-01", "lim-woong-soon"),
    ("kr.senior_secretary_ai", "2025-07-01", "ha-jung-woo"),
    # Japan
    ("jp.maff_state_minister", "2025-12-01", "yukinori-nemoto"),
    ("jp.mlit_state_minister", "2025-12-01", "hajime-sasaki"),
    ("jp.mlit_state_minister", "2026-02-19", "tsuneyuki-sakai"),
    ("jp.mof_parliamentary_vice_minister", "2025-12-01", "harumi-takahashi"),
    ("jp.meti_parliamentary_vice_minister", "2025-12-01", "takuro-komori"),
    ("jp.mlit_parliamentary_vice_minister", "2026-02-19", "ryusho-kato"),
    ("jp.pm_special_adviser", "2025-11-01", "takashi-endo"),
    # India
    ("in.mos_petroleum", "2025-01-01", "suresh-gopi"),
    ("in.mos_tourism", "2025-01-01", "suresh-gopi"),
    ("in.mos_minority_affairs", "2025-01-01", "george-kurian"),
    ("in.mos_fisheries", "2025-01-01", "george-kurian"),
    ("in.mos_road_transport", "2025-01-01", "ajay-tamta"),
    ("in.mos_road_transport", "2025-01-01", "harsh-malhotra"),
    ("in.mos_labour", "2025-01-01", "shobha-karandlaje"),
    ("in.mos_msme", "2025-01-01", "shobha-karandlaje"),
    ("in.mos_social_justice", "2025-01-01", "ramdas-athawale"),
    ("in.mos_home_affairs", "2025-10-28", "bandi-sanjay-kumar"),
    ("in.mos_defence", "2026-03-11", "sanjay-seth"),
    ("in.mos_finance", "2025-07-22", "pankaj-chaudhary"),
    # Indonesia
    ("id.deputy_youth_sports_minister", "2025-01-01", "taufik-hidayat"),
    ("id.deputy_culture_minister", "2025-01-01", "giring-ganesha"),
    ("id.deputy_communication_digital_minister", "2025-01-01", "angga-raka-prabowo"),
    ("id.pco_head", "2025-10-01", "angga-raka-prabowo"),
    ("id.deputy_religious_affairs_minister", "2026-01-15", "muhammad-syafii"),
    ("id.deputy_transmigration_minister", "2025-01-01", "viva-yoga-mauladi"),
    ("id.deputy_housing_minister", "2024-12-12", "fahri-hamzah"),
    ("id.deputy_health_minister", "2023-01-01", "dante-saksono-harbuwono"),
    ("id.deputy_health_minister", "2025-10-09", "dante-saksono-harbuwono"),
    ("id.deputy_health_minister", "2025-10-09", "benjamin-paulus-octavianus"),
    ("id.deputy_home_affairs_minister", "2025-10-09", "akhmad-wiyagus"),
    ("id.deputy_home_affairs_minister", "2025-10-09", "bima-arya"),
    ("id.deputy_forestry_minister", "2025-06-01", "sulaiman-umar"),
    ("id.deputy_forestry_minister", "2025-09-18", "rohmat-marzuki"),
    ("id.deputy_cooperatives_minister", "2025-06-01", "ferry-juliantono"),
    ("id.deputy_cooperatives_minister", "2025-09-18", "farida-farichah"),
    ("id.deputy_manpower_minister", "2025-09-18", "afriansyah-noor"),
    # Australia
    ("au.early_childhood_education_minister", "2025-06-01", "jess-walsh"),
    ("au.youth_minister", "2025-06-01", "jess-walsh"),
    ("au.assistant_treasurer", "2025-06-01", "daniel-mulino"),
    ("au.financial_services_minister", "2025-06-01", "daniel-mulino"),
    ("au.aged_care_minister", "2025-06-01", "sam-rae"),
    ("au.ndis_minister", "2025-06-01", "jenny-mcallister"),
    ("au.skills_minister", "2025-06-01", "andrew-giles"),
    ("au.emergency_management_minister", "2025-06-01", "kristy-mcbain"),
    ("au.assistant_health_minister", "2025-06-01", "rebecca-white"),
    ("au.assistant_tourism_minister", "2025-06-01", "nita-green"),
    ("au.cabinet_secretary", "2025-06-01", "andrew-charlton"),
    ("au.assistant_defence_minister", "2025-06-01", "peter-khalil"),
    # New Zealand and the Philippines
    ("nz.conservation_minister", "2024-06-01", "tama-potaka"),
    ("ph.solicitor_general", "2025-07-01", "darlene-berberabe"),
    ("ph.ici_chair", "2025-10-01", "andres-reyes-jr"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("id.deputy_forestry_minister", "2025-09-18", "sulaiman-umar"),
    ("id.deputy_cooperatives_minister", "2025-09-18", "ferry-juliantono"),
    ("id.deputy_communication_digital_minister", "2025-09-18", "angga-raka-prabowo"),
    ("id.pco_head", "2025-09-18", "hasan-nasbi"),
    ("id.pco_head", "2025-06-01", "angga-raka-prabowo"),
    ("id.deputy_health_minister", "2025-06-01", "benjamin-paulus-octavianus"),
    ("kr.mma_commissioner", "2025-07-01", "hong-so-young"),
    ("jp.maff_state_minister", "2025-10-01", "yukinori-nemoto"),
    ("au.assistant_treasurer", "2025-05-01", "daniel-mulino"),
])
def test_former_or_later_holders_are_not_holders_then(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Military Manpower Administration commissioner", "2025-09-01", "hong-so-young"),
    ("KDCA commissioner", "2025-09-01", "lim-seung-kwan"),
    ("Korea Customs Service commissioner", "2025-09-01", "lee-myeong-ku"),
    ("Indonesia's deputy health minister", "2025-06-01", "dante-saksono-harbuwono"),
    ("Indonesia's deputy religious affairs minister", "2025-06-01", "muhammad-syafii"),
    ("Philippine Solicitor General", "2025-09-01", "darlene-berberabe"),
    ("Australian Assistant Treasurer", "2025-09-01", "daniel-mulino"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
