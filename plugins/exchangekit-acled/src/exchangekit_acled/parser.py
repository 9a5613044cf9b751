"""The ``acled`` parser: ACLED event exports (CSV) as incident casualty claims.

Each row of an ACLED export is one event; each event becomes one
:class:`~exchangekit.CasualtyClaim` of scope ``INCIDENT``, category
``KILLED`` and population ``ALL``, whose id is the event's ``event_id_cnty``.
Columns are found by their header name (in any letter case and order), so
the API's layout, the export tool's and older ones all read the same way.

``fatalities`` is the most conservative figure ACLED found in its sources.
By default (``fatalities="floor"``) it becomes a floor that is also the best
figure: ``Count(low=n, high=None, best=n, qualifier=AT_LEAST)`` with method
``DOCUMENTED_MINIMUM``, so sums of events are floors with ACLED's own sum as
their best figure and no ceiling. ``fatalities="exact"`` reads it as a plain
exact figure instead, as ACLED's own aggregates do.

An event may appear more than once (a revision concatenated after an older
download): within one parse the version with the later ``timestamp``
replaces the other, so an event is never counted twice.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, TextIO

import attrs

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    ExchangekitError,
    ParseError,
    Party,
    PartyRegistry,
    Period,
    Population,
    Precision,
    Qualifier,
    Source,
    SourceKind,
)
from exchangekit.api import ParseResult
from exchangekit.formats import Item, NumberedItems, Parser

__all__ = ["ACLED", "REQUIRED_COLUMNS", "AcledParser", "read_exports"]

ACLED = Source("ACLED", SourceKind.RESEARCH, url="https://acleddata.com")
"""The claimant of every claim the parser reads: the ACLED data set itself."""

REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "fatalities", "country")
"""Columns an export must have; every other column is optional."""

_ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
_KEPT_COLUMNS = (
    "disorder_type",
    "event_type",
    "sub_event_type",
    *_ACTOR_COLUMNS,
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "timestamp",
)
"""Columns written, labelled, into the claim's description caveat (in this order)."""

_WEEK_RADIUS = timedelta(days=3)
"""ACLED dates an event known only to its week at the week's middle: three days either side."""

_MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (
        date(2000, number, 1).strftime("%B").lower(),
        date(2000, number, 1).strftime("%b").lower(),
    )
}
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)?)?"
)
_WORD_DATE = re.compile(r"(\d{1,2})[ -]([A-Za-z]+)\.?,?[ -](\d{4})")
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_WHOLE = re.compile(r"\d{1,12}(?:\.0*)?")
_DATE_FORMS = "2023-02-15, 15 February 2023, 15-Feb-2023 or 15/02/2023 (day first)"

Fatalities = Literal["floor", "exact"]
Subject = Literal["country", "actors"]


class _RowError(Exception):
    """A cell that cannot be read, and the column it is in."""

    def __init__(self, message: str, column: str | None) -> None:
        super().__init__(message)
        self.message, self.column = message, column


def _header_name(cell: str) -> str:
    return "_".join(cell.strip().lstrip("\ufeff").strip().lower().split())


def _whole(text: str, column: str, what: str) -> int:
    if not _WHOLE.fullmatch(text):
        raise _RowError(f"{text!r} is not {what} (a whole number such as 0 or 12)", column)
    return int(text.partition(".")[0])


def read_date(text: str, column: str = "event_date") -> date:
    """The day an ACLED date cell names, in any of the forms ACLED exports have used.

    ``2023-02-15`` (optionally with a midnight time), ``15 February 2023``,
    ``15-Feb-2023`` and ``15/02/2023``; a numeric date is always read day
    first, as ACLED writes it, never month first.
    """
    numbers: tuple[str, str, str] | None = None
    if match := _ISO_DATE.fullmatch(text):
        numbers = (match[1], match[2], match[3])
    elif match := _DAY_FIRST_DATE.fullmatch(text):
        numbers = (match[3], match[2], match[1])
    elif (match := _WORD_DATE.fullmatch(text)) and match[2].lower() in _MONTHS:
        numbers = (match[3], str(_MONTHS[match[2].lower()]), match[1])
    if numbers is None:
        raise _RowError(f"{text!r} is not a date such as {_DATE_FORMS}", column)
    try:
        return date(int(numbers[0]), int(numbers[1]), int(numbers[2]))
    except ValueError as exc:
        raise _RowError(f"{text!r} is not a day of the calendar ({exc})", column) from None


def _covers(day: date, precision: str | None) -> Period:
    """The span an event happened in, from its date and ACLED's ``time_precision``.

    Without a ``time_precision`` column the date is taken as the day itself.
    """
    if precision == "":
        raise _RowError("the event has no time precision: 1, 2 or 3", "time_precision")
    code = 1 if precision is None else _whole(precision, "time_precision", "a time precision")
    try:
        if code == 1:
            return Period.day(day)
        if code == 2:
            return Period(day - _WEEK_RADIUS, day + _WEEK_RADIUS, Precision.RANGE)
        if code == 3:
            return Period.containing(day, Precision.MONTH)
    except (OverflowError, ExchangekitError) as exc:
        message = f"the span around {day.isoformat()} is out of range ({exc})"
        raise _RowError(message, "event_date") from None
    raise _RowError(
        f"{precision!r} is not an ACLED time precision: 1 (the day), 2 (the week) or 3 (the month)",
        "time_precision",
    )


def _timestamp(text: str) -> datetime | None:
    """When ACLED last changed the event: Unix seconds, or a date and time in ISO form."""
    if not text:
        return None
    if _WHOLE.fullmatch(text):
        try:
            return datetime.fromtimestamp(int(text.partition(".")[0]), UTC)
        except (OverflowError, OSError, ValueError):
            raise _RowError(f"{text!r} is out of the range of Unix times", "timestamp") from None
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        raise _RowError(
            f"{text!r} is not a timestamp (Unix seconds such as 1676419200, "
            "or a date and time such as 2023-02-15 00:00:00)",
            "timestamp",
        ) from None
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def _resolve(registry: PartyRegistry, name: str, column: str) -> Party:
    try:
        return registry.resolve(name)
    except ExchangekitError as exc:
        raise _RowError(str(exc), column) from None


def _names(cell: str) -> list[str]:
    """The actors or sources of a ``;``-joined cell, each once, in order."""
    return list(dict.fromkeys(part.strip() for part in cell.split(";") if part.strip()))


@attrs.frozen
class _Settings:
    registry: PartyRegistry
    fatalities: Fatalities
    subject: Subject


@attrs.frozen
class _Version:
    """One row's claim, where it was read, and when ACLED last changed it."""

    claim: CasualtyClaim
    source: str
    line: int
    stamp: datetime | None


def _subject(country: Party, settings: _Settings, actors: dict[str, list[Party]]) -> Party:
    if settings.subject == "country":
        return country
    sides = [*actors.get("actor1", []), *actors.get("actor2", [])]
    distinct = list({party.code: party for party in sides}.values())
    if not distinct:
        raise _RowError("subject='actors' needs an actor1 or actor2, and both are empty", "actor1")
    if len(distinct) == 1:
        return distinct[0]
    try:
        return Party.joint(*distinct)
    except ExchangekitError as exc:
        raise _RowError(str(exc), "actor1") from None


def _description(cells: dict[str, str], actors: dict[str, list[Party]]) -> str:
    """The row's other columns, labelled, actors with the party each resolved to."""
    parts = []
    for column in _KEPT_COLUMNS:
        value = cells.get(column, "")
        if not value:
            continue
        if column in actors:
            value = "; ".join(
                f"{name} = {party.code}"
                for name, party in zip(_names(value), actors[column], strict=True)
            )
        parts.append(f"{column}: {value}")
    return "ACLED " + " | ".join(parts) if parts else "ACLED"


def _claim(cells: dict[str, str], settings: _Settings) -> tuple[CasualtyClaim, datetime | None]:
    """The claim one row states, and its timestamp; a bad cell raises :class:`_RowError`."""
    event = cells["event_id_cnty"]
    if not event:
        raise _RowError("the event has no id", "event_id_cnty")
    if not cells["event_date"]:
        raise _RowError(f"the event has no date; expected one such as {_DATE_FORMS}", "event_date")
    covers = _covers(read_date(cells["event_date"]), cells.get("time_precision"))
    if not cells["fatalities"]:
        raise _RowError("the event has no fatalities figure (0 when none)", "fatalities")
    dead = _whole(cells["fatalities"], "fatalities", "a number of fatalities")
    if not cells["country"]:
        raise _RowError("the event has no country", "country")
    country = _resolve(settings.registry, cells["country"], "country")
    actors = {
        column: [_resolve(settings.registry, name, column) for name in _names(cells[column])]
        for column in _ACTOR_COLUMNS
        if cells.get(column)
    }
    stamp = _timestamp(cells.get("timestamp", ""))
    as_of = covers if stamp is None else Period.day(stamp.date())
    if as_of.end < covers.start:
        raise _RowError(
            f"the event was changed on {as_of.end.isoformat()}, before it happened "
            f"({covers.start.isoformat()})",
            "timestamp",
        )
    if settings.fatalities == "floor":
        count = Count(dead, None, dead, Qualifier.AT_LEAST)
        method = ClaimMethod.DOCUMENTED_MINIMUM
    else:
        count, method = Count.exact(dead), ClaimMethod.UNSPECIFIED
    notes = cells.get("notes", "")
    try:
        claim = CasualtyClaim(
            id=event,
            subject=_subject(country, settings, actors),
            category=CasualtyCategory.KILLED,
            count=count,
            covers=covers,
            as_of=as_of,
            claimant=ACLED,
            method=method,
            scope=ClaimScope.INCIDENT,
            population=Population.ALL,
            caveats=[text for text in (notes, _description(cells, actors)) if text],
            relayed_by=[Source(name) for name in _names(cells.get("source", ""))],
        )
    except ExchangekitError as exc:
        raise _RowError(str(exc), None) from None
    return claim, stamp


def _header(row: Sequence[str], source: str) -> list[str]:
    names = [_header_name(cell) for cell in row]
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            raise ParseError(f"the header names column {name!r} twice", source=source, line=1)
        seen.add(name)
    missing = [name for name in REQUIRED_COLUMNS if name not in seen]
    if missing:
        shown = ", ".join(n for n in names[:8] if n) + (", ..." if len(names) > 8 else "")
        raise ParseError(
            f"not an ACLED export: the header has no {', '.join(missing)} column"
            f"{'s' if len(missing) > 1 else ''} (it names {shown or 'nothing'}); an ACLED "
            f"export names at least {', '.join(REQUIRED_COLUMNS)}",
            source=source,
            line=1,
            field=missing[0],
        )
    return names


def _rows(
    stream: TextIO, source: str, settings: _Settings
) -> Iterator[_Version | tuple[int, ParseError]]:
    """Each row's claim, or the error that spoils it, in file order."""
    reader = csv.reader(stream)
    try:
        first = next(reader, None)
    except csv.Error as exc:
        raise ParseError(f"unreadable CSV: {exc}", source=source, line=1) from None
    if first is None:
        return
    names = _header(first, source)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader, None)
        except csv.Error as exc:
            yield line, ParseError(f"unreadable CSV: {exc}", source=source, line=line)
            continue
        if row is None:
            return
        if not any(cell.strip() for cell in row):
            continue
        try:
            if len(row) != len(names):
                raise _RowError(
                    f"the row has {len(row)} cells but the header names {len(names)} columns",
                    None,
                )
            cells = {name: cell.strip() for name, cell in zip(names, row, strict=True) if name}
            claim, stamp = _claim(cells, settings)
        except _RowError as error:
            yield line, ParseError(error.message, source=source, line=line, field=error.column)
            continue
        yield _Version(claim, source, line, stamp)


def _current(
    rows: Iterable[_Version | tuple[int, ParseError]],
) -> Iterator[tuple[int | None, Item]]:
    """Errors as they come, then each event's current version, in the order events first appear.

    A later ``timestamp`` replaces an earlier one; a repeat of the same
    content adds nothing; two different versions that no timestamp orders
    keep the first and report the second.
    """
    kept: dict[str, _Version] = {}
    for row in rows:
        if not isinstance(row, _Version):
            yield row
            continue
        event = row.claim.id
        earlier = kept.get(event)
        if earlier is None:
            kept[event] = row
        elif earlier.claim == row.claim:
            continue
        elif earlier.stamp is not None and row.stamp is not None and earlier.stamp != row.stamp:
            if row.stamp > earlier.stamp:
                kept[event] = row
        else:
            why = (
                "with the same timestamp"
                if earlier.stamp is not None and earlier.stamp == row.stamp
                else "and no timestamp on both versions to say which is current"
            )
            yield (
                row.line,
                ParseError(
                    f"event {event!r} appears again with different content {why}; "
                    f"kept the version on line {earlier.line} of {earlier.source}",
                    source=row.source,
                    line=row.line,
                    field="timestamp",
                ),
            )
    for version in kept.values():
        yield version.line, version.claim


def _settings(options: dict[str, Any], name: str) -> _Settings:
    registry = options.pop("registry", None)
    fatalities = options.pop("fatalities", "floor")
    subject = options.pop("subject", "country")
    if options:
        raise TypeError(
            f"the {name} format takes only registry=, fatalities= and subject=, "
            f"got {', '.join(sorted(options))}"
        )
    if registry is None:
        registry = DEFAULT_REGISTRY
    if not isinstance(registry, PartyRegistry):
        raise TypeError(f"registry= must be a PartyRegistry, got {registry!r}")
    if fatalities not in ("floor", "exact"):
        raise ValueError(f"fatalities= must be 'floor' or 'exact', got {fatalities!r}")
    if subject not in ("country", "actors"):
        raise ValueError(f"subject= must be 'country' or 'actors', got {subject!r}")
    return _Settings(registry, fatalities, subject)


class AcledParser(Parser):
    """Reads an ACLED export: one incident claim per event, the current version of each.

    Options: ``registry=`` (a :class:`~exchangekit.PartyRegistry` resolving
    country and actor names; unknown names become derived parties),
    ``fatalities=`` (``"floor"``, the default, or ``"exact"``) and
    ``subject=`` (``"country"``, the default: the party of the country the
    event happened in; or ``"actors"``: actor1 and actor2 taken together).
    """

    name = "acled"
    description = "ACLED event exports (CSV): one incident casualty claim per event"
    suffixes = (".csv",)
    media_types = ("text/csv",)

    def sniff(self, head: str) -> bool:
        """The first line is a header naming ACLED's ``event_id_cnty`` and ``fatalities``."""
        first = head.lstrip("\ufeff").partition("\n")[0]
        names = {_header_name(cell.strip().strip('"')) for cell in first.split(",")}
        return {"event_id_cnty", "fatalities"} <= names

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        """Yield errors as rows are read, then each event's current claim.

        The claims come once the whole input is read, because a revision of
        an event may come after it; memory grows with the number of events.
        """
        settings = _settings(dict(options), self.name)
        return NumberedItems(_current(_rows(stream, source, settings)))


def read_exports(
    paths: Iterable[str | Path],
    *,
    errors: Literal["raise", "collect"] = "raise",
    **options: Any,
) -> ParseResult:
    """Read several ACLED exports as one, so a revision in a later file replaces an earlier one.

    ``exchangekit.parse`` reads one file; merging two parsed files that hold
    two versions of one event fails (one id, two records) rather than count
    it twice. This reads the files in turn through one parser, keeping each
    event's newest version by ``timestamp``. With ``errors="raise"`` the
    first bad row raises its :class:`~exchangekit.ParseError`; with
    ``errors="collect"`` every good row is kept and the errors are returned.
    Takes the parser's options (``registry=``, ``fatalities=``, ``subject=``).
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors= must be 'raise' or 'collect', got {errors!r}")
    settings = _settings(dict(options), AcledParser.name)
    files = [Path(path) for path in paths]

    def rows() -> Iterator[_Version | tuple[int, ParseError]]:
        for path in files:
            try:
                with path.open(encoding="utf-8-sig", newline="") as stream:
                    yield from _rows(stream, str(path), settings)
            except ParseError as error:  # this file cannot be read on; the others still can
                yield error.line or 1, error
            except UnicodeDecodeError as exc:
                yield 1, ParseError(f"not UTF-8 text ({exc.reason})", source=str(path))
            except OSError as exc:
                yield 1, ParseError(f"cannot read: {exc.strerror or exc}", source=str(path))

    claims: list[CasualtyClaim] = []
    problems: list[ParseError] = []
    for _, item in _current(rows()):
        if isinstance(item, ParseError):
            if errors == "raise":
                raise item
            problems.append(item)
        elif isinstance(item, CasualtyClaim):
            claims.append(item)
    provenance = tuple(f"ACLED export {path}" for path in files)
    return ParseResult(Dataset(claims=claims, provenance=provenance), tuple(problems))
