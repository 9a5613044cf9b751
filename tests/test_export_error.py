"""ExportError: what an exporter raises for a record its format cannot hold."""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

import exchangekit
from exchangekit import ExchangekitError, ExportError
from exchangekit import plugins as plugin_manager
from exchangekit.cli import main
from exchangekit.formats import Exporter, Record
from exchangekit.hookspecs import hookimpl


@given(
    message=st.text(min_size=1),
    record=st.none() | st.text(),
    field=st.none() | st.text(min_size=1),
)
def test_the_message_names_the_record_and_the_field(
    message: str, record: str | None, field: str | None
) -> None:
    error = ExportError(message, record=record, field=field)
    text = str(error)
    assert text.endswith(message)
    assert (f"record {record!r}" in text) == (record is not None)
    assert (f"field {field}" in text) == (field is not None)
    assert (error.message, error.record, error.field) == (message, record, field)


def test_it_is_an_exchangekit_error_and_a_value_error() -> None:
    error = ExportError("a tally sheet holds handovers only", record="cl-1", field="kind")
    assert isinstance(error, ExchangekitError)
    assert isinstance(error, ValueError)
    assert str(error) == "record 'cl-1', field kind: a tally sheet holds handovers only"
    assert exchangekit.ExportError is ExportError


class _ExchangesOnly(Exporter):
    """Writes exchange ids and refuses claims, as a narrow third-party format would."""

    name = "exchanges_only"
    description = "Exchange ids, one per line"
    suffixes = (".only",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        """Write each exchange id on a line; a claim is an ExportError."""
        for record in records:
            if isinstance(record, exchangekit.CasualtyClaim):
                raise ExportError("this format holds exchanges only", record=record.id)
            stream.write(record.id + "\n")


class _Plugin:
    @hookimpl
    def exchangekit_exporters(self) -> list[type[Exporter]]:
        return [_ExchangesOnly]


@pytest.fixture
def exchanges_only() -> Iterator[None]:
    plugin = _Plugin()
    plugin_manager.reset()
    plugin_manager.pm.register(plugin, name="exchanges-only")
    try:
        yield
    finally:
        plugin_manager.pm.unregister(plugin)
        plugin_manager.reset()


def test_the_command_line_reports_it_as_an_input_error(
    exchanges_only: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    example = tmp_path / "example.json"
    resource = importlib.resources.files("exchangekit").joinpath("data/running-example.json")
    example.write_bytes(resource.read_bytes())
    target = tmp_path / "out.only"
    assert main(["convert", str(example), str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("exchangekit: error: record 'claim-")
    assert "this format holds exchanges only" in err
    assert "internal error" not in err
    assert not target.exists()  # writing is atomic: a refused export leaves no partial file
