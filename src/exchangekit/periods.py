"""Period: a span of calendar dates together with how precisely it is known."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import attrs

from exchangekit.errors import RecordValidationError
from exchangekit.vocabulary import Precision

__all__ = ["Period"]


def _unit_bounds(d: date, precision: Precision) -> tuple[date, date]:
    """First and last day of the calendar unit of ``precision`` that contains ``d``."""
    if precision is Precision.DAY:
        return d, d
    if precision is Precision.WEEK:
        start = d - timedelta(days=d.weekday())
        return start, start + timedelta(days=6)
    if precision is Precision.MONTH:
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision is Precision.QUARTER:
        first = 3 * ((d.month - 1) // 3) + 1
        last = calendar.monthrange(d.year, first + 2)[1]
        return date(d.year, first, 1), date(d.year, first + 2, last)
    if precision is Precision.YEAR:
        return date(d.year, 1, 1), date(d.year, 12, 31)
    raise RecordValidationError("Period", "precision", "RANGE has no calendar unit")


@attrs.frozen(order=False)
class Period:
    """The inclusive span ``start``..``end`` and its ``precision``.

    "in July 2025" is ``Period.month(2025, 7)``: the event happened on one
    unknown day in that span. Build periods with the classmethods; they keep
    start, end and precision consistent.
    """

    start: date
    end: date
    precision: Precision

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise RecordValidationError(
                "Period", "end", f"{self.end.isoformat()} is before start {self.start.isoformat()}"
            )
        if self.precision is not Precision.RANGE and _unit_bounds(self.start, self.precision) != (
            self.start,
            self.end,
        ):
            raise RecordValidationError(
                "Period",
                "precision",
                f"{self.start.isoformat()}..{self.end.isoformat()} is not one whole "
                f"{self.precision.value}; use Precision.RANGE for an arbitrary span",
            )

    # -- constructors -------------------------------------------------------

    @classmethod
    def day(cls, d: date) -> Period:
        """One known day."""
        return cls(d, d, Precision.DAY)

    @classmethod
    def week(cls, year: int, week: int) -> Period:
        """ISO week ``week`` of ISO year ``year`` (Monday to Sunday)."""
        try:
            start = date.fromisocalendar(year, week, 1)
        except ValueError as exc:
            raise RecordValidationError("Period", "week", str(exc)) from None
        return cls(start, start + timedelta(days=6), Precision.WEEK)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        if not 1 <= month <= 12:
            raise RecordValidationError("Period", "month", f"must be 1-12, got {month}")
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), Precision.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """One calendar quarter (1 = January to March)."""
        if not 1 <= quarter <= 4:
            raise RecordValidationError("Period", "quarter", f"must be 1-4, got {quarter}")
        first = 3 * (quarter - 1) + 1
        last = calendar.monthrange(year, first + 2)[1]
        return cls(date(year, first, 1), date(year, first + 2, last), Precision.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        """One calendar year."""
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """Any span from ``start`` to ``end`` inclusive; a one-day span is a DAY."""
        precision = Precision.DAY if start == end else Precision.RANGE
        return cls(start, end, precision)

    @classmethod
    def containing(cls, d: date, precision: Precision) -> Period:
        """The day, week, month, quarter or year (by ``precision``) that contains ``d``."""
        start, end = _unit_bounds(d, precision)
        return cls(start, end, precision)

    @classmethod
    def parse(cls, text: str, reference: date | None = None) -> Period:
        """Read a date or span as written ("23 October 2025", "in February", "on Thursday").

        Relative and partial expressions are resolved against ``reference``,
        the publication date; without one they raise
        :class:`~exchangekit.errors.PeriodParseError` instead of guessing today.
        """
        from exchangekit._dates import parse_period

        return parse_period(text, reference)

    # -- relations ------------------------------------------------------------

    @property
    def days(self) -> int:
        """How many days the span covers."""
        return (self.end - self.start).days + 1

    def contains(self, other: date | Period) -> bool:
        """Whether a day, or every day of another period, lies in this one."""
        if isinstance(other, Period):
            return self.start <= other.start and other.end <= self.end
        return self.start <= other <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two spans share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def format(self) -> str:
        """Canonical text that :meth:`parse` reads back to an equal period.

        ``2025-10-23``, ``2025-W43``, ``2025-10``, ``2025-Q4``, ``2025`` or
        ``2025-07-01/2025-09-30`` for an arbitrary span.
        """
        p, s = self.precision, self.start
        if p is Precision.DAY:
            return s.isoformat()
        if p is Precision.WEEK:
            iso = s.isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}"
        if p is Precision.MONTH:
            return f"{s.year:04d}-{s.month:02d}"
        if p is Precision.QUARTER:
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if p is Precision.YEAR:
            return f"{s.year:04d}"
        return f"{s.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.format()
