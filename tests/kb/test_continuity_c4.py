"""Gaps in time closed for Bangladesh, Thailand, Colombia, Canada, Belize, Argentina, the
Netherlands and Malta: the holders added or corrected resolve on days inside their terms."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Bangladesh: interim advisers, then the BNP government
    ("bd.defence_minister", "2025-06-01", "muhammad-yunus"),
    ("bd.agriculture_minister", "2025-06-01", "jahangir-alam-chowdhury"),
    ("bd.civil_aviation_minister", "2025-02-01", "muhammad-yunus"),
    ("bd.civil_aviation_minister", "2025-09-01", "sheikh-bashir-uddin"),
    ("bd.law_minister", "2026-02-18", "md-asaduzzaman"),
    ("bd.information_minister", "2025-12-01", "mahfuj-alam"),
    ("bd.information_minister", "2026-01-15", "syeda-rizwana-hasan"),
    ("bd.information_minister", "2026-03-01", "zahir-uddin-swapan"),
    ("bd.youth_sports_minister", "2025-12-01", "asif-mahmud-shojib-bhuyain"),
    ("bd.youth_sports_minister", "2026-01-15", "asif-nazrul"),
    ("bd.youth_sports_minister", "2026-02-18", "aminul-haque"),
    ("bd.cultural_affairs_minister", "2026-02-18", "nitai-roy-chowdhury"),
    ("bd.power_energy_minister", "2026-02-18", "iqbal-hasan-mahmud-tuku"),
    # Thailand
    ("th.defence_minister", "2025-08-01", "nattaphon-narkphanit"),
    ("th.agriculture_minister", "2025-02-01", "narumon-pinyosinwat"),
    ("th.higher_education_minister", "2025-08-01", "sudawan-wangsuphakijkosol"),
    # Colombia
    ("co.interior_minister", "2025-02-20", "gustavo-garcia"),
    ("co.senate_president", "2025-03-01", "efrain-cepeda"),
    ("co.justice_minister", "2025-03-01", "angela-maria-buitrago"),
    ("co.air_force_commander", "2025-06-01", "luis-carlos-cordoba"),
    # Canada
    ("ca.public_safety_minister", "2025-02-01", "david-mcguinty"),
    ("ca.justice_minister", "2025-04-01", "gary-anandasangaree"),
    ("ca.energy_minister", "2025-02-01", "jonathan-wilkinson"),
    ("ca.speaker_of_the_house", "2025-02-01", "greg-fergus"),
    # Belize
    ("bz.deputy_prime_minister", "2025-01-15", "cordel-hyde"),
    ("bz.attorney_general", "2025-01-15", "anthony-sylvester"),
    ("bz.opposition_leader", "2025-01-15", "shyne-barrow"),
    ("bz.defence_minister", "2025-01-15", "florencio-marin-jr"),
    # Argentina
    ("ar.communication_secretary", "2025-03-01", "manuel-adorni"),
    # Netherlands
    ("nl.social_affairs_minister", "2025-03-01", "eddy-van-hijum"),
    ("nl.social_affairs_minister", "2025-08-30", "mona-keijzer"),
    ("nl.social_affairs_minister", "2025-11-01", "marielle-paul"),
    ("nl.agriculture_minister", "2025-11-01", "femke-wiersma"),
    # Malta
    ("mt.central_bank_governor", "2025-10-01", "edward-scicluna"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("bd.defence_minister", "2026-03-01", "muhammad-yunus"),
    ("bd.agriculture_minister", "2026-03-01", "jahangir-alam-chowdhury"),
    ("bd.civil_aviation_minister", "2025-09-01", "muhammad-yunus"),
    ("bd.civil_aviation_minister", "2026-03-01", "sheikh-bashir-uddin"),
    ("bd.information_minister", "2026-01-15", "mahfuj-alam"),
    ("bd.information_minister", "2026-03-01", "syeda-rizwana-hasan"),
    ("bd.youth_sports_minister", "2026-01-15", "asif-mahmud-shojib-bhuyain"),
    ("bd.youth_sports_minister", "2026-03-01", "asif-nazrul"),
    ("th.defence_minister", "2025-08-01", "phumtham-wechayachai"),
    ("th.agriculture_minister", "2025-02-01", "thamanat-prompow"),
    ("th.agriculture_minister", "2025-08-01", "narumon-pinyosinwat"),
    ("th.higher_education_minister", "2025-10-01", "sudawan-wangsuphakijkosol"),
    ("co.interior_minister", "2025-03-15", "gustavo-garcia"),
    ("co.senate_president", "2025-08-01", "efrain-cepeda"),
    ("co.justice_minister", "2025-08-01", "angela-maria-buitrago"),
    ("co.air_force_commander", "2026-01-15", "luis-carlos-cordoba"),
    ("ca.public_safety_minister", "2025-06-01", "david-mcguinty"),
    ("ca.justice_minister", "2025-06-01", "gary-anandasangaree"),
    ("ca.energy_minister", "2025-06-01", "jonathan-wilkinson"),
    ("ca.speaker_of_the_house", "2025-06-01", "greg-fergus"),
    ("bz.opposition_leader", "2025-04-01", "shyne-barrow"),
    ("bz.defence_minister", "2025-04-01", "florencio-marin-jr"),
    ("ar.communication_secretary", "2025-12-01", "manuel-adorni"),
    ("nl.social_affairs_minister", "2025-09-01", "eddy-van-hijum"),
    ("nl.social_affairs_minister", "2025-11-01", "mona-keijzer"),
    ("nl.social_affairs_minister", "2026-03-01", "marielle-paul"),
    ("nl.agriculture_minister", "2026-03-01", "femke-wiersma"),
    ("mt.central_bank_governor", "2025-10-01", "alexander-demarco"),
    ("mt.central_bank_governor", "2026-02-01", "edward-scicluna"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
