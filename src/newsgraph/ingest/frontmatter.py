"""YAML front matter at the top of a text file."""

from __future__ import annotations

import re

import yaml

from newsgraph.errors import BadRecord
from newsgraph.ingest.build import DocumentMeta

_FENCE = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
# Front matter is a few lines of metadata; PyYAML is slow on megabytes and recursive on nesting.
MAX_FRONT_MATTER = 64_000


def split_front_matter(text: str, *, name: str = "input") -> tuple[DocumentMeta, str]:
    """Split `---`-fenced YAML front matter off a text.

    Returns:
        The metadata it gave (empty when there is none) and the remaining body.

    Raises:
        BadRecord: the front matter is not a YAML mapping.
    """
    match = _FENCE.match(text)
    if not match:
        return DocumentMeta(), text
    if len(match[1]) > MAX_FRONT_MATTER:
        raise BadRecord(f"{name}: the front matter is {len(match[1]):,} characters, over the "
                        f"{MAX_FRONT_MATTER:,} metadata may take",
                        hint="keep only key: value lines between the '---' fences")
    try:
        data = yaml.safe_load(match[1])
    except yaml.YAMLError as exc:
        raise BadRecord(f"{name}: the front matter is not valid YAML ({exc.__class__.__name__})",
                        hint="fix the lines between the '---' fences") from None
    except (ValueError, RecursionError) as exc:  # PyYAML builds dates and numbers itself: 2025-02-30
        raise BadRecord(f"{name}: the front matter holds a value YAML cannot read ({exc})",
                        hint="fix the lines between the '---' fences") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise BadRecord(f"{name}: the front matter must be key: value lines",
                        hint="fix the lines between the '---' fences")
    return DocumentMeta.from_mapping(data, name=name), text[match.end():]
