"""Rules the knowledge base must keep: references resolve, terms are ordered and do not overlap."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.schema import earliest, latest


def check_integrity(kb: KnowledgeBase) -> list[str]:
    """Every broken rule, one line each (empty when the knowledge base is sound)."""
    problems: list[str] = []
    for term in kb.occupancies:
        label = f"{term.person} as {term.position} from {term.start}"
        if term.person not in kb.persons:
            problems.append(f"{label}: no person '{term.person}'")
        if term.position not in kb.positions:
            problems.append(f"{label}: no position '{term.position}'")
        if term.end and latest(term.end) < earliest(term.start):
            problems.append(f"{label}: ends ({term.end}) before it starts")
        if term.end and term.verified_until:
            problems.append(f"{label}: verified_until is only for open terms")
    for position_id, terms in kb.terms_by_position.items():
        position = kb.positions.get(position_id)
        if position is None or not position.single_holder:
            continue
        full = [t for t in terms if t.status is None]
        problems += _overlaps(position_id, full)
    counts = Counter([*kb.persons, *kb.organizations])
    problems += [f"id '{key}' is used {n} times" for key, n in counts.items() if n > 1]
    # Two helpers' files both defining one person or office: the later silently replaced the
    # earlier, aliases and all. Reuse the id in the second file instead of defining it again.
    problems += [f"'{what}' is defined twice; define it once and reuse its id" for what in kb.redefined]
    return problems


def _overlaps(position_id: str, terms) -> list[str]:
    """Definite overlaps only: with partial dates, a term overlaps the next one when its earliest
    possible end is after the next one's latest possible start."""
    found = []
    for before, after in zip(terms, terms[1:], strict=False):
        end = earliest(before.end) if before.end else None
        start = latest(after.start)
        if end is None or end > start:
            found.append(f"{position_id}: {before.person} ({before.start}..{before.end or 'open'}) "
                         f"overlaps {after.person} (from {after.start})")
    return found


@dataclass(frozen=True)
class Gap:
    """Days on which nobody the knowledge base knows held a single-holder office."""

    position: str
    first: date
    last: date
    note: str | None  # the office's note, which may say it was vacant, new or abolished

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def uncovered(kb: KnowledgeBase, start: date, end: date, shortest: int = 1) -> list[Gap]:
    """Every run of at least `shortest` days between `start` and `end` on which no term of a
    single-holder office covers the day (partial dates read generously: "2025-03" covers all of
    March), office by office. A report from such a day that names the holder cannot be resolved
    by office: the holder, a predecessor or an acting holder is missing, or the office was vacant."""
    gaps: list[Gap] = []
    for position_id, position in sorted(kb.positions.items()):
        if not position.single_holder:
            continue
        spans = sorted((t.start_day, t.end_day or end) for t in kb.terms_by_position.get(position_id, []))
        day = start
        for first, last in spans:
            if first > day:
                gaps.append(Gap(position_id, day, min(first - timedelta(days=1), end), position.note))
            day = max(day, last + timedelta(days=1))
            if day > end:
                break
        if day <= end:
            gaps.append(Gap(position_id, day, end, position.note))
    return [g for g in gaps if g.first <= g.last and g.days >= shortest]
