"""Harvest 26-14 (issue #11): Russian party and Duma leaders, Russian governors and envoys, and
officials of Belarus's exiled opposition, Armenia, Azerbaijan, Georgia and Kazakhstan resolve on known
days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("ru.cprf_chairman", "2025-06-01", "gennady-zyuganov"),
    ("ru.just_russia_chairman", "2025-06-01", "sergei-mironov-sr"),
    ("ru.new_people_chairman", "2025-06-01", "alexei-nechayev"),
    ("ru.united_russia_duma_group_leader", "2015-06-01", "vladimir-vasilyev-ru"),
    ("ru.united_russia_duma_group_leader", "2025-06-01", "vladimir-vasilyev-ru"),
    ("ru.duma_international_affairs_committee_chair", "2025-06-01", "leonid-slutsky"),
    ("ru.duma_defence_committee_chair", "2025-06-01", "andrei-kartapolov"),
    ("ru.duma_security_committee_chair", "2024-06-01", "vasily-piskarev"),
    ("ru.duma_financial_market_committee_chair", "2024-11-16", "anatoly-aksakov"),
    ("ru.duma_information_policy_committee_chair", "2025-06-01", "sergei-boyarsky"),
    ("ru.samara_governor", "2023-06-01", "dmitry-azarov"),
    ("ru.samara_governor", "2025-06-01", "vyacheslav-fedorishchev"),
    ("ru.tver_governor", "2024-06-01", "igor-rudenya"),
    ("ru.tver_governor", "2025-12-01", "vitaly-korolev"),
    ("ru.envoy_northwestern_federal_district", "2025-12-01", "igor-rudenya"),
    ("ru.khanty_mansi_governor", "2023-06-01", "natalia-komarova"),
    ("ru.khanty_mansi_governor", "2025-06-01", "ruslan-kukharuk"),
    ("ru.mari_el_head", "2024-06-01", "yuri-zaitsev-mari-el"),
    ("ru.kirov_governor", "2024-06-01", "alexander-sokolov-kirov"),
    ("ru.ryazan_governor", "2024-06-01", "pavel-malkov"),
    ("ru.saratov_governor", "2025-03-20", "roman-busargin"),
    ("ru.tomsk_governor", "2024-06-01", "vladimir-mazur"),
    ("ru.leningrad_governor", "2025-08-24", "alexander-drozdenko"),
    ("ru.bashkortostan_head", "2015-06-01", "rustem-khamitov"),
    ("ru.bashkortostan_head", "2025-09-13", "radiy-khabirov"),
    ("ru.nizhny_novgorod_governor", "2015-06-01", "valery-shantsev"),
    ("ru.nizhny_novgorod_governor", "2025-01-29", "gleb-nikitin"),
    ("by.utc_deputy_head", "2025-01-27", "pavel-latushka"),
    ("am.sacred_struggle_leader", "2025-06-25", "bagrat-galstanyan"),
    ("az.nakhchivan_presidential_representative", "2024-06-01", "fuad-najafli"),
    ("az.nakhchivan_presidential_representative", "2025-12-01", "jeyhun-jalilov"),
    ("ge.georgian_dream_chair", "2022-06-01", "irakli-kobakhidze"),
    ("ge.georgian_dream_chair", "2024-06-01", "irakli-garibashvili"),
    ("ge.georgian_dream_chair", "2025-06-01", "irakli-kobakhidze"),
    ("kz.amanat_chairman", "2023-06-01", "yerlan-koshanov"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ru.united_russia_duma_group_leader", "2019-06-01", "vladimir-vasilyev-ru"),
    ("ru.samara_governor", "2024-06-01", "dmitry-azarov"),
    ("ru.tver_governor", "2025-11-05", "igor-rudenya"),
    ("ru.khanty_mansi_governor", "2024-06-01", "natalia-komarova"),
    ("ru.bashkortostan_head", "2018-10-12", "rustem-khamitov"),
    ("ru.nizhny_novgorod_governor", "2017-09-27", "valery-shantsev"),
    ("az.nakhchivan_presidential_representative", "2025-12-01", "fuad-najafli"),
    ("ge.georgian_dream_chair", "2024-06-01", "irakli-kobakhidze"),
    ("ge.georgian_dream_chair", "2025-06-01", "irakli-garibashvili"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("CPRF leader", "2025-06-01", "gennady-zyuganov"),
    ("New People leader", "2025-06-01", "alexei-nechayev"),
    ("Samara governor", "2025-06-01", "vyacheslav-fedorishchev"),
    ("Saratov governor", "2025-06-01", "roman-busargin"),
    ("head of Bashkortostan", "2025-06-01", "radiy-khabirov"),
    ("Nizhny Novgorod governor", "2025-06-01", "gleb-nikitin"),
    ("Georgian Dream chairman", "2025-06-01", "irakli-kobakhidze"),
    ("Amanat chairman", "2024-06-01", "yerlan-koshanov"),
])
def test_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
