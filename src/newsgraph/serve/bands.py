"""Threshold bands drawn behind an indicator's series ("danger zone below 30%")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict, model_validator


class Band(BaseModel):
    """A labelled zone of an indicator's values: everything below, or above, a value."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str
    below: float | None = None
    above: float | None = None
    color: str | None = None

    @model_validator(mode="after")
    def _one_side(self) -> "Band":
        if (self.below is None) == (self.above is None):
            raise ValueError(f"band {self.label!r} needs exactly one of 'below' or 'above'")
        return self

    @property
    def value(self) -> float:
        """The threshold the band starts at."""
        return self.below if self.below is not None else self.above  # type: ignore[return-value]


_COLORS = ("#f4a261", "#d62828", "#e9c46a", "#9b2226")


def configured_bands(path: str | None = None) -> dict[str, list[Band]]:
    """The threshold bands of `newsgraph.crossdoc.bands` (bundled config plus `path`), per indicator."""
    from newsgraph.crossdoc.bands import load_bands

    grouped: dict[str, list[Band]] = {}
    for band in load_bands(path):
        items = grouped.setdefault(band.indicator, [])
        if all(b.label != band.label for b in items):
            items.append(Band(label=band.label, **{band.side: band.value}, color=_COLORS[len(items) % len(_COLORS)]))
    return grouped


def read_bands(bands: Mapping[str, Sequence[Band | Mapping]] | None) -> dict[str, list[Band]]:
    """Validate bands given as Band objects or plain mappings `{label, below|above, value}`.

    A mapping may give the side as a key (`{"label": …, "below": 30}`) or as
    `{"label": …, "side": "below", "value": 30}`.

    Raises:
        ValueError: a band has neither or both sides.
    """
    if bands is None:
        return configured_bands()
    return {indicator: [_band(b) for b in items] for indicator, items in bands.items()}


def _band(item: Band | Mapping) -> Band:
    if isinstance(item, Band):
        return item
    data = dict(item)
    side = data.pop("side", None)
    if side in ("below", "above") and "value" in data:
        data[side] = data.pop("value")
    return Band.model_validate(data)
