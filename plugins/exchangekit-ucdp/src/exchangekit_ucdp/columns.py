"""The GED columns this plugin reads, matched by header name, and the readers of their cells.

UCDP has reordered its columns between releases (GED 19.1 ends
``low,best,high``, 23.1 and later ``best,high,low``) and re-publications add
or drop some, so a column is found by its name, never by its position. A cell
that cannot be read raises :class:`CellError` naming the column; the parser
turns that into a :class:`~exchangekit.ParseError` with the line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

__all__ = [
    "OPTIONAL",
    "REQUIRED",
    "CellError",
    "ColumnMap",
    "canonical",
    "read_active_year",
    "read_date",
    "read_date_prec",
    "read_deaths",
    "read_number_of_sources",
    "split_list",
    "text",
]

REQUIRED = (
    "id",
    "date_start",
    "date_end",
    "side_a",
    "side_b",
    "country",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "low",
    "high",
)
"""The columns every GED file must have; a file without one of them cannot be read at all."""

OPTIONAL = (
    "date_prec",
    "number_of_sources",
    "active_year",
    "code_status",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "latitude",
    "longitude",
    "adm_1",
    "adm_2",
)
"""The columns read when present: date precision, sources, irregularity flags and location."""

_ALIASES = {"best_est": "best", "low_est": "low", "high_est": "high"}
"""Names older releases and some re-publications give the figure columns."""


def canonical(name: str) -> str:
    """A column name as this plugin knows it: trimmed, lower case, older aliases renamed."""
    name = name.strip().strip('"').lower()
    return _ALIASES.get(name, name)


class CellError(Exception):
    """A cell that cannot be read: ``column`` names it, ``message`` says what was wrong."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(f"{column}: {message}")
        self.column = column
        self.message = message


class ColumnMap:
    """Where each known column stands in a header row, found by (case-insensitive) name."""

    def __init__(self, header: Sequence[str]) -> None:
        self.width = len(header)
        self.positions: dict[str, int] = {}
        for position, raw in enumerate(header):
            self.positions.setdefault(canonical(raw), position)

    def missing(self) -> list[str]:
        """The required columns the header lacks, in :data:`REQUIRED` order."""
        return [name for name in REQUIRED if name not in self.positions]

    def column_number(self, name: str) -> int | None:
        """The 1-based column of ``name`` in the header, as a spreadsheet counts them."""
        position = self.positions.get(name)
        return None if position is None else position + 1

    def row(self, cells: Sequence[str]) -> dict[str, str]:
        """The known columns of one row, by name; a column the header lacks is left out."""
        return {
            name: cells[position]
            for name, position in self.positions.items()
            if name in _KNOWN and position < len(cells)
        }


_KNOWN = frozenset(REQUIRED + OPTIONAL)

_WHOLE = re.compile(r"[0-9]+(?:\.0*)?")
_DATE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?Z?"
)


def _text(row: Mapping[str, object], column: str) -> str:
    value = row.get(column)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    return str(value).strip()


def read_deaths(row: Mapping[str, object], column: str) -> int:
    """A non-negative whole number of deaths (``3``, or ``3.0`` as spreadsheets re-save it)."""
    value = row.get(column)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    text = _text(row, column)
    if not _WHOLE.fullmatch(text):
        what = "empty" if not text else f"{text!r} is not"
        raise CellError(column, f"{what} a whole number of deaths (0 or more)")
    return int(text.split(".")[0])


def read_date(row: Mapping[str, object], column: str) -> date:
    """A date written ``2023-03-01``, ``2023-03-01T00:00:00`` or ``2023-03-01 00:00:00.000``."""
    text = _text(row, column)
    match = _DATE.fullmatch(text)
    if match is None:
        what = "empty" if not text else f"{text!r} is not"
        raise CellError(
            column,
            f"{what} a date in the form 2023-03-01 (a time of 00:00:00 after it is allowed)",
        )
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise CellError(column, f"{text!r} is not a calendar date ({exc})") from None


def read_date_prec(row: Mapping[str, object]) -> int | None:
    """UCDP's date precision code, 1 (exact day) to 5 (a year or longer); ``None`` when blank."""
    text = _text(row, "date_prec")
    if not text:
        return None
    if text not in {"1", "2", "3", "4", "5", "1.0", "2.0", "3.0", "4.0", "5.0"}:
        raise CellError("date_prec", f"{text!r} is not a date precision code from 1 to 5")
    return int(text[0])


def read_number_of_sources(row: Mapping[str, object]) -> int | None:
    """How many sources report the event; ``None`` for UCDP's ``-1`` (unknown) or a blank."""
    text = _text(row, "number_of_sources")
    if text in ("", "-1", "-1.0"):
        return None
    if not _WHOLE.fullmatch(text):
        raise CellError(
            "number_of_sources", f"{text!r} is not a number of sources (a whole number, or -1)"
        )
    return int(text.split(".")[0])


_TRUE = {"1", "true", "1.0"}
_FALSE = {"0", "false", "0.0"}


def read_active_year(row: Mapping[str, object]) -> bool | None:
    """Whether the conflict was active that year: ``1``/``0``, ``true``/``false`` in any case."""
    text = _text(row, "active_year").lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError("active_year", f"{text!r} is not 1/0 or true/false")


def split_list(row: Mapping[str, object], column: str) -> list[str]:
    """The parts of a ``;``-joined cell, blank ones kept so parallel columns stay aligned."""
    text = _text(row, column)
    if not text:
        return []
    return [part.strip() for part in text.split(";")]


def text(row: Mapping[str, object], column: str) -> str:
    """The cell as text without surrounding spaces; empty when the column is absent or null."""
    return _text(row, column)
