"""Axis scales for the report's SVG charts: where a number goes on the page, linear or log.

The template draws marks; this module only decides positions. A scale covers
every value it is built from, so no interval is ever clipped; a floor with no
ceiling runs to the far end of the axis, past the largest finite bound.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["LOG_SPAN", "Scale", "nice_ceiling", "scale_for"]

LOG_SPAN = 100
"""A log axis is used when the largest value is at least this many times the smallest
positive one: two orders of magnitude, where small intervals would vanish on a linear axis."""

_STEPS = (1, 2, 2.5, 5, 10)


def nice_ceiling(value: float) -> int:
    """The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above ``value``.

    Axis ends are round so that their ticks read as plain numbers; 0 and
    anything below 1 give 1, so an axis never has zero length.
    """
    if value <= 1:
        return 1
    power: int = 10 ** math.floor(math.log10(value))
    for step in _STEPS:
        if step * power >= value:
            return math.ceil(step * power)
    return 10 * power  # pragma: no cover - the last step always reaches value


@dataclass(frozen=True)
class Scale:
    """Maps counts in ``[low, high]`` onto the page from ``start`` to ``end`` (pixels).

    With ``log`` the mapping is logarithmic and ``low`` is a positive power of
    ten; a count below ``low`` (zero, say) is drawn at ``start``.
    """

    low: int
    high: int
    start: float
    end: float
    log: bool = False

    def __post_init__(self) -> None:
        if self.high <= self.low or (self.log and self.low <= 0):
            raise ValueError(f"a scale needs 0 < low < high on a log axis, got {self}")

    def __call__(self, value: float) -> float:
        """Where ``value`` goes, clamped to the ends of the axis."""
        if self.log:
            where = (math.log10(max(value, self.low)) - math.log10(self.low)) / (
                math.log10(self.high) - math.log10(self.low)
            )
        else:
            where = (value - self.low) / (self.high - self.low)
        where = min(max(where, 0.0), 1.0)
        return round(self.start + where * (self.end - self.start), 2)

    def ticks(self) -> list[int]:
        """Round numbers to label along the axis: powers of ten, or five even steps."""
        if self.log:
            first, last = round(math.log10(self.low)), round(math.log10(self.high))
            return [10**k for k in range(first, last + 1)]
        step = (self.high - self.low) / 5
        return sorted({round(self.low + step * i) for i in range(6)})


def scale_for(values: Iterable[int], start: float, end: float, *, log: bool | None = None) -> Scale:
    """A scale from ``start`` to ``end`` covering ``values`` (and 0, on a linear axis).

    ``log=None`` chooses: logarithmic when the values span :data:`LOG_SPAN`
    or more (largest over smallest positive), linear otherwise.
    """
    numbers = [v for v in values if v >= 0]
    top = max(numbers, default=0)
    positive = [v for v in numbers if v > 0]
    if log is None:
        log = bool(positive) and top >= LOG_SPAN * min(positive)
    if log and positive:
        low = 10 ** math.floor(math.log10(min(positive)))
        high = 10 ** math.ceil(math.log10(top))
        if high <= low:
            high = low * 10
        return Scale(low, high, start, end, log=True)
    return Scale(0, nice_ceiling(top), start, end)
