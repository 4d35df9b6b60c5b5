"""Load knowledge-base files (bundled and the user's) and compile them into a cached index."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Sequence
from pathlib import Path

import yaml
from pydantic import ValidationError

from newsgraph.errors import KbError
from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.integrity import check_integrity
from newsgraph.kb.schema import KbFile
from newsgraph.settings import Settings

BUNDLED = Path(__file__).parent / "data"
_FORMAT_VERSION = "kb-index-1"
_INDEX_CODE = [Path(__file__).parent / name for name in ("index.py", "schema.py")] + \
    [Path(__file__).parent.parent / "model.py"] + \
    [Path(__file__).parent.parent / "text" / name for name in
     ("names.py", "readings.py", "data/pinyin_latin.tsv", "data/korean_surnames.tsv", "data/wade_giles.tsv",
      "data/korean_jamo.tsv")]


def kb_paths(settings: Settings) -> list[Path]:
    """The bundled files, then the user's (`settings.kb_dir`), each folder in name order."""
    paths = sorted(BUNDLED.glob("*.yaml"))
    user = Path(settings.kb_dir)
    if user.is_dir():
        paths += sorted(user.glob("*.yaml"))
    return paths


def read_kb_file(path: Path) -> KbFile:
    """Parse and validate one file.

    Raises:
        KbError: not YAML, or not in the knowledge-base format (the message names the field).
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
        # ValueError: YAML reads 2025-02-30 as a timestamp and fails on the impossible day
        raise KbError(f"{path}: cannot read it as YAML ({exc.__class__.__name__}: {exc}); "
                      "check dates (start/end) are real days") from None
    if not isinstance(data, dict):
        raise KbError(f"{path}: a knowledge-base file is a mapping with positions/persons/occupancies")
    try:
        return KbFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise KbError(f"{path}: {where}: {first['msg']} ({exc.error_count()} problem(s))") from None


def load_kb(settings: Settings, *, check: bool = True, extra: Sequence[tuple[str, KbFile]] = ()) -> KnowledgeBase:
    """The compiled knowledge base, rebuilt only when a file changed since the cached copy.

    Args:
        extra: more facts (e.g. learned ones) added after the files; not cached, not checked.

    Raises:
        KbError: a file is invalid, or (with `check`) the files together break an integrity rule.
    """
    paths = kb_paths(settings)
    if extra:
        return KnowledgeBase.build([*((p.name, read_kb_file(p)) for p in paths), *extra])
    digest = hashlib.sha256(_FORMAT_VERSION.encode())
    for module in _INDEX_CODE:  # the index is derived by code too: a code change rebuilds it
        digest.update(module.read_bytes())
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    cache = _cache_dir(settings) / f"kb-{digest.hexdigest()[:24]}.pickle"
    if cache.exists():
        try:
            with cache.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # a stale or broken cache is rebuilt below
    kb = KnowledgeBase.build((path.name, read_kb_file(path)) for path in paths)
    if check:
        problems = check_integrity(kb)
        if problems:
            shown = "; ".join(problems[:5])
            raise KbError(f"the knowledge base has {len(problems)} problem(s): {shown}")
    _write_cache(cache, kb)
    return kb


def _cache_dir(settings: Settings) -> Path:
    if settings.cache_dir:
        return Path(settings.cache_dir)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsgraph"


def _write_cache(cache: Path, kb: KnowledgeBase) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(kb, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(cache)  # atomic: concurrent loaders never read half a file
    except OSError:
        pass  # no writable cache: the index is simply rebuilt next time
