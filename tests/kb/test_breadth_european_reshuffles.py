"""French, German, British and Polish office holders added in the European reshuffles batch
(issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # France: ministers before the Barnier government
    ("fr.interior_minister", "2023-06-01", "gerald-darmanin"),
    ("fr.interior_minister", "2024-09-01", "gerald-darmanin"),
    ("fr.justice_minister", "2023-06-01", "eric-dupond-moretti"),
    ("fr.agriculture_minister", "2023-06-01", "marc-fesneau"),
    ("fr.ecological_transition_minister", "2023-06-01", "christophe-bechu"),
    ("fr.labour_minister", "2023-06-01", "olivier-dussopt"),
    ("fr.labour_minister", "2024-05-01", "catherine-vautrin"),
    ("fr.education_minister", "2023-03-01", "pap-ndiaye"),
    ("fr.education_minister", "2023-10-01", "gabriel-attal"),
    ("fr.education_minister", "2024-01-20", "amelie-oudea-castera"),
    ("fr.education_minister", "2024-05-01", "nicole-belloubet"),
    ("fr.health_minister", "2023-03-01", "francois-braun"),
    ("fr.health_minister", "2023-10-01", "aurelien-rousseau"),
    ("fr.health_minister", "2024-01-01", "agnes-firmin-le-bodo"),
    ("fr.health_minister", "2024-05-01", "catherine-vautrin"),
    ("fr.national_assembly_president", "2023-06-01", "yael-braun-pivet"),
    ("fr.national_assembly_president", "2024-10-01", "yael-braun-pivet"),
    # Germany: Bundestag presidents
    ("de.bundestag_president", "2023-06-01", "baerbel-bas"),
    ("de.bundestag_president", "2025-06-01", "julia-kloeckner"),
    # United Kingdom: Commons Speaker
    ("gb.commons_speaker", "2023-06-01", "lindsay-hoyle"),
    ("gb.commons_speaker", "2024-07-10", "lindsay-hoyle"),
    # Poland: Sejm marshals, science ministers
    ("pl.sejm_marshal", "2023-06-01", "elzbieta-witek"),
    ("pl.sejm_marshal", "2024-06-01", "szymon-holownia"),
    ("pl.sejm_marshal", "2025-12-01", "wlodzimierz-czarzasty"),
    ("pl.science_minister", "2024-06-01", "dariusz-wieczorek"),
    ("pl.science_minister", "2025-02-01", "marcin-kulasek"),
    ("pl.pis_chairman", "2024-06-01", "jaroslaw-kaczynski"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("fr.interior_minister", "2024-10-01", "gerald-darmanin"),
    ("fr.justice_minister", "2024-10-01", "eric-dupond-moretti"),
    ("fr.agriculture_minister", "2024-10-01", "marc-fesneau"),
    ("fr.ecological_transition_minister", "2024-10-01", "christophe-bechu"),
    ("fr.labour_minister", "2024-05-01", "olivier-dussopt"),
    ("fr.labour_minister", "2024-10-01", "catherine-vautrin"),
    ("fr.education_minister", "2023-10-01", "pap-ndiaye"),
    ("fr.education_minister", "2024-01-20", "gabriel-attal"),
    ("fr.education_minister", "2024-05-01", "amelie-oudea-castera"),
    ("fr.education_minister", "2024-10-01", "nicole-belloubet"),
    ("fr.health_minister", "2023-10-01", "francois-braun"),
    ("fr.health_minister", "2024-01-01", "aurelien-rousseau"),
    ("fr.health_minister", "2024-05-01", "agnes-firmin-le-bodo"),
    ("fr.health_minister", "2024-10-01", "catherine-vautrin"),
    ("de.bundestag_president", "2025-06-01", "baerbel-bas"),
    ("pl.sejm_marshal", "2024-06-01", "elzbieta-witek"),
    ("pl.sejm_marshal", "2025-12-01", "szymon-holownia"),
    ("pl.science_minister", "2025-02-01", "dariusz-wieczorek"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("French Interior Minister", "2023-06-01", "gerald-darmanin"),
    ("French Justice Minister", "2023-06-01", "eric-dupond-moretti"),
    ("French Education Minister", "2024-05-01", "nicole-belloubet"),
    ("French Health Minister", "2023-10-01", "aurelien-rousseau"),
    ("French Labour Minister", "2023-06-01", "olivier-dussopt"),
    ("French National Assembly Speaker", "2024-10-01", "yael-braun-pivet"),
    ("Bundestag President", "2025-06-01", "julia-kloeckner"),
    ("Commons Speaker", "2024-10-01", "lindsay-hoyle"),
    ("Polish Science Minister", "2025-02-01", "marcin-kulasek"),
    ("Sejm Marshal", "2025-12-01", "wlodzimierz-czarzasty"),
    ("PiS leader", "2025-07-01", "jaroslaw-kaczynski"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
