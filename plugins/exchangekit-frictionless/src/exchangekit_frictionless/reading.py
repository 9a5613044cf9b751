"""Reading a data package back into records: from a zip archive, or a ``datapackage.json`` path.

The tables are read with the standard library's CSV reader by column name, so
their columns may come in any order and extra columns are ignored. Every
problem is a :class:`~exchangekit.errors.ParseError` naming the CSV file, its
line and the column; a bad row is reported and skipped, and the rows after it
are still read.
"""

from __future__ import annotations

import codecs
import csv
import enum
import io
import json
import os
import posixpath
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TextIO, TypeVar

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    Population,
    Precision,
    Qualifier,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.errors import ParseError, RecordValidationError
from exchangekit.formats import Item, Parser, Provenance
from exchangekit.models import Quote
from exchangekit.vocabulary import ClaimScope
from exchangekit_frictionless.schema import PROFILE_KEY, RecordTable, Table, table
from exchangekit_frictionless.writing import DESCRIPTOR

if TYPE_CHECKING:
    import zipfile

__all__ = ["DataPackageParser", "read_package"]

_E = TypeVar("_E", bound=enum.Enum)
_ZIP_MAGIC = b"PK\x03\x04"
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


class _Bad(Exception):
    """A cell that cannot be read; the reader adds the file, line and column."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


class _Row:
    """One CSV row by column name, with readers for each kind of cell."""

    def __init__(self, values: dict[str, str]) -> None:
        self._values = values

    def raw(self, column: str) -> str:
        return self._values.get(column, "")

    def text(self, column: str) -> str:
        value = self.raw(column)
        if not value:
            raise _Bad(column, "is empty, but a value is required")
        return value

    def optional_text(self, column: str) -> str | None:
        return self.raw(column) or None

    def integer(self, column: str) -> int:
        value = self.optional_integer(column)
        if value is None:
            raise _Bad(column, "is empty, but a whole number is required")
        return value

    def optional_integer(self, column: str) -> int | None:
        value = self.raw(column)
        if not value:
            return None
        if not _INTEGER.fullmatch(value):
            raise _Bad(column, f"{value!r} is not a whole number")
        return int(value)

    def day(self, column: str) -> date:
        value = self.optional_day(column)
        if value is None:
            raise _Bad(column, "is empty, but a date (YYYY-MM-DD) is required")
        return value

    def optional_day(self, column: str) -> date | None:
        value = self.raw(column)
        if not value:
            return None
        if _DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise _Bad(column, f"{value!r} is not a calendar date written YYYY-MM-DD")

    def choice(self, column: str, cls: type[_E]) -> _E:
        value = self.raw(column)
        for member in cls:
            if member.value == value:
                return member
        accepted = ", ".join(str(member.value) for member in cls)
        raise _Bad(column, f"{value!r} is not one of {accepted}")

    def texts(self, column: str) -> tuple[str, ...]:
        value = self.raw(column)
        if not value:
            return ()
        try:
            items = json.loads(value)
        except ValueError:
            items = None
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise _Bad(column, f"{value[:60]!r} is not a JSON array of strings")
        return tuple(items)

    def count(self, prefix: str = "") -> Count:
        return Count(
            self.integer(f"{prefix}low"),
            self.optional_integer(f"{prefix}high"),
            self.optional_integer(f"{prefix}best"),
            self.choice(f"{prefix}qualifier", Qualifier),
        )

    def optional_count(self, prefix: str) -> Count | None:
        columns = ("low", "best", "high", "qualifier")
        if not any(self.raw(f"{prefix}{column}") for column in columns):
            return None
        return self.count(prefix)

    def period(self, prefix: str) -> Period:
        return Period(
            self.day(f"{prefix}_start"),
            self.day(f"{prefix}_end"),
            self.choice(f"{prefix}_precision", Precision),
        )


class _Files:
    """The files of a package: members of a zip archive, or files beside ``datapackage.json``."""

    def __init__(self, source: str, archive: zipfile.ZipFile | None, base: Path | None) -> None:
        self.source = source
        self._archive = archive
        self._base = base

    def read(self, path: object, resource: str) -> bytes:
        where = f"{self.source}, resource {resource}"
        if not isinstance(path, str) or not path:
            raise ParseError(
                "has no 'path' naming its CSV file (inline data and multi-part paths are not read)",
                source=where,
            )
        if _URL.match(path):
            raise ParseError(f"is at the url {path!r}; remote tables are not fetched", source=where)
        parts = path.replace("\\", "/").split("/")
        if path.startswith("/") or ".." in parts:
            raise ParseError(
                f"path {path!r} leaves the package; paths must be relative and stay inside it",
                source=where,
            )
        try:
            if self._archive is not None:
                return self._archive.read(posixpath.normpath(path))
            if self._base is None:
                raise ParseError(
                    f"cannot be found: a {DESCRIPTOR} read from a stream has no directory "
                    "for its tables; pass the path of the file, or a zip archive",
                    source=where,
                )
            return (self._base / path).read_bytes()
        except KeyError:
            raise ParseError(f"{path!r} is not in the archive", source=where) from None
        except OSError as exc:
            raise ParseError(
                f"{path!r} cannot be read ({exc.strerror or exc})", source=where
            ) from None


def _open(data: bytes, source: str, name: str | None) -> tuple[dict[str, Any], _Files]:
    """The package descriptor and a way to read its files, from the bytes of the input."""
    if data.startswith(_ZIP_MAGIC):
        import zipfile  # only for a zipped package

        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            text = archive.read(DESCRIPTOR)
        except zipfile.BadZipFile as exc:
            raise ParseError(f"is not a readable zip archive ({exc})", source=source) from None
        except KeyError:
            raise ParseError(
                f"the zip archive has no {DESCRIPTOR} at its top level; is it a data package?",
                source=source,
            ) from None
        files = _Files(source, archive, None)
    else:
        text = data
        base = Path(name).parent if name and os.path.isfile(name) else None
        files = _Files(source, None, base)
    try:
        descriptor = json.loads(text.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ParseError(
            f"{DESCRIPTOR} is not JSON ({exc}); give a zip archive or a {DESCRIPTOR}",
            source=source,
        ) from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise ParseError(
            f"{DESCRIPTOR} is not a data package descriptor: it needs a 'resources' array",
            source=source,
        )
    return descriptor, files


def _provenance(descriptor: dict[str, Any], source: str) -> tuple[str, ...]:
    own = descriptor.get(PROFILE_KEY, {})
    entries = own.get("provenance", []) if isinstance(own, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        raise ParseError(
            f"'{PROFILE_KEY}.provenance' in {DESCRIPTOR} is not an array of strings", source=source
        )
    return tuple(entries)


class _Table:
    """The rows of one table of the package, read as they are iterated."""

    def __init__(self, spec: Table, descriptor: dict[str, Any], files: _Files) -> None:
        self.spec = spec
        resource = next(
            (
                r
                for r in descriptor["resources"]
                if isinstance(r, dict) and r.get("name") == spec.name
            ),
            None,
        )
        self.present = resource is not None
        self.where = f"{files.source}, {spec.path}"
        if resource is None:
            self._text = ""
            return
        path = resource.get("path")
        self.where = f"{files.source}, {path}"
        encoding = resource.get("encoding", "utf-8")
        dialect = resource.get("dialect", {})
        try:
            codecs.lookup(encoding)
            self._text = files.read(path, spec.name).decode(
                "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
            )
        except LookupError:
            raise ParseError(f"unknown encoding {encoding!r}", source=self.where) from None
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"is not {encoding} text ({exc.reason} at byte {exc.start})", source=self.where
            ) from None
        self._delimiter = dialect.get("delimiter", ",") if isinstance(dialect, dict) else ","
        self._quote = dialect.get("quoteChar", '"') if isinstance(dialect, dict) else '"'

    def rows(self) -> Iterator[tuple[int, _Row]]:
        """Each row with the line it starts on; short or long rows and missing columns raise."""
        if not self._text:
            return
        try:
            reader = csv.reader(
                io.StringIO(self._text, newline=""),
                delimiter=self._delimiter,
                quotechar=self._quote,
            )
            header = next(reader, None)
        except (csv.Error, TypeError) as exc:
            raise ParseError(f"cannot be read as CSV ({exc})", source=self.where) from None
        if header is None:
            return
        required = [c.name for c in self.spec.columns if c.required]
        missing = [name for name in required if name not in header]
        if missing:
            raise ParseError(
                f"lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                f"(the {self.spec.name} table needs {', '.join(required)})",
                source=self.where,
                line=1,
            )
        line = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ParseError(str(exc), source=self.where, line=line) from None
            if len(cells) != len(header):
                raise ParseError(
                    f"has {len(cells)} cells, but the header has {len(header)} columns",
                    source=self.where,
                    line=line,
                )
            yield line, _Row(dict(zip(header, cells, strict=True)))
            line = reader.line_num + 1


_Key = tuple[str, str]
"""A record's table and id, as the quotes and citations tables name it."""


class _Reader:
    """Everything read so far: parties and sources by id, and the rows that belong to records."""

    def __init__(self, descriptor: dict[str, Any], files: _Files) -> None:
        self.descriptor = descriptor
        self.files = files
        self.parties: dict[str, Party] = {}
        self.sources: dict[str, Source] = {}
        self.transfers: dict[str, dict[int, tuple[int, Transfer]]] = defaultdict(dict)
        self.quotes: dict[_Key, dict[int, tuple[int, Quote]]] = defaultdict(dict)
        self.citations: dict[_Key, dict[int, tuple[int, Source]]] = defaultdict(dict)
        self.errors: list[ParseError] = []

    def table(self, name: str) -> _Table:
        return _Table(table(name), self.descriptor, self.files)

    def each(self, name: str, read: Callable[[_Row, int, str], Item | None]) -> Iterator[Item]:
        """Read every row of table ``name``; a bad row becomes a ParseError and is skipped."""
        table_ = self.table(name)
        for line, row in table_.rows():
            try:
                item = read(row, line, table_.where)
            except _Bad as bad:
                yield ParseError(bad.message, source=table_.where, line=line, field=bad.column)
            except RecordValidationError as exc:
                yield ParseError(
                    exc.message, source=table_.where, line=line, field=f"{exc.record}.{exc.field}"
                )
            else:
                if item is not None:
                    yield item

    def party(self, row: _Row, column: str) -> Party:
        ident = row.text(column)
        party = self.parties.get(ident)
        if party is None:
            raise _Bad(column, f"{ident!r} is not an id in the parties table")
        return party

    def optional_party(self, row: _Row, column: str) -> Party | None:
        return self.party(row, column) if row.raw(column) else None

    def source(self, row: _Row, column: str) -> Source:
        ident = row.text(column)
        source = self.sources.get(ident)
        if source is None:
            raise _Bad(column, f"{ident!r} is not an id in the sources table")
        return source

    def optional_source(self, row: _Row, column: str) -> Source | None:
        return self.source(row, column) if row.raw(column) else None

    # -- the tables records are made of --------------------------------------------------

    def read_party(self, row: _Row, line: int, where: str) -> None:
        ident = row.text("id")
        if ident in self.parties:
            raise _Bad("id", f"party id {ident!r} is used twice")
        self.parties[ident] = Party(row.text("code"), row.text("name"), row.texts("aliases"))

    def read_source(self, row: _Row, line: int, where: str) -> None:
        ident = row.text("id")
        if ident in self.sources:
            raise _Bad("id", f"source id {ident!r} is used twice")
        self.sources[ident] = Source(
            row.text("name"),
            row.choice("kind", SourceKind),
            self.optional_party(row, "party"),
            row.optional_text("url"),
            row.optional_day("published"),
        )

    def read_transfer(self, row: _Row, line: int, where: str) -> None:
        transfer = Transfer(
            self.party(row, "sender"),
            self.party(row, "receiver"),
            row.choice("category", PersonCategory),
            row.count(),
            self.optional_source(row, "attributed_to"),
        )
        _place(self.transfers[row.text("exchange_id")], row, line, transfer)

    def read_quote(self, row: _Row, line: int, where: str) -> None:
        key = (row.choice("record_table", RecordTable).value, row.text("record_id"))
        quote = Quote(
            row.text("text"),
            row.optional_integer("start"),
            row.optional_integer("end"),
            row.optional_text("document"),
        )
        _place(self.quotes[key], row, line, quote)

    def read_citation(self, row: _Row, line: int, where: str) -> None:
        key = (row.choice("record_table", RecordTable).value, row.text("record_id"))
        _place(self.citations[key], row, line, self.source(row, "source_id"))

    def _parts(self, table_name: str, ident: str) -> tuple[tuple[Quote, ...], tuple[Source, ...]]:
        key = (table_name, ident)
        quotes = _ordered(self.quotes.pop(key, {}))
        return quotes, _ordered(self.citations.pop(key, {}))

    def read_exchange(self, row: _Row, line: int, where: str) -> Exchange:
        ident = row.text("id")
        kind = row.choice("kind", ExchangeKind)
        period = row.period("period")
        intermediaries = []
        for code in row.texts("intermediaries"):
            party = self.parties.get(code)
            if party is None:
                raise _Bad("intermediaries", f"{code!r} is not an id in the parties table")
            intermediaries.append(party)
        notes = row.texts("notes")
        transfers = _ordered(self.transfers.pop(ident, {}))
        if not transfers:
            raise _Bad("id", f"exchange {ident!r} has no row in the transfers table")
        quotes, sources = self._parts("exchanges", ident)
        return Exchange(
            id=ident,
            kind=kind,
            period=period,
            transfers=transfers,
            intermediaries=intermediaries,
            sources=sources,
            notes=notes,
            quotes=quotes,
        )

    def read_claim(self, row: _Row, line: int, where: str) -> CasualtyClaim:
        ident = row.text("id")
        subject = self.party(row, "subject")
        category = row.choice("category", CasualtyCategory)
        count = row.count()
        covers, as_of = row.period("covers"), row.period("as_of")
        claimant = self.source(row, "claimant")
        method = row.choice("method", ClaimMethod)
        scope = row.choice("scope", ClaimScope)
        population = row.choice("population", Population)
        caveats = row.texts("caveats")
        quotes, relayed = self._parts("claims", ident)
        return CasualtyClaim(
            id=ident,
            subject=subject,
            category=category,
            count=count,
            covers=covers,
            as_of=as_of,
            claimant=claimant,
            method=method,
            scope=scope,
            population=population,
            caveats=caveats,
            relayed_by=relayed,
            quotes=quotes,
        )

    def read_tally(self, row: _Row, line: int, where: str) -> ExchangeTally:
        ident = row.text("id")
        receiver = self.party(row, "receiver")
        sender = self.optional_party(row, "sender")
        category = row.choice("category", PersonCategory)
        count = row.optional_count("")
        exchange_count = row.optional_count("exchange_count_")
        covers, as_of = row.period("covers"), row.period("as_of")
        claimant = self.source(row, "claimant")
        notes = row.texts("notes")
        quotes, relayed = self._parts("tallies", ident)
        return ExchangeTally(
            id=ident,
            receiver=receiver,
            sender=sender,
            category=category,
            count=count,
            exchange_count=exchange_count,
            covers=covers,
            as_of=as_of,
            claimant=claimant,
            notes=notes,
            relayed_by=relayed,
            quotes=quotes,
        )

    def leftovers(self) -> Iterator[ParseError]:
        """Rows that belong to no record read: a broken reference, reported where it stands."""
        for ident, placed in self.transfers.items():
            for line, _ in placed.values():
                yield ParseError(
                    f"exchange {ident!r} is not in the exchanges table (or could not be read)",
                    source=self.table("transfers").where,
                    line=line,
                    field="exchange_id",
                )
        lines: list[tuple[str, _Key, int]] = [
            ("quotes", key, line) for key, q in self.quotes.items() for line, _ in q.values()
        ]
        lines += [
            ("citations", key, line) for key, c in self.citations.items() for line, _ in c.values()
        ]
        for name, (record_table, ident), line in lines:
            yield ParseError(
                f"{record_table} has no record {ident!r} (or it could not be read)",
                source=self.table(name).where,
                line=line,
                field="record_id",
            )


_T = TypeVar("_T")


def _place(slots: dict[int, tuple[int, _T]], row: _Row, line: int, value: _T) -> None:
    position = row.integer("position")
    if position in slots:
        raise _Bad("position", f"position {position} is taken by line {slots[position][0]} already")
    slots[position] = (line, value)


def _ordered(slots: dict[int, tuple[int, _T]]) -> tuple[_T, ...]:
    return tuple(value for _, (_, value) in sorted(slots.items()))


def _items(data: bytes, source: str, name: str | None) -> Iterator[Item]:
    descriptor, files = _open(data, source, name)
    for entry in _provenance(descriptor, source):
        yield Provenance(entry)
    reader = _Reader(descriptor, files)
    # Parties and sources first: every other table refers to them.
    for name_, read in (
        ("parties", reader.read_party),
        ("sources", reader.read_source),
        ("transfers", reader.read_transfer),
        ("quotes", reader.read_quote),
        ("citations", reader.read_citation),
    ):
        yield from reader.each(name_, read)
    yield from reader.each("exchanges", reader.read_exchange)
    yield from reader.each("claims", reader.read_claim)
    yield from reader.each("tallies", reader.read_tally)
    yield from reader.leftovers()


class DataPackageParser(Parser):
    """Reads a data package written by :class:`DataPackageExporter`, or laid out like one."""

    name = "datapackage"
    description = (
        "Frictionless Data Package: a zip archive, or a datapackage.json beside its CSV tables"
    )
    suffixes = (".datapackage.zip", ".zip")
    media_types = ("application/zip",)
    binary: ClassVar[bool] = True

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        """Read the zip archive or ``datapackage.json`` under ``stream`` (``stream.buffer``).

        A ``datapackage.json`` finds its tables in its own directory, so it must
        be read from a file; a zip archive holds them.
        """
        if options:
            raise TypeError(f"the datapackage format takes no options, got: {', '.join(options)}")
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            raise ParseError(
                "the datapackage format reads bytes (a zip archive); pass a path or a binary "
                "file object, not a text stream",
                source=source,
            )
        name = getattr(stream, "name", None)
        return _items(buffer.read(), source, name if isinstance(name, str) else None)


def read_package(path: str | os.PathLike[str]) -> Dataset:
    """Read the data package at ``path``: a directory, its ``datapackage.json``, or a zip archive.

    The same as ``exchangekit.parse(path, "datapackage")``, except that a
    directory is accepted and read through its ``datapackage.json``.
    """
    from exchangekit import parse

    target = Path(path)
    if target.is_dir():
        target = target / DESCRIPTOR
    return parse(target, "datapackage")
