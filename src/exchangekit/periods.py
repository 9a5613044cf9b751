"""Period: a span of calendar dates together with how precisely it is known."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any, Literal

import attrs

from exchangekit.errors import RecordValidationError
from exchangekit.vocabulary import Precision

__all__ = ["Period"]


def _unit_bounds(d: date, precision: Precision) -> tuple[date, date]:
    """First and last day of the calendar unit of ``precision`` that contains ``d``."""
    if precision is Precision.DAY:
        return d, d
    if precision is Precision.WEEK:
        try:
            start = d - timedelta(days=d.weekday())
            return start, start + timedelta(days=6)
        except OverflowError:
            raise RecordValidationError(
                "Period",
                "precision",
                f"the ISO week containing {d.isoformat()} runs past {date.max.isoformat()}, "
                "the last date Python can represent",
            ) from None
    if precision is Precision.MONTH:
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision is Precision.QUARTER:
        first = 3 * ((d.month - 1) // 3) + 1
        last = calendar.monthrange(d.year, first + 2)[1]
        return date(d.year, first, 1), date(d.year, first + 2, last)
    if precision is Precision.YEAR:
        return date(d.year, 1, 1), date(d.year, 12, 31)
    raise RecordValidationError("Period", "precision", "RANGE has no calendar unit")


def _check_year(year: int) -> None:
    """Reject years that :class:`datetime.date` cannot hold, naming the field."""
    if not date.min.year <= year <= date.max.year:
        raise RecordValidationError(
            "Period", "year", f"must be {date.min.year}-{date.max.year}, got {year}"
        )


def _plain_date(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept a :class:`date` but not a :class:`datetime`, whose time would be meaningless here."""
    if isinstance(value, datetime) or not isinstance(value, date):
        hint = "; use .date() to drop the time" if isinstance(value, datetime) else ""
        raise RecordValidationError(
            "Period", attribute.name, f"must be a datetime.date, got {value!r}{hint}"
        )


def _a_precision(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept only a :class:`Precision` member, so a stray string gets a plain message."""
    if not isinstance(value, Precision):
        raise RecordValidationError(
            "Period", attribute.name, f"must be a Precision member, got {value!r}"
        )


@attrs.frozen(order=False)
class Period:
    """The inclusive span ``start``..``end`` and its ``precision``.

    "in July 2025" is ``Period.month(2025, 7)``: the event happened on one
    unknown day in that span. Build periods with the classmethods; they keep
    start, end and precision consistent.
    """

    start: date = attrs.field(validator=_plain_date)
    end: date = attrs.field(validator=_plain_date)
    precision: Precision = attrs.field(validator=_a_precision)

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
        _check_year(year)
        weeks = date(year, 12, 28).isocalendar().week  # 28 December is always in the last week
        if not 1 <= week <= weeks:
            raise RecordValidationError(
                "Period", "week", f"ISO year {year} has weeks 1-{weeks}, not {week}"
            )
        start = date.fromisocalendar(year, week, 1)
        return cls.containing(start, Precision.WEEK)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        if not 1 <= month <= 12:
            raise RecordValidationError("Period", "month", f"must be 1-12, got {month}")
        _check_year(year)
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), Precision.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """One calendar quarter (1 = January to March)."""
        if not 1 <= quarter <= 4:
            raise RecordValidationError("Period", "quarter", f"must be 1-4, got {quarter}")
        _check_year(year)
        first = 3 * (quarter - 1) + 1
        last = calendar.monthrange(year, first + 2)[1]
        return cls(date(year, first, 1), date(year, first + 2, last), Precision.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        """One calendar year."""
        _check_year(year)
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
    def parse(
        cls,
        text: str,
        reference: date | None = None,
        *,
        date_order: Literal["DMY", "MDY"] | None = None,
    ) -> Period:
        """Read a date or span as written ("23 October 2025", "in February", "on Thursday").

        Relative and partial expressions are resolved against ``reference``,
        the publication date; without one they raise
        :class:`~exchangekit.errors.PeriodParseError` instead of guessing today.
        ``date_order`` says how to read all-numeric dates such as ``03/04/2025``,
        which are otherwise refused as ambiguous. The grammar is in ``docs/periods.md``.

        :param text: A date or span: "23 October 2025", "July 2025", "2025-10",
            "in February", "on Thursday", "last month".
        :param reference: The date the text was published, against which relative
            and partial expressions are resolved.
        :param date_order: ``"DMY"`` or ``"MDY"``, to read all-numeric dates such as
            ``03/04/2025``; without it they are an error.
        """
        from exchangekit._dates import parse_period

        return parse_period(text, reference, date_order=date_order)

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

    def hull(self, other: Period) -> Period:
        """The smallest period containing both, e.g. to cover several reports of one event.

        When the hull is exactly one of the two, that one is returned (a calendar
        unit rather than a RANGE of the same days); otherwise it is a RANGE.
        """
        start, end = min(self.start, other.start), max(self.end, other.end)
        same = [p for p in (self, other) if (p.start, p.end) == (start, end)]
        same.sort(key=lambda p: p.precision is Precision.RANGE)
        return same[0] if same else Period(start, end, Precision.RANGE)

    def buckets(self, precision: Precision) -> Iterator[Period]:
        """The whole days, ISO weeks, months, quarters or years that cover this span, in order.

        Consecutive buckets meet without gap or overlap; the first contains
        ``start`` and the last ``end``, so they can reach beyond a span that is
        not aligned to the unit. ``Precision.RANGE`` is not a unit and is refused.
        """
        return _units(Period.containing(self.start, precision), self.end)

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


def _units(first: Period, last_day: date) -> Iterator[Period]:
    """``first`` and the units of its precision after it, up to the one containing ``last_day``."""
    unit = first
    while True:
        yield unit
        if unit.end >= last_day:
            return
        unit = Period.containing(unit.end + timedelta(days=1), unit.precision)
