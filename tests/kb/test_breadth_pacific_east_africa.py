"""Office holders of Pacific island states (Samoa, Tonga, Vanuatu, Papua New Guinea, Fiji, Solomon
Islands) and of East and Southern Africa (Tanzania, Madagascar, Uganda) resolve on known days (issue #11)."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Samoa
    ("ws.head_of_state", "2018-06-01", "tuimalealiifano-vaaletoa-sualauvi-ii"),
    ("ws.head_of_state", "2025-09-16", "tuimalealiifano-vaaletoa-sualauvi-ii"),
    ("ws.prime_minister", "2010-06-01", "tuilaepa-sailele-malielegaoi"),
    ("ws.prime_minister", "2021-05-23", "tuilaepa-sailele-malielegaoi"),
    ("ws.prime_minister", "2021-05-24", "fiame-naomi-mataafa"),
    ("ws.prime_minister", "2024-06-01", "fiame-naomi-mataafa"),
    ("ws.prime_minister", "2025-09-15", "fiame-naomi-mataafa"),
    ("ws.prime_minister", "2025-09-16", "laauli-leuatea-schmidt"),
    ("ws.prime_minister", "2025-10-17", "laauli-leuatea-schmidt"),
    ("ws.deputy_prime_minister", "2023-06-01", "tuala-iosefo-ponifasio"),
    ("ws.deputy_prime_minister", "2025-10-17", "toelupe-poumulinuku-onesemo"),
    ("ws.foreign_minister", "2015-06-01", "tuilaepa-sailele-malielegaoi"),
    ("ws.foreign_minister", "2023-06-01", "fiame-naomi-mataafa"),
    ("ws.foreign_minister", "2025-09-20", "laauli-leuatea-schmidt"),
    # Tonga
    ("to.prime_minister", "2023-06-01", "siaosi-sovaleni"),
    ("to.prime_minister", "2025-06-01", "aisake-eke"),
    ("to.prime_minister", "2026-02-01", "lord-fakafanua"),
    ("to.deputy_prime_minister", "2025-06-01", "taniela-fusimalohi"),
    ("to.deputy_prime_minister", "2026-01-05", "viliami-latu"),
    ("to.foreign_minister", "2025-06-01", "tupoutoa-ulukalala"),
    ("to.foreign_minister", "2026-01-05", "tupoutoa-ulukalala"),
    # Vanuatu
    ("vu.prime_minister", "2023-03-01", "ishmael-kalsakau"),
    ("vu.prime_minister", "2023-09-20", "sato-kilman"),
    ("vu.prime_minister", "2024-06-01", "charlot-salwai"),
    ("vu.prime_minister", "2025-06-01", "jotham-napat"),
    ("vu.deputy_prime_minister", "2025-02-11", "johnny-koanapo-rasou"),
    # Papua New Guinea, Fiji, Solomon Islands
    ("pg.prime_minister", "2025-09-16", "james-marape"),
    ("pg.deputy_prime_minister", "2023-06-01", "john-rosso"),
    ("pg.deputy_prime_minister", "2025-09-16", "john-rosso"),
    ("pg.foreign_minister", "2025-01-15", "justin-tkatchenko"),
    ("fj.prime_minister", "2025-09-10", "sitiveni-rabuka"),
    ("sb.prime_minister", "2025-09-10", "jeremiah-manele"),
    ("sb.finance_minister", "2024-12-01", "manasseh-sogavare"),
    # Tanzania
    ("tz.president", "2000-06-01", "benjamin-mkapa"),
    ("tz.president", "2010-06-01", "jakaya-kikwete"),
    ("tz.president", "2018-06-01", "john-magufuli"),
    ("tz.president", "2021-03-19", "samia-suluhu-hassan"),
    ("tz.president", "2025-11-10", "samia-suluhu-hassan"),
    ("tz.vice_president", "2018-06-01", "samia-suluhu-hassan"),
    ("tz.vice_president", "2023-06-01", "philip-mpango"),
    ("tz.vice_president", "2025-11-10", "emmanuel-nchimbi"),
    ("tz.prime_minister", "2016-06-01", "kassim-majaliwa"),
    ("tz.prime_minister", "2025-11-12", "kassim-majaliwa"),
    ("tz.prime_minister", "2025-11-15", "mwigulu-nchemba"),
    ("tz.foreign_minister", "2000-06-01", "jakaya-kikwete"),
    ("tz.finance_minister", "2018-06-01", "philip-mpango"),
    # Madagascar
    ("mg.hat_president", "2011-06-01", "andry-rajoelina"),
    ("mg.president", "2016-06-01", "hery-rajaonarimampianina"),
    ("mg.president", "2018-12-01", "rivo-rakotovao"),
    ("mg.president", "2024-06-01", "andry-rajoelina"),
    ("mg.president", "2025-11-15", "michael-randrianirina"),
    # Uganda
    ("ug.president", "2025-06-01", "yoweri-museveni"),
    ("ug.vice_president", "2023-06-01", "jessica-alupo"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ws.prime_minister", "2022-06-01", "tuilaepa-sailele-malielegaoi"),
    ("ws.prime_minister", "2025-10-01", "fiame-naomi-mataafa"),
    ("ws.deputy_prime_minister", "2025-10-01", "tuala-iosefo-ponifasio"),
    ("ws.foreign_minister", "2025-10-01", "fiame-naomi-mataafa"),
    ("to.prime_minister", "2025-06-01", "siaosi-sovaleni"),
    ("to.prime_minister", "2026-02-01", "aisake-eke"),
    ("vu.prime_minister", "2023-09-20", "ishmael-kalsakau"),
    ("vu.prime_minister", "2025-06-01", "charlot-salwai"),
    ("sb.finance_minister", "2025-06-01", "manasseh-sogavare"),
    ("tz.president", "2010-06-01", "benjamin-mkapa"),
    ("tz.president", "2018-06-01", "jakaya-kikwete"),
    ("tz.president", "2021-06-01", "john-magufuli"),
    ("tz.vice_president", "2021-06-01", "samia-suluhu-hassan"),
    ("tz.vice_president", "2025-11-10", "philip-mpango"),
    ("tz.prime_minister", "2025-11-15", "kassim-majaliwa"),
    ("mg.hat_president", "2016-06-01", "andry-rajoelina"),
    ("mg.president", "2019-06-01", "hery-rajaonarimampianina"),
    ("mg.president", "2019-06-01", "rivo-rakotovao"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Samoan Prime Minister", "2023-06-01", "fiame-naomi-mataafa"),
    ("Samoan Prime Minister", "2025-10-01", "laauli-leuatea-schmidt"),
    ("Tongan Prime Minister", "2025-06-01", "aisake-eke"),
    ("Vanuatu Prime Minister", "2025-06-01", "jotham-napat"),
    ("PNG Deputy Prime Minister", "2024-06-01", "john-rosso"),
    ("Tanzanian Vice President", "2023-06-01", "philip-mpango"),
    ("Tanzanian Prime Minister", "2020-06-01", "kassim-majaliwa"),
    ("Ugandan Vice President", "2023-06-01", "jessica-alupo"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
