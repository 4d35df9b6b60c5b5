"""United States senators from Montana to Wyoming, one office per state, 2023-2026 (issue #11): who held
each seat on known days, and that senators who left no longer hold it."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("us.senator_montana", "2024-01-04", "jon-tester"),
    ("us.senator_montana", "2023-01-04", "steve-daines"),
    ("us.senator_montana", "2025-07-10", "tim-sheehy"),
    ("us.senator_nebraska", "2023-01-04", "deb-fischer"),
    ("us.senator_nebraska", "2023-01-06", "ben-sasse"),
    ("us.senator_nebraska", "2024-07-20", "pete-ricketts"),
    ("us.senator_nevada", "2023-01-04", "catherine-cortez-masto"),
    ("us.senator_nevada", "2023-01-04", "jacky-rosen"),
    ("us.senator_new_hampshire", "2023-01-04", "jeanne-shaheen"),
    ("us.senator_new_hampshire", "2023-01-04", "maggie-hassan"),
    ("us.senator_new_jersey", "2023-10-28", "bob-menendez"),
    ("us.senator_new_jersey", "2024-10-24", "george-helmy"),
    ("us.senator_new_jersey", "2025-06-27", "andy-kim-new-jersey"),
    ("us.senator_new_jersey", "2023-01-04", "cory-booker"),
    ("us.senator_new_mexico", "2023-01-04", "martin-heinrich"),
    ("us.senator_new_mexico", "2023-07-11", "ben-ray-lujan"),
    ("us.senator_new_york", "2023-01-04", "chuck-schumer"),
    ("us.senator_new_york", "2023-01-04", "kirsten-gillibrand"),
    ("us.senator_north_carolina", "2023-01-04", "thom-tillis"),
    ("us.senator_north_carolina", "2024-07-10", "ted-budd"),
    ("us.senator_north_dakota", "2023-01-04", "john-hoeven"),
    ("us.senator_north_dakota", "2023-01-04", "kevin-cramer"),
    ("us.senator_ohio", "2024-01-04", "sherrod-brown"),
    ("us.senator_ohio", "2024-01-07", "jd-vance"),
    ("us.senator_ohio", "2025-07-10", "bernie-moreno"),
    ("us.senator_ohio", "2025-07-19", "jon-husted"),
    ("us.senator_oklahoma", "2023-01-04", "james-lankford"),
    ("us.senator_oklahoma", "2024-08-02", "markwayne-mullin"),
    ("us.senator_oregon", "2023-01-04", "ron-wyden"),
    ("us.senator_oregon", "2023-01-04", "jeff-merkley"),
    ("us.senator_pennsylvania", "2024-01-04", "bob-casey"),
    ("us.senator_pennsylvania", "2024-07-10", "john-fetterman"),
    ("us.senator_pennsylvania", "2025-07-10", "dave-mccormick"),
    ("us.senator_rhode_island", "2023-01-04", "jack-reed"),
    ("us.senator_rhode_island", "2023-01-04", "sheldon-whitehouse"),
    ("us.senator_south_carolina", "2023-01-04", "lindsey-graham"),
    ("us.senator_south_carolina", "2023-01-04", "tim-scott"),
    ("us.senator_south_dakota", "2023-01-04", "john-thune"),
    ("us.senator_south_dakota", "2023-01-04", "mike-rounds"),
    ("us.senator_tennessee", "2023-01-04", "marsha-blackburn"),
    ("us.senator_tennessee", "2023-07-11", "bill-hagerty"),
    ("us.senator_texas", "2023-01-04", "john-cornyn"),
    ("us.senator_texas", "2023-01-04", "ted-cruz"),
    ("us.senator_utah", "2023-01-04", "mike-lee-utah"),
    ("us.senator_utah", "2024-01-04", "mitt-romney"),
    ("us.senator_utah", "2025-07-10", "john-curtis-utah"),
    ("us.senator_vermont", "2023-01-04", "bernie-sanders"),
    ("us.senator_vermont", "2024-07-10", "peter-welch"),
    ("us.senator_virginia", "2023-01-04", "mark-warner"),
    ("us.senator_virginia", "2023-01-04", "tim-kaine"),
    ("us.senator_washington", "2023-01-04", "patty-murray"),
    ("us.senator_washington", "2023-01-04", "maria-cantwell"),
    ("us.senator_west_virginia", "2024-01-04", "joe-manchin"),
    ("us.senator_west_virginia", "2023-01-04", "shelley-moore-capito"),
    ("us.senator_west_virginia", "2025-07-16", "jim-justice"),
    ("us.senator_wisconsin", "2023-01-04", "ron-johnson-wisconsin"),
    ("us.senator_wisconsin", "2023-01-04", "tammy-baldwin"),
    ("us.senator_wyoming", "2023-01-04", "john-barrasso"),
    ("us.senator_wyoming", "2023-07-11", "cynthia-lummis"),
    # both seats on the first day of the 119th Congress and on a day of 2026
    ("us.senator_montana", "2025-01-06", "tim-sheehy"),
    ("us.senator_montana", "2026-01-15", "steve-daines"),
    ("us.senator_ohio", "2025-02-01", "jon-husted"),
    ("us.senator_ohio", "2025-02-01", "bernie-moreno"),
    ("us.senator_new_jersey", "2024-10-01", "george-helmy"),
    ("us.senator_new_jersey", "2024-12-20", "andy-kim-new-jersey"),
    ("us.senator_nebraska", "2023-01-05", "ben-sasse"),
    ("us.senator_oklahoma", "2026-03-10", "markwayne-mullin"),
    ("us.senator", "2023-06-01", "bob-menendez"),
    ("us.senator", "2024-06-01", "chuck-schumer"),
    ("us.senator", "2024-06-01", "sherrod-brown"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.senator_montana", "2025-01-13", "jon-tester"),
    ("us.senator_montana", "2024-12-31", "tim-sheehy"),
    ("us.senator_nebraska", "2023-01-18", "ben-sasse"),
    ("us.senator_nebraska", "2023-01-20", "pete-ricketts"),
    ("us.senator_new_jersey", "2024-08-30", "bob-menendez"),
    ("us.senator_new_jersey", "2024-12-18", "george-helmy"),
    ("us.senator_new_jersey", "2024-09-06", "george-helmy"),
    ("us.senator_new_jersey", "2024-12-05", "andy-kim-new-jersey"),
    ("us.senator_ohio", "2025-01-13", "sherrod-brown"),
    ("us.senator_ohio", "2025-01-20", "jd-vance"),
    ("us.senator_ohio", "2024-12-31", "bernie-moreno"),
    ("us.senator_ohio", "2025-01-18", "jon-husted"),
    ("us.senator_oklahoma", "2026-05-01", "markwayne-mullin"),
    ("us.senator_pennsylvania", "2025-01-13", "bob-casey"),
    ("us.senator_pennsylvania", "2024-12-31", "dave-mccormick"),
    ("us.senator_utah", "2025-01-13", "mitt-romney"),
    ("us.senator_utah", "2024-12-31", "john-curtis-utah"),
    ("us.senator_west_virginia", "2025-01-13", "joe-manchin"),
    ("us.senator_west_virginia", "2025-01-11", "jim-justice"),
    ("us.senator", "2024-09-01", "bob-menendez"),
    ("us.senator", "2023-02-01", "ben-sasse"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day, count", [
    ("us.senator_new_york", "2025-06-01", 2),
    ("us.senator_texas", "2024-06-01", 2),
    ("us.senator_nebraska", "2023-01-15", 1),  # Sasse gone, Ricketts not yet sworn in
    ("us.senator_new_jersey", "2024-08-30", 1),  # Menendez gone, Helmy not yet sworn in
    ("us.senator_ohio", "2025-01-15", 1),  # Vance gone, Husted not yet sworn in
    ("us.senator_west_virginia", "2025-01-08", 1),  # Justice sworn in late
])
def test_seat_counts(kb, position, day, count):
    assert len(holders(kb, position, day)) == count


@pytest.mark.parametrize("title, day, holder", [
    ("Senator from Nebraska", "2023-01-15", "deb-fischer"),
    ("New Jersey Senator", "2024-08-30", "cory-booker"),
    ("U.S. Senator from Ohio", "2025-01-15", "bernie-moreno"),
    ("senator for West Virginia", "2025-01-08", "shelley-moore-capito"),
])
def test_a_title_names_the_only_holder_of_a_half_empty_seat(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
