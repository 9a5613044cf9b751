"""The CSV format: one flat table with a row per transfer, claim, tally and provenance entry.

Every part of a record has its own column (``count_low``, ``count_high``,
``count_best``, ``count_qualifier``, ...); lists are JSON in a cell. The
``record_type`` column says what a row is. An exchange's own fields repeat on
each of its transfer rows and the parser regroups the rows by ``id``. Cells a
spreadsheet would run as a formula are neutralised with a leading apostrophe,
which the parser removes again, so the round trip is exact; the cells are
written by :mod:`exchangekit.safecsv`, as every CSV exchangekit writes is.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, TextIO

import attrs

from exchangekit.builtin import _reject_options
from exchangekit.builtin._converter import DataError, Problem, from_data, parse_error, to_data
from exchangekit.builtin._record_text import CELL, TextFunctions, clear_caches, remembered
from exchangekit.counts import Count
from exchangekit.errors import ParseError
from exchangekit.formats import Exporter, Item, NumberedItems, Parser, Provenance, Record
from exchangekit.hookspecs import hookimpl
from exchangekit.models import CasualtyClaim, Exchange, ExchangeTally, Source
from exchangekit.parties import DEFAULT_REGISTRY, Party
from exchangekit.periods import Period
from exchangekit.safecsv import FORMULA_TRIGGERS, csv_line, neutralise, restore
from exchangekit.safecsv import _quoted as quoted_cell

__all__ = [
    "COLUMNS",
    "FORMULA_TRIGGERS",
    "CsvExporter",
    "CsvParser",
    "exchangekit_exporters",
    "exchangekit_parsers",
    "neutralise",
    "restore",
]


def _source_columns(prefix: str) -> tuple[str, ...]:
    return tuple(
        f"{prefix}_{part}"
        for part in ("name", "kind", "party", "party_name", "party_aliases", "url", "published")
    )


def _party_columns(prefix: str) -> tuple[str, ...]:
    return (prefix, f"{prefix}_name", f"{prefix}_aliases")


def _period_columns(prefix: str) -> tuple[str, ...]:
    return (f"{prefix}_start", f"{prefix}_end", f"{prefix}_precision")


def _count_columns(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}_{part}" for part in ("low", "high", "best", "qualifier"))


_COUNT_COLUMNS = _count_columns("count")

_EXCHANGE_COLUMNS = ("kind", *_period_columns("period"), "intermediaries", "sources", "notes")
"""The columns of an exchange's own fields, repeated on each of its transfer rows."""
_TRANSFER_COLUMNS = (
    *_party_columns("sender"),
    *_party_columns("receiver"),
    "category",
    *_COUNT_COLUMNS,
    *_source_columns("attributed_to"),
)
_CLAIM_COLUMNS = (
    *_party_columns("subject"),
    "category",
    *_COUNT_COLUMNS,
    *_period_columns("covers"),
    *_period_columns("as_of"),
    *_source_columns("claimant"),
    "method",
    "scope",
    "population",
    "caveats",
    "relayed_by",
)
_TALLY_COLUMNS = (
    *_party_columns("sender"),
    *_party_columns("receiver"),
    "category",
    *_COUNT_COLUMNS,
    *_period_columns("covers"),
    *_period_columns("as_of"),
    *_source_columns("claimant"),
    *_count_columns("exchange_count"),
    "relayed_by",
    "notes",
)
"""The columns of a tally's row; all but ``exchange_count_*`` are shared with other rows."""

COLUMNS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            "record_type",
            "id",
            *_EXCHANGE_COLUMNS,
            *_TRANSFER_COLUMNS,
            *_CLAIM_COLUMNS,
            *_TALLY_COLUMNS,
            "quotes",
            "provenance",
        )
    )
)
"""Every column, in the order the exporter writes them."""

_ALLOWED = {
    "exchange": frozenset(("record_type", "id", *_EXCHANGE_COLUMNS, *_TRANSFER_COLUMNS, "quotes")),
    "claim": frozenset(("record_type", "id", *_CLAIM_COLUMNS, "quotes")),
    "tally": frozenset(("record_type", "id", *_TALLY_COLUMNS, "quotes")),
    "provenance": frozenset(("record_type", "provenance")),
}
_JSON_COLUMNS = frozenset(
    column
    for column in COLUMNS
    if column.endswith("aliases")
    or column in ("intermediaries", "sources", "notes", "caveats", "relayed_by", "quotes")
)

_WHOLE_NUMBER = re.compile(r"[0-9]+")
_PATH_TOKEN = re.compile(r"\.([A-Za-z_]+)|\[([0-9]+)\]")


# -- writing ---------------------------------------------------------------------------

_COLUMN_INDEX = {column: index for index, column in enumerate(COLUMNS)}


_json_cell = json.JSONEncoder(ensure_ascii=False).encode
"""A value as the JSON in a cell: ``json.dumps(value, ensure_ascii=False)``, encoder made once."""


def _put_party(row: dict[str, str], prefix: str, party: Any) -> None:
    """A registered party is just its code; any other one fills code, name and aliases."""
    if party is None:
        return
    if isinstance(party, str):
        row[prefix] = party
        return
    row[prefix] = party["code"]
    row[f"{prefix}_name"] = party["name"]
    row[f"{prefix}_aliases"] = _json_cell(party["aliases"])


def _put_source(row: dict[str, str], prefix: str, source: Any) -> None:
    if source is None:
        return
    row[f"{prefix}_name"] = source["name"]
    row[f"{prefix}_kind"] = source["kind"]
    _put_party(row, f"{prefix}_party", source["party"])
    for key in ("url", "published"):
        if source[key] is not None:
            row[f"{prefix}_{key}"] = source[key]


def _put_period(row: dict[str, str], prefix: str, period: Any) -> None:
    for key in ("start", "end", "precision"):
        row[f"{prefix}_{key}"] = period[key]


def _put_count(row: dict[str, str], count: Any, prefix: str = "count") -> None:
    if count is None:
        return
    for key in ("low", "high", "best", "qualifier"):
        if count[key] is not None:
            row[f"{prefix}_{key}"] = str(count[key])


def _exchange_rows(data: dict[str, Any]) -> Iterator[dict[str, str]]:
    shared = {"record_type": "exchange", "id": data["id"], "kind": data["kind"]}
    _put_period(shared, "period", data["period"])
    for key in ("intermediaries", "sources", "notes", "quotes"):
        shared[key] = _json_cell(data[key])
    for transfer in data["transfers"]:
        row = dict(shared)
        _put_party(row, "sender", transfer["sender"])
        _put_party(row, "receiver", transfer["receiver"])
        row["category"] = transfer["category"]
        _put_count(row, transfer["count"])
        _put_source(row, "attributed_to", transfer["attributed_to"])
        yield row


def _claim_row(data: dict[str, Any]) -> dict[str, str]:
    row = {"record_type": "claim", "id": data["id"], "category": data["category"]}
    _put_party(row, "subject", data["subject"])
    _put_count(row, data["count"])
    _put_period(row, "covers", data["covers"])
    _put_period(row, "as_of", data["as_of"])
    _put_source(row, "claimant", data["claimant"])
    row["method"] = data["method"]
    row["scope"] = data["scope"]
    row["population"] = data["population"]
    for key in ("caveats", "relayed_by", "quotes"):
        row[key] = _json_cell(data[key])
    return row


def _tally_row(data: dict[str, Any]) -> dict[str, str]:
    row = {"record_type": "tally", "id": data["id"], "category": data["category"]}
    _put_party(row, "sender", data["sender"])
    _put_party(row, "receiver", data["receiver"])
    _put_count(row, data["count"])
    _put_period(row, "covers", data["covers"])
    _put_period(row, "as_of", data["as_of"])
    _put_source(row, "claimant", data["claimant"])
    _put_count(row, data["exchange_count"], "exchange_count")
    for key in ("relayed_by", "quotes", "notes"):
        row[key] = _json_cell(data[key])
    return row


def _line(row: dict[str, str]) -> str:
    """The CSV line of ``row``: its cells in column order, every column it lacks left empty."""
    cells = [""] * len(COLUMNS)
    for key, value in row.items():
        index = _COLUMN_INDEX.get(key)
        if index is not None:
            cells[index] = quoted_cell(neutralise(value))
    return ",".join(cells) + "\n"


# -- the direct writer: rows written from the records themselves --------------------------
#
# The functions above build a dict per row from ``to_data``; the ones below write
# the same line straight from the record, with the cells of shared parties,
# sources, periods and counts remembered per object. The tests compare the two.
# An enum's ``_value_`` is its ``value`` without the descriptor call.


def _cell(text: str) -> str:
    """``text`` as one cell: ``_quoted(neutralise(text))`` in a single call."""
    if not text or text[0] in FORMULA_TRIGGERS:
        text = "'" + text
    if '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


class _ValueCells(dict[str, str]):
    """The cell of each enum value, made the first time the value is written."""

    def __missing__(self, value: str) -> str:
        cell = self[value] = _cell(value)
        return cell


_value_cells = _ValueCells()


def _gap(after: str, before: str) -> str:
    """The separators from the cell of column ``after`` to the cell of column ``before``."""
    count = _COLUMN_INDEX[before] - _COLUMN_INDEX[after]
    if count < 1:
        raise AssertionError(f"column {before} must come after {after}")
    return "," * count


def _to_end(after: str) -> str:
    """The separators after column ``after``'s cell to the end of the row, and the line end."""
    return "," * (len(COLUMNS) - 1 - _COLUMN_INDEX[after]) + "\n"


_JSON_TEXT = TextFunctions(CELL)


def _json_field_cell(cls: type[Any], name: str) -> Callable[[Any], str]:
    """The cell of field ``name`` of ``cls`` written as JSON, as ``_json_cell`` writes it.

    The text function is generated (and compiled) by the first cell written, not
    when the module is imported: plugin discovery imports it.
    """
    text: Callable[[Any], str] | None = None

    def cell(value: Any) -> str:
        nonlocal text
        if text is None:
            text = _JSON_TEXT.value(attrs.fields_dict(attrs.resolve_types(cls))[name].type)
        return _cell(text(value))

    return cell


_REGISTERED = {party.code: party for party in DEFAULT_REGISTRY}
_aliases_cell = _json_field_cell(Party, "aliases")


def _party_text(party: Party) -> str:
    """The three cells of a party: a registered one is its code alone."""
    if _REGISTERED.get(party.code) == party:
        return _cell(party.code) + ",,"
    return f"{_cell(party.code)},{_cell(party.name)},{_aliases_cell(party.aliases)}"


_party_cells = remembered(_party_text)
_NO_PARTY = "," * 2


def _source_text(source: Source) -> str:
    """The seven cells of a source: name, kind, its party's three, url and published date."""
    party = _NO_PARTY if source.party is None else _party_cells(source.party)
    url = "" if source.url is None else _cell(source.url)
    published = "" if source.published is None else _cell(date.isoformat(source.published))
    return f"{_cell(source.name)},{_value_cells[source.kind._value_]},{party},{url},{published}"


_source_cells = remembered(_source_text)
_NO_SOURCE = "," * 6


def _period_text(period: Period) -> str:
    """The three cells of a period: start, end and precision."""
    start, end = date.isoformat(period.start), date.isoformat(period.end)
    return f"{_cell(start)},{_cell(end)},{_value_cells[period.precision._value_]}"


_period_cells = remembered(_period_text)


def _count_text(count: Count) -> str:
    """The four cells of a count: low, high, best (empty when unknown) and qualifier."""
    low, high, best = count.low, count.high, count.best
    return ",".join(
        (
            _cell(str(low)),
            "" if high is None else _cell(str(high)),
            "" if best is None else _cell(str(best)),
            _value_cells[count.qualifier._value_],
        )
    )


_count_cells = remembered(_count_text)
_NO_COUNT = "," * 3

_intermediaries_cell = _json_field_cell(Exchange, "intermediaries")
_sources_cell = _json_field_cell(Exchange, "sources")
_notes_cell = _json_field_cell(Exchange, "notes")
_quotes_cell = _json_field_cell(Exchange, "quotes")
_caveats_cell = _json_field_cell(CasualtyClaim, "caveats")
_relayed_cell = _json_field_cell(CasualtyClaim, "relayed_by")

_X = (
    _cell("exchange") + _gap("record_type", "id"),
    _gap("id", "kind"),
    _gap("kind", "period_start"),
    _gap("period_precision", "intermediaries"),
    _gap("intermediaries", "sources"),
    _gap("sources", "notes"),
    _gap("notes", "sender"),
    _gap("sender_aliases", "receiver"),
    _gap("receiver_aliases", "category"),
    _gap("category", "count_low"),
    _gap("count_qualifier", "attributed_to_name"),
    _gap("attributed_to_published", "quotes"),
    _to_end("quotes"),
)
"""The separators of an exchange's rows, in the order of its cells."""


def _exchange_lines(exchange: Exchange) -> str:
    """The lines of an exchange's rows, one per transfer, its own cells on each."""
    x = _X
    head = (
        f"{x[0]}{_cell(exchange.id)}{x[1]}{_value_cells[exchange.kind._value_]}{x[2]}"
        f"{_period_cells(exchange.period)}{x[3]}{_intermediaries_cell(exchange.intermediaries)}"
        f"{x[4]}{_sources_cell(exchange.sources)}{x[5]}{_notes_cell(exchange.notes)}{x[6]}"
    )
    tail = f"{x[11]}{_quotes_cell(exchange.quotes)}{x[12]}"
    return "".join(
        [
            f"{head}{_party_cells(t.sender)}{x[7]}{_party_cells(t.receiver)}{x[8]}"
            f"{_value_cells[t.category._value_]}{x[9]}{_count_cells(t.count)}{x[10]}"
            f"{_NO_SOURCE if t.attributed_to is None else _source_cells(t.attributed_to)}{tail}"
            for t in exchange.transfers
        ]
    )


_C = (
    _cell("claim") + _gap("record_type", "id"),
    _gap("id", "category"),
    _gap("category", "count_low"),
    _gap("count_qualifier", "subject"),
    _gap("subject_aliases", "covers_start"),
    _gap("covers_precision", "as_of_start"),
    _gap("as_of_precision", "claimant_name"),
    _gap("claimant_published", "method"),
    _gap("method", "scope"),
    _gap("scope", "population"),
    _gap("population", "caveats"),
    _gap("caveats", "relayed_by"),
    _gap("relayed_by", "quotes"),
    _to_end("quotes"),
)
"""The separators of a claim's row, in the order of its cells."""


def _claim_line(claim: CasualtyClaim) -> str:
    """The line of a claim's row."""
    c = _C
    return (
        f"{c[0]}{_cell(claim.id)}{c[1]}{_value_cells[claim.category._value_]}{c[2]}"
        f"{_count_cells(claim.count)}{c[3]}{_party_cells(claim.subject)}{c[4]}"
        f"{_period_cells(claim.covers)}{c[5]}{_period_cells(claim.as_of)}{c[6]}"
        f"{_source_cells(claim.claimant)}{c[7]}{_value_cells[claim.method._value_]}{c[8]}"
        f"{_value_cells[claim.scope._value_]}{c[9]}{_value_cells[claim.population._value_]}{c[10]}"
        f"{_caveats_cell(claim.caveats)}{c[11]}{_relayed_cell(claim.relayed_by)}{c[12]}"
        f"{_quotes_cell(claim.quotes)}{c[13]}"
    )


_T = (
    _cell("tally") + _gap("record_type", "id"),
    _gap("id", "notes"),
    _gap("notes", "sender"),
    _gap("sender_aliases", "receiver"),
    _gap("receiver_aliases", "category"),
    _gap("category", "count_low"),
    _gap("count_qualifier", "covers_start"),
    _gap("covers_precision", "as_of_start"),
    _gap("as_of_precision", "claimant_name"),
    _gap("claimant_published", "relayed_by"),
    _gap("relayed_by", "exchange_count_low"),
    _gap("exchange_count_qualifier", "quotes"),
    _to_end("quotes"),
)
"""The separators of a tally's row, in the order of its cells."""


def _tally_line(tally: ExchangeTally) -> str:
    """The line of a stated tally's row."""
    t = _T
    sender = _NO_PARTY if tally.sender is None else _party_cells(tally.sender)
    exchanges = _NO_COUNT if tally.exchange_count is None else _count_cells(tally.exchange_count)
    people = _NO_COUNT if tally.count is None else _count_cells(tally.count)
    return (
        f"{t[0]}{_cell(tally.id)}{t[1]}{_notes_cell(tally.notes)}{t[2]}{sender}{t[3]}"
        f"{_party_cells(tally.receiver)}{t[4]}{_value_cells[tally.category._value_]}{t[5]}"
        f"{people}{t[6]}{_period_cells(tally.covers)}{t[7]}"
        f"{_period_cells(tally.as_of)}{t[8]}{_source_cells(tally.claimant)}{t[9]}"
        f"{_relayed_cell(tally.relayed_by)}{t[10]}{exchanges}{t[11]}"
        f"{_quotes_cell(tally.quotes)}{t[12]}"
    )


_LINES: dict[type[Any], Callable[[Any], str]] = {
    Exchange: _exchange_lines,
    CasualtyClaim: _claim_line,
    ExchangeTally: _tally_line,
}
"""The direct writer of each record class, by exact class.

A subclass, or a record the direct writer fails on (a field holding something
other than its declared type), takes the dict path, which writes it as before
or raises its own error.
"""


def _lines(lines: dict[type[Any], Callable[[Any], str]], record: Record) -> str:
    """The lines of ``record``'s rows, by its direct writer when it has one."""
    line = lines.get(type(record))
    if line is not None:
        try:
            return line(record)
        except Exception:  # the dict path writes it, or raises its own error
            pass
    return _dict_lines(record)


def _dict_lines(record: object) -> str:
    """The lines of ``record`` built through its data and a dict per row (the reference path)."""
    if isinstance(record, Exchange):
        return "".join(map(_line, _exchange_rows(to_data(record))))
    if isinstance(record, CasualtyClaim):
        return _line(_claim_row(to_data(record)))
    if isinstance(record, ExchangeTally):
        return _line(_tally_row(to_data(record)))
    raise TypeError(f"cannot write {type(record).__name__}; expected a record")


class CsvExporter(Exporter):
    """Writes one table: a header, provenance rows, then a row per transfer, claim and tally."""

    name = "csv"
    description = "CSV: one flat table, a row per transfer, claim and tally; spreadsheet-safe"
    suffixes = (".csv",)
    media_types = ("text/csv",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        """Write the table with ``\\n`` line ends; open files with ``newline=""``."""
        _reject_options(self.name, options)
        stream.write(csv_line(COLUMNS))
        for entry in provenance:
            stream.write(_line({"record_type": "provenance", "provenance": entry}))
        lines = _LINES
        write = stream.write
        try:
            for record in records:
                write(_lines(lines, record))
        finally:
            clear_caches()


# -- reading ---------------------------------------------------------------------------


@attrs.define
class _Row:
    """One data row: its first line in the file and its non-empty cells, already restored."""

    line: int
    cells: dict[str, str]

    def get(self, column: str) -> str | None:
        return self.cells.get(column)


def _column(path: str) -> str:
    """The CSV column holding the field at JSON ``path`` (relative to one row's record).

    ``.count.low`` is ``count_low``; a party's ``code`` is the party's own
    column; inside a JSON cell the rest of the path is kept: ``sources[1].name``.
    """
    tokens = [(m.group(1), m.group(0)) for m in _PATH_TOKEN.finditer(path)]
    names: list[str] = []
    for position, (name, _text) in enumerate(tokens):
        if name is None:
            return "_".join(names) + "".join(t for _, t in tokens[position:])
        names.append(name)
        if "_".join(names) in _JSON_COLUMNS:
            return "_".join(names) + "".join(t for _, t in tokens[position + 1 :])
    if len(names) > 1 and names[-1] == "code":
        names.pop()
    return "_".join(names)


class _Cells:
    """Turns a row's cells into the JSON data of a record, noting every unreadable cell."""

    def __init__(self, row: _Row) -> None:
        self.row = row
        self.problems: list[Problem] = []

    def text(self, data: dict[str, Any], key: str, column: str) -> None:
        value = self.row.get(column)
        if value is not None:
            data[key] = value

    def number(self, data: dict[str, Any], key: str, column: str, *, nullable: bool) -> None:
        value = self.row.get(column)
        if value is None:
            if nullable:
                data[key] = None
            return
        if _WHOLE_NUMBER.fullmatch(value):
            try:
                data[key] = int(value)
            except ValueError:  # more digits than Python converts
                self.problems.append(Problem(column, "the number is too long"))
            return
        self.problems.append(Problem(column, f"expected a whole number, got {value!r}"))

    def json(self, data: dict[str, Any], key: str, column: str) -> None:
        value = self.row.get(column)
        if value is None:
            return
        try:
            data[key] = json.loads(value)
        except json.JSONDecodeError as exc:
            self.problems.append(
                Problem(column, f"expected JSON in this cell ({exc.msg} at column {exc.colno})")
            )
        except (ValueError, RecursionError) as exc:
            self.problems.append(Problem(column, f"expected JSON in this cell ({exc})"))

    def party(self, data: dict[str, Any], key: str, prefix: str) -> None:
        code, name = self.row.get(prefix), self.row.get(f"{prefix}_name")
        party: dict[str, Any] = {}
        self.json(party, "aliases", f"{prefix}_aliases")
        if name is None and not party:
            if code is not None:
                data[key] = code
            return
        self.text(party, "code", prefix)
        self.text(party, "name", f"{prefix}_name")
        data[key] = party

    def source(self, data: dict[str, Any], key: str, prefix: str, *, required: bool) -> None:
        columns = _source_columns(prefix)
        if not required and all(self.row.get(c) is None for c in columns):
            return
        source: dict[str, Any] = {}
        for part in ("name", "kind", "url", "published"):
            self.text(source, part, f"{prefix}_{part}")
        self.party(source, "party", f"{prefix}_party")
        data[key] = source

    def period(self, data: dict[str, Any], key: str, prefix: str) -> None:
        period: dict[str, Any] = {}
        for part in ("start", "end", "precision"):
            self.text(period, part, f"{prefix}_{part}")
        data[key] = period

    def count(self, data: dict[str, Any], key: str = "count", *, required: bool = True) -> None:
        """The count in the ``{key}_*`` columns; an optional one is absent when all are empty."""
        if not required and all(self.row.get(c) is None for c in _count_columns(key)):
            return
        count: dict[str, Any] = {}
        self.number(count, "low", f"{key}_low", nullable=False)
        self.number(count, "high", f"{key}_high", nullable=True)
        self.number(count, "best", f"{key}_best", nullable=False)
        self.text(count, "qualifier", f"{key}_qualifier")
        data[key] = count

    def exchange(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        self.text(data, "id", "id")
        self.text(data, "kind", "kind")
        self.period(data, "period", "period")
        for key in ("intermediaries", "sources", "notes", "quotes"):
            self.json(data, key, key)
        return data

    def transfer(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        self.party(data, "sender", "sender")
        self.party(data, "receiver", "receiver")
        self.text(data, "category", "category")
        self.count(data)
        self.source(data, "attributed_to", "attributed_to", required=False)
        return data

    def claim(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        self.text(data, "id", "id")
        self.party(data, "subject", "subject")
        self.text(data, "category", "category")
        self.count(data)
        self.period(data, "covers", "covers")
        self.period(data, "as_of", "as_of")
        self.source(data, "claimant", "claimant", required=True)
        for key in ("method", "scope", "population"):
            self.text(data, key, key)
        for key in ("caveats", "relayed_by", "quotes"):
            self.json(data, key, key)
        return data

    def tally(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        self.text(data, "id", "id")
        self.party(data, "sender", "sender")
        self.party(data, "receiver", "receiver")
        self.text(data, "category", "category")
        self.count(data, required=False)
        self.period(data, "covers", "covers")
        self.period(data, "as_of", "as_of")
        self.source(data, "claimant", "claimant", required=True)
        self.count(data, "exchange_count", required=False)
        for key in ("relayed_by", "quotes", "notes"):
            self.json(data, key, key)
        return data


@attrs.define
class _Group:
    """The rows of one exchange, gathered by id wherever they stand in the file."""

    rows: list[_Row] = attrs.field(factory=list)


class _Reader:
    """Reads the table row by row: claims, tallies and provenance at once, exchanges at the end."""

    def __init__(self, stream: TextIO, source: str) -> None:
        self.source = source
        self.reader = csv.reader(stream)
        self.header: tuple[str, ...] = ()
        self.groups: dict[object, _Group] = {}

    def error(self, message: str, line: int, field: str | None = None) -> ParseError:
        return ParseError(message, source=self.source, line=line, field=field)

    def rows(self) -> Iterator[list[str]]:
        """The rows of the file; a CSV syntax error stops reading with a ParseError."""
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise self.error(f"unreadable CSV: {exc}", self.reader.line_num) from None
            except UnicodeDecodeError as exc:
                raise self.error(
                    f"the input is not text in the expected encoding ({exc.reason}); "
                    "exchangekit files are UTF-8",
                    self.reader.line_num + 1,
                ) from None
            yield row

    def read_header(self, row: list[str]) -> None:
        header = [cell.strip() for cell in row]
        if header:
            header[0] = header[0].removeprefix("\ufeff")
        known = set(COLUMNS)
        for name in header:
            if name not in known:
                raise self.error(
                    f"unknown column {name!r}; the columns are {', '.join(COLUMNS)}", 1, name
                )
        repeated = sorted({name for name in header if header.count(name) > 1})
        if repeated:
            raise self.error(f"column {repeated[0]!r} appears twice", 1, repeated[0])
        if "record_type" not in header:
            raise self.error(
                "the header has no record_type column; an exchangekit table names a "
                "record_type and the columns it uses",
                1,
                "record_type",
            )
        self.header = tuple(header)

    def parse(self) -> Iterator[tuple[int, Item]]:
        """Each item with the line its row (an exchange's first row) starts on."""
        rows = self.rows()
        first = next(rows, None)
        if first is None:
            raise self.error("the table is empty; expected a header row", 1)
        self.read_header(first)
        line = self.reader.line_num + 1
        for cells in rows:
            item = self.row(cells, line)
            if item is not None:
                yield line, item
            line = self.reader.line_num + 1
        for group in self.groups.values():
            yield group.rows[0].line, self.exchange(group)

    def row(self, cells: list[str], line: int) -> Item | None:
        """The item for one row, or ``None`` when it is blank or belongs to an exchange."""
        if not any(cells):
            return None
        extra = cells[len(self.header) :]
        if any(extra):
            position = len(self.header) + next(i for i, cell in enumerate(extra) if cell) + 1
            return self.error(
                f"the row has {len(cells)} cells but the header names {len(self.header)} "
                f"columns; cell {position} holds {extra[position - len(self.header) - 1]!r} "
                "under no column",
                line,
                f"cell {position}",
            )
        values = {
            column: value
            for column, cell in zip(self.header, cells, strict=False)
            if (value := restore(cell)) is not None
        }
        row = _Row(line, values)
        record_type = row.get("record_type")
        if record_type not in _ALLOWED:
            return self.error(
                f"record_type must be one of {', '.join(_ALLOWED)}; got {record_type!r}",
                line,
                "record_type",
            )
        stray = [column for column in values if column not in _ALLOWED[record_type]]
        if stray:
            return self.error(
                f"the column {stray[0]} does not apply to {record_type} rows; leave it empty",
                line,
                stray[0],
            )
        if record_type == "provenance":
            entry = row.get("provenance")
            if entry is None:
                return self.error("a provenance row needs an entry", line, "provenance")
            try:
                return Provenance(from_data(entry, str, path="provenance"))
            except DataError as exc:
                return parse_error(exc, source=self.source, line=line)
        if record_type == "claim":
            return self.single(row, CasualtyClaim)
        if record_type == "tally":
            return self.single(row, ExchangeTally)
        return self.gather(row)

    def single(self, row: _Row, cls: type[CasualtyClaim] | type[ExchangeTally]) -> Item:
        """The claim or tally that one row holds, or the error naming its line and column."""
        cells = _Cells(row)
        data = cells.claim() if cls is CasualtyClaim else cells.tally()
        if cells.problems:
            return self.cell_error(cells.problems, row.line)
        try:
            return from_data(data, cls)
        except DataError as exc:
            return parse_error(exc, source=self.source, line=row.line, field=_field)

    def gather(self, row: _Row) -> ParseError | None:
        """File an exchange row under its id; a row without an id is an exchange of its own.

        A row whose exchange fields differ from those of the id's first row is
        reported and left out, so a stray row cannot spoil the exchange.
        """
        key: object = row.get("id") or object()
        group = self.groups.setdefault(key, _Group())
        if group.rows:
            first = group.rows[0]
            for column in (*_EXCHANGE_COLUMNS, "quotes"):
                if row.get(column) != first.get(column):
                    return self.error(
                        f"this row of exchange {row.get('id')!r} disagrees with its first row "
                        f"(line {first.line}) on {column}, so it is left out; an exchange's own "
                        "fields must repeat unchanged on every transfer row",
                        row.line,
                        column,
                    )
        group.rows.append(row)
        return None

    def exchange(self, group: _Group) -> Item:
        first = _Cells(group.rows[0])
        data = first.exchange()
        if first.problems:
            return self.cell_error(first.problems, group.rows[0].line)
        transfers = []
        for row in group.rows:
            cells = _Cells(row)
            transfers.append(cells.transfer())
            if cells.problems:
                return self.cell_error(cells.problems, row.line)
        data["transfers"] = transfers
        try:
            return from_data(data, Exchange)
        except DataError as exc:
            problem = exc.problems[0] if exc.problems else Problem("$", "")
            match = re.match(r"\$\.transfers\[([0-9]+)\]", problem.path)
            line = group.rows[int(match.group(1))].line if match else group.rows[0].line
            return parse_error(exc, source=self.source, line=line, field=_field)

    def cell_error(self, problems: list[Problem], line: int) -> ParseError:
        # Problems found in cells already carry column names as their paths.
        return parse_error(DataError(tuple(problems)), source=self.source, line=line)


def _field(path: str) -> str:
    """The column (and path inside a JSON cell) for a JSON path in a row's record."""
    relative = re.sub(r"^\$(\.transfers\[[0-9]+\])?", "", path)
    return _column(relative) or "id"


class CsvParser(Parser):
    """Reads the table back into records, regrouping each exchange's transfer rows by id."""

    name = "csv"
    description = "CSV: one flat table, a row per transfer, claim and tally; spreadsheet-safe"
    suffixes = (".csv",)
    media_types = ("text/csv",)

    def sniff(self, head: str) -> bool:
        """The first line is a header naming the ``record_type`` column."""
        first = head.lstrip("\ufeff").partition("\n")[0]
        return "record_type" in (cell.strip().strip('"') for cell in first.split(","))

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        """Yield provenance, claims and tallies as their rows are read, then the exchanges."""
        _reject_options(self.name, options)
        return NumberedItems(_Reader(stream, source).parse())


# -- plugin hooks -------------------------------------------------------------------------


@hookimpl
def exchangekit_parsers() -> list[type[Parser]]:
    """The CSV parser."""
    return [CsvParser]


@hookimpl
def exchangekit_exporters() -> list[type[Exporter]]:
    """The CSV exporter."""
    return [CsvExporter]
