"""Rival accounts of one direction of one exchange are alternatives in totals, never a sum.

A news report may give two sources' figures for the same people ("248 freed,
Moscow said; more than 240, a Kyiv official said"); both are kept as
transfers of one exchange, each attributed. Adding them would count the same
people twice.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    Count,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.reconcile import totals

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
MOSCOW = Source("Russian Ministry of Defence", SourceKind.MILITARY)
KYIV = Source("Ukrainian official", SourceKind.GOVERNMENT)
DAY = Period.day(date(2024, 1, 3))
POW = PersonCategory.PRISONERS_OF_WAR


def swap(*transfers: Transfer) -> Exchange:
    return Exchange(kind=ExchangeKind.PRISONER_SWAP, period=DAY, transfers=list(transfers))


def test_two_sources_for_one_direction_are_not_added() -> None:
    exchange = swap(
        Transfer(UKR, RUS, POW, Count.exact(248), MOSCOW),
        Transfer(UKR, RUS, POW, Count.more_than(240), KYIV),
    )
    result = totals([exchange], by="month", receiver="RUS")
    assert result.total == Count.exact(248).hull(Count.more_than(240))
    assert result.total.low == 241


counts = st.integers(1, 5_000).map(Count.exact)


@given(counts, counts)
def test_rival_figures_total_to_a_count_holding_either(a: Count, b: Count) -> None:
    exchange = swap(Transfer(UKR, RUS, POW, a, MOSCOW), Transfer(UKR, RUS, POW, b, KYIV))
    total = totals([exchange], by="month").total
    assert total.low == min(a.low, b.low)
    assert total.high == max(a.low, b.low)


@given(counts, counts)
def test_one_source_giving_two_groups_is_still_a_sum(a: Count, b: Count) -> None:
    exchange = swap(Transfer(UKR, RUS, POW, a, MOSCOW), Transfer(UKR, RUS, POW, b, MOSCOW))
    assert totals([exchange], by="month").total == a + b


@given(counts, counts)
def test_the_two_directions_are_still_added(a: Count, b: Count) -> None:
    exchange = swap(Transfer(UKR, RUS, POW, a, MOSCOW), Transfer(RUS, UKR, POW, b, KYIV))
    assert totals([exchange], by="month").total == a + b
