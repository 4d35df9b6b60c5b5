"""British, French, German and EU ambassadors and heads of delegation (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United Kingdom
    ("gb.ambassador_to_us", "2024-06-01", "karen-pierce"),
    ("gb.ambassador_to_us", "2025-06-01", "peter-mandelson"),
    ("gb.ambassador_to_us", "2025-09-12", "james-roscoe"),
    ("gb.ambassador_to_china", "2024-06-01", "caroline-wilson"),
    ("gb.ambassador_to_china", "2026-01-27", "peter-wilson"),
    ("gb.ambassador_to_russia", "2023-06-01", "deborah-bronnert"),
    ("gb.ambassador_to_russia", "2025-06-01", "nigel-casey"),
    ("gb.ambassador_to_ukraine", "2023-06-01", "melinda-simmons"),
    ("gb.ambassador_to_ukraine", "2023-09-11", "martin-harris"),
    ("gb.ambassador_to_israel", "2023-03-01", "neil-wigan"),
    ("gb.ambassador_to_israel", "2025-03-01", "simon-walters"),
    ("gb.high_commissioner_to_india", "2023-06-01", "alex-ellis"),
    ("gb.high_commissioner_to_india", "2024-06-01", "lindy-cameron"),
    ("gb.ambassador_to_japan", "2024-01-24", "julia-longbottom"),
    ("gb.ambassador_to_south_korea", "2023-07-28", "colin-crooks"),
    ("gb.un_permanent_representative", "2024-06-01", "barbara-woodward"),
    # France
    ("fr.ambassador_to_us", "2023-01-15", "philippe-etienne"),
    ("fr.ambassador_to_us", "2023-03-06", "laurent-bili"),
    ("fr.ambassador_to_china", "2023-01-15", "laurent-bili"),
    ("fr.ambassador_to_china", "2025-07-14", "bertrand-lortholary"),
    ("fr.ambassador_to_russia", "2023-06-01", "pierre-levy"),
    ("fr.ambassador_to_russia", "2025-12-01", "nicolas-de-riviere"),
    ("fr.un_permanent_representative", "2024-06-01", "nicolas-de-riviere"),
    ("fr.un_permanent_representative", "2025-04-01", "jerome-bonnafont"),
    ("fr.ambassador_to_ukraine", "2023-03-01", "etienne-de-poncins"),
    ("fr.ambassador_to_ukraine", "2023-10-01", "gael-veyssiere"),
    # Germany
    ("de.ambassador_to_us", "2023-03-01", "emily-haber"),
    ("de.ambassador_to_us", "2024-06-01", "andreas-michaelis"),
    ("de.ambassador_to_us", "2025-10-01", "jens-hanefeld"),
    ("de.ambassador_to_china", "2024-06-01", "patricia-flor"),
    ("de.ambassador_to_russia", "2023-06-01", "geza-andreas-von-geyr"),
    ("de.ambassador_to_russia", "2024-06-01", "alexander-graf-lambsdorff"),
    ("de.ambassador_to_ukraine", "2023-03-01", "anka-feldhusen"),
    ("de.ambassador_to_ukraine", "2024-06-01", "martin-jaeger"),
    ("de.ambassador_to_ukraine", "2025-10-01", "heiko-thoms"),
    ("de.ambassador_to_israel", "2024-06-01", "steffen-seibert"),
    ("de.un_permanent_representative", "2024-06-01", "antje-leendertse"),
    ("de.un_permanent_representative", "2025-10-15", "ricklef-beutin"),
    # European Union
    ("eu.ambassador_to_us", "2023-06-01", "stavros-lambrinidis"),
    ("eu.ambassador_to_us", "2024-06-01", "jovita-neliupsiene"),
    ("eu.ambassador_to_china", "2024-05-09", "jorge-toledo"),
    ("eu.ambassador_to_russia", "2023-06-01", "roland-galharague"),
    ("eu.ambassador_to_ukraine", "2023-06-01", "matti-maasikas"),
    ("eu.ambassador_to_ukraine", "2023-10-01", "katarina-mathernova"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.ambassador_to_us", "2025-06-01", "karen-pierce"),
    ("gb.ambassador_to_us", "2025-09-12", "peter-mandelson"),
    ("gb.ambassador_to_china", "2026-01-27", "caroline-wilson"),
    ("gb.ambassador_to_russia", "2024-06-01", "deborah-bronnert"),
    ("gb.ambassador_to_ukraine", "2023-09-11", "melinda-simmons"),
    ("gb.ambassador_to_israel", "2024-06-01", "neil-wigan"),
    ("gb.high_commissioner_to_india", "2024-06-01", "alex-ellis"),
    ("fr.ambassador_to_us", "2023-03-06", "philippe-etienne"),
    ("fr.ambassador_to_china", "2023-06-01", "laurent-bili"),
    ("fr.ambassador_to_russia", "2024-09-01", "pierre-levy"),
    ("fr.un_permanent_representative", "2025-04-01", "nicolas-de-riviere"),
    ("fr.ambassador_to_ukraine", "2023-10-01", "etienne-de-poncins"),
    ("de.ambassador_to_us", "2024-06-01", "emily-haber"),
    ("de.ambassador_to_us", "2025-10-01", "andreas-michaelis"),
    ("de.ambassador_to_russia", "2024-06-01", "geza-andreas-von-geyr"),
    ("de.ambassador_to_ukraine", "2024-06-01", "anka-feldhusen"),
    ("de.ambassador_to_ukraine", "2025-10-01", "martin-jaeger"),
    ("de.un_permanent_representative", "2026-01-15", "antje-leendertse"),
    ("eu.ambassador_to_us", "2024-06-01", "stavros-lambrinidis"),
    ("eu.ambassador_to_ukraine", "2023-10-01", "matti-maasikas"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("British Ambassador to China", "2026-01-27", "peter-wilson"),
    ("UK Ambassador to Russia", "2025-06-01", "nigel-casey"),
    ("Britain's ambassador to the US", "2025-06-01", "peter-mandelson"),
    ("British High Commissioner to India", "2024-06-01", "lindy-cameron"),
    ("French Ambassador to China", "2025-07-14", "bertrand-lortholary"),
    ("French Ambassador to Ukraine", "2023-10-01", "gael-veyssiere"),
    ("German Ambassador to Russia", "2024-06-01", "alexander-graf-lambsdorff"),
    ("German Ambassador to Ukraine", "2024-06-01", "martin-jaeger"),
    ("German Ambassador to Israel", "2024-06-01", "steffen-seibert"),
    ("EU Ambassador to China", "2024-05-09", "jorge-toledo"),
    ("head of the EU delegation to Ukraine", "2023-10-01", "katarina-mathernova"),
    ("EU Ambassador to the US", "2024-06-01", "jovita-neliupsiene"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
