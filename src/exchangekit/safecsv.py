"""The one CSV writer: cells that stay in place for any CSV reader and never run as a formula.

Every CSV that exchangekit writes, the ``csv`` format and the command line's
``--format csv`` tables alike, goes through :func:`csv_line`. Two things can
go wrong with text from a record in a CSV cell, and this module prevents both:

- **spilling**: a carriage return, line feed, comma or double quote left
  unquoted moves the rest of the text into a new cell or a new row. (Python's
  own :mod:`csv` writer leaves a lone carriage return unquoted when rows end
  with ``\\n``.) Every cell holding one is quoted as RFC 4180 says.
- **formula injection**: a cell starting with ``=``, ``+``, ``-`` or ``@``
  (and a few others, see :data:`FORMULA_TRIGGERS`) is evaluated by
  spreadsheets. :func:`neutralise` prefixes such a cell with an apostrophe,
  which spreadsheets read as "this is text"; :func:`restore` removes it again.

Plugins writing CSV of their own can use the same functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

__all__ = [
    "FORMULA_TRIGGERS",
    "csv_line",
    "neutralise",
    "report_cell",
    "restore",
    "write_table",
]

FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20'")
"""First characters that make a cell need a leading apostrophe.

``=``, ``+``, ``-``, ``@``, tab and carriage return start a formula in common
spreadsheets; line feed and NUL are added for safety, as are the full-width
forms of the first four. The apostrophe itself is included so that a value
that really starts with one survives the round trip.
"""


def neutralise(text: str) -> str:
    """The cell for ``text``: prefixed with ``'`` when empty or starting with a trigger.

    An empty string becomes ``'`` so that it differs from an empty cell, which
    means "no value".
    """
    if not text or text[0] in FORMULA_TRIGGERS:
        return "'" + text
    return text


def restore(cell: str) -> str | None:
    """The value of a cell: ``None`` when empty, else ``cell`` without one leading ``'``."""
    if not cell:
        return None
    return cell[1:] if cell[0] == "'" else cell


def report_cell(value: object) -> str:
    """A value in a table meant for reading rather than for parsing back.

    ``None`` and ``""`` are an empty cell; numbers are written as they are;
    any other text is :func:`neutralised <neutralise>`.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return neutralise(str(value))


def _quoted(cell: str) -> str:
    """``cell`` as RFC 4180 writes it: in double quotes when it holds a comma, quote or line end."""
    if '"' in cell or "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_line(cells: Iterable[str]) -> str:
    """One row of already neutralised cells, quoted where needed, ending with ``\\n``."""
    return ",".join(map(_quoted, cells)) + "\n"


def write_table(
    columns: Sequence[str], rows: Iterable[Mapping[str, object]], stream: TextIO
) -> None:
    """A header row of ``columns``, then one line per row with each value as :func:`report_cell`.

    A row may leave columns out (they are empty); a key that is not a column
    is a ``ValueError``, since its value would otherwise be lost silently.
    """
    known = set(columns)
    stream.write(csv_line(columns))
    for row in rows:
        stray = [key for key in row if key not in known]
        if stray:
            raise ValueError(f"the row has keys that are not columns: {', '.join(stray)}")
        stream.write(csv_line(report_cell(row.get(column)) for column in columns))
