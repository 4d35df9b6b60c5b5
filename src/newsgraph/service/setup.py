"""What every use case is given: the user's knowledge base and threshold bands, loaded once at the edge."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.crossdoc.bands import load_bands
from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.learned import LearnedFact, agreed_facts
from newsgraph.kb.loader import load_kb
from newsgraph.model import Band
from newsgraph.settings import Settings


def knowledge_base(settings: Settings, learned: Sequence[LearnedFact] = ()) -> KnowledgeBase:
    """The bundled KB plus the user's folder (`settings.kb_dir`), plus learned facts enough outlets agree on.

    The same KB the `Analyzer` builds from the same arguments: give it to `Analyzer(settings, kb=…)`.

    Raises:
        KbError: a knowledge-base file is invalid.
    """
    kb = load_kb(settings)
    if learned:
        known = {kb.entity_id(p): p for p in kb.persons}
        agreed = agreed_facts(list(learned), settings.learned_min_sources, known)
        if agreed.occupancies:
            kb = load_kb(settings, extra=[("learned", agreed)])
    return kb


def thresholds(settings: Settings) -> list[Band]:
    """The bundled threshold bands plus the user's file (`settings.thresholds_file`).

    Raises:
        UsageError: the file cannot be read or is not in the bands format.
    """
    return load_bands(settings.thresholds_file)
