"""Hostile text through every CSV the project writes: it must stay in its cell and stay inert.

The consumer that matters is whoever reads the file back: Python's :mod:`csv`
module here, a spreadsheet in real life. A cell must never spill into a new
row or column, and no cell may start with a character that makes a
spreadsheet evaluate it as a formula.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from exchangekit.cli import main

INJECTED = "News\r=cmd|' /C calc'!A0"
"""A source name that, written raw, starts a new CSV row with a live formula (issue 13, break 1)."""

FORMULA_STARTS = tuple("=+-@\t\r\n\0")


def read_back(text: str) -> list[list[str]]:
    """The rows Python's CSV reader sees in ``text``."""
    return list(csv.reader(io.StringIO(text, newline="")))


def assert_inert(rows: list[list[str]]) -> None:
    """Every row as wide as the header, and no cell a spreadsheet would run as a formula."""
    width = len(rows[0])
    for number, row in enumerate(rows, 1):
        assert len(row) == width, f"row {number} has {len(row)} cells, the header {width}"
        for cell in row:
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
