"""Hostile text through every CSV the project writes: it must stay in its cell and stay inert.

The consumer that matters is whoever reads the file back: Python's :mod:`csv`
module here, a spreadsheet in real life. A cell must never spill into a new
row or column, and no cell may start with a character that makes a
spreadsheet evaluate it as a formula.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from exchangekit.api import export, parse
from exchangekit.cli import main
from exchangekit.profiles import scaled_examples
from exchangekit.safecsv import restore, write_table
from exchangekit.strategies import HOSTILE_ALPHABETS, hostile_text

from .conftest import dataset_named

INJECTED = "News\r=cmd|' /C calc'!A0"
"""A source name that, written raw, starts a new CSV row with a live formula (issue 13, break 1)."""

FORMULA_STARTS = tuple("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")
NUMBER = re.compile(r"-?[0-9]+")
REPO = Path(__file__).resolve().parent.parent


def read_back(text: str) -> list[list[str]]:
    """The rows Python's CSV reader sees in ``text``."""
    return list(csv.reader(io.StringIO(text, newline="")))


def assert_inert(rows: list[list[str]]) -> None:
    """Every row as wide as the header, and no cell a spreadsheet would run as a formula."""
    width = len(rows[0])
    for number, row in enumerate(rows, 1):
        assert len(row) == width, f"row {number} has {len(row)} cells, the header {width}"
        for cell in row:
            if not NUMBER.fullmatch(cell):  # a negative number is a number, not a formula
                assert not cell.startswith(FORMULA_STARTS), f"row {number}: live formula {cell!r}"


@pytest.mark.parametrize("command", ["report", "compare", "totals", "tallies"])
def test_a_carriage_return_in_a_name_stays_in_its_cell(
    command: str, named_dataset: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = named_dataset(INJECTED)
    assert main([command, str(path), "--format", "csv"]) == 0
    rows = read_back(capsys.readouterr().out)
    assert_inert(rows)
    cells = [cell for row in rows for cell in row]
    if command != "totals":  # totals name no sources
        assert any(INJECTED in cell for cell in cells)
    assert not any(cell.startswith("=cmd") for cell in cells)


@pytest.mark.parametrize("command", ["report", "compare"])
def test_a_carriage_return_in_a_name_stays_in_its_cell_as_a_program(
    command: str, named_dataset: Callable[[str], Path]
) -> None:
    path = named_dataset(INJECTED)
    done = subprocess.run(
        [sys.executable, "-m", "exchangekit", command, str(path), "--format", "csv"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = read_back(done.stdout.decode("utf-8"))
    assert_inert(rows)
    header = rows[0]
    who = header.index("who" if command == "report" else "claimant")
    assert {row[who] for row in rows[1:]} >= {f"{INJECTED} 0", f"{INJECTED} 1"}


# -- the one writer, on any text -------------------------------------------------------------

CELLS = hostile_text(alphabets=[*HOSTILE_ALPHABETS])  # lone surrogates too: this is all in memory


@given(st.lists(st.lists(st.none() | st.integers() | CELLS, min_size=3, max_size=3), max_size=4))
def test_the_writer_keeps_every_cell_in_place_and_inert(table: list[list[object]]) -> None:
    columns = ["a", "b", "c"]
    stream = io.StringIO()
    write_table(columns, [dict(zip(columns, row, strict=True)) for row in table], stream)
    rows = read_back(stream.getvalue())
    assert rows[0] == columns
    assert len(rows) == len(table) + 1
    assert_inert(rows)
    for written, read in zip(table, rows[1:], strict=True):
        for value, cell in zip(written, read, strict=True):
            expected = None if value in (None, "") else str(value)
            assert (restore(cell) if isinstance(value, str) else cell or None) == expected


def test_the_writer_refuses_a_key_that_is_no_column() -> None:
    with pytest.raises(ValueError, match="not columns: d"):
        write_table(["a"], [{"a": 1, "d": 2}], io.StringIO())


# -- the csv format ----------------------------------------------------------------------------

NAMES = hostile_text(min_size=1).filter(str.strip)


@settings(max_examples=scaled_examples(40))
@given(NAMES)
def test_the_csv_format_keeps_hostile_text_in_place_inert_and_exact(name: str) -> None:
    dataset = dataset_named(name)
    stream = io.StringIO()
    export(dataset, stream, "csv")
    assert_inert(read_back(stream.getvalue()))
    stream.seek(0)
    assert parse(stream, "csv") == dataset


# -- the command line's tables -----------------------------------------------------------------


@settings(max_examples=scaled_examples(25))
@given(name=NAMES, command=st.sampled_from(["report", "compare", "tallies"]))
def test_every_command_table_keeps_hostile_names_in_their_cells(name: str, command: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "named.json")
        export(dataset_named(name), path, "json")
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            assert main([command, str(path), "--format", "csv"]) == 0
    rows = read_back(out.getvalue())
    assert_inert(rows)
    names = {restore(cell) for row in rows[1:] for cell in row}
    assert f"{name} 0" in names if command != "tallies" else name in names


def test_no_csv_is_written_but_by_the_one_writer() -> None:
    """Every CSV writer in the code base is :mod:`exchangekit.safecsv`; this fails on a new one."""
    writers = re.compile(r"csv\.(writer|DictWriter)\b|\bDictWriter\(|\bwriterows?\(")
    found = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted([*(REPO / "src").rglob("*.py"), *(REPO / "plugins").rglob("*.py")])
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if writers.search(line)
    ]
    assert found == []
