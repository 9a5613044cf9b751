"""The JSON Lines format: one record per line, tagged with its type, for streams and big files.

Each line is a JSON object whose ``"type"`` is ``"exchange"``, ``"claim"``,
``"tally"`` or ``"provenance"``; the other keys are those of the record in the canonical JSON
document. Lines are read and written one at a time, so a file of any size is
never held in memory, and a bad line is reported with its number and skipped.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from exchangekit.builtin import _reject_options
from exchangekit.builtin._converter import (
    DataError,
    _fast_functions,
    checked,
    describe,
    from_data,
    parse_error,
    to_data,
)
from exchangekit.builtin._record_text import COMPACT, TextFunctions, clear_caches, record_functions
from exchangekit.errors import ParseError
from exchangekit.formats import Exporter, Item, NumberedItems, Parser, Provenance, Record
from exchangekit.hookspecs import hookimpl
from exchangekit.models import CasualtyClaim, Exchange, ExchangeTally

__all__ = [
    "JsonLinesExporter",
    "JsonLinesParser",
    "exchangekit_exporters",
    "exchangekit_parsers",
]

_RECORD_TYPES: dict[str, type[Record]] = {
    "exchange": Exchange,
    "claim": CasualtyClaim,
    "tally": ExchangeTally,
}
"""The ``"type"`` of a record's line, and the record class it holds."""
_TYPES = (*_RECORD_TYPES, "provenance")
_SNIFF = re.compile(r'"type"\s*:\s*"(?:exchange|claim|tally|provenance)"')
_MISSING = object()


def _decode_error(exc: UnicodeDecodeError, source: str, line: int) -> ParseError:
    return ParseError(
        f"the input is not text in the expected encoding ({exc.reason}); "
        "exchangekit files are UTF-8",
        source=source,
        line=line,
    )


_SCAN: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
"""The standard library's C scanner, configured as ``json.loads`` configures it.

Calling it on a line that is one JSON value followed by at most a newline
gives what ``json.loads`` gives, without the three Python calls around it;
any other line goes through ``json.loads``, which decides and words the error.
"""


def _scanned(line: str) -> Any:
    """The value of a line that is one JSON value and a newline, else ``_MISSING``."""
    try:
        value, end = _SCAN(line, 0)
    except Exception:  # json.loads decides what is wrong, and says so
        return _MISSING
    return value if end == len(line) or line[end:] == "\n" else _MISSING


def _item(line: str, number: int, source: str) -> Item:
    data = _scanned(line)
    try:
        if data is _MISSING:
            data = json.loads(line)
    except json.JSONDecodeError as exc:
        return ParseError(
            f"invalid JSON at column {exc.colno}: {exc.msg}", source=source, line=number, field="$"
        )
    except (ValueError, RecursionError) as exc:  # a huge integer, or absurd nesting
        return ParseError(f"invalid JSON value: {exc}", source=source, line=number, field="$")
    if not isinstance(data, dict):
        return ParseError(
            f'expected a JSON object with a "type" key, got {describe(data)}',
            source=source,
            line=number,
            field="$",
        )
    kind = data.pop("type", _MISSING)
    if kind == "provenance":
        return _provenance(data, number, source)
    cls = _RECORD_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is not None:
        # from_data's own steps, inlined on this hot path: the fast function first,
        # and the detailed hooks (which report what is wrong, and where) once, if need be
        fast = _fast_functions().get(cls)
        try:
            if fast is None:
                return checked(data, cls)
            try:
                record: Item = fast(data)
            except Exception:  # declined or invalid: the detailed hooks decide
                return checked(data, cls)
            return record
        except DataError as exc:
            return parse_error(exc, source=source, line=number)
    got = "no type" if kind is _MISSING else describe(kind)
    return ParseError(
        f"every line needs a type, one of {', '.join(_TYPES)}; got {got}",
        source=source,
        line=number,
        field="$.type",
    )


def _provenance(data: dict[str, Any], number: int, source: str) -> Item:
    entry = data.pop("entry", _MISSING)
    if data:
        return ParseError(
            f"unknown field(s) {', '.join(map(repr, sorted(data)))}; "
            "a provenance line has type and entry",
            source=source,
            line=number,
            field="$",
        )
    if entry is _MISSING:
        return ParseError(
            "a provenance line needs its entry, as a string",
            source=source,
            line=number,
            field="$.entry",
        )
    try:
        return Provenance(from_data(entry, str, path="$.entry"))
    except DataError as exc:
        return parse_error(exc, source=source, line=number)


class JsonLinesParser(Parser):
    """Reads JSON Lines one line at a time; a bad line becomes a ParseError item."""

    name = "jsonl"
    description = "JSON Lines: one record per line, tagged with its type; for streams and big files"
    suffixes = (".jsonl", ".ndjson")
    media_types = ("application/jsonl", "application/x-ndjson")

    def sniff(self, head: str) -> bool:
        """The first line is a JSON object with an exchangekit ``"type"``."""
        first = head.lstrip("\ufeff \t\r\n").partition("\n")[0]
        return first.startswith("{") and _SNIFF.search(first) is not None

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        """Yield one item per non-blank line of ``stream``, as it is read."""
        _reject_options(self.name, options)
        return NumberedItems(self._parse(stream, source))

    def _parse(self, stream: TextIO, source: str) -> Iterator[tuple[int, Item]]:
        # One generator numbers, decodes and reads the lines: it runs once per line.
        number = 0
        lines = iter(stream)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                raise _decode_error(exc, source, number + 1) from None
            number += 1
            if number == 1:
                line = line.removeprefix("\ufeff")
            if line and not line.isspace():
                yield number, _item(line, number, source)


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


class JsonLinesExporter(Exporter):
    """Writes provenance lines first, then one line per record in the order given."""

    name = "jsonl"
    description = "JSON Lines: one record per line, tagged with its type; for streams and big files"
    suffixes = (".jsonl", ".ndjson")
    media_types = ("application/jsonl", "application/x-ndjson")

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        """Write each record as one compact line with ``"type"`` as its first key."""
        _reject_options(self.name, options)
        for entry in provenance:
            stream.write(_dumps({"type": "provenance", "entry": entry}))
        lines = _record_lines()
        write = stream.write
        try:
            for record in records:
                write(_line(lines, record) + "\n")
        finally:
            clear_caches()


def _line(lines: dict[type[Any], Callable[[Any], str]], record: Record) -> str:
    """The line of ``record`` without its newline, by its generated writer when it has one."""
    line = lines.get(type(record))
    if line is not None:
        try:
            return line(record)
        except Exception:  # the data path writes it, or raises its own error
            pass
    return _fallback_line(record)


def _fallback_line(record: object) -> str:
    """The line of a record the generated writers cannot write, from its data.

    That is a subclass of a record class, or a record with a field holding
    something other than its declared type, written (or refused) as before.
    """
    kind = next((k for k, cls in _RECORD_TYPES.items() if isinstance(record, cls)), None)
    if kind is None:
        raise TypeError(f"cannot write {type(record).__name__}; expected a record")
    return _dumps({"type": kind, **to_data(record)}).removesuffix("\n")


@functools.cache
def _record_lines() -> dict[type[Any], Callable[[Any], str]]:
    """The generated writer of each record class's line (without its newline), ``"type"`` first."""
    kinds = {cls: kind for kind, cls in _RECORD_TYPES.items()}
    return record_functions(
        TextFunctions(COMPACT), depth=0, lead=lambda cls: f'"type":{json.dumps(kinds[cls])},'
    )


# -- plugin hooks -------------------------------------------------------------------------


@hookimpl
def exchangekit_parsers() -> list[type[Parser]]:
    """The JSON Lines parser."""
    return [JsonLinesParser]


@hookimpl
def exchangekit_exporters() -> list[type[Exporter]]:
    """The JSON Lines exporter."""
    return [JsonLinesExporter]
