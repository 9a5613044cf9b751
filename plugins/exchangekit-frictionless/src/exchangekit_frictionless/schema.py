"""The tables of an exchangekit data package and their Table Schemas, as plain data.

Each :class:`Table` is one CSV resource; its :meth:`Table.schema` is the
Frictionless Table Schema written into ``datapackage.json``, and the reader
uses the same columns, so what is written and what is read never drift apart.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from exchangekit import (
    CasualtyCategory,
    ClaimMethod,
    ExchangeKind,
    PersonCategory,
    Population,
    Precision,
    Qualifier,
    SourceKind,
)
from exchangekit.vocabulary import ClaimScope

__all__ = [
    "FORMAT_VERSION",
    "PACKAGE_NAME",
    "PROFILE_KEY",
    "TABLES",
    "Column",
    "ForeignKey",
    "RecordTable",
    "Table",
    "package_descriptor",
    "table",
]

FORMAT_VERSION = 1
"""The version of this package layout, written under ``datapackage.json``'s ``exchangekit`` key."""

PROFILE_KEY = "exchangekit"
"""The custom property of ``datapackage.json`` holding the layout version and the provenance."""


@attrs.frozen
class Column:
    """One field of a table: its name, Table Schema type, description and constraints."""

    name: str
    type: str
    description: str
    required: bool = False
    minimum: int | None = None
    enum: tuple[str, ...] | None = None

    def field(self) -> dict[str, Any]:
        """The Table Schema field descriptor of this column."""
        descriptor: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "description": self.description,
        }
        if self.type == "date":
            descriptor["format"] = "default"  # ISO 8601, YYYY-MM-DD
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if self.enum is not None:
            constraints["enum"] = list(self.enum)
        if constraints:
            descriptor["constraints"] = constraints
        return descriptor


@attrs.frozen
class ForeignKey:
    """Columns of one table whose values must be the key of a row in another table."""

    columns: tuple[str, ...]
    table: str
    key: tuple[str, ...] = ("id",)

    def descriptor(self) -> dict[str, Any]:
        """The Table Schema ``foreignKeys`` entry."""
        return {
            "fields": list(self.columns),
            "reference": {"resource": self.table, "fields": list(self.key)},
        }


@attrs.frozen
class Table:
    """One CSV resource: its name, what a row is, its columns and keys."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def path(self) -> str:
        """The CSV file's path inside the package."""
        return f"{self.name}.csv"

    @property
    def header(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(column.name for column in self.columns)

    def schema(self) -> dict[str, Any]:
        """The Table Schema of this table."""
        schema: dict[str, Any] = {
            "fields": [column.field() for column in self.columns],
            "primaryKey": list(self.primary_key),
            "missingValues": [""],
        }
        if self.foreign_keys:
            schema["foreignKeys"] = [key.descriptor() for key in self.foreign_keys]
        return schema

    def resource(self) -> dict[str, Any]:
        """The Data Package resource descriptor of this table."""
        return {
            "name": self.name,
            "path": self.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": self.description,
            "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True},
            "schema": self.schema(),
        }


def _values(cls: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in cls)


def _text(name: str, description: str, *, required: bool = False) -> Column:
    return Column(name, "string", description, required=required)


def _choice(name: str, cls: type[enum.Enum], description: str, *, required: bool = True) -> Column:
    return Column(name, "string", description, required=required, enum=_values(cls))


def _count(prefix: str, what: str, *, required: bool = True) -> tuple[Column, ...]:
    """The four columns of a :class:`~exchangekit.Count`: low, best, high and qualifier."""
    return (
        Column(f"{prefix}low", "integer", f"Lower bound of {what}.", required, minimum=0),
        Column(
            f"{prefix}best",
            "integer",
            f"The single figure the source gave for {what}; empty when it gave none.",
            minimum=0,
        ),
        Column(
            f"{prefix}high",
            "integer",
            f"Upper bound of {what}; empty when unbounded above (as in 'more than').",
            minimum=0,
        ),
        _choice(
            f"{prefix}qualifier",
            Qualifier,
            f"How {what} was stated (exact, approximate, at least, ...).",
            required=required,
        ),
    )


def _period(prefix: str, what: str) -> tuple[Column, ...]:
    """The three columns of a :class:`~exchangekit.Period`: start, end and precision."""
    return (
        Column(f"{prefix}_start", "date", f"First day of {what}.", required=True),
        Column(f"{prefix}_end", "date", f"Last day of {what} (inclusive).", required=True),
        _choice(f"{prefix}_precision", Precision, f"How precisely {what} is known."),
    )


def _party(name: str, description: str, *, required: bool = True) -> Column:
    return _text(name, f"{description} (an id in the parties table).", required=required)


def _source(name: str, description: str, *, required: bool = True) -> Column:
    return _text(name, f"{description} (an id in the sources table).", required=required)


class RecordTable(enum.Enum):
    """The tables whose rows are records, as named in the quotes and citations tables."""

    EXCHANGES = "exchanges"
    CLAIMS = "claims"
    TALLIES = "tallies"


TABLES: tuple[Table, ...] = (
    Table(
        "exchanges",
        "One row per exchange: a prisoner swap, a handover of remains, a return of civilians.",
        (
            _text("id", "The exchange's id, unique in this table.", required=True),
            _choice("kind", ExchangeKind, "What kind of exchange it was."),
            *_period("period", "the span in which the exchange took place"),
            Column(
                "intermediaries",
                "array",
                "JSON array of the ids (in the parties table) of those who mediated or assisted.",
            ),
            Column("notes", "array", "JSON array of free-text notes on the exchange."),
        ),
        ("id",),
    ),
    Table(
        "transfers",
        "One row per direction of an exchange: who handed over how many of whom to whom.",
        (
            _text("exchange_id", "The exchange this transfer belongs to.", required=True),
            Column(
                "position",
                "integer",
                "Order of the transfer within its exchange, from 0.",
                required=True,
                minimum=0,
            ),
            _party("sender", "Who handed the people over"),
            _party("receiver", "Who received them"),
            _choice("category", PersonCategory, "Who or what was transferred."),
            *_count("", "the number of people transferred"),
            _source(
                "attributed_to",
                "Who vouches for the figure or its description, as in 'according to the "
                "Russian side'; empty when nobody is named",
                required=False,
            ),
        ),
        ("exchange_id", "position"),
        (
            ForeignKey(("exchange_id",), "exchanges"),
            ForeignKey(("sender",), "parties"),
            ForeignKey(("receiver",), "parties"),
            ForeignKey(("attributed_to",), "sources"),
        ),
    ),
    Table(
        "claims",
        "One row per casualty claim: a figure someone stated about someone's losses.",
        (
            _text("id", "The claim's id, unique in this table.", required=True),
            _party("subject", "Whose losses the figure counts"),
            _choice("category", CasualtyCategory, "What kind of loss is counted."),
            *_count("", "the number of losses claimed"),
            *_period("covers", "the span in which the losses occurred"),
            *_period("as_of", "the time at which the figure was stated or current"),
            _source("claimant", "Who stated the figure"),
            _choice("method", ClaimMethod, "How the figure was arrived at."),
            _choice("scope", ClaimScope, "Whether it counts one incident, a period or a total."),
            _choice("population", Population, "Whose dead it counts: combatants, civilians..."),
            Column("caveats", "array", "JSON array of the caveats the claimant attached."),
        ),
        ("id",),
        (ForeignKey(("subject",), "parties"), ForeignKey(("claimant",), "sources")),
    ),
    Table(
        "tallies",
        "One row per stated running total of transfers, as in 'since 2022, some 9,000 bodies'.",
        (
            _text("id", "The tally's id, unique in this table.", required=True),
            _party("receiver", "Who received the people counted"),
            _party(
                "sender", "Who handed them over; empty when the tally names nobody", required=False
            ),
            _choice("category", PersonCategory, "Who or what was transferred."),
            *_count(
                "",
                "the number of people the tally states (all four empty when it gives only "
                "a number of exchanges)",
                required=False,
            ),
            *_count(
                "exchange_count_",
                "the number of exchanges the tally says it counts (all four empty when "
                "it does not say)",
                required=False,
            ),
            *_period("covers", "the span the tally covers"),
            *_period("as_of", "the time at which the tally was stated or current"),
            _source("claimant", "Who stated the tally"),
            Column("notes", "array", "JSON array of free-text notes on the tally."),
        ),
        ("id",),
        (
            ForeignKey(("receiver",), "parties"),
            ForeignKey(("sender",), "parties"),
            ForeignKey(("claimant",), "sources"),
        ),
    ),
    Table(
        "sources",
        "One row per distinct source: who published or said something.",
        (
            _text("id", "The source's id, made from its content.", required=True),
            _text("name", "The source's name as given.", required=True),
            _choice("kind", SourceKind, "What kind of body the source is."),
            _party("party", "The party the source speaks for; empty for none", required=False),
            _text("url", "Where the source published, if known."),
            Column("published", "date", "When the source published, if known."),
        ),
        ("id",),
        (ForeignKey(("party",), "parties"),),
    ),
    Table(
        "quotes",
        "One row per quote: the words a record was read from.",
        (
            _choice(
                "record_table",
                RecordTable,
                "The table of the record the quote belongs to.",
            ),
            _text("record_id", "The id of that record in its table.", required=True),
            Column(
                "position",
                "integer",
                "Order of the quote within its record, from 0.",
                required=True,
                minimum=0,
            ),
            _text("text", "The quoted words.", required=True),
            Column("start", "integer", "Character offset where the quote starts.", minimum=0),
            Column("end", "integer", "Character offset where the quote ends.", minimum=0),
            _text("document", "The document quoted (often its url), if known."),
        ),
        ("record_table", "record_id", "position"),
    ),
    Table(
        "citations",
        "One row per source a record cites beyond its claimant: the sources of an exchange, "
        "and who relayed a claim or a tally.",
        (
            _choice("record_table", RecordTable, "The table of the citing record."),
            _text("record_id", "The id of that record in its table.", required=True),
            Column(
                "position",
                "integer",
                "Order of the source within its record's list, from 0.",
                required=True,
                minimum=0,
            ),
            _source("source_id", "The source cited"),
        ),
        ("record_table", "record_id", "position"),
        (ForeignKey(("source_id",), "sources"),),
    ),
    Table(
        "parties",
        "One row per party named anywhere in the package: states, armed groups, mediators.",
        (
            _text(
                "id",
                "The party's id: its code, with a suffix such as '~2' only when two different "
                "parties share a code.",
                required=True,
            ),
            _text("code", "The party's code, such as UKR or RUS+UKR.", required=True),
            _text("name", "The party's name.", required=True),
            Column("aliases", "array", "JSON array of other names the party is known by."),
        ),
        ("id",),
    ),
)
"""Every table of the package, in the order ``datapackage.json`` lists them."""


def table(name: str) -> Table:
    """The table called ``name``."""
    return next(t for t in TABLES if t.name == name)


PACKAGE_NAME = "exchangekit-dataset"
"""The ``name`` written into ``datapackage.json``."""


def package_descriptor(provenance: tuple[str, ...], *, name: str = PACKAGE_NAME) -> dict[str, Any]:
    """The ``datapackage.json`` of a package of the given provenance."""
    return {
        "profile": "tabular-data-package",
        "name": name,
        "title": "exchangekit dataset",
        "description": (
            "Humanitarian exchanges, casualty claims and stated tallies written by exchangekit; "
            "each figure keeps its bounds, its qualifier, its dates and who stated it."
        ),
        PROFILE_KEY: {"version": FORMAT_VERSION, "provenance": list(provenance)},
        "resources": [t.resource() for t in TABLES],
    }
