"""Bolivian, Chilean, Costa Rican, Salvadoran, Paraguayan, Uruguayan and Peruvian office holders
added from dated reports (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Bolivia: vice presidents
    ("bo.vice_president", "2023-06-01", "david-choquehuanca"),
    ("bo.vice_president", "2025-12-01", "edmand-lara"),
    # Bolivia: Paz cabinet
    ("bo.presidency_minister", "2025-12-01", "jose-luis-lupo"),
    ("bo.government_minister", "2025-11-15", "marco-antonio-oviedo"),
    ("bo.planning_minister", "2026-01-15", "fernando-romero-pinto"),
    ("bo.hydrocarbons_minister", "2026-02-01", "mauricio-medinaceli"),
    ("bo.justice_minister", "2025-11-15", "freddy-vidovic"),
    ("bo.labour_minister", "2025-11-09", "edgar-morales-mamani"),
    ("bo.foreign_minister", "2010-06-01", "david-choquehuanca"),
    # Bolivia: former presidents
    ("bo.president", "2010-06-01", "evo-morales"),
    ("bo.president", "2020-03-01", "jeanine-anez"),
    ("bo.president", "2005-10-01", "eduardo-rodriguez-veltze"),
    ("bo.president", "2004-06-01", "carlos-mesa"),
    ("bo.president", "2003-01-01", "gonzalo-sanchez-de-lozada"),
    ("bo.president", "1995-01-01", "gonzalo-sanchez-de-lozada"),
    ("bo.president", "2002-01-01", "jorge-quiroga"),
    ("bo.president", "1999-01-01", "hugo-banzer"),
    ("bo.president", "1975-01-01", "hugo-banzer"),
    ("bo.president", "1991-01-01", "jaime-paz-zamora"),
    # Chile: Boric's ministers and Kast's labour minister
    ("cl.interior_minister", "2022-06-01", "izkia-siches"),
    ("cl.interior_minister", "2023-06-01", "carolina-toha"),
    ("cl.defence_minister", "2023-06-01", "maya-fernandez"),
    ("cl.defence_minister", "2025-06-01", "adriana-delpiano"),
    ("cl.labour_minister", "2023-06-01", "jeannette-jara"),
    ("cl.labour_minister", "2025-06-01", "giorgio-boccardo"),
    ("cl.labour_minister", "2026-03-11", "tomas-rau"),
    # Chile: former presidents
    ("cl.president", "2020-01-01", "sebastian-pinera"),
    ("cl.president", "2012-01-01", "sebastian-pinera"),
    ("cl.president", "2016-01-01", "michelle-bachelet"),
    ("cl.president", "2008-01-01", "michelle-bachelet"),
    ("cl.president", "2003-01-01", "ricardo-lagos"),
    ("cl.president", "1997-01-01", "eduardo-frei-ruiz-tagle"),
    ("cl.president", "1992-01-01", "patricio-aylwin"),
    ("cl.president", "1980-01-01", "augusto-pinochet"),
    ("cl.president", "1972-01-01", "salvador-allende"),
    # Costa Rica
    ("cr.first_vice_president", "2024-01-01", "stephan-brunner"),
    ("cr.second_vice_president", "2024-01-01", "mary-munive"),
    ("cr.second_vice_president", "2026-01-15", "mary-munive"),
    # El Salvador, Paraguay, Uruguay
    ("sv.vice_president", "2022-01-01", "felix-ulloa"),
    ("sv.vice_president", "2025-06-01", "felix-ulloa"),
    ("py.vice_president", "2024-06-01", "pedro-alliana"),
    ("uy.vice_president", "2025-06-01", "carolina-cosse"),
    # Peru
    ("pe.president", "2022-01-01", "pedro-castillo"),
    ("pe.president", "2023-06-01", "dina-boluarte"),
    ("pe.first_vice_president", "2022-01-01", "dina-boluarte"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("bo.vice_president", "2025-12-01", "david-choquehuanca"),
    ("bo.justice_minister", "2025-12-01", "freddy-vidovic"),
    ("bo.president", "2020-03-01", "evo-morales"),
    ("bo.president", "2005-10-01", "carlos-mesa"),
    ("bo.president", "2001-09-01", "hugo-banzer"),
    ("bo.foreign_minister", "2018-01-01", "david-choquehuanca"),
    ("cl.interior_minister", "2023-06-01", "izkia-siches"),
    ("cl.interior_minister", "2025-06-01", "carolina-toha"),
    ("cl.defence_minister", "2025-06-01", "maya-fernandez"),
    ("cl.defence_minister", "2026-04-01", "adriana-delpiano"),
    ("cl.labour_minister", "2025-06-01", "jeannette-jara"),
    ("cl.labour_minister", "2026-04-01", "giorgio-boccardo"),
    ("cl.president", "1990-06-01", "augusto-pinochet"),
    ("cl.president", "2015-01-01", "sebastian-pinera"),
    ("cr.first_vice_president", "2025-09-01", "stephan-brunner"),
    ("pe.president", "2023-06-01", "pedro-castillo"),
    ("pe.first_vice_president", "2023-06-01", "dina-boluarte"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Bolivian Vice President", "2025-12-01", "edmand-lara"),
    ("Bolivian Vice President", "2023-06-01", "david-choquehuanca"),
    ("Bolivian Hydrocarbons Minister", "2026-02-01", "mauricio-medinaceli"),
    ("Bolivian Minister of the Presidency", "2025-12-01", "jose-luis-lupo"),
    ("Chilean Labour Minister", "2023-06-01", "jeannette-jara"),
    ("Chilean Interior Minister", "2023-06-01", "carolina-toha"),
    ("Chilean Defense Minister", "2025-06-01", "adriana-delpiano"),
    ("Salvadoran Vice President", "2022-01-01", "felix-ulloa"),
    ("Paraguayan Vice President", "2024-06-01", "pedro-alliana"),
    ("Uruguayan Vice President", "2025-06-01", "carolina-cosse"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
