"""Plain-text rendering of exchanges, totals tables, claim comparisons and findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from exchangekit.cli.analysis import ReportData, TotalsTable
from exchangekit.findings import Finding, Severity
from exchangekit.models import Exchange, Source, Transfer
from exchangekit.reconcile import Comparison

__all__ = [
    "render_comparison",
    "render_exchange",
    "render_exchanges",
    "render_findings",
    "render_report",
    "render_totals",
    "words",
]

_INDENT = "  "


def words(value: str) -> str:
    """An enum value as prose: ``repatriation_of_remains`` -> ``repatriation of remains``."""
    return value.replace("_", " ")


def _source(source: Source) -> str:
    return f"{source.name} ({source.party.code})" if source.party is not None else source.name


def _transfer(transfer: Transfer) -> str:
    text = (
        f"{transfer.sender.code} → {transfer.receiver.code} "
        f"{words(transfer.category.value)}: {transfer.count}"
    )
    if transfer.attributed_to is not None:
        text += f" (according to {transfer.attributed_to.name})"
    return text


def render_exchange(exchange: Exchange, *, date_width: int = 0) -> str:
    """One line: date, kind, each transfer with its count, intermediaries, sources."""
    parts = [
        exchange.period.format().ljust(date_width),
        words(exchange.kind.value),
        "; ".join(_transfer(t) for t in exchange.transfers),
    ]
    if exchange.intermediaries:
        parts.append("via " + ", ".join(p.code for p in exchange.intermediaries))
    if exchange.sources:
        parts.append("sources: " + "; ".join(_source(s) for s in exchange.sources))
    return "  ".join(parts)


def render_exchanges(exchanges: Sequence[Exchange]) -> list[str]:
    """The exchange listing, dates aligned in one column."""
    width = max((len(e.period.format()) for e in exchanges), default=0)
    return [_INDENT + render_exchange(e, date_width=width) for e in exchanges]


def render_totals(tables: Sequence[TotalsTable], *, indent: str = "") -> list[str]:
    """Each table as the library prints it: heading, buckets, total, how it was summed."""
    lines: list[str] = []
    for table in tables:
        if lines:
            lines.append("")
        lines.extend(indent + line for line in str(table.totals).splitlines())
    return lines


def render_findings(findings: Iterable[Finding], *, indent: str = _INDENT) -> list[str]:
    """Each finding as the library prints it, one per line."""
    return [f"{indent}{finding}" for finding in findings]


def render_comparison(comparison: Comparison, *, indent: str = "") -> list[str]:
    """Each group of comparable claims as the library prints it: claims, consensus, findings."""
    lines: list[str] = []
    for group in comparison.groups:
        if lines:
            lines.append("")
        lines.extend(indent + line for line in str(group).splitlines())
    return lines


def _summary(data: ReportData) -> str:
    findings = [*data.duplicates, *data.comparison.findings]
    by_severity = Counter(f.severity for f in findings)
    counted = ", ".join(
        f"{by_severity[s]} {s.value}{'s' if by_severity[s] != 1 else ''}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    return (
        f"{len(data.exchanges)} exchange{'s' if len(data.exchanges) != 1 else ''}, "
        f"{len(data.dataset.claims)} claim{'s' if len(data.dataset.claims) != 1 else ''}; "
        f"findings: {counted}"
    )


def render_report(data: ReportData) -> str:
    """The whole report: inputs, exchanges, duplicates, totals, compared claims, a summary."""
    lines = ["exchangekit report", "=" * len("exchangekit report"), ""]
    lines.append("Input: " + ", ".join(data.inputs))
    lines.extend(f"  {entry}" for entry in data.dataset.provenance)

    def section(title: str, body: list[str], empty: str) -> None:
        lines.extend(["", title, "-" * len(title)])
        lines.extend(body if body else [_INDENT + empty])

    section(f"Exchanges ({len(data.exchanges)})", render_exchanges(data.exchanges), "none")
    if data.duplicates:
        section("Duplicate reports merged", render_findings(data.duplicates), "none")
    section(
        f"Totals by {data.by}, per receiver and category",
        render_totals(data.totals, indent=_INDENT),
        "no exchanges to add up",
    )
    section(
        f"Casualty claims compared ({len(data.dataset.claims)})",
        render_comparison(data.comparison, indent=_INDENT),
        "no claims",
    )
    lines.extend(["", _summary(data)])
    return "\n".join(lines) + "\n"
