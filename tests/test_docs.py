"""Documentation stays true: every command and setting is in the README."""

import re
from dataclasses import fields

import pytest

import typer

from newsgraph.cli import app
from newsgraph.settings import ENV_PREFIX, Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, re.DOTALL)
    assert blocks and blocks[0].strip().splitlines() == ["make demo", "make test"]


def command_paths(group, prefix: str = "newsgraph") -> list[str]:
    """Every command under a group, subcommands included ('newsgraph kb stats', 'newsgraph eval te3')."""
    found = []
    for name, command in sorted(getattr(group, "commands", {}).items()):
        found.append(f"{prefix} {name}")
        found += command_paths(command, f"{prefix} {name}")
    return found


COMMANDS = command_paths(typer.main.get_command(app))


def test_the_walk_reaches_subcommands():
    assert {"newsgraph ingest", "newsgraph kb stats", "newsgraph eval gold"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented(command):
    assert command in README


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_every_setting_is_documented(name):
    assert ENV_PREFIX + name.upper() in README
