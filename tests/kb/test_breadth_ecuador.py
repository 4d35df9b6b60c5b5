"""Vice presidents, interior ministers and the assembly president of Ecuador (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ec.vice_president", "2024-03-01", "veronica-abad"),
    ("ec.vice_president", "2025-08-01", "maria-jose-pinto"),
    ("ec.interior_minister", "2024-06-01", "monica-palencia"),
    ("ec.interior_minister", "2025-06-01", "john-reimberg"),
    ("ec.assembly_president", "2025-09-01", "niels-olsen"),
    ("ec.finance_minister", "2024-06-01", "juan-carlos-vega-malo"),
    ("ec.finance_minister", "2025-03-01", "luis-alberto-jaramillo"),
    ("ec.defence_minister", "2025-09-01", "giancarlo-loffredo"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ec.vice_president", "2025-08-01", "veronica-abad"),          # term ended 2025-05-24
    ("ec.interior_minister", "2025-06-01", "monica-palencia"),      # replaced February 2025
    ("ec.finance_minister", "2025-06-01", "juan-carlos-vega-malo"),  # resigned February 2025
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
