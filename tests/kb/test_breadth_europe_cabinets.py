"""Cabinets of Germany, France, the UK, Ukraine, Poland, Italy and Spain (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Germany: Scholz's minority government after the coalition break of 2024-11-07, then Merz
    ("de.justice_minister", "2024-06-01", "marco-buschmann"),
    ("de.justice_minister", "2024-12-01", "volker-wissing"),
    ("de.transport_minister", "2024-12-01", "volker-wissing"),
    ("de.research_minister", "2024-12-01", "cem-oezdemir"),
    ("de.agriculture_minister", "2024-12-01", "cem-oezdemir"),
    ("de.interior_minister", "2024-12-01", "nancy-faeser"),
    ("de.labour_minister", "2024-12-01", "hubertus-heil"),
    ("de.health_minister", "2024-12-01", "karl-lauterbach"),
    ("de.education_family_minister", "2023-06-01", "lisa-paus"),
    ("de.environment_minister", "2024-12-01", "steffi-lemke"),
    ("de.environment_minister", "2025-09-01", "carsten-schneider"),
    ("de.development_minister", "2025-09-01", "reem-alabali-radovan"),
    ("de.housing_minister", "2025-09-01", "verena-hubertz"),
    ("de.inspector_general", "2024-01-01", "carsten-breuer"),
    # United Kingdom: Starmer from 2024-07-05, the reshuffle of September 2025
    ("gb.health_secretary", "2025-01-01", "wes-streeting"),
    ("gb.energy_secretary", "2025-01-01", "ed-miliband"),
    ("gb.transport_secretary", "2024-09-01", "louise-haigh"),
    ("gb.transport_secretary", "2025-03-01", "heidi-alexander"),
    ("gb.chief_secretary_treasury", "2025-03-01", "darren-jones"),
    ("gb.chief_secretary_treasury", "2025-10-01", "james-murray-uk"),
    ("gb.health_secretary", "2026-06-01", "james-murray-uk"),
    ("gb.leader_of_the_commons", "2025-03-01", "lucy-powell"),
    ("gb.chief_whip", "2025-03-01", "alan-campbell"),
    ("gb.chief_of_defence_staff", "2024-01-01", "tony-radakin"),
    ("gb.chief_of_defence_staff", "2025-10-01", "richard-knighton"),
    # France: Barnier, Bayrou, Lecornu II and the February 2026 reshuffle
    ("fr.justice_minister", "2024-10-15", "didier-migaud"),
    ("fr.justice_minister", "2025-03-01", "gerald-darmanin"),
    ("fr.health_minister", "2024-10-15", "genevieve-darrieussecq"),
    ("fr.foreign_trade_minister", "2024-10-15", "sophie-primas"),
    ("fr.foreign_trade_minister", "2025-03-01", "laurent-saint-martin"),
    ("fr.foreign_trade_minister", "2025-11-01", "nicolas-forissier"),
    ("fr.europe_minister", "2025-03-01", "benjamin-haddad"),
    ("fr.armed_forces_delegate_minister", "2025-11-01", "alice-rufo"),
    ("fr.culture_minister", "2026-03-01", "catherine-pegard"),
    ("fr.public_accounts_minister", "2026-03-01", "david-amiel"),
    ("fr.chief_of_defence_staff", "2024-01-01", "thierry-burkhard"),
    ("fr.elysee_secretary_general", "2025-06-01", "emmanuel-moulin"),
    # Ukraine: Shmyhal government until 2025-07-17, then Svyrydenko
    ("ua.justice_minister", "2025-01-01", "olha-stefanishyna"),
    ("ua.culture_minister", "2025-01-01", "mykola-tochytskyi"),
    ("ua.strategic_industries_minister", "2025-01-01", "herman-smetanin"),
    ("ua.social_policy_minister", "2025-09-01", "denys-uliutin"),
    ("ua.health_minister", "2025-09-01", "viktor-liashko"),
    ("ua.interior_minister", "2025-09-01", "ihor-klymenko"),
    ("ua.veterans_minister", "2025-09-01", "nataliia-kalmykova"),
    ("ua.deputy_pm_restoration", "2025-09-01", "oleksii-kuleba"),
    ("ua.digital_minister", "2025-09-01", "mykhailo-fedorov"),
    # Poland: Tusk from 2023-12-13, the changes of May 2024 and July 2025
    ("pl.interior_minister", "2024-01-01", "marcin-kierwinski"),
    ("pl.interior_minister", "2025-01-01", "tomasz-siemoniak"),
    ("pl.culture_minister", "2025-01-01", "hanna-wroblewska"),
    ("pl.culture_minister", "2025-09-01", "marta-cienkowska"),
    ("pl.state_assets_minister", "2025-09-01", "wojciech-balczun"),
    ("pl.education_minister", "2025-01-01", "barbara-nowacka"),
    ("pl.health_minister", "2025-01-01", "izabela-leszczyna"),
    # Italy: Meloni from 2022-10-22
    ("it.culture_minister", "2024-01-01", "gennaro-sangiuliano"),
    ("it.culture_minister", "2025-01-01", "alessandro-giuli"),
    ("it.european_affairs_minister", "2024-01-01", "raffaele-fitto"),
    ("it.european_affairs_minister", "2025-01-01", "tommaso-foti"),
    ("it.university_minister", "2023-01-01", "anna-maria-bernini"),
    # Spain: the third Sánchez government from 2023-11-21
    ("es.ecological_transition_minister", "2024-06-01", "teresa-ribera"),
    ("es.ecological_transition_minister", "2025-01-01", "sara-aagesen"),
    ("es.industry_minister", "2024-06-01", "jordi-hereu"),
    ("es.health_minister", "2024-06-01", "monica-garcia"),
    ("es.digital_minister", "2024-06-01", "jose-luis-escriva"),
    # Heads of presidential offices and chiefs of defence
    ("pl.president_chancellery_head", "2025-09-01", "zbigniew-bogucki"),
    ("pl.chief_of_general_staff", "2024-06-01", "wieslaw-kukula"),
    ("it.chief_of_defence_staff", "2025-01-01", "luciano-portolano"),
    ("es.chief_of_defence_staff", "2022-01-01", "teodoro-lopez-calderon"),
    ("ua.justice_minister", "2025-12-01", "liudmyla-suhak"),
    ("ua.environment_minister", "2025-01-01", "svitlana-hrynchuk"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("de.justice_minister", "2024-12-01", "marco-buschmann"),        # dismissed 2024-11-07
    ("de.research_minister", "2024-12-01", "bettina-stark-watzinger"),  # dismissed 2024-11-07
    ("de.interior_minister", "2025-09-01", "nancy-faeser"),          # Merz cabinet from 2025-05-06
    ("gb.transport_secretary", "2025-03-01", "louise-haigh"),        # resigned 2024-11-29
    ("gb.leader_of_the_commons", "2025-10-01", "lucy-powell"),       # left in the reshuffle of 2025-09-05
    ("gb.health_secretary", "2026-06-01", "wes-streeting"),          # resigned 2026-05-14
    ("gb.chief_of_defence_staff", "2025-10-01", "tony-radakin"),     # handed over 2025-09-02
    ("fr.justice_minister", "2025-03-01", "didier-migaud"),          # Bayrou government from 2024-12-23
    ("fr.culture_minister", "2026-03-01", "rachida-dati"),           # left 2026-02-26
    ("fr.public_accounts_minister", "2026-03-01", "amelie-de-montchalin"),
    ("ua.justice_minister", "2025-09-01", "olha-stefanishyna"),      # Svyrydenko government from 2025-07-17
    ("ua.digital_minister", "2026-02-01", "mykhailo-fedorov"),       # defence minister from 2026-01-14
    ("pl.interior_minister", "2025-09-01", "tomasz-siemoniak"),      # reshuffle of 2025-07-24
    ("pl.agriculture_minister", "2025-09-01", "czeslaw-siekierski"),
    ("it.culture_minister", "2025-01-01", "gennaro-sangiuliano"),    # resigned 2024-09-06
    ("it.chief_of_defence_staff", "2025-01-01", "giuseppe-cavo-dragone"),  # handed over 2024-10-04
    ("es.ecological_transition_minister", "2025-01-01", "teresa-ribera"),  # European Commission
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("person", [
    "claudia-roth", "svenja-schulze", "carsten-schneider", "anne-spiegel",  # Germany
    "heidi-alexander", "jo-stevens", "lucy-powell", "james-murray-uk",      # UK
    "laurent-saint-martin", "benjamin-haddad", "emmanuel-moulin", "alexis-kohler",  # France
    "oleksii-kuleba", "krzysztof-hetman",                                   # Ukraine, Poland
    "monica-garcia", "isabel-rodriguez", "ana-redondo", "angel-victor-torres",  # Spain
    "alessandra-locatelli",                                                 # Italy
])
def test_common_or_shared_family_names_are_left_out(kb, person):
    """A bare 'Schneider', 'Powell', 'Kuleba' or 'Rodríguez' keeps its better-known referent."""
    assert kb.persons[person].family is None
