"""Holders added or corrected to close gaps in 2025-2026 (batch kb14-1: United States, Nepal, Togo,
Madagascar, Lebanon, Panama) resolve on known days, and the people they replaced no longer do."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Togo
    ("tg.prime_minister", "2025-05-02", "victoire-tomegah-dogbe"),
    ("tg.foreign_minister", "2025-01-15", "robert-dussey"),
    ("tg.foreign_minister", "2020-06-01", "robert-dussey"),
    ("tg.finance_minister", "2025-01-15", "essowe-georges-barcola"),
    ("tg.finance_minister", "2025-07-01", "essowe-georges-barcola"),
    # Nepal
    ("np.foreign_minister", "2025-10-15", "sushila-karki"),
    ("np.defence_minister", "2025-10-15", "sushila-karki"),
    ("np.health_minister", "2025-04-09", "pradip-paudel"),
    ("np.energy_minister", "2025-06-30", "deepak-khadka"),
    # Madagascar
    ("mg.defence_minister", "2025-03-01", "monja-delphin-sahivelo"),
    ("mg.defence_minister", "2025-10-15", "manantsoa-deramasinjaka"),
    ("mg.public_security_minister", "2025-03-01", "herilala-rakotoarimanana"),
    ("mg.public_security_minister", "2025-10-15", "mandimby-randriambelo"),
    # United States
    ("us.nasa_administrator", "2024-06-01", "bill-nelson"),
    ("us.nasa_administrator", "2025-03-01", "janet-petro"),
    ("us.nasa_administrator", "2025-09-01", "sean-duffy"),
    ("us.sec_chair", "2025-03-01", "mark-uyeda"),
    ("us.secretary_of_the_navy", "2025-02-15", "terence-emmert"),
    ("us.secretary_of_the_air_force", "2025-03-15", "gary-ashworth"),
    ("us.cea_chair", "2026-02-04", "pierre-yared"),
    # Lebanon
    ("lb.army_commander", "2025-02-01", "hassan-audi"),
    # Panama
    ("pa.assembly_president", "2025-01-15", "dana-castaneda"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("tg.prime_minister", "2025-06-01", "victoire-tomegah-dogbe"),
    ("np.foreign_minister", "2025-12-27", "sushila-karki"),
    ("np.foreign_minister", "2025-10-15", "arzu-rana-deuba"),
    ("np.defence_minister", "2025-10-15", "manbir-rai"),
    ("np.health_minister", "2025-11-01", "pradip-paudel"),
    ("np.energy_minister", "2025-10-01", "deepak-khadka"),
    ("mg.defence_minister", "2025-10-15", "monja-delphin-sahivelo"),
    ("mg.defence_minister", "2025-11-01", "manantsoa-deramasinjaka"),
    ("mg.public_security_minister", "2025-10-15", "herilala-rakotoarimanana"),
    ("mg.public_security_minister", "2025-11-01", "mandimby-randriambelo"),
    ("us.nasa_administrator", "2025-03-01", "bill-nelson"),
    ("us.nasa_administrator", "2025-09-01", "janet-petro"),
    ("us.nasa_administrator", "2025-12-20", "sean-duffy"),
    ("us.sec_chair", "2025-03-01", "gary-gensler"),
    ("us.sec_chair", "2025-05-01", "mark-uyeda"),
    ("us.cea_chair", "2026-02-04", "stephen-miran"),
    ("us.secretary_of_the_navy", "2025-04-01", "terence-emmert"),
    ("us.secretary_of_the_air_force", "2025-06-01", "gary-ashworth"),
    ("lb.army_commander", "2025-02-01", "joseph-aoun"),
    ("lb.army_commander", "2025-04-01", "hassan-audi"),
    ("pa.assembly_president", "2025-07-15", "dana-castaneda"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
