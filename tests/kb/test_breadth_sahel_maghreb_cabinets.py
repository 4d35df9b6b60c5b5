"""Nigerien, Burkinabe, Malian, Algerian and Moroccan cabinet members, speakers and their
predecessors (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Niger
    ("ne.interior_minister", "2024-06-01", "mohamed-toumba"),
    ("ne.interior_minister", "2026-01-28", "mohamed-toumba"),
    ("ne.justice_minister", "2023-08-10", "alio-daouda"),
    ("ne.commerce_minister", "2025-04-18", "abdoulaye-seydou"),
    ("ne.finance_minister", "2025-06-01", "ali-lamine-zeine"),
    ("ne.finance_minister", "2026-01-27", "mamane-laouali-abdou-rafa"),
    ("ne.prime_minister", "2026-01-27", "ali-lamine-zeine"),
    ("ne.foreign_minister", "2026-01-27", "bakary-yaou-sangare"),
    ("ne.defence_minister", "2026-01-27", "salifou-mody"),
    # Burkina Faso
    ("bf.territorial_administration_minister", "2023-08-01", "emile-zerbo"),
    ("bf.territorial_administration_minister", "2026-01-12", "emile-zerbo"),
    ("bf.security_minister", "2024-01-15", "emile-zerbo"),
    ("bf.security_minister", "2025-06-01", "mahamadou-sana"),
    ("bf.justice_minister", "2024-06-01", "edasso-rodrigue-bayala"),
    ("bf.justice_minister", "2026-01-12", "edasso-rodrigue-bayala"),
    ("bf.commerce_minister", "2023-06-01", "serge-gnaniodem-poda"),
    ("bf.commerce_minister", "2025-10-26", "serge-gnaniodem-poda"),
    ("bf.alt_president", "2022-11-11", "ousmane-bougouma"),
    ("bf.defence_minister", "2026-01-12", "celestin-simpore"),
    ("bf.prime_minister", "2026-01-12", "rimtalba-jean-emmanuel-ouedraogo"),
    # Mali
    ("ml.territorial_administration_minister", "2023-06-01", "abdoulaye-maiga"),
    ("ml.territorial_administration_minister", "2025-06-01", "abdoulaye-maiga"),
    ("ml.territorial_administration_minister", "2026-02-13", "issa-ousmane-coulibaly"),
    ("ml.security_minister", "2023-06-01", "daoud-aly-mohammedine"),
    ("ml.security_minister", "2026-02-13", "daoud-aly-mohammedine"),
    ("ml.justice_minister", "2023-06-01", "mamoudou-kassogue"),
    ("ml.justice_minister", "2026-02-13", "mamoudou-kassogue"),
    ("ml.commerce_minister", "2024-06-01", "moussa-alassane-diallo"),
    ("ml.reconciliation_minister", "2023-06-01", "ismael-wague"),
    ("ml.reconciliation_minister", "2026-02-13", "ismael-wague"),
    ("ml.cnt_president", "2021-06-01", "malick-diaw"),
    # Algeria
    ("dz.council_of_nation_president", "2023-06-01", "salah-goudjil"),
    ("dz.council_of_nation_president", "2025-06-01", "azzouz-nasri"),
    ("dz.trade_minister", "2022-06-01", "kamel-rezig"),
    ("dz.trade_minister", "2024-06-01", "tayeb-zitouni"),
    ("dz.trade_minister", "2025-02-01", "mohamed-boukhari"),
    ("dz.trade_minister", "2025-06-01", "kamel-rezig"),
    ("dz.internal_trade_minister", "2025-02-01", "tayeb-zitouni"),
    ("dz.internal_trade_minister", "2025-09-15", "amel-abdellatif"),
    ("dz.justice_minister", "2025-06-01", "lotfi-boudjemaa"),
    ("dz.hydrocarbons_minister", "2025-09-15", "mohamed-arkab"),
    ("dz.energy_minister", "2025-09-15", "mourad-adjal"),
    ("dz.foreign_minister", "2025-09-15", "ahmed-attaf"),
    ("dz.finance_minister", "2025-09-15", "abdelkrim-bouzred"),
    # Morocco
    ("ma.justice_minister", "2023-06-01", "abdellatif-ouahbi"),
    ("ma.justice_minister", "2024-10-23", "abdellatif-ouahbi"),
    ("ma.industry_trade_minister", "2023-06-01", "ryad-mezzour"),
    ("ma.industry_trade_minister", "2024-10-23", "ryad-mezzour"),
    ("ma.councillors_president", "2023-06-01", "enaam-mayara"),
    ("ma.councillors_president", "2024-10-12", "mohamed-ould-errachid"),
    ("ma.head_of_government", "2024-10-23", "aziz-akhannouch"),
    ("ma.interior_minister", "2024-10-23", "abdelouafi-laftit"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ne.finance_minister", "2026-02-01", "ali-lamine-zeine"),
    ("bf.security_minister", "2025-06-01", "emile-zerbo"),
    ("ml.territorial_administration_minister", "2026-02-13", "abdoulaye-maiga"),
    ("dz.council_of_nation_president", "2025-06-01", "salah-goudjil"),
    ("dz.trade_minister", "2023-06-01", "kamel-rezig"),
    ("dz.trade_minister", "2025-02-01", "tayeb-zitouni"),
    ("dz.trade_minister", "2025-06-01", "mohamed-boukhari"),
    ("dz.internal_trade_minister", "2025-10-01", "tayeb-zitouni"),
    ("ma.councillors_president", "2025-01-15", "enaam-mayara"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Nigerien Interior Minister", "2025-06-01", "mohamed-toumba"),
    ("Nigerien Justice Minister", "2024-06-01", "alio-daouda"),
    ("Burkinabe Security Minister", "2025-06-01", "mahamadou-sana"),
    ("Burkinabe Justice Minister", "2025-06-01", "edasso-rodrigue-bayala"),
    ("Malian Security Minister", "2025-06-01", "daoud-aly-mohammedine"),
    ("Malian Justice Minister", "2025-06-01", "mamoudou-kassogue"),
    ("Algerian Justice Minister", "2025-06-01", "lotfi-boudjemaa"),
    ("Algerian Trade Minister", "2025-06-01", "kamel-rezig"),
    ("Moroccan Justice Minister", "2024-06-01", "abdellatif-ouahbi"),
    ("Moroccan Trade Minister", "2024-06-01", "ryad-mezzour"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
