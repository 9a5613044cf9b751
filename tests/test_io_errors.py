"""An input that fails while being read is an I/O error naming the input, not a parser's bug."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import ParseError, export, parse, plugins
from exchangekit.api import iter_parse
from exchangekit.cli import main
from exchangekit.cli.loading import bundled_example
from exchangekit.formats import Item, Parser
from exchangekit.hookspecs import hookimpl

BUILTIN = ("json", "jsonl", "csv")


class FailingInput(io.RawIOBase):
    """A binary input that gives ``data[:good]`` and then fails as a bad disk does (EIO)."""

    def __init__(self, data: bytes, good: int, name: str = "flaky.dat") -> None:
        super().__init__()
        self._data = data[:good]
        self._failing = good < len(data)
        self.name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self._data:
            if self._failing:
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            return 0
        size = min(len(buffer), len(self._data))
        buffer[:size] = self._data[:size]
        self._data = self._data[size:]
        return size


def encoded(format: str) -> bytes:
    """The bundled example written in ``format``."""
    stream = io.BytesIO()
    export(bundled_example(), stream, format)
    return stream.getvalue()


@pytest.mark.parametrize("format", BUILTIN)
def test_a_read_failure_is_an_os_error_naming_the_input(format: str) -> None:
    data = encoded(format)
    with pytest.raises(OSError, match="Input/output error") as excinfo:
        parse(FailingInput(data, len(data) // 2), format)
    assert not isinstance(excinfo.value, ParseError)
    assert excinfo.value.errno == errno.EIO
    assert excinfo.value.filename == "flaky.dat"


@pytest.mark.parametrize("format", BUILTIN)
def test_a_read_failure_stops_reading_even_when_collecting_errors(format: str) -> None:
    data = encoded(format)
    with pytest.raises(OSError, match="Input/output error") as excinfo:
        parse(FailingInput(data, 10), format, errors="collect")
    assert excinfo.value.filename == "flaky.dat"


def test_a_read_failure_while_sniffing_names_the_input() -> None:
    with pytest.raises(OSError, match="Input/output error") as excinfo:
        parse(FailingInput(b"{}", 0, name="no-suffix"))
    assert excinfo.value.errno == errno.EIO
    assert excinfo.value.filename == "no-suffix"


def test_iter_parse_closes_the_input_on_a_read_failure() -> None:
    data = encoded("jsonl")
    source = FailingInput(data, len(data) // 2)
    stream = iter_parse(source, "jsonl")
    with pytest.raises(OSError, match="Input/output error"):
        list(stream)
    assert stream._opened is None  # released: nothing left open behind the error


@given(
    format=st.sampled_from(BUILTIN),
    fraction=st.floats(min_value=0, max_value=1.2),
)
def test_reading_either_succeeds_in_full_or_fails_as_an_io_error(
    format: str, fraction: float
) -> None:
    """Wherever the input breaks, the failure is never blamed on the parser."""
    data = encoded(format)
    good = int(len(data) * fraction)
    source = FailingInput(data, good)
    if good >= len(data):
        assert parse(source, format) == parse(io.BytesIO(data), format)
        return
    with pytest.raises(OSError, match="Input/output error") as excinfo:
        parse(source, format)
    assert not isinstance(excinfo.value, ParseError)
    assert excinfo.value.filename == "flaky.dat"


# -- a parser's own OSError is still the parser's ---------------------------------------------


class SideFileParser(Parser):
    """Reads its input, then opens a file that is not there: its own bug."""

    name = "sidefile"
    description = "A parser that opens a missing side file"
    suffixes = (".side",)

    def parse(self, stream: Any, *, source: str, **options: Any) -> Iterator[Item]:
        stream.read()
        with open("/nonexistent/side-table.csv", encoding="utf-8"):
            pass
        return iter(())


class WrappingParser(Parser):
    """Turns the input's I/O error into another exception, as careless code does."""

    name = "wrapping"
    description = "A parser that wraps the input's errors"

    def parse(self, stream: Any, *, source: str, **options: Any) -> Iterator[Item]:
        try:
            stream.read()
        except OSError as exc:
            raise RuntimeError("could not get the text") from exc
        return iter(())


class OddPlugin:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [SideFileParser, WrappingParser]


@pytest.fixture
def odd_parsers() -> Iterator[None]:
    plugin = OddPlugin()
    plugins.pm.register(plugin, name="odd-parsers")
    yield
    plugins.pm.unregister(plugin)


def test_an_os_error_of_the_parsers_own_making_is_its_failure(odd_parsers: None) -> None:
    with pytest.raises(ParseError, match=r"'sidefile'.*failed unexpectedly.*side-table"):
        parse(io.StringIO("anything"), "sidefile")


def test_an_input_failure_the_parser_wrapped_is_still_an_io_error(odd_parsers: None) -> None:
    with pytest.raises(OSError, match="Input/output error") as excinfo:
        parse(FailingInput(b"text", 2, name="wrapped.txt"), "wrapping")
    assert not isinstance(excinfo.value, ParseError)
    assert excinfo.value.filename == "wrapped.txt"


# -- on the command line ---------------------------------------------------------------------


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("argv", [["--from", "json"], ["--from", "csv"], []])
def test_the_command_line_reports_an_unreadable_file_as_such(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code = main(["report", "/proc/self/mem", *argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err == "exchangekit: error: /proc/self/mem: Input/output error\n"
