"""The date grammar behind :meth:`Period.parse`: from "last Thursday" or "Q3 2025" to a Period.

The accepted expressions, and how relative ones resolve against the
publication date, are documented in ``docs/periods.md``; keep the two in step.
Month and weekday names come from :class:`dateutil.parser.parserinfo`, strict
ISO days from :class:`dateutil.parser.isoparser`, and every step back or
forward in time is a :class:`dateutil.relativedelta.relativedelta`.
Nothing here ever looks at today's date.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Final, Literal, TypeAlias

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.parser import isoparser, parserinfo
from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as Weekday

from exchangekit.errors import PeriodParseError, RecordValidationError
from exchangekit.periods import Period
from exchangekit.vocabulary import Precision

__all__ = ["DateOrder", "parse_period"]

DateOrder: TypeAlias = Literal["DMY", "MDY"]
"""How to read an all-numeric date whose first two numbers could both be a month."""

# parserinfo notes the clock's year for two-digit years; this grammar refuses those.
_NAMES: Final = parserinfo()
_ISO: Final = isoparser()
# Abbreviations newsrooms use that dateutil's tables lack.
_EXTRA_WEEKDAYS: Final = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
_MONTH_NAMES: Final = tuple(names[-1] for names in parserinfo.MONTHS)
_WEEKDAY_NAMES: Final = tuple(names[-1] for names in parserinfo.WEEKDAYS)

# -- canonical forms, exactly as Period.format() writes them ------------------

_CANON_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_CANON_WEEK: Final = re.compile(r"([0-9]{4})-W([0-9]{2})", re.ASCII | re.IGNORECASE)
_CANON_MONTH: Final = re.compile(r"([0-9]{4})-([0-9]{2})", re.ASCII)
_CANON_QUARTER: Final = re.compile(r"([0-9]{4})-Q([0-9])", re.ASCII | re.IGNORECASE)
_CANON_YEAR: Final = re.compile(r"[0-9]{4}", re.ASCII)

# -- the vocabulary of dates as written ---------------------------------------

_TOKEN: Final = re.compile(
    r"(?P<tok>[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])"  # an ISO day inside a phrase
    r"|[0-9]+(?:st|nd|rd|th)?(?![0-9a-z])"  # 23, 23rd, 2025
    r"|[qh][0-9](?![0-9a-z])"  # q3, h1
    r"|[a-z]+"
    r"|[-/.,])"
    r"|(?P<space> )"
    r"|(?P<bad>.)",
    re.ASCII | re.DOTALL,
)
_DASHES: Final = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_POSSESSIVE: Final = re.compile(r"['\u2019]s\b")
_DAY_NUMBER: Final = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?", re.ASCII)
_DIGITS: Final = re.compile(r"[0-9]+", re.ASCII)

_LEADING: Final = frozenset({"in", "on", "during", "at", "over", "within"})
_FILLER: Final = frozenset({"the", "of"})
_RANGE_JOINERS: Final = frozenset({"to", "until", "till", "through", "thru", "-"})
_FUTURE: Final = frozenset({"tomorrow", "next", "coming", "upcoming"})
_NUMBER_WORDS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_ORDINALS: Final = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
# A part of a month is a third of it; a part of a year is a third of it.
_PARTS: Final = {
    "early": 0,
    "start": 0,
    "beginning": 0,
    "mid": 1,
    "middle": 1,
    "late": 2,
    "end": 2,
}
_PART_DAYS: Final = ((1, 10), (11, 20), (21, 31))
_PART_MONTHS: Final = ((1, 4), (5, 8), (9, 12))
# Meteorological seasons of the northern hemisphere: first month and length in months.
_SEASONS: Final = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _easter(method: Literal[1, 2, 3], days: int) -> Callable[[int], date]:
    return lambda year: easter(year, method) + relativedelta(days=days)


def _eve_of(day_in: Callable[[int], date]) -> Callable[[int], date]:
    """The day before a holiday, in a given year ("the eve of Orthodox Christmas")."""
    return lambda year: day_in(year) - relativedelta(days=1)


# Holidays by name (apostrophes dropped, "the" already gone): the day in a given year.
# Christmas and New Year are the Gregorian days; "Orthodox" ones follow the Julian
# calendar as Ukraine and Russia kept it until 2023 (Christmas on 7 January).
_HOLIDAYS: Final[dict[tuple[str, ...], Callable[[int], date]]] = {
    ("christmas",): _fixed(12, 25),
    ("christmas", "day"): _fixed(12, 25),
    ("christmas", "eve"): _fixed(12, 24),
    ("new", "years", "eve"): _fixed(12, 31),
    ("new", "years", "day"): _fixed(1, 1),
    ("orthodox", "christmas"): _fixed(1, 7),
    ("orthodox", "christmas", "day"): _fixed(1, 7),
    ("orthodox", "christmas", "eve"): _fixed(1, 6),
    ("easter",): _easter(EASTER_WESTERN, 0),
    ("easter", "sunday"): _easter(EASTER_WESTERN, 0),
    ("easter", "saturday"): _easter(EASTER_WESTERN, -1),
    ("easter", "eve"): _easter(EASTER_WESTERN, -1),
    ("easter", "monday"): _easter(EASTER_WESTERN, 1),
    ("good", "friday"): _easter(EASTER_WESTERN, -2),
    ("orthodox", "easter"): _easter(EASTER_ORTHODOX, 0),
    ("orthodox", "easter", "sunday"): _easter(EASTER_ORTHODOX, 0),
    ("orthodox", "easter", "saturday"): _easter(EASTER_ORTHODOX, -1),
    ("orthodox", "easter", "eve"): _easter(EASTER_ORTHODOX, -1),
    # Days of the two countries: Ukraine's Independence Day, Victory Day as Russia keeps it
    # (Ukraine has marked 8 May since 2023), and Ukraine's Defenders Day (moved to 1 October
    # in 2023).
    ("independence", "day"): _fixed(8, 24),
    ("victory", "day"): _fixed(5, 9),
    ("defenders", "day"): lambda year: date(year, 10, 1 if year >= 2023 else 14),
}
_HOLIDAY_WORDS: Final = frozenset(word for name in _HOLIDAYS for word in name)
_UNITS: Final = {
    "day": Precision.DAY,
    "week": Precision.WEEK,
    "month": Precision.MONTH,
    "quarter": Precision.QUARTER,
    "year": Precision.YEAR,
}
_STEP: Final = {
    Precision.DAY: relativedelta(days=1),
    Precision.WEEK: relativedelta(weeks=1),
    Precision.MONTH: relativedelta(months=1),
    Precision.QUARTER: relativedelta(months=3),
    Precision.YEAR: relativedelta(years=1),
}
_RECENT: Final = 3  # "in recent months" reaches back this many whole units
# The most tokens one side of a span can have ("thursday 23 / 10 / 2025"); no rule
# reads a longer one, which is what keeps a span linear in the length of the text.
_LONGEST_TERM: Final = 6
_LONGEST_COUNT: Final = 18  # digits; far more than "N days ago" can step back
_YEARS_TO_SEARCH: Final = 9  # enough to find the previous 29 February, even across 1900

_EXAMPLES: Final = (
    'expected a date or span such as "23 October 2025", "July 2025", "Q3 2025", '
    '"between July and September 2025", "last week" or "2025-10-23" (see docs/periods.md)'
)
_ONE_YEAR_WINTER: Final = (
    "winter spans two years; write both, e.g. 'winter 2024-25', "
    "or name the months, e.g. 'December 2024 to February 2025'"
)


class _Reject(Exception):
    """Internal: the text is understood well enough to say why it cannot be a period."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_period(
    text: str, reference: date | None = None, *, date_order: DateOrder | None = None
) -> Period:
    """Read ``text`` as a :class:`Period`, resolving relative parts against ``reference``.

    ``reference`` is the publication date (a :class:`datetime` counts as its
    date). ``date_order`` reads ambiguous all-numeric dates; without it they
    are refused. Raises :class:`PeriodParseError` for anything else.
    """
    if not isinstance(text, str):
        raise TypeError(f"Period.parse() needs text (a str), got {type(text).__name__}")
    if isinstance(reference, datetime):
        reference = reference.date()
    elif reference is not None and not isinstance(reference, date):
        raise TypeError(
            f"reference must be a datetime.date (the publication date), got {reference!r}"
        )
    if date_order not in (None, "DMY", "MDY"):
        raise ValueError(f"date_order must be 'DMY', 'MDY' or None, got {date_order!r}")
    return _parse_checked(text, reference, date_order)


@functools.lru_cache(maxsize=4096)
def _parse_checked(text: str, reference: date | None, date_order: DateOrder | None) -> Period:
    """:func:`parse_period` once its arguments are checked, kept for the texts read lately.

    A news article names the same few dates ("on Thursday", "23 October") against
    the same publication date again and again; a period is immutable, so the one
    read first is returned again. Errors are raised afresh each time, never kept.
    """
    try:
        return _canonical(text.strip()) or _Grammar(reference, date_order).parse(text)
    except _Reject as exc:
        raise PeriodParseError(text, exc.reason) from None
    except RecordValidationError as exc:
        raise PeriodParseError(text, exc.message) from None


# -- helpers ------------------------------------------------------------------


def _iso_day(text: str) -> date:
    """A strict ``YYYY-MM-DD`` day, with dateutil's reason when it does not exist."""
    try:
        return _ISO.parse_isodate(text)
    except ValueError as exc:
        raise _Reject(f"{text} is not a calendar day ({exc})") from None


def _shift(d: date, delta: relativedelta) -> date:
    """``d + delta``, refusing to step outside the years 1 to 9999."""
    try:
        return d + delta
    except (OverflowError, ValueError):
        raise _Reject("it resolves to a date before year 1 or after year 9999") from None


def _weekday_on_or_before(d: date, weekday: int) -> date:
    return _shift(d, relativedelta(weekday=Weekday(weekday, -1)))


def _weekday_on_or_after(d: date, weekday: int) -> date:
    return _shift(d, relativedelta(weekday=Weekday(weekday, +1)))


def _day_of(year: int, month: int, day: int) -> date:
    """The calendar day, or a reason naming the month's length."""
    if not 1 <= year <= 9999:
        raise _Reject(f"year {year} is outside 1 to 9999")
    length = calendar.monthrange(year, month)[1]
    if not 1 <= day <= length:
        raise _Reject(f"{_MONTH_NAMES[month - 1]} {year} has {length} days, not {day}")
    return date(year, month, day)


def _months(year: int, first: int, count: int) -> Period:
    """``count`` whole months from ``first`` of ``year`` (may run into the next year)."""
    start = _day_of(year, first, 1)
    return Period.between(start, _shift(start, relativedelta(months=count, days=-1)))


def _month_part(year: int, month: int, part: int) -> Period:
    first, last = _PART_DAYS[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return Period.between(_day_of(year, month, first), _day_of(year, month, last))


def _week_of_month(year: int, month: int, rank: int) -> Period:
    """The ``rank``-th week of a month (-1 the last): a week is the month's that holds its
    Thursday, as ISO weeks belong to the year holding theirs."""
    if rank > 0:
        first = _day_of(year, month, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 7 * (rank - 1))
    else:
        last = _day_of(year, month, calendar.monthrange(year, month)[1])
        thursday = last - timedelta(days=(last.weekday() - 3) % 7)
    return Period.containing(thursday, Precision.WEEK)


def _year_part(year: int, part: int) -> Period:
    first, last = _PART_MONTHS[part]
    return _months(year, first, last - first + 1)


def _describe(d: date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


# -- terms: what one side of a span can be ------------------------------------


class _Yearless:
    """A month, day, season ... named without a year, to be placed before or after a date."""

    def __init__(self, build: Callable[[int], Period], month: int, day: int = 1) -> None:
        self._build = build
        self._month = month
        self._day = day

    def _begins(self, year: int) -> date | None:
        try:
            return date(year, self._month, self._day)
        except ValueError:  # 29 February outside a leap year, or year out of range
            return None

    def latest(self, limit: date) -> Period:
        """The latest occurrence that has begun by ``limit`` (a month counts from its 1st)."""
        for year in range(limit.year, limit.year - _YEARS_TO_SEARCH, -1):
            begins = self._begins(year)
            if begins is not None and begins <= limit:
                return self._build(year)
        raise _Reject(f"no such date falls on or before {limit.isoformat()}")

    def start_before(self, end: date) -> Period:
        """As the start of a span ending on ``end``: that year, or the one before if it wraps."""
        return self._in(end.year if self._month <= end.month else end.year - 1)

    def end_after(self, start: date) -> Period:
        """As the end of a span starting on ``start``: that year, or the one after if it wraps."""
        return self._in(start.year if self._month >= start.month else start.year + 1)

    def _in(self, year: int) -> Period:
        if not 1 <= year <= 9999:
            raise _Reject(f"it would fall in year {year}, outside 1 to 9999")
        if self._begins(year) is None:
            raise _Reject(f"{self._day} {_MONTH_NAMES[self._month - 1]} {year} does not exist")
        return self._build(year)


class _Holiday(_Yearless):
    """A holiday named without a year ("at Easter", "on New Year's Eve"), a day each year."""

    def __init__(self, day_in: Callable[[int], date]) -> None:
        super().__init__(lambda y: Period.day(day_in(y)), 1)
        self._day_in = day_in

    def _begins(self, year: int) -> date | None:
        try:
            return self._day_in(year)
        except ValueError:  # the year is out of range
            return None

    def start_before(self, end: date) -> Period:
        """As the start of a span ending on ``end``: the latest one on or before it."""
        return self.latest(end)

    def end_after(self, start: date) -> Period:
        """As the end of a span starting on ``start``: the first one on or after it."""
        for year in range(start.year, start.year + 2):
            begins = self._begins(year)
            if begins is not None and begins >= start:
                return self._build(year)
        raise _Reject(f"no such day falls after {start.isoformat()}")


class _FloatingWeekday:
    """A weekday named on its own ("on Thursday")."""

    def __init__(self, weekday: int) -> None:
        self.weekday = weekday

    def latest(self, limit: date) -> Period:
        return Period.day(_weekday_on_or_before(limit, self.weekday))

    def start_before(self, end: date) -> Period:
        return self.latest(end)

    def end_after(self, start: date) -> Period:
        return Period.day(_weekday_on_or_after(start, self.weekday))


class _CheckedWeekday:
    """A year-less day that the text also names the weekday of ("Thursday, 23 October")."""

    def __init__(self, inner: _Yearless, weekday: int) -> None:
        self._inner = inner
        self._weekday = weekday

    def latest(self, limit: date) -> Period:
        return _check_weekday(self._inner.latest(limit), self._weekday)

    def start_before(self, end: date) -> Period:
        return _check_weekday(self._inner.start_before(end), self._weekday)

    def end_after(self, start: date) -> Period:
        return _check_weekday(self._inner.end_after(start), self._weekday)


def _check_weekday(period: Period, weekday: int) -> Period:
    if period.start.weekday() != weekday:
        raise _Reject(
            f"{_describe(period.start)} is a {_WEEKDAY_NAMES[period.start.weekday()]}, "
            f"not a {_WEEKDAY_NAMES[weekday]}"
        )
    return period


class _BareDay:
    """A day number that takes its month and year from the end of a span ("from 1 to 3 October")."""

    def __init__(self, day: int) -> None:
        self.day = day


_Floating: TypeAlias = _Yearless | _FloatingWeekday | _CheckedWeekday
_Term: TypeAlias = Period | _Floating | _BareDay


# -- token classifiers ----------------------------------------------------------


def _month(token: str) -> int | None:
    return _NAMES.month(token) if token.isalpha() else None


def _weekday(token: str) -> int | None:
    if not token.isalpha():
        return None
    found = _NAMES.weekday(token)
    return found if found is not None else _EXTRA_WEEKDAYS.get(token)


def _day(token: str) -> int | None:
    match = _DAY_NUMBER.fullmatch(token)
    if match is None:
        return None
    value = int(match.group(1))
    return value if 1 <= value <= 31 else None


def _year(token: str) -> int | None:
    if len(token) != 4 or not _DIGITS.fullmatch(token):
        return None
    value = int(token)
    return value if value >= 1 else None


def _count(token: str) -> int | None:
    """How many units a phrase such as "two days ago" counts, in digits or words."""
    if _DIGITS.fullmatch(token):
        digits = token.lstrip("0") or "0"
        # Python refuses int() of thousands of digits; any count this long is past year 1.
        return int(digits) if len(digits) <= _LONGEST_COUNT else 10**_LONGEST_COUNT
    return _NUMBER_WORDS.get(token)


# -- canonical forms ------------------------------------------------------------


def _canonical(text: str) -> Period | None:
    """The forms :meth:`Period.format` writes, read back exactly; None if it is not one."""
    if _CANON_DAY.fullmatch(text):
        return Period.day(_iso_day(text))
    if match := _CANON_WEEK.fullmatch(text):
        return Period.week(int(match[1]), int(match[2]))
    if match := _CANON_MONTH.fullmatch(text):
        return Period.month(int(match[1]), int(match[2]))
    if match := _CANON_QUARTER.fullmatch(text):
        return Period.quarter(int(match[1]), int(match[2]))
    if _CANON_YEAR.fullmatch(text):
        return Period.year(int(text))
    if text.count("/") == 1:
        return _iso_interval(*text.split("/"))
    return None


def _iso_interval(first: str, last: str) -> Period | None:
    """An ISO 8601 interval whose ends are coarser than days: "2025-01/2025-06", "2022/2025-06".

    It runs from the first day of the first period to the last day of the second,
    a ``RANGE`` like the one ``Period.format()`` writes with two days; None when
    either end is not a canonical period of its own.
    """
    start, end = _canonical(first), _canonical(last)
    if start is None or end is None or Precision.RANGE in (start.precision, end.precision):
        return None
    return Period(start.start, end.end, Precision.RANGE)  # refuses an end before the start


# -- the grammar of dates as written ------------------------------------------------


def _tokens(text: str) -> list[str]:
    """Lower-cased words, numbers and separators; commas and abbreviation dots dropped."""
    flat = " ".join(text.translate(_DASHES).lower().split())
    flat = _POSSESSIVE.sub("s", flat)  # "new year's eve" as "new years eve"
    raw: list[str] = []
    for match in _TOKEN.finditer(flat):
        if match.group("bad") is not None:
            raise _Reject(f"{match.group('bad')!r} has no place in a date; {_EXAMPLES}")
        if match.group("tok") is not None:
            raw.append(match.group("tok"))
    kept: list[str] = []
    for i, token in enumerate(raw):
        if token == ",":
            continue
        if token == "." and not (
            0 < i < len(raw) - 1 and raw[i - 1].isdigit() and raw[i + 1].isdigit()
        ):
            continue
        kept.append(token)
    return kept


class _Grammar:
    """One parse: the reference date, the numeric date order, and the rules."""

    def __init__(self, reference: date | None, date_order: DateOrder | None) -> None:
        self._reference = reference
        self._date_order = date_order

    def ref(self) -> date:
        """The publication date, or the error saying that the text needs one."""
        if self._reference is None:
            raise _Reject(
                "it is relative to when it was written (a weekday, a date without a year, "
                "or words such as 'last week'); pass the publication date as "
                "reference=date(...) to resolve it"
            )
        return self._reference

    # -- whole expressions

    def parse(self, text: str) -> Period:
        toks = _tokens(text)
        first = next((i for i, t in enumerate(toks) if t not in _LEADING), len(toks))
        toks = toks[first:]
        if not toks:
            raise _Reject(f"there is no date in it; {_EXAMPLES}")
        if any(t in _FUTURE for t in toks):
            raise _Reject(
                "it points after the publication date; only past and present dates are "
                "resolved (write the date itself)"
            )
        self._reject_rolling(toks)
        toks = [t for t in toks if t not in _FILLER]
        period = self._expression(toks) if toks else None
        if period is None:
            raise _Reject(f"not a recognised date or span; {_EXAMPLES}")
        return period

    @staticmethod
    def _reject_rolling(toks: Sequence[str]) -> None:
        """Refuse rolling windows ("the past week", "the last 24 hours"): no agreed first day."""
        rest = list(toks)
        if rest[:1] == ["the"] and rest[1:2] in (["last"], ["past"]):
            rest = rest[2:]
        elif rest[:1] == ["past"]:
            rest = rest[1:]
        else:
            return
        if rest and _count(rest[0]) is not None:
            rest = rest[1:]
        if len(rest) == 1 and rest[0].rstrip("s") in {*_UNITS, "hour", "fortnight"}:
            raise _Reject(
                "a rolling window such as 'the past week' has no agreed first day; "
                "name the dates, e.g. 'from 16 to 23 October 2025'"
            )

    def _expression(self, toks: list[str]) -> Period | None:
        if toks[0] == "since":
            return self._since(toks[1:])
        if toks[0] == "between":
            return self._span(toks[1:], {"and"})
        if toks[0] == "from":
            return self._span(toks[1:], _RANGE_JOINERS)
        if len(toks) > 3 and toks[1] in {"day", "days"} and toks[2] == "from":
            return self._days_from(toks)
        term = self._term(toks)
        if isinstance(term, _BareDay):
            return None
        if term is not None:
            return term if isinstance(term, Period) else term.latest(self.ref())
        return self._span(toks, _RANGE_JOINERS)

    def _days_from(self, toks: list[str]) -> Period | None:
        """``N days from D``: the N days that begin on day D ("three days from 23 May")."""
        count, term = _count(toks[0]), self._term(toks[3:])
        if count is None or not 1 <= count <= 31 or term is None or isinstance(term, _BareDay):
            return None
        first = term if isinstance(term, Period) else term.latest(self.ref())
        if first.precision is not Precision.DAY:
            return None
        return Period.between(first.start, first.start + relativedelta(days=count - 1))

    def _since(self, toks: list[str]) -> Period | None:
        term = self._term(toks)
        if term is None or isinstance(term, _BareDay):
            return None
        reference = self.ref()
        first = term if isinstance(term, Period) else term.latest(reference)
        if first.start > reference:
            raise _Reject(f"it starts after the reference date {reference.isoformat()}")
        return Period.between(first.start, reference)

    def _span(self, toks: list[str], joiners: set[str] | frozenset[str]) -> Period | None:
        """``A <joiner> B``: the first split where both sides are dates wins.

        A side longer than any term is cut to one token more than the longest
        term, which :meth:`_term` still refuses as too long, so each joiner costs
        the same however long the text is.
        """
        cut = _LONGEST_TERM + 1
        for i in range(1, len(toks) - 1):
            if toks[i] not in joiners:
                continue
            left, right = toks[: min(i, cut)], toks[i + 1 : i + 1 + cut]
            # "October 1-3, 2025": the month written once, before the first day.
            if (
                len(left) == 2
                and _month(left[0])
                and _day(left[1])
                and _day(right[0])
                and all(_year(t) for t in right[1:2])
                and len(right) <= 2
            ):
                year = right[1:]
                left, right = [left[1], left[0], *year], [right[0], left[0], *year]
            # "from 23 May to 25": the month (and year) written once, after the first day.
            if (
                len(right) == 1
                and _day(right[0])
                and 2 <= len(left) <= 3
                and _day(left[0])
                and _month(left[1])
                and all(_year(t) for t in left[2:])
            ):
                right = [right[0], *left[1:]]
            start, end = self._term(left), self._term(right)
            if start is None or end is None or isinstance(end, _BareDay):
                continue
            return self._join(start, end)
        return None

    def _join(self, start: _Term, end: Period | _Floating) -> Period:
        if isinstance(start, Period) and not isinstance(end, Period):
            end = end.end_after(start.start)
        elif not isinstance(end, Period):
            end = end.latest(self.ref())
        if isinstance(start, _BareDay):
            if end.precision is not Precision.DAY:
                raise _Reject("a day number on its own needs a full day at the end of the span")
            start = Period.day(_day_of(end.start.year, end.start.month, start.day))
        elif not isinstance(start, Period):
            start = start.start_before(end.start)
        if end.end < start.start:
            raise _Reject(
                f"the span ends ({end.end.isoformat()}) before it starts "
                f"({start.start.isoformat()})"
            )
        return Period.between(start.start, end.end)

    # -- one side of a span

    def _term(self, toks: list[str]) -> _Term | None:
        if not toks:
            return None
        if len(toks) > _LONGEST_TERM:
            # Too long for every rule below; only a one-year winter is refused whatever follows.
            if toks[0] == "winter" and _year(toks[1]) is not None:
                raise _Reject(_ONE_YEAR_WINTER)
            return None
        return (
            self._in_named_year(toks)
            or self._relative(toks)
            or self._holiday(toks)
            or self._ago(toks)
            or self._with_weekday(toks)
            or self._day_date(toks)
            or self._part(toks)
            or self._week_of(toks)
            or self._month_year(toks)
            or self._quarter_or_half(toks)
            or self._season(toks)
            or self._year_alone(toks)
        )

    def _in_named_year(self, toks: list[str]) -> Period | None:
        """A date without a year, then the year relative to now: "June last year".

        "Christmas two years ago" counts back whole years from the reference's year.
        """
        if len(toks) < 3:
            return None
        if toks[-1] == "year" and toks[-2] in {"this", "last"}:
            inner, back = self._term(toks[:-2]), int(toks[-2] == "last")
        elif len(toks) >= 4 and toks[-1] == "ago" and toks[-2] in {"year", "years"}:
            count = _count(toks[-3])
            if count is None or count > 9999:
                return None
            inner, back = self._term(toks[:-3]), count
        else:
            return None
        if not isinstance(inner, _Yearless):
            return None
        reference = self.ref()
        period = inner._in(reference.year - back)
        if period.start > reference:
            raise _Reject(
                "it points after the publication date; only past and present dates are "
                "resolved (write the date itself)"
            )
        return period

    @staticmethod
    def _holiday(toks: list[str]) -> _Term | None:
        """A holiday by name, with or without its year: "Easter 2025", "New Year's Eve".

        "The eve of" a holiday is the day before it ("on the eve of Orthodox Christmas").
        """
        if toks[0] not in _HOLIDAY_WORDS:
            return None
        eve = toks[0] == "eve"  # "of" is gone with the other fillers
        name = tuple(toks[1:] if eve else toks)
        year = None
        if name not in _HOLIDAYS and len(name) > 1:
            name, year = name[:-1], _year(name[-1])
            if year is None:
                return None
        day_in = _HOLIDAYS.get(name)
        if day_in is None:
            return None
        holiday = _Holiday(_eve_of(day_in) if eve else day_in)
        return holiday if year is None else holiday._in(year)

    def _relative(self, toks: list[str]) -> Period | None:
        phrase = " ".join(toks)
        if phrase in {"today", "earlier today"}:
            return Period.day(self.ref())
        if phrase == "yesterday":
            return Period.day(_shift(self.ref(), relativedelta(days=-1)))
        words = phrase.split()
        if words[:2] == ["so", "far"]:
            words = ["earlier", *words[2:]]
        if len(words) == 2 and words[0] in {"this", "last"} and words[1] in _UNITS:
            unit = _UNITS[words[1]]
            reference = self.ref()
            if words[0] == "last":
                reference = _shift(reference, -_STEP[unit])
            return Period.containing(reference, unit)
        if words[:2] == ["earlier", "this"] and len(words) == 3 and words[2] in _UNITS:
            reference = self.ref()
            return Period.between(Period.containing(reference, _UNITS[words[2]]).start, reference)
        if len(words) == 2 and words[0] == "recent" and words[1].rstrip("s") in _UNITS:
            unit = _UNITS[words[1].rstrip("s")]
            reference = self.ref()
            first = Period.containing(_shift(reference, _STEP[unit] * -_RECENT), unit)
            return Period.between(first.start, reference)
        if len(words) == 2 and words[0] in {"this", "last"} and words[1] in _SEASONS:
            return self._season_back(_SEASONS[words[1]], words[0] == "last")
        if len(words) == 2 and words[0] == "last":
            weekday, month = _weekday(words[1]), _month(words[1])
            if weekday is not None:
                day_before = _shift(self.ref(), relativedelta(days=-1))
                return Period.day(_weekday_on_or_before(day_before, weekday))
            if month is not None:
                reference = self.ref()
                month_before = _shift(reference.replace(day=1), relativedelta(days=-1))
                return _Yearless(lambda y: Period.month(y, month), month).latest(month_before)
        return None

    def _season_back(self, first_month: int, ended: bool) -> Period:
        """The season begun by the reference ("this summer") or ended by it ("last summer")."""
        reference = self.ref()
        for year in range(reference.year, reference.year - 3, -1):
            season = _months(year, first_month, 3)
            if season.start <= reference and (not ended or season.end < reference):
                return season
        raise _Reject(f"no such season falls before {reference.isoformat()}")  # pragma: no cover

    def _ago(self, toks: list[str]) -> Period | None:
        """The unit named, around the day that far back: "two days ago", "a week ago"."""
        if len(toks) != 3 or toks[2] != "ago":
            return None
        count, unit = _count(toks[0]), _UNITS.get(toks[1].rstrip("s"))
        if count is None or unit is None:
            return None
        reference = self.ref()
        if count > 10_000_000:  # more days than years 1 to 9999 hold
            written = toks[0] if len(toks[0]) <= _LONGEST_COUNT else f"{toks[0][:12]}…"
            raise _Reject(f"{written} {toks[1]} ago is before year 1")
        return Period.containing(_shift(reference, _STEP[unit] * -count), unit)

    def _with_weekday(self, toks: list[str]) -> _Term | None:
        weekday = _weekday(toks[0])
        if weekday is None:
            return None
        if len(toks) == 1:
            return _FloatingWeekday(weekday)
        day = self._day_date(toks[1:])
        if isinstance(day, Period):
            return _check_weekday(day, weekday)
        if isinstance(day, _Yearless):
            return _CheckedWeekday(day, weekday)
        return None

    def _day_date(self, toks: list[str]) -> Period | _Yearless | _BareDay | None:
        """One day: ISO, "23 October [2025]", "October 23 [2025]", numeric, or a bare "23"."""
        n = len(toks)
        if n == 1 and _CANON_DAY.fullmatch(toks[0]):
            return Period.day(_iso_day(toks[0]))
        if n == 1 and (day := _day(toks[0])) is not None:
            return _BareDay(day)  # as in "from 1 to 3 October", "the 1st to the 3rd of October"
        if n == 5 and toks[1] == toks[3] and toks[1] in {"/", "-", "."}:
            return self._numeric(toks[0], toks[2], toks[4], toks[1])
        if n not in (2, 3):
            return None
        year = None
        if n == 3:
            year = _year(toks[2])
            if year is None:
                return None
        day, month = _day(toks[0]), _month(toks[1])
        if day is None or month is None:
            day, month = _day(toks[1]), _month(toks[0])
        if day is None or month is None:
            return None
        if year is not None:
            return Period.day(_day_of(year, month, day))
        if day > calendar.monthrange(2000, month)[1]:
            raise _Reject(f"{_MONTH_NAMES[month - 1]} never has {day} days")
        return _Yearless(lambda y: Period.day(_day_of(y, month, day)), month, day)

    def _numeric(self, a: str, b: str, c: str, sep: str) -> Period | None:
        if not (a.isdigit() and b.isdigit() and c.isdigit()):
            return None
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            return Period.day(_day_of(int(a), _month_number(b), int(c)))
        if len(c) == 2 and len(a) <= 2 and len(b) <= 2:
            raise _Reject(
                f"two-digit years are not read, as the century would be a guess; write "
                f"the year in full, e.g. {a}{sep}{b}{sep}20{c} or {a}{sep}{b}{sep}19{c}"
            )
        if len(c) != 4 or len(a) > 2 or len(b) > 2:
            return None
        first, second, year = int(a), int(b), int(c)
        order = self._date_order or ("DMY" if sep == "." else None)
        if order is None:
            if first == second or second > 12:
                order = "MDY"
            elif first > 12:
                order = "DMY"
            else:
                raise _Reject(
                    f"{a}{sep}{b}{sep}{c} could be {_describe(_day_of(year, second, first))} "
                    f"or {_describe(_day_of(year, first, second))}; pass date_order='DMY' "
                    "(day first) or date_order='MDY' (month first)"
                )
        day, month = (first, second) if order == "DMY" else (second, first)
        return Period.day(_day_of(year, _month_number(str(month)), day))

    def _part(self, toks: list[str]) -> _Term | None:
        """A third of a month or year: "mid-October 2025", "the end of October", "late 2025"."""
        if toks[0] not in _PARTS:
            return None
        part, rest = _PARTS[toks[0]], toks[1:]
        if rest[:1] == ["-"]:
            rest = rest[1:]
        if len(rest) == 1 and (year := _year(rest[0])) is not None:
            return _year_part(year, part)
        if not rest or (month := _month(rest[0])) is None or len(rest) > 2:
            return None
        if len(rest) == 2:
            year = _year(rest[1])
            return None if year is None else _month_part(year, month, part)
        return _Yearless(lambda y: _month_part(y, month, part), month)

    @staticmethod
    def _week_of(toks: list[str]) -> _Term | None:
        """A week of a month: "the first week of February", "the last week of June 2025"."""
        if len(toks) not in (3, 4) or toks[1] != "week":
            return None
        rank = -1 if toks[0] in {"last", "final"} else _ORDINALS.get(toks[0])
        month = _month(toks[2])
        if rank is None or month is None:
            return None
        if len(toks) == 4:
            year = _year(toks[3])
            return None if year is None else _week_of_month(year, month, rank)
        return _Yearless(lambda y: _week_of_month(y, month, rank), month)

    def _month_year(self, toks: list[str]) -> _Term | None:
        month = _month(toks[0])
        if month is None or len(toks) > 2:
            return None
        if len(toks) == 1:
            return _Yearless(lambda y: Period.month(y, month), month)
        year = _year(toks[1])
        return None if year is None else Period.month(year, month)

    def _quarter_or_half(self, toks: list[str]) -> _Term | None:
        """Quarters and halves: "Q3 2025", "the third quarter of 2025", "H1", "the first half"."""
        words = list(toks)
        year = None
        if len(words) >= 2 and (year := _year(words[-1])) is not None:
            words = words[:-1]
        elif len(words) == 2 and (year := _year(words[0])) is not None:
            words = words[1:]
        kind, number = None, None
        if len(words) == 1 and words[0][0] in "qh" and words[0][1:].isdigit():
            kind, number = ("quarter" if words[0][0] == "q" else "half"), int(words[0][1:])
        elif len(words) == 2 and words[1] in {"quarter", "half"}:
            kind, number = words[1], _ORDINALS.get(words[0])
        if kind is None or number is None:
            return None
        if not 1 <= number <= (4 if kind == "quarter" else 2):
            raise _Reject(f"there is no {kind} number {number} in a year")
        nth: int = number
        quarter = kind == "quarter"
        first_month = 3 * nth - 2 if quarter else 6 * nth - 5

        def build(y: int) -> Period:
            return Period.quarter(y, nth) if quarter else _months(y, first_month, 6)

        return _Yearless(build, first_month) if year is None else build(year)

    def _season(self, toks: list[str]) -> _Term | None:
        """Northern-hemisphere meteorological seasons: "summer 2025", "winter 2024-25"."""
        if toks[0] not in _SEASONS:
            return None
        first_month = _SEASONS[toks[0]]
        if len(toks) == 1:
            return _Yearless(lambda y: _months(y, first_month, 3), first_month)
        year = _year(toks[1])
        if year is None:
            return None
        if first_month != 12:
            return _months(year, first_month, 3) if len(toks) == 2 else None
        # Winter straddles two years, so it needs both: "winter 2024-25", "winter 2024/2025".
        if len(toks) == 4 and toks[2] in {"-", "/"} and toks[3].isdigit():
            following = toks[3]
            if following in {f"{year + 1:04d}", f"{(year + 1) % 100:02d}"}:
                return _months(year, 12, 3)
        raise _Reject(_ONE_YEAR_WINTER)

    @staticmethod
    def _year_alone(toks: list[str]) -> Period | None:
        year = _year(toks[0]) if len(toks) == 1 else None
        return None if year is None else Period.year(year)


def _month_number(token: str) -> int:
    month = int(token)
    if not 1 <= month <= 12:
        raise _Reject(f"there is no month number {month}")
    return month
