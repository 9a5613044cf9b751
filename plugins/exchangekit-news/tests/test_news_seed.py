"""Acceptance: the seed report's facts, written as an article of our own, read exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from exchangekit import (
    CasualtyCategory,
    ClaimMethod,
    Count,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Precision,
    Source,
    SourceKind,
)

PUBLISHER = Source(
    "Eastern Europe Service", SourceKind.MEDIA, url="https://example.org/handover-1000"
)


@pytest.fixture
def article(corpus: Path) -> str:
    return (corpus / "dev" / "01_seed_facts_broadcaster.txt").read_text(encoding="utf-8")


@pytest.fixture
def result(news: Callable[..., Any], article: str) -> Any:
    return news(article, publisher=PUBLISHER, published=date(2025, 10, 23))


def test_news_seed_exchanges_are_exactly_four(result: Any) -> None:
    exchanges = result.exchanges
    assert [e.period for e in exchanges] == [
        Period.day(date(2025, 10, 23)),
        Period.month(2025, 7),
        Period.month(2025, 8),
        Period.month(2025, 9),
    ]
    assert all(e.kind is ExchangeKind.REPATRIATION_OF_REMAINS for e in exchanges)
    assert not result.errors


def test_news_seed_thursday_handover_both_directions(result: Any) -> None:
    thursday = result.exchanges[0]
    assert thursday.period.precision is Precision.DAY
    legs = {(t.sender.code, t.receiver.code): t for t in thursday.transfers}
    assert set(legs) == {("RUS", "UKR"), ("UKR", "RUS")}
    to_ukraine, to_russia = legs["RUS", "UKR"], legs["UKR", "RUS"]
    assert to_ukraine.count == Count.exact(1000)
    assert to_ukraine.category is PersonCategory.REMAINS
    assert to_ukraine.attributed_to is not None
    assert to_ukraine.attributed_to.name == "Russian side"
    assert to_ukraine.attributed_to.party == Party.lookup("RUS")
    assert to_russia.count == Count.exact(31)
    assert to_russia.category is PersonCategory.REMAINS
    assert [p.code for p in thursday.intermediaries] == ["ICRC"]


def test_news_seed_thursday_handover_provenance(result: Any, article: str) -> None:
    thursday = result.exchanges[0]
    names = [s.name for s in thursday.sources]
    assert "Coordination Headquarters for the Treatment of Prisoners of War" in names
    assert "Russian Ministry of Defence" in names
    headquarters = next(s for s in thursday.sources if s.name.startswith("Coordination"))
    assert headquarters.kind is SourceKind.GOVERNMENT
    assert headquarters.party == Party.lookup("UKR")
    publisher = thursday.sources[-1]
    assert publisher.name == PUBLISHER.name
    assert publisher.published == date(2025, 10, 23)
    assert publisher.url == PUBLISHER.url
    assert thursday.quotes
    for quote in thursday.quotes:
        assert article[quote.start : quote.end] == quote.text
    quoted = " ".join(q.text for q in thursday.quotes)
    assert "According to the Russian side" in quoted
    assert "31" in quoted
    assert "Red Cross" in quoted


def test_news_seed_three_earlier_handovers_are_months_of_about_1000(result: Any) -> None:
    for exchange in result.exchanges[1:]:
        assert exchange.period.precision is Precision.MONTH
        (leg,) = exchange.transfers
        assert (leg.sender.code, leg.receiver.code) == ("RUS", "UKR")
        assert leg.category is PersonCategory.REMAINS
        assert leg.count == Count.parse("around 1,000")
        assert exchange.intermediaries == ()


def test_news_seed_claims_are_exactly_these(result: Any) -> None:
    # "tens of thousands of troops on both sides" is a total of both armies: no claim.
    claims = [(c.subject.code, c.category.value) for c in result.claims]
    assert sorted(claims) == [
        ("RUS", CasualtyCategory.KILLED.value),
        ("UKR", CasualtyCategory.KILLED.value),
        ("UKR", CasualtyCategory.MISSING.value),
    ]
    assert all("+" not in c.subject.code for c in result.claims)


def test_news_seed_zelensky_figures(result: Any) -> None:
    claims = {(c.subject.code, c.category): c for c in result.claims}
    killed = claims["UKR", CasualtyCategory.KILLED]
    assert killed.count == Count.parse("over 46,000")
    assert killed.as_of == Period.month(2025, 2)
    assert killed.claimant.name == "Volodymyr Zelensky"
    assert killed.claimant.kind is SourceKind.GOVERNMENT
    assert killed.claimant.party == Party.lookup("UKR")
    assert killed.method is ClaimMethod.OFFICIAL_STATEMENT
    assert [s.name for s in killed.relayed_by] == [PUBLISHER.name]
    missing = claims["UKR", CasualtyCategory.MISSING]
    assert missing.count == Count.parse("tens of thousands")
    assert missing.as_of == Period.month(2025, 2)
    assert missing.claimant == killed.claimant


def test_news_seed_open_source_count_is_a_floor_with_its_caveat(result: Any) -> None:
    claims = {(c.subject.code, c.category): c for c in result.claims}
    russian = claims["RUS", CasualtyCategory.KILLED]
    assert russian.count == Count.parse("more than 135,000")
    assert russian.method is ClaimMethod.DOCUMENTED_MINIMUM
    assert russian.claimant.name == "BBC Russian and Mediazona"
    assert russian.claimant.party is None
    assert russian.caveats
    assert "higher" in russian.caveats[0]
    assert russian.as_of == Period.day(date(2025, 10, 23))


def test_news_seed_frontline_and_invasion_date_are_not_people(result: Any) -> None:
    figures = [t.count for e in result.exchanges for t in e.transfers]
    figures += [c.count for c in result.claims]
    assert Count.exact(2022) not in figures
    # The front line is 1,000 kilometres long; only the Thursday handover is exactly 1,000.
    assert figures.count(Count.exact(1000)) == 1


# The seed's own sentence structure, in words of our own: the figure hangs on the
# verb through "— each time involving", far from it, and the months are a list with a comma
# before "and"; the identity of the 1,000 is vouched for inside a relative clause.
SEED_STRUCTURE = (
    "KYIV, Oct 23 (Wire) – Ukraine on Thursday got back 1,000 bodies, which, "
    "according to the Russian side, are those of Ukrainian troops, the Coordination "
    "Headquarters for the Treatment of Prisoners of War said, and it thanked the "
    "International Committee of the Red Cross for helping. Moscow in turn took back the "
    "remains of 31 of its soldiers, Russia's defence ministry said. In recent months Kyiv "
    "has received handovers of much the same size — in July, August, and September — each "
    "time involving the bodies of roughly 1,000 servicemen."
)


def test_news_seed_structure_reads_three_monthly_exchanges(news: Callable[..., Any]) -> None:
    result = news(SEED_STRUCTURE, publisher=PUBLISHER, published=date(2025, 10, 23))
    assert not result.errors
    assert [e.period for e in result.exchanges] == [
        Period.day(date(2025, 10, 23)),
        Period.month(2025, 7),
        Period.month(2025, 8),
        Period.month(2025, 9),
    ]
    thursday, *series = result.exchanges
    legs = {(t.sender.code, t.receiver.code): t for t in thursday.transfers}
    assert legs["RUS", "UKR"].count == Count.exact(1000)
    assert legs["RUS", "UKR"].attributed_to is not None
    assert legs["RUS", "UKR"].attributed_to.name == "Russian side"
    assert legs["UKR", "RUS"].count == Count.exact(31)
    assert [p.code for p in thursday.intermediaries] == ["ICRC"]
    for exchange in series:
        (transfer,) = exchange.transfers
        assert (transfer.sender.code, transfer.receiver.code) == ("RUS", "UKR")
        assert transfer.category is PersonCategory.REMAINS
        assert transfer.count == Count.parse("around 1,000")
        assert exchange.kind is ExchangeKind.REPATRIATION_OF_REMAINS
