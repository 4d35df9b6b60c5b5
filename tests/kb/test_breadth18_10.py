"""Cabinet offices of Azerbaijan, Armenia, Georgia, Uzbekistan, Latvia, Estonia and Cyprus added or
extended in batch kb18-10 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Azerbaijan
    ("az.justice_minister", "2023-06-01", "fikrat-mammadov"),
    ("az.justice_minister", "2024-03-01", "farid-ahmadov"),
    ("az.justice_minister", "2025-06-01", "farid-ahmadov"),
    ("az.defence_industry_minister", "2023-01-10", "madat-guliyev"),
    ("az.defence_industry_minister", "2024-01-18", "vugar-mustafayev"),
    ("az.defence_industry_minister", "2025-12-17", "vugar-mustafayev"),
    ("az.youth_sports_minister", "2025-09-02", "farid-gayibov"),
    ("az.emergency_minister", "2025-07-09", "kamaladdin-heydarov"),
    ("az.economy_minister", "2025-09-22", "mikayil-jabbarov"),
    ("az.culture_minister", "2025-11-13", "adil-karimli"),
    # Armenia
    ("am.deputy_prime_minister", "2022-12-19", "mher-grigoryan"),
    ("am.deputy_prime_minister", "2024-02-13", "mher-grigoryan"),
    ("am.deputy_prime_minister", "2024-02-13", "tigran-khachatryan"),
    ("am.high_tech_minister", "2024-04-16", "mkhitar-hayrapetyan"),
    ("am.health_minister", "2021-03-01", "anahit-avanesyan"),
    ("am.education_minister", "2025-06-01", "zhanna-andreasyan"),
    ("am.finance_minister", "2025-12-03", "vahe-hovhannisyan"),
    # Georgia
    ("ge.first_deputy_prime_minister", "2024-02-09", "levan-davitashvili"),
    ("ge.justice_minister", "2024-06-01", "rati-bregadze"),
    ("ge.justice_minister", "2025-01-15", "anri-okhanashvili"),
    ("ge.education_minister", "2024-06-01", "giorgi-amilakhvari"),
    ("ge.education_minister", "2024-12-01", "aleksandre-tsuladze"),
    ("ge.reconciliation_minister", "2024-06-01", "tea-akhvlediani"),
    ("ge.infrastructure_minister", "2024-06-01", "irakli-karseladze"),
    # Uzbekistan
    ("uz.higher_education_minister", "2024-08-01", "kongratbay-sharipov"),
    ("uz.digital_technologies_minister", "2024-06-01", "sherzod-shermatov"),
    ("uz.agriculture_minister", "2024-06-07", "ibrokhim-abdurakhmonov"),
    # Latvia
    ("lv.foreign_minister", "2024-04-26", "baiba-braze"),
    ("lv.defence_minister", "2025-05-01", "andris-spruds"),
    # Estonia
    ("ee.foreign_minister", "2025-03-25", "margus-tsahkna"),
    ("ee.justice_minister", "2025-03-25", "liisa-pakosta"),
    ("ee.economy_minister", "2025-03-25", "erkki-keldo"),
    ("ee.culture_minister", "2025-03-25", "heidy-purga"),
    # Cyprus
    ("cy.deputy_tourism_minister", "2025-11-21", "costas-koumis"),
    ("cy.deputy_culture_minister", "2023-05-01", "michalis-hadjiyiannis"),
    ("cy.deputy_culture_minister", "2023-07-14", "vasiliki-kassianidou"),
    ("cy.transport_minister", "2023-12-28", "alexis-vafeades"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("az.justice_minister", "2024-03-01", "fikrat-mammadov"),
    ("az.defence_industry_minister", "2024-01-18", "madat-guliyev"),
    ("ge.justice_minister", "2025-01-15", "rati-bregadze"),
    ("ge.education_minister", "2024-12-01", "giorgi-amilakhvari"),
    ("lv.defence_minister", "2026-06-05", "andris-spruds"),
    ("cy.deputy_culture_minister", "2023-08-01", "michalis-hadjiyiannis"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Azerbaijani Justice Minister", "2025-01-15", "farid-ahmadov"),
    ("Azerbaijani Defence Industry Minister", "2025-06-01", "vugar-mustafayev"),
    ("Azerbaijani Emergency Situations Minister", "2025-06-01", "kamaladdin-heydarov"),
    ("Armenian High-Tech Industry Minister", "2024-04-16", "mkhitar-hayrapetyan"),
    ("Uzbek Higher Education Minister", "2024-05-01", "kongratbay-sharipov"),
    ("Cypriot Deputy Tourism Minister", "2025-01-15", "costas-koumis"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
