"""Deputy foreign ministers of Europe, the Americas, Oceania and Africa, 2024-2026, second group
(issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("fr.francophonie_minister", "2024-11-20", "thani-mohamed-soilihi"),
    ("it.vice_foreign_minister", "2025-10-11", "edmondo-cirielli"),
    ("it.foreign_undersecretary", "2024-03-01", "maria-tripodi"),
    ("it.foreign_undersecretary", "2024-03-01", "giorgio-silli"),
    ("es.foreign_secretary_of_state", "2024-01-09", "diego-martinez-belio"),
    ("es.eu_secretary_of_state", "2024-01-09", "fernando-sampedro"),
    ("es.ibero_america_secretary_of_state", "2024-01-09", "susana-sumelzo"),
    ("es.cooperation_secretary_of_state", "2024-01-09", "eva-granados"),
    ("pl.deputy_foreign_minister", "2025-06-16", "wladyslaw-teofil-bartoszewski"),
    ("pl.deputy_foreign_minister", "2025-06-16", "andrzej-szejna"),
    ("pl.deputy_foreign_minister", "2025-06-16", "robert-kupiecki"),
    ("pl.deputy_foreign_minister", "2025-06-20", "marcin-bosacki"),
    ("gr.deputy_foreign_minister", "2024-07-24", "alexandra-papadopoulou"),
    ("gr.deputy_foreign_minister", "2025-04-01", "yiannis-loverdos"),
    ("se.foreign_state_secretary", "2025-01-15", "dag-hartelius"),
    ("pt.foreign_affairs_secretary_of_state", "2024-05-01", "nuno-sampaio"),
    ("pt.european_affairs_secretary_of_state", "2024-05-01", "ines-domingos"),
    ("ie.international_development_minister_of_state", "2025-05-27", "neale-richmond"),
    ("ca.international_development_secretary_of_state", "2025-10-28", "randeep-sarai"),
    ("au.assistant_foreign_minister", "2024-06-01", "tim-watts"),
    ("au.assistant_foreign_minister", "2025-09-01", "matt-thistlethwaite"),
    ("br.mfa_secretary_general", "2024-06-01", "maria-laura-da-rocha"),
    ("mx.foreign_undersecretary", "2025-11-28", "maria-teresa-mercado"),
    ("mx.latin_america_undersecretary", "2024-11-01", "raquel-serur"),
    ("mx.multilateral_undersecretary", "2025-04-08", "enrique-ochoa-martinez"),
    ("co.vice_foreign_minister", "2024-10-01", "jorge-rojas-co"),
    ("co.vice_foreign_minister", "2025-03-15", "daniel-avila-co"),
    ("cl.foreign_undersecretary", "2025-08-14", "gloria-de-la-fuente"),
    ("cl.foreign_undersecretary", "2026-04-01", "patricio-torres"),
    ("cu.deputy_foreign_minister", "2025-03-02", "carlos-fernandez-de-cossio"),
    ("za.deputy_foreign_minister", "2024-03-01", "candith-mashego-dlamini"),
    ("de.foreign_office_minister_of_state", "2024-03-01", "katja-keul"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("fr.francophonie_minister", "2025-03-01", "thani-mohamed-soilihi"),
    ("au.assistant_foreign_minister", "2025-09-01", "tim-watts"),
    ("co.vice_foreign_minister", "2025-03-15", "jorge-rojas-co"),
    ("co.vice_foreign_minister", "2025-06-01", "daniel-avila-co"),
    ("cl.foreign_undersecretary", "2026-04-01", "gloria-de-la-fuente"),
    ("za.deputy_foreign_minister", "2024-08-01", "candith-mashego-dlamini"),
    ("de.foreign_office_minister_of_state", "2025-06-01", "katja-keul"),
    ("pl.deputy_foreign_minister", "2025-06-01", "marcin-bosacki"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Italian Deputy Foreign Minister", "2025-06-01", "edmondo-cirielli"),
    ("Australian Assistant Foreign Minister", "2025-09-01", "matt-thistlethwaite"),
    ("Colombian Vice Foreign Minister", "2024-10-01", "jorge-rojas-co"),
    ("Chilean Deputy Foreign Minister", "2025-08-14", "gloria-de-la-fuente"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
