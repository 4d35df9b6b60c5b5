"""The knowledge base and resolver the resolver tests share, and a role hint built from a title."""

import pytest
from tests.kb.conftest import title_index

from newsgraph.kb.loader import load_kb
from newsgraph.resolve.resolver import Resolver, RoleHint
from newsgraph.settings import Settings


@pytest.fixture(scope="session")
def kb():
    return load_kb(Settings())


@pytest.fixture(scope="session")
def resolver(kb):
    return Resolver(kb)


def hint(kb, title, country=None, cue=None) -> RoleHint:
    """What a text would tell the resolver about an office written as `title`."""
    return RoleHint(tuple((p, s) for p, s, _ in title_index(kb).score(title, country)), cue, title, country)
