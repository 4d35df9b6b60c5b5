"""Threshold bands for indicators: configured ones, and ones reports state themselves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

from newsgraph.errors import UsageError
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band, BandSide

BUNDLED = Path(__file__).resolve().parent.parent / "config" / "thresholds.yaml"


def load_bands(path: str | None = None) -> list[Band]:
    """The bundled bands plus those in `path` (NEWSGRAPH_THRESHOLDS_FILE).

    Raises:
        UsageError: the file cannot be read or is not in the bands format.
    """
    bands = _read(BUNDLED)
    if path:
        bands += _read(Path(path))
    return bands


def _read(path: Path) -> list[Band]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found = []
        for entry in data.get("bands", []):
            for band in entry["bands"]:
                side = "below" if "below" in band else "above"
                found.append(Band(indicator=entry["indicator"], label=band["label"], side=BandSide(side),
                                  value=float(band[side]), office=entry.get("office"), polity=entry.get("polity"),
                                  subject=entry.get("subject"), source=entry.get("source")))
        return found
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UsageError(f"{path}: not a thresholds file ({exc.__class__.__name__}: {exc})",
                         hint="see src/newsgraph/config/thresholds.yaml for the format") from None


def applies(band: Band, indicator: str, subject_id: str | None, subject_name: str | None,
            kb: KnowledgeBase) -> bool:
    """Whether a band's selector matches an observation's indicator and subject."""
    if band.indicator != indicator:
        return False
    entity = kb.from_public_id(subject_id)
    if band.subject and band.subject not in (subject_id, subject_name, entity):
        return False
    if band.office and not (entity and any(t.position == band.office for t in kb.terms(entity))):
        return False
    if band.polity:
        polities = {kb.positions[t.position].polity for t in kb.terms(entity)} if entity in kb.persons else {entity}
        if band.polity not in polities:
            return False
    return True


def applies_to_all(band: Band, indicator: str, subjects: Sequence[tuple[str | None, str | None]],
                   kb: KnowledgeBase) -> bool:
    """Whether a band holds for every (id, name) subject given; with no subject, only a band without selector."""
    if not subjects:
        return band.indicator == indicator and not (band.office or band.polity or band.subject)
    return all(applies(band, indicator, subject_id, name, kb) for subject_id, name in subjects)


def innermost(bands: Sequence[Band], value: float) -> Band | None:
    """The band a value lies deepest in (the lowest 'below' or highest 'above' band containing it)."""
    inside = [b for b in bands if b.contains(value)]
    if not inside:
        return None
    if inside[0].side is BandSide.below:
        return min(inside, key=lambda b: b.value)
    return max(inside, key=lambda b: b.value)


def bands_from_mapping(given: Mapping[str, Sequence[Band | Mapping]]) -> list[Band]:
    """Bands given per indicator as Band records or plain mappings (for `make_app(bands=…)`).

    A mapping gives the side as a key (`{"label": …, "below": 30}`) or as `{"label": …, "side": "below",
    "value": 30}`, and may carry the selector keys `office`, `polity` and `subject`.

    Raises:
        ValueError: a band has neither or both sides.
    """
    found = []
    for indicator, items in given.items():
        for item in items:
            if isinstance(item, Band):
                found.append(item)
                continue
            data = dict(item)
            sides = [side for side in ("below", "above") if data.get(side) is not None]
            if "side" in data:
                sides.append(data.pop("side"))
                data["value"] = data.pop("value", None)
            else:
                data["value"] = data.get(sides[0]) if len(sides) == 1 else None
            if len(sides) != 1 or data["value"] is None:
                raise ValueError(f"band {data.get('label')!r} needs exactly one of 'below' or 'above'")
            data.pop("below", None), data.pop("above", None), data.pop("color", None)
            found.append(Band(indicator=indicator, side=BandSide(sides[0]), **data))
    return found
