"""The ``ucdp-ged`` parser: GED CSV releases and UCDP API pages, streamed into incident claims.

A CSV file is read row by row, so a release of hundreds of thousands of
events is parsed in bounded memory; an API page (a JSON object whose
``Result`` list holds up to a few thousand events) is read whole. Either way
each event yields its claims (see :mod:`exchangekit_ucdp.events`) or one
:class:`~exchangekit.ParseError` naming the line, the column and what was
wrong, and the events after a bad one are still read.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from exchangekit import ExchangekitError, ParseError, PartyRegistry
from exchangekit.formats import Item, NumberedItems, Parser, Provenance
from exchangekit_ucdp.columns import REQUIRED, CellError, ColumnMap, canonical
from exchangekit_ucdp.events import UCDP_REGISTRY, PartyCache, event_claims, read_event

__all__ = ["PROVENANCE", "GedParser"]

PROVENANCE = "UCDP Georeferenced Event Dataset (GED), read by exchangekit-ucdp"
"""The provenance entry every parsed file gets."""


def _header_names(text: str) -> set[str]:
    """The lower-case names in the first line of ``text`` read as a CSV header, if it is one."""
    lines = text.splitlines()
    try:
        cells = next(csv.reader(lines[:1]), [])
    except csv.Error:
        return set()
    return {cell.strip().strip('"').lower() for cell in cells}


def _error(
    source: str, line: int | None, error: CellError, columns: ColumnMap | None, where: str = ""
) -> ParseError:
    number = columns.column_number(error.column) if columns is not None else None
    column = f"column {number} ({error.column})" if number is not None else error.column
    return ParseError(
        f"{where}{column}: {error.message}", source=source, line=line, field=error.column
    )


class GedParser(Parser):
    """Reads UCDP GED events (CSV, yearly or candidate release, or an API JSON page) as claims."""

    name = "ucdp-ged"
    description = "UCDP Georeferenced Event Dataset: CSV releases and API JSON pages"
    suffixes = (".csv", ".json")
    media_types = ("text/csv", "application/json")

    def sniff(self, head: str) -> bool:
        """A CSV header naming ``side_a``, ``deaths_a`` and ``best``, or an API page."""
        text = head.lstrip("\ufeff \t\r\n")
        if text.startswith("{"):
            return '"Result"' in text and ('"deaths_a"' in text or '"TotalCount"' in text)
        names = _header_names(text)
        return {"side_a", "deaths_a"} <= names and bool({"best", "best_est"} & names)

    def parse(
        self,
        stream: TextIO,
        *,
        source: str,
        registry: PartyRegistry | None = None,
        **options: Any,
    ) -> Iterator[Item]:
        """Yield the claims of every event in ``stream``, and a ParseError for each bad event.

        ``registry`` maps the data set's actor and country names to parties
        (default :data:`~exchangekit_ucdp.events.UCDP_REGISTRY`); a name it
        does not know becomes a party with a derived code.
        """
        if options:
            raise TypeError(
                f"the {self.name} format takes only registry=, got {', '.join(sorted(options))}"
            )
        if registry is not None and not isinstance(registry, PartyRegistry):
            raise TypeError(f"registry= must be a PartyRegistry, got {registry!r}")
        parties = PartyCache(UCDP_REGISTRY if registry is None else registry)
        return NumberedItems(self._items(stream, source, parties))

    def _items(
        self, stream: TextIO, source: str, parties: PartyCache
    ) -> Iterator[tuple[int | None, Item]]:
        first = stream.readline()
        while first and not first.strip():
            first = stream.readline()
        yield None, Provenance(PROVENANCE)
        if first.lstrip("\ufeff \t").startswith(("{", "[")):
            yield from _json_items(first + stream.read(), source, parties)
        elif first:
            yield from _csv_items(itertools.chain([first], stream), source, parties)


def _claims_of(
    row: Mapping[str, object],
    parties: PartyCache,
    source: str,
    line: int | None,
    columns: ColumnMap | None,
    where: str = "",
) -> Iterator[tuple[int | None, Item]]:
    try:
        claims = event_claims(read_event(row), parties)
    except CellError as error:
        yield line, _error(source, line, error, columns, where)
        return
    except ExchangekitError as exc:  # a name or text exchangekit cannot hold as a record
        yield line, ParseError(f"{where}{exc}", source=source, line=line)
        return
    for claim in claims:
        yield line, claim


def _csv_items(
    lines: Iterable[str], source: str, parties: PartyCache
) -> Iterator[tuple[int | None, Item]]:
    reader = csv.reader(lines)
    try:
        header = next(reader)
        columns = ColumnMap(header)
        missing = columns.missing()
        if missing:
            raise ParseError(
                f"the header has no {', '.join(missing)} column{'s' if len(missing) > 1 else ''}; "
                "a GED file names id, date_start, date_end, side_a, side_b, country, deaths_a, "
                "deaths_b, deaths_civilians, deaths_unknown, best, low and high",
                source=source,
                line=1,
            )
        previous = reader.line_num
        for cells in reader:
            line = previous + 1
            previous = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != columns.width:
                yield (
                    line,
                    ParseError(
                        f"the row has {len(cells)} cells; the header has {columns.width}",
                        source=source,
                        line=line,
                    ),
                )
                continue
            yield from _claims_of(columns.row(cells), parties, source, line, columns)
    except csv.Error as exc:
        raise ParseError(
            f"not readable as CSV: {exc}", source=source, line=reader.line_num or None
        ) from None


def _json_items(text: str, source: str, parties: PartyCache) -> Iterator[tuple[int | None, Item]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not valid JSON: {exc.msg} (column {exc.colno})", source=source, line=exc.lineno
        ) from None
    except RecursionError:
        raise ParseError("the JSON is nested too deeply to read", source=source) from None
    events = document.get("Result") if isinstance(document, dict) else document
    if not isinstance(events, list):
        raise ParseError(
            "a UCDP API page is a JSON object with a 'Result' list of events "
            "(or a bare list of events)",
            source=source,
            field="Result",
        )
    for index, event in enumerate(events):
        if not isinstance(event, dict):
            yield (
                None,
                ParseError(
                    f"Result[{index}] is a {type(event).__name__}, not an event object",
                    source=source,
                    field="Result",
                ),
            )
            continue
        row = {canonical(str(key)): value for key, value in event.items()}
        missing = [name for name in REQUIRED if name not in row]
        if missing:
            yield (
                None,
                ParseError(
                    f"Result[{index}] has no {', '.join(missing)}", source=source, field=missing[0]
                ),
            )
            continue
        yield from _claims_of(row, parties, source, None, None, f"Result[{index}] ")
