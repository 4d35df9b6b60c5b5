"""Layers go one way: the import graph of src/newsgraph has no cycle, between packages or between
modules, and no module reaches into another for an underscore-prefixed (private) name.

Every import counts, at module level or inside a function: an import moved into a function to
dodge a cycle still ties the two modules together."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
ROOT = "newsgraph"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    """Every module of the package, by dotted name (a package by its own name)."""
    return {_module_name(path): path for path in sorted((SRC / ROOT).rglob("*.py"))}


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(known: dict[str, Path]) -> list[tuple[str, str, str | None, int]]:
    """(importer, imported module, imported name or None, line) for every newsgraph import."""
    found: list[tuple[str, str, str | None, int]] = []
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == ROOT or alias.name.startswith(ROOT + "."):
                        found.append((module, alias.name, None, node.lineno))
            elif isinstance(node, ast.ImportFrom):
                target = _absolute(module, path.name == "__init__.py", node)
                if target != ROOT and not target.startswith(ROOT + "."):
                    continue
                for alias in node.names:
                    submodule = f"{target}.{alias.name}"
                    if submodule in known:  # `from newsgraph.kb import index` imports a module
                        found.append((module, submodule, None, node.lineno))
                    else:
                        found.append((module, target, alias.name, node.lineno))
    return found


def unit(module: str) -> str:
    """The package a module belongs to at the first level below newsgraph (newsgraph.kb.index →
    newsgraph.kb); a top-level module is its own unit (newsgraph.model)."""
    return ".".join(module.split(".")[:2])


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def _edges(pairs) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for source, target in pairs:
        if source != target:
            edges[source].add(target)
    return edges


def _witnesses(component: list[str], found, key) -> list[str]:
    members = set(component)
    return sorted({f"{module}:{line} imports {target}" for module, target, _, line in found
                   if key(module) in members and key(target) in members and key(module) != key(target)})


@pytest.fixture(scope="module")
def graph():
    known = modules()
    return known, imports(known)


def test_the_graph_is_read(graph):
    known, found = graph
    assert "newsgraph.kb.index" in known and "newsgraph.text.names" in known
    assert ("newsgraph.kb.index", "newsgraph.text.names", "normalize") in {(a, b, c) for a, b, c, _ in found}


def test_no_cycle_between_packages(graph):
    _, found = graph
    components = cycles(_edges((unit(source), unit(target)) for source, target, _, _ in found))
    assert not components, "\n".join(
        " <-> ".join(component) + "\n  " + "\n  ".join(_witnesses(component, found, unit))
        for component in components)


def test_no_cycle_between_modules(graph):
    _, found = graph
    components = cycles(_edges((source, target) for source, target, _, _ in found))
    assert not components, "\n".join(
        " <-> ".join(component) + "\n  " + "\n  ".join(_witnesses(component, found, lambda m: m))
        for component in components)


def test_the_text_package_is_a_leaf(graph):
    _, found = graph
    outside = [f"{source}:{line} imports {target}" for source, target, _, line in found
               if unit(source) == "newsgraph.text" and unit(target) != "newsgraph.text"]
    assert not outside


def test_no_private_name_crosses_a_module(graph):
    _, found = graph
    private = [f"{source}:{line} imports {name} from {target}" for source, target, name, line in found
               if source != target and (
                   (name is not None and name.startswith("_") and not name.startswith("__"))
                   or any(part.startswith("_") and not part.startswith("__") for part in target.split(".")))]
    assert not private, "\n".join(private)


def test_the_cycle_finder_finds_cycles():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_ingest_package_never_reaches_the_database(graph):
    """Ingest reads and fetches; the store alone speaks SQL. No ingest module imports sqlalchemy or
    newsgraph.store, nor any newsgraph module that does, however indirectly."""
    known, found = graph
    reaches: dict[str, set[str]] = defaultdict(set)
    for source, target, _, _ in found:
        reaches[source].add(target)
    ingest = sorted(m for m in known if unit(m) == "newsgraph.ingest")
    via: dict[str, str] = {m: m for m in ingest}  # a reached module -> the ingest module it was reached from
    queue = list(ingest)
    while queue:
        module = queue.pop()
        for target in reaches[module] - via.keys():
            via[target] = via[module]
            queue.append(target)
    sql = [f"{via[m]} reaches {m}" for m in sorted(via) if unit(m) == "newsgraph.store"]
    for module in sorted(via):
        tree = ast.parse(known[module].read_text(encoding="utf-8"))
        names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
        names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and not node.level]
        path = module if via[module] == module else f"{via[module]} reaches {module}, which"
        sql += [f"{path} imports {name}" for name in names if name == "sqlalchemy" or name.startswith("sqlalchemy.")]
    assert len(via) > len(ingest), "the walk found no module outside the ingest package"
    assert not sql, "\n".join(sql)


def test_no_module_is_exempt_from_lint_or_type_checks():
    import tomllib

    config = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert "per-file-ignores" not in config["tool"]["ruff"]["lint"]
    assert not [o for o in config["tool"]["mypy"].get("overrides", []) if o.get("ignore_errors")]
