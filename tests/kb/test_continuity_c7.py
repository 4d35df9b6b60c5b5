"""Continuity batch C7: holders added or corrected to close gaps in 2025-2026 (Bolivia, Singapore,
Iran, Guinea, the Gambia, Burundi, China, Russia) resolve on days inside their terms."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Bolivia: the last Arce cabinet and the central bank
    ("bo.bcb_president", "2025-06-01", "edwin-rojas-ulo"),
    ("bo.presidency_minister", "2025-06-01", "maria-nela-prada"),
    ("bo.hydrocarbons_minister", "2025-03-01", "alejandro-gallardo"),
    ("bo.justice_minister", "2025-03-01", "cesar-siles"),
    ("bo.justice_minister", "2025-09-01", "jessica-saravia"),
    ("bo.labour_minister", "2025-03-01", "erland-rodriguez"),
    ("bo.labour_minister", "2025-09-01", "victor-quispe-ticona"),
    ("bo.health_minister", "2025-06-01", "maria-renee-castro"),
    ("bo.education_minister", "2025-06-01", "omar-veliz"),
    ("bo.public_works_minister", "2025-06-01", "edgar-montano"),
    # Singapore: the cabinet before the 2025-05-23 swearing-in
    ("sg.home_affairs_minister", "2025-03-01", "k-shanmugam"),
    ("sg.law_minister", "2025-03-01", "k-shanmugam"),
    ("sg.health_minister", "2025-03-01", "ong-ye-kung"),
    ("sg.education_minister", "2025-03-01", "chan-chun-sing"),
    ("sg.national_development_minister", "2025-03-01", "desmond-lee"),
    ("sg.transport_minister", "2025-03-01", "chee-hong-tat"),
    ("sg.transport_minister", "2023-10-01", "chee-hong-tat"),
    ("sg.culture_minister", "2025-03-01", "edwin-tong"),
    ("sg.manpower_minister", "2025-03-01", "tan-see-leng"),
    ("sg.sustainability_minister", "2025-03-01", "grace-fu"),
    ("sg.social_family_minister", "2025-03-01", "masagos-zulkifli"),
    ("sg.digital_development_minister", "2025-03-01", "josephine-teo"),
    # Iran, Guinea, the Gambia, Burundi
    ("ir.economy_minister", "2025-04-15", "rahmatollah-akrami"),
    ("gn.finance_minister", "2025-06-01", "mourana-soumah"),
    ("gn.plan_minister", "2025-06-01", "ismael-nabe"),
    ("gm.defence_minister", "2025-08-01", "muhammed-bs-jallow"),
    ("bi.trade_minister", "2025-03-01", "marie-chantal-nijimbere"),
    # China and Russia
    ("cn.miit_minister", "2026-03-01", "li-lecheng"),
    ("cn.miit_minister", "2025-01-15", "jin-zhuanglong"),
    ("ru.ambassador_to_poland", "2026-05-01", "georgy-mikhno"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("bo.bcb_president", "2025-12-01", "edwin-rojas-ulo"),
    ("bo.presidency_minister", "2025-12-01", "maria-nela-prada"),
    ("bo.justice_minister", "2025-09-01", "cesar-siles"),
    ("bo.justice_minister", "2025-11-15", "jessica-saravia"),
    ("bo.labour_minister", "2025-09-01", "erland-rodriguez"),
    ("bo.labour_minister", "2025-12-01", "victor-quispe-ticona"),
    ("bo.health_minister", "2025-12-01", "maria-renee-castro"),
    ("bo.education_minister", "2025-12-01", "omar-veliz"),
    ("bo.public_works_minister", "2025-12-01", "edgar-montano"),
    ("bo.hydrocarbons_minister", "2025-12-01", "alejandro-gallardo"),
    ("sg.law_minister", "2025-08-01", "k-shanmugam"),
    ("sg.education_minister", "2025-08-01", "chan-chun-sing"),
    ("sg.national_development_minister", "2025-08-01", "desmond-lee"),
    ("sg.transport_minister", "2025-08-01", "chee-hong-tat"),
    ("sg.culture_minister", "2025-08-01", "edwin-tong"),
    ("ir.economy_minister", "2025-07-01", "rahmatollah-akrami"),
    ("ir.economy_minister", "2025-04-15", "abdolnaser-hemmati"),
    ("gn.finance_minister", "2026-03-01", "mourana-soumah"),
    ("gm.defence_minister", "2025-10-01", "muhammed-bs-jallow"),
    ("gm.defence_minister", "2025-08-01", "sering-modou-njie"),
    ("bi.trade_minister", "2025-09-01", "marie-chantal-nijimbere"),
    ("cn.miit_minister", "2025-06-01", "jin-zhuanglong"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
