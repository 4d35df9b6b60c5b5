"""Heads of the judiciary in the Americas and Europe, 2020-2026 (issue #11, batch 30-5), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("mx.supreme_court_president", "2021-06-01", "arturo-zaldivar"),
    ("mx.supreme_court_president", "2024-06-01", "norma-pina"),
    ("mx.supreme_court_president", "2025-09-02", "hugo-aguilar-ortiz"),
    ("br.stf_president", "2020-01-01", "dias-toffoli"),
    ("br.stf_president", "2021-06-01", "luiz-fux"),
    ("br.stf_president", "2023-01-01", "rosa-weber"),
    ("ar.supreme_court_president", "2020-06-01", "carlos-rosenkrantz"),
    ("gb.supreme_court_president", "2022-06-01", "robert-reed-uk"),
    ("gb.lord_chief_justice", "2022-06-01", "ian-burnett"),
    ("gb.lord_chief_justice", "2024-06-01", "sue-carr"),
    ("ie.chief_justice", "2020-06-01", "frank-clarke-ie"),
    ("ie.chief_justice", "2023-06-01", "donal-odonnell"),
    ("ca.chief_justice", "2022-06-01", "richard-wagner-ca"),
    ("us.chief_justice", "2022-06-01", "john-roberts-us"),
    ("es.constitutional_court_president", "2022-06-01", "pedro-gonzalez-trevijano"),
    ("es.constitutional_court_president", "2024-06-01", "candido-conde-pumpido"),
    ("pl.supreme_court_first_president", "2023-06-01", "malgorzata-manowska"),
    ("cz.constitutional_court_president", "2021-06-01", "pavel-rychetsky"),
    ("cz.constitutional_court_president", "2024-06-01", "josef-baxa"),
    ("it.constitutional_court_president", "2022-06-01", "giuliano-amato"),
    ("it.constitutional_court_president", "2023-06-01", "silvana-sciarra"),
    ("it.constitutional_court_president", "2024-06-01", "augusto-barbera"),
    ("it.constitutional_court_president", "2025-06-01", "giovanni-amoroso"),
    ("ve.supreme_court_president", "2016-06-01", "gladys-gutierrez-ve"),
    ("ve.supreme_court_president", "2021-06-01", "maikel-moreno"),
    ("ve.supreme_court_president", "2023-06-01", "gladys-gutierrez-ve"),
    ("ve.supreme_court_president", "2024-08-01", "caryslia-rodriguez"),
    ("pe.judiciary_president", "2022-06-01", "elvia-barrios"),
    ("pe.judiciary_president", "2024-06-01", "javier-arevalo-vela"),
    ("pe.judiciary_president", "2025-06-01", "janet-tello"),
    ("fr.cassation_first_president", "2023-06-01", "christophe-soulard"),
    ("ru.constitutional_court_chairman", "2021-06-01", "valery-zorkin"),
    ("de.constitutional_court_president", "2020-06-01", "andreas-vosskuhle"),
    ("de.constitutional_court_president", "2020-07-01", "stephan-harbarth"),
    ("cl.supreme_court_president", "2023-06-01", "juan-eduardo-fuentes"),
    ("cl.supreme_court_president", "2025-06-01", "ricardo-blanco-cl"),
    ("cl.supreme_court_president", "2026-02-01", "gloria-ana-chevesich"),
    ("nl.supreme_court_president", "2021-06-01", "dineke-de-groot"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("mx.supreme_court_president", "2023-01-03", "arturo-zaldivar"),
    ("mx.supreme_court_president", "2025-09-02", "norma-pina"),
    ("br.stf_president", "2020-09-11", "dias-toffoli"),
    ("br.stf_president", "2022-09-13", "luiz-fux"),
    ("br.stf_president", "2023-10-15", "rosa-weber"),
    ("ar.supreme_court_president", "2021-10-02", "carlos-rosenkrantz"),
    ("gb.lord_chief_justice", "2023-10-02", "ian-burnett"),
    ("ie.chief_justice", "2021-10-12", "frank-clarke-ie"),
    ("es.constitutional_court_president", "2023-01-12", "pedro-gonzalez-trevijano"),
    ("cz.constitutional_court_president", "2023-08-09", "pavel-rychetsky"),
    ("it.constitutional_court_president", "2022-09-21", "giuliano-amato"),
    ("it.constitutional_court_president", "2023-12-13", "silvana-sciarra"),
    ("it.constitutional_court_president", "2025-01-22", "augusto-barbera"),
    ("ve.supreme_court_president", "2022-04-28", "maikel-moreno"),
    ("ve.supreme_court_president", "2024-01-18", "gladys-gutierrez-ve"),
    ("pe.judiciary_president", "2023-06-01", "elvia-barrios"),
    ("pe.judiciary_president", "2025-01-03", "javier-arevalo-vela"),
    ("de.constitutional_court_president", "2020-06-23", "andreas-vosskuhle"),
    ("cl.supreme_court_president", "2024-01-09", "juan-eduardo-fuentes"),
    ("cl.supreme_court_president", "2026-01-07", "ricardo-blanco-cl"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Lady Chief Justice", "2024-06-01", "sue-carr"),
    ("Chief Justice of Canada", "2024-06-01", "richard-wagner-ca"),
    ("Chief Justice of the United States", "2024-06-01", "john-roberts-us"),
    ("Chief Justice of Ireland", "2024-06-01", "donal-odonnell"),
    ("First President of the Cour de cassation", "2024-06-01", "christophe-soulard"),
    ("President of Italy's Constitutional Court", "2025-06-01", "giovanni-amoroso"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
