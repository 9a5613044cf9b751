"""The parquet exporter: one table per file, or all of them zipped; read back with pyarrow."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from exchangekit_parquet import ParquetExporter, write_tables
from hypothesis import given, settings

from exchangekit import (
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExportError,
    Party,
    Period,
    PersonCategory,
    Transfer,
    plugins,
)
from exchangekit import strategies as ks
from exchangekit.api import export
from exchangekit.tables import TABLES, to_arrow

RUS, UKR = Party.lookup("RUS"), Party.lookup("UKR")
HANDOVER = Exchange(
    id="handover-2025-10-23",
    kind=ExchangeKind.REPATRIATION_OF_REMAINS,
    period=Period.day(date(2025, 10, 23)),
    transfers=[
        Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000)),
        Transfer(UKR, RUS, PersonCategory.REMAINS, Count.more_than(30)),
    ],
)
DATASET = Dataset(exchanges=[HANDOVER], provenance=["entered by hand"])


@pytest.fixture(autouse=True)
def only_this_plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Load the built-in formats and this plugin alone, so no other plugin can interfere."""
    monkeypatch.setenv(plugins.ENV_VAR, "json,parquet")
    plugins.reset()
    yield
    plugins.reset()


def _as_in_parquet(field: pa.Field) -> pa.Field:
    """The field as Parquet's standard nested types name it: a list's items are "element"."""
    if pa.types.is_list(field.type):
        return field.with_type(pa.list_(pa.field("element", field.type.value_type)))
    return field


def _same(read: pa.Table, expected: pa.Table) -> None:
    schema = pa.schema(map(_as_in_parquet, expected.schema), metadata=expected.schema.metadata)
    assert read.schema.equals(schema, check_metadata=True)
    assert read.to_pylist() == expected.to_pylist()


def test_the_plugin_provides_the_parquet_exporter() -> None:
    assert isinstance(plugins.get_exporter("parquet"), ParquetExporter)


def test_one_table_is_written_as_a_parquet_file_by_its_suffix(tmp_path: Path) -> None:
    target = tmp_path / "transfers.parquet"
    export(DATASET, target, table="transfers")
    read = pq.read_table(target)
    _same(read, to_arrow(DATASET)["transfers"])
    assert read.column("high").to_pylist() == [1000, None]


def test_all_tables_are_written_as_a_zip_of_parquet_files(tmp_path: Path) -> None:
    target = tmp_path / "tables.zip"
    export(DATASET, target, "parquet", table="all")
    expected = to_arrow(DATASET)
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == [f"{name}.parquet" for name in TABLES]
        for name in TABLES:
            _same(pq.read_table(io.BytesIO(archive.read(f"{name}.parquet"))), expected[name])


def test_write_tables_writes_a_directory_of_files(tmp_path: Path) -> None:
    paths = write_tables(DATASET, tmp_path / "new" / "tables")
    expected = to_arrow(DATASET)
    assert list(paths) == list(TABLES)
    for name, path in paths.items():
        assert path == tmp_path / "new" / "tables" / f"{name}.parquet"
        _same(pq.read_table(path), expected[name])
    with pytest.raises(TypeError, match="writes a Dataset, not list"):
        write_tables([HANDOVER], tmp_path)  # type: ignore[arg-type]


def test_a_binary_stream_gets_the_bytes_and_is_left_open() -> None:
    stream = io.BytesIO()
    export(DATASET, stream, "parquet", table="exchanges")
    assert not stream.closed
    _same(pq.read_table(io.BytesIO(stream.getvalue())), to_arrow(DATASET)["exchanges"])


def test_an_iterable_of_records_keeps_its_provenance() -> None:
    stream = io.BytesIO()
    export(iter(DATASET.records), stream, "parquet", table="claims", provenance=["wire"])
    metadata = pq.read_table(io.BytesIO(stream.getvalue())).schema.metadata
    assert metadata[b"exchangekit.provenance"] == b'["wire"]'


def test_without_a_table_the_error_lists_the_choices(tmp_path: Path) -> None:
    target = tmp_path / "out.parquet"
    with pytest.raises(ExportError, match=r"field table: a Parquet file holds one table.*'all'"):
        export(DATASET, target)
    assert not target.exists()
    with pytest.raises(ExportError, match=r"table='people' is not one of 'exchanges', "):
        export(DATASET, target, table="people")


def test_an_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="takes only the option 'table', got: colour"):
        ParquetExporter().write((), io.StringIO(), table="transfers", colour="red")


def test_a_text_only_stream_is_an_export_error() -> None:
    with pytest.raises(ExportError, match=r"Parquet is binary.*StringIO"):
        export(DATASET, io.StringIO(), "parquet", table="transfers")


def test_the_command_line_converts_to_parquet(tmp_path: Path) -> None:
    source, target = tmp_path / "in.json", tmp_path / "claims.parquet"
    export(DATASET, source)
    command = [sys.executable, "-m", "exchangekit", "convert", str(source), str(target)]
    done = subprocess.run(
        [*command, "--export-option", "table=transfers"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    _same(pq.read_table(target), to_arrow(DATASET)["transfers"])
    refused = subprocess.run(command, capture_output=True, text=True)
    assert refused.returncode == 2
    assert "--export-option table=transfers" in refused.stderr
    assert "Traceback" not in refused.stderr


@settings(max_examples=20, deadline=None)
@given(ks.datasets())
def test_the_same_records_give_the_same_bytes_in_one_pass(dataset: Dataset) -> None:
    outputs = []
    for records in (dataset.records, iter(dataset.records), dataset.records):
        stream = io.BytesIO()
        export(records, stream, "parquet", table="all", provenance=dataset.provenance)
        outputs.append(stream.getvalue())
    assert outputs[0] == outputs[1] == outputs[2]
    with zipfile.ZipFile(io.BytesIO(outputs[0])) as archive:
        for name, table in to_arrow(dataset).items():
            _same(pq.read_table(io.BytesIO(archive.read(f"{name}.parquet"))), table)
