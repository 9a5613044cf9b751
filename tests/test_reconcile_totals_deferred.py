"""Tests that a Totals' contributions, built only when read, are exactly what summing used."""

from __future__ import annotations

import copy
import pickle
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeKind, Party, Period, PersonCategory, Transfer
from exchangekit.reconcile import Contribution, Totals, cumulative, partial_totals, totals

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
FIRST = date(2025, 1, 1)


@st.composite
def exchanges(draw: st.DrawFn) -> Exchange:
    start = FIRST.toordinal() + draw(st.integers(0, 500))
    length = draw(st.sampled_from([0, 0, 0, 6, 30, 120]))
    period = Period.between(date.fromordinal(start), date.fromordinal(start + length))
    count = draw(
        st.sampled_from([Count.exact(1000), Count.approx(30), Count.at_least(5), Count.unknown()])
    )
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=period,
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, count)],
    )


exchange_lists = st.lists(exchanges(), max_size=12)
spans = st.one_of(
    st.none(), st.integers(0, 400).map(lambda d: date.fromordinal(FIRST.toordinal() + d))
)


@given(exchange_lists, spans, st.booleans())
def test_each_contribution_says_where_its_figure_went(
    records: list[Exchange], start: date | None, running: bool
) -> None:
    summed = (cumulative if running else totals)(records, "month", start=start)
    buckets = list(summed)
    expected = []
    for exchange in records:
        touched = [b for b in buckets if b.overlaps(exchange.period)]
        if not touched:
            continue
        inside = (
            buckets[0].start <= exchange.period.start and exchange.period.end <= buckets[-1].end
        )
        expected.append(
            Contribution(
                exchange.id,
                exchange.period,
                exchange.transfers[0],
                inside and len(touched) == 1,
                touched,
            )
        )
    assert summed.contributions == tuple(expected)


@given(exchange_lists)
def test_totals_compare_hash_copy_and_pickle_as_their_contributions(
    records: list[Exchange],
) -> None:
    summed = totals(records)
    again = totals(records)
    eager = Totals(
        summed.by,
        summed.rows,
        summed.total,
        tuple(summed.contributions),
        summed.selection,
        summed.running,
    )
    assert summed == again == eager
    assert hash(summed) == hash(again) == hash(eager)
    assert pickle.loads(pickle.dumps(again)) == summed
    assert copy.deepcopy(totals(records)) == summed
    assert repr(totals(records)) == repr(eager)
    assert repr(eager).startswith("Totals(by=<Precision.MONTH: 'month'>, rows=(")
    assert "contributions=(" in repr(eager)


@given(exchange_lists, exchange_lists)
def test_combined_parts_keep_every_contribution_in_order(
    first: list[Exchange], second: list[Exchange]
) -> None:
    combined = partial_totals(first).combine(partial_totals(second))
    assert combined.totals.contributions == (
        *partial_totals(first).totals.contributions,
        *partial_totals(second).totals.contributions,
    )
    assert pickle.loads(pickle.dumps(combined)) == combined


def test_a_different_figure_makes_totals_unequal() -> None:
    day = Period.day(FIRST)
    one = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=day,
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000))],
    )
    other = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=day,
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.between(999, 1000))],
        notes=["a second report"],
    )
    assert totals([one]) != totals([other])
    assert totals([one]).contributions != totals([other]).contributions
