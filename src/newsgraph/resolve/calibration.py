"""Confidence that means what it says: the resolver's evidence combined by a fitted logistic model.

Each person link carries its evidence as named numbers (how alike the written name is to the
person's, whether a title fits the office the person held, whether a country was named, how many
holders competed, …). A logistic model over those features, fitted on the tuning half of real
reports by `bench/calibrate_resolution.py` and stored in `data/calibration.yaml`, turns them into
the probability that the link is right; a garbled name whose probability falls below the fitted
threshold is left unresolved rather than linked with false confidence.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

CALIBRATION_FILE = Path(__file__).parent / "data" / "calibration.yaml"

# Every feature a link may carry; the resolver sets the first eleven, the linker the rest.
FEATURES = ("name_similarity", "family_similarity", "written_is_alias", "written_is_family_only", "title_fit",
            "country_named", "competing_holders", "in_office_on_date", "title_only", "conflict", "corrected",
            "repeat_of_earlier_name", "sound_alike_in_text", "title_refers_back")


@dataclass(frozen=True)
class Calibration:
    """A fitted logistic model over the link features, and the probability below which a name
    the resolver only found similar (status `corrected`) is not linked."""

    bias: float
    weights: dict[str, float] = field(default_factory=dict)
    link_threshold: float = 0.5
    fitted_on: str = ""

    def confidence(self, evidence: Iterable[tuple[str, float]]) -> float:
        """The probability that a link with this evidence is right, to two decimals."""
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in evidence)
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score)))), 2)

    def to_yaml(self, extra: dict | None = None) -> str:
        """The model as the data file stores it (with measurements as `extra`)."""
        body = {"fitted_on": self.fitted_on, "bias": round(self.bias, 4),
                "weights": {k: round(v, 4) for k, v in self.weights.items()},
                "link_threshold": round(self.link_threshold, 3), **(extra or {})}
        return yaml.safe_dump(body, sort_keys=False, allow_unicode=True)


@cache
def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    """The fitted model shipped with newsgraph (or another file written by the calibration bench)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    unknown = set(data.get("weights", {})) - set(FEATURES)
    if unknown:
        raise ValueError(f"{path}: unknown features {sorted(unknown)}; refit with bench/calibrate_resolution.py")
    return Calibration(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                       float(data.get("link_threshold", 0.5)), str(data.get("fitted_on", "")))
