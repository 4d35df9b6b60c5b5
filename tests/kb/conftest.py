"""The bundled knowledge base, built once for the breadth tests, who held an office on a day, and
whom a title alone names on a day."""

from datetime import date

import pytest

from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.loader import BUNDLED, read_kb_file
from newsgraph.resolve.resolver import Resolver, RoleHint
from newsgraph.resolve.titles import TitleIndex, country_in_title


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled files only: no user folder, no cache."""
    return KnowledgeBase.build((p.name, read_kb_file(p)) for p in sorted(BUNDLED.glob("*.yaml")))


def holders(kb: KnowledgeBase, position: str, day: str) -> set[str]:
    """The ids of the people who held `position` on the ISO `day`."""
    return {t.person for t in kb.holders(position, date.fromisoformat(day))}


_READERS: dict[int, tuple[KnowledgeBase, TitleIndex, Resolver]] = {}


def _readers(kb: KnowledgeBase) -> tuple[TitleIndex, Resolver]:
    """The title index and resolver of `kb`, built once: building them takes seconds, and hundreds of
    cases ask."""
    if id(kb) not in _READERS or _READERS[id(kb)][0] is not kb:
        _READERS[id(kb)] = (kb, TitleIndex(kb), Resolver(kb))
    _, index, resolver = _READERS[id(kb)]
    return index, resolver


def title_holder(kb: KnowledgeBase, title: str, day: str) -> str | None:
    """The id of the person a title written alone ("the Ohio Governor said") names on the ISO `day`."""
    index, resolver = _readers(kb)
    candidates = tuple((p, score) for p, score, _ in index.score(title, country_in_title(kb, title)))
    return resolver.resolve("", date.fromisoformat(day), RoleHint(candidates, text=title)).entity


def title_index(kb: KnowledgeBase) -> TitleIndex:
    """The title index of `kb`, built once."""
    return _readers(kb)[0]
