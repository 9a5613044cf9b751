"""Count: an uncertain non-negative number of people, kept as an honest interval."""

from __future__ import annotations

import math
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

import attrs

from exchangekit.errors import RecordValidationError
from exchangekit.vocabulary import Qualifier

__all__ = ["DEFAULT_SEMANTICS", "Count", "CountSemantics"]


def _width(value: object, record: str, field: str) -> Fraction:
    """Read a relative width exactly: a float goes through its decimal text, so 0.1 is 1/10."""
    if isinstance(value, bool) or not isinstance(value, Fraction | float | int | str):
        raise RecordValidationError(record, field, f"must be a number, got {value!r}")
    try:
        return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise RecordValidationError(record, field, f"must be a number, got {value!r}") from None


def _given_width(value: object) -> Fraction:
    """A width passed to a constructor, checked to lie in [0, 1)."""
    w = _width(value, "Count", "width")
    if not 0 <= w < 1:
        raise RecordValidationError("Count", "width", f"must be in [0, 1), got {value}")
    return w


def _approx_width(value: object) -> Fraction:
    return _width(value, "CountSemantics", "approx_width")


def _near_width(value: object) -> Fraction:
    return _width(value, "CountSemantics", "near_width")


def _check_figure(n: object, field: str) -> int:
    """A stated figure is a non-negative whole number (bools are not numbers of people)."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise RecordValidationError("Count", field, f"must be a whole number, got {n!r}")
    if n < 0:
        raise RecordValidationError("Count", field, f"must not be negative, got {n}")
    return n


@attrs.frozen
class CountSemantics:
    """What the vague phrases mean as intervals; pass your own to change the defaults.

    ``approx_width`` is the relative half-width of "around N" (``0.1`` reads
    "around 1,000" as 900 to 1,100); ``near_width`` the relative width below N of
    "nearly N" and "almost N"; ``magnitude_floor`` how many units a plural order
    of magnitude implies at least ("tens of thousands" is at least 2 x 10,000),
    from 1 to 4 so that "scores" (at least ``magnitude_floor`` x 20) stays below
    a hundred; ``years`` the inclusive span in which a bare four-digit number
    such as "2025" is read as a year rather than a figure (``None``: never).
    """

    approx_width: Fraction = attrs.field(default=Fraction(1, 10), converter=_approx_width)
    near_width: Fraction = attrs.field(default=Fraction(1, 10), converter=_near_width)
    magnitude_floor: int = attrs.field(default=2)
    years: tuple[int, int] | None = attrs.field(default=(1900, 2099))

    @approx_width.validator
    @near_width.validator
    def _check_width(self, attribute: attrs.Attribute[Fraction], value: Fraction) -> None:
        if not 0 <= value < 1:
            raise RecordValidationError(
                "CountSemantics", attribute.name, f"must be in [0, 1), got {value}"
            )

    @magnitude_floor.validator
    def _check_floor(self, attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
            raise RecordValidationError(
                "CountSemantics",
                attribute.name,
                f"must be a whole number from 1 to 4 (so 'scores' stays below 100), got {value!r}",
            )

    @years.validator
    def _check_years(
        self, attribute: attrs.Attribute[tuple[int, int] | None], value: object
    ) -> None:
        if value is None:
            return
        if (
            not isinstance(value, tuple)
            or len(value) != 2
            or not all(isinstance(y, int) and not isinstance(y, bool) for y in value)
            or not 1000 <= value[0] <= value[1] <= 9999
        ):
            raise RecordValidationError(
                "CountSemantics",
                attribute.name,
                f"must be None or a (first, last) pair of four-digit years, got {value!r}",
            )


DEFAULT_SEMANTICS = CountSemantics()
"""The semantics :meth:`Count.parse` and the constructors use unless given others."""

# Join of qualifiers under addition: EXACT is the identity, UNKNOWN absorbs,
# two different hedges make a RANGE. A semilattice join, so associative.
_RANK = {Qualifier.EXACT: 0, Qualifier.RANGE: 2, Qualifier.UNKNOWN: 3}

# Hedges that stop describing a sum once anything but zero is added: "at most 5"
# plus exactly 10 is 10 to 15, not "at most 15"; an order of magnitude plus
# anything is no longer that order of magnitude.
_CEILINGS = frozenset({Qualifier.AT_MOST, Qualifier.FEWER_THAN})


def _join(a: Qualifier, b: Qualifier) -> Qualifier:
    if a is b:
        return a
    rank_a, rank_b = _RANK.get(a, 1), _RANK.get(b, 1)
    if rank_a == rank_b == 1:
        return Qualifier.RANGE
    return a if rank_a > rank_b else b


def _is_zero(count: Count) -> bool:
    return count.qualifier is Qualifier.EXACT and count.low == 0 and count.high == 0


def _sum_qualifier(a: Count, b: Count, low: int) -> Qualifier:
    """The qualifier of ``a + b`` (whose lower bound is ``low``).

    It depends only on the multiset of non-zero operands, so it is associative
    and commutative, and an exact zero leaves the other operand's qualifier alone.
    """
    if _is_zero(b):
        return a.qualifier
    if _is_zero(a):
        return b.qualifier
    joined = _join(a.qualifier, b.qualifier)
    if joined is Qualifier.ORDER_OF_MAGNITUDE or (joined in _CEILINGS and low > 0):
        return Qualifier.RANGE
    return joined


_Bounds = tuple[int, int | None, int | None, Qualifier]
"""A count as plain values: ``(low, high, best, qualifier)``, for summing without objects."""

_ZERO_BOUNDS: _Bounds = (0, 0, 0, Qualifier.EXACT)


def _add_bounds(start: _Bounds, counts: Iterable[Count]) -> _Bounds:
    """``start`` plus every count of ``counts`` in order, as ``Count.__add__`` would sum them.

    The same arithmetic and the same qualifier rule, step for step, on plain
    integers: a sum of many figures builds one :class:`Count` at the end
    instead of one per figure.
    """
    low, high, best, qualifier = start
    for count in counts:
        c_low, c_high, c_best, c_qualifier = count.low, count.high, count.best, count.qualifier
        if not (c_qualifier is Qualifier.EXACT and c_low == 0 and c_high == 0):
            if qualifier is Qualifier.EXACT and low == 0 and high == 0:
                qualifier = c_qualifier
            elif qualifier is Qualifier.UNKNOWN or (
                qualifier is Qualifier.RANGE and c_qualifier is not Qualifier.UNKNOWN
            ):
                pass  # the join keeps an unknown, or a range with anything but an unknown
            else:
                joined = qualifier if qualifier is c_qualifier else _join(qualifier, c_qualifier)
                if joined is Qualifier.ORDER_OF_MAGNITUDE or (
                    joined in _CEILINGS and low + c_low > 0
                ):
                    joined = Qualifier.RANGE
                qualifier = joined
        low += c_low
        high = None if high is None or c_high is None else high + c_high
        best = None if best is None or c_best is None else best + c_best
    return low, high, best, qualifier


def _check_qualifier(instance: Count, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Qualifier):
        accepted = ", ".join(f"Qualifier.{q.name}" for q in Qualifier)
        raise RecordValidationError(
            "Count", attribute.name, f"must be one of {accepted}, got {value!r}"
        )


def _check_bound(instance: Count, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _check_figure(value, attribute.name)


def _fmt(n: int) -> str:
    return f"{n:,}"


@attrs.frozen
class Count:
    """An uncertain non-negative integer: the interval ``[low, high]`` plus how it was stated.

    ``high`` is ``None`` when unbounded above ("more than 135,000"); ``best``
    is the single figure the source gave, when it gave one. Addition is the
    interval sum, so adding uncertain handovers gives a range that contains
    every possible true total.
    """

    low: int = attrs.field(validator=_check_bound)
    high: int | None = attrs.field(validator=_check_bound)
    best: int | None = attrs.field(default=None, validator=_check_bound)
    qualifier: Qualifier = attrs.field(default=Qualifier.RANGE, validator=_check_qualifier)

    def __attrs_post_init__(self) -> None:
        if self.high is not None and self.high < self.low:
            raise RecordValidationError(
                "Count", "high", f"upper bound {self.high} is below lower bound {self.low}"
            )
        if self.best is not None and not self.contains(self.best):
            raise RecordValidationError(
                "Count", "best", f"best figure {self.best} lies outside {self.bounds_text()}"
            )

    # -- constructors -------------------------------------------------------

    @classmethod
    def exact(cls, n: int) -> Count:
        """Exactly ``n``, as when an agency gives a precise tally."""
        _check_figure(n, "best")
        return cls(n, n, n, Qualifier.EXACT)

    @classmethod
    def approx(
        cls,
        n: int,
        width: Fraction | float | None = None,
        *,
        semantics: CountSemantics = DEFAULT_SEMANTICS,
    ) -> Count:
        """About ``n``: ``n`` give or take ``width`` of itself (default from ``semantics``)."""
        _check_figure(n, "best")
        w = semantics.approx_width if width is None else _given_width(width)
        return cls(math.floor(n * (1 - w)), math.ceil(n * (1 + w)), n, Qualifier.APPROXIMATE)

    @classmethod
    def nearly(
        cls,
        n: int,
        width: Fraction | float | None = None,
        *,
        semantics: CountSemantics = DEFAULT_SEMANTICS,
    ) -> Count:
        """Nearly ``n``: close to ``n`` but not above it ("almost 1,000")."""
        _check_figure(n, "best")
        w = semantics.near_width if width is None else _given_width(width)
        return cls(math.floor(n * (1 - w)), n, n, Qualifier.APPROXIMATE)

    @classmethod
    def at_least(cls, n: int) -> Count:
        """``n`` or more ("at least", "no fewer than")."""
        _check_figure(n, "low")
        return cls(n, None, None, Qualifier.AT_LEAST)

    @classmethod
    def more_than(cls, n: int) -> Count:
        """Strictly more than ``n`` ("more than", "over", "in excess of"): at least ``n + 1``."""
        _check_figure(n, "low")
        return cls(n + 1, None, None, Qualifier.MORE_THAN)

    @classmethod
    def at_most(cls, n: int) -> Count:
        """``n`` or fewer ("up to", "at most")."""
        _check_figure(n, "high")
        return cls(0, n, None, Qualifier.AT_MOST)

    @classmethod
    def fewer_than(cls, n: int) -> Count:
        """Strictly fewer than ``n`` ("fewer than", "less than", "under")."""
        _check_figure(n, "high")
        if n < 1:
            raise RecordValidationError("Count", "high", f"fewer than {n} people is impossible")
        return cls(0, n - 1, None, Qualifier.FEWER_THAN)

    @classmethod
    def between(cls, low: int, high: int, best: int | None = None) -> Count:
        """Somewhere from ``low`` to ``high`` inclusive ("between 40 and 50 thousand")."""
        return cls(low, high, best, Qualifier.RANGE)

    @classmethod
    def order_of_magnitude(cls, low: int, high: int | None) -> Count:
        """A plural order of magnitude such as "tens of thousands", as an explicit interval."""
        return cls(low, high, None, Qualifier.ORDER_OF_MAGNITUDE)

    @classmethod
    def unknown(cls) -> Count:
        """Nothing is known: zero or more."""
        return cls(0, None, None, Qualifier.UNKNOWN)

    @classmethod
    def parse(cls, text: str, *, semantics: CountSemantics = DEFAULT_SEMANTICS) -> Count:
        """Read a figure as reporters write it ("around 1,000", "more than 135,000").

        Raises :class:`~exchangekit.errors.CountParseError` (a ``ValueError``)
        quoting the text when it does not state a figure.

        :param text: One figure phrase: "1,000", "one thousand", "around 1,000",
            "more than 135,000", "tens of thousands", "between 40 and 50 thousand".
        :param semantics: What hedges such as "around" and "tens of" mean as
            intervals; see :class:`CountSemantics`.
        """
        from exchangekit.figures import parse_count

        return parse_count(text, semantics=semantics)

    # -- interval arithmetic --------------------------------------------------

    def __add__(self, other: object) -> Count:
        if not isinstance(other, Count):
            return NotImplemented
        high = None if self.high is None or other.high is None else self.high + other.high
        best = None if self.best is None or other.best is None else self.best + other.best
        low = self.low + other.low
        return Count(low, high, best, _sum_qualifier(self, other, low))

    def __radd__(self, other: object) -> Count:
        # Lets the builtin sum() start from its integer 0.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def contains(self, n: int) -> bool:
        """Whether ``n`` people is consistent with this count."""
        return self.low <= n and (self.high is None or n <= self.high)

    def overlaps(self, other: Count) -> bool:
        """Whether some number of people is consistent with both counts."""
        return (self.high is None or other.low <= self.high) and (
            other.high is None or self.low <= other.high
        )

    def intersection(self, other: Count) -> Count | None:
        """The numbers consistent with both counts, or ``None`` when they contradict."""
        if not self.overlaps(other):
            return None
        low = max(self.low, other.low)
        highs = [h for h in (self.high, other.high) if h is not None]
        high = min(highs) if highs else None
        bests = {b for b in (self.best, other.best) if b is not None and low <= b}
        bests = {b for b in bests if high is None or b <= high}
        best = bests.pop() if len(bests) == 1 else None
        if low == high:
            return Count.exact(low)
        return Count(low, high, best, Qualifier.RANGE)

    def hull(self, other: Count) -> Count:
        """The smallest count containing both: what is known if one of two reports is right."""
        high = None if self.high is None or other.high is None else max(self.high, other.high)
        qualifier = self.qualifier if self == other else Qualifier.RANGE
        best = self.best if self.best == other.best else None
        return Count(min(self.low, other.low), high, best, qualifier)

    # -- reading it back -----------------------------------------------------

    @property
    def is_exact(self) -> bool:
        """True when the interval is a single number."""
        return self.high == self.low

    @property
    def is_bounded(self) -> bool:
        """True when there is an upper bound."""
        return self.high is not None

    @property
    def conservative(self) -> int:
        """The single figure a conservative reader would take: the floor."""
        return self.low

    def bounds_text(self) -> str:
        """The interval alone, as ``[900, 1,100]`` or ``[135,001, ∞)``."""
        high = "∞)" if self.high is None else f"{_fmt(self.high)}]"
        return f"[{_fmt(self.low)}, {high}"

    def __str__(self) -> str:
        q = self.qualifier
        if q is Qualifier.EXACT and self.low == self.high:
            return _fmt(self.low)
        if q is Qualifier.APPROXIMATE and self.best is not None:
            word = "nearly" if self.high == self.best and self.low < self.best else "around"
            return f"{word} {_fmt(self.best)} {self.bounds_text()}"
        if q is Qualifier.MORE_THAN and self.high is None and self.low > 0:
            return f"more than {_fmt(self.low - 1)}"
        if q is Qualifier.AT_LEAST and self.high is None:
            return f"at least {_fmt(self.low)}"
        if q is Qualifier.FEWER_THAN and self.low == 0 and self.high is not None:
            return f"fewer than {_fmt(self.high + 1)}"
        if q is Qualifier.AT_MOST and self.low == 0 and self.high is not None:
            return f"at most {_fmt(self.high)}"
        if q is Qualifier.UNKNOWN and self.low == 0 and self.high is None:
            return "unknown"
        if q is Qualifier.ORDER_OF_MAGNITUDE and self.high is not None:
            from exchangekit.figures import magnitude_phrase

            words = magnitude_phrase(self)
            if words is not None:  # "tens of thousands (20,000–99,999)"
                return f"{words} ({_fmt(self.low)}–{_fmt(self.high)})"
        if self.high is None:
            return f"at least {_fmt(self.low)}"
        if self.low == self.high:
            return _fmt(self.low)
        best = f" (best {_fmt(self.best)})" if self.best is not None else ""
        return f"{_fmt(self.low)}–{_fmt(self.high)}{best}"
