"""The JSON and CSV shapes the analysis commands print with ``--format json|csv``.

Plain dicts and rows built from the library's results, written with the
standard ``json`` module and the spreadsheet-safe :mod:`exchangekit.safecsv`.
Every count is spelt out as ``low``, ``high`` (``null``/empty when
unbounded), ``best``, ``qualifier`` and the readable ``text``, so nothing a
source said is flattened into one number.
The shapes are documented in ``docs/cli.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from exchangekit.cli.analysis import ReportData, TotalsTable
from exchangekit.cli.terminal import UNSAFE
from exchangekit.counts import Count
from exchangekit.findings import Finding
from exchangekit.models import CasualtyClaim, Exchange, ExchangeTally, Source
from exchangekit.parties import Party
from exchangekit.periods import Period
from exchangekit.reconcile import Camp, Comparison, Standpoint, TallyCheck, TallyChecks, Totals
from exchangekit.safecsv import write_table
from exchangekit.vocabulary import Population

__all__ = [
    "CASUALTY_TOTALS_COLUMNS",
    "COMPARE_COLUMNS",
    "REPORT_COLUMNS",
    "TALLY_COLUMNS",
    "TOTALS_COLUMNS",
    "casualty_totals_json",
    "casualty_totals_rows",
    "comparison_json",
    "comparison_rows",
    "report_json",
    "report_rows",
    "tally_check_json",
    "tally_checks_json",
    "tally_json",
    "tally_rows",
    "totals_json",
    "totals_rows",
    "write_csv",
    "write_json",
]

_COUNT_COLUMNS = ["low", "high", "best", "qualifier", "text"]

TOTALS_COLUMNS = ["sender", "receiver", "category", "kind", "period", "start", "end"]
TOTALS_COLUMNS += _COUNT_COLUMNS
"""One row per bucket of each table, then a row with ``period`` = ``total``."""

CASUALTY_TOTALS_COLUMNS = ["subject", "population", "period", "start", "end", *_COUNT_COLUMNS]
"""One row per bucket of casualty figures, then a row with ``period`` = ``total``."""

COMPARE_COLUMNS = [
    "subject",
    "category",
    "claim_id",
    "as_of",
    "covers",
    "claimant",
    "claimant_party",
    "standpoint",
    "method",
    "scope",
    *_COUNT_COLUMNS,
    "envelope_low",
    "envelope_high",
    "envelope_text",
    "camps",
    "outlier",
    "findings",
]
"""One row per claim: its group's consensus envelope (empty without one), camps, findings."""

REPORT_COLUMNS = [
    "section",
    "id",
    "period",
    "kind",
    "sender",
    "receiver",
    "subject",
    "category",
    *_COUNT_COLUMNS,
    "who",
    "severity",
    "code",
]
"""A long table: ``section`` is exchange, total, claim, envelope, camp, tally or finding."""


def count_json(count: Count) -> dict[str, Any]:
    """A count as ``{"low", "high", "best", "qualifier", "text"}``."""
    return {
        "low": count.low,
        "high": count.high,
        "best": count.best,
        "qualifier": count.qualifier.value,
        "text": str(count),
    }


def count_fields(count: Count | None) -> dict[str, Any]:
    """:func:`count_json`'s keys for a flat row; all None for a tally with no count of people."""
    if count is None:
        return dict.fromkeys(("low", "high", "best", "qualifier", "text"))
    return count_json(count)


def period_json(period: Period) -> dict[str, Any]:
    """A period as ``{"period": "2025-07", "start": "2025-07-01", "end": "2025-07-31"}``."""
    return {
        "period": period.format(),
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "precision": period.precision.value,
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    """A finding as ``{"severity", "code", "message", "record_ids"}``."""
    return {
        "severity": finding.severity.value,
        "code": finding.code,
        "message": finding.message,
        "record_ids": list(finding.record_ids),
    }


def _code(party: Party | None) -> str | None:
    return None if party is None else party.code


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "name": source.name,
        "kind": source.kind.value,
        "party": _code(source.party),
    }


def _table_json(table: TotalsTable) -> dict[str, Any]:
    chosen = table.selection
    return {
        "sender": chosen.sender,
        "receiver": chosen.receiver,
        "category": None if chosen.category is None else chosen.category.value,
        "kind": None if chosen.kind is None else chosen.kind.value,
        "selection": table.totals.selection,
        "by": table.totals.by.value,
        "cumulative": table.totals.running,
        "buckets": [
            {**period_json(bucket), "count": count_json(count)}
            for bucket, count in table.totals.items()
        ],
        "total": count_json(table.totals.total),
    }


def totals_json(tables: Sequence[TotalsTable]) -> dict[str, Any]:
    """``{"tables": [{"sender", "receiver", "category", "kind", "by", "buckets", "total"}]}``."""
    return {"tables": [_table_json(t) for t in tables]}


def casualty_totals_json(
    subject: str | None, population: Population, totals: Totals
) -> dict[str, Any]:
    """``{"tables": [{"subject", "population", "selection", "by", "buckets", "total"}]}``."""
    table = {
        "subject": subject,
        "population": population.value,
        "selection": totals.selection,
        "by": totals.by.value,
        "buckets": [
            {**period_json(bucket), "count": count_json(count)} for bucket, count in totals.items()
        ],
        "total": count_json(totals.total),
    }
    return {"tables": [table]}


def casualty_totals_rows(
    subject: str | None, population: Population, totals: Totals
) -> Iterable[dict[str, Any]]:
    """Rows of :data:`CASUALTY_TOTALS_COLUMNS`: each bucket, then the total over the span."""
    head = {"subject": subject, "population": population.value}
    for bucket, count in totals.items():
        yield {
            **head,
            "period": bucket.format(),
            "start": bucket.start.isoformat(),
            "end": bucket.end.isoformat(),
            **count_json(count),
        }
    span = totals.span
    yield {
        **head,
        "period": "total",
        "start": None if span is None else span.start.isoformat(),
        "end": None if span is None else span.end.isoformat(),
        **count_json(totals.total),
    }


def _claim_json(claim: CasualtyClaim, standpoint: Standpoint) -> dict[str, Any]:
    return {
        "id": claim.id,
        "count": count_json(claim.count),
        "as_of": period_json(claim.as_of),
        "covers": period_json(claim.covers),
        "claimant": _source_json(claim.claimant),
        "standpoint": standpoint.value,
        "method": claim.method.value,
        "scope": claim.scope.value,
        "caveats": list(claim.caveats),
    }


def _ids(claims: Iterable[CasualtyClaim]) -> list[str]:
    return [c.id for c in claims]


def _camp_json(camp: Camp) -> dict[str, Any]:
    return {
        "claims": _ids(camp.claims),
        "envelope": count_json(camp.envelope),
        "floor_from": _ids(camp.floor_from),
        "ceiling_from": _ids(camp.ceiling_from),
    }


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    """``{"belligerents", "groups"}``: each group's consensus (or null), camps, claims, findings."""
    return {
        "belligerents": list(comparison.belligerents),
        "groups": [
            {
                "subject": group.subject.code,
                "category": group.category.value,
                "scope": group.scope.value,
                "covers": None if group.covers is None else period_json(group.covers),
                "as_of": period_json(group.as_of),
                "envelope": None if group.envelope is None else count_json(group.envelope),
                "consensus": _ids(group.consensus),
                "floor_from": _ids(group.floor_from),
                "ceiling_from": _ids(group.ceiling_from),
                "outliers": _ids(group.outliers),
                "camps": [_camp_json(camp) for camp in group.camps],
                "extent": count_json(group.extent),
                "claims": [
                    _claim_json(c, s) for c, s in zip(group.claims, group.standpoints, strict=True)
                ],
                "findings": [finding_json(f) for f in group.findings],
            }
            for group in comparison.groups
        ],
    }


def _exchange_json(exchange: Exchange) -> dict[str, Any]:
    return {
        "id": exchange.id,
        "kind": exchange.kind.value,
        **period_json(exchange.period),
        "transfers": [
            {
                "sender": t.sender.code,
                "receiver": t.receiver.code,
                "category": t.category.value,
                "count": count_json(t.count),
                "attributed_to": None if t.attributed_to is None else _source_json(t.attributed_to),
            }
            for t in exchange.transfers
        ],
        "intermediaries": [p.code for p in exchange.intermediaries],
        "sources": [_source_json(s) for s in exchange.sources],
    }


def tally_json(tally: ExchangeTally) -> dict[str, Any]:
    """A stated tally as its id, parties, category, count, periods, claimant and exchange count."""
    stated = tally.exchange_count
    return {
        "id": tally.id,
        "receiver": tally.receiver.code,
        "sender": _code(tally.sender),
        "category": tally.category.value,
        "count": None if tally.count is None else count_json(tally.count),
        "covers": period_json(tally.covers),
        "as_of": period_json(tally.as_of),
        "claimant": _source_json(tally.claimant),
        "exchange_count": None if stated is None else count_json(stated),
        "notes": list(tally.notes),
    }


def tally_check_json(check: TallyCheck) -> dict[str, Any]:
    """A stated tally with its check: the itemized sum, the verdict, the gap and the finding."""
    return {
        **tally_json(check.tally),
        "itemized": count_json(check.itemized),
        "verdict": check.verdict.value,
        "gap": count_json(check.gap),
        "exchange_ids": list(check.exchange_ids),
        "uncertain_ids": list(check.uncertain_ids),
        "finding": finding_json(check.finding),
    }


def tally_checks_json(checks: TallyChecks) -> dict[str, Any]:
    """``{"tallies": [...]}``: every stated tally with its check."""
    return {"tallies": [tally_check_json(c) for c in checks]}


TALLY_COLUMNS = [
    "id",
    "receiver",
    "sender",
    "category",
    "covers_start",
    "covers_end",
    "as_of",
    "who",
    *_COUNT_COLUMNS,
    "itemized_low",
    "itemized_high",
    "itemized_text",
    "verdict",
    "gap_low",
    "gap_high",
    "severity",
    "code",
    "message",
    "exchange_ids",
    "uncertain_ids",
]
"""One row per stated tally: what it says, the itemized sum, the verdict and the finding."""


def tally_rows(checks: TallyChecks) -> Iterable[dict[str, Any]]:
    """Rows of :data:`TALLY_COLUMNS`, one per tally, in order."""
    for check in checks:
        tally = check.tally
        yield {
            "id": tally.id,
            "receiver": tally.receiver.code,
            "sender": _code(tally.sender),
            "category": tally.category.value,
            "covers_start": tally.covers.start.isoformat(),
            "covers_end": tally.covers.end.isoformat(),
            "as_of": tally.as_of.format(),
            "who": tally.claimant.name,
            **count_fields(tally.count),
            "itemized_low": check.itemized.low,
            "itemized_high": check.itemized.high,
            "itemized_text": str(check.itemized),
            "verdict": check.verdict.value,
            "gap_low": check.gap.low,
            "gap_high": check.gap.high,
            "severity": check.finding.severity.value,
            "code": check.finding.code,
            "message": check.finding.message,
            "exchange_ids": " ".join(check.exchange_ids),
            "uncertain_ids": " ".join(check.uncertain_ids),
        }


def report_json(data: ReportData) -> dict[str, Any]:
    """The report: inputs, provenance, exchanges, duplicates, totals, comparison and tallies."""
    return {
        "inputs": list(data.inputs),
        "provenance": list(data.dataset.provenance),
        "exchanges": [_exchange_json(e) for e in data.exchanges],
        "duplicates": [finding_json(f) for f in data.duplicates],
        "totals": totals_json(data.totals),
        "comparison": comparison_json(data.comparison),
        "tallies": [tally_check_json(c) for c in data.tallies],
    }


def _table_rows(table: TotalsTable) -> Iterable[dict[str, Any]]:
    chosen = table.selection
    head = {
        "sender": chosen.sender,
        "receiver": chosen.receiver,
        "category": None if chosen.category is None else chosen.category.value,
        "kind": None if chosen.kind is None else chosen.kind.value,
    }
    buckets = list(table.totals.items())
    for bucket, count in buckets:
        yield {
            **head,
            "period": bucket.format(),
            "start": bucket.start.isoformat(),
            "end": bucket.end.isoformat(),
            **count_json(count),
        }
    span = table.totals.span
    yield {
        **head,
        "period": "total",
        "start": None if span is None else span.start.isoformat(),
        "end": None if span is None else span.end.isoformat(),
        **count_json(table.totals.total),
    }


def totals_rows(tables: Sequence[TotalsTable]) -> Iterable[dict[str, Any]]:
    """Rows of :data:`TOTALS_COLUMNS`."""
    for table in tables:
        yield from _table_rows(table)


def _codes_naming(claim_id: str, findings: Iterable[Finding]) -> str:
    return "; ".join(
        f"{f.severity.value}:{f.code}"
        for f in findings
        if not f.record_ids or claim_id in f.record_ids
    )


def comparison_rows(comparison: Comparison) -> Iterable[dict[str, Any]]:
    """Rows of :data:`COMPARE_COLUMNS`."""
    for group in comparison.groups:
        envelope = group.envelope
        outliers = set(_ids(group.outliers))
        for claim, standpoint in zip(group.claims, group.standpoints, strict=True):
            camps = [str(n) for n, camp in enumerate(group.camps, 1) if claim in camp.claims]
            yield {
                "subject": group.subject.code,
                "category": group.category.value,
                "claim_id": claim.id,
                "as_of": claim.as_of.format(),
                "covers": claim.covers.format(),
                "claimant": claim.claimant.name,
                "claimant_party": _code(claim.claimant.party),
                "standpoint": standpoint.value,
                "method": claim.method.value,
                "scope": claim.scope.value,
                **count_json(claim.count),
                "envelope_low": None if envelope is None else envelope.low,
                "envelope_high": None if envelope is None else envelope.high,
                "envelope_text": None if envelope is None else str(envelope),
                "camps": "; ".join(camps),
                "outlier": "true" if claim.id in outliers else "false",
                "findings": _codes_naming(claim.id, group.findings),
            }


def report_rows(data: ReportData) -> Iterable[dict[str, Any]]:
    """Rows of :data:`REPORT_COLUMNS`: exchanges, totals, claims, envelopes, tallies, findings."""
    for exchange in data.exchanges:
        for t in exchange.transfers:
            yield {
                "section": "exchange",
                "id": exchange.id,
                "period": exchange.period.format(),
                "kind": exchange.kind.value,
                "sender": t.sender.code,
                "receiver": t.receiver.code,
                "category": t.category.value,
                **count_json(t.count),
                "who": "; ".join(s.name for s in exchange.sources),
            }
    for row in totals_rows(data.totals):
        yield {
            "section": "total",
            **{k: row[k] for k in ("period", "kind", "sender", "receiver", "category")},
            **{k: row[k] for k in _COUNT_COLUMNS},
        }
    findings: list[Finding] = list(data.duplicates)
    for group in data.comparison.groups:
        for claim in group.claims:
            yield {
                "section": "claim",
                "id": claim.id,
                "period": claim.as_of.format(),
                "subject": group.subject.code,
                "category": group.category.value,
                **count_json(claim.count),
                "who": claim.claimant.name,
            }
        if group.envelope is not None:
            yield {
                "section": "envelope",
                "subject": group.subject.code,
                "category": group.category.value,
                **count_json(group.envelope),
            }
        else:  # no consensus: each camp's own envelope, and never one spanning them all
            for camp in group.camps:
                yield {
                    "section": "camp",
                    "id": " ".join(_ids(camp.claims)),
                    "subject": group.subject.code,
                    "category": group.category.value,
                    **count_json(camp.envelope),
                }
        findings.extend(group.findings)
    findings.extend(data.tallies.findings)
    for tally in data.dataset.tallies:
        yield {
            "section": "tally",
            "id": tally.id,
            "period": tally.as_of.format(),
            "sender": _code(tally.sender),
            "receiver": tally.receiver.code,
            "category": tally.category.value,
            **count_fields(tally.count),
            "who": tally.claimant.name,
        }
    for finding in findings:
        yield {
            "section": "finding",
            "id": " ".join(finding.record_ids),
            "text": finding.message,
            "severity": finding.severity.value,
            "code": finding.code,
        }


def write_json(document: Any, stream: TextIO) -> None:
    """Pretty-printed, key order kept, non-ASCII kept, ending with a newline.

    ``json`` escapes the C0 controls but not DEL, the C1 controls, bidi
    controls or lone surrogates; those are written as ``\\uXXXX`` escapes too
    (JSON strings are the only place they can stand), so the document is the
    same to a JSON reader and inert on a terminal.
    """
    text = json.dumps(document, indent=2, ensure_ascii=False)
    stream.write(UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text))
    stream.write("\n")


def write_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]], stream: TextIO) -> None:
    """A header row, then ``rows``, through :func:`exchangekit.safecsv.write_table`."""
    write_table(columns, rows, stream)
