"""Markdown tables of a dataset, ready to paste into an article, a briefing or a wiki page.

Every figure keeps its qualifier and its interval ("around 1,000", low 900,
high 1,100), every record its id, so a published table can be traced back to
the data. Cell text is escaped so that nothing in a record can break the table
or inject markup: ``&``, ``<`` and ``>`` become HTML entities, ``|``, ``\\`` and
backticks are backslash-escaped, and line breaks become ``<br>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any, TextIO

from exchangekit import CasualtyClaim, Count, Exchange, Party, Source, Transfer
from exchangekit.formats import Exporter, Record

__all__ = ["MarkdownExporter", "cell"]

_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_EXCHANGE_COLUMNS = ("Date", "Kind", "Transfers", "Via", "Sources", "Notes", "ID")
_CLAIM_COLUMNS = (
    "Subject",
    "Category",
    "Figure",
    "Low",
    "High",
    "Losses over",
    "Stated",
    "Claimant",
    "Method",
    "Scope",
    "Caveats",
    "ID",
)


def cell(text: str) -> str:
    """``text`` made safe for one Markdown table cell, on one line."""
    escaped = html.escape(text.strip(), quote=False)
    escaped = escaped.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
    return _BREAKS.sub("<br>", escaped)


def _row(values: Iterable[str]) -> str:
    return "| " + " | ".join(cell(v) for v in values) + " |\n"


def _header(columns: tuple[str, ...]) -> str:
    return _row(columns) + "|" + "|".join(" --- " for _ in columns) + "|\n"


def _words(value: str) -> str:
    return value.replace("_", " ")


def _party(party: Party) -> str:
    return party.code


def _source(source: Source) -> str:
    details = [_words(source.kind.value)]
    if source.party is not None:
        details.append(_party(source.party))
    if source.published is not None:
        details.append(source.published.isoformat())
    text = f"{source.name} ({', '.join(details)})"
    return f"{text} {source.url}" if source.url else text


def _transfer(transfer: Transfer) -> str:
    text = (
        f"{_party(transfer.sender)} → {_party(transfer.receiver)}: "
        f"{transfer.count} {_words(transfer.category.value)}"
    )
    if transfer.attributed_to is not None:
        text += f" (according to {transfer.attributed_to.name})"
    return text


def _bound(count: Count) -> tuple[str, str]:
    return f"{count.low:,}", "no upper bound" if count.high is None else f"{count.high:,}"


def _exchange_row(exchange: Exchange) -> str:
    return _row(
        (
            exchange.period.format(),
            _words(exchange.kind.value),
            "; ".join(_transfer(t) for t in exchange.transfers),
            ", ".join(_party(p) for p in exchange.intermediaries),
            "; ".join(_source(s) for s in exchange.sources),
            "; ".join(exchange.notes),
            exchange.id,
        )
    )


def _claim_row(claim: CasualtyClaim) -> str:
    low, high = _bound(claim.count)
    return _row(
        (
            _party(claim.subject),
            _words(claim.category.value),
            str(claim.count),
            low,
            high,
            claim.covers.format(),
            claim.as_of.format(),
            _source(claim.claimant),
            _words(claim.method.value),
            _words(claim.scope.value),
            "; ".join(claim.caveats),
            claim.id,
        )
    )


class MarkdownExporter(Exporter):
    """Writes a dataset as Markdown: a table of exchanges, one of claims, and the provenance."""

    name = "markdown"
    description = "Markdown tables of exchanges and casualty claims, for publishing"
    suffixes = (".md", ".markdown")
    media_types = ("text/markdown",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        title: str | None = None,
        **options: Any,
    ) -> None:
        """Write the tables; ``title`` adds a top-level heading above them."""
        if options:
            raise TypeError(
                f"the markdown format takes only title=, got {', '.join(sorted(options))}"
            )
        if title is not None:
            stream.write(f"# {cell(title)}\n\n")
        stream.write("## Exchanges\n\n")
        section = "exchanges"
        written = 0
        for record in records:
            if isinstance(record, CasualtyClaim) and section == "exchanges":
                stream.write(("\n" if written else "No exchanges.\n\n") + "## Casualty claims\n\n")
                section, written = "claims", 0
            if written == 0:
                columns = _EXCHANGE_COLUMNS if section == "exchanges" else _CLAIM_COLUMNS
                stream.write(_header(columns))
            if isinstance(record, Exchange):
                if section != "exchanges":
                    raise ValueError(f"exchange {record.id!r} came after the casualty claims")
                stream.write(_exchange_row(record))
            else:
                stream.write(_claim_row(record))
            written += 1
        if section == "exchanges":
            stream.write(("\n" if written else "No exchanges.\n\n") + "## Casualty claims\n\n")
            written = 0
        stream.write("\n" if written else "No casualty claims.\n\n")
        stream.write("## Provenance\n\n")
        if provenance:
            stream.write("".join(f"- {cell(entry)}\n" for entry in provenance))
        else:
            stream.write("None recorded.\n")
