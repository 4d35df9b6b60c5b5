"""The bundled knowledge base, built once for the breadth tests, and who held an office on a day."""

from datetime import date

import pytest

from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.loader import BUNDLED, read_kb_file


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled files only: no user folder, no cache."""
    return KnowledgeBase.build((p.name, read_kb_file(p)) for p in sorted(BUNDLED.glob("*.yaml")))


def holders(kb: KnowledgeBase, position: str, day: str) -> set[str]:
    """The ids of the people who held `position` on the ISO `day`."""
    return {t.person for t in kb.holders(position, date.fromisoformat(day))}
