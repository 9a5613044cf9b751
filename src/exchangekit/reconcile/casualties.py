"""Totals of casualty figures that count one incident or one period, bucket by bucket.

Event data sets (UCDP GED, ACLED) state one figure per event; a researcher
adds them up per month and holds the sum against a running total someone
stated. The arithmetic is :func:`~exchangekit.reconcile.totals`'s: intervals
that contain every true total, and a figure whose period straddles buckets
adds to each ceiling and to no floor. A running total is never added: it
already holds everything before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from exchangekit.counts import Count
from exchangekit.models import CasualtyClaim, Dataset
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
from exchangekit.reconcile.totals import (
    ClaimContribution,
    PartialTotals,
    Totals,
    _Deferred,
    _places,
    _span,
    _summed,
)
from exchangekit.vocabulary import CasualtyCategory, ClaimScope, Population

__all__ = ["casualty_totals", "partial_casualty_totals"]

CasualtyCategoryFilter = CasualtyCategory | str | Iterable[CasualtyCategory | str] | None
PopulationFilter = Population | str | Iterable[Population | str] | None


def casualty_totals(
    records: Iterable[CasualtyClaim] | Dataset,
    by: str = "month",
    *,
    subject: PartyFilter = None,
    category: CasualtyCategoryFilter = None,
    population: PopulationFilter = None,
    start: date | Period | None = None,
    end: date | Period | None = None,
    registry: PartyRegistry | None = None,
) -> Totals:
    """Add up incident and period casualty figures per ``by`` bucket, as honest intervals.

    Figures are added only within one subject, one category and one
    population: killed are never added to wounded, nor civilians to
    combatants, nor one side's dead to the other's, unless the caller names
    several (a collection) on purpose. When the chosen claims hold several
    and the filter is not given, a :class:`ReconcileError` lists them.
    Running totals (``ClaimScope.CUMULATIVE``) are never added: they are left
    out and ``Totals.notes`` says so, and when nothing else was chosen a
    :class:`ReconcileError` says why.

    :param records: Casualty claims, or a dataset (its claims are used).
    :param by: The bucket size: ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"``.
    :param subject: Whose losses: a party, a code or name, or a collection of them.
    :param category: What is counted (``"killed"``, ...), or a collection of categories.
    :param population: Whose dead (``"combatants"``, ``"civilians"``, ...), or a collection.
    :param start: The first day to cover; by default the first chosen figure's.
    :param end: The last day to cover; by default the last chosen figure's.
    :param registry: The party registry that resolves names in ``subject``.
    :raises ~exchangekit.reconcile.ReconcileError: For an argument it cannot use, figures of
        several subjects, categories or populations not asked for, or a running total.
    """
    return partial_casualty_totals(
        records,
        by,
        subject=subject,
        category=category,
        population=population,
        start=start,
        end=end,
        registry=registry,
    ).result()


def partial_casualty_totals(
    records: Iterable[CasualtyClaim] | Dataset,
    by: str = "month",
    *,
    subject: PartyFilter = None,
    category: CasualtyCategoryFilter = None,
    population: PopulationFilter = None,
    start: date | Period | None = None,
    end: date | Period | None = None,
    registry: PartyRegistry | None = None,
) -> PartialTotals:
    """The sum of :func:`casualty_totals` over one part of the claims, to combine with the others.

    Give every part the same arguments, combine the parts with
    :meth:`~exchangekit.reconcile.PartialTotals.combine` and call
    :meth:`~exchangekit.reconcile.PartialTotals.result` once at the end for
    exactly what :func:`casualty_totals` gives for all the claims at once.
    The refusals that need every claim (several subjects, categories or
    populations; nothing but running totals) wait for ``result()``.

    :raises ~exchangekit.reconcile.ReconcileError: For an argument it cannot use.
    """
    unit = resolve_bucket_size(by)
    subjects = resolve_parties("subject", subject, registry)
    categories = resolve_enums("category", category, CasualtyCategory)
    populations = resolve_enums("population", population, Population)
    first = resolve_day("start", start, end=False)
    last = resolve_day("end", end, end=True)
    if first is not None and last is not None and last < first:
        raise ReconcileError("end", f"{last.isoformat()} is before start {first.isoformat()}")

    chosen = [
        claim
        for claim in _claim_list(records)
        if (subjects is None or claim.subject.code in subjects)
        and (categories is None or claim.category in categories)
        and (populations is None or claim.population in populations)
    ]
    picked = [c for c in chosen if c.scope is not ClaimScope.CUMULATIVE]
    running = [c.id for c in chosen if c.scope is ClaimScope.CUMULATIVE]
    unmixed: list[tuple[str, dict[str, None]]] = []
    if subjects is None:
        unmixed.append(("subject", dict.fromkeys(c.subject.code for c in picked)))
    if categories is None:
        unmixed.append(("category", dict.fromkeys(c.category.value for c in picked)))
    if populations is None:
        unmixed.append(("population", dict.fromkeys(c.population.value for c in picked)))
    selection = _describe(subjects, categories, populations)
    explicit = (first, last)

    def partial(totals: Totals) -> PartialTotals:
        return PartialTotals(totals, *explicit, len(picked), unmixed, running, of_claims=True)

    span = _span(first, last, [c.covers for c in picked])
    if span is None:
        return partial(Totals(unit, (), Count.exact(0), (), selection, False))

    grid = Grid(unit, *span)
    placed = _places(grid, [c.covers for c in picked], [c.count for c in picked])

    def contributions() -> tuple[ClaimContribution, ...]:
        buckets = grid.buckets
        return tuple(
            ClaimContribution(
                picked[i].id,
                picked[i].covers,
                picked[i],
                inside and low == high,
                buckets[low : high + 1],
            )
            for i, low, high, inside in zip(
                placed.kept, placed.lows, placed.highs, placed.insides, strict=True
            )
        )

    return partial(_summed(grid, placed, _Deferred(contributions), selection, running=False))


def _claim_list(records: Iterable[CasualtyClaim] | Dataset) -> list[CasualtyClaim]:
    if isinstance(records, Dataset):
        return list(records.claims)
    if isinstance(records, CasualtyClaim):
        raise ReconcileError("records", "expected several claims; wrap one in a list")
    claims = []
    for position, record in enumerate(records):
        if not isinstance(record, CasualtyClaim):
            raise ReconcileError(
                "records", f"item {position} is a {type(record).__name__}, not a CasualtyClaim"
            )
        claims.append(record)
    return claims


def _describe(
    subjects: frozenset[str] | None,
    categories: frozenset[CasualtyCategory] | None,
    populations: frozenset[Population] | None,
) -> str:
    parts = []
    for label, values in (
        ("subject", subjects),
        ("category", None if categories is None else {c.value for c in categories}),
        ("population", None if populations is None else {p.value for p in populations}),
    ):
        if values is not None:
            parts.append(f"{label} {' or '.join(sorted(values))}")
    return "; ".join(parts) if parts else "all incident and period figures"
