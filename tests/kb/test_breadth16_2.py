"""Military chiefs of Poland, Greece, the Netherlands, Sweden, Norway, Canada, Denmark, Finland and
Romania, 2024-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("pl.chief_of_general_staff", "2025-09-10", "wieslaw-kukula"),
    ("gr.chief_of_hndgs", "2026-01-10", "dimitrios-houpis"),
    ("gr.army_chief", "2025-06-01", "georgios-kostidis"),
    ("gr.navy_chief", "2025-06-01", "dimitrios-eleftherios-kataras"),
    ("gr.air_force_chief", "2025-06-01", "dimosthenis-grigoriadis"),
    ("nl.chief_of_defence", "2025-04-15", "onno-eichelsheim"),
    ("nl.army_commander", "2023-06-01", "martin-wijnen"),
    ("nl.army_commander", "2024-06-14", "jan-swillens"),
    ("se.army_chief", "2024-06-01", "jonny-lindfors"),
    ("se.navy_chief", "2024-06-01", "ewa-skoog-haslum"),
    ("se.navy_chief", "2024-12-01", "johan-norlen"),
    ("se.air_force_chief", "2023-06-01", "jonas-wikman"),
    ("no.chief_of_defence", "2026-02-11", "eirik-kristoffersen"),
    ("ca.army_commander", "2023-06-01", "jocelyn-paul"),
    ("ca.army_commander", "2024-09-01", "michael-wright"),
    ("dk.army_chief", "2023-09-03", "gunner-arpe-nielsen"),
    ("dk.army_chief", "2024-12-11", "peter-harling-boysen"),
    ("dk.air_force_chief", "2024-12-11", "jan-dam"),
    ("fi.air_force_commander", "2024-12-13", "timo-herranen"),
    ("ro.chief_of_defence_staff", "2025-05-14", "gheorghita-vlad"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("nl.army_commander", "2024-06-14", "martin-wijnen"),
    ("se.navy_chief", "2024-12-01", "ewa-skoog-haslum"),
    ("ca.army_commander", "2024-09-01", "jocelyn-paul"),
    ("dk.army_chief", "2024-06-01", "gunner-arpe-nielsen"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Dutch Chief of Defence", "2025-04-15", "onno-eichelsheim"),
    ("Greek army chief", "2025-06-01", "georgios-kostidis"),
    ("Greek navy chief", "2025-06-01", "dimitrios-eleftherios-kataras"),
    ("Swedish navy chief", "2025-01-15", "johan-norlen"),
    ("Canadian Army commander", "2024-09-01", "michael-wright"),
    ("Danish army chief", "2024-12-11", "peter-harling-boysen"),
    ("Commander of the Finnish Air Force", "2025-01-15", "timo-herranen"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
