"""US House members of the 119th Congress from Montana to Wyoming (issue #11) hold us.representative
on known days: from the day the Congress opened, or from an earlier unbroken start a stored page gives."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("day, holder", [
    ("2025-03-01", "ryan-zinke"),
    ("2024-06-01", "ryan-zinke"),
    ("2025-03-01", "troy-downing"),
    ("2025-03-01", "mike-flood"),
    ("2023-01-10", "mike-flood"),
    ("2025-03-01", "don-bacon"),
    ("2025-03-01", "adrian-smith-nebraska"),
    ("2025-03-01", "dina-titus"),
    ("2025-03-01", "susie-lee-nevada"),
    ("2025-03-01", "maggie-goodlander"),
    ("2025-03-01", "teresa-leger-fernandez"),
    ("2022-01-10", "melanie-stansbury"),
    ("2024-06-01", "tom-suozzi"),
    ("2025-03-01", "laura-gillen"),
    ("2025-03-01", "dan-goldman-new-york"),
    ("2025-03-01", "adriano-espaillat"),
    ("2025-03-01", "ritchie-torres"),
    ("2025-03-01", "mike-lawler"),
    ("2025-03-01", "john-mannion"),
    ("2025-03-01", "tim-kennedy-new-york"),
    ("2025-03-01", "don-davis-north-carolina"),
    ("2025-03-01", "julie-fedorchak"),
    ("2025-03-01", "marcy-kaptur"),
    ("2025-03-01", "mike-turner-ohio"),
    ("2025-03-01", "david-taylor-ohio"),
    ("2025-03-01", "frank-lucas-oklahoma"),
    ("2025-03-01", "stephanie-bice"),
    ("2013-06-01", "suzanne-bonamici"),
    ("2025-03-01", "janelle-bynum"),
    ("2025-03-01", "gabe-amo"),
    ("2025-03-01", "seth-magaziner"),
    ("2010-06-01", "joe-wilson-south-carolina"),
    ("1995-06-01", "jim-clyburn"),
    ("2025-03-01", "sheri-biggs"),
    ("2025-03-01", "dusty-johnson"),
    ("2012-06-01", "chuck-fleischmann"),
    ("2025-03-01", "steve-cohen-tennessee"),
    ("2025-03-01", "john-carter-texas"),
    ("2025-03-01", "julie-johnson-texas"),
    ("2025-03-01", "wesley-hunt-texas"),
    ("2025-03-01", "celeste-maloy"),
    ("2025-03-01", "mike-kennedy-utah"),
    ("2025-03-01", "becca-balint"),
    ("2025-03-01", "morgan-griffith-virginia"),
    ("2025-03-01", "suhas-subramanyam"),
    ("2025-03-01", "riley-moore-west-virginia"),
    ("2025-03-01", "tony-wied"),
    ("2025-03-01", "gwen-moore-wisconsin"),
    ("2025-03-01", "harriet-hageman"),
    ("2026-01-15", "harriet-hageman"),
])
def test_members_hold_the_seat(kb, day, holder):
    assert holder in holders(kb, "us.representative", day)


@pytest.mark.parametrize("day, newcomer", [
    ("2024-12-01", "troy-downing"),
    ("2024-12-01", "maggie-goodlander"),
    ("2024-12-01", "laura-gillen"),
    ("2024-12-01", "julie-fedorchak"),
    ("2024-12-01", "maxine-dexter"),
    ("2024-12-01", "sheri-biggs"),
    ("2024-12-01", "julie-johnson-texas"),
    ("2024-12-01", "mike-kennedy-utah"),
    ("2024-12-01", "suhas-subramanyam"),
    ("2023-06-01", "tom-suozzi"),
    ("2022-06-01", "mike-flood"),
])
def test_newcomers_not_members_before_their_start(kb, day, newcomer):
    assert newcomer not in holders(kb, "us.representative", day)
