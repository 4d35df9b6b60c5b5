"""An entity's roles over time, read from the knowledge base."""

from __future__ import annotations

from newsgraph.serve.context import ServeContext
from newsgraph.serve.schemas import RoleOut


def roles_of(context: ServeContext, entity_id: str) -> list[RoleOut]:
    """Every office the knowledge base says a person held, earliest first; [] for anyone else."""
    found = context.kb_entity(entity_id)
    if found is None or found[0] != "person":
        return []
    kb = context.kb()
    roles = []
    for term in kb.terms(found[1]):
        position = kb.positions.get(term.position)
        roles.append(RoleOut(position_id=term.position, position=position.name if position else term.position,
                             polity=position.polity if position else None, start=term.start, end=term.end,
                             status=term.status, note=term.note))
    return roles


def kb_name(context: ServeContext, entity_id: str) -> tuple[str, str] | None:
    """(name, type) of an entity the knowledge base knows, or None."""
    found = context.kb_entity(entity_id)
    if found is None:
        return None
    kind, key = found
    return context.kb().entity_name(key), {"person": "PERSON", "organization": "ORG", "country": "GPE"}[kind]
