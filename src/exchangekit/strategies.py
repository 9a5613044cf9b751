"""Hypothesis strategies that draw valid exchangekit records, for property-based tests.

Every strategy here draws only values that pass the records' own validation,
with the diversity real data has: unbounded and vague counts, every date
precision, joint and unregistered parties, non-Latin names, quotes with and
without offsets, empty and filled optional fields. Each takes keyword
arguments that narrow what it draws, accepting either fixed constraints
(``min_date=``, ``precisions=``) or other strategies (``counts=counts(bounded=True)``),
and rejects arguments that make no sense with a ``TypeError`` or ``ValueError``
that names the argument. Shrinking goes towards the simplest record: exact
small counts, single days, registered parties, no optional fields.

The same strategies are registered with Hypothesis, so ``st.from_type(Exchange)``
works once exchangekit is installed. Requires the ``hypothesis`` extra.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

import attrs
import hypothesis.strategies as st
from hypothesis import reject

from exchangekit.counts import Count
from exchangekit.errors import UnknownPartyError
from exchangekit.models import (
    CasualtyClaim,
    Dataset,
    Exchange,
    ExchangeTally,
    Quote,
    Source,
    Transfer,
)
from exchangekit.parties import DEFAULT_REGISTRY, Party, PartyRegistry
from exchangekit.periods import Period
from exchangekit.vocabulary import (
    CasualtyCategory,
    ClaimMethod,
    ClaimScope,
    ExchangeKind,
    PersonCategory,
    Population,
    Precision,
    Qualifier,
    SourceKind,
)

__all__ = [
    "HOSTILE_ALPHABETS",
    "casualty_claims",
    "counts",
    "datasets",
    "dates",
    "exchange_tallies",
    "exchanges",
    "hostile_text",
    "parties",
    "periods",
    "qualifiers",
    "quotes",
    "sources",
    "transfers",
]

_E = TypeVar("_E", bound=enum.Enum)

_MIN_DATE = date(2000, 1, 1)
_MAX_DATE = date(2035, 12, 31)
_MAX_COUNT = 1_000_000

# -- argument checking --------------------------------------------------------


def _type_error(func: str, name: str, expected: str, value: object) -> TypeError:
    hint = ""
    if isinstance(value, st.SearchStrategy):
        hint = "; pass the value itself here, not a strategy"
    return TypeError(f"{func}(): {name} must be {expected}, got {value!r}{hint}")


def _check_strategy(func: str, name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise TypeError(
            f"{func}(): {name} must be a Hypothesis strategy or None, got {value!r}; "
            f"wrap a fixed value in hypothesis.strategies.just()"
        )


def _check_int(func: str, name: str, value: object, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(func, name, "an int", value)
    if value < minimum:
        raise ValueError(f"{func}(): {name} must be at least {minimum}, got {value}")
    return value


def _check_flag(func: str, name: str, value: object) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise _type_error(func, name, "True, False or None", value)
    return value


def _check_date(func: str, name: str, value: object) -> date:
    # A datetime is a date subclass but cannot be compared with a date.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise _type_error(func, name, "a datetime.date", value)
    return value


def _check_dates(func: str, min_date: object, max_date: object) -> tuple[date, date]:
    lo = _check_date(func, "min_date", min_date)
    hi = _check_date(func, "max_date", max_date)
    if lo > hi:
        raise ValueError(f"{func}(): min_date {lo.isoformat()} is after max_date {hi.isoformat()}")
    return lo, hi


def _members(func: str, name: str, value: object, enum_cls: type[_E]) -> tuple[_E, ...] | None:
    """``value`` as a non-empty tuple of ``enum_cls`` members (one member is accepted too)."""
    if value is None:
        return None
    expected = f"a {enum_cls.__name__} member or a collection of them"
    if isinstance(value, enum_cls):
        return (value,)
    if isinstance(value, str | bytes | st.SearchStrategy) or not isinstance(value, Iterable):
        raise _type_error(func, name, expected, value)
    members = tuple(dict.fromkeys(value))
    for member in members:
        if not isinstance(member, enum_cls):
            choices = ", ".join(f"{enum_cls.__name__}.{m.name}" for m in enum_cls)
            raise TypeError(f"{func}(): {name} holds {member!r}, which is not one of {choices}")
    if not members:
        raise ValueError(f"{func}(): {name} must not be empty")
    return members


def _party_choices(
    func: str, name: str, value: object, registry: PartyRegistry
) -> tuple[Party, ...]:
    """Parties given as codes, names or :class:`Party` objects, resolved against ``registry``."""
    items: Iterable[object]
    if isinstance(value, str | Party):
        items = (value,)
    elif isinstance(value, Iterable) and not isinstance(value, bytes | st.SearchStrategy):
        items = value
    else:
        raise _type_error(
            func,
            name,
            "a strategy of Party, or a collection of party codes or Party objects",
            value,
        )
    chosen: dict[str, Party] = {}
    for item in items:
        if isinstance(item, Party):
            party = item
        elif isinstance(item, str):
            party = _resolve(func, name, item, registry)
        else:
            raise TypeError(f"{func}(): {name} holds {item!r}, which is neither a code nor a Party")
        chosen.setdefault(party.code, party)
    if not chosen:
        raise ValueError(f"{func}(): {name} must not be empty")
    return tuple(chosen.values())


def _resolve(func: str, name: str, text: str, registry: PartyRegistry) -> Party:
    """A registered party by code or name; ``"RUS+UKR"`` gives the joint party of its members."""
    try:
        if "+" in text:
            return Party.joint(*(registry.lookup(code) for code in text.split("+")))
        return registry.lookup(text)
    except UnknownPartyError as exc:
        raise ValueError(f"{func}(): {name}: {exc}") from None


# -- text ----------------------------------------------------------------------
# Strategies are built once here and reused: building a fresh strategy on every
# draw makes Hypothesis validate it again, which dominates the cost of a draw.

_NAME_CHARS = st.characters(categories=("L", "M", "N", "P", "Zs"))
_TEXT_CHARS = st.characters(categories=("L", "M", "N", "P", "S", "Zs"), include_characters="\n")

_SOURCE_NAMES = (
    "Coordination Headquarters for the Treatment of Prisoners of War",
    "Russian Ministry of Defence",
    "Office of the President of Ukraine",
    "International Committee of the Red Cross",
    "BBC News Russian",
    "Mediazona",
    "Координаційний штаб з питань поводження з військовополоненими",
    "Министерство обороны Российской Федерации",
)
_SNIPPETS = (
    "1,000 bodies were handed over",
    "around 1,000",
    "31 bodies in return",
    "according to the Russian side",
    "over 46,000",
    "tens of thousands more",
    "more than 135,000",
    "тела 1000 военнослужащих",
)
_NOTES = (
    "The ICRC assisted the handover.",
    "Identification of the remains is pending.",
    "Only one side has published this figure.",
    "The authors call the figure a floor.",
)
_HOSTS = ("example.org", "example.com", "example.net", "news.example", "ministry.example")

_FREE_NAME = st.text(_NAME_CHARS, min_size=1, max_size=40).map(str.strip).filter(bool)
_NAME = st.sampled_from(_SOURCE_NAMES) | _FREE_NAME
_FREE_TEXT = st.text(_TEXT_CHARS, min_size=1, max_size=80).filter(lambda s: bool(s.strip()))
_SNIPPET = st.sampled_from(_SNIPPETS) | _FREE_TEXT
_NOTE_LIST = st.lists(st.sampled_from(_NOTES) | _FREE_TEXT, max_size=2)
_URL = st.builds(
    "https://{}/{}".format,
    st.sampled_from(_HOSTS),
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789-"), max_size=24),
)
_OPTIONAL_URL = st.none() | _URL
_SOURCE_KIND = st.sampled_from(SourceKind)


def _non_blank(ids: st.SearchStrategy[str] | None) -> st.SearchStrategy[str] | None:
    return None if ids is None else ids.filter(lambda s: bool(s.strip()))


# -- counts ----------------------------------------------------------------------

_BOUNDED_ONLY = frozenset(
    {Qualifier.EXACT, Qualifier.APPROXIMATE, Qualifier.AT_MOST, Qualifier.FEWER_THAN}
)
_UNBOUNDED_ONLY = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.UNKNOWN})
_FROM_ZERO = frozenset({Qualifier.AT_MOST, Qualifier.FEWER_THAN})


def _why_not(q: Qualifier, lo: int, hi: int, bounded: bool | None) -> str | None:
    """Why no ``q`` count fits the constraints, or ``None`` when some does."""
    if bounded is True and q in _UNBOUNDED_ONLY:
        return "has no upper bound, but bounded=True"
    if bounded is False and q in _BOUNDED_ONLY:
        return "always has an upper bound, but bounded=False"
    if q in _FROM_ZERO and lo > 0:
        return f"always starts at 0, but min_value={lo}"
    if q is Qualifier.MORE_THAN and hi < 1:
        return f"is at least 1, but max_value={hi}"
    return None


@st.composite
def _ordered_count(
    draw: st.DrawFn, lo: int, hi: int, qualifier: Qualifier, *, bounded: bool, best: bool
) -> Count:
    low = draw(st.integers(lo, hi))
    high = draw(st.integers(low, hi)) if bounded else None
    guess = None
    if best and draw(st.booleans()):
        guess = draw(st.integers(low, hi if high is None else high))
    return Count(low, high, guess, qualifier)


@st.composite
def _approximate_count(draw: st.DrawFn, lo: int, hi: int) -> Count:
    best = draw(st.integers(lo, hi))
    low, high = draw(st.integers(lo, best)), draw(st.integers(best, hi))
    return Count(low, high, best, Qualifier.APPROXIMATE)


def _count_shapes(q: Qualifier, lo: int, hi: int, bounded: bool | None) -> st.SearchStrategy[Count]:
    """Counts shaped as exchangekit itself builds them for qualifier ``q``."""
    ints = st.integers(lo, hi)
    if q is Qualifier.EXACT:
        return ints.map(Count.exact)
    if q is Qualifier.APPROXIMATE:
        return _approximate_count(lo, hi)
    if q is Qualifier.AT_LEAST:
        return ints.map(Count.at_least)
    if q is Qualifier.MORE_THAN:
        return st.integers(max(lo, 1) - 1, hi - 1).map(Count.more_than)
    if q is Qualifier.AT_MOST:
        return ints.map(Count.at_most)
    if q is Qualifier.FEWER_THAN:
        return ints.map(lambda n: Count.fewer_than(n + 1))
    if q is Qualifier.UNKNOWN:
        # Count.unknown() is 0 or more; a sum with an unknown part keeps a higher floor.
        return ints.map(lambda n: Count(n, None, None, Qualifier.UNKNOWN))
    best = q is Qualifier.RANGE
    shapes = []
    if bounded is not False:
        shapes.append(_ordered_count(lo, hi, q, bounded=True, best=best))
    if bounded is not True:
        shapes.append(_ordered_count(lo, hi, q, bounded=False, best=best))
    return st.one_of(shapes)


def qualifiers(*, bounded: bool | None = None) -> st.SearchStrategy[Qualifier]:
    """Qualifiers a count can carry; ``bounded`` keeps only those that fit such a count.

    ``bounded=True`` leaves out "at least", "more than" and "unknown";
    ``bounded=False`` leaves out "exact", "approximate", "at most" and "fewer than".

    :param bounded: ``True`` for qualifiers of counts with an upper bound, ``False`` for those
        without, ``None`` for all.
    """
    bounded = _check_flag("qualifiers", "bounded", bounded)
    return st.sampled_from([q for q in Qualifier if _why_not(q, 0, 1, bounded) is None])


def counts(
    *,
    min_value: int = 0,
    max_value: int = _MAX_COUNT,
    bounded: bool | None = None,
    qualifiers: Qualifier | Iterable[Qualifier] | None = None,
) -> st.SearchStrategy[Count]:
    """Valid counts, shaped as exchangekit's own constructors and arithmetic build them.

    Every finite number drawn (``low``, ``high``, ``best``) lies within
    ``min_value``..``max_value`` (default 0 to 1,000,000). ``bounded`` asks for
    counts with (``True``) or without (``False``) an upper bound, or either
    (``None``). ``qualifiers`` (one member or several) narrows how the figure
    was hedged; asking for one that cannot meet the other constraints, such as
    ``Qualifier.AT_LEAST`` with ``bounded=True``, is a ``ValueError``. Shrinks
    towards ``Count.exact(min_value)``.

    :param min_value: The smallest number drawn.
    :param max_value: The largest number drawn.
    :param bounded: ``True`` for counts with an upper bound, ``False`` for counts without,
        ``None`` for either.
    :param qualifiers: The qualifier, or qualifiers, to draw; by default any that fit.
    """
    func = "counts"
    lo = _check_int(func, "min_value", min_value, minimum=0)
    hi = _check_int(func, "max_value", max_value, minimum=0)
    if lo > hi:
        raise ValueError(f"{func}(): min_value {lo} is above max_value {hi}")
    bounded = _check_flag(func, "bounded", bounded)
    wanted = _members(func, "qualifiers", qualifiers, Qualifier)
    for q in wanted or ():
        reason = _why_not(q, lo, hi, bounded)
        if reason is not None:
            raise ValueError(f"{func}(): qualifiers: a count qualified {q.name} {reason}")
    chosen = [q for q in wanted or Qualifier if _why_not(q, lo, hi, bounded) is None]
    return st.one_of([_count_shapes(q, lo, hi, bounded) for q in chosen])


# -- dates and periods ---------------------------------------------------------

_ONE_DAY = timedelta(days=1)


def _unit_index(d: date, p: Precision) -> int:
    """Which day, week, month, quarter or year ``d`` falls in, counted from year 1."""
    if p is Precision.DAY:
        return d.toordinal()
    if p is Precision.WEEK:
        return (d.toordinal() - 1) // 7  # ordinal 1, 0001-01-01, was a Monday
    if p is Precision.MONTH:
        return d.year * 12 + d.month - 1
    if p is Precision.QUARTER:
        return d.year * 4 + (d.month - 1) // 3
    return d.year


def _unit_period(index: int, p: Precision) -> Period:
    """The whole unit number ``index`` of precision ``p`` (inverse of :func:`_unit_index`)."""
    if p is Precision.DAY:
        return Period.day(date.fromordinal(index))
    if p is Precision.WEEK:
        start = date.fromordinal(7 * index + 1)
        return Period(start, start + timedelta(days=6), Precision.WEEK)
    if p is Precision.MONTH:
        return Period.month(index // 12, index % 12 + 1)
    if p is Precision.QUARTER:
        return Period.quarter(index // 4, index % 4 + 1)
    return Period.year(index)


def _starts_unit(d: date, p: Precision) -> bool:
    return d == date.min or _unit_index(d - _ONE_DAY, p) != _unit_index(d, p)


def _ends_unit(d: date, p: Precision) -> bool:
    if d == date.max:
        return p is not Precision.WEEK  # 9999-12-31 is a Friday
    return _unit_index(d + _ONE_DAY, p) != _unit_index(d, p)


@attrs.frozen
class _Window:
    """Where periods may lie: within ``lo..hi``, starting no later than ``latest_start``."""

    lo: date
    hi: date
    latest_start: date

    def span(self, p: Precision) -> tuple[int, int] | None:
        """The first and last unit index (for RANGE: start ordinal) a ``p`` period may have."""
        if p is Precision.RANGE:
            last = min(self.latest_start, self.hi - _ONE_DAY) if self.lo < self.hi else self.lo
            return (self.lo.toordinal(), last.toordinal()) if self.lo <= last < self.hi else None
        first = _unit_index(self.lo, p) + (0 if _starts_unit(self.lo, p) else 1)
        last_unit = _unit_index(self.hi, p) - (0 if _ends_unit(self.hi, p) else 1)
        last_unit = min(last_unit, _unit_index(self.latest_start, p))
        return (first, last_unit) if first <= last_unit else None

    def spans(self, precisions: Iterable[Precision]) -> list[tuple[Precision, int, int]]:
        """Each precision with some period in the window, and its span."""
        found = []
        for p in precisions:
            span = self.span(p)
            if span is not None:
                found.append((p, *span))
        return found


def _window(lo: date, hi: date, latest_start: date | None = None) -> _Window:
    return _Window(lo, hi, hi if latest_start is None else min(hi, latest_start))


def _draw_period(draw: st.DrawFn, window: _Window, precisions: tuple[Precision, ...]) -> Period:
    """A period inside ``window``, of the first fitting precision when shrunk; rejects if none."""
    options = window.spans(precisions)
    if not options:
        reject()
    p, first, last = options[draw(st.integers(0, len(options) - 1))]
    index = draw(st.integers(first, last))
    if p is not Precision.RANGE:
        return _unit_period(index, p)
    end = draw(st.integers(index + 1, window.hi.toordinal()))
    return Period(date.fromordinal(index), date.fromordinal(end), Precision.RANGE)


@st.composite
def _period(draw: st.DrawFn, window: _Window, precisions: tuple[Precision, ...]) -> Period:
    return _draw_period(draw, window, precisions)


def _draw_optional_date(draw: st.DrawFn, lo: date, hi: date) -> date | None:
    if not draw(st.booleans()):
        return None
    return date.fromordinal(draw(st.integers(lo.toordinal(), hi.toordinal())))


def _check_precisions(func: str, window: _Window, precisions: object) -> tuple[Precision, ...]:
    """The precisions asked for (all by default) that fit ``window``; ValueError if one cannot."""
    wanted = _members(func, "precisions", precisions, Precision)
    fitting = tuple(p for p, _, _ in window.spans(wanted or Precision))
    missing = [p.name for p in wanted or () if p not in fitting]
    if missing:
        raise ValueError(
            f"{func}(): precisions: no whole {', '.join(missing)} period fits between "
            f"min_date {window.lo.isoformat()} and max_date {window.hi.isoformat()}"
        )
    return fitting


def dates(*, min_date: date = _MIN_DATE, max_date: date = _MAX_DATE) -> st.SearchStrategy[date]:
    """Calendar dates from ``min_date`` to ``max_date`` inclusive (default 2000 to 2035).

    :param min_date: The earliest date drawn.
    :param max_date: The latest date drawn.
    """
    lo, hi = _check_dates("dates", min_date, max_date)
    return st.dates(lo, hi)


def periods(
    *,
    min_date: date = _MIN_DATE,
    max_date: date = _MAX_DATE,
    precisions: Precision | Iterable[Precision] | None = None,
) -> st.SearchStrategy[Period]:
    """Valid periods lying wholly within ``min_date``..``max_date`` (default 2000 to 2035).

    Each precision draws whole calendar units (a DAY, an ISO WEEK, a MONTH, a
    QUARTER, a YEAR) or, for RANGE, an arbitrary span of two days or more.
    Precisions with no whole unit in the window are left out, unless asked for
    by ``precisions``, which is then a ``ValueError``. Shrinks towards a single day.

    :param min_date: The earliest day a period may start.
    :param max_date: The last day a period may end.
    :param precisions: The precision, or precisions, to draw; by default every one that fits.
    """
    func = "periods"
    window = _window(*_check_dates(func, min_date, max_date))
    return _period(window, _check_precisions(func, window, precisions))


# -- parties, sources, quotes --------------------------------------------------


def _code(party: Party) -> str:
    return party.code


def _unregistered_parties(registry: PartyRegistry) -> st.SearchStrategy[Party]:
    taken = {p.code for p in registry}
    codes = st.from_regex(r"[A-Z][A-Z0-9_]{1,7}", fullmatch=True).filter(lambda c: c not in taken)
    aliases = st.lists(_FREE_NAME, max_size=2, unique=True).map(tuple)
    return st.builds(Party, codes, _FREE_NAME, aliases)


def parties(
    *,
    codes: str | Iterable[str] | None = None,
    registry: PartyRegistry | None = None,
    joint: bool | None = None,
    unregistered: bool | None = None,
) -> st.SearchStrategy[Party]:
    """Parties: registered ones, joint ones ("RUS+UKR") and invented ones with unicode names.

    ``codes`` pins the choice to the named parties of ``registry`` (default the
    built-in one); a joint code such as ``"RUS+UKR"`` gives the joint party.
    Without ``codes``, ``joint`` and ``unregistered`` (default ``True``) say
    whether joint parties of registered ones, and parties the registry does not
    know, are drawn too. Shrinks towards the registry's first party.

    :param codes: Codes of the registered parties to choose from (a joint code such as
        ``"RUS+UKR"`` too).
    :param registry: Where codes are looked up and registered parties drawn from; by default the
        built-in one.
    :param joint: Whether joint parties are drawn too.
    :param unregistered: Whether parties the registry does not know are drawn too.
    """
    func = "parties"
    if registry is None:
        registry = DEFAULT_REGISTRY
    elif not isinstance(registry, PartyRegistry):
        raise _type_error(func, "registry", "a PartyRegistry", registry)
    joint = _check_flag(func, "joint", joint)
    unregistered = _check_flag(func, "unregistered", unregistered)
    if codes is not None:
        if joint or unregistered:
            raise ValueError(f"{func}(): codes pins the parties; drop joint= and unregistered=")
        if isinstance(codes, Party):
            raise _type_error(func, "codes", "party codes (strings)", codes)
        return st.sampled_from(_party_choices(func, "codes", codes, registry))
    pool = tuple(registry)
    if not pool and unregistered is False:
        raise ValueError(f"{func}(): registry is empty and unregistered=False: nothing to draw")
    if joint and len(pool) < 2:
        raise ValueError(f"{func}(): joint=True needs a registry of two or more parties")
    options: list[st.SearchStrategy[Party]] = []
    if pool:
        options.append(st.sampled_from(pool))
    if joint is not False and len(pool) >= 2:
        members = st.lists(st.sampled_from(pool), min_size=2, max_size=3, unique_by=_code)
        options.append(members.map(lambda ps: Party.joint(*ps)))
    if unregistered is not False:
        options.append(_unregistered_parties(registry))
    return st.one_of(options)


@functools.cache
def _any_party() -> st.SearchStrategy[Party]:
    return parties()


@functools.cache
def _unregistered_party() -> st.SearchStrategy[Party]:
    return _unregistered_parties(DEFAULT_REGISTRY)


def _party_strategy(
    func: str, name: str, value: object, default: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    """``value`` as a strategy: itself, ``default`` for None, or a choice of the given parties."""
    if value is None:
        return default
    if isinstance(value, st.SearchStrategy):
        return value
    return st.sampled_from(_party_choices(func, name, value, DEFAULT_REGISTRY))


def _draw_source(
    draw: st.DrawFn,
    party: Party | None,
    lo: date,
    hi: date,
    *,
    kinds: st.SearchStrategy[SourceKind] = _SOURCE_KIND,
    published: bool | None = None,
) -> Source:
    if published is None:
        when = _draw_optional_date(draw, lo, hi)
    elif published:
        when = date.fromordinal(draw(st.integers(lo.toordinal(), hi.toordinal())))
    else:
        when = None
    return Source(draw(_NAME), draw(kinds), party, draw(_OPTIONAL_URL), when)


def _draw_speaker(draw: st.DrawFn, sides: tuple[Party, ...]) -> Party | None:
    """Who a source speaks for: nobody, one of ``sides``, or any party (simplest first)."""
    choice = draw(st.integers(0, len(sides) + 1))
    if choice == 0:
        return None
    if choice <= len(sides):
        return sides[choice - 1]
    return draw(_any_party())


def _draw_sources_after(
    draw: st.DrawFn, start: date, sides: tuple[Party, ...], max_size: int
) -> tuple[Source, ...]:
    """Sources of something that began on ``start``: published then or later, if at all."""
    hi = max(start, _MAX_DATE)
    n = draw(st.integers(0, max_size))
    return tuple(_draw_source(draw, _draw_speaker(draw, sides), start, hi) for _ in range(n))


@st.composite
def _source(
    draw: st.DrawFn,
    kinds: st.SearchStrategy[SourceKind],
    speakers: st.SearchStrategy[Party | None],
    window: tuple[date, date],
    published: bool | None,
) -> Source:
    return _draw_source(draw, draw(speakers), *window, kinds=kinds, published=published)


def sources(
    *,
    kinds: SourceKind | Iterable[SourceKind] | None = None,
    parties: st.SearchStrategy[Party | None] | Iterable[str | Party] | None = None,
    published: bool | None = None,
    min_date: date = _MIN_DATE,
    max_date: date = _MAX_DATE,
) -> st.SearchStrategy[Source]:
    """Sources (who said something), with and without a party, a url and a publication date.

    ``parties`` is a strategy for the party the source speaks for (it may draw
    ``None``), or party codes to choose from; by default a source speaks for
    nobody or for any party. ``published`` asks for a publication date always
    (``True``), never (``False``) or sometimes (``None``), between ``min_date``
    and ``max_date``.

    :param kinds: The kind, or kinds, of source to draw.
    :param parties: A strategy for the party the source speaks for, or party codes to choose
        from.
    :param published: ``True`` for always a publication date, ``False`` for never, ``None`` for
        sometimes.
    :param min_date: The earliest publication date.
    :param max_date: The latest publication date.
    """
    func = "sources"
    chosen_kinds = _members(func, "kinds", kinds, SourceKind)
    speakers = _party_strategy(func, "parties", parties, st.none() | _any_party())
    published = _check_flag(func, "published", published)
    window = _check_dates(func, min_date, max_date)
    kind_strategy = _SOURCE_KIND if chosen_kinds is None else st.sampled_from(chosen_kinds)
    return _source(kind_strategy, speakers, window, published)


@st.composite
def _quote(draw: st.DrawFn, offsets: bool | None) -> Quote:
    text = draw(_SNIPPET)
    document = draw(_OPTIONAL_URL)
    if not (draw(st.booleans()) if offsets is None else offsets):
        return Quote(text, document=document)
    start = draw(st.integers(0, 20_000))
    return Quote(text, start, start + len(text), document)


def quotes(*, offsets: bool | None = None) -> st.SearchStrategy[Quote]:
    """Quotes: the words a record was read from, with (``offsets=True``) or without offsets.

    Offsets, when drawn, span exactly the quoted text (``end - start == len(text)``);
    ``document`` is sometimes a url.

    :param offsets: ``True`` for always offsets, ``False`` for never, ``None`` for sometimes.
    """
    return _quote(_check_flag("quotes", "offsets", offsets))


_QUOTE_LIST = st.lists(_quote(None), max_size=2)


# -- transfers and exchanges -------------------------------------------------------

_CATEGORIES_BY_KIND = {
    ExchangeKind.REPATRIATION_OF_REMAINS: (PersonCategory.REMAINS,),
    ExchangeKind.PRISONER_SWAP: (
        PersonCategory.PRISONERS_OF_WAR,
        PersonCategory.WOUNDED_PRISONERS,
        PersonCategory.CIVILIANS,
    ),
    ExchangeKind.CIVILIAN_RETURN: (PersonCategory.CIVILIANS, PersonCategory.CHILDREN),
    ExchangeKind.CHILD_RETURN: (PersonCategory.CHILDREN,),
}


@functools.cache
def _default_counts() -> st.SearchStrategy[Count]:
    return counts()


@functools.cache
def _default_periods() -> st.SearchStrategy[Period]:
    return periods()


_Sides = tuple[Party, ...] | st.SearchStrategy[Party] | None
"""Where the two sides of a transfer come from: a fixed choice, a strategy, or the default mix."""


def _draw_pair(draw: st.DrawFn, parties: _Sides) -> tuple[Party, Party]:
    """Two parties with different codes, the first two choices when shrunk.

    From a strategy, rejects when it keeps drawing the same party. By default,
    registered parties, each side sometimes replaced by an unregistered one.
    """
    if parties is None:
        sender, receiver = _draw_pair(draw, DEFAULT_REGISTRY.parties)
        if draw(st.booleans()):
            sender = draw(_unregistered_party())
        if draw(st.booleans()):
            receiver = draw(_unregistered_party())
        if sender.code == receiver.code:
            reject()
        return sender, receiver
    if isinstance(parties, tuple):
        i = draw(st.integers(0, len(parties) - 1))
        j = draw(st.integers(0, len(parties) - 2))
        return parties[i], parties[j + 1 if j >= i else j]
    sender = receiver = draw(parties)
    for _ in range(5):
        receiver = draw(parties)
        if receiver.code != sender.code:
            break
    else:
        reject()
    return sender, receiver


def _draw_attribution(draw: st.DrawFn, sender: Party, receiver: Party, lo: date) -> Source | None:
    """Who vouches for a transfer's figure: nobody, or a source usually speaking for one side."""
    if not draw(st.booleans()):
        return None
    return _draw_source(draw, _draw_speaker(draw, (sender, receiver)), lo, max(lo, _MAX_DATE))


@st.composite
def _transfer(
    draw: st.DrawFn,
    parties: _Sides,
    categories: st.SearchStrategy[PersonCategory],
    counts: st.SearchStrategy[Count],
    attributions: st.SearchStrategy[Source | None] | None,
) -> Transfer:
    sender, receiver = _draw_pair(draw, parties)
    category, count = draw(categories), draw(counts)
    if attributions is None:
        vouch = _draw_attribution(draw, sender, receiver, _MIN_DATE)
    else:
        vouch = draw(attributions)
    return Transfer(sender, receiver, category, count, vouch)


def _transfer_parties(func: str, value: object) -> _Sides:
    if value is None or isinstance(value, st.SearchStrategy):
        return value
    choices = _party_choices(func, "parties", value, DEFAULT_REGISTRY)
    if len(choices) < 2:
        raise ValueError(
            f"{func}(): parties must name two or more parties, since a transfer's "
            f"sender and receiver differ; got only {choices[0].code}"
        )
    return choices


def transfers(
    *,
    parties: st.SearchStrategy[Party] | Iterable[str | Party] | None = None,
    categories: PersonCategory | Iterable[PersonCategory] | None = None,
    counts: st.SearchStrategy[Count] | None = None,
    attributions: st.SearchStrategy[Source | None] | None = None,
) -> st.SearchStrategy[Transfer]:
    """One direction of an exchange, between two parties with different codes.

    ``parties`` is a strategy for the sender and receiver, or party codes to
    choose from (two or more); ``counts`` a strategy for the figure;
    ``attributions`` a strategy for who vouches for it (it may draw ``None``).
    By default some transfers are attributed, mostly to a source speaking for
    one of the two sides.

    :param parties: A strategy for the sender and receiver, or two or more party codes to choose
        from.
    :param categories: The category, or categories, of people transferred.
    :param counts: A strategy for the number transferred.
    :param attributions: A strategy for who vouches for the figure; it may draw ``None``.
    """
    func = "transfers"
    party_strategy = _transfer_parties(func, parties)
    chosen = _members(func, "categories", categories, PersonCategory) or tuple(PersonCategory)
    _check_strategy(func, "counts", counts)
    _check_strategy(func, "attributions", attributions)
    count_strategy = counts if counts is not None else _default_counts()
    return _transfer(party_strategy, st.sampled_from(chosen), count_strategy, attributions)


@functools.cache
def _legs(
    categories: tuple[PersonCategory, ...], max_transfers: int
) -> st.SearchStrategy[list[tuple[bool, PersonCategory]]]:
    """Distinct (reversed?, category) legs of an exchange, at least one."""
    leg = st.tuples(st.booleans(), st.sampled_from(categories))
    return st.lists(leg, min_size=1, max_size=max_transfers, unique=True)


@functools.cache
def _third_parties(
    codes: frozenset[str],
) -> st.SearchStrategy[list[Party]]:
    """Registered parties other than ``codes``, as a possible list of intermediaries."""
    third = [p for p in DEFAULT_REGISTRY if p.code not in codes]
    return st.lists(st.sampled_from(third), max_size=2, unique_by=_code)


@st.composite
def _exchange(
    draw: st.DrawFn,
    kinds: st.SearchStrategy[ExchangeKind],
    parties: _Sides,
    periods: st.SearchStrategy[Period],
    counts: st.SearchStrategy[Count],
    categories: tuple[PersonCategory, ...] | None,
    max_transfers: int,
    intermediaries: st.SearchStrategy[tuple[Party, ...]] | None,
    sources: st.SearchStrategy[tuple[Source, ...]] | None,
    ids: st.SearchStrategy[str] | None,
) -> Exchange:
    kind = draw(kinds)
    period = draw(periods)
    a, b = _draw_pair(draw, parties)
    legs = draw(
        _legs(categories or _CATEGORIES_BY_KIND.get(kind, tuple(PersonCategory)), max_transfers)
    )
    legs_transfers = []
    for reverse, category in legs:
        sender, receiver = (b, a) if reverse else (a, b)
        count = draw(counts)
        vouch = _draw_attribution(draw, sender, receiver, period.start)
        legs_transfers.append(Transfer(sender, receiver, category, count, vouch))
    if intermediaries is None:
        registered = frozenset(p.code for p in DEFAULT_REGISTRY)
        go_betweens = tuple(draw(_third_parties(frozenset({a.code, b.code}) & registered)))
    else:
        go_betweens = draw(intermediaries)
    if sources is None:
        reported_by = _draw_sources_after(draw, period.start, (a, b, *go_betweens), 3)
    else:
        reported_by = draw(sources)
    fields: dict[str, Any] = {
        "kind": kind,
        "period": period,
        "transfers": legs_transfers,
        "intermediaries": go_betweens,
        "sources": reported_by,
        "notes": draw(_NOTE_LIST),
        "quotes": draw(_QUOTE_LIST),
    }
    if ids is not None:
        fields["id"] = draw(ids)
    return Exchange(**fields)


def exchanges(
    *,
    kinds: ExchangeKind | Iterable[ExchangeKind] | None = None,
    parties: st.SearchStrategy[Party] | Iterable[str | Party] | None = None,
    periods: st.SearchStrategy[Period] | None = None,
    counts: st.SearchStrategy[Count] | None = None,
    categories: PersonCategory | Iterable[PersonCategory] | None = None,
    max_transfers: int = 4,
    intermediaries: st.SearchStrategy[tuple[Party, ...]] | None = None,
    sources: st.SearchStrategy[tuple[Source, ...]] | None = None,
    ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Exchange]:
    """Exchanges between two parties, with one to ``max_transfers`` legs in either direction.

    ``parties`` (a strategy, or codes to choose from) gives the two sides;
    ``periods`` and ``counts`` are strategies for when and how many. Each leg
    has its own direction and category, so no two legs are the same; the
    categories suit the kind (remains for a repatriation of remains) unless
    ``categories`` says otherwise. ``intermediaries`` and ``sources`` are
    strategies for the whole tuple (``st.just(())`` for none); by default
    intermediaries are registered third parties, and sources are published on
    or after the exchange's first day. Ids are derived from the content
    unless ``ids`` draws them.

    :param kinds: The kind, or kinds, of exchange to draw.
    :param parties: A strategy for the two sides, or party codes to choose from.
    :param periods: A strategy for when the exchange happened.
    :param counts: A strategy for each transfer's figure.
    :param categories: The category, or categories, of people transferred; by default those that
        suit the kind.
    :param max_transfers: The most transfers (legs) an exchange has.
    :param intermediaries: A strategy for the whole tuple of intermediaries.
    :param sources: A strategy for the whole tuple of sources.
    :param ids: A strategy for the ids; by default ids are derived from the content.
    """
    func = "exchanges"
    chosen_kinds = _members(func, "kinds", kinds, ExchangeKind) or tuple(ExchangeKind)
    party_strategy = _transfer_parties(func, parties)
    for name, value in (
        ("periods", periods),
        ("counts", counts),
        ("intermediaries", intermediaries),
        ("sources", sources),
        ("ids", ids),
    ):
        _check_strategy(func, name, value)
    chosen_categories = _members(func, "categories", categories, PersonCategory)
    limit = _check_int(func, "max_transfers", max_transfers, minimum=1)
    return _exchange(
        st.sampled_from(chosen_kinds),
        party_strategy,
        periods if periods is not None else _default_periods(),
        counts if counts is not None else _default_counts(),
        chosen_categories,
        limit,
        intermediaries,
        sources,
        _non_blank(ids),
    )


# -- casualty claims, tallies and datasets -----------------------------------------


@st.composite
def _claim(
    draw: st.DrawFn,
    subjects: st.SearchStrategy[Party],
    categories: st.SearchStrategy[CasualtyCategory],
    methods: st.SearchStrategy[ClaimMethod],
    scopes: st.SearchStrategy[ClaimScope],
    populations: st.SearchStrategy[Population],
    counts: st.SearchStrategy[Count],
    claimants: st.SearchStrategy[Source] | None,
    window: _Window,
    precisions: tuple[Precision, ...],
    ids: st.SearchStrategy[str] | None,
) -> CasualtyClaim:
    lo, hi = window.lo, window.hi
    subject = draw(subjects)
    if claimants is None:
        as_of = _draw_period(draw, window, precisions)
        claimant = _draw_source(draw, _draw_speaker(draw, (subject,)), as_of.start, hi)
    else:
        claimant = draw(claimants)
        as_of = _draw_period(draw, _window(lo, hi, claimant.published), precisions)
    covers = _draw_period(draw, _window(lo, as_of.end), precisions)
    fields: dict[str, Any] = {
        "subject": subject,
        "category": draw(categories),
        "count": draw(counts),
        "covers": covers,
        "as_of": as_of,
        "claimant": claimant,
        "method": draw(methods),
        "scope": draw(scopes),
        "population": draw(populations),
        "caveats": draw(_NOTE_LIST),
        "relayed_by": _draw_sources_after(draw, as_of.start, (), 2),
        "quotes": draw(_QUOTE_LIST),
    }
    if ids is not None:
        fields["id"] = draw(ids)
    return CasualtyClaim(**fields)


def casualty_claims(
    *,
    subjects: st.SearchStrategy[Party] | Iterable[str | Party] | None = None,
    categories: CasualtyCategory | Iterable[CasualtyCategory] | None = None,
    methods: ClaimMethod | Iterable[ClaimMethod] | None = None,
    scopes: ClaimScope | Iterable[ClaimScope] | None = None,
    populations: Population | Iterable[Population] | None = None,
    counts: st.SearchStrategy[Count] | None = None,
    claimants: st.SearchStrategy[Source] | None = None,
    min_date: date = _MIN_DATE,
    max_date: date = _MAX_DATE,
    precisions: Precision | Iterable[Precision] | None = None,
    ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[CasualtyClaim]:
    """Casualty claims whose dates are consistent: stated no later than published.

    ``as_of`` and ``covers`` are periods between ``min_date`` and ``max_date``
    with one of ``precisions``; ``covers`` ends no later than ``as_of``. By
    default the claimant speaks for nobody, for the subject, or for another
    party (an adversary's claim), and publishes on or after the ``as_of`` start.
    A ``claimants`` strategy is drawn first instead, and ``as_of`` then starts
    no later than the claimant's publication date; a claimant that leaves no
    such period in the window is rejected, like a failed ``assume``.

    :param subjects: A strategy for whose losses are counted, or party codes to choose from.
    :param categories: The category, or categories, of losses.
    :param methods: The method, or methods, by which the figure was arrived at.
    :param scopes: The scope, or scopes: a running total, one incident, one period.
    :param populations: Whose dead the figures count; by default the subject's combatants
        most often, and any population sometimes.
    :param counts: A strategy for the figure.
    :param claimants: A strategy for who made the claim.
    :param min_date: The earliest day ``as_of`` and ``covers`` may start.
    :param max_date: The last day ``as_of`` and ``covers`` may end.
    :param precisions: The precision, or precisions, of ``as_of`` and ``covers``.
    :param ids: A strategy for the ids; by default ids are derived from the content.
    """
    func = "casualty_claims"
    subject_strategy = _party_strategy(func, "subjects", subjects, _any_party())
    chosen_categories = _members(func, "categories", categories, CasualtyCategory)
    chosen_methods = _members(func, "methods", methods, ClaimMethod)
    chosen_scopes = _members(func, "scopes", scopes, ClaimScope)
    chosen_populations = _members(func, "populations", populations, Population)
    for name, value in (("counts", counts), ("claimants", claimants), ("ids", ids)):
        _check_strategy(func, name, value)
    window = _window(*_check_dates(func, min_date, max_date))
    chosen_precisions = _check_precisions(func, window, precisions)
    return _claim(
        subject_strategy,
        st.sampled_from(chosen_categories or tuple(CasualtyCategory)),
        st.sampled_from(chosen_methods or tuple(ClaimMethod)),
        st.sampled_from(chosen_scopes or tuple(ClaimScope)),
        st.sampled_from(chosen_populations)
        if chosen_populations
        else st.sampled_from((Population.COMBATANTS, *Population)),
        counts if counts is not None else _default_counts(),
        claimants,
        window,
        chosen_precisions,
        _non_blank(ids),
    )


@st.composite
def _tally(
    draw: st.DrawFn,
    parties: _Sides,
    with_sender: bool | None,
    categories: st.SearchStrategy[PersonCategory],
    counts: st.SearchStrategy[Count | None],
    exchange_counts: st.SearchStrategy[Count | None],
    claimants: st.SearchStrategy[Source] | None,
    window: _Window,
    precisions: tuple[Precision, ...],
    ids: st.SearchStrategy[str] | None,
    two_way: bool | None,
) -> ExchangeTally:
    lo, hi = window.lo, window.hi
    sender, receiver = _draw_pair(draw, parties)
    # a two-way tally names no sender
    named = not two_way and (draw(st.booleans()) if with_sender is None else with_sender)
    # Drawn after the pair, so a two-way tally shrinks to a one-way one.
    both = not named and (draw(st.booleans()) if two_way is None else two_way)
    if claimants is None:
        as_of = _draw_period(draw, window, precisions)
        claimant = _draw_source(draw, _draw_speaker(draw, (receiver, sender)), as_of.start, hi)
    else:
        claimant = draw(claimants)
        as_of = _draw_period(draw, _window(lo, hi, claimant.published), precisions)
    covers = _draw_period(draw, _window(lo, as_of.end), precisions)
    category = draw(categories)
    count = draw(counts)
    exchange_count = draw(exchange_counts)
    if count is None and exchange_count is None:
        # A tally that gives no count of people gives its number of exchanges.
        exchange_count = draw(_some_exchange_counts())
    fields: dict[str, Any] = {
        "receiver": Party.joint(sender, receiver) if both else receiver,
        "category": category,
        "count": count,
        "covers": covers,
        "as_of": as_of,
        "claimant": claimant,
        "sender": sender if named else None,
        "exchange_count": exchange_count,
        "relayed_by": _draw_sources_after(draw, as_of.start, (), 2),
        "quotes": draw(_QUOTE_LIST),
        "notes": draw(_NOTE_LIST),
    }
    if ids is not None:
        fields["id"] = draw(ids)
    return ExchangeTally(**fields)


@functools.cache
def _default_exchange_counts() -> st.SearchStrategy[Count | None]:
    return st.none() | _some_exchange_counts()


@functools.cache
def _some_exchange_counts() -> st.SearchStrategy[Count]:
    return counts(max_value=500)


@functools.cache
def _default_tally_counts() -> st.SearchStrategy[Count | None]:
    return _default_counts() | st.none()


def exchange_tallies(
    *,
    parties: st.SearchStrategy[Party] | Iterable[str | Party] | None = None,
    with_sender: bool | None = None,
    categories: PersonCategory | Iterable[PersonCategory] | None = None,
    counts: st.SearchStrategy[Count | None] | None = None,
    exchange_counts: st.SearchStrategy[Count | None] | None = None,
    claimants: st.SearchStrategy[Source] | None = None,
    min_date: date = _MIN_DATE,
    max_date: date = _MAX_DATE,
    precisions: Precision | Iterable[Precision] | None = None,
    ids: st.SearchStrategy[str] | None = None,
    two_way: bool | None = None,
) -> st.SearchStrategy[ExchangeTally]:
    """Stated running totals of transfers ("9,000 bodies returned since 2022"), dates consistent.

    ``parties`` (a strategy, or two or more codes to choose from) gives the
    receiver and the sender, which differ; ``with_sender`` says whether the
    tally names its sender always (``True``), never (``False``) or sometimes
    (``None``). A tally without a sender is two-way ("from both sides": its
    receiver the joint party of the two drawn parties) sometimes by default
    (``two_way=None``), always (``True``) or never (``False``); a tally that
    names its sender is never two-way. ``counts`` draws the total of people
    (it may draw ``None``, a tally that gives only its number of exchanges;
    by default a count, or sometimes ``None`` unless ``exchange_counts`` is
    given) and ``exchange_counts`` how
    many exchanges the tally says it counts (it may draw ``None``; by default
    ``None`` or up to 500); a tally drawn with neither gets a number of
    exchanges up to 500. Dates follow :func:`casualty_claims`: ``as_of``
    and ``covers`` lie between ``min_date`` and ``max_date`` with one of
    ``precisions``, ``covers`` ends no later than ``as_of``, and the claimant
    (by default speaking for nobody, for either side, or for another party)
    publishes no earlier than ``as_of`` starts; a ``claimants`` strategy is
    drawn first instead. Shrinks towards a tally with no sender, exchange
    count or optional fields.

    :param parties: A strategy for parties, or two or more codes or parties to choose from.
    :param with_sender: Whether the tally names its sender: always, never or (``None``) either.
    :param categories: The categories of people to draw from; by default every one.
    :param counts: A strategy for the stated total of people (may draw ``None``).
    :param exchange_counts: A strategy for how many exchanges the tally counts (may draw ``None``).
    :param claimants: A strategy for who states the tally.
    :param min_date: The earliest day any period may start.
    :param max_date: The latest day any period may end.
    :param precisions: The precisions ``as_of`` and ``covers`` are drawn with.
    :param ids: A strategy for ids; by default ids derived from the content.
    :param two_way: Whether a tally without a sender counts both directions: always, never or
        (``None``) either.
    """
    func = "exchange_tallies"
    party_strategy = _transfer_parties(func, parties)
    named = _check_flag(func, "with_sender", with_sender)
    both = _check_flag(func, "two_way", two_way)
    if both and named:
        raise ValueError(
            f"{func}(): a two-way tally names no sender; got two_way=True, with_sender=True"
        )
    chosen_categories = _members(func, "categories", categories, PersonCategory)
    for name, value in (
        ("counts", counts),
        ("exchange_counts", exchange_counts),
        ("claimants", claimants),
        ("ids", ids),
    ):
        _check_strategy(func, name, value)
    window = _window(*_check_dates(func, min_date, max_date))
    chosen_precisions = _check_precisions(func, window, precisions)
    return _tally(
        party_strategy,
        named,
        st.sampled_from(chosen_categories or tuple(PersonCategory)),
        counts
        if counts is not None
        else (_default_tally_counts() if exchange_counts is None else _default_counts()),
        exchange_counts if exchange_counts is not None else _default_exchange_counts(),
        claimants,
        window,
        chosen_precisions,
        _non_blank(ids),
        both,
    )


def _record_id(record: Exchange | CasualtyClaim | ExchangeTally) -> str:
    return record.id


@functools.cache
def _default_exchanges() -> st.SearchStrategy[Exchange]:
    return exchanges()


@functools.cache
def _default_claims() -> st.SearchStrategy[CasualtyClaim]:
    return casualty_claims()


@functools.cache
def _default_tallies() -> st.SearchStrategy[ExchangeTally]:
    return exchange_tallies()


_PROVENANCE = st.lists(
    st.sampled_from(("seed report", "manual entry")) | _URL, max_size=2, unique=True
)


def datasets(
    *,
    exchanges: st.SearchStrategy[Exchange] | None = None,
    claims: st.SearchStrategy[CasualtyClaim] | None = None,
    tallies: st.SearchStrategy[ExchangeTally] | None = None,
    max_exchanges: int = 3,
    max_claims: int = 3,
    max_tallies: int = 3,
    provenance: st.SearchStrategy[tuple[str, ...]] | None = None,
) -> st.SearchStrategy[Dataset]:
    """Datasets of up to ``max_exchanges``, ``max_claims`` and ``max_tallies`` records, ids unique.

    ``exchanges``, ``claims`` and ``tallies`` are strategies for one record
    each; ``provenance`` a strategy for the whole tuple of provenance entries.
    ``max_tallies=0`` (or ``max_claims=0``) leaves out what a format cannot
    hold. Shrinks towards the empty dataset.

    :param exchanges: A strategy for one exchange.
    :param claims: A strategy for one casualty claim.
    :param max_exchanges: The most exchanges a dataset has.
    :param max_claims: The most claims a dataset has.
    :param tallies: A strategy for one stated tally.
    :param max_tallies: The most stated tallies a dataset has.
    :param provenance: A strategy for the whole tuple of provenance entries.
    """
    func = "datasets"
    for name, value in (
        ("exchanges", exchanges),
        ("claims", claims),
        ("tallies", tallies),
        ("provenance", provenance),
    ):
        _check_strategy(func, name, value)
    n_exchanges = _check_int(func, "max_exchanges", max_exchanges, minimum=0)
    n_claims = _check_int(func, "max_claims", max_claims, minimum=0)
    n_tallies = _check_int(func, "max_tallies", max_tallies, minimum=0)
    exchange_strategy = exchanges if exchanges is not None else _default_exchanges()
    claim_strategy = claims if claims is not None else _default_claims()
    tally_strategy = tallies if tallies is not None else _default_tallies()
    return st.builds(
        Dataset,
        exchanges=st.lists(exchange_strategy, max_size=n_exchanges, unique_by=_record_id),
        claims=st.lists(claim_strategy, max_size=n_claims, unique_by=_record_id),
        tallies=st.lists(tally_strategy, max_size=n_tallies, unique_by=_record_id),
        provenance=_PROVENANCE if provenance is None else provenance,
    )


# -- hostile text -------------------------------------------------------------------

HOSTILE_ALPHABETS: dict[str, tuple[str, ...]] = {
    "formula": (
        "=",
        "+",
        "-",
        "@",
        "\uff1d",
        "'",
        "=cmd|' /C calc'!A0",
        '=HYPERLINK("http://tracker.example/p","x")',
        "@SUM(A1:A9)",
        "+1",
        "-1",
    ),
    "line_breaks": ("\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1e", "\x85", "\u2028", "\u2029"),
    "controls": (
        "\x00",
        "\x07",
        "\x08",
        "\t",
        "\x1b",
        "\x7f",
        "\x90",
        "\x9b",
        "\x9d",
        "\x1b]0;pwned\x07",
        "\x1b[2J",
        "\x1b[1A\x1b[K",
        "\x9b31m",
    ),
    "bidi": (
        "\u061c",
        "\u200e",
        "\u200f",
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
    ),
    "markup": (
        "*",
        "_",
        "`",
        "#",
        "|",
        "<",
        ">",
        "&",
        '"',
        "\\",
        "[",
        "]",
        "(",
        ")",
        "![p](http://tracker.example/p.png)",
        "[x](http://tracker.example/)",
        "# x",
        "<script>alert(1)</script>",
        "&amp;",
        "-->",
    ),
    "surrogates": ("\ud800", "\udbff", "\udc00", "\udfff"),
}
"""The dangerous pieces :func:`hostile_text` draws from, by alphabet name.

``formula``: what makes a spreadsheet run a cell; ``line_breaks``: everything
some reader takes for the end of a line; ``controls``: C0, DEL and C1
controls, alone and as terminal escape sequences; ``bidi``: marks, embeddings,
overrides and isolates that reorder what is shown; ``markup``: Markdown and
HTML syntax; ``surrogates``: lone surrogates, which no record may hold and
no encoding can write.
"""

_ORDINARY = st.sampled_from(
    [
        "News",
        "Kyiv",
        "a",
        " ",
        ",",
        ";",
        ".",
        "é",
        "ß",
        "—",
        "“",
        "”",
        "«",
        "»",
        "Київ",
        "Москва",
        "نيوز",
        "新闻",
        "ニュース",
        "🕊",
        "1,000",
        "0",
    ]
)
"""Ordinary text among the dangerous pieces: output must keep it exactly as it is."""


def hostile_text(
    *,
    alphabets: Iterable[str] | None = None,
    min_size: int = 0,
    max_size: int = 12,
) -> st.SearchStrategy[str]:
    """Text that tries to break an output channel, for testing exporters and printers.

    Each value joins ``min_size`` to ``max_size`` pieces, some ordinary
    (accents, dashes, typographic quotes, Cyrillic, Arabic, CJK, an emoji)
    and some drawn from :data:`HOSTILE_ALPHABETS`. Use it where text from a
    record reaches a consumer that could take it for something other than
    text, and assert the output is inert when read back by that consumer.
    Shrinks towards the empty string, then towards a single piece.

    :param alphabets: Names from :data:`HOSTILE_ALPHABETS`; by default all but
        ``surrogates``, since records reject text that cannot be encoded.
    :param min_size: The fewest pieces a value joins.
    :param max_size: The most pieces a value joins.
    """
    func = "hostile_text"
    if alphabets is None:
        chosen = tuple(name for name in HOSTILE_ALPHABETS if name != "surrogates")
    elif isinstance(alphabets, str | bytes) or not isinstance(alphabets, Iterable):
        raise _type_error(func, "alphabets", "a collection of alphabet names", alphabets)
    else:
        chosen = tuple(dict.fromkeys(alphabets))
        unknown = [name for name in chosen if name not in HOSTILE_ALPHABETS]
        if unknown or not chosen:
            raise ValueError(
                f"{func}(): alphabets must name some of {', '.join(HOSTILE_ALPHABETS)}; "
                f"got {list(chosen)!r}"
            )
    lo = _check_int(func, "min_size", min_size, minimum=0)
    hi = _check_int(func, "max_size", max_size, minimum=max(lo, 1))
    pieces = [piece for name in chosen for piece in HOSTILE_ALPHABETS[name]]
    return st.lists(_ORDINARY | st.sampled_from(pieces), min_size=lo, max_size=hi).map("".join)
