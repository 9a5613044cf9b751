"""Tidy analysis tables of a dataset, as Apache Arrow tables or pandas DataFrames.

:func:`to_arrow` and :func:`to_pandas` turn a :class:`~exchangekit.models.Dataset`
into one table per kind of row — a row per exchange, per transfer, per claim,
per tally, per cited source, per quote and per party — so that DuckDB, Polars,
Spark or pandas can group and join them without reading JSON out of cells.
Counts keep their interval as three nullable integer columns (``low``,
``best``, ``high``) beside their ``qualifier``; periods are a ``_start`` and an
``_end`` date and a ``_precision`` category; parties are their codes.

This module needs the optional ``arrow`` extra (``pip install
'exchangekit[arrow]'``, and ``'exchangekit[pandas]'`` for :func:`to_pandas`);
pyarrow and pandas are imported when a function is first called, never when
exchangekit is imported.
"""

from __future__ import annotations

import enum
import importlib
import json
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from exchangekit.counts import Count
from exchangekit.errors import ExchangekitError, ExportError
from exchangekit.models import CasualtyClaim, Dataset, Exchange, ExchangeTally, Quote, Source
from exchangekit.parties import Party
from exchangekit.periods import Period
from exchangekit.vocabulary import (
    CasualtyCategory,
    ClaimMethod,
    ClaimScope,
    ExchangeKind,
    PersonCategory,
    Population,
    Precision,
    Qualifier,
    SourceKind,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "PROVENANCE_KEY",
    "RECORD_TYPES",
    "SOURCE_ROLES",
    "TABLES",
    "MissingDependencyError",
    "columns",
    "to_arrow",
    "to_pandas",
]

TABLES: tuple[str, ...] = (
    "exchanges",
    "transfers",
    "claims",
    "tallies",
    "sources",
    "quotes",
    "parties",
)
"""The names of the tables :func:`to_arrow` and :func:`to_pandas` return, in order."""

RECORD_TYPES: tuple[str, ...] = ("exchange", "claim", "tally")
"""The values of the ``record_type`` column of the ``sources`` and ``quotes`` tables."""

SOURCE_ROLES: tuple[str, ...] = ("source", "attributed_to", "claimant", "relayed_by")
"""The values of the ``role`` column of the ``sources`` table: how a record cites a source."""

PROVENANCE_KEY = "exchangekit.provenance"
"""The schema metadata key (and pandas ``attrs`` key) holding the dataset's provenance as JSON."""

_INT64_MAX = 2**63 - 1


class MissingDependencyError(ExchangekitError, ImportError):
    """An optional package a feature needs is not installed; the message says what to install."""


def _optional(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or say which extra to install to get it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"{feature} needs the {module} package, which is not installed; "
            f"install it with: pip install 'exchangekit[{extra}]'"
        ) from exc


# -- the columns --------------------------------------------------------------------------------


@attrs.frozen
class _Column:
    """One column: its name, its kind of value, whether it may be null, and what it holds."""

    name: str
    kind: str  # "text", "integer", "date", "texts" or "category"
    nullable: bool
    description: str
    categories: tuple[str, ...] = ()


def _text(name: str, description: str, *, nullable: bool = False) -> _Column:
    return _Column(name, "text", nullable, description)


def _integer(name: str, description: str, *, nullable: bool = True) -> _Column:
    return _Column(name, "integer", nullable, description)


def _date(name: str, description: str, *, nullable: bool = False) -> _Column:
    return _Column(name, "date", nullable, description)


def _texts(name: str, description: str) -> _Column:
    return _Column(name, "texts", False, description)


def _category(
    name: str,
    values: type[enum.Enum] | tuple[str, ...],
    description: str,
    *,
    nullable: bool = False,
) -> _Column:
    names = values if isinstance(values, tuple) else tuple(str(m.value) for m in values)
    return _Column(name, "category", nullable, description, names)


def _count_columns(prefix: str, what: str, *, nullable: bool = False) -> list[_Column]:
    return [
        _integer(f"{prefix}low", f"the lower bound of the {what}"),
        _integer(f"{prefix}best", f"the single {what} the source gave, if it gave one"),
        _integer(f"{prefix}high", f"the upper bound of the {what}; null when unbounded above"),
        _category(
            f"{prefix}qualifier",
            Qualifier,
            f"how the {what} was stated (exact, approximate, more_than, ...)",
            nullable=nullable,
        ),
    ]


def _period_columns(prefix: str, what: str) -> list[_Column]:
    return [
        _date(f"{prefix}_start", f"the first day {what} may have fallen on"),
        _date(f"{prefix}_end", f"the last day {what} may have fallen on (inclusive)"),
        _category(f"{prefix}_precision", Precision, f"how precisely {what} was dated"),
    ]


_SCHEMAS: dict[str, tuple[_Column, ...]] = {
    "exchanges": (
        _text("id", "the exchange's id"),
        _category("kind", ExchangeKind, "what kind of exchange it was"),
        *_period_columns("period", "the exchange"),
        _texts("intermediaries", "codes of the parties that mediated or assisted"),
        _texts("notes", "free-text notes on the exchange"),
    ),
    "transfers": (
        _text("exchange_id", "the id of the exchange this transfer is part of"),
        _integer("position", "the transfer's place among its exchange's transfers", nullable=False),
        _text("sender", "the code of the party that handed people over"),
        _text("receiver", "the code of the party that received them"),
        _category("category", PersonCategory, "who or what was transferred"),
        *_count_columns("", "figure"),
    ),
    "claims": (
        _text("id", "the claim's id"),
        _text("subject", "the code of the party whose losses the figure counts"),
        _category("category", CasualtyCategory, "which kind of loss the figure counts"),
        *_count_columns("", "figure"),
        *_period_columns("covers", "the losses"),
        *_period_columns("as_of", "the statement"),
        _category("method", ClaimMethod, "how the figure was arrived at"),
        _category("scope", ClaimScope, "whether it is one incident, one period, or cumulative"),
        _category("population", Population, "whose dead or missing it counts"),
        _texts("caveats", "what the claimant or the coder said to be careful about"),
    ),
    "tallies": (
        _text("id", "the tally's id"),
        _text("sender", "the code of the party that handed people over, if named", nullable=True),
        _text("receiver", "the code of the party that received them"),
        _category("category", PersonCategory, "who or what was handed over"),
        *_count_columns("", "figure of people", nullable=True),
        *_count_columns("exchange_count_", "number of exchanges", nullable=True),
        *_period_columns("covers", "the handovers"),
        *_period_columns("as_of", "the statement"),
        _texts("notes", "free-text notes on the tally"),
    ),
    "sources": (
        _text("record_id", "the id of the record citing the source"),
        _category("record_type", RECORD_TYPES, "which table that record is in"),
        _category("role", SOURCE_ROLES, "how the record cites the source"),
        _integer(
            "position",
            "the source's place among the record's sources of this role; for "
            "attributed_to, the position of the transfer it vouches for",
            nullable=False,
        ),
        _text("name", "who published or said it"),
        _category("kind", SourceKind, "what kind of body it is"),
        _text("party", "the code of the party it speaks for, if any", nullable=True),
        _text("url", "where it was published, if known", nullable=True),
        _date("published", "when it was published, if known", nullable=True),
    ),
    "quotes": (
        _text("record_id", "the id of the record read from the quote"),
        _category("record_type", RECORD_TYPES, "which table that record is in"),
        _integer("position", "the quote's place among the record's quotes", nullable=False),
        _text("text", "the words the record was read from"),
        _integer("start", "the character offset of the quote in its document, if known"),
        _integer("end", "the character offset just past the quote, if known"),
        _text("document", "the document the quote is from, if named", nullable=True),
    ),
    "parties": (
        _text("code", "the party's code, as used in every other table"),
        _text("name", "the party's name"),
        _texts("aliases", "other names the party is known by"),
    ),
}


def columns(table: str) -> dict[str, str]:
    """The columns of ``table`` (one of :data:`TABLES`) in order, each with what it holds.

    Needs no optional package, so documentation and schema checks can use it.
    """
    if table not in _SCHEMAS:
        raise KeyError(f"no table is called {table!r}; the tables are {', '.join(TABLES)}")
    return {column.name: column.description for column in _SCHEMAS[table]}


# -- the rows -----------------------------------------------------------------------------------

Row = dict[str, object]


def _count(count: Count | None, prefix: str = "") -> Row:
    if count is None:
        return {f"{prefix}{part}": None for part in ("low", "best", "high", "qualifier")}
    return {
        f"{prefix}low": count.low,
        f"{prefix}best": count.best,
        f"{prefix}high": count.high,
        f"{prefix}qualifier": count.qualifier.value,
    }


def _period(period: Period, prefix: str) -> Row:
    return {
        f"{prefix}_start": period.start,
        f"{prefix}_end": period.end,
        f"{prefix}_precision": period.precision.value,
    }


def _code(party: Party | None) -> str | None:
    return None if party is None else party.code


class _Rows:
    """The rows of every table, gathered in one pass over a dataset's records."""

    def __init__(self) -> None:
        self.tables: dict[str, list[Row]] = {name: [] for name in TABLES}
        self._parties: dict[Party, None] = {}

    def party(self, party: Party | None) -> str | None:
        if party is not None:
            self._parties.setdefault(party)
        return _code(party)

    def source(
        self, record_id: str, record_type: str, role: str, position: int, source: Source
    ) -> None:
        self.tables["sources"].append(
            {
                "record_id": record_id,
                "record_type": record_type,
                "role": role,
                "position": position,
                "name": source.name,
                "kind": source.kind.value,
                "party": self.party(source.party),
                "url": source.url,
                "published": source.published,
            }
        )

    def quotes(self, record_id: str, record_type: str, quotes: Sequence[Quote]) -> None:
        self.tables["quotes"].extend(
            {
                "record_id": record_id,
                "record_type": record_type,
                "position": position,
                "text": quote.text,
                "start": quote.start,
                "end": quote.end,
                "document": quote.document,
            }
            for position, quote in enumerate(quotes)
        )

    def exchange(self, exchange: Exchange) -> None:
        self.tables["exchanges"].append(
            {
                "id": exchange.id,
                "kind": exchange.kind.value,
                **_period(exchange.period, "period"),
                "intermediaries": [self.party(p) for p in exchange.intermediaries],
                "notes": list(exchange.notes),
            }
        )
        for position, transfer in enumerate(exchange.transfers):
            self.tables["transfers"].append(
                {
                    "exchange_id": exchange.id,
                    "position": position,
                    "sender": self.party(transfer.sender),
                    "receiver": self.party(transfer.receiver),
                    "category": transfer.category.value,
                    **_count(transfer.count),
                }
            )
        for position, source in enumerate(exchange.sources):
            self.source(exchange.id, "exchange", "source", position, source)
        for position, transfer in enumerate(exchange.transfers):
            if transfer.attributed_to is not None:
                self.source(
                    exchange.id, "exchange", "attributed_to", position, transfer.attributed_to
                )
        self.quotes(exchange.id, "exchange", exchange.quotes)

    def claim(self, claim: CasualtyClaim) -> None:
        self.tables["claims"].append(
            {
                "id": claim.id,
                "subject": self.party(claim.subject),
                "category": claim.category.value,
                **_count(claim.count),
                **_period(claim.covers, "covers"),
                **_period(claim.as_of, "as_of"),
                "method": claim.method.value,
                "scope": claim.scope.value,
                "population": claim.population.value,
                "caveats": list(claim.caveats),
            }
        )
        self.source(claim.id, "claim", "claimant", 0, claim.claimant)
        for position, source in enumerate(claim.relayed_by):
            self.source(claim.id, "claim", "relayed_by", position, source)
        self.quotes(claim.id, "claim", claim.quotes)

    def tally(self, tally: ExchangeTally) -> None:
        self.tables["tallies"].append(
            {
                "id": tally.id,
                "sender": self.party(tally.sender),
                "receiver": self.party(tally.receiver),
                "category": tally.category.value,
                **_count(tally.count),
                **_count(tally.exchange_count, "exchange_count_"),
                **_period(tally.covers, "covers"),
                **_period(tally.as_of, "as_of"),
                "notes": list(tally.notes),
            }
        )
        self.source(tally.id, "tally", "claimant", 0, tally.claimant)
        for position, source in enumerate(tally.relayed_by):
            self.source(tally.id, "tally", "relayed_by", position, source)
        self.quotes(tally.id, "tally", tally.quotes)

    def finish(self) -> dict[str, list[Row]]:
        self.tables["parties"] = [
            {"code": p.code, "name": p.name, "aliases": list(p.aliases)} for p in self._parties
        ]
        return self.tables


def _rows(dataset: Dataset) -> dict[str, list[Row]]:
    if not isinstance(dataset, Dataset):
        raise TypeError(
            f"expected an exchangekit Dataset, got {type(dataset).__name__}; "
            "build one with Dataset(exchanges=..., claims=..., tallies=...)"
        )
    rows = _Rows()
    for exchange in dataset.exchanges:
        rows.exchange(exchange)
    for claim in dataset.claims:
        rows.claim(claim)
    for tally in dataset.tallies:
        rows.tally(tally)
    return rows.finish()


# -- Arrow --------------------------------------------------------------------------------------


def _arrow_type(pa: Any, column: _Column) -> Any:
    if column.kind == "text":
        return pa.string()
    if column.kind == "integer":
        return pa.int64()
    if column.kind == "date":
        return pa.date32()
    if column.kind == "texts":
        return pa.list_(pa.string())
    return pa.dictionary(pa.int8(), pa.string())


def _schema(pa: Any, table: str, provenance: Sequence[str]) -> Any:
    fields = [
        pa.field(
            column.name,
            _arrow_type(pa, column),
            nullable=column.nullable,
            metadata={"description": column.description},
        )
        for column in _SCHEMAS[table]
    ]
    return pa.schema(fields, metadata={PROVENANCE_KEY: json.dumps(list(provenance))})


def _checked_integers(table: str, column: str, rows: list[Row], key: str) -> list[object]:
    values = [row[column] for row in rows]
    for row, value in zip(rows, values, strict=True):
        if isinstance(value, int) and value > _INT64_MAX:
            raise ExportError(
                f"{value} in the {table} table is larger than a 64-bit integer column holds "
                f"(at most {_INT64_MAX})",
                record=str(row[key]),
                field=column,
            )
    return values


_RECORD_KEY = {
    "exchanges": "id",
    "transfers": "exchange_id",
    "claims": "id",
    "tallies": "id",
    "sources": "record_id",
    "quotes": "record_id",
    "parties": "code",
}


def _array(pa: Any, table: str, column: _Column, rows: list[Row]) -> Any:
    if column.kind == "category":
        index = {value: i for i, value in enumerate(column.categories)}
        indices = pa.array(
            [None if row[column.name] is None else index[str(row[column.name])] for row in rows],
            pa.int8(),
        )
        return pa.DictionaryArray.from_arrays(indices, pa.array(column.categories, pa.string()))
    values: list[object]
    if column.kind == "integer":
        values = _checked_integers(table, column.name, rows, _RECORD_KEY[table])
    else:
        values = [row[column.name] for row in rows]
    return pa.array(values, _arrow_type(pa, column))


def to_arrow(dataset: Dataset) -> dict[str, pa.Table]:
    """The dataset as one :class:`pyarrow.Table` per name in :data:`TABLES`, in that order.

    ``exchanges``, ``claims`` and ``tallies`` have a row per record, keyed by
    ``id``; ``transfers`` a row per transfer, keyed by ``exchange_id`` and
    ``position``; ``sources`` a row per citation (the ``record_id`` and
    ``record_type`` of the record, and the ``role`` it cites the source in);
    ``quotes`` a row per quote; ``parties`` a row per distinct party, whose
    ``code`` the other tables use. See :func:`columns` for every column.
    Each schema's metadata holds the dataset's provenance as a JSON list under
    :data:`PROVENANCE_KEY`, and each field's metadata its ``description``.

    :raises MissingDependencyError: When pyarrow is not installed (an ``ImportError``).
    :raises ~exchangekit.errors.ExportError: For a figure above what a 64-bit
        integer holds, naming the record and the column.
    """
    pa: Any = _optional("pyarrow", "arrow", "exchangekit.tables.to_arrow()")
    rows = _rows(dataset)
    tables: dict[str, pa.Table] = {}
    for name in TABLES:
        schema = _schema(pa, name, dataset.provenance)
        arrays = [_array(pa, name, column, rows[name]) for column in _SCHEMAS[name]]
        tables[name] = pa.Table.from_arrays(arrays, schema=schema)
    return tables


# -- pandas -------------------------------------------------------------------------------------


def _pandas_types(pd: Any, pa: Any) -> Callable[[Any], Any]:
    """Map Arrow integers to pandas' nullable ``Int64``, so a missing bound stays missing."""
    nullable = pd.Int64Dtype()

    def mapper(arrow_type: Any) -> Any:
        return nullable if arrow_type == pa.int64() else None

    return mapper


def to_pandas(dataset: Dataset) -> dict[str, pd.DataFrame]:
    """The tables of :func:`to_arrow` as pandas DataFrames, one per name in :data:`TABLES`.

    Integer columns (``low``, ``best``, ``high``, offsets) have pandas' nullable
    ``Int64`` dtype, so an unbounded ``high`` is ``<NA>``, never a float NaN;
    dates are ``datetime64[ms]`` columns (midnight of each day); categories
    (``qualifier``, ``*_precision``, ``kind``, ...) are ``Categorical`` with every
    value exchangekit knows as a category, present or not; lists (``notes``,
    ``aliases``) are lists. Each frame's ``attrs["provenance"]`` holds the
    dataset's provenance.

    :raises MissingDependencyError: When pyarrow or pandas is not installed.
    """
    pa: Any = _optional("pyarrow", "arrow", "exchangekit.tables.to_pandas()")
    pd: Any = _optional("pandas", "pandas", "exchangekit.tables.to_pandas()")
    mapper = _pandas_types(pd, pa)
    frames: dict[str, pd.DataFrame] = {}
    for name, table in to_arrow(dataset).items():
        frame = table.to_pandas(types_mapper=mapper, date_as_object=False)
        for column in _SCHEMAS[name]:
            if column.kind == "texts":
                frame[column.name] = pd.Series(
                    table.column(column.name).to_pylist(), index=frame.index, dtype=object
                )
        frame.attrs["provenance"] = list(dataset.provenance)
        frames[name] = frame
    return frames
