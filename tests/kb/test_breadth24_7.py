"""European office holders below heads of state and government, harvest 24-7 (issue #11), resolve
on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United Kingdom: the opposition front bench
    ("gb.shadow_home_secretary", "2025-01-10", "chris-philp"),
    ("gb.shadow_foreign_secretary", "2025-03-01", "priti-patel"),
    ("gb.shadow_justice_secretary", "2025-06-01", "robert-jenrick"),
    ("gb.shadow_defence_secretary", "2024-12-01", "james-cartlidge"),
    ("gb.shadow_chancellor_duchy_lancaster", "2024-12-01", "alex-burghart"),
    ("gb.shadow_work_pensions_secretary", "2024-12-01", "helen-whately"),
    ("gb.shadow_housing_secretary", "2025-03-01", "kevin-hollinrake"),
    ("gb.shadow_housing_secretary", "2025-07-23", "james-cleverly"),
    ("gb.conservative_party_chair", "2025-03-01", "nigel-huddleston"),
    ("gb.conservative_party_chair", "2025-07-23", "kevin-hollinrake"),
    ("gb.shadow_health_secretary", "2025-03-01", "ed-argar"),
    ("gb.shadow_health_secretary", "2025-07-23", "stuart-andrew"),
    ("gb.shadow_culture_secretary", "2025-03-01", "stuart-andrew"),
    ("gb.shadow_culture_secretary", "2025-07-23", "nigel-huddleston"),
    ("gb.shadow_energy_secretary", "2024-12-01", "claire-coutinho"),
    ("gb.shadow_education_secretary", "2024-12-01", "laura-trott"),
    ("gb.shadow_transport_secretary", "2025-03-01", "gareth-bacon"),
    ("gb.shadow_transport_secretary", "2025-07-23", "richard-holden"),
    ("gb.shadow_science_secretary", "2025-03-01", "alan-mak"),
    ("gb.shadow_science_secretary", "2025-07-23", "julia-lopez"),
    ("gb.opposition_chief_whip", "2026-01-15", "rebecca-harris-uk"),
    # United Kingdom: junior ministers
    ("gb.policing_minister", "2025-01-10", "diana-johnson-uk"),
    ("gb.policing_minister", "2025-09-07", "sarah-jones-uk"),
    ("gb.border_security_minister", "2025-03-25", "angela-eagle"),
    ("gb.farming_minister", "2025-09-07", "angela-eagle"),
    ("gb.migration_minister", "2025-10-15", "mike-tapp"),
    ("gb.investment_minister", "2025-09-07", "jason-stockwood"),
    ("gb.skills_minister", "2025-01-10", "jacqui-smith"),
    # Netherlands
    ("nl.state_secretary_justice", "2025-01-10", "ingrid-coenradie"),
    ("nl.state_secretary_justice", "2026-03-01", "claudia-van-bruggen"),
    ("nl.state_secretary_interior", "2025-01-10", "zsolt-szabo"),
    ("nl.state_secretary_interior", "2026-03-01", "eric-van-der-burg"),
    ("nl.state_secretary_infrastructure", "2025-01-10", "chris-jansen-nl"),
    ("nl.state_secretary_infrastructure", "2025-07-01", "thierry-aartsen"),
    ("nl.state_secretary_health", "2025-01-10", "vicky-maeijer"),
    ("nl.state_secretary_health", "2025-01-10", "vincent-karremans"),
    ("nl.state_secretary_health", "2025-07-01", "judith-tielen"),
    ("nl.state_secretary_health", "2025-07-01", "nicki-pouw-verweij"),
    ("nl.state_secretary_foreign", "2025-07-01", "hanneke-boerma"),
    ("nl.state_secretary_education", "2026-03-01", "judith-tielen"),
    ("nl.state_secretary_finance", "2026-03-01", "sandra-palmen"),
    ("nl.state_secretary_finance", "2026-03-01", "nathalie-van-berkel"),
    ("nl.state_secretary_defence", "2026-03-01", "derk-boswijk"),
    # Germany
    ("de.lower_saxony_minister_president", "2024-06-01", "stephan-weil"),
    ("de.lower_saxony_minister_president", "2025-05-21", "olaf-lies"),
    ("de.thuringia_minister_president", "2025-01-10", "mario-voigt"),
    ("de.rhineland_palatinate_minister_president", "2023-06-01", "malu-dreyer"),
    ("de.rhineland_palatinate_minister_president", "2024-07-11", "alexander-schweitzer"),
    ("de.hesse_minister_president", "2023-06-01", "boris-rhein"),
    ("de.brandenburg_minister_president", "2020-06-01", "dietmar-woidke"),
    ("de.hamburg_first_mayor", "2020-06-01", "peter-tschentscher"),
    ("de.bremen_mayor", "2020-06-01", "andreas-bovenschulte"),
    ("de.nrw_minister_president", "2022-12-01", "hendrik-wuest"),
    # Georgia, Ukraine, France, Poland, Moldova, Bosnia, Albania
    ("ge.public_defender", "2024-06-01", "levan-ioseliani"),
    ("ge.tbilisi_mayor", "2025-10-04", "kakha-kaladze"),
    ("ua.deputy_defence_minister", "2023-10-01", "yurii-dzhyhyr"),
    ("ua.deputy_defence_minister", "2023-10-01", "kateryna-chernohorenko"),
    ("fr.interior_delegate_minister", "2025-10-13", "marie-pierre-vedrenne"),
    ("fr.parliament_relations_minister", "2025-10-13", "laurent-panifous"),
    ("fr.ecological_transition_delegate_minister", "2025-10-13", "mathieu-lefevre"),
    ("pl.sejm_deputy_marshal", "2024-06-01", "krzysztof-bosak"),
    ("pl.sejm_deputy_marshal", "2024-06-01", "dorota-niedziela"),
    ("pl.sejm_deputy_marshal", "2024-06-01", "monika-wielichowska"),
    ("pl.sejm_deputy_marshal", "2024-06-01", "piotr-zgorzelski"),
    ("pl.sejm_deputy_marshal", "2024-06-01", "wlodzimierz-czarzasty"),
    ("pl.defence_secretary_of_state", "2025-08-27", "cezary-tomczyk"),
    ("pl.defence_secretary_of_state", "2025-08-27", "pawel-bejda"),
    ("md.government_secretary_general", "2025-11-15", "alexei-buzu"),
    ("ba.high_representative", "2015-06-01", "valentin-inzko"),
    ("ba.high_representative", "2021-08-02", "christian-schmidt-ohr"),
    ("al.democratic_party_chairman", "2022-06-01", "sali-berisha"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.shadow_justice_secretary", "2026-01-16", "robert-jenrick"),
    ("gb.shadow_housing_secretary", "2025-07-23", "kevin-hollinrake"),
    ("gb.conservative_party_chair", "2025-07-23", "nigel-huddleston"),
    ("gb.shadow_health_secretary", "2025-07-23", "ed-argar"),
    ("gb.shadow_culture_secretary", "2025-07-23", "stuart-andrew"),
    ("gb.shadow_transport_secretary", "2025-07-23", "gareth-bacon"),
    ("gb.shadow_science_secretary", "2025-07-23", "alan-mak"),
    ("gb.policing_minister", "2025-09-07", "diana-johnson-uk"),
    ("gb.border_security_minister", "2025-09-07", "angela-eagle"),
    ("nl.state_secretary_justice", "2025-06-04", "ingrid-coenradie"),
    ("nl.state_secretary_interior", "2025-06-04", "zsolt-szabo"),
    ("nl.state_secretary_infrastructure", "2025-06-04", "chris-jansen-nl"),
    ("nl.state_secretary_infrastructure", "2026-03-01", "thierry-aartsen"),
    ("nl.state_secretary_health", "2025-06-04", "vicky-maeijer"),
    ("nl.state_secretary_health", "2025-06-20", "vincent-karremans"),
    ("nl.state_secretary_health", "2026-03-01", "judith-tielen"),
    ("nl.state_secretary_health", "2026-03-01", "nicki-pouw-verweij"),
    ("nl.state_secretary_foreign", "2025-08-23", "hanneke-boerma"),
    ("de.lower_saxony_minister_president", "2025-05-21", "stephan-weil"),
    ("de.rhineland_palatinate_minister_president", "2024-07-11", "malu-dreyer"),
    ("fr.parliament_relations_minister", "2025-10-13", "mathieu-lefevre"),
    ("pl.sejm_deputy_marshal", "2025-11-19", "wlodzimierz-czarzasty"),
    ("ba.high_representative", "2021-08-02", "valentin-inzko"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("shadow home secretary", "2025-01-10", "chris-philp"),
    ("shadow justice secretary", "2025-06-01", "robert-jenrick"),
    ("Tory chairman", "2025-08-01", "kevin-hollinrake"),
    ("policing minister", "2025-10-01", "sarah-jones-uk"),
    ("Lower Saxony premier", "2025-06-01", "olaf-lies"),
    ("Georgian Public Defender", "2024-06-01", "levan-ioseliani"),
    ("Tbilisi mayor", "2025-10-05", "kakha-kaladze"),
    ("High Representative for Bosnia and Herzegovina", "2024-06-01", "christian-schmidt-ohr"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
