"""National security advisers and chiefs of staff of heads of state or government (issue #11, batch
kb16-12) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("gb.downing_street_chief_of_staff", "2024-03-01", "liam-booth-smith"),
    ("gb.downing_street_chief_of_staff", "2024-08-15", "sue-gray"),
    ("gb.downing_street_chief_of_staff", "2025-06-01", "morgan-mcsweeney"),
    ("gb.downing_street_chief_of_staff", "2026-02-09", "vidhya-alakeson"),
    ("gb.downing_street_chief_of_staff", "2026-02-09", "jill-cuthbertson"),
    ("gb.national_security_adviser", "2026-01-15", "jonathan-powell"),
    ("ca.pm_chief_of_staff", "2024-06-01", "katie-telford"),
    ("ca.pm_chief_of_staff", "2025-05-01", "marco-mendicino"),
    ("ca.pm_chief_of_staff", "2025-09-01", "marc-andre-blanchard"),
    ("ca.national_security_intelligence_advisor", "2023-06-01", "jody-thomas"),
    ("ca.national_security_intelligence_advisor", "2024-06-01", "nathalie-drouin"),
    ("au.pm_chief_of_staff", "2024-01-15", "tim-gartrell"),
    ("fr.diplomatic_adviser", "2024-06-01", "emmanuel-bonne"),
    ("de.chancellor_foreign_security_adviser", "2024-06-15", "jens-plotner"),
    ("de.chancellor_foreign_security_adviser", "2025-08-01", "gunter-sautter"),
    ("it.pm_diplomatic_adviser", "2024-06-01", "fabrizio-saggio"),
    ("in.pm_principal_secretary", "2024-06-01", "p-k-mishra"),
    ("jp.nss_secretary_general", "2025-06-01", "masataka-okano"),
    ("jp.nss_secretary_general", "2025-11-01", "keiichi-ichikawa"),
    ("ph.national_security_adviser", "2025-01-03", "eduardo-ano"),
    ("ph.national_security_adviser", "2026-04-16", "eduardo-oban"),
    ("id.presidential_chief_of_staff", "2025-03-01", "anto-mukti-putranto"),
    ("id.presidential_chief_of_staff", "2025-10-01", "muhammad-qodari"),
    ("il.pm_chief_of_staff", "2024-06-01", "tzachi-braverman"),
    ("za.national_security_adviser", "2024-12-30", "sydney-mufamadi"),
    ("ua.nsdc_secretary", "2025-12-01", "rustem-umerov"),
    ("tw.nsc_secretary_general", "2025-01-10", "joseph-wu"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gb.downing_street_chief_of_staff", "2024-08-15", "liam-booth-smith"),
    ("gb.downing_street_chief_of_staff", "2025-06-01", "sue-gray"),
    ("gb.downing_street_chief_of_staff", "2026-03-01", "morgan-mcsweeney"),
    ("ca.pm_chief_of_staff", "2025-05-01", "katie-telford"),
    ("ca.pm_chief_of_staff", "2025-09-01", "marco-mendicino"),
    ("ca.national_security_intelligence_advisor", "2024-06-01", "jody-thomas"),
    ("de.chancellor_foreign_security_adviser", "2025-08-01", "jens-plotner"),
    ("jp.nss_secretary_general", "2025-11-01", "masataka-okano"),
    ("ph.national_security_adviser", "2026-05-01", "eduardo-ano"),
    ("id.presidential_chief_of_staff", "2025-10-01", "anto-mukti-putranto"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Downing Street chief of staff", "2025-06-01", "morgan-mcsweeney"),
    ("Canadian prime minister's chief of staff", "2025-09-01", "marc-andre-blanchard"),
    ("Canadian National Security and Intelligence Advisor", "2024-06-01", "nathalie-drouin"),
    ("Australian prime minister's chief of staff", "2024-01-15", "tim-gartrell"),
    ("Principal Secretary to the Indian Prime Minister", "2024-06-01", "p-k-mishra"),
    ("Indonesian presidential chief of staff", "2025-10-01", "muhammad-qodari"),
    ("Israeli prime minister's chief of staff", "2024-06-01", "tzachi-braverman"),
    ("South African national security adviser", "2024-12-30", "sydney-mufamadi"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
