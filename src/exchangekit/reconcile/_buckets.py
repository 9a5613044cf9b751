"""A grid of consecutive calendar buckets (weeks, months, ...) with constant-time lookup."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from exchangekit.periods import Period
from exchangekit.vocabulary import Precision

__all__ = ["Grid"]


def _ordinal(d: date, unit: Precision) -> int:
    """A number that grows by one from each bucket of ``unit`` to the next."""
    if unit is Precision.DAY:
        return d.toordinal()
    if unit is Precision.WEEK:
        return (d.toordinal() - d.weekday()) // 7
    if unit is Precision.MONTH:
        return d.year * 12 + d.month - 1
    if unit is Precision.QUARTER:
        return d.year * 4 + (d.month - 1) // 3
    if unit is Precision.YEAR:
        return d.year
    raise ValueError(f"{unit} is not a calendar unit")


# The same numbering as _ordinal, one function per unit, for the lookups in a loop.
_NUMBERS: dict[Precision, Callable[[date], int]] = {
    Precision.DAY: date.toordinal,
    Precision.WEEK: lambda d: (d.toordinal() - d.weekday()) // 7,
    Precision.MONTH: lambda d: d.year * 12 + d.month - 1,
    Precision.QUARTER: lambda d: d.year * 4 + (d.month - 1) // 3,
    Precision.YEAR: lambda d: d.year,
}


def _first_day(ordinal: int, unit: Precision) -> date:
    if unit is Precision.DAY:
        return date.fromordinal(ordinal)
    if unit is Precision.WEEK:
        return date.fromordinal(ordinal * 7 + 1)
    if unit is Precision.MONTH:
        return date(ordinal // 12, ordinal % 12 + 1, 1)
    if unit is Precision.QUARTER:
        return date(ordinal // 4, 3 * (ordinal % 4) + 1, 1)
    return date(ordinal, 1, 1)


class Grid:
    """Every bucket of ``unit`` from the one holding ``first`` to the one holding ``last``."""

    __slots__ = ("_number", "_origin", "buckets", "unit")

    def __init__(self, unit: Precision, first: date, last: date) -> None:
        self.unit = unit
        self._number = _NUMBERS.get(unit, partial(_ordinal, unit=unit))
        self._origin = _ordinal(first, unit)
        count = _ordinal(last, unit) - self._origin + 1
        self.buckets: tuple[Period, ...] = tuple(
            Period.containing(_first_day(self._origin + i, unit), unit) for i in range(count)
        )

    @property
    def start(self) -> date:
        """The first day of the first bucket."""
        return self.buckets[0].start

    @property
    def end(self) -> date:
        """The last day of the last bucket."""
        return self.buckets[-1].end

    def index(self, d: date) -> int:
        """Position of the bucket holding ``d`` (negative or past the end when outside)."""
        return self._number(d) - self._origin

    @property
    def number(self) -> Callable[[date], int]:
        """The function numbering the bucket of a day; ``number(d) - origin`` is its position."""
        return self._number

    @property
    def origin(self) -> int:
        """The number of the first bucket."""
        return self._origin

    def __len__(self) -> int:
        return len(self.buckets)
