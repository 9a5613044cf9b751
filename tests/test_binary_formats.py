"""Binary formats: an exporter or parser with ``binary = True`` works on the bytes under its stream.

The formats here write and read a record count as raw bytes behind a marker
that is not UTF-8, so any path that decoded or encoded them as text would fail.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar, TextIO

import pytest

from exchangekit import hookimpl, plugins
from exchangekit.api import export, iter_parse, parse
from exchangekit.errors import ParseError
from exchangekit.formats import Exporter, Item, Parser, Provenance, Record, metadata_problems
from exchangekit.models import Dataset

MARKER = b"\xff\xfeBIN"


class CountingExporter(Exporter):
    """Writes the marker, then the number of records as one byte."""

    name = "bincount"
    description = "A test format of raw bytes"
    suffixes = (".bincount",)
    binary: ClassVar[bool] = True

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        """Write the bytes to ``stream.buffer``."""
        stream.flush()
        stream.buffer.write(MARKER + bytes([len(list(records))]))


class CountingParser(Parser):
    """Reads the marker back and yields the byte as a provenance entry."""

    name = "bincount"
    description = "A test format of raw bytes"
    suffixes = (".bincount",)
    binary: ClassVar[bool] = True

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        """Read the bytes under ``stream``."""
        data = stream.buffer.read()
        if not data.startswith(MARKER):
            raise ParseError("no marker", source=source)
        yield Provenance(f"records: {data[len(MARKER)]}")


@contextlib.contextmanager
def installed() -> Iterator[None]:
    class Plugin:
        @hookimpl
        def exchangekit_parsers(self) -> list[Parser]:
            return [CountingParser()]

        @hookimpl
        def exchangekit_exporters(self) -> list[Exporter]:
            return [CountingExporter()]

    plugin = Plugin()
    plugins.pm.register(plugin, name="bincount")
    try:
        yield
    finally:
        plugins.pm.unregister(plugin)


def test_a_binary_format_round_trips_through_a_path(tmp_path: Path, make_dataset: Any) -> None:
    dataset = make_dataset("running example")
    target = tmp_path / "out.bincount"
    with installed():
        export(dataset, target)
        assert target.read_bytes() == MARKER + bytes([len(dataset)])
        assert parse(target).provenance == (f"records: {len(dataset)}",)


def test_a_binary_format_writes_to_and_reads_from_binary_file_objects() -> None:
    out = io.BytesIO()
    with installed():
        export(Dataset(), out, "bincount")
        assert out.getvalue() == MARKER + b"\x00"
        assert parse(io.BytesIO(out.getvalue()), "bincount").provenance == ("records: 0",)


def test_a_text_only_target_is_refused_before_the_exporter_runs() -> None:
    with installed(), pytest.raises(TypeError, match="bincount format writes bytes"):
        export(Dataset(), io.StringIO(), "bincount")


def test_text_only_standard_output_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    with installed(), pytest.raises(TypeError, match="standard output is a text stream"):
        export(Dataset(), "-", "bincount")


def test_a_text_only_input_is_a_parse_error_naming_the_format() -> None:
    with installed(), pytest.raises(ParseError, match="bincount format is read as bytes"):
        iter_parse(io.StringIO("anything"), "bincount")


def test_binary_must_be_a_bool() -> None:
    class Odd(CountingExporter):
        binary = "yes"  # type: ignore[assignment]

    assert metadata_problems(Odd()) == ["binary 'yes' is not True or False"]
    assert metadata_problems(CountingExporter()) == []
