"""What the analysis commands compute, by calling :mod:`exchangekit.reconcile`; no printing here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from exchangekit.findings import Finding, Severity, by_severity
from exchangekit.models import Dataset, Exchange
from exchangekit.reconcile import (
    Comparison,
    TallyChecks,
    Totals,
    categories,
    check_tallies,
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
    "ordered_comparison",
    "reaching",
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
    """The input with duplicate exchanges and claims merged (see :func:`merged_dataset`)."""
    exchanges: tuple[Exchange, ...]
    """The exchanges after merging duplicate reports, in date order."""
    duplicates: tuple[Finding, ...]
    """What merging duplicate reports of exchanges and of claims noticed, most severe first."""
    totals: tuple[TotalsTable, ...]
    comparison: Comparison
    """The compared claims; each group's findings most severe first."""
    tallies: TallyChecks = attrs.field(factory=lambda: TallyChecks(()))
    """Each stated tally held against the merged exchanges in its span."""

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of the report: duplicates, then each group's, then the tallies'."""
        return (*self.duplicates, *self.comparison.findings, *self.tallies.findings)


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
    """``dataset`` with duplicate reports of one exchange or claim merged, and what merging found.

    Two accounts of one handover would otherwise be counted twice in totals,
    and one claim read from two files would agree with itself. The findings
    come most severe first, then in the order of the records they name.
    Clashes and overlaps among more than two reports come as one finding per
    cluster (``findings="grouped"``), so dense data gives a readable list.
    """
    merged = merge_duplicates(dataset, findings="grouped")
    result = Dataset(
        exchanges=merged.exchanges,
        claims=merged.claims,
        provenance=dataset.provenance,
        tallies=dataset.tallies,
    )
    records = [e.id for e in chronological(merged.exchanges)]
    return result, by_severity(merged.findings, records)


def ordered_comparison(comparison: Comparison) -> Comparison:
    """``comparison`` with each group's findings most severe first, then by the claims named.

    Claims are taken in the order the groups list them, which is how they are printed.
    """
    records = [c.id for g in comparison.groups for c in g.claims]
    groups = [attrs.evolve(g, findings=by_severity(g.findings, records)) for g in comparison.groups]
    return attrs.evolve(comparison, groups=groups)


def reaching(findings: Iterable[Finding], severity: Severity | None) -> tuple[Finding, ...]:
    """The findings of ``severity`` or worse; none when ``severity`` is ``None``."""
    if severity is None:
        return ()
    return tuple(f for f in findings if f.severity.rank >= severity.rank)


def build_report(dataset: Dataset, *, by: str, inputs: Sequence[str]) -> ReportData:
    """Merge duplicates, add exchanges up per direction, compare claims, check stated tallies."""
    merged, findings = merged_dataset(dataset)
    exchanges = chronological(merged.exchanges)
    return ReportData(
        inputs=tuple(inputs),
        by=by,
        dataset=merged,
        exchanges=exchanges,
        duplicates=findings,
        totals=tabulate(exchanges, by=by),
        comparison=ordered_comparison(compare(merged, sum_events=True)),
        tallies=check_tallies(merged),
    )
