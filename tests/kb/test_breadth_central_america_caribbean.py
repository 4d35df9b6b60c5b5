"""Guatemalan, Ecuadorian, Honduran, Dominican, Cuban and Haitian office holders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Guatemala: Giammattei's ministers, vice presidents, economy, Congress
    ("gt.foreign_minister", "2023-06-01", "mario-bucaro"),
    ("gt.interior_minister", "2023-06-01", "david-napoleon-barrientos"),
    ("gt.defence_minister", "2023-09-01", "henry-reyes-chigua"),
    ("gt.vice_president", "2023-06-01", "guillermo-castillo-gt"),
    ("gt.vice_president", "2025-06-01", "karin-herrera"),
    ("gt.economy_minister", "2025-06-01", "gabriela-garcia-gt"),
    ("gt.finance_minister", "2026-01-15", "jonathan-menkos"),
    ("gt.congress_president", "2023-06-01", "shirley-rivera"),
    ("gt.congress_president", "2024-01-15", "samuel-perez-alvarez"),
    ("gt.congress_president", "2025-06-01", "nery-ramos"),
    ("gt.congress_president", "2026-03-01", "luis-contreras-gt"),
    # Ecuador: Lasso and his ministers, Assembly presidents
    ("ec.president", "2023-06-01", "guillermo-lasso"),
    ("ec.foreign_minister", "2023-06-01", "gustavo-manrique"),
    ("ec.finance_minister", "2023-06-01", "pablo-arosemena"),
    ("ec.defence_minister", "2023-06-01", "luis-lara-jaramillo"),
    ("ec.interior_minister", "2023-06-01", "juan-zapata-ec"),
    ("ec.assembly_president", "2023-03-01", "virgilio-saquicela"),
    ("ec.assembly_president", "2024-06-01", "henry-kronfle"),
    ("ec.assembly_president", "2025-01-15", "viviana-veloz"),
    # Honduras: Castro-era finance and defence, Congress, central bank
    ("hn.finance_minister", "2023-06-01", "rixi-moncada"),
    ("hn.finance_minister", "2024-06-01", "marlon-ochoa"),
    ("hn.defence_minister", "2023-06-01", "jose-manuel-zelaya-defence"),
    ("hn.congress_president", "2024-06-01", "luis-redondo"),
    ("hn.bch_president", "2026-02-01", "roberto-lagos-hn"),
    # Dominican Republic: finance, Senate, Chamber of Deputies
    ("do.finance_minister", "2024-06-01", "jochi-vicente"),
    ("do.finance_minister", "2025-09-01", "magin-diaz"),
    ("do.senate_president", "2023-06-01", "eduardo-estrella-do"),
    ("do.senate_president", "2025-06-01", "ricardo-de-los-santos"),
    ("do.chamber_president", "2024-06-01", "alfredo-pacheco-do"),
    # Cuba: defence, interior, Assembly, economy and central bank before 2024
    ("cu.defence_minister", "2025-06-01", "alvaro-lopez-miera"),
    ("cu.interior_minister", "2024-06-01", "lazaro-alberto-alvarez-casas"),
    ("cu.anpp_president", "2024-06-01", "esteban-lazo"),
    ("cu.economy_minister", "2023-06-01", "alejandro-gil-fernandez"),
    ("cu.bcc_president", "2023-01-15", "martha-sabina-wilson"),
    ("cu.bcc_president", "2023-06-01", "joaquin-alonso-vazquez"),
    # Haiti: council members and Fils-Aimé's ministers
    ("ht.cpt_member", "2025-01-15", "smith-augustin"),
    ("ht.cpt_member", "2025-01-15", "louis-gerald-gilles"),
    ("ht.cpt_member", "2025-01-15", "fritz-alphonse-jean"),
    ("ht.cpt_member", "2025-01-15", "edgard-leblanc-fils"),
    ("ht.cpt_member", "2025-01-15", "laurent-saint-cyr"),
    ("ht.cpt_member", "2025-01-15", "emmanuel-vertilaire"),
    ("ht.cpt_member", "2025-01-15", "leslie-voltaire"),
    ("ht.cpt_member", "2025-01-15", "regine-abraham"),
    ("ht.cpt_member", "2025-01-15", "frinel-joseph"),
    ("ht.finance_minister", "2024-12-01", "alfred-metellus"),
    ("ht.defence_minister", "2024-12-01", "jean-michel-moise-ht"),
    ("ht.interior_minister", "2024-12-01", "paul-antoine-bien-aime"),
    ("ht.justice_minister", "2024-12-01", "patrick-pelissier"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gt.foreign_minister", "2024-06-01", "mario-bucaro"),
    ("gt.interior_minister", "2024-06-01", "david-napoleon-barrientos"),
    ("gt.defence_minister", "2024-06-01", "henry-reyes-chigua"),
    ("gt.vice_president", "2024-06-01", "guillermo-castillo-gt"),
    ("gt.congress_president", "2024-06-01", "shirley-rivera"),
    ("gt.congress_president", "2024-06-01", "samuel-perez-alvarez"),
    ("gt.congress_president", "2026-03-01", "nery-ramos"),
    ("ec.president", "2024-06-01", "guillermo-lasso"),
    ("ec.foreign_minister", "2024-06-01", "gustavo-manrique"),
    ("ec.finance_minister", "2024-06-01", "pablo-arosemena"),
    ("ec.defence_minister", "2024-06-01", "luis-lara-jaramillo"),
    ("ec.interior_minister", "2024-06-01", "juan-zapata-ec"),
    ("ec.assembly_president", "2024-06-01", "virgilio-saquicela"),
    ("ec.assembly_president", "2025-01-15", "henry-kronfle"),
    ("ec.assembly_president", "2025-06-01", "viviana-veloz"),
    ("hn.finance_minister", "2024-06-01", "rixi-moncada"),
    ("hn.finance_minister", "2025-06-01", "marlon-ochoa"),
    ("hn.defence_minister", "2024-12-01", "jose-manuel-zelaya-defence"),
    ("hn.congress_president", "2026-03-01", "luis-redondo"),
    ("do.finance_minister", "2025-09-01", "jochi-vicente"),
    ("do.senate_president", "2024-06-01", "eduardo-estrella-do"),
    ("cu.economy_minister", "2024-06-01", "alejandro-gil-fernandez"),
    ("cu.bcc_president", "2023-06-01", "martha-sabina-wilson"),
    ("cu.bcc_president", "2024-06-01", "joaquin-alonso-vazquez"),
    ("ht.cpt_member", "2026-03-01", "leslie-voltaire"),
    ("ht.cpt_member", "2026-03-01", "smith-augustin"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Guatemalan Vice President", "2025-06-01", "karin-herrera"),
    ("Guatemalan Economy Minister", "2025-06-01", "gabriela-garcia-gt"),
    ("Guatemalan Foreign Minister", "2023-06-01", "mario-bucaro"),
    ("Ecuadorian President", "2023-06-01", "guillermo-lasso"),
    ("Ecuadorian Finance Minister", "2023-06-01", "pablo-arosemena"),
    ("Honduran Finance Minister", "2024-06-01", "marlon-ochoa"),
    ("Dominican Finance Minister", "2025-09-01", "magin-diaz"),
    ("Dominican Senate President", "2025-06-01", "ricardo-de-los-santos"),
    ("Cuban Defence Minister", "2025-06-01", "alvaro-lopez-miera"),
    ("Cuban Interior Minister", "2024-06-01", "lazaro-alberto-alvarez-casas"),
    ("Haitian Finance Minister", "2024-12-01", "alfred-metellus"),
    ("Haitian Justice Minister", "2024-12-01", "patrick-pelissier"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
