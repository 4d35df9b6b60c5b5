"""Harvest 25-5 (issue #11): Ukrainian regional and city military administrations, Russian regional
heads, deputy defence ministers and security chiefs, security chiefs of Belarus, Moldova, the South
Caucasus and Central Asia, and Georgian and Armenian party leaders resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("ua.kharkiv_oblast_head", "2025-06-05", "oleh-syniehubov"),
    ("ua.zaporizhzhia_oblast_head", "2023-06-01", "yurii-malashko"),
    ("ua.zaporizhzhia_oblast_head", "2024-02-04", "ivan-fedorov"),
    ("ua.kherson_oblast_head", "2025-06-05", "oleksandr-prokudin"),
    ("ua.mykolaiv_oblast_head", "2022-03-01", "vitaliy-kim"),
    ("ua.donetsk_oblast_head", "2022-06-01", "pavlo-kyrylenko"),
    ("ua.antimonopoly_committee_head", "2023-12-28", "pavlo-kyrylenko"),
    ("ua.donetsk_oblast_head", "2024-06-01", "vadym-filashkin"),
    ("ua.dnipropetrovsk_oblast_head", "2024-06-01", "serhiy-lysak"),
    ("ua.dnipropetrovsk_oblast_head", "2025-10-16", "vladyslav-haivanenko"),
    ("ua.kyiv_city_military_administration_head", "2022-06-01", "mykola-zhyrnov"),
    ("ua.kyiv_city_military_administration_head", "2023-06-01", "serhii-popko"),
    ("ua.kyiv_city_military_administration_head", "2025-04-10", "tymur-tkachenko"),
    ("ua.sumy_oblast_head", "2024-06-01", "volodymyr-artiukh"),
    ("ua.sumy_oblast_head", "2025-04-18", "oleh-hryhorov"),
    ("ua.luhansk_oblast_head", "2024-06-01", "artem-lysohor"),
    ("ua.kyiv_oblast_head", "2024-06-01", "ruslan-kravchenko"),
    ("ua.kherson_city_military_administration_head", "2025-06-04", "yaroslav-shanko"),
    ("ru.chechnya_head", "2016-03-25", "ramzan-kadyrov"),
    ("ru.tatarstan_head", "2020-01-01", "rustam-minnikhanov"),
    ("ru.voronezh_governor", "2023-05-03", "alexander-gusev"),
    ("ru.tula_governor", "2024-05-15", "dmitry-milyaev"),
    ("ru.kemerovo_governor", "2024-05-15", "ilya-seredyuk"),
    ("ru.kaliningrad_governor", "2024-05-15", "alexei-besprozvannykh"),
    ("ru.khabarovsk_governor", "2024-05-15", "dmitry-demeshin"),
    ("ru.krasnodar_governor", "2016-01-01", "veniamin-kondratyev"),
    ("ru.first_deputy_defence_minister", "2024-06-17", "leonid-gornin"),
    ("ru.deputy_defence_minister", "2024-06-17", "anna-tsivileva"),
    ("ru.deputy_defence_minister", "2024-06-17", "pavel-fradkov"),
    ("ru.deputy_defence_minister", "2024-06-17", "oleg-savelyev"),
    ("ru.fso_director", "2020-01-01", "dmitry-kochnev"),
    ("by.kgb_chairman", "2020-09-03", "ivan-tertel"),
    ("by.security_council_state_secretary", "2020-10-01", "valery-vakulchik"),
    ("by.security_council_state_secretary", "2021-01-26", "alexander-volfovich"),
    ("md.sis_director", "2023-01-01", "alexandru-musteata"),
    ("az.state_security_service_head", "2017-01-01", "madat-guliyev"),
    ("az.state_security_service_head", "2022-03-28", "ali-naghiyev"),
    ("kz.knb_chairman", "2020-01-01", "karim-massimov"),
    ("kz.knb_chairman", "2022-01-10", "yermek-sagimbayev"),
    ("kz.deputy_prime_minister", "2023-01-15", "galymzhan-koishybayev"),
    ("kg.national_security_chairman", "2026-02-11", "jumgalbek-shabdanbekov"),
    ("ge.unm_chair", "2020-06-01", "grigol-vashadze"),
    ("ge.unm_chair", "2022-01-01", "nika-melia"),
    ("ge.unm_chair", "2023-06-01", "levan-khabeishvili"),
    ("ge.unm_chair", "2025-11-07", "tina-bokuchava"),
    ("ge.akhali_co_chair", "2024-03-11", "nika-gvaramia"),
    ("ge.akhali_co_chair", "2024-03-11", "nika-melia"),
    ("ge.droa_leader", "2025-09-15", "elene-khoshtaria"),
    ("ge.prosecutor_general", "2025-01-01", "giorgi-gabitashvili"),
    ("ge.state_audit_office_head", "2025-06-18", "giorgi-gabitashvili"),
    ("ge.prosecutor_general", "2025-11-07", "giorgi-gvarakidze"),
    ("ge.state_security_service_head", "2025-06-01", "anri-okhanashvili"),
    ("ge.state_security_service_head", "2025-09-04", "mamuka-mdinaradze"),
    ("am.strong_armenia_chair", "2026-02-12", "samvel-karapetyan"),
    ("am.wings_of_unity_leader", "2025-10-31", "arman-tatoyan"),
    ("am.new_force_chair", "2024-05-02", "hayk-marutyan"),
    ("am.prosperous_armenia_chair", "2025-09-18", "gagik-tsarukyan"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ua.zaporizhzhia_oblast_head", "2024-02-04", "yurii-malashko"),
    ("ua.donetsk_oblast_head", "2024-06-01", "pavlo-kyrylenko"),
    ("ua.dnipropetrovsk_oblast_head", "2025-10-16", "serhiy-lysak"),
    ("ua.kyiv_city_military_administration_head", "2023-06-01", "mykola-zhyrnov"),
    ("ua.kyiv_city_military_administration_head", "2025-01-29", "serhii-popko"),
    ("ua.sumy_oblast_head", "2025-04-18", "volodymyr-artiukh"),
    ("ua.luhansk_oblast_head", "2025-06-01", "artem-lysohor"),
    ("ua.kyiv_oblast_head", "2025-02-01", "ruslan-kravchenko"),
    ("by.security_council_state_secretary", "2021-03-01", "valery-vakulchik"),
    ("az.state_security_service_head", "2022-03-28", "madat-guliyev"),
    ("kz.knb_chairman", "2022-01-10", "karim-massimov"),
    ("kg.national_security_chairman", "2026-02-11", "kamchybek-tashiev"),
    ("ge.unm_chair", "2022-01-01", "grigol-vashadze"),
    ("ge.unm_chair", "2023-06-01", "nika-melia"),
    ("ge.unm_chair", "2025-11-07", "levan-khabeishvili"),
    ("ge.prosecutor_general", "2025-11-07", "giorgi-gabitashvili"),
    ("ge.state_security_service_head", "2025-09-04", "anri-okhanashvili"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Kharkiv governor", "2025-06-05", "oleh-syniehubov"),
    ("Kherson regional governor", "2025-06-05", "oleksandr-prokudin"),
    ("Zaporizhzhia governor", "2025-01-01", "ivan-fedorov"),
    ("Mykolaiv governor", "2023-06-01", "vitaliy-kim"),
    ("Sumy governor", "2025-06-01", "oleh-hryhorov"),
    ("head of the Kyiv City Military Administration", "2025-06-01", "tymur-tkachenko"),
    ("Chechen leader", "2025-06-01", "ramzan-kadyrov"),
    ("Voronezh governor", "2025-06-01", "alexander-gusev"),
    ("FSO director", "2025-06-01", "dmitry-kochnev"),
    ("Belarusian KGB chief", "2025-06-01", "ivan-tertel"),
    ("UNM chair", "2025-06-01", "tina-bokuchava"),
    ("Strong Armenia leader", "2026-03-01", "samvel-karapetyan"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
