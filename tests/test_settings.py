"""Settings from NEWSGRAPH_* variables: each value converted to its field's type, bad values refused."""

from __future__ import annotations

import pytest

from newsgraph.errors import UsageError
from newsgraph.settings import Settings


@pytest.mark.parametrize(("variable", "raw", "field", "expected"), [
    ("NEWSGRAPH_MAX_BYTES", "1000", "max_bytes", 1000),
    ("NEWSGRAPH_FETCH_TIMEOUT", "2.5", "fetch_timeout", 2.5),
    ("NEWSGRAPH_ALLOW_PRIVATE_ADDRESSES", "yes", "allow_private_addresses", True),
    ("NEWSGRAPH_ALLOW_PRIVATE_ADDRESSES", "Off", "allow_private_addresses", False),
    ("NEWSGRAPH_MODEL", "en_core_web_md", "model", "en_core_web_md"),
    ("NEWSGRAPH_DATABASE_URL", "sqlite:///x.db", "database_url", "sqlite:///x.db"),
])
def test_a_variable_sets_its_field_with_the_field_type(variable, raw, field, expected):
    value = getattr(Settings.from_env({variable: raw}), field)
    assert value == expected and type(value) is type(expected)


def test_empty_variables_keep_defaults_and_explicit_values_win():
    settings = Settings.from_env({"NEWSGRAPH_MAX_BYTES": "", "NEWSGRAPH_BATCH_SIZE": "8"}, batch_size=4, model=None)
    assert settings.max_bytes == Settings().max_bytes and settings.batch_size == 4 and settings.model is None


@pytest.mark.parametrize(("variable", "raw"), [
    ("NEWSGRAPH_MAX_BYTES", "5MB"), ("NEWSGRAPH_FETCH_TIMEOUT", "soon"), ("NEWSGRAPH_ALLOW_PRIVATE_ADDRESSES", "maybe"),
])
def test_a_value_of_the_wrong_type_is_a_usage_error_naming_the_variable(variable, raw):
    with pytest.raises(UsageError, match=variable):
        Settings.from_env({variable: raw})
