"""Seeded synthetic records for the performance table of issue 12 (see ``perf_table.py``).

The same seed and size always give the same records, so a figure measured
before a change and one measured after it are measured on the same input.
Exchanges have two transfers each (one each way), counts of every
qualifier, day and month periods and one to three sources; one record in
ten is a casualty claim.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from exchangekit import (
    CasualtyClaim,
    Count,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Source,
    Transfer,
    export,
)
from exchangekit.vocabulary import CasualtyCategory, ClaimMethod, ClaimScope, SourceKind

FIRST_DAY = date(2022, 3, 1)
DAYS = 3 * 365
RUS, UKR, USA, ICRC = (Party.lookup(code) for code in ("RUS", "UKR", "USA", "ICRC"))
PAIRS = ((RUS, UKR), (RUS, UKR), (RUS, UKR), (RUS, USA))
CATEGORIES = (PersonCategory.PRISONERS_OF_WAR, PersonCategory.REMAINS, PersonCategory.CIVILIANS)
KINDS = {
    PersonCategory.PRISONERS_OF_WAR: ExchangeKind.PRISONER_SWAP,
    PersonCategory.REMAINS: ExchangeKind.REPATRIATION_OF_REMAINS,
    PersonCategory.CIVILIANS: ExchangeKind.CIVILIAN_RETURN,
}
SOURCES = (
    ("BBC News Russian", SourceKind.MEDIA, None),
    ("Ukrainska Pravda", SourceKind.MEDIA, None),
    ("Coordination Headquarters for the Treatment of POWs", SourceKind.GOVERNMENT, UKR),
    ("Russian Ministry of Defence", SourceKind.MILITARY, RUS),
    ("ICRC", SourceKind.INTERNATIONAL_ORGANISATION, ICRC),
    ("Reuters", SourceKind.MEDIA, None),
)


def _count(rng: random.Random) -> Count:
    """A figure with any of the qualifiers a report may give."""
    n = rng.randrange(2, 1200)
    choice = rng.randrange(9)
    if choice == 0:
        return Count.exact(n)
    if choice == 1:
        return Count.approx(n)
    if choice == 2:
        return Count.at_least(n)
    if choice == 3:
        return Count.more_than(n)
    if choice == 4:
        return Count.at_most(n)
    if choice == 5:
        return Count.fewer_than(n)
    if choice == 6:
        return Count.between(n, n + rng.randrange(1, 50))
    if choice == 7:
        return Count.nearly(n)
    return Count.exact(n)


def _period(rng: random.Random, offset: int) -> Period:
    """The day of the event, or (one time in four) only its month."""
    day = FIRST_DAY + timedelta(days=offset)
    if rng.random() < 0.25:
        return Period.month(day.year, day.month)
    return Period.day(day)


def _sources(rng: random.Random, offset: int) -> list[Source]:
    """One to three of a handful of publishers, some with a url and a publication date."""
    published = FIRST_DAY + timedelta(days=offset + 1)
    chosen = rng.sample(SOURCES, rng.randint(1, 3))
    return [
        Source(
            name,
            kind=kind,
            party=party,
            url=f"https://example.org/{offset}/{i}" if rng.random() < 0.5 else None,
            published=published if rng.random() < 0.5 else None,
        )
        for i, (name, kind, party) in enumerate(chosen)
    ]


def records(
    n: int, seed: int = 12, *, claims: float = 0.1, one_war: bool = False
) -> Iterator[Exchange | CasualtyClaim]:
    """``n`` records: exchanges, then (a share ``claims`` of them) casualty claims.

    With ``one_war`` every exchange is between Russia and Ukraine, the dense
    case for duplicate merging.
    """
    rng = random.Random(seed)
    n_claims = int(n * claims)
    for _ in range(n - n_claims):
        a, b = PAIRS[0] if one_war else rng.choice(PAIRS)
        category = rng.choice(CATEGORIES)
        offset = rng.randrange(DAYS)
        yield Exchange(
            kind=KINDS[category],
            period=_period(rng, offset),
            transfers=[
                Transfer(a, b, category, _count(rng)),
                Transfer(b, a, category, _count(rng)),
            ],
            intermediaries=[ICRC] if rng.random() < 0.5 else [],
            sources=_sources(rng, offset),
        )
    for _ in range(n_claims):
        subject = rng.choice(PAIRS)[0]
        offset = rng.randrange(DAYS)
        as_of = Period.day(FIRST_DAY + timedelta(days=offset))
        claimant = _sources(rng, offset)[0]
        yield CasualtyClaim(
            subject=subject,
            category=rng.choice((CasualtyCategory.KILLED, CasualtyCategory.MISSING)),
            count=_count(rng),
            covers=Period.between(FIRST_DAY, as_of.end),
            as_of=as_of,
            claimant=claimant,
            method=rng.choice((ClaimMethod.OFFICIAL_STATEMENT, ClaimMethod.MEDIA_ESTIMATE)),
            scope=ClaimScope.CUMULATIVE,
        )


def write(path: Path, n: int, seed: int = 12) -> Path:
    """Write ``n`` records to ``path`` in exchangekit's JSON Lines, and return the path."""
    export(records(n, seed), path, "jsonl")
    return path
