"""European Commission portfolios of the two von der Leyen Commissions, 2024-2026 (issue #11), resolve
on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("eu.commissioner_industrial_strategy", "2024-03-01", "thierry-breton"),
    ("eu.commissioner_industrial_strategy", "2024-10-15", "margrethe-vestager"),
    ("eu.commissioner_industrial_strategy", "2025-01-15", "stephane-sejourne"),
    ("eu.commissioner_tech_sovereignty", "2025-01-15", "henna-virkkunen"),
    ("eu.commissioner_social_rights", "2024-03-01", "nicolas-schmit"),
    ("eu.commissioner_social_rights", "2025-01-15", "roxana-minzatu"),
    ("eu.commissioner_cohesion", "2024-03-01", "elisa-ferreira"),
    ("eu.commissioner_cohesion", "2025-01-15", "raffaele-fitto"),
    ("eu.commissioner_crisis_management", "2024-03-01", "janez-lenarcic"),
    ("eu.commissioner_crisis_management", "2025-01-15", "hadja-lahbib"),
    ("eu.commissioner_equality", "2024-03-01", "helena-dalli"),
    ("eu.commissioner_equality", "2025-01-15", "hadja-lahbib"),
    ("eu.commissioner_research_innovation", "2024-03-01", "iliana-ivanova"),
    ("eu.commissioner_research_innovation", "2025-01-15", "ekaterina-zaharieva"),
    ("eu.culture_youth_commissioner", "2024-03-01", "iliana-ivanova"),
    ("eu.culture_youth_commissioner", "2025-01-15", "glenn-micallef"),
    ("eu.commissioner_democracy_demography", "2024-03-01", "dubravka-suica"),
    ("eu.commissioner_mediterranean", "2025-01-15", "dubravka-suica"),
    ("eu.commissioner_fisheries", "2024-03-01", "virginijus-sinkevicius"),
    ("eu.commissioner_fisheries", "2024-09-01", "maros-sefcovic"),
    ("eu.commissioner_fisheries", "2025-01-15", "costas-kadis"),
    ("eu.environment_commissioner", "2024-03-01", "virginijus-sinkevicius"),
    ("eu.environment_commissioner", "2024-09-01", "maros-sefcovic"),
    ("eu.environment_commissioner", "2025-01-15", "jessika-roswall"),
    ("eu.commissioner_international_partnerships", "2024-03-01", "jutta-urpilainen"),
    ("eu.commissioner_international_partnerships", "2025-01-15", "jozef-sikela"),
    ("eu.commissioner_transport", "2024-03-01", "adina-valean"),
    ("eu.commissioner_transport", "2024-09-01", "wopke-hoekstra"),
    ("eu.commissioner_transport", "2025-01-15", "apostolos-tzitzikostas"),
    ("eu.commissioner_health", "2024-03-01", "stella-kyriakides"),
    ("eu.commissioner_health", "2025-01-15", "oliver-varhelyi"),
    ("eu.commissioner_justice", "2024-03-01", "didier-reynders"),
    ("eu.commissioner_justice", "2025-01-15", "michael-mcgrath"),
    ("eu.commissioner_values_transparency", "2024-03-01", "vera-jourova"),
    ("eu.commissioner_european_way_of_life", "2024-03-01", "margaritis-schinas"),
    ("eu.agriculture_commissioner", "2024-03-01", "janusz-wojciechowski"),
    ("eu.agriculture_commissioner", "2025-01-15", "christophe-hansen"),
    ("eu.energy_commissioner", "2024-03-01", "kadri-simson"),
    ("eu.energy_commissioner", "2025-01-15", "dan-jorgensen"),
    ("eu.home_affairs_commissioner", "2024-03-01", "ylva-johansson"),
    ("eu.home_affairs_commissioner", "2025-01-15", "magnus-brunner"),
    ("eu.budget_commissioner", "2024-03-01", "johannes-hahn"),
    ("eu.budget_commissioner", "2025-01-15", "piotr-serafin"),
    ("eu.financial_services_commissioner", "2024-03-01", "mairead-mcguinness"),
    ("eu.financial_services_commissioner", "2025-01-15", "maria-luis-albuquerque"),
    ("eu.enlargement_commissioner", "2024-03-01", "oliver-varhelyi"),
    ("eu.enlargement_commissioner", "2025-01-15", "marta-kos"),
    ("eu.trade_commissioner", "2025-02-12", "maros-sefcovic"),
    ("eu.economy_commissioner", "2025-02-12", "valdis-dombrovskis"),
    ("eu.executive_vice_president", "2024-03-01", "valdis-dombrovskis"),
    ("eu.commissioner", "2024-03-01", "ylva-johansson"),
    ("eu.commissioner", "2024-03-01", "paolo-gentiloni"),
    ("eu.commissioner", "2024-03-01", "oliver-varhelyi"),
    ("eu.commissioner", "2025-01-15", "oliver-varhelyi"),
    ("eu.commissioner", "2025-01-15", "maros-sefcovic"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("eu.commissioner_industrial_strategy", "2024-10-15", "thierry-breton"),
    ("eu.commissioner_industrial_strategy", "2025-01-15", "margrethe-vestager"),
    ("eu.commissioner_social_rights", "2025-01-15", "nicolas-schmit"),
    ("eu.commissioner_cohesion", "2025-01-15", "elisa-ferreira"),
    ("eu.commissioner_crisis_management", "2025-01-15", "janez-lenarcic"),
    ("eu.commissioner_equality", "2025-01-15", "helena-dalli"),
    ("eu.commissioner_research_innovation", "2025-01-15", "iliana-ivanova"),
    ("eu.culture_youth_commissioner", "2025-01-15", "iliana-ivanova"),
    ("eu.commissioner_democracy_demography", "2025-01-15", "dubravka-suica"),
    ("eu.commissioner_fisheries", "2024-09-01", "virginijus-sinkevicius"),
    ("eu.commissioner_fisheries", "2025-01-15", "maros-sefcovic"),
    ("eu.environment_commissioner", "2025-01-15", "maros-sefcovic"),
    ("eu.commissioner_international_partnerships", "2025-01-15", "jutta-urpilainen"),
    ("eu.commissioner_transport", "2024-09-01", "adina-valean"),
    ("eu.commissioner_transport", "2025-01-15", "wopke-hoekstra"),
    ("eu.commissioner_health", "2025-01-15", "stella-kyriakides"),
    ("eu.commissioner_justice", "2025-01-15", "didier-reynders"),
    ("eu.commissioner_values_transparency", "2025-01-15", "vera-jourova"),
    ("eu.commissioner_european_way_of_life", "2025-01-15", "margaritis-schinas"),
    ("eu.agriculture_commissioner", "2025-01-15", "janusz-wojciechowski"),
    ("eu.energy_commissioner", "2025-01-15", "kadri-simson"),
    ("eu.home_affairs_commissioner", "2025-01-15", "ylva-johansson"),
    ("eu.budget_commissioner", "2025-01-15", "johannes-hahn"),
    ("eu.financial_services_commissioner", "2025-01-15", "mairead-mcguinness"),
    ("eu.enlargement_commissioner", "2025-01-15", "oliver-varhelyi"),
    ("eu.executive_vice_president", "2025-01-15", "valdis-dombrovskis"),
    ("eu.commissioner", "2024-09-01", "virginijus-sinkevicius"),
    ("eu.commissioner", "2024-10-15", "thierry-breton"),
    ("eu.commissioner", "2025-01-15", "ylva-johansson"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("EU Health Commissioner", "2024-03-01", "stella-kyriakides"),
    ("EU Health Commissioner", "2025-01-15", "oliver-varhelyi"),
    ("EU Justice Commissioner", "2025-01-15", "michael-mcgrath"),
    ("EU Transport Commissioner", "2025-01-15", "apostolos-tzitzikostas"),
    ("EU Fisheries Commissioner", "2025-01-15", "costas-kadis"),
    ("EU Internal Market Commissioner", "2024-03-01", "thierry-breton"),
    ("EU Agriculture Commissioner", "2024-03-01", "janusz-wojciechowski"),
    ("EU Energy Commissioner", "2024-03-01", "kadri-simson"),
    ("EU Equality Commissioner", "2024-03-01", "helena-dalli"),
    ("EU Research Commissioner", "2025-01-15", "ekaterina-zaharieva"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
