"""The ``hxl`` parser: HXL-tagged tables, this plugin's own and other people's, read with libhxl.

libhxl, the HXL reference library, finds the hashtag row among the first 25
rows and parses each hashtag; every field is then found by matching the tag
patterns of :data:`exchangekit_hxl.mapping.PATTERNS` against the columns, as
the standard says: hashtags and attributes in any letter case, attributes in
any order, extra attributes allowed. Columns may come in any order, extra
columns are ignored, optional ones may be missing, and a cell that is not a
valid hashtag leaves its column untagged. A table without the tags its
records need is a :class:`~exchangekit.ParseError` listing them; a bad row is
a ``ParseError`` naming its line and tag, and the rows after it are still read.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from enum import Enum
from typing import Any, TextIO, TypeVar

import attrs

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Exchange,
    ExchangeKind,
    ExchangekitError,
    ExchangeTally,
    ParseError,
    Party,
    PartyRegistry,
    Period,
    PersonCategory,
    Population,
    Qualifier,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.formats import Item, NumberedItems, Parser
from exchangekit.safecsv import restore
from exchangekit_hxl.exporter import registry_option
from exchangekit_hxl.mapping import PATTERNS

__all__ = ["TAG_ROW_SEARCH", "HxlParser"]

TAG_ROW_SEARCH = 25
"""How many rows from the top libhxl searches for the hashtag row."""

_E = TypeVar("_E", bound=Enum)
_NUMBER = re.compile(r"[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+")
_CLAIM_CATEGORIES = tuple(CasualtyCategory)
_PERSON_CATEGORIES = tuple(PersonCategory)
_RECORD_TYPES = {"exchange": "exchange", "transfer": "exchange", "claim": "claim", "tally": "tally"}


class _RowError(Exception):
    """A problem with one row, turned into a ParseError naming its line."""

    def __init__(self, message: str, field: str | None) -> None:
        super().__init__(message)
        self.message, self.field = message, field


def _quiet_libhxl() -> None:
    """Keep libhxl's log messages off stderr unless the application configures logging.

    libhxl logs a skipped malformed hashtag as an error; this parser reports what
    matters itself. A ``NullHandler`` is what a library's logger should carry.
    """
    import logging  # only when reading: plugin discovery stays cheap

    logger = logging.getLogger("hxl")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _enum(cls: type[_E], text: str, tag: str) -> _E:
    try:
        return cls(text.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        accepted = ", ".join(str(member.value) for member in cls)
        raise _RowError(f"{text!r} is not one of {accepted}", tag) from None


def _id(record_id: str | None) -> dict[str, Any]:
    """The ``id=`` argument for a record: none, so that it is derived, when the row has no id."""
    return {} if record_id is None else {"id": record_id}


def _number(text: str, tag: str) -> int:
    cleaned = text.strip()
    if not _NUMBER.fullmatch(cleaned):
        raise _RowError(f"{text!r} is not a whole number of people", tag)
    try:
        return int(cleaned.replace(",", ""))
    except ValueError:  # more digits than int() converts
        raise _RowError("the number has too many digits", tag) from None


@attrs.frozen
class _Columns:
    """Which columns (by position) match each field's tag pattern, and the tag row itself."""

    fields: dict[str, tuple[int, ...]]
    tags: tuple[str, ...]
    malformed: tuple[str, ...]
    line: int

    def has(self, field: str) -> bool:
        return bool(self.fields.get(field))


class _Row:
    """One data row, read field by field through the matched columns."""

    def __init__(self, columns: _Columns, values: list[str]) -> None:
        self.columns = columns
        self.values = values

    def tag(self, field: str) -> str:
        indices = self.columns.fields.get(field, ())
        return self.columns.tags[indices[0]] if indices else PATTERNS[field]

    def cells(self, field: str) -> list[tuple[int, str]]:
        """The non-empty cells of the field's columns, with spreadsheet apostrophes removed."""
        found = []
        for index in self.columns.fields.get(field, ()):
            raw = self.values[index] if index < len(self.values) else ""
            value = restore(raw) if isinstance(raw, str) else None
            if value is not None and value.strip():
                found.append((index, value))
        return found

    def text(self, field: str) -> str | None:
        """The field's first non-empty cell, as written."""
        cells = self.cells(field)
        return cells[0][1] if cells else None

    def word(self, field: str) -> str | None:
        text = self.text(field)
        return None if text is None else text.strip()

    def required(self, field: str, what: str) -> str:
        value = self.word(field)
        if value is None:
            raise _RowError(f"{what} is missing", self.tag(field))
        return value

    def number(self, field: str) -> int | None:
        text = self.word(field)
        return None if text is None else _number(text, self.tag(field))

    def period(self, field: str, what: str) -> Period:
        text = self.required(field, what)
        try:
            return Period.parse(text)
        except ExchangekitError as exc:
            raise _RowError(str(exc), self.tag(field)) from None

    def option(self, field: str, cls: type[_E], default: _E) -> _E:
        text = self.word(field)
        return default if text is None else _enum(cls, text, self.tag(field))


class _Reader:
    """Reads a whole table: raw rows from :mod:`csv`, the hashtag row and rows from libhxl."""

    def __init__(self, stream: TextIO, source: str, registry: PartyRegistry) -> None:
        self.stream = stream
        self.source = source
        self.registry = registry
        self.line = 1
        self.last_raw: list[str] = []
        self.groups: dict[str, list[tuple[int, dict[str, Any], Transfer]]] = {}

    def error(self, message: str, line: int | None, field: str | None = None) -> ParseError:
        return ParseError(message, source=self.source, line=line, field=field)

    def raw_rows(self) -> Iterator[list[str]]:
        """The table's rows, noting the line each starts on; unreadable CSV stops with an error."""
        reader = csv.reader(self.stream)
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise self.error(f"unreadable CSV: {exc}", reader.line_num) from None
            except UnicodeDecodeError as exc:
                raise self.error(
                    f"the input is not UTF-8 text ({exc.reason})", reader.line_num + 1
                ) from None
            if start == 1 and row:
                row[0] = row[0].removeprefix("\ufeff")
            try:
                "".join(row).encode("utf-8")
            except UnicodeEncodeError as exc:
                raise self.error(
                    f"the row holds {exc.object[exc.start]!r}, half of a surrogate pair, "
                    "which is not text",
                    start,
                ) from None
            self.line, self.last_raw = start, row
            yield row

    def columns(self, found: list[Any]) -> _Columns:
        import hxl.model  # type: ignore[import-untyped]

        tags = tuple(str(column.display_tag) for column in found)
        malformed = tuple(
            raw.strip()
            for raw, column in zip(self.last_raw, found, strict=False)
            if raw.strip() and not column.tag
        )
        fields = {
            field: tuple(
                index
                for index, column in enumerate(found)
                if hxl.model.TagPattern.parse(pattern).match(column)
            )
            for field, pattern in PATTERNS.items()
        }
        return _Columns(fields, tags, malformed, self.line)

    def check(self, columns: _Columns) -> None:
        """Raise the ParseError listing every tag the table lacks for the records it holds."""
        claims = [c for c in _CLAIM_CATEGORIES if columns.has(c.value)]
        people = [c for c in _PERSON_CATEGORIES if columns.has(c.value)]
        needed = ["occurred"]
        if claims:
            needed += ["subject", "reported", "source"]
        if people:
            needed += ["sender", "receiver", "kind"]
        missing = [PATTERNS[field].partition("-")[0] for field in needed if not columns.has(field)]
        if not claims and not people:
            missing.append(
                "a figure column such as #affected+killed (claims) or #affected+x_remains "
                "(exchanges)"
            )
        if missing:
            malformed = (
                f"; these cells of the hashtag row are not valid hashtags: "
                f"{', '.join(map(repr, columns.malformed))}"
                if columns.malformed
                else ""
            )
            raise self.error(
                f"the table lacks the HXL tags it needs: {', '.join(missing)} "
                f"(its hashtag row has {', '.join(t for t in columns.tags if t) or 'none'}"
                f"{malformed})",
                columns.line,
            )

    def items(self) -> Iterator[tuple[int | None, Item]]:
        import hxl.input  # type: ignore[import-untyped]

        _quiet_libhxl()
        reader = hxl.input.HXLReader(hxl.input.ArrayInput(self.raw_rows()))
        try:
            found = list(reader.columns)
        except hxl.input.HXLTagsNotFoundException:
            raise self.error(
                f"no HXL hashtag row (such as '#date+occurred,#affected+killed') in the first "
                f"{TAG_ROW_SEARCH} rows; an HXL table has one under its headers",
                None,
            ) from None
        columns = self.columns(found)
        self.check(columns)
        for row in reader:
            line = self.line
            values = [value if isinstance(value, str) else "" for value in row.values]
            if not any(value.strip() for value in values):
                continue
            try:
                item = self.row(_Row(columns, values), line)
            except _RowError as exc:
                yield line, self.error(exc.message, line, exc.field)
                continue
            except ExchangekitError as exc:
                yield line, self.error(str(exc), line)
                continue
            if item is not None:
                yield line, item
        for rows in self.groups.values():
            first_line = rows[0][0]
            try:
                yield first_line, self.exchange(rows[0][1], [t for _, _, t in rows])
            except ExchangekitError as exc:
                yield first_line, self.error(str(exc), first_line)

    def party(self, row: _Row, field: str, what: str, *, required: bool = True) -> Party | None:
        text = row.word(field)
        if text is None:
            if required:
                raise _RowError(f"{what} is missing", row.tag(field))
            return None
        return self.resolve(text, row.tag(field))

    def resolve(self, text: str, tag: str) -> Party:
        try:
            if "+" in text:
                return Party.joint(
                    *(self.registry.lookup(code.strip()) for code in text.split("+"))
                )
            return self.registry.lookup(text)
        except ExchangekitError as exc:
            raise _RowError(str(exc), tag) from None

    def count(self, row: _Row, category: str) -> Count:
        headline = row.number(category)
        assert headline is not None
        low, high, best = row.number("low"), row.number("high"), row.number("best")
        qualifier = row.word("qualifier")
        if low is None:
            if high is not None or best is not None:
                raise _RowError(
                    "a figure with a high or best bound needs its low bound too", row.tag("low")
                )
            if qualifier is not None and qualifier.lower() != "exact":
                raise _RowError(
                    f"a figure qualified {qualifier!r} needs its low bound", row.tag("low")
                )
            return Count.exact(headline)
        count = Count(
            low,
            high,
            best,
            Qualifier.RANGE
            if qualifier is None
            else _enum(Qualifier, qualifier, row.tag("qualifier")),
        )
        expected = count.best if count.best is not None else count.low
        if headline != expected:
            raise _RowError(
                f"the figure {headline} is neither the best figure nor, without one, the low "
                f"bound ({expected})",
                row.tag(category),
            )
        return count

    def speaker(self, row: _Row, *, required: bool) -> Source | None:
        name = row.text("source")
        if name is None:
            if required:
                raise _RowError("who stated the figure is missing", row.tag("source"))
            return None
        published = row.word("source_published")
        try:
            day = None if published is None else date.fromisoformat(published)
        except ValueError:
            raise _RowError(
                f"{published!r} is not a date such as 2025-10-23", row.tag("source_published")
            ) from None
        party = self.party(row, "source_party", "", required=False)
        return Source(
            name=name,
            kind=row.option("source_kind", SourceKind, SourceKind.OTHER),
            party=party,
            url=row.text("source_url"),
            published=day,
        )

    def row(self, row: _Row, line: int) -> Item | None:
        filled = [
            (category, cells)
            for category in (*_CLAIM_CATEGORIES, *_PERSON_CATEGORIES)
            if (cells := row.cells(category.value))
        ]
        if not filled:
            raise _RowError(
                "the row has no figure in any category column (such as #affected+killed)", None
            )
        if len(filled) > 1 or len(filled[0][1]) > 1:
            tags = [row.columns.tags[index] for _, cells in filled for index, _ in cells]
            raise _RowError(
                f"the row has figures in {len(tags)} columns ({', '.join(tags)}); a row holds one",
                tags[0],
            )
        category = filled[0][0]
        kind = row.word("record")
        if kind is None:
            record = "claim" if isinstance(category, CasualtyCategory) else "exchange"
        elif kind.lower() in _RECORD_TYPES:
            record = _RECORD_TYPES[kind.lower()]
        else:
            raise _RowError(
                f"{kind!r} is not a record type (exchange, claim or tally)", row.tag("record")
            )
        if (record == "claim") != isinstance(category, CasualtyCategory):
            raise _RowError(
                f"a {record} row cannot hold a figure of {category.value}: "
                + (
                    "claims count casualties"
                    if record == "claim"
                    else "it counts people handed over"
                ),
                row.tag(category.value),
            )
        count = self.count(row, category.value)
        if record == "claim":
            assert isinstance(category, CasualtyCategory)
            return self.claim(row, category, count)
        assert isinstance(category, PersonCategory)
        if record == "tally":
            return self.tally(row, category, count)
        return self.gather(row, line, category, count)

    def claim(self, row: _Row, category: CasualtyCategory, count: Count) -> CasualtyClaim:
        claimant = self.speaker(row, required=True)
        assert claimant is not None
        subject = self.party(row, "subject", "whose losses the figure counts")
        assert subject is not None
        record_id = row.text("id")
        return CasualtyClaim(
            subject=subject,
            category=category,
            count=count,
            covers=row.period("occurred", "when the losses happened"),
            as_of=row.period("reported", "the date of the figure"),
            claimant=claimant,
            method=row.option("method", ClaimMethod, ClaimMethod.OFFICIAL_STATEMENT),
            scope=row.option("scope", ClaimScope, ClaimScope.CUMULATIVE),
            population=row.option("population", Population, Population.COMBATANTS),
            **_id(record_id),
        )

    def tally(self, row: _Row, category: PersonCategory, count: Count) -> ExchangeTally:
        claimant = self.speaker(row, required=True)
        assert claimant is not None
        receiver = self.party(row, "receiver", "who received the people")
        assert receiver is not None
        record_id = row.text("id")
        return ExchangeTally(
            receiver=receiver,
            sender=self.party(row, "sender", "", required=False),
            category=category,
            count=count,
            covers=row.period("occurred", "the span the tally covers"),
            as_of=row.period("reported", "the date of the tally"),
            claimant=claimant,
            **_id(record_id),
        )

    def gather(
        self, row: _Row, line: int, category: PersonCategory, count: Count
    ) -> Exchange | ParseError | None:
        """File a transfer row under its exchange's id; a row without one is an exchange alone."""
        sender = self.party(row, "sender", "who handed the people over")
        receiver = self.party(row, "receiver", "who received the people")
        assert sender is not None
        assert receiver is not None
        transfer = Transfer(sender, receiver, category, count, self.speaker(row, required=False))
        intermediaries = row.word("intermediaries")
        shared: dict[str, Any] = {
            "kind": _enum(
                ExchangeKind, row.required("kind", "the kind of exchange"), row.tag("kind")
            ),
            "period": row.period("occurred", "when the exchange happened"),
            "intermediaries": tuple(
                self.resolve(code.strip(), row.tag("intermediaries"))
                for code in (intermediaries or "").split(",")
                if code.strip()
            ),
        }
        record_id = row.text("id")
        if record_id is None:
            return self.exchange(shared, [transfer])
        group = self.groups.setdefault(record_id, [])
        if group:
            first_line, first, _ = group[0]
            for key, value in shared.items():
                if first[key] != value:
                    return self.error(
                        f"this row of exchange {record_id!r} disagrees with its first row "
                        f"(line {first_line}) on its {key}, so it is left out; an exchange's "
                        "own fields repeat unchanged on each of its rows",
                        line,
                        row.tag({"period": "occurred"}.get(key, key)),
                    )
        shared["id"] = record_id
        group.append((line, shared, transfer))
        return None

    @staticmethod
    def exchange(shared: dict[str, Any], transfers: list[Transfer]) -> Exchange:
        return Exchange(transfers=transfers, **shared)


def _looks_tagged(head: str) -> bool:
    lines = head.splitlines()[:TAG_ROW_SEARCH]
    try:
        rows = list(csv.reader(io.StringIO("\n".join(lines[:-1] if len(lines) > 1 else lines))))
    except csv.Error:
        return False
    for row in rows:
        cells = [cell.strip() for cell in row if cell.strip()]
        tagged = [cell for cell in cells if cell.startswith("#")]
        if cells and 2 * len(tagged) >= len(cells):
            return any(cell.lower().startswith("#affected") for cell in tagged)
    return False


class HxlParser(Parser):
    """Reads HXL-tagged CSV into exchanges, casualty claims and stated tallies."""

    name = "hxl"
    description = "HXL: CSV with a hashtag row, a row per transfer, claim and tally"
    suffixes = (".hxl", ".hxl.csv")
    media_types = ()

    def sniff(self, head: str) -> bool:
        """A row near the top is mostly hashtags, one of them an ``#affected`` figure."""
        return _looks_tagged(head)

    def parse(
        self,
        stream: TextIO,
        *,
        source: str,
        registry: PartyRegistry | None = None,
        **options: Any,
    ) -> Iterator[Item]:
        """Yield the claims and tallies as their rows are read, then the exchanges.

        ``registry`` resolves party codes and names (default: exchangekit's own).
        """
        if options:
            names = ", ".join(sorted(options))
            raise TypeError(f"the hxl format takes only registry=, got {names}")
        return NumberedItems(_Reader(stream, source, registry_option(registry)).items())
