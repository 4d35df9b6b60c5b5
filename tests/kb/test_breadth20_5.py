"""Negotiators and delegation members of the 2025-2026 peace, ceasefire and trade talks (issue #11)
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Russia-Ukraine
    ("ru.deputy_defence_minister", "2025-05-16", "alexander-fomin"),
    ("ru.federation_council_foreign_affairs_committee_chair", "2025-03-24", "grigory-karasin"),
    ("ru.fsb_director_adviser", "2025-03-24", "sergei-beseda"),
    ("ru.general_staff_information_directorate_first_deputy_head", "2025-05-14", "alexander-zorin"),
    ("ru.presidential_humanitarian_policy_directorate_deputy_head", "2025-05-14", "yelena-podobreyevskaya"),
    ("ru.mfa_second_cis_department_director", "2025-05-14", "alexei-polishchuk"),
    ("ua.deputy_presidential_office_head", "2025-03-24", "pavlo-palisa"),
    ("ua.sbu_deputy_head", "2025-05-16", "oleksandr-poklad"),
    ("ua.szru_first_deputy_head", "2025-07-22", "oleh-luhovskyi"),
    ("ua.deputy_chief_of_general_staff", "2025-05-16", "oleksiy-shevchenko"),
    ("ua.deputy_chief_of_general_staff", "2025-07-23", "yevhenii-ostrianskyi"),
    ("ua.presidential_office_head_adviser", "2025-07-23", "oleksandr-bevz"),
    ("us.policy_planning_director", "2025-04-26", "michael-anton"),
    ("us.gsa_fas_commissioner", "2026-01-23", "josh-gruenbaum"),
    # Gaza
    ("il.hostages_missing_coordinator", "2025-01-15", "gal-hirsch"),
    ("il.idf_hostages_missing_command_head", "2025-01-11", "nitzan-alon"),
    ("il.pm_foreign_policy_adviser", "2025-01-11", "ophir-falk"),
    ("ps.hamas_shura_council_chair", "2024-12-07", "mohammed-darwish"),
    ("ps.hamas_leadership_council_head", "2025-11-23", "mohammed-darwish"),
    ("ps.hamas_leadership_council_member", "2025-04-26", "zaher-jabarin"),
    ("ps.hamas_leadership_council_member", "2025-04-26", "nizar-awadallah"),
    ("ps.hamas_west_bank_chief", "2024-10-25", "zaher-jabarin"),
    ("ps.hamas_political_bureau_member", "2025-11-23", "ghazi-hamad"),
    # DR Congo - M23
    ("cd.presidential_envoy_luanda_nairobi", "2025-07-19", "sumbu-sita-mambu"),
    ("cd.afc_m23_permanent_secretary", "2025-07-19", "benjamin-mbonimpa"),
    # India - Pakistan
    ("in.dgmo", "2025-05-10", "rajiv-ghai"),
    ("in.deputy_coas_strategy", "2025-06-10", "rajiv-ghai"),
    ("pk.dgmo", "2025-05-12", "kashif-abdullah"),
    # Sudan
    ("sd.military_intelligence_director", "2025-10-24", "ahmed-ali-saber"),
    ("sd.gis_deputy_director", "2025-10-24", "abbas-bakhit"),
    ("sd.rsf_chief_negotiator", "2025-10-24", "omar-hamdan"),
    # Trade talks
    ("cn.vice_finance_minister", "2025-05-11", "liao-min"),
    ("us.assistant_ustr_south_central_asia", "2025-09-16", "brendan-lynch"),
    ("in.commerce_special_secretary", "2025-09-16", "rajesh-agrawal"),
    ("eu.dg_trade_director_general", "2025-07-27", "sabine-weyand"),
    ("gb.pm_business_adviser", "2025-05-08", "varun-chandra"),
    ("gb.special_envoy_us_trade_investment", "2026-01-24", "varun-chandra"),
    # Armenia - Azerbaijan
    ("az.presidential_foreign_policy_aide", "2025-12-06", "hikmet-hajiyev"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ru.federation_council_foreign_affairs_committee_chair", "2021-01-15", "grigory-karasin"),
    ("ua.deputy_presidential_office_head", "2024-10-01", "pavlo-palisa"),
    ("il.hostages_missing_coordinator", "2023-09-01", "gal-hirsch"),
    ("in.dgmo", "2024-09-01", "rajiv-ghai"),
    ("in.deputy_coas_strategy", "2025-06-01", "rajiv-ghai"),
    ("in.commerce_special_secretary", "2025-10-15", "rajesh-agrawal"),
    ("gb.special_envoy_us_trade_investment", "2025-12-01", "varun-chandra"),
])
def test_former_or_later_holders_are_not_holders(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Indian DGMO", "2025-05-12", "rajiv-ghai"),
    ("Pakistani DGMO", "2025-05-12", "kashif-abdullah"),
    ("Assistant USTR for South and Central Asia", "2025-09-16", "brendan-lynch"),
    ("head of the Hamas Shura Council", "2024-12-07", "mohammed-darwish"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
