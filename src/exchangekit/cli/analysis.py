"""What the analysis commands compute, by calling :mod:`exchangekit.reconcile`; no printing here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from exchangekit.findings import Finding
from exchangekit.models import Dataset, Exchange
from exchangekit.reconcile import (
    Comparison,
    Totals,
    categories,
    compare,
    cumulative,
    merge_duplicates,
    totals,
)
from exchangekit.vocabulary import ExchangeKind, PersonCategory

__all__ = [
    "ReportData",
    "Selection",
    "TotalsTable",
    "build_report",
    "chronological",
    "directions",
    "merged_dataset",
    "tabulate",
]


@attrs.frozen
class Selection:
    """Which transfers one totals table counts; a field left ``None`` matches anything."""

    sender: str | None = None
    receiver: str | None = None
    category: PersonCategory | None = None
    kind: ExchangeKind | None = None


@attrs.frozen
class TotalsTable:
    """The totals of one :class:`Selection` of transfers; buckets and flags are in ``totals``."""

    selection: Selection
    totals: Totals


@attrs.frozen
class ReportData:
    """Everything ``exchangekit report`` shows, computed once and then rendered as text/JSON/CSV."""

    inputs: tuple[str, ...]
    by: str
    dataset: Dataset
    exchanges: tuple[Exchange, ...]
    """The exchanges after merging duplicate reports, in date order."""
    duplicates: tuple[Finding, ...]
    """What merging duplicate reports noticed."""
    totals: tuple[TotalsTable, ...]
    comparison: Comparison


def chronological(exchanges: Iterable[Exchange]) -> tuple[Exchange, ...]:
    """The exchanges ordered by start date, then end date, then id: a stable reading order."""
    return tuple(sorted(exchanges, key=lambda e: (e.period.start, e.period.end, e.id)))


def directions(exchanges: Iterable[Exchange]) -> tuple[Selection, ...]:
    """One selection per receiver and category present, in order of first appearance."""
    seen: dict[tuple[str, PersonCategory], None] = {}
    for exchange in exchanges:
        for transfer in exchange.transfers:
            seen.setdefault((transfer.receiver.code, transfer.category), None)
    return tuple(Selection(receiver=code, category=category) for code, category in seen)


def tabulate(
    exchanges: Sequence[Exchange],
    *,
    by: str,
    selection: Selection | None = None,
    running: bool = False,
) -> tuple[TotalsTable, ...]:
    """Totals for ``selection``, or for each receiver and category when it is ``None``.

    Adding remains to prisoners, or what one side received to what the other
    did, gives a number nobody asked for; so without a selection each direction
    gets its own table, and a selection that names no category gets one table
    per category it holds.
    """
    if selection is None:
        selections = directions(chronological(exchanges))
    elif selection.category is None:
        present = categories(
            exchanges, sender=selection.sender, receiver=selection.receiver, kind=selection.kind
        )
        selections = tuple(attrs.evolve(selection, category=c) for c in present) or (selection,)
    else:
        selections = (selection,)
    add_up = cumulative if running else totals
    return tuple(
        TotalsTable(
            selection=chosen,
            totals=add_up(
                exchanges,
                by=by,
                sender=chosen.sender,
                receiver=chosen.receiver,
                category=chosen.category,
                kind=chosen.kind,
            ),
        )
        for chosen in selections
    )


def merged_dataset(dataset: Dataset) -> tuple[Dataset, tuple[Finding, ...]]:
    """``dataset`` with duplicate reports of one exchange merged, and what merging found.

    Two accounts of one handover would otherwise be counted twice in totals.
    """
    merged = merge_duplicates(dataset.exchanges)
    return attrs.evolve(dataset, exchanges=merged.exchanges), tuple(merged.findings)


def build_report(dataset: Dataset, *, by: str, inputs: Sequence[str]) -> ReportData:
    """Merge duplicate exchanges, add them up per direction and compare the claims."""
    merged, findings = merged_dataset(dataset)
    exchanges = chronological(merged.exchanges)
    return ReportData(
        inputs=tuple(inputs),
        by=by,
        dataset=dataset,
        exchanges=exchanges,
        duplicates=findings,
        totals=tabulate(exchanges, by=by),
        comparison=compare(dataset.claims),
    )
