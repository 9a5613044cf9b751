"""Writing records as a data package: one CSV table each for exchanges, transfers, claims...

Records arrive one at a time and their rows go straight to a spooled temporary
file per table (in memory while small, on disk beyond that), so a long stream
is never held whole. At the end the tables and ``datapackage.json`` are put
together as a zip archive (:class:`DataPackageExporter`) or as files in a
directory (:func:`write_package`). Rows are quoted by exchangekit's one CSV
writer, :func:`exchangekit.safecsv.csv_line`, but their cells hold the values
exactly: text is not neutralised for spreadsheets, since a data package is
read by data tools, and changing a leading ``=`` would change the data.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, TextIO

from exchangekit import (
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeTally,
    Party,
    Period,
    Source,
)
from exchangekit.errors import ExportError
from exchangekit.formats import Exporter, Record
from exchangekit.models import Quote
from exchangekit.safecsv import csv_line
from exchangekit_frictionless.schema import TABLES, Table, package_descriptor

if TYPE_CHECKING:
    import zipfile

__all__ = ["DESCRIPTOR", "DataPackageExporter", "write_package"]

DESCRIPTOR = "datapackage.json"
"""The name of the package descriptor, at the root of the archive or directory."""

_SPOOL_BYTES = 8 * 1024 * 1024
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""Every archive member's timestamp, so the same records give the same bytes."""

Cell = str | int | date | list[str] | None


class _TableFile:
    """One table's rows, written as CSV to a spooled temporary file as they come."""

    def __init__(self, table: Table) -> None:
        import tempfile  # loaded when writing, not when plugins are discovered

        self.table = table
        self.file: IO[str] = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed by close)
            max_size=_SPOOL_BYTES, mode="w+", encoding="utf-8", newline=""
        )
        self.file.write(csv_line(table.header))

    def add(self, row: dict[str, Cell]) -> None:
        # csv_line quotes as RFC 4180 says; the cells are deliberately not neutralised.
        self.file.write(csv_line(_cell(row.get(name)) for name in self.table.header))

    def text(self) -> Iterator[str]:
        """The CSV text written so far, in pieces."""
        self.file.seek(0)
        while piece := self.file.read(1024 * 1024):
            yield piece

    def close(self) -> None:
        self.file.close()


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _text(value: str | None, record: str, field: str) -> str | None:
    """``value`` for a text cell; an empty string would read back as no value, so it is refused."""
    if value == "":
        raise ExportError(
            "is empty text, which a data package cannot tell apart from no value "
            "(an empty cell means missing); leave it out (None) or give some text",
            record=record,
            field=field,
        )
    return value


def _count(count: Count | None, prefix: str = "") -> dict[str, Cell]:
    if count is None:
        return {}
    return {
        f"{prefix}low": count.low,
        f"{prefix}best": count.best,
        f"{prefix}high": count.high,
        f"{prefix}qualifier": count.qualifier.value,
    }


def _period(period: Period, prefix: str) -> dict[str, Cell]:
    return {
        f"{prefix}_start": period.start,
        f"{prefix}_end": period.end,
        f"{prefix}_precision": period.precision.value,
    }


class _Package:
    """The tables of one package being written, and the parties and sources named so far."""

    def __init__(self) -> None:
        self.tables = {table.name: _TableFile(table) for table in TABLES}
        self._parties: dict[Party, str] = {}
        self._codes: dict[str, int] = {}
        self._sources: dict[Source, str] = {}
        self._source_ids: set[str] = set()
        self._records: dict[tuple[str, str], Record] = {}

    def close(self) -> None:
        for table in self.tables.values():
            table.close()

    # -- parties and sources, each written once ----------------------------------------

    def party(self, party: Party) -> str:
        known = self._parties.get(party)
        if known is not None:
            return known
        seen = self._codes.get(party.code, 0) + 1
        self._codes[party.code] = seen
        # "~" is not allowed in a code, so a suffixed id never clashes with a real code.
        ident = party.code if seen == 1 else f"{party.code}~{seen}"
        self._parties[party] = ident
        self.tables["parties"].add(
            {"id": ident, "code": party.code, "name": party.name, "aliases": list(party.aliases)}
        )
        return ident

    def source(self, source: Source, record: str, field: str) -> str:
        known = self._sources.get(source)
        if known is not None:
            return known
        party = source.party
        content = [
            source.name,
            source.kind.value,
            None if party is None else [party.code, party.name, list(party.aliases)],
            source.url,
            None if source.published is None else source.published.isoformat(),
        ]
        import hashlib  # loaded when writing, not when plugins are discovered

        digest = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()
        ident = f"src-{digest[:16]}"
        suffix = 1
        while ident in self._source_ids:  # a different source with the same digest prefix
            suffix += 1
            ident = f"src-{digest[:16]}~{suffix}"
        self._source_ids.add(ident)
        self._sources[source] = ident
        self.tables["sources"].add(
            {
                "id": ident,
                "name": source.name,
                "kind": source.kind.value,
                "party": None if party is None else self.party(party),
                "url": _text(source.url, record, f"{field}.url"),
                "published": source.published,
            }
        )
        return ident

    # -- records -------------------------------------------------------------------------

    def add(self, record: Record) -> None:
        table = _table_of(record)
        other = self._records.setdefault((table, record.id), record)
        if other is not record:
            if other == record:
                return  # the same record twice: a dataset keeps it once, and so does a package
            raise ExportError(
                f"two different records in {table} have this id; a data package needs "
                "each id once per table",
                record=record.id,
                field="id",
            )
        if isinstance(record, Exchange):
            self._exchange(record)
        elif isinstance(record, CasualtyClaim):
            self._claim(record)
        else:
            self._tally(record)
        self._quotes(table, record.id, record.quotes)

    def _exchange(self, exchange: Exchange) -> None:
        ident = exchange.id
        for position, transfer in enumerate(exchange.transfers):
            attributed = transfer.attributed_to
            self.tables["transfers"].add(
                {
                    "exchange_id": ident,
                    "position": position,
                    "sender": self.party(transfer.sender),
                    "receiver": self.party(transfer.receiver),
                    "category": transfer.category.value,
                    **_count(transfer.count),
                    "attributed_to": None
                    if attributed is None
                    else self.source(attributed, ident, f"transfers[{position}].attributed_to"),
                }
            )
        self._citations("exchanges", ident, exchange.sources, "sources")
        self.tables["exchanges"].add(
            {
                "id": ident,
                "kind": exchange.kind.value,
                **_period(exchange.period, "period"),
                "intermediaries": [self.party(p) for p in exchange.intermediaries],
                "notes": list(exchange.notes),
            }
        )

    def _claim(self, claim: CasualtyClaim) -> None:
        self._citations("claims", claim.id, claim.relayed_by, "relayed_by")
        self.tables["claims"].add(
            {
                "id": claim.id,
                "subject": self.party(claim.subject),
                "category": claim.category.value,
                **_count(claim.count),
                **_period(claim.covers, "covers"),
                **_period(claim.as_of, "as_of"),
                "claimant": self.source(claim.claimant, claim.id, "claimant"),
                "method": claim.method.value,
                "scope": claim.scope.value,
                "population": claim.population.value,
                "caveats": list(claim.caveats),
            }
        )

    def _tally(self, tally: ExchangeTally) -> None:
        self._citations("tallies", tally.id, tally.relayed_by, "relayed_by")
        self.tables["tallies"].add(
            {
                "id": tally.id,
                "receiver": self.party(tally.receiver),
                "sender": None if tally.sender is None else self.party(tally.sender),
                "category": tally.category.value,
                **_count(tally.count),
                **_count(tally.exchange_count, "exchange_count_"),
                **_period(tally.covers, "covers"),
                **_period(tally.as_of, "as_of"),
                "claimant": self.source(tally.claimant, tally.id, "claimant"),
                "notes": list(tally.notes),
            }
        )

    def _citations(self, table: str, ident: str, sources: Iterable[Source], field: str) -> None:
        for position, source in enumerate(sources):
            self.tables["citations"].add(
                {
                    "record_table": table,
                    "record_id": ident,
                    "position": position,
                    "source_id": self.source(source, ident, f"{field}[{position}]"),
                }
            )

    def _quotes(self, table: str, ident: str, quotes: Iterable[Quote]) -> None:
        for position, quote in enumerate(quotes):
            self.tables["quotes"].add(
                {
                    "record_table": table,
                    "record_id": ident,
                    "position": position,
                    "text": _text(quote.text, ident, f"quotes[{position}].text"),
                    "start": quote.start,
                    "end": quote.end,
                    "document": _text(quote.document, ident, f"quotes[{position}].document"),
                }
            )

    # -- putting the package together ----------------------------------------------------------

    def descriptor_text(self, provenance: tuple[str, ...]) -> str:
        return json.dumps(package_descriptor(provenance), ensure_ascii=False, indent=2) + "\n"

    def write_zip(self, stream: BinaryIO, provenance: tuple[str, ...]) -> None:
        import zipfile  # loaded when writing, not when plugins are discovered

        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_member(DESCRIPTOR), self.descriptor_text(provenance))
            for table in self.tables.values():
                with archive.open(_member(table.table.path), "w") as member:
                    for piece in table.text():
                        member.write(piece.encode("utf-8"))

    def write_directory(self, directory: Path, provenance: tuple[str, ...]) -> None:
        for table in self.tables.values():
            with open(directory / table.table.path, "w", encoding="utf-8", newline="") as out:
                for piece in table.text():
                    out.write(piece)
        # The descriptor last: a directory with one has every table in place.
        (directory / DESCRIPTOR).write_text(self.descriptor_text(provenance), encoding="utf-8")


def _member(name: str) -> zipfile.ZipInfo:
    import zipfile

    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _table_of(record: Record) -> str:
    if isinstance(record, Exchange):
        return "exchanges"
    if isinstance(record, CasualtyClaim):
        return "claims"
    return "tallies"


def _fill(records: Iterable[Record]) -> _Package:
    package = _Package()
    try:
        for record in records:
            package.add(record)
    except BaseException:
        package.close()
        raise
    return package


class DataPackageExporter(Exporter):
    """Writes records as a Frictionless Data Package in a zip archive (a binary format)."""

    name = "datapackage"
    description = (
        "Frictionless Data Package: a zip of datapackage.json and one CSV table per kind of record"
    )
    suffixes = (".datapackage.zip", ".zip")
    media_types = ("application/zip",)
    binary: ClassVar[bool] = True

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        """Write the package as a zip archive to the bytes under ``stream`` (``stream.buffer``)."""
        if options:
            raise TypeError(f"the datapackage format takes no options, got: {', '.join(options)}")
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            raise TypeError(
                "the datapackage format writes a zip archive, which needs bytes: give a path, "
                "'-' or a binary file object, not a text stream"
            )
        package = _fill(records)
        try:
            stream.flush()
            package.write_zip(buffer, tuple(provenance))
            buffer.flush()
        finally:
            package.close()


def write_package(
    data: Dataset | Iterable[Record],
    directory: str | os.PathLike[str],
    *,
    provenance: Iterable[str] = (),
) -> Path:
    """Write ``data`` as a data package in ``directory``: ``datapackage.json`` and its CSV tables.

    The directory is made if it does not exist; files of the same names in it
    are replaced. ``provenance`` is for an iterable of records (a dataset brings
    its own). Returns the path of the ``datapackage.json`` written, which is
    what ``frictionless validate`` and :func:`exchangekit.parse` (with
    ``format="datapackage"``) read.
    """
    target = Path(directory)
    if isinstance(data, Dataset):
        records: Iterable[Record] = data.records
        entries = data.provenance
    else:
        records, entries = data, tuple(provenance)
    target.mkdir(parents=True, exist_ok=True)
    package = _fill(records)
    try:
        package.write_directory(target, entries)
    finally:
        package.close()
    return target / DESCRIPTOR
