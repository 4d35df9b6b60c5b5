"""Junior ministers of Italy, Germany, France and Poland, batch 26-13 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("it.interior_undersecretary", "2024-06-01", "emanuele-prisco"),
    ("it.interior_undersecretary", "2024-06-01", "wanda-ferro"),
    ("it.justice_undersecretary", "2024-06-01", "andrea-ostellari"),
    ("it.economy_undersecretary", "2024-06-01", "lucia-albano"),
    ("it.economy_undersecretary", "2024-06-01", "federico-freni"),
    ("it.economy_undersecretary", "2024-06-01", "sandra-savino"),
    ("it.enterprises_undersecretary", "2024-06-01", "fausta-bergamotto"),
    ("it.enterprises_undersecretary", "2024-06-01", "massimo-bitonci"),
    ("it.vice_minister_enterprises", "2024-06-01", "valentino-valentini"),
    ("it.environment_undersecretary", "2024-06-01", "claudio-barbaro"),
    ("it.vice_minister_environment", "2024-06-01", "vannia-gava"),
    ("it.agriculture_undersecretary", "2024-06-01", "patrizio-la-pietra"),
    ("it.agriculture_undersecretary", "2024-06-01", "luigi-deramo"),
    ("it.infrastructure_undersecretary", "2024-06-01", "tullio-ferrante"),
    ("it.labour_undersecretary", "2024-06-01", "claudio-durigon"),
    ("it.vice_minister_labour", "2024-06-01", "maria-teresa-bellucci"),
    ("it.vice_minister_justice", "2024-06-01", "francesco-paolo-sisto"),
    ("it.education_undersecretary", "2024-06-01", "paola-frassinetti"),
    ("it.culture_undersecretary", "2024-06-01", "gianmarco-mazzi"),
    ("it.culture_undersecretary", "2024-06-01", "lucia-borgonzoni"),
    ("it.health_undersecretary", "2024-06-01", "marcello-gemmato"),
    ("it.parliament_relations_undersecretary", "2024-06-01", "giuseppina-castiello"),
    ("it.parliament_relations_undersecretary", "2024-06-01", "matilde-siracusano"),
    ("it.pm_undersecretary_innovation", "2024-06-01", "alessio-butti"),
    ("it.pm_undersecretary_publishing", "2024-06-01", "alberto-barachini"),
    ("it.pm_undersecretary_economic_policy", "2024-06-01", "alessandro-morelli-it"),
    ("it.university_undersecretary", "2023-01-15", "augusta-montaruli"),
    ("it.culture_undersecretary", "2023-06-01", "vittorio-sgarbi"),
    ("de.finance_parliamentary_state_secretary", "2025-09-01", "michael-schrodi"),
    ("de.finance_parliamentary_state_secretary", "2025-09-01", "dennis-rohde"),
    ("de.economy_parliamentary_state_secretary", "2025-09-01", "stefan-rouenhoff"),
    ("de.education_family_parliamentary_state_secretary", "2025-09-01", "mareike-wulf"),
    ("de.education_family_parliamentary_state_secretary", "2025-09-01", "michael-brand-de"),
    ("de.agriculture_parliamentary_state_secretary", "2025-09-01", "silvia-breher"),
    ("de.research_parliamentary_state_secretary", "2025-09-01", "matthias-hauer"),
    ("de.defence_parliamentary_state_secretary", "2024-06-01", "siemtje-moeller"),
    ("de.defence_parliamentary_state_secretary", "2024-06-01", "thomas-hitschler"),
    ("fr.health_access_care_minister", "2025-06-01", "yannick-neuder"),
    ("fr.industry_minister", "2025-06-01", "marc-ferracci"),
    ("fr.housing_minister", "2025-06-01", "valerie-letard"),
    ("fr.smes_commerce_minister", "2025-06-01", "veronique-louwagie"),
    ("fr.labour_employment_minister", "2025-06-01", "astrid-panosyan-bouvet"),
    ("pl.defence_undersecretary_of_state", "2025-06-01", "stanislaw-wziatek"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("it.university_undersecretary", "2023-06-01", "augusta-montaruli"),
    ("it.culture_undersecretary", "2024-06-01", "vittorio-sgarbi"),
    ("de.defence_parliamentary_state_secretary", "2025-06-01", "siemtje-moeller"),
    ("de.defence_parliamentary_state_secretary", "2025-06-01", "thomas-hitschler"),
    ("fr.health_access_care_minister", "2025-11-01", "yannick-neuder"),
    ("fr.industry_minister", "2025-11-01", "marc-ferracci"),
    ("fr.housing_minister", "2025-11-01", "valerie-letard"),
    ("fr.smes_commerce_minister", "2025-11-01", "veronique-louwagie"),
    ("fr.labour_employment_minister", "2025-11-01", "astrid-panosyan-bouvet"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Italian Undersecretary for Innovation", "2025-03-01", "alessio-butti"),
    ("Italian Undersecretary for Publishing", "2025-03-01", "alberto-barachini"),
    ("CIPESS Undersecretary", "2025-03-01", "alessandro-morelli-it"),
    ("French Minister for Health and Access to Care", "2025-03-01", "yannick-neuder"),
    ("French Minister for Labour and Employment", "2025-03-01", "astrid-panosyan-bouvet"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
