"""Plain-text rendering of exchanges, totals tables, claim comparisons and findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from exchangekit.cli.analysis import ReportData, TotalsTable
from exchangekit.findings import Finding, Severity
from exchangekit.models import CasualtyClaim, Exchange, Source, Transfer
from exchangekit.reconcile import Comparison

__all__ = [
    "render_claim",
    "render_comparison",
    "render_exchange",
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


def render_totals(tables: Sequence[TotalsTable]) -> list[str]:
    """Each table as the library prints it: heading, buckets, total, how it was summed."""
    lines: list[str] = []
    for table in tables:
        if lines:
            lines.append("")
        lines.extend(_INDENT + line for line in str(table.totals).splitlines())
    return lines


def render_claim(claim: CasualtyClaim) -> str:
    """One line: as-of date, figure, claimant, method and scope, span covered, caveats."""
    text = (
        f"{claim.as_of.format()}  {claim.count}  {_source(claim.claimant)}; "
        f"{words(claim.method.value)}, {words(claim.scope.value)}, "
        f"covering {claim.covers.format()}"
    )
    if claim.relayed_by:
        text += "; relayed by " + ", ".join(s.name for s in claim.relayed_by)
    if claim.caveats:
        text += "; caveat: " + " / ".join(claim.caveats)
    return text + f"  [{claim.id}]"


def render_findings(findings: Iterable[Finding], *, indent: str = _INDENT) -> list[str]:
    """Each finding as the library prints it, one per line."""
    return [f"{indent}{finding}" for finding in findings]


def render_comparison(comparison: Comparison) -> list[str]:
    """Each group of comparable claims: its claims, their consensus envelope, its findings."""
    lines: list[str] = []
    for group in comparison.groups:
        if lines:
            lines.append("")
        lines.append(f"{_INDENT}{group.subject.code}, {words(group.category.value)}")
        lines.extend(f"{_INDENT * 2}{render_claim(c)}" for c in group.claims)
        envelope = "no consensus" if group.envelope is None else str(group.envelope)
        lines.append(f"{_INDENT * 2}envelope: {envelope}")
        lines.extend(render_findings(group.findings, indent=_INDENT * 2))
    return lines


def _summary(data: ReportData) -> str:
    findings = [*data.duplicates, *(f for g in data.comparison.groups for f in g.findings)]
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
        render_totals(data.totals),
        "no exchanges to add up",
    )
    section(
        f"Casualty claims compared ({len(data.dataset.claims)})",
        render_comparison(data.comparison),
        "no claims",
    )
    lines.extend(["", _summary(data)])
    return "\n".join(lines) + "\n"
