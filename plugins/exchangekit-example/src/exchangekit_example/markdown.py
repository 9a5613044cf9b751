"""Markdown tables of a dataset, ready to paste into an article, a briefing or a wiki page.

One table of exchanges, one of casualty claims, and, when the dataset holds
any, one of stated tallies ("9,000 bodies returned since 2022").

Every figure keeps its qualifier and its interval ("around 1,000", low 900,
high 1,100), every record its id, so a published table can be traced back to
the data. Text from a record is escaped so that nothing in it can break the
table or inject markup, in CommonMark or in GitHub's dialect: see :func:`cell`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, TextIO

from exchangekit import CasualtyClaim, Count, Exchange, ExchangeTally, Party, Source, Transfer
from exchangekit.formats import Exporter, Record

__all__ = ["MarkdownExporter", "cell"]

_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Punctuation that opens or closes markup anywhere in a line: emphasis (* _), code
# (`), strikethrough (~), links, images and footnotes ([ ]), a heading's closing
# sequence and issue references (#), table cells (|), maths ($), mentions (@), and
# the backslash itself. Escaping "[" is enough to defuse "![x](y)" and "[x]: y".
_INLINE = re.compile(r"[\\`*_~\[\]#|$@]")
# The title and each provenance entry start a line, where "-", "+" or "1." would open
# a list or a thematic break ("<", ">" and "&" are entities already, so no quote or HTML).
_NUMBER = re.compile(r"[0-9]+(?=[.)])")
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
_TALLY_COLUMNS = (
    "Receiver",
    "Sender",
    "Category",
    "Figure",
    "Low",
    "High",
    "Exchanges",
    "Handovers over",
    "Stated",
    "Claimant",
    "Notes",
    "ID",
)


def cell(text: str) -> str:
    """``text`` as inert Markdown on one line: a table cell, a heading or a list item.

    Rendered, it reads exactly as ``text`` (trimmed), never as markup: ``&``,
    ``<`` and ``>`` become HTML entities; ``\\``, backticks, ``*``, ``_``, ``~``,
    ``[``, ``]``, ``#``, ``|``, ``$`` and ``@`` are backslash-escaped, and so is
    a leading ``-``, ``+`` or list number (``1.``, ``1)``); line breaks become
    ``<br>``.
    """
    import html  # loaded on first use, not when plugins are discovered

    escaped = _INLINE.sub(r"\\\g<0>", html.escape(text.strip(), quote=False))
    if escaped[:1] in ("-", "+"):
        escaped = "\\" + escaped
    elif number := _NUMBER.match(escaped):
        escaped = f"{number[0]}\\{escaped[number.end() :]}"
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


def _tally_row(tally: ExchangeTally) -> str:
    low, high = ("", "") if tally.count is None else _bound(tally.count)
    return _row(
        (
            _party(tally.receiver),
            "not named" if tally.sender is None else _party(tally.sender),
            _words(tally.category.value),
            "not stated" if tally.count is None else str(tally.count),
            low,
            high,
            "" if tally.exchange_count is None else str(tally.exchange_count),
            tally.covers.format(),
            tally.as_of.format(),
            _source(tally.claimant),
            "; ".join(tally.notes),
            tally.id,
        )
    )


class _Section(NamedTuple):
    """One table of the document: the records it holds, its heading, columns and rows."""

    cls: type[Record]
    kind: str
    title: str
    columns: tuple[str, ...]
    row: Callable[[Any], str]


_SECTIONS = (
    _Section(Exchange, "exchange", "Exchanges", _EXCHANGE_COLUMNS, _exchange_row),
    _Section(CasualtyClaim, "claim", "Casualty claims", _CLAIM_COLUMNS, _claim_row),
    _Section(ExchangeTally, "tally", "Stated tallies", _TALLY_COLUMNS, _tally_row),
)


class MarkdownExporter(Exporter):
    """Writes a dataset as Markdown: tables of exchanges, claims and any tallies; the provenance."""

    name = "markdown"
    description = "Markdown tables of exchanges, casualty claims and tallies, for publishing"
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
        section, written = 0, 0
        stream.write(f"## {_SECTIONS[0].title}\n\n")
        for record in records:
            rank = _rank(record)
            if rank < section:
                raise ValueError(
                    f"{_SECTIONS[rank].kind} {record.id!r} came after the "
                    f"{_SECTIONS[section].title.lower()}"
                )
            while section < rank:
                stream.write(_end(section, written))
                section, written = section + 1, 0
                stream.write(f"## {_SECTIONS[section].title}\n\n")
            if written == 0:
                stream.write(_header(_SECTIONS[section].columns))
            stream.write(_SECTIONS[section].row(record))
            written += 1
        while section < 1:  # exchanges and claims always have a section; tallies when present
            stream.write(_end(section, written))
            section, written = section + 1, 0
            stream.write(f"## {_SECTIONS[section].title}\n\n")
        stream.write(_end(section, written))
        stream.write("## Provenance\n\n")
        if provenance:
            stream.write("".join(f"- {cell(entry)}\n" for entry in provenance))
        else:
            stream.write("None recorded.\n")


def _rank(record: object) -> int:
    """Which table ``record`` goes in; a TypeError for anything that is not a record."""
    for rank, section in enumerate(_SECTIONS):
        if isinstance(record, section.cls):
            return rank
    raise TypeError(f"cannot write {type(record).__name__}; expected a record")


def _end(section: int, written: int) -> str:
    """What closes a table: a blank line, or a sentence saying the section is empty."""
    return "\n" if written else f"No {_SECTIONS[section].title.lower()}.\n\n"
