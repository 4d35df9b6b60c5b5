"""Units outside the hand tables come from maintained libraries: quantulum3's units, ISO 4217."""

import pytest

from newsgraph.analysis.quantities import find_quantities
from newsgraph.analysis.quantities.library import library_name, library_units, read_library_unit
from newsgraph.evaluate.newsquant import to_newsquant

pytest.importorskip("quantulum3")
pytest.importorskip("pycountry")


@pytest.mark.parametrize("text, unit, name", [
    ("The cable carries 40 kilovolt-amperes of load.", None, None),
    ("The beam withstood 12 kilonewtons before it bent.", "lib:kilonewton", "kilonewton"),
    ("A visa costs 9,000 HUF at the border.", "lib:forint", "forint"),
    ("The trip took 3 fortnights.", "lib:fortnight", "fortnight"),
])
def test_a_unit_missing_from_the_hand_tables_is_read_from_a_library(text, unit, name):
    units = [q.unit for q in find_quantities(text)]
    if unit is None:
        assert units  # the number is still read, whatever its unit
        return
    assert unit in units
    assert library_name(unit) == name
    [q] = [q for q in find_quantities(text) if q.unit == unit]
    assert to_newsquant(q).unit == name


@pytest.mark.parametrize("after", [" a day", " b.", " G network", " in the", " straight", " A grade"])
def test_articles_letters_and_common_words_are_not_library_units(after):
    assert read_library_unit(after, 0) is None


def test_a_longer_counted_phrase_wins_over_a_library_unit():
    [goals, games] = find_quantities("He scored 32 goals in 36 league games.")
    assert (games.value, games.unit, games.unit_text) == (36, "game", "league games")


def test_the_library_table_is_built_once():
    assert library_units() is library_units()


@pytest.mark.parametrize("after, unit", [(" a and is now", "lib:year"), (" s.", "lib:second")])
def test_a_letter_symbol_counts_where_no_article_could_stand(after, unit):
    assert read_library_unit(after, 0)[0] == unit
