"""One GED event read from its columns, and the incident casualty claims it yields.

An event's fatalities are split by UCDP into ``deaths_a`` (side A's dead),
``deaths_b`` (side B's), ``deaths_civilians`` and ``deaths_unknown``, which
add up to the event's ``best``; ``low`` and ``high`` bound the event's total.
:func:`event_claims` turns that into one incident claim per part that is not
zero, plus one claim of the whole event (population ``ALL``) that carries
UCDP's own low/best/high untouched. See the plugin README for the reasoning.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

import attrs

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Party,
    PartyRegistry,
    Period,
    Population,
    Precision,
    Qualifier,
    Quote,
    Source,
    SourceKind,
)
from exchangekit_ucdp import columns
from exchangekit_ucdp.columns import CellError

__all__ = [
    "CLAIMANT",
    "UCDP_REGISTRY",
    "GedEvent",
    "PartyCache",
    "event_claims",
    "part_count",
    "read_event",
]

CLAIMANT = Source("UCDP Georeferenced Event Dataset", SourceKind.RESEARCH)
"""Who states every figure this parser reads: UCDP, which codes them from the reports it cites."""

UCDP_REGISTRY = DEFAULT_REGISTRY.with_aliases(
    {
        "Russia (Soviet Union)": "RUS",
    }
)
"""exchangekit's parties, plus the names GED gives them that the core registry does not know.

GED names a country as it names the state ("Russia (Soviet Union)"); the
core registry already knows "Government of Russia (Soviet Union)",
"Government of Ukraine" and "Military Forces of Ukraine" (with any trailing
span of years). Any other actor becomes a party of its own with a derived
code (see :meth:`exchangekit.PartyRegistry.resolve`).
"""

_PRECISION_BY_CODE = {3: Precision.WEEK, 4: Precision.MONTH, 5: Precision.YEAR}
_PRECISION_WORDS = {
    1: "an exact day",
    2: "a span of 2 to 6 days",
    3: "a week",
    4: "a month",
    5: "a year or longer",
}
_WHERE_PREC = {
    "1": "exact location",
    "2": "within about 25 km",
    "3": "second-order administrative division",
    "4": "first-order administrative division",
    "5": "a linear feature or between places",
    "6": "the country only",
    "7": "international waters or airspace",
}


@attrs.frozen
class GedEvent:
    """The columns of one GED row that the claims are made from, already read and checked."""

    id: str
    period: Period
    side_a: str
    side_b: str
    country: str
    deaths_a: int
    deaths_b: int
    deaths_civilians: int
    deaths_unknown: int
    low: int
    best: int
    high: int
    relayed_by: tuple[Source, ...] = ()
    quotes: tuple[Quote, ...] = ()
    caveats: tuple[str, ...] = ()

    @property
    def total(self) -> Count:
        """UCDP's low/best/high of the event; figures out of order are widened to hold all three."""
        return Count(
            min(self.low, self.best),
            max(self.high, self.best),
            self.best,
            Qualifier.EXACT if self.low == self.best == self.high else Qualifier.RANGE,
        )


def part_count(deaths: int, event: GedEvent) -> Count:
    """A part's figure: best ``deaths``, with the event's spread scaled to the part's share of best.

    UCDP states low and high for the event only. A part of ``d`` deaths gets
    ``⌊d·low/best⌋`` to ``⌈d·high/best⌉`` (never narrower than ``d`` itself),
    so that the parts' lows add up to at most the event's low and their highs
    to at least its high. This is a convention, not a bound UCDP states; the
    event-total claim keeps UCDP's own figures.
    """
    low = min(event.low, event.best)
    high = max(event.high, event.best)
    if event.best > 0:
        part_low = min(deaths, deaths * low // event.best)
        part_high = max(deaths, math.ceil(deaths * high / event.best))
    else:
        part_low, part_high = 0, max(deaths, high)
    qualifier = Qualifier.EXACT if part_low == part_high == deaths else Qualifier.RANGE
    return Count(part_low, part_high, deaths, qualifier)


class PartyCache:
    """Resolves a data set's actor names through a registry, each distinct name once."""

    def __init__(self, registry: PartyRegistry) -> None:
        self.registry = registry
        self._known: dict[str, Party] = {}

    def __call__(self, name: str) -> Party:
        """The party ``name`` stands for (a derived one for an actor nobody registered)."""
        party = self._known.get(name)
        if party is None:
            party = self._known[name] = self.registry.resolve(name)
        return party


def _period(start: date, end: date, prec: int | None, caveats: list[str]) -> Period:
    if end < start:
        raise CellError("date_end", f"{end.isoformat()} is before date_start {start.isoformat()}")
    if start == end:
        period = Period.day(start)
    else:
        period = Period.between(start, end)
        unit = _PRECISION_BY_CODE.get(prec or 0)
        if unit is not None:
            whole = Period.containing(start, unit)
            if whole.end == end:
                period = whole
    if prec == 1 and start != end:
        caveats.append(
            f"date_prec 1 says an exact day, but the dates run {start.isoformat()} to "
            f"{end.isoformat()}; read as that span"
        )
    return period


def _published(text: str) -> date | None:
    try:
        return columns.read_date({"d": text}, "d")
    except CellError:
        return None


def _sources(row: Mapping[str, object]) -> tuple[tuple[Source, ...], tuple[Quote, ...]]:
    offices = columns.split_list(row, "source_office")
    dates = columns.split_list(row, "source_date")
    articles = columns.split_list(row, "source_article")
    headlines = columns.split_list(row, "source_headline")
    originals = columns.split_list(row, "source_original")
    relayed: list[Source] = []
    for index, office in enumerate(offices):
        if office:
            published = _published(dates[index]) if index < len(dates) else None
            relayed.append(Source(office, SourceKind.MEDIA, published=published))
    relayed += [Source(name) for name in originals if name]
    quotes: list[Quote] = []
    for index in range(max(len(articles), len(headlines))):
        article = articles[index] if index < len(articles) else ""
        headline = headlines[index] if index < len(headlines) else ""
        if headline:
            quotes.append(Quote(headline, document=article or None))
        elif article:
            quotes.append(Quote(article))
    return tuple(dict.fromkeys(relayed)), tuple(quotes)


def _location(row: Mapping[str, object]) -> str | None:
    place = ", ".join(
        part
        for part in (
            columns.text(row, "where_coordinates"),
            columns.text(row, "adm_2"),
            columns.text(row, "adm_1"),
            columns.text(row, "country"),
        )
        if part
    )
    parts = [place] if place else []
    latitude, longitude = columns.text(row, "latitude"), columns.text(row, "longitude")
    if latitude or longitude:
        parts.append(f"latitude {latitude or '?'}, longitude {longitude or '?'}")
    where_prec = columns.text(row, "where_prec").removesuffix(".0")
    if where_prec:
        meaning = _WHERE_PREC.get(where_prec, "a code UCDP does not define")
        parts.append(f"where_prec {where_prec} ({meaning})")
    return f"location: {'; '.join(parts)}" if parts else None


def read_event(row: Mapping[str, object]) -> GedEvent:
    """Read and check one row's columns; a cell that cannot be read raises :class:`CellError`.

    Irregularities that do not stop the row from being read (figures out of
    order, parts that do not add up to ``best``, a ``code_status`` other than
    "Clear", an unknown number of sources) become caveats on every claim.
    """
    event_id = columns.text(row, "id").removesuffix(".0")
    if not event_id:
        raise CellError("id", "empty; every GED event has an id")
    caveats: list[str] = []
    figures = {
        name: columns.read_deaths(row, name)
        for name in (
            "deaths_a",
            "deaths_b",
            "deaths_civilians",
            "deaths_unknown",
            "low",
            "best",
            "high",
        )
    }
    period = _period(
        columns.read_date(row, "date_start"),
        columns.read_date(row, "date_end"),
        columns.read_date_prec(row),
        caveats,
    )
    side_a, side_b = columns.text(row, "side_a"), columns.text(row, "side_b")
    for column, name in (("side_a", side_a), ("side_b", side_b)):
        if not name and figures[f"deaths_{column[-1]}"] > 0:
            raise CellError(column, f"empty, yet deaths_{column[-1]} counts dead on that side")
    low, best, high = figures["low"], figures["best"], figures["high"]
    if not low <= best <= high:
        caveats.append(
            f"UCDP gives low {low}, best {best}, high {high}, which are out of order; "
            f"read as {min(low, best)} to {max(high, best)} with best {best}"
        )
    parts = sum(figures[name] for name in figures if name.startswith("deaths_"))
    if parts != best:
        caveats.append(
            f"deaths_a, deaths_b, deaths_civilians and deaths_unknown add up to {parts}, "
            f"but best is {best}"
        )
    status = columns.text(row, "code_status")
    if status and status.lower() != "clear":
        caveats.append(f"UCDP code status: {status!r} (the figures may still change)")
    columns.read_active_year(row)
    if "number_of_sources" in row and columns.read_number_of_sources(row) is None:
        caveats.append("UCDP does not know how many sources report this event (-1 or blank)")
    location = _location(row)
    if location is not None:
        caveats.append(location)
    relayed, quotes = _sources(row)
    return GedEvent(
        id=event_id,
        period=period,
        side_a=side_a,
        side_b=side_b,
        country=columns.text(row, "country"),
        deaths_a=figures["deaths_a"],
        deaths_b=figures["deaths_b"],
        deaths_civilians=figures["deaths_civilians"],
        deaths_unknown=figures["deaths_unknown"],
        low=low,
        best=best,
        high=high,
        relayed_by=relayed,
        quotes=quotes,
        caveats=tuple(caveats),
    )


def event_claims(event: GedEvent, parties: PartyCache) -> list[CasualtyClaim]:
    """The incident claims of one event: its non-zero parts, then its total.

    Side A's and side B's dead are combatants of that side; civilians and the
    unknown dead are counted against the country where the event happened.
    The total (population ``ALL``, subject the country) is always there, so
    an event of zero deaths is not lost and UCDP's low and high survive
    :func:`~exchangekit.reconcile.casualty_totals`.
    """
    if not event.country:
        raise CellError("country", "empty; civilian and total figures are counted per country")
    country = parties(event.country)
    as_of = Period.day(event.period.end)
    parts = (
        ("a", event.side_a, event.deaths_a, Population.COMBATANTS),
        ("b", event.side_b, event.deaths_b, Population.COMBATANTS),
        ("civilians", event.country, event.deaths_civilians, Population.CIVILIANS),
        ("unknown", event.country, event.deaths_unknown, Population.UNKNOWN),
    )
    claims = [
        _claim(event, suffix, parties(name), part_count(deaths, event), population, as_of)
        for suffix, name, deaths, population in parts
        if deaths > 0
    ]
    claims.append(_claim(event, "total", country, event.total, Population.ALL, as_of))
    return claims


def _claim(
    event: GedEvent,
    suffix: str,
    subject: Party,
    count: Count,
    population: Population,
    as_of: Period,
) -> CasualtyClaim:
    return CasualtyClaim(
        id=f"ged-{event.id}-{suffix}",
        subject=subject,
        category=CasualtyCategory.KILLED,
        count=count,
        covers=event.period,
        as_of=as_of,
        claimant=CLAIMANT,
        method=ClaimMethod.MEDIA_ESTIMATE,
        scope=ClaimScope.INCIDENT,
        population=population,
        caveats=event.caveats,
        relayed_by=event.relayed_by,
        quotes=event.quotes,
    )
