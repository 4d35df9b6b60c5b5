"""Documentation stays true: every command and setting is in the README."""

import re
from dataclasses import fields

import pytest

from newsgraph.cli import app
from newsgraph.settings import ENV_PREFIX, Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, re.DOTALL)
    assert blocks and blocks[0].strip().splitlines() == ["make demo", "make test"]


@pytest.mark.parametrize("command", [c.name or c.callback.__name__ for c in app.registered_commands])
def test_every_command_is_documented(command):
    assert f"newsgraph {command}" in README


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_every_setting_is_documented(name):
    assert ENV_PREFIX + name.upper() in README
