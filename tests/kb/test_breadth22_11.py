"""Members of governments formed or reshuffled from mid-2025 to 2026 (Togo's government of
2025-10-08, Guinea-Bissau's transitional government of 2025-11-29, Peru's reshuffle of 2025-08-23,
Honduras under Asfura) (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("tg.solidarity_minister", "2025-11-01", "martine-moni-sankaredja"),
    ("tg.commerce_delegate_minister", "2025-11-01", "kossi-tenou"),
    ("tg.investment_delegate_minister", "2025-11-01", "manuella-modukpe-santos"),
    ("tg.water_delegate_minister", "2025-11-01", "sena-alipui"),
    ("tg.foreign_delegate_minister", "2025-11-01", "yackoley-johnson"),
    ("tg.higher_education_delegate_minister", "2025-11-01", "gado-tchangbedji"),
    ("tg.youth_sports_delegate_minister", "2025-11-01", "abdul-fofana-tg"),
    ("tg.local_development_delegate_minister", "2025-11-01", "koamy-gomado"),
    ("gw.public_order_secretary_of_state", "2025-12-15", "salvador-soares-gw"),
    ("gw.veterans_secretary_of_state", "2025-12-15", "carlos-mandungal"),
    ("gw.cooperation_secretary_of_state", "2025-12-15", "fatumata-jau"),
    ("gw.treasury_secretary_of_state", "2025-12-15", "mamadu-balde-gw"),
    ("gw.budget_secretary_of_state", "2025-12-15", "elisio-gomes-sa"),
    ("pe.women_minister", "2025-05-01", "fanny-montellanos"),
    ("pe.women_minister", "2025-09-15", "ana-pena-cardoza"),
    ("pe.women_minister", "2025-11-01", "sandra-gutierrez-cuba"),
    ("pe.social_inclusion_minister", "2025-09-15", "fanny-montellanos"),
    ("pe.social_inclusion_minister", "2025-11-01", "lesly-shica"),
    ("hn.vice_foreign_minister", "2026-03-01", "evelyn-bautista-guevara"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("tg.commerce_delegate_minister", "2025-10-01", "kossi-tenou"),
    ("gw.public_order_secretary_of_state", "2025-11-20", "salvador-soares-gw"),
    ("pe.women_minister", "2025-09-15", "fanny-montellanos"),
    ("pe.women_minister", "2025-11-01", "ana-pena-cardoza"),
    ("pe.social_inclusion_minister", "2025-11-01", "fanny-montellanos"),
    ("pe.social_inclusion_minister", "2025-07-01", "fanny-montellanos"),
    ("hn.vice_foreign_minister", "2026-01-20", "evelyn-bautista-guevara"),
])
def test_not_holders_outside_terms(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
