"""Threshold bands for indicators: configured ones, and ones reports state themselves."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from newsgraph.errors import UsageError
from newsgraph.kb.index import KnowledgeBase

BUNDLED = Path(__file__).resolve().parent.parent / "config" / "thresholds.yaml"


@dataclass(frozen=True)
class Band:
    """A labelled range of an indicator: below or above a value."""

    indicator: str
    label: str
    side: str  # below | above
    value: float
    office: str | None = None
    polity: str | None = None
    subject: str | None = None
    source: str | None = None

    def contains(self, value: float) -> bool:
        """True when a value lies in the band."""
        return value < self.value if self.side == "below" else value > self.value

    def describe(self) -> str:
        """"danger zone (below 30%)"."""
        return f"{self.label} ({self.side} {self.value:g}%)"


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
                found.append(Band(entry["indicator"], band["label"], side, float(band[side]), entry.get("office"),
                                  entry.get("polity"), entry.get("subject"), entry.get("source")))
        return found
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
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
