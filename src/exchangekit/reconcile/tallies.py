"""Stated running totals of transfers held against the itemized exchanges they cover.

An official who says "some 9,000 bodies have come home since 2022" states a
figure that the itemized exchanges of a dataset can confirm, fall short of
(exchanges are missing from the data) or exceed (an exchange is counted
twice, or the tally is out of date). Both sides are intervals, so each
verdict is one that every true pair of numbers agrees with.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator

import attrs

from exchangekit.counts import Count
from exchangekit.findings import Finding
from exchangekit.models import CasualtyClaim, Dataset, Exchange, ExchangeTally
from exchangekit.parties import Party
from exchangekit.periods import Period
from exchangekit.reconcile import codes
from exchangekit.reconcile._arguments import ReconcileError
from exchangekit.reconcile._text import and_list, plural
from exchangekit.vocabulary import Precision, Qualifier

__all__ = ["TallyCheck", "TallyChecks", "TallyVerdict", "check_tallies"]

_ZERO = Count.exact(0)


class TallyVerdict(enum.Enum):
    """How a stated tally stands against the itemized exchanges it covers."""

    CONSISTENT = "consistent"
    """The tally and the itemized sum can be the same number."""
    MISSING = "missing"
    """The tally is higher than the itemized sum can be: exchanges are missing from the data."""
    EXCESS = "excess"
    """The itemized sum is higher than the tally can be: double counting, or a stale tally."""


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _checks(value: Iterable[TallyCheck]) -> tuple[TallyCheck, ...]:
    return tuple(value)


def _own_finding(check: TallyCheck) -> Finding:
    return _finding(check)


@attrs.frozen
class TallyCheck:
    """One tally against the sum of the itemized exchanges in its span.

    ``itemized`` adds the matching transfers (same receiver, or either member
    of a two-way tally's joint receiver; same category; and sender when the
    tally names one) of the exchanges dated wholly inside the
    tally's ``covers`` (``exchange_ids``), plus 0 up to the high of those that
    only may fall inside it (``uncertain_ids``). ``gap`` is how many people
    the tally counts beyond the itemized sum (for ``MISSING`` and
    ``CONSISTENT``; its floor is 0 when consistent) or the itemized sum counts
    beyond the tally (for ``EXCESS``). A tally with no count of people (only
    a number of exchanges, as in "the 58th exchange") is never held against
    the people itemized: its verdict and ``gap`` compare its
    ``exchange_count`` with the number of matching exchanges instead.
    ``finding`` says it all in words, with a stable code.
    """

    tally: ExchangeTally
    itemized: Count
    exchange_ids: tuple[str, ...] = attrs.field(converter=_ids)
    uncertain_ids: tuple[str, ...] = attrs.field(converter=_ids)
    verdict: TallyVerdict
    gap: Count
    finding: Finding = attrs.field(default=attrs.Factory(_own_finding, takes_self=True))

    def __str__(self) -> str:
        return str(self.finding)


@attrs.frozen
class TallyChecks:
    """The result of :func:`check_tallies`: one :class:`TallyCheck` per tally, in input order."""

    checks: tuple[TallyCheck, ...] = attrs.field(converter=_checks)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Each check's finding, in the order of the tallies."""
        return tuple(c.finding for c in self.checks)

    def __iter__(self) -> Iterator[TallyCheck]:
        return iter(self.checks)

    def __len__(self) -> int:
        return len(self.checks)

    def __str__(self) -> str:
        return "\n".join(str(c) for c in self.checks) or "no stated tallies to check"


def check_tallies(
    records: Dataset | Iterable[Exchange | CasualtyClaim | ExchangeTally],
) -> TallyChecks:
    """Hold each stated tally in ``records`` against the itemized exchanges of the same kind.

    ``records`` is a :class:`~exchangekit.Dataset` or any mix of exchanges,
    tallies and claims (claims are ignored). Merge duplicate reports first
    (:func:`~exchangekit.reconcile.merge_duplicates`): two accounts of one
    exchange are otherwise summed twice and read as double counting.
    """
    exchanges, tallies = _split(records)
    return TallyChecks(_check(tally, exchanges) for tally in tallies)


def _split(
    records: Dataset | Iterable[Exchange | CasualtyClaim | ExchangeTally],
) -> tuple[list[Exchange], list[ExchangeTally]]:
    if isinstance(records, Dataset):
        return list(records.exchanges), list(records.tallies)
    if isinstance(records, Exchange | CasualtyClaim | ExchangeTally):
        raise ReconcileError("records", "expected several records; wrap one in a list")
    exchanges: list[Exchange] = []
    tallies: list[ExchangeTally] = []
    for position, record in enumerate(records):
        if isinstance(record, Exchange):
            exchanges.append(record)
        elif isinstance(record, ExchangeTally):
            tallies.append(record)
        elif not isinstance(record, CasualtyClaim):
            raise ReconcileError(
                "records",
                f"item {position} is a {type(record).__name__}, not an Exchange, "
                "ExchangeTally or CasualtyClaim",
            )
    return exchanges, list(dict.fromkeys(tallies))


def _may_be_zero(count: Count) -> Count:
    if count.high is None:
        return Count.unknown()
    return Count(0, count.high, None, Qualifier.RANGE)


def _check(tally: ExchangeTally, exchanges: list[Exchange]) -> TallyCheck:
    span = tally.covers
    itemized = _ZERO
    inside: dict[str, None] = {}
    maybe: dict[str, None] = {}
    for exchange in exchanges:
        period = exchange.period
        if period.end < span.start or period.start > span.end:
            continue
        wholly = span.start <= period.start and period.end <= span.end
        for transfer in exchange.transfers:
            if (
                not _reaches(transfer.receiver, tally.receiver)
                or transfer.category is not tally.category
                or (tally.sender is not None and transfer.sender.code != tally.sender.code)
            ):
                continue
            if wholly:
                itemized = itemized + transfer.count
                inside.setdefault(exchange.id, None)
            else:
                itemized = itemized + _may_be_zero(transfer.count)
                maybe.setdefault(exchange.id, None)

    if tally.count is None:
        verdict, gap = _exchanges_verdict(tally, len(inside), len(inside) + len(maybe))
    else:
        verdict, gap = _verdict(tally.count, itemized)
    return TallyCheck(tally, itemized, inside, maybe, verdict, gap)


def _reaches(receiver: Party, counted: Party) -> bool:
    """Whether a transfer to ``receiver`` counts towards a tally of people reaching ``counted``.

    A two-way tally's receiver is the joint party of the two sides, so a
    transfer to either member counts, whichever way it went.
    """
    return receiver.code == counted.code or receiver.code in counted.members


def _verdict(stated: Count, itemized: Count) -> tuple[TallyVerdict, Count]:
    """The verdict, and the gap between the two intervals in people."""
    if itemized.high is not None and stated.low > itemized.high:
        low = stated.low - itemized.high
        if stated.high is None:
            return TallyVerdict.MISSING, Count.at_least(low)
        return TallyVerdict.MISSING, _span(low, stated.high - itemized.low)
    if stated.high is not None and itemized.low > stated.high:
        low = itemized.low - stated.high
        if itemized.high is None:
            return TallyVerdict.EXCESS, Count.at_least(low)
        return TallyVerdict.EXCESS, _span(low, itemized.high - stated.low)
    if stated.high is None:
        return TallyVerdict.CONSISTENT, Count.unknown()
    return TallyVerdict.CONSISTENT, _span(0, max(0, stated.high - itemized.low))


def _exchanges_verdict(
    tally: ExchangeTally, known: int, possible: int
) -> tuple[TallyVerdict, Count]:
    """The verdict of a tally that gives only a number of exchanges, and the gap in exchanges."""
    stated = tally.exchange_count
    if stated is None:  # a tally always has a count or a number of exchanges
        return TallyVerdict.CONSISTENT, Count.unknown()
    return _verdict(stated, _span(known, possible))


def _span(low: int, high: int) -> Count:
    return Count.exact(low) if low == high else Count.between(low, high)


def _finding(check: TallyCheck) -> Finding:
    """The finding of one check, in people, or in exchanges when the tally gives only those."""
    tally = check.tally
    counted = tally.count is not None
    amount = _people if counted else _exchanges
    if counted:
        said = f"{_who(tally)} says {_what(tally)} ({_as_of(tally)})"
        summed, note = _itemized_words(check), _count_note(check)
    else:
        said = f"{_who(tally)} says {_what(tally)} (as of {tally.as_of})"
        summed, note = _exchanges_itemized(check), ""
    record_ids = [tally.id, *check.exchange_ids, *check.uncertain_ids]
    gap = check.gap
    if check.verdict is TallyVerdict.MISSING:
        lacking = (
            f"exchanges of {amount(gap)} are missing from the data"
            if counted
            else f"the data lacks {amount(gap)}"
        )
        return codes.finding(
            codes.TALLY_EXCEEDS_ITEMIZED, f"{said}, but {summed}: {lacking}{note}", record_ids
        )
    if check.verdict is TallyVerdict.EXCESS:
        return codes.finding(
            codes.ITEMIZED_EXCEED_TALLY,
            f"{said}, but {summed}, more than the tally by {amount(gap)}: an exchange may be "
            f"counted twice, or the tally is out of date or counts less than it seems{note}",
            record_ids,
        )
    if gap.high == 0:
        rest = "which matches"
    elif gap.high is None:
        rest = "which may match; the tally has no ceiling, so any number may be missing"
    else:
        rest = f"which may match; up to {amount(Count.exact(gap.high))} may still be missing"
        if counted:
            rest += " from the data"
    return codes.finding(codes.TALLY_CONSISTENT, f"{said}, and {summed}, {rest}{note}", record_ids)


def _exchanges_itemized(check: TallyCheck) -> str:
    """How many itemized exchanges fall in a count-less tally's span: no people are summed."""
    known = len(check.exchange_ids)
    maybe = len(check.uncertain_ids)
    if not known and not maybe:
        return "the data itemizes no such exchange in that span"
    summed = f"the data itemizes {plural(known, 'such exchange')} in that span"
    if maybe:
        summed += f" and {plural(maybe, 'more', 'more')} that may fall in it"
    return summed


def _exchanges(gap: Count) -> str:
    if gap.high is None:
        return f"at least {plural(gap.low, 'exchange')}"
    if gap.low == gap.high:
        return plural(gap.low, "exchange")
    return f"at least {gap.low:,} and at most {plural(gap.high, 'exchange')}"


def _who(tally: ExchangeTally) -> str:
    source = tally.claimant
    if source.party is not None and source.party.code not in source.name:
        return f"{source.name} ({source.party.code})"
    return source.name


def _what(tally: ExchangeTally) -> str:
    category = tally.category.value.replace("_", " ")
    during = _during(tally.covers)
    if tally.count is None:
        stated = tally.exchange_count
        exchanges = f"in {stated} exchange{'' if stated is not None and stated.high == 1 else 's'}"
        if tally.two_way:
            return f"{category} were handed over {tally.direction} {exchanges} {during}"
        sender = f" from {tally.sender.code}" if tally.sender is not None else ""
        return f"{category} reached {tally.receiver.code}{sender} {exchanges} {during}"
    if tally.two_way:
        return f"{tally.count} {category} were handed over {tally.direction} {during}"
    sender = f" from {tally.sender.code}" if tally.sender is not None else ""
    return f"{tally.count} {category} reached {tally.receiver.code}{sender} {during}"


def _during(period: Period) -> str:
    if period.precision is Precision.RANGE:
        return f"from {period.start.isoformat()} to {period.end.isoformat()}"
    return f"in {period}"


def _as_of(tally: ExchangeTally) -> str:
    stated = f"as of {tally.as_of}"
    count = tally.exchange_count
    if count is not None:
        stated += f", in {count} exchange{'' if count.high == 1 else 's'}"
    return stated


def _itemized_words(check: TallyCheck) -> str:
    if not check.exchange_ids and not check.uncertain_ids:
        return "the data itemizes no such exchange in that span"
    parts = []
    if check.exchange_ids:
        parts.append(f"{plural(len(check.exchange_ids), 'itemized exchange')} in that span")
    if check.uncertain_ids:
        parts.append(f"{plural(len(check.uncertain_ids), 'more', 'more')} that may fall in it")
    verb = "adds" if len(check.exchange_ids) + len(check.uncertain_ids) == 1 else "add"
    return f"the {and_list(parts)} {verb} up to {check.itemized}"


def _people(gap: Count) -> str:
    if gap.high is None:
        return f"at least {gap.low:,} people"
    if gap.low == gap.high:
        return f"{gap.low:,} {'person' if gap.low == 1 else 'people'}"
    return f"at least {gap.low:,} and at most {gap.high:,} people"


def _count_note(check: TallyCheck) -> str:
    """What the number of exchanges the tally names says beside the figures, if anything."""
    stated = check.tally.exchange_count
    if stated is None:
        return ""
    known = len(check.exchange_ids)
    possible = known + len(check.uncertain_ids)
    if stated.high is not None and known > stated.high:
        return (
            f"; the data has {known} such exchanges in that span, more than the "
            f"{stated} the tally counts"
        )
    if possible < stated.low:
        return f"; the tally counts {stated} exchanges, and the data has {possible}"
    return ""
