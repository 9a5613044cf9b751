"""Invented rows in GED's layout, for tests and benchmarks: never UCDP's data, only its shape.

:func:`row` builds one row from the figures you choose, :func:`write` writes
rows as GED CSV, and :func:`generate` streams any number of plausible rows
from a seed, so a test or a benchmark can make a file of any size.
"""

from __future__ import annotations

import calendar
import io
import random
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import TextIO

from exchangekit.safecsv import csv_line

HEADER = [
    "id",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "side_a",
    "side_b",
    "number_of_sources",
    "source_office",
    "source_date",
    "where_prec",
    "adm_1",
    "latitude",
    "longitude",
    "country",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
]

ACTORS = {
    "Government of Russia (Soviet Union)": "RUS",
    "Government of Ukraine": "UKR",
    "Military Forces of Ukraine (2019-)": "UKR",
    "Wagner Group": "WAGNER_GROUP",
    "Legion of the Invented North": "LEGION_OF_THE_INVENTED_NORTH",
}
"""Actor names used in invented rows, with the party code exchangekit-ucdp gives each."""

COUNTRIES = {"Ukraine": "UKR", "Russia (Soviet Union)": "RUS"}
"""Country names used in invented rows, with their party codes."""

DATE_FORMATS = ("{}", "{}T00:00:00", "{} 00:00:00.000")
"""The ways GED releases write a date, as format strings for an ISO date."""


def span(day: date, prec: int) -> tuple[date, date]:
    """An event period of precision ``prec`` starting at ``day``, kept inside its month."""
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if prec == 4:
        return day.replace(day=1), last
    if prec == 2:
        return day, min(day + timedelta(days=3), last)
    return day, day


def row(
    event_id: int,
    day: date,
    prec: int,
    side_a: str,
    side_b: str,
    country: str,
    parts: tuple[int, int, int, int],
    low: int,
    high: int,
    date_format: str = "{}",
) -> dict[str, str]:
    """One GED row; ``best`` is the sum of ``parts`` (deaths a, b, civilians, unknown)."""
    start, end = span(day, prec)
    best = sum(parts)
    return {
        "id": str(event_id),
        "year": str(day.year),
        "active_year": "1",
        "code_status": "Clear",
        "type_of_violence": "1",
        "side_a": side_a,
        "side_b": side_b,
        "number_of_sources": "1",
        "source_office": "Example Wire",
        "source_date": end.isoformat(),
        "where_prec": "3",
        "adm_1": "Invented oblast",
        "latitude": "48.0",
        "longitude": "37.0",
        "country": country,
        "date_prec": str(prec),
        "date_start": date_format.format(start.isoformat()),
        "date_end": date_format.format(end.isoformat()),
        "deaths_a": str(parts[0]),
        "deaths_b": str(parts[1]),
        "deaths_civilians": str(parts[2]),
        "deaths_unknown": str(parts[3]),
        "best": str(best),
        "high": str(high),
        "low": str(low),
    }


def write(rows: Iterable[dict[str, str]], stream: TextIO | None = None) -> str:
    """Write ``rows`` as GED CSV, header first, to ``stream``; without one, return the text."""
    out = io.StringIO(newline="") if stream is None else stream
    out.write(csv_line(HEADER))
    for row in rows:
        out.write(csv_line(row.get(column, "") for column in HEADER))
    return out.getvalue() if isinstance(out, io.StringIO) else ""


def generate(count: int, seed: int = 0, *, irregular_every: int = 97) -> Iterator[dict[str, str]]:
    """``count`` plausible rows from 2022 to 2024, the same for the same seed.

    Every ``irregular_every``-th row has low above best and high below it,
    as some published rows do; the parts always add up to best.
    """
    chance = random.Random(seed)
    names, countries = sorted(ACTORS), sorted(COUNTRIES)
    for event_id in range(1, count + 1):
        a, b, civilians, unknown = (chance.choice((0, 0, 1, 2, 5, 14, 40)) for _ in range(4))
        best = a + b + civilians + unknown
        low, high = max(0, best - chance.randint(0, 6)), best + chance.randint(0, 20)
        if irregular_every and event_id % irregular_every == 0:
            low, high = high + 1, max(0, best - 1)
        yield row(
            event_id,
            date(2022, 1, 1) + timedelta(days=chance.randrange(3 * 365)),
            chance.choice((1, 1, 1, 2, 4)),
            chance.choice(names),
            chance.choice(names),
            chance.choice(countries),
            (a, b, civilians, unknown),
            low,
            high,
            chance.choice(DATE_FORMATS),
        )
