"""UK junior ministers, the second von der Leyen Commission's remaining members and portfolio
offices, Spanish and Belgian cabinet changes and NATO's secretary general (issue #11) resolve on
known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United Kingdom: ministers of state and under-secretaries quoted in foreign news
    ("gb.minister_for_middle_east", "2025-06-01", "hamish-falconer"),
    ("gb.minister_for_middle_east", "2026-01-05", "hamish-falconer"),
    ("gb.development_minister", "2025-03-01", "jenny-chapman"),
    ("gb.development_minister", "2025-11-04", "jenny-chapman"),
    ("gb.security_minister", "2024-07-06", "dan-jarvis"),
    ("gb.security_minister", "2025-11-24", "dan-jarvis"),
    ("gb.armed_forces_minister", "2025-01-15", "luke-pollard"),
    ("gb.armed_forces_minister", "2025-10-01", "al-carns"),
    ("gb.veterans_minister", "2025-01-15", "al-carns"),
    # European Commission 2024-2029
    ("eu.defence_commissioner", "2025-09-29", "andrius-kubilius"),
    ("eu.enlargement_commissioner", "2025-01-14", "marta-kos"),
    ("eu.climate_commissioner", "2024-06-01", "wopke-hoekstra"),
    ("eu.climate_commissioner", "2024-12-01", "wopke-hoekstra"),
    ("eu.environment_commissioner", "2024-12-01", "jessika-roswall"),
    ("eu.financial_services_commissioner", "2024-12-02", "maria-luis-albuquerque"),
    ("eu.culture_youth_commissioner", "2024-12-17", "glenn-micallef"),
    ("eu.agriculture_commissioner", "2024-12-01", "christophe-hansen"),
    ("eu.budget_commissioner", "2024-12-01", "piotr-serafin"),
    ("eu.home_affairs_commissioner", "2024-12-01", "magnus-brunner"),
    ("eu.energy_commissioner", "2024-12-01", "dan-jorgensen"),
    ("eu.commissioner", "2025-01-14", "marta-kos"),
    ("eu.commissioner", "2025-09-29", "andrius-kubilius"),
    ("eu.commissioner", "2024-12-01", "piotr-serafin"),
    # Spain
    ("es.digital_minister", "2024-09-06", "oscar-lopez"),
    ("es.digital_minister", "2024-09-05", "jose-luis-escriva"),
    ("es.education_minister", "2025-06-01", "pilar-alegria"),
    ("es.education_minister", "2025-12-23", "milagros-tolon"),
    ("es.government_spokesperson", "2025-06-01", "pilar-alegria"),
    ("es.government_spokesperson", "2025-12-23", "elma-saiz"),
    # Belgium
    ("be.asylum_migration_minister", "2025-02-03", "anneleen-van-bossuyt"),
    ("be.asylum_migration_minister", "2026-03-12", "anneleen-van-bossuyt"),
    # NATO
    ("intl.nato_secretary_general", "2026-02-26", "mark-rutte"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.armed_forces_minister", "2025-10-01", "luke-pollard"),
    ("gb.veterans_minister", "2025-10-01", "al-carns"),
    ("gb.development_minister", "2025-01-15", "jenny-chapman"),
    ("es.digital_minister", "2024-10-01", "jose-luis-escriva"),
    ("es.education_minister", "2026-01-15", "pilar-alegria"),
    ("es.government_spokesperson", "2026-01-15", "pilar-alegria"),
    ("eu.defence_commissioner", "2024-11-15", "andrius-kubilius"),
    ("eu.enlargement_commissioner", "2024-11-15", "marta-kos"),
])
def test_holders_not_in_office_on_other_days(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("EU Defence Commissioner", "2025-06-01", "andrius-kubilius"),
    ("EU Enlargement Commissioner", "2025-06-01", "marta-kos"),
    ("EU Climate Commissioner", "2025-06-01", "wopke-hoekstra"),
    ("EU Agriculture Commissioner", "2025-06-01", "christophe-hansen"),
    ("EU Migration Commissioner", "2025-06-01", "magnus-brunner"),
    ("UK Middle East Minister", "2025-06-01", "hamish-falconer"),
    ("UK Security Minister", "2025-06-01", "dan-jarvis"),
    ("UK Armed Forces Minister", "2025-10-01", "al-carns"),
    ("Belgian Migration Minister", "2025-06-01", "anneleen-van-bossuyt"),
    ("Spanish Education Minister", "2026-01-15", "milagros-tolon"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
