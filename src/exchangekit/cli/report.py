"""Plain-text rendering of exchanges, totals tables, claim comparisons and findings.

Every renderer takes a ``width``: lines longer than it are wrapped, the
continuation indented under the text it continues, so a report stays
aligned in a terminal and fits 80 columns in a pipe. ``width=None`` leaves
lines as they are. Lines are split only at line feeds, never at the other
characters :meth:`str.splitlines` takes for line ends, so that a carriage
return in a record reaches the output boundary and is shown escaped there.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence

from exchangekit._display import shorten
from exchangekit.cli.analysis import ReportData, TotalsTable
from exchangekit.cli.terminal import for_terminal
from exchangekit.findings import Finding, Severity
from exchangekit.models import Exchange, Source, Transfer, record_sources
from exchangekit.reconcile import FINDING_CODES, ClaimGroup, Comparison, TallyCheck, TallyChecks
from exchangekit.vocabulary import ClaimScope

__all__ = [
    "QUOTE_WIDTH",
    "explain_findings",
    "render_comparison",
    "render_exchange",
    "render_exchanges",
    "render_findings",
    "render_report",
    "render_tallies",
    "render_totals",
    "words",
    "wrap",
]

_INDENT = "  "
_HANG = "  "  # how much further a wrapped line's continuation is indented

QUOTE_WIDTH = 240
"""How many characters of a quote the report shows; a longer one is cut at a word."""

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def words(value: str) -> str:
    """An enum value as prose: ``repatriation_of_remains`` -> ``repatriation of remains``."""
    return value.replace("_", " ")


def wrap(lines: Iterable[str], width: int | None) -> list[str]:
    """Each line cut to ``width`` columns at spaces; continuations keep its indent plus two.

    A word longer than a whole line (a long URL) is split, so that nothing
    sticks out; with ``width=None`` the lines are returned unchanged.
    """
    out: list[str] = []
    for line in lines:
        if width is None or len(line) <= width:
            out.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip(" "))]
        out.extend(
            textwrap.wrap(
                line[len(lead) :],
                width=width,
                initial_indent=lead,
                subsequent_indent=lead + _HANG,
                break_on_hyphens=False,
            )
            or [line]
        )
    return out


def _inline(text: str) -> str:
    """A record's own text within one line: its line feeds (and controls) shown escaped."""
    return for_terminal(text, line_feeds=False)


def _source(source: Source) -> str:
    name = _inline(source.name)
    text = f"{name} ({source.party.code})" if source.party is not None else name
    return text if source.url is None else f"{text} <{_inline(source.url)}>"


def _transfer(transfer: Transfer) -> str:
    text = (
        f"{transfer.sender.code} → {transfer.receiver.code} "
        f"{words(transfer.category.value)}: {transfer.count}"
    )
    if transfer.attributed_to is not None:
        text += f" (according to {_inline(transfer.attributed_to.name)})"
    return text


def render_exchange(exchange: Exchange, *, date_width: int = 0, width: int | None = None) -> str:
    """One exchange: date, kind, intermediaries and id; then transfers, quotes, notes, sources.

    The first line starts with the date padded to ``date_width``; every
    other line is indented to the column after it, so a listing reads as
    two columns.
    """
    date = exchange.period.format().ljust(date_width)
    pad = " " * (len(date) + 2)
    head = f"{date}  {words(exchange.kind.value)}"
    if exchange.intermediaries:
        head += " via " + ", ".join(p.code for p in exchange.intermediaries)
    lines = [f"{head}  [{_inline(exchange.id)}]"]
    lines.extend(pad + _transfer(t) for t in exchange.transfers)
    lines.extend(f"{pad}“{shorten(q.text, QUOTE_WIDTH)}”" for q in exchange.quotes)
    lines.extend(f"{pad}note: {_inline(note)}" for note in exchange.notes)
    sources = record_sources(exchange)
    if len(sources) == 1:
        lines.append(f"{pad}source: {_source(sources[0])}")
    elif sources:
        lines.append(f"{pad}sources:")
        lines.extend(f"{pad}  - {_source(s)}" for s in sources)
    return "\n".join(wrap(lines, width))


def render_exchanges(exchanges: Sequence[Exchange], *, width: int | None = None) -> list[str]:
    """The exchange listing, dates aligned in one column and everything else in the next."""
    date_width = max((len(e.period.format()) for e in exchanges), default=0)
    inner = None if width is None else width - len(_INDENT)
    return [
        _INDENT + line
        for e in exchanges
        for line in render_exchange(e, date_width=date_width, width=inner).split("\n")
    ]


def render_totals(
    tables: Sequence[TotalsTable], *, indent: str = "", width: int | None = None
) -> list[str]:
    """Each table as the library prints it: heading, buckets, total, how it was summed."""
    lines: list[str] = []
    for table in tables:
        if lines:
            lines.append("")
        lines.extend(indent + line for line in str(table.totals).split("\n"))
    return wrap(lines, width)


def render_tally(check: TallyCheck, *, width: int | None = None) -> list[str]:
    """One stated tally: what it covers, who stated it, its quotes, then the verdict in words."""
    tally = check.tally
    covers = tally.covers
    span = f"{covers.start.isoformat()} to {covers.end.isoformat()}"
    if tally.two_way:
        what = f"{words(tally.category.value)} {tally.direction}"
    else:
        sender = f" from {tally.sender.code}" if tally.sender is not None else ""
        what = f"{tally.receiver.code} {words(tally.category.value)}{sender}"
    if tally.count is None:
        stated = f"{tally.exchange_count} exchanges"
        itemized = f"{len(check.exchange_ids)} exchanges"
        if check.uncertain_ids:
            itemized += f", {len(check.uncertain_ids)} more that may fall in the span"
    else:
        stated, itemized = str(tally.count), str(check.itemized)
    lines = [
        f"{what}, {span}  [{_inline(tally.id)}]",
        f"{_INDENT}stated: {stated}, as of {tally.as_of}, by {_source(tally.claimant)}",
        f"{_INDENT}itemized: {itemized}",
    ]
    lines.extend(f"{_INDENT}“{shorten(q.text, QUOTE_WIDTH)}”" for q in tally.quotes)
    lines.extend(f"{_INDENT}note: {_inline(note)}" for note in tally.notes)
    lines.append(f"{_INDENT}{check.finding}")
    return wrap(lines, width)


def render_tallies(checks: TallyChecks, *, indent: str = "", width: int | None = None) -> list[str]:
    """Each stated tally with its verdict against the itemized exchanges, a blank line apart."""
    lines: list[str] = []
    for check in checks:
        if lines:
            lines.append("")
        lines.extend(indent + line for line in render_tally(check))
    return wrap(lines, width)


def render_findings(
    findings: Iterable[Finding], *, indent: str = _INDENT, width: int | None = None
) -> list[str]:
    """Each finding as the library prints it, wrapped under its own first line."""
    return wrap((f"{indent}{finding}" for finding in findings), width)


def render_comparison(
    comparison: Comparison, *, indent: str = "", width: int | None = None
) -> list[str]:
    """Each group of comparable claims as the library prints it: claims, consensus, findings.

    An incident or period figure that no other source states and that raised
    no finding compares with nothing; such groups (an event data set has
    thousands) are counted in one line instead of listed.
    """
    lines: list[str] = []
    alone = 0
    for group in comparison.groups:
        if _alone(group):
            alone += 1
            continue
        if lines:
            lines.append("")
        lines.extend(indent + line for line in str(group).split("\n"))
    if alone:
        if lines:
            lines.append("")
        lines.append(
            f"{indent}{alone:,} incident or period figure{'s' if alone != 1 else ''} stated by "
            "one source alone, with nothing to compare, not listed"
        )
    return wrap(lines, width)


def _alone(group: ClaimGroup) -> bool:
    return (
        group.scope is not ClaimScope.CUMULATIVE and len(group.claims) == 1 and not group.findings
    )


def explain_findings(
    findings: Iterable[Finding], *, indent: str = _INDENT, width: int | None = None
) -> list[str]:
    """One sentence per finding code present, most severe first: what that code means.

    The sentences are the registered meanings of :data:`~exchangekit.reconcile.FINDING_CODES`;
    a code registered nowhere (from a plugin, say) is listed without one.
    """
    present = Counter((f.severity, f.code) for f in findings)
    known = list(FINDING_CODES)

    def order(key: tuple[Severity, str]) -> tuple[int, int, str]:
        severity, code = key
        place = known.index(code) if code in known else len(known)
        return (_SEVERITIES.index(severity), place, code)

    lines = []
    for severity, code in sorted(present, key=order):
        entry = FINDING_CODES.get(code)
        meaning = entry.meaning if entry is not None else "no description is registered"
        n = present[(severity, code)]
        lines.append(f"{indent}{severity.value} {code} ({n}): {meaning[0].upper()}{meaning[1:]}.")
    return wrap(lines, width)


def _summary(data: ReportData) -> str:
    findings = data.findings
    by_severity = Counter(f.severity for f in findings)
    counted = ", ".join(
        f"{by_severity[s]} {s.value}{'s' if by_severity[s] != 1 else ''}" for s in _SEVERITIES
    )
    return (
        f"{len(data.exchanges)} exchange{'s' if len(data.exchanges) != 1 else ''}, "
        f"{len(data.dataset.claims)} claim{'s' if len(data.dataset.claims) != 1 else ''}"
        + (
            f", {len(data.tallies)} stated tall{'ies' if len(data.tallies) != 1 else 'y'}"
            if data.tallies
            else ""
        )
        + f"; findings: {counted}"
    )


def render_report(data: ReportData, *, width: int | None = None) -> str:
    """The whole report: inputs, exchanges, duplicates, totals, claims, findings, a summary."""
    lines = ["exchangekit report", "=" * len("exchangekit report"), ""]
    lines.extend(wrap(["Input: " + ", ".join(data.inputs)], width))
    lines.extend(wrap((f"{_INDENT}{entry}" for entry in data.dataset.provenance), width))

    def section(title: str, body: list[str], empty: str) -> None:
        heading = wrap([title], width)
        lines.extend(["", *heading, "-" * max(len(h) for h in heading)])
        lines.extend(body if body else [_INDENT + empty])

    section(
        f"Exchanges ({len(data.exchanges)})",
        render_exchanges(data.exchanges, width=width),
        "none",
    )
    if data.duplicates:
        section("Duplicate reports merged", render_findings(data.duplicates, width=width), "none")
    section(
        f"Totals by {data.by}, per receiver and category",
        render_totals(data.totals, indent=_INDENT, width=width),
        "no exchanges to add up",
    )
    section(
        f"Casualty claims compared ({len(data.dataset.claims)})",
        render_comparison(data.comparison, indent=_INDENT, width=width),
        "no claims",
    )
    if data.tallies:
        section(
            f"Stated tallies against the itemized exchanges ({len(data.tallies)})",
            render_tallies(data.tallies, indent=_INDENT, width=width),
            "none",
        )
    findings = data.findings
    if findings:
        section("What the findings mean", explain_findings(findings, width=width), "none")
    lines.extend(["", *wrap([_summary(data)], width)])
    return "\n".join(lines) + "\n"
