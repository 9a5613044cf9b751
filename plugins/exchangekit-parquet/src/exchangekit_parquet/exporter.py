"""The ``parquet`` exporter: an analysis table as a Parquet file, or every table in a zip.

A Parquet file holds one table, and exchangekit's records make several
(:data:`exchangekit.tables.TABLES`), so the exporter asks which: the option
``table="transfers"`` writes that table as a Parquet file, and ``table="all"``
writes a zip archive holding ``<table>.parquet`` for every table. There is no
default, so nothing is left out without being asked. :func:`write_tables`
writes every table into a directory instead, which is what DuckDB, Polars and
Spark read most easily.

Parquet is binary: the exporter writes to the binary buffer beneath the text
stream :func:`exchangekit.export` hands it (a path, a binary file, or standard
output all have one). Parquet files are written whole, so the records are held
in memory while the tables are built.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

from exchangekit.api import export
from exchangekit.errors import ExportError, RecordValidationError
from exchangekit.formats import Exporter, Record
from exchangekit.models import Dataset

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["ALL", "ParquetExporter", "write_tables"]

ALL = "all"
"""The ``table`` option's value that writes every table, as a zip archive of Parquet files."""

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The timestamp of every zip member, so the same records give the same bytes."""


def _table_choice(table: object) -> str:
    from exchangekit.tables import TABLES  # the tables module only when writing

    choices = ", ".join(repr(name) for name in (*TABLES, ALL))
    if table is None:
        raise ExportError(
            "a Parquet file holds one table and exchangekit writes several; pass the option "
            f"table= with one of {choices} ('all' writes a zip archive of every table; on the "
            "command line: --export-option table=transfers)",
            field="table",
        )
    if table not in (*TABLES, ALL):
        raise ExportError(f"table={table!r} is not one of {choices}", field="table")
    return str(table)


def _dataset(records: Iterable[Record], provenance: tuple[str, ...]) -> Dataset:
    def refuse(record: object) -> TypeError:
        return TypeError(f"the parquet exporter writes records, not {type(record).__name__}")

    def invalid(exc: RecordValidationError) -> ExportError:
        return ExportError(str(exc))

    return Dataset.gather(records, provenance, refuse=refuse, invalid=invalid)


def parquet_bytes(table: pa.Table) -> bytes:
    """``table`` as the bytes of a Parquet file (zstd-compressed, statistics on)."""
    # pyarrow takes longer to import than all of exchangekit: only when writing.
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return bytes(sink.getvalue().to_pybytes())


def _zip_bytes(tables: dict[str, pa.Table]) -> bytes:
    import zipfile  # loaded when writing, not when plugins are discovered

    buffer = io.BytesIO()
    # Parquet columns are compressed already; zipping them again gains nothing.
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, table in tables.items():
            member = zipfile.ZipInfo(f"{name}.parquet", date_time=_ZIP_TIME)
            member.external_attr = 0o644 << 16
            archive.writestr(member, parquet_bytes(table))
    return buffer.getvalue()


def _binary(stream: TextIO) -> IO[bytes]:
    binary = getattr(stream, "buffer", None)
    if binary is None:
        raise ExportError(
            f"Parquet is binary, and the text stream {type(stream).__name__} has no byte "
            "buffer beneath it; give exchangekit.export() a path, a binary file or "
            "standard output instead",
        )
    stream.flush()
    return binary  # type: ignore[no-any-return]


class ParquetExporter(Exporter):
    """Writes one analysis table as a Parquet file (``table="transfers"``), or every one zipped.

    See :mod:`exchangekit.tables` for the tables and their columns.
    """

    name = "parquet"
    description = "Apache Parquet: one analysis table per file (option table=), or all in a zip"
    suffixes = (".parquet",)
    media_types = ("application/vnd.apache.parquet",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        table: str | None = None,
        **options: Any,
    ) -> None:
        """Write the table named by ``table`` (or ``"all"`` of them, zipped) to ``stream``'s bytes.

        :raises ~exchangekit.errors.ExportError: When ``table`` is missing or
            unknown, when ``stream`` has no bytes beneath it, or for a figure a
            64-bit integer cannot hold.
        """
        if options:
            names = ", ".join(sorted(options))
            raise TypeError(f"the parquet format takes only the option 'table', got: {names}")
        choice = _table_choice(table)
        binary = _binary(stream)
        from exchangekit.tables import to_arrow

        tables = to_arrow(_dataset(records, provenance))
        data = _zip_bytes(tables) if choice == ALL else parquet_bytes(tables[choice])
        binary.write(data)
        binary.flush()


def write_tables(dataset: Dataset, directory: str | os.PathLike[str]) -> dict[str, Path]:
    """Write every table of ``dataset`` to ``directory`` as ``<table>.parquet``; return the paths.

    The directory is made if it is missing; each file is written atomically
    by :func:`exchangekit.export`, replacing one of the same name.
    """
    if not isinstance(dataset, Dataset):
        raise TypeError(f"write_tables() writes a Dataset, not {type(dataset).__name__}")
    from exchangekit.tables import TABLES

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name in TABLES:
        paths[name] = folder / f"{name}.parquet"
        export(dataset, paths[name], "parquet", table=name)
    return paths
