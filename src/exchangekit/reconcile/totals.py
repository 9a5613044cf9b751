"""Totals of transferred people per calendar bucket, as intervals that contain every true total."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date

import attrs

from exchangekit.counts import _ZERO_BOUNDS, Count, _add_bounds, _Bounds
from exchangekit.models import CasualtyClaim, Dataset, Exchange, Transfer
from exchangekit.parties import PartyRegistry
from exchangekit.periods import Period
from exchangekit.reconcile._arguments import (
    PartyFilter,
    ReconcileError,
    resolve_bucket_size,
    resolve_day,
    resolve_enums,
    resolve_parties,
)
from exchangekit.reconcile._buckets import Grid
from exchangekit.reconcile._rules import (
    left_out,
    refuse_mixed,
    refuse_mixed_categories,
    refuse_running_totals,
)
from exchangekit.reconcile._text import plural
from exchangekit.vocabulary import ExchangeKind, PersonCategory, Precision, Qualifier

__all__ = [
    "ClaimContribution",
    "Contribution",
    "PartialTotals",
    "Totals",
    "categories",
    "cumulative",
    "partial_totals",
    "totals",
]

CategoryFilter = PersonCategory | str | Iterable[PersonCategory | str] | None
KindFilter = ExchangeKind | str | Iterable[ExchangeKind | str] | None

_ZERO = Count.exact(0)


def _rows(value: Iterable[tuple[Period, Count]]) -> tuple[tuple[Period, Count], ...]:
    return tuple(value)


class _Deferred:
    """A :class:`Totals`' contributions, built from plain tuples the first time they are read.

    Summing needs only each figure's count and buckets; the one object per
    figure that ``contributions`` holds is made when someone asks for it, so
    a sum nobody inspects figure by figure costs no object per figure. Two
    are equal (and hash) as the tuples they stand for.
    """

    __slots__ = ("_build", "_value")

    def __init__(
        self,
        build: Callable[[], tuple[AnyContribution, ...]] | None = None,
        value: tuple[AnyContribution, ...] | None = None,
    ) -> None:
        self._build = build
        self._value = value

    def get(self) -> tuple[AnyContribution, ...]:
        """The contributions, built on the first call."""
        if self._value is None:
            assert self._build is not None
            self._value, self._build = self._build(), None
        return self._value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Deferred):
            return self.get() == other.get()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.get())

    def __repr__(self) -> str:
        return repr(self.get())

    def __reduce__(self) -> tuple[type[_Deferred], tuple[None, tuple[AnyContribution, ...]]]:
        # Pickled (to another process, say) as the built tuple: a closure does not travel.
        return (_Deferred, (None, self.get()))


def _contributions(value: Iterable[AnyContribution] | _Deferred) -> _Deferred:
    if isinstance(value, _Deferred):
        return value
    return _Deferred(value=tuple(value))


def _notes(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _buckets(value: Iterable[Period]) -> tuple[Period, ...]:
    return tuple(value)


def _may_be_zero(count: Count) -> Count:
    """What a transfer adds to a bucket it may or may not fall in: nothing up to its high."""
    if count.high is None:
        return Count.unknown()
    return Count(0, count.high, None, Qualifier.RANGE)


@attrs.frozen
class Contribution:
    """One transfer figure that went into a :class:`Totals`, and where.

    ``buckets`` are the buckets of the span its exchange's period may fall in.
    ``whole`` is true when that is a single bucket inside the span, so the
    whole count went there; otherwise it added nothing to the floor and its
    high to the ceiling of each of those buckets.
    """

    exchange_id: str
    period: Period
    transfer: Transfer
    whole: bool
    buckets: tuple[Period, ...] = attrs.field(converter=_buckets)

    @property
    def record_id(self) -> str:
        """The id of the exchange the figure belongs to."""
        return self.exchange_id

    @property
    def count(self) -> Count:
        """The figure that was summed: the transfer's count."""
        return self.transfer.count


@attrs.frozen
class ClaimContribution:
    """One casualty figure that went into a :class:`Totals` of :func:`casualty_totals`, and where.

    ``whole`` and ``buckets`` mean what they mean for a :class:`Contribution`:
    a figure whose period may fall in several buckets (or outside the span)
    adds nothing to their floors and its high to each of their ceilings.
    """

    claim_id: str
    period: Period
    claim: CasualtyClaim
    whole: bool
    buckets: tuple[Period, ...] = attrs.field(converter=_buckets)

    @property
    def record_id(self) -> str:
        """The id of the claim."""
        return self.claim_id

    @property
    def count(self) -> Count:
        """The figure that was summed: the claim's count."""
        return self.claim.count


AnyContribution = Contribution | ClaimContribution


@attrs.frozen(repr=False)
class Totals(Mapping[Period, Count]):
    """An ordered mapping of bucket :class:`Period` to the :class:`Count` summed in it.

    Every bucket of the span is present, in order, empty ones as
    ``Count.exact(0)``. ``total`` is the count over the whole span,
    ``contributions`` says which transfer figures were summed and how, and
    ``selection`` which filters chose them. When ``running`` is true each
    bucket holds the running total up to and including it. ``notes`` says
    what was left out and why, when anything was.
    """

    by: Precision
    rows: tuple[tuple[Period, Count], ...] = attrs.field(converter=_rows)
    total: Count
    _contributions: _Deferred = attrs.field(converter=_contributions)
    selection: str = "all transfers"
    running: bool = False
    notes: tuple[str, ...] = attrs.field(default=(), converter=_notes)
    _index: dict[Period, Count] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", dict(self.rows))

    @property
    def contributions(self) -> tuple[AnyContribution, ...]:
        """Every figure that was summed, in the order given, with the buckets it went into."""
        return self._contributions.get()

    def __repr__(self) -> str:
        fields = (
            ("by", self.by),
            ("rows", self.rows),
            ("total", self.total),
            ("contributions", self.contributions),
            ("selection", self.selection),
            ("running", self.running),
            ("notes", self.notes),
        )
        return f"Totals({', '.join(f'{name}={value!r}' for name, value in fields)})"

    def __getitem__(self, bucket: Period) -> Count:
        return self._index[bucket]

    def __iter__(self) -> Iterator[Period]:
        return (bucket for bucket, _ in self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def span(self) -> Period | None:
        """From the first day of the first bucket to the last day of the last; None when empty."""
        if not self.rows:
            return None
        return Period.between(self.rows[0][0].start, self.rows[-1][0].end)

    @property
    def record_ids(self) -> tuple[str, ...]:
        """Ids of the exchanges (or claims) whose figures were summed, in the order given."""
        return tuple(dict.fromkeys(c.record_id for c in self.contributions))

    @property
    def spread(self) -> tuple[AnyContribution, ...]:
        """The contributions whose date could not be pinned to one bucket of the span."""
        return tuple(c for c in self.contributions if not c.whole)

    def summary(self) -> str:
        """One or two sentences saying what was summed and how uncertainty was counted."""
        of_claims = any(isinstance(c, ClaimContribution) for c in self.contributions)
        record = "claim" if of_claims else "exchange"
        figure = "casualty figure" if of_claims else "transfer figure"
        text = (
            f"Summed {plural(len(self.contributions), figure)} from "
            f"{plural(len(self.record_ids), record)} ({self.selection}), adding the low, "
            "best and high of each count."
        )
        for note in self.notes:
            text += f" {note[0].upper()}{note[1:]}."
        spread = len({c.record_id for c in self.spread})
        if spread:
            verb = "adds" if spread == 1 else "add"
            text += (
                f" {plural(spread, record)} dated too loosely for a single bucket {verb} "
                "0 up to its high to each bucket it may fall in"
                + (", and its whole count once to the total." if not self.running else ".")
            )
        return text

    def __str__(self) -> str:
        kind = "Running totals" if self.running else "Totals"
        lines = [f"{kind} by {self.by.value} ({self.selection})"]
        width = max((len(str(bucket)) for bucket in self), default=5)
        width = max(width, len("total"))
        lines.extend(f"  {bucket!s:<{width}}  {count}" for bucket, count in self.rows)
        lines.append(f"  {'total':<{width}}  {self.total}")
        lines.append(self.summary())
        return "\n".join(lines)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _unmixed(
    value: Iterable[tuple[str, Iterable[str]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((argument, tuple(values)) for argument, values in value)


@attrs.frozen
class PartialTotals:
    """The sum over one part of the records, ready to be combined with the sums of the other parts.

    :func:`partial_totals` and :func:`~exchangekit.reconcile.partial_casualty_totals`
    make one per part (a file, a Dask partition); :meth:`combine` adds parts
    bucket by bucket, in any order and any grouping; :meth:`result` gives the
    :class:`Totals` that :func:`totals` (or :func:`cumulative`, or
    :func:`~exchangekit.reconcile.casualty_totals`) gives for all the records
    at once. Checks that need every record — figures of several categories
    that must not be added, a selection of nothing but running totals — wait
    for :meth:`result`, which raises what the one-piece call raises.

    ``totals`` is this part's sum on the buckets its own figures span,
    ``chosen`` how many figures its filters chose, ``unmixed`` the values
    seen of each filter left open (those must end up single), and
    ``left_out`` the ids of running totals left out.
    """

    totals: Totals
    start: date | None = None
    end: date | None = None
    chosen: int = 0
    unmixed: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(default=(), converter=_unmixed)
    left_out: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    of_claims: bool = False

    def combine(self, *others: PartialTotals) -> PartialTotals:
        """This part and ``others`` as one part: the sums added bucket by bucket.

        Associative and commutative in every figure (only the order of
        ``contributions`` follows the order of the parts), so a tree of
        combines in any shape gives the same sums.

        :raises ~exchangekit.reconcile.ReconcileError: When a part was computed
            with other arguments (bucket size, filters, start or end).
        """
        parts = (self, *others)
        for position, other in enumerate(others, start=1):
            if not isinstance(other, PartialTotals):
                raise ReconcileError(
                    "others", f"item {position} is a {type(other).__name__}, not a PartialTotals"
                )
            difference = self._difference(other)
            if difference:
                raise ReconcileError(
                    "others",
                    f"item {position} was computed with other arguments ({difference}); "
                    "only parts of one sum, computed with the same arguments, can be combined",
                )
        seen: dict[str, dict[str, None]] = {}
        for part in parts:
            for argument, values in part.unmixed:
                seen.setdefault(argument, {}).update(dict.fromkeys(values))
        first = self.totals
        return PartialTotals(
            Totals(
                first.by,
                _combined_rows([p.totals for p in parts]),
                sum((p.totals.total for p in parts), _ZERO),
                _Deferred(lambda: tuple(c for p in parts for c in p.totals.contributions)),
                first.selection,
                first.running,
            ),
            self.start,
            self.end,
            sum(p.chosen for p in parts),
            seen.items(),
            (i for p in parts for i in p.left_out),
            self.of_claims,
        )

    def _difference(self, other: PartialTotals) -> str:
        mine, theirs = self.totals, other.totals
        for label, a, b in (
            ("records", _records_word(self.of_claims), _records_word(other.of_claims)),
            ("by", mine.by.value, theirs.by.value),
            ("running", mine.running, theirs.running),
            ("selection", mine.selection, theirs.selection),
            ("start", self.start, other.start),
            ("end", self.end, other.end),
        ):
            if a != b:
                return f"{label} {b} here, {a} in the first part"
        return ""

    def result(self) -> Totals:
        """The :class:`Totals` over every part combined, after the checks that need all of them.

        :raises ~exchangekit.reconcile.ReconcileError: For figures of several
            categories (or subjects, or populations) not asked for, or a
            selection of nothing but running totals, as the one-piece call would.
        """
        if self.of_claims and self.left_out and not self.chosen:
            refuse_running_totals(self.left_out)
        for argument, values in self.unmixed:
            if self.of_claims:
                refuse_mixed(argument, values)
            else:
                refuse_mixed_categories(values)
        if not self.left_out:
            return self.totals
        return attrs.evolve(self.totals, notes=left_out(self.left_out))


def _records_word(of_claims: bool) -> str:
    return "casualty claims" if of_claims else "exchanges"


def _combined_rows(parts: list[Totals]) -> list[tuple[Period, Count]]:
    """The rows of several sums laid on the calendar buckets that cover them all."""
    laid = [p for p in parts if p.rows]
    if not laid:
        return []
    first = laid[0]
    grid = Grid(
        first.by, min(p.rows[0][0].start for p in laid), max(p.rows[-1][0].end for p in laid)
    )
    counts = [_ZERO] * len(grid)
    for part in laid:
        offset = grid.index(part.rows[0][0].start)
        for i, (_, count) in enumerate(part.rows):
            counts[offset + i] = counts[offset + i] + count
        if part.running:
            # A running total stays at its last value after the part's own last bucket.
            last = part.rows[-1][1]
            for i in range(offset + len(part.rows), len(grid)):
                counts[i] = counts[i] + last
    return list(zip(grid.buckets, counts, strict=True))


@attrs.frozen
class _Selection:
    """Which transfers the filters pick, and how to say so in words."""

    senders: frozenset[str] | None
    receivers: frozenset[str] | None
    categories: frozenset[PersonCategory] | None
    kinds: frozenset[ExchangeKind] | None

    def picks(self, exchange: Exchange) -> list[Transfer]:
        if self.kinds is not None and exchange.kind not in self.kinds:
            return []
        return [
            t
            for t in exchange.transfers
            if (self.senders is None or t.sender.code in self.senders)
            and (self.receivers is None or t.receiver.code in self.receivers)
            and (self.categories is None or t.category in self.categories)
        ]

    def pairs(self, exchanges: Iterable[Exchange]) -> tuple[list[Exchange], list[Transfer]]:
        """Each transfer the filters pick, with its exchange beside it, in order, in one pass.

        Two lists side by side rather than one list of pairs: summing
        allocates nothing per figure, which keeps the collector quiet.
        """
        senders, receivers = self.senders, self.receivers
        # Enum members hash in Python code, and are equal only to themselves,
        # so they are matched by identity.
        kinds = None if self.kinds is None else frozenset(map(id, self.kinds))
        categories = None if self.categories is None else frozenset(map(id, self.categories))
        chosen: list[Exchange] = []
        transfers: list[Transfer] = []
        for exchange in exchanges:
            if kinds is not None and id(exchange.kind) not in kinds:
                continue
            for t in exchange.transfers:
                if (
                    (senders is None or t.sender.code in senders)
                    and (receivers is None or t.receiver.code in receivers)
                    and (categories is None or id(t.category) in categories)
                ):
                    chosen.append(exchange)
                    transfers.append(t)
        return chosen, transfers

    def describe(self) -> str:
        parts = []
        for label, values in (
            ("sender", self.senders),
            ("receiver", self.receivers),
            ("category", None if self.categories is None else {c.value for c in self.categories}),
            ("kind", None if self.kinds is None else {k.value for k in self.kinds}),
        ):
            if values is not None:
                parts.append(f"{label} {' or '.join(sorted(values))}")
        return "; ".join(parts) if parts else "all transfers"


def _exchange_list(exchanges: Iterable[Exchange] | Dataset) -> Iterable[Exchange]:
    if isinstance(exchanges, Dataset):
        return exchanges.exchanges
    if isinstance(exchanges, Exchange):
        raise ReconcileError("exchanges", "expected several exchanges; wrap one in a list")
    return exchanges


def totals(
    exchanges: Iterable[Exchange] | Dataset,
    by: str | Precision = "month",
    *,
    sender: PartyFilter = None,
    receiver: PartyFilter = None,
    category: CategoryFilter = None,
    kind: KindFilter = None,
    start: date | Period | None = None,
    end: date | Period | None = None,
    registry: PartyRegistry | None = None,
) -> Totals:
    """Sum transfer counts per ``by`` bucket ("week", "month", "quarter" or "year").

    ``sender`` and ``receiver`` take a :class:`~exchangekit.Party`, a code, a
    name known to ``registry`` (default: the built-in one), or a collection
    of them (any may match); ``category`` and ``kind`` take members, their
    values, or collections. ``start`` and ``end`` widen to whole buckets and
    default to the first and last matching exchange. An exchange whose date
    may fall in several buckets adds nothing to their floors and its high to
    each ceiling; ``total`` adds its whole count once.

    Transfers of different categories (remains and prisoners, say) are never
    added together by default: when the filters pick several and ``category``
    is not given, a :class:`ReconcileError` lists them; name one, or name a
    collection of them to add them up on purpose. :func:`categories` lists
    the categories a selection holds.

    :param exchanges: The exchanges to add up, or a dataset (its exchanges are used).
    :param by: The bucket size: ``"day"``, ``"week"``, ``"month"``, ``"quarter"``,
        ``"year"`` or the matching :class:`~exchangekit.vocabulary.Precision`.
    :param sender: Count only transfers from this party (or any of these parties).
    :param receiver: Count only transfers to this party (or any of these parties).
    :param category: Count only people of this category (or these categories).
    :param kind: Count only exchanges of this kind (or these kinds).
    :param start: The first day to cover; by default the first matching exchange's.
    :param end: The last day to cover; by default the last matching exchange's.
    :param registry: The party registry that resolves names in ``sender`` and
        ``receiver``; by default the built-in one.
    :raises ~exchangekit.reconcile.ReconcileError: For an argument it cannot use,
        naming the argument and what is accepted.
    """
    return _tally(
        exchanges, by, sender, receiver, category, kind, start, end, registry, running=False
    ).result()


def cumulative(
    exchanges: Iterable[Exchange] | Dataset,
    by: str | Precision = "month",
    *,
    sender: PartyFilter = None,
    receiver: PartyFilter = None,
    category: CategoryFilter = None,
    kind: KindFilter = None,
    start: date | Period | None = None,
    end: date | Period | None = None,
    registry: PartyRegistry | None = None,
) -> Totals:
    """Running totals over the same buckets and with the same arguments as :func:`totals`.

    Each bucket holds everything up to its last day. An exchange that may
    fall before or after that cut-off adds 0 up to its high; once its whole
    period is past the cut-off it adds its full count. Summing the buckets
    of :func:`totals` instead would count the same uncertainty many times.

    :param exchanges: The exchanges to add up, or a dataset (its exchanges are used).
    :param by: The bucket size: ``"day"``, ``"week"``, ``"month"``, ``"quarter"``,
        ``"year"`` or the matching :class:`~exchangekit.vocabulary.Precision`.
    :param sender: Count only transfers from this party (or any of these parties).
    :param receiver: Count only transfers to this party (or any of these parties).
    :param category: Count only people of this category (or these categories).
    :param kind: Count only exchanges of this kind (or these kinds).
    :param start: The first day to cover; by default the first matching exchange's.
    :param end: The last day to cover; by default the last matching exchange's.
    :param registry: The party registry that resolves names in ``sender`` and
        ``receiver``; by default the built-in one.
    :raises ~exchangekit.reconcile.ReconcileError: For an argument it cannot use,
        naming the argument and what is accepted.
    """
    return _tally(
        exchanges, by, sender, receiver, category, kind, start, end, registry, running=True
    ).result()


def partial_totals(
    exchanges: Iterable[Exchange] | Dataset,
    by: str | Precision = "month",
    *,
    running: bool = False,
    sender: PartyFilter = None,
    receiver: PartyFilter = None,
    category: CategoryFilter = None,
    kind: KindFilter = None,
    start: date | Period | None = None,
    end: date | Period | None = None,
    registry: PartyRegistry | None = None,
) -> PartialTotals:
    """What :func:`totals` (or, with ``running``, :func:`cumulative`) sums in one part of the data.

    Give every part the same arguments; combine the parts with
    :meth:`PartialTotals.combine` and call :meth:`PartialTotals.result` once
    at the end for exactly what :func:`totals` gives for all the exchanges at
    once. The arguments mean what they mean for :func:`totals`; only the
    refusal to add several categories waits for :meth:`~PartialTotals.result`,
    since one part cannot see what the others hold.

    :raises ~exchangekit.reconcile.ReconcileError: For an argument it cannot use.
    """
    return _tally(
        exchanges, by, sender, receiver, category, kind, start, end, registry, running=running
    )


def _tally(
    exchanges: Iterable[Exchange] | Dataset,
    by: str | Precision,
    sender: PartyFilter,
    receiver: PartyFilter,
    category: CategoryFilter,
    kind: KindFilter,
    start: date | Period | None,
    end: date | Period | None,
    registry: PartyRegistry | None,
    *,
    running: bool,
) -> PartialTotals:
    unit = resolve_bucket_size(by)
    selection = _Selection(
        resolve_parties("sender", sender, registry),
        resolve_parties("receiver", receiver, registry),
        resolve_enums("category", category, PersonCategory),
        resolve_enums("kind", kind, ExchangeKind),
    )
    first = resolve_day("start", start, end=False)
    last = resolve_day("end", end, end=True)
    if first is not None and last is not None and last < first:
        raise ReconcileError("end", f"{last.isoformat()} is before start {first.isoformat()}")
    explicit = (first, last)

    picked, transfers = _rivals_once(*selection.pairs(_exchange_list(exchanges)))
    unmixed = []
    if selection.categories is None:
        unmixed.append(("category", dict.fromkeys(t.category.value for t in transfers)))

    def partial(totals: Totals) -> PartialTotals:
        return PartialTotals(totals, *explicit, len(picked), unmixed)

    periods = [e.period for e in picked]
    span = _span(first, last, periods)
    if span is None:
        return partial(Totals(unit, (), _ZERO, (), selection.describe(), running))

    grid = Grid(unit, *span)
    placed = _places(grid, periods, [t.count for t in transfers])

    def contributions() -> tuple[AnyContribution, ...]:
        buckets = grid.buckets
        return tuple(
            Contribution(
                picked[i].id,
                picked[i].period,
                transfers[i],
                inside and low == high,
                buckets[low : high + 1],
            )
            for i, low, high, inside in zip(
                placed.kept, placed.lows, placed.highs, placed.insides, strict=True
            )
        )

    return partial(
        _summed(grid, placed, _Deferred(contributions), selection.describe(), running=running)
    )


def _rivals_once(
    chosen: list[Exchange], transfers: list[Transfer]
) -> tuple[list[Exchange], list[Transfer]]:
    """Count rival accounts of one direction of one exchange once, as the hull of their figures.

    Two transfers of one exchange with the same sender, receiver and category,
    attributed to different sources ("248 according to Moscow", "more than 240
    according to a Kyiv official"), are two figures for the same people: the
    total takes a count that holds either one, never their sum. The lists are
    those of ``_Selection.pairs``: each transfer with its exchange beside it.
    """
    if all(t.attributed_to is None for t in transfers):
        return chosen, transfers
    first: dict[tuple[str, str, str, PersonCategory], int] = {}
    kept_exchanges: list[Exchange] = []
    kept: list[Transfer] = []
    for exchange, transfer in zip(chosen, transfers, strict=True):
        if transfer.attributed_to is None:
            kept_exchanges.append(exchange)
            kept.append(transfer)
            continue
        key = (exchange.id, transfer.sender.code, transfer.receiver.code, transfer.category)
        at = first.get(key)
        if at is None or kept[at].attributed_to == transfer.attributed_to:
            first.setdefault(key, len(kept))
            kept_exchanges.append(exchange)
            kept.append(transfer)
            continue
        earlier = kept[at]
        kept[at] = attrs.evolve(earlier, count=earlier.count.hull(transfer.count))
    return kept_exchanges, kept


def _span(first: date | None, last: date | None, periods: list[Period]) -> tuple[date, date] | None:
    """The days to cover: those given, else from the first chosen period to the last.

    ``None`` when nothing was given and nothing was chosen.
    """
    if periods:
        if first is None:
            first = min(p.start for p in periods)
            first = first if last is None else min(first, last)
        if last is None:
            last = max(max(p.end for p in periods), first)
    first = first if first is not None else last
    last = last if last is not None else first
    if first is None or last is None:
        return None
    return first, last


@attrs.define
class _Placed:
    """Where each figure summed goes, as lists side by side (one entry per figure in the span).

    ``counts`` are the figures, ``lows`` and ``highs`` the first and last
    bucket each may fall in (clipped to the span), ``insides`` whether its
    period lies inside the span, and ``kept`` its position among the figures
    given. Plain lists of small numbers: no object is made per figure.
    """

    counts: list[Count]
    lows: list[int]
    highs: list[int]
    insides: list[bool]
    kept: list[int]

    def __iter__(self) -> Iterator[tuple[Count, int, int, bool]]:
        return zip(self.counts, self.lows, self.highs, self.insides, strict=True)


def _places(grid: Grid, periods: list[Period], counts: list[Count]) -> _Placed:
    """Place each figure (its period in ``periods``, its count in ``counts``) on ``grid``.

    A figure whose period misses the span is left out. One loop with the
    grid's numbers at hand, since it runs once per figure.
    """
    placed = _Placed([], [], [], [], [])
    first, last = grid.start, grid.end
    number, origin, top = grid.number, grid.origin, len(grid) - 1
    for position, period in enumerate(periods):
        start, end = period.start, period.end
        if end < first or start > last:
            continue
        low = number(start) - origin
        high = number(end) - origin
        placed.counts.append(counts[position])
        placed.lows.append(low if low > 0 else 0)
        placed.highs.append(high if high < top else top)
        placed.insides.append(first <= start and end <= last)
        placed.kept.append(position)
    return placed


def _summed(
    grid: Grid,
    placed: _Placed,
    contributions: _Deferred,
    selection: str,
    *,
    running: bool,
) -> Totals:
    """The :class:`Totals` of figures placed on ``grid``, per bucket or running.

    ``contributions`` makes the matching :class:`Contribution` objects when
    they are read.
    """
    counts = (_running if running else _per_bucket)(placed, len(grid))
    total = _count(
        _add_bounds(
            _ZERO_BOUNDS,
            (count if inside else _may_be_zero(count) for count, _, _, inside in placed),
        )
    )
    return Totals(
        grid.unit,
        zip(grid.buckets, counts, strict=True),
        total,
        contributions,
        selection,
        running,
    )


def categories(
    exchanges: Iterable[Exchange] | Dataset,
    *,
    sender: PartyFilter = None,
    receiver: PartyFilter = None,
    kind: KindFilter = None,
    registry: PartyRegistry | None = None,
) -> tuple[PersonCategory, ...]:
    """The categories of the transfers the filters pick, in order of first appearance.

    :func:`totals` refuses to add categories together unless asked to; this
    says which ones there are, so a caller can ask for one total each.
    """
    selection = _Selection(
        resolve_parties("sender", sender, registry),
        resolve_parties("receiver", receiver, registry),
        None,
        resolve_enums("kind", kind, ExchangeKind),
    )
    return tuple(
        dict.fromkeys(t.category for e in _exchange_list(exchanges) for t in selection.picks(e))
    )


def _count(bounds: _Bounds) -> Count:
    """The one :class:`Count` of a bucket's summed bounds."""
    return _ZERO if bounds == _ZERO_BOUNDS else Count(*bounds)


def _per_bucket(places: _Placed, size: int) -> list[Count]:
    # Collect each bucket's figures in order, then add them as plain integers:
    # one Count per bucket rather than one per figure, with the same result.
    figures: list[list[Count]] = [[] for _ in range(size)]
    doubts: dict[Count, Count] = {}
    for count, low, high, inside in places:
        if inside and low == high:
            figures[low].append(count)
            continue
        maybe = doubts.get(count)
        if maybe is None:
            maybe = doubts[count] = _may_be_zero(count)
        for i in range(low, high + 1):
            figures[i].append(maybe)
    return [_count(_add_bounds(_ZERO_BOUNDS, bucket)) if bucket else _ZERO for bucket in figures]


def _running(places: _Placed, size: int) -> list[Count]:
    # Events per bucket: counts that become certain there, and spans of doubt opening/closing.
    certain: list[list[Count]] = [[] for _ in range(size)]
    opens: list[list[Count]] = [[] for _ in range(size)]
    closes: list[list[Count]] = [[] for _ in range(size)]
    for count, low, high, inside in places:
        if inside:
            certain[high].append(count)
            if low < high:
                opens[low].append(count)
                closes[high].append(count)
        else:
            opens[low].append(count)

    counts = []
    settled = _ZERO_BOUNDS
    settled_count = _ZERO
    doubtful, ceiling, unbounded = 0, 0, 0
    for i in range(size):
        if certain[i]:
            settled = _add_bounds(settled, certain[i])
            settled_count = _count(settled)
        for sign, events in ((1, opens[i]), (-1, closes[i])):
            for count in events:
                doubtful += sign
                if count.high is None:
                    unbounded += sign
                else:
                    ceiling += sign * count.high
        if doubtful:
            maybe = Count.unknown() if unbounded else Count(0, ceiling, None, Qualifier.RANGE)
            counts.append(_count(_add_bounds(settled, (maybe,))))
        else:
            counts.append(settled_count)
    return counts
