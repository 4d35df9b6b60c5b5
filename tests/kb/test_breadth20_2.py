"""Latin American and Caribbean office holders of 2025-2026 (issue #11: Panama, Venezuela,
Honduras, Paraguay, Uruguay, Jamaica, Bolivia, Dominican Republic) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("pa.ambassador_to_us", "2025-01-09", "jose-miguel-aleman"),
    ("pa.ambassador_to_us", "2025-12-06", "jose-miguel-aleman"),
    ("pa.canal_board_chair", "2025-06-01", "jose-ramon-icaza"),
    ("ve.national_assembly_first_vice_president", "2026-01-08", "pedro-infante-ve"),
    ("ve.national_assembly_second_vice_president", "2026-01-08", "grecia-colmenares"),
    ("hn.security_minister", "2026-02-06", "gerzon-velasquez"),
    ("hn.security_minister", "2025-06-01", "gustavo-sanchez-hn"),
    ("hn.agriculture_minister", "2026-01-30", "moises-abraham-molina"),
    ("py.chief_of_cabinet", "2024-06-01", "lea-gimenez"),
    ("py.chief_of_cabinet", "2026-02-18", "javier-gimenez-py"),
    ("py.industry_minister", "2025-06-01", "javier-gimenez-py"),
    ("py.industry_minister", "2026-02-18", "rodrigo-maluff"),
    ("uy.presidency_secretary", "2025-03-01", "alejandro-sanchez-uy"),
    ("uy.presidency_prosecretary", "2025-03-01", "jorge-diaz-uy"),
    ("uy.opp_director", "2025-03-01", "rodrigo-arim"),
    ("jm.minister_without_portfolio", "2025-09-18", "audrey-marks"),
    ("jm.minister_without_portfolio", "2025-09-18", "andrew-wheatley"),
    ("jm.minister_without_portfolio", "2025-09-18", "robert-montague"),
    ("jm.minister_without_portfolio", "2025-09-18", "robert-morgan-jm"),
    ("bo.rural_development_minister", "2025-11-10", "jose-luis-lupo"),
    ("do.minister_without_portfolio", "2025-02-05", "deligne-ascencion"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("py.chief_of_cabinet", "2025-06-01", "lea-gimenez"),
    ("py.industry_minister", "2026-02-18", "javier-gimenez-py"),
    ("bo.rural_development_minister", "2025-11-20", "jose-luis-lupo"),
    ("hn.security_minister", "2026-02-06", "gustavo-sanchez-hn"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_paraguay_had_no_chief_of_cabinet_in_2025(kb):
    assert holders(kb, "py.chief_of_cabinet", "2025-06-01") == set()


@pytest.mark.parametrize("title, day, holder", [
    ("Honduran Agriculture Minister", "2026-02-10", "moises-abraham-molina"),
    ("Honduran Security Minister", "2026-02-10", "gerzon-velasquez"),
    ("Jamaican Minister without Portfolio", "2025-09-18", None),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
