"""The canonical JSON format: one document holding a dataset's provenance and records.

The document is ``{"format": "exchangekit", "version": 1, "provenance": [...],
"exchanges": [...], "claims": [...], "tallies": [...]}``, the ``"tallies"`` key
written only when there is a tally, so a document without any reads as it did
before tallies existed; :func:`schema` returns its JSON Schema.
A record that breaks the model is reported as a
:class:`~exchangekit.errors.ParseError` naming its line and JSON path, and the
records after it are still read; only a document that is not JSON at all, or not
an exchangekit document, stops the parser.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from exchangekit.builtin import _reject_options
from exchangekit.builtin._converter import DataError, describe, from_data, parse_error, to_data
from exchangekit.builtin._record_text import PRETTY, TextFunctions, clear_caches, record_functions
from exchangekit.errors import ParseError
from exchangekit.formats import Exporter, Item, NumberedItems, Parser, Provenance, Record
from exchangekit.hookspecs import hookimpl
from exchangekit.models import CasualtyClaim, Exchange, ExchangeTally

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "JsonExporter",
    "JsonParser",
    "exchangekit_exporters",
    "exchangekit_parsers",
    "schema",
]

FORMAT_NAME = "exchangekit"
"""The value of a canonical document's ``"format"`` key."""
FORMAT_VERSION = 1
"""The document version this exchangekit writes and reads."""

_SCHEMA_FILE = "exchangekit.schema.json"
_SECTIONS = ("provenance", "exchanges", "claims", "tallies")
_RECORD_SECTIONS: tuple[tuple[str, str, type[Record]], ...] = (
    ("exchanges", "exchange", Exchange),
    ("claims", "claim", CasualtyClaim),
    ("tallies", "tally", ExchangeTally),
)
"""Each record section, what one of its records is called, and its class, in document order."""
_ALWAYS_WRITTEN = 2
"""How many record sections every document has; later ones are written only when not empty."""
_KEYS = ("format", "version", *_SECTIONS)
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SNIFF = re.compile(r'"format"\s*:\s*"exchangekit"')
_DECODER = json.JSONDecoder()
_PATH_STEP = re.compile(r"\.([A-Za-z_]+)|\[([0-9]+)\]")
_string = json.encoder.encode_basestring
"""How the standard library writes a string when ``ensure_ascii`` is false."""


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the canonical document, as shipped in the package."""
    from importlib import resources  # it imports tempfile, zipfile and more: not at import

    text = resources.files(__package__).joinpath(_SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def read_text(stream: TextIO, source: str) -> str:
    """All of ``stream``, without a leading byte-order mark; undecodable input is a ParseError."""
    try:
        text = stream.read()
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"the input is not text in the expected encoding ({exc.reason} at byte {exc.start}); "
            "exchangekit files are UTF-8",
            source=source,
        ) from None
    return text.removeprefix("\ufeff")


def _skip(text: str, pos: int) -> int:
    match = _WHITESPACE.match(text, pos)
    return match.end() if match else pos


class _Scanner:
    """Reads the top level of a document, keeping where each record in a section starts.

    The records are decoded one by one with the standard library's decoder so
    that each keeps its offset, from which its line number is computed.
    """

    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.pos = 0
        self._line_pos = 0
        self._line = 1

    def line(self, pos: int) -> int:
        """The 1-based line of offset ``pos``; cheap when offsets only increase."""
        if pos < self._line_pos:
            self._line_pos, self._line = 0, 1
        self._line += self.text.count("\n", self._line_pos, pos)
        self._line_pos = pos
        return self._line

    def column(self, pos: int) -> int:
        return pos - self.text.rfind("\n", 0, pos)

    def error(self, message: str, pos: int, field: str | None = None) -> ParseError:
        return ParseError(
            f"{message} (column {self.column(pos)})",
            source=self.source,
            line=self.line(pos),
            field=field,
        )

    def skip(self) -> None:
        self.pos = _skip(self.text, self.pos)

    def peek(self) -> str:
        return self.text[self.pos : self.pos + 1]

    def expect(self, char: str, what: str, field: str | None) -> None:
        self.skip()
        if self.peek() != char:
            found = repr(self.peek()) if self.peek() else "the end of the input"
            raise self.error(f"invalid JSON: expected {what}, found {found}", self.pos, field)
        self.pos += 1

    def value(self, field: str) -> Any:
        self.skip()
        start = self.pos
        try:
            value, self.pos = _DECODER.raw_decode(self.text, self.pos)
        except json.JSONDecodeError as exc:
            raise self.error(f"invalid JSON: {exc.msg}", exc.pos, field) from None
        except (ValueError, RecursionError) as exc:  # a huge integer, or absurd nesting
            raise self.error(f"invalid JSON value: {exc}", start, field) from None
        return value

    def key(self, field: str) -> str:
        self.skip()
        if self.peek() != '"':
            raise self.error("invalid JSON: expected a key in double quotes", self.pos, field)
        key: str = self.value(field)
        return key

    def array(self, field: str) -> list[tuple[Any, int]]:
        """The elements of the array at the cursor, each with its offset."""
        self.expect("[", "'['", field)
        items: list[tuple[Any, int]] = []
        self.skip()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            self.skip()
            start = self.pos
            items.append((self.value(f"{field}[{len(items)}]"), start))
            self.expect_either(",", "]", field)
            if self.text[self.pos - 1] == "]":
                return items

    def expect_either(self, more: str, end: str, field: str) -> None:
        self.skip()
        char = self.peek()
        if not char or char not in (more, end):
            found = repr(char) if char else "the end of the input"
            raise self.error(
                f"invalid JSON: expected {more!r} or {end!r}, found {found}", self.pos, field
            )
        self.pos += 1

    def locate(self, start: int, path: str) -> int:
        """The offset of the value at ``path`` (``.count.low``) inside the value at ``start``.

        Used only to report the line of a bad field; where the walk cannot
        follow the path, the offset of the deepest value it reached is returned.
        """
        for name, index in _PATH_STEP.findall(path):
            child = self._child(start, name if name else int(index))
            if child is None:
                break
            start = child
        return start

    def _child(self, start: int, key: str | int) -> int | None:
        """The offset of member ``key`` of the object or array at ``start``, if it has one."""
        text, pos = self.text, start
        opening = "{" if isinstance(key, str) else "["
        if text[pos : pos + 1] != opening:
            return None
        pos += 1
        position = 0
        try:
            while True:
                pos = _skip(text, pos)
                if text[pos : pos + 1] in ("}", "]", ""):
                    return None
                if isinstance(key, str):
                    name, pos = _DECODER.raw_decode(text, pos)
                    pos = _skip(text, pos) + 1  # the colon
                    pos = _skip(text, pos)
                    if name == key:
                        return pos
                elif position == key:
                    return pos
                _, pos = _DECODER.raw_decode(text, pos)
                pos = _skip(text, pos) + 1  # the comma
                position += 1
        except ValueError:
            return None

    def document(self) -> dict[str, tuple[Any, int]]:
        """The top-level members; each section as a list of ``(element, offset)`` pairs."""
        self.skip()
        if self.peek() != "{":
            what = "the input is empty" if not self.peek() else f"found {self.peek()!r}"
            raise self.error(
                f"not an exchangekit JSON document: expected '{{' to open it, {what}", self.pos
            )
        self.pos += 1
        members: dict[str, tuple[Any, int]] = {}
        self.skip()
        if self.peek() == "}":
            self.pos += 1
        else:
            while True:
                start = self.pos
                key = self.key("$")
                field = f"$.{key}"
                if key in members:
                    raise self.error(f"the key {key!r} appears twice", start, field)
                self.expect(":", "':' after a key", field)
                self.skip()
                value_start = self.pos
                if key in _SECTIONS and self.peek() == "[":
                    members[key] = (self.array(field), value_start)
                else:
                    members[key] = (self.value(field), value_start)
                self.expect_either(",", "}", "$")
                if self.text[self.pos - 1] == "}":
                    break
                self.skip()
        self.skip()
        if self.pos < len(self.text):
            raise self.error("invalid JSON: extra data after the document", self.pos)
        return members


class JsonParser(Parser):
    """Reads the canonical JSON document, checking every record against the model."""

    name = "json"
    description = "exchangekit's canonical JSON document: one dataset, with a JSON Schema"
    suffixes = (".json",)
    media_types = ("application/json",)

    def sniff(self, head: str) -> bool:
        """A JSON object that says ``"format": "exchangekit"`` within the head."""
        text = head.lstrip("\ufeff \t\r\n")
        return text.startswith("{") and _SNIFF.search(text) is not None

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        """Yield the provenance entries and records of the document in ``stream``, in its order."""
        _reject_options(self.name, options)
        return NumberedItems(self._parse(stream, source))

    def _parse(self, stream: TextIO, source: str) -> Iterator[tuple[int, Item]]:
        scanner = _Scanner(read_text(stream, source), source)
        members = scanner.document()
        _check_header(members, scanner)
        for key, (_, pos) in members.items():
            if key not in _KEYS:
                line = scanner.line(pos)
                yield (
                    line,
                    ParseError(
                        f"unknown key {key!r}; a document has the keys {', '.join(_KEYS)}",
                        source=source,
                        line=line,
                        field=f"$.{key}",
                    ),
                )
        for section in _SECTIONS:
            if section not in members:
                continue
            elements, pos = members[section]
            if not isinstance(elements, list):
                line = scanner.line(pos)
                yield (
                    line,
                    ParseError(
                        f"expected an array, got {describe(elements)}",
                        source=source,
                        line=line,
                        field=f"$.{section}",
                    ),
                )
                continue
            for index, (element, start) in enumerate(elements):
                line = scanner.line(start)
                yield line, _item(section, index, element, start, scanner)


def _check_header(members: dict[str, tuple[Any, int]], scanner: _Scanner) -> None:
    """Raise unless the document says it is an exchangekit document of a version we read."""
    if "format" not in members:
        raise ParseError(
            f'not an exchangekit document: it has no "format" key '
            f'(expected "format": "{FORMAT_NAME}")',
            source=scanner.source,
            line=1,
            field="$.format",
        )
    value, pos = members["format"]
    if value != FORMAT_NAME:
        raise ParseError(
            f'not an exchangekit document: "format" is {describe(value)}, expected "{FORMAT_NAME}"',
            source=scanner.source,
            line=scanner.line(pos),
            field="$.format",
        )
    if "version" not in members:
        raise ParseError(
            f'the document has no "version" key (expected "version": {FORMAT_VERSION})',
            source=scanner.source,
            line=1,
            field="$.version",
        )
    value, pos = members["version"]
    if type(value) is not int or value != FORMAT_VERSION:
        raise ParseError(
            f"unsupported version: got {describe(value)}, but this exchangekit reads "
            f"version {FORMAT_VERSION}",
            source=scanner.source,
            line=scanner.line(pos),
            field="$.version",
        )


def _item(section: str, index: int, element: Any, start: int, scanner: _Scanner) -> Item:
    path = f"$.{section}[{index}]"
    if section == "provenance":
        try:
            return Provenance(from_data(element, str, path=path))
        except DataError as exc:
            return parse_error(exc, source=scanner.source, line=scanner.line(start))
    cls = next(cls for name, _, cls in _RECORD_SECTIONS if name == section)
    try:
        return from_data(element, cls, path=path)
    except DataError as exc:
        where = exc.problems[0].path.removeprefix(path) if exc.problems else ""
        line = scanner.line(scanner.locate(start, where))
        return parse_error(exc, source=scanner.source, line=line)


def _indented(value: Any, margin: str) -> str:
    """``value`` as pretty JSON whose continuation lines start with ``margin``.

    The text is that of ``json.dumps(value, indent=2, ensure_ascii=False)``;
    the standard library writes indented JSON in pure Python, one generator per
    container, so the plain values records hold are written here instead and
    anything else is left to :func:`json.dumps`.
    """
    try:
        return _pretty(value, margin)
    except _NotPlain:
        return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + margin)


class _NotPlain(Exception):
    """A value :func:`_pretty` leaves to the standard library (a float, a non-string key)."""


def _pretty(value: Any, margin: str) -> str:
    """The indented text of ``value``, or :class:`_NotPlain` for what only the stdlib writes."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = margin + "  "
        parts = []
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            parts.append(_string(key) + ": " + _pretty(item, inner))
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + margin + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = margin + "  "
        items = (",\n" + inner).join([_pretty(item, inner) for item in value])
        return "[\n" + inner + items + "\n" + margin + "]"
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise _NotPlain


class JsonExporter(Exporter):
    """Writes the canonical JSON document, streaming one record at a time.

    The text is exactly ``json.dumps(document, indent=2, ensure_ascii=False)``
    followed by a newline, with keys in a fixed order.
    """

    name = "json"
    description = "exchangekit's canonical JSON document: one dataset, with a JSON Schema"
    suffixes = (".json",)
    media_types = ("application/json",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        """Write one document; ``records`` must give exchanges, then claims, then tallies."""
        _reject_options(self.name, options)
        stream.write(f'{{\n  "format": "{FORMAT_NAME}",\n  "version": {FORMAT_VERSION},\n')
        stream.write(f'  "provenance": {_indented(list(provenance), "  ")}')
        try:
            self._write_records(records, stream)
        finally:
            clear_caches()

    @staticmethod
    def _write_records(records: Iterable[Record], stream: TextIO) -> None:
        """The record sections and the closing brace, each record written as it comes."""
        texts = _record_texts()
        write = stream.write
        section, written = -1, 0
        for record in records:
            rank = _rank(record)
            if rank != section:
                if rank < section:
                    _, kind, _ = _RECORD_SECTIONS[rank]
                    _, later, _ = _RECORD_SECTIONS[section]
                    raise ValueError(
                        f"{kind} {record.id!r} came after a {later}; write every exchange "
                        "before the first claim, and every claim before the first tally"
                    )
                while section < rank:
                    section, written = _open_next(stream, section, written)
            write((",\n    " if written else "\n    ") + _text_of(texts, record))
            written += 1
        while section < _ALWAYS_WRITTEN - 1:
            section, written = _open_next(stream, section, written)
        stream.write(_close(written) + "\n}\n")


def _text_of(texts: dict[type[Any], Callable[[Any], str]], record: Record) -> str:
    """The indented text of ``record``, by its generated writer when it has one.

    A record the generated writer cannot write (a subclass, or a field holding
    something other than its declared type) is written from its data, as before.
    """
    text = texts.get(type(record))
    if text is not None:
        try:
            return text(record)
        except Exception:  # the data path writes it, or raises its own error
            pass
    return _indented(to_data(record), "    ")


@functools.cache
def _record_texts() -> dict[type[Any], Callable[[Any], str]]:
    """The generated writer of each record class, for a record inside a section's array."""
    return record_functions(TextFunctions(PRETTY), depth=2)


def _rank(record: object) -> int:
    """The position of the record's section in the document; a TypeError for a non-record."""
    for rank, (_, _, cls) in enumerate(_RECORD_SECTIONS):
        if isinstance(record, cls):
            return rank
    raise TypeError(f"cannot write {type(record).__name__}; expected a record")


def _open_next(stream: TextIO, section: int, written: int) -> tuple[int, int]:
    """Close the current record section (if any) and open the next: its index, none written."""
    if section >= 0:
        stream.write(_close(written))
    section += 1
    stream.write(f',\n  "{_RECORD_SECTIONS[section][0]}": [')
    return section, 0


def _close(written: int) -> str:
    return "\n  ]" if written else "]"


# -- plugin hooks -------------------------------------------------------------------------


@hookimpl
def exchangekit_parsers() -> list[type[Parser]]:
    """The canonical JSON parser."""
    return [JsonParser]


@hookimpl
def exchangekit_exporters() -> list[type[Exporter]]:
    """The canonical JSON exporter."""
    return [JsonExporter]
