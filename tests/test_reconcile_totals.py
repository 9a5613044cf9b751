"""Tests of exchangekit.reconcile.totals and cumulative: every true total lies in its interval."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Precision,
    Transfer,
)
from exchangekit.reconcile import ReconcileError, Totals, categories, cumulative, totals

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
FIRST_DAY, LAST_DAY = date(2023, 12, 1), date(2026, 2, 28)
EVERY_CATEGORY = list(PersonCategory)  # the properties add every category up, on purpose
UNITS = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER, Precision.YEAR]


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Days, weeks, months, quarters, years and arbitrary spans up to four months long."""
    day = draw(st.dates(FIRST_DAY, LAST_DAY))
    precision = draw(st.sampled_from([*UNITS, Precision.RANGE]))
    if precision is Precision.RANGE:
        return Period.between(day, day + timedelta(days=draw(st.integers(1, 120))))
    return Period.containing(day, precision)


@st.composite
def counts(draw: st.DrawFn) -> Count:
    """Counts of every qualifier, bounded and unbounded."""
    n = draw(st.integers(1, 5_000))
    return draw(
        st.sampled_from(
            [
                Count.exact(n),
                Count.approx(n),
                Count.nearly(n),
                Count.at_least(n),
                Count.more_than(n),
                Count.at_most(n),
                Count.between(n, n + 250),
                Count.order_of_magnitude(n, 10 * n),
                Count.unknown(),
                Count.exact(0),
            ]
        )
    )


@st.composite
def exchanges(draw: st.DrawFn) -> Exchange:
    legs = draw(st.lists(st.tuples(st.booleans(), counts()), min_size=1, max_size=2))
    transfers = [
        Transfer(
            RUS if to_ukraine else UKR,
            UKR if to_ukraine else RUS,
            draw(st.sampled_from(PersonCategory)),
            count,
        )
        for to_ukraine, count in legs
    ]
    return Exchange(
        kind=draw(st.sampled_from(ExchangeKind)), period=draw(periods()), transfers=transfers
    )


def true_value(draw: st.DrawFn, count: Count) -> int:
    """One number of people the count allows; unbounded counts get a generous ceiling."""
    high = count.low + 20_000 if count.high is None else count.high
    return draw(st.integers(count.low, high))


@st.composite
def worlds(draw: st.DrawFn) -> list[tuple[Exchange, date, list[int]]]:
    """Exchanges, each with the day it really happened and the true value of each transfer."""
    world = []
    for exchange in draw(st.lists(exchanges(), max_size=12)):
        offset = draw(st.integers(0, exchange.period.days - 1))
        truth = [true_value(draw, t.count) for t in exchange.transfers]
        world.append((exchange, exchange.period.start + timedelta(days=offset), truth))
    return world


def handover(period: Period, count: Count, *, to: Party = UKR, **fields: object) -> Exchange:
    sender = RUS if to == UKR else UKR
    category = fields.pop("category", PersonCategory.REMAINS)
    kind = fields.pop("kind", ExchangeKind.REPATRIATION_OF_REMAINS)
    assert isinstance(category, PersonCategory)
    assert isinstance(kind, ExchangeKind)
    return Exchange(kind=kind, period=period, transfers=[Transfer(sender, to, category, count)])


# -- the key property: honest intervals ------------------------------------------------------


@given(worlds(), st.sampled_from(UNITS))
def test_every_bucket_contains_its_true_total(world: list, unit: Precision) -> None:
    result = totals([e for e, _, _ in world], by=unit, category=EVERY_CATEGORY)
    for bucket, count in result.items():
        truth = sum(sum(values) for _, day, values in world if bucket.contains(day))
        assert count.contains(truth), (bucket, count, truth)
    grand = sum(sum(values) for _, _, values in world)
    assert result.total.contains(grand)


@given(worlds(), st.sampled_from(UNITS))
def test_total_over_the_default_span_is_the_exact_interval_sum(
    world: list, unit: Precision
) -> None:
    result = totals([e for e, _, _ in world], by=unit, category=EVERY_CATEGORY)
    assert result.total == sum((t.count for e, _, _ in world for t in e.transfers), Count.exact(0))


@given(worlds(), st.sampled_from(UNITS), st.dates(FIRST_DAY, LAST_DAY), st.integers(0, 400))
def test_a_chosen_span_keeps_every_true_total(
    world: list, unit: Precision, start: date, length: int
) -> None:
    end = start + timedelta(days=length)
    result = totals(
        [e for e, _, _ in world], by=unit, start=start, end=end, category=EVERY_CATEGORY
    )
    span = result.span
    assert span is not None
    assert span.start <= start
    assert end <= span.end
    for bucket, count in result.items():
        truth = sum(sum(values) for _, day, values in world if bucket.contains(day))
        assert count.contains(truth)
    assert result.total.contains(sum(sum(v) for _, day, v in world if span.contains(day)))


@given(worlds(), st.sampled_from(UNITS))
def test_buckets_are_consecutive_whole_units(world: list, unit: Precision) -> None:
    result = totals([e for e, _, _ in world], by=unit, category=EVERY_CATEGORY)
    buckets = list(result)
    assert all(b.precision is unit for b in buckets)
    assert all(a.end + timedelta(days=1) == b.start for a, b in itertools.pairwise(buckets))
    if world:
        assert buckets[0].contains(min(e.period.start for e, _, _ in world))
        assert buckets[-1].contains(max(e.period.end for e, _, _ in world))


@given(worlds(), st.sampled_from(UNITS))
def test_running_totals_contain_every_true_running_total(world: list, unit: Precision) -> None:
    result = cumulative([e for e, _, _ in world], by=unit, category=EVERY_CATEGORY)
    span = result.span
    for bucket, count in result.items():
        assert span is not None
        truth = sum(sum(v) for _, day, v in world if span.start <= day <= bucket.end)
        assert count.contains(truth), (bucket, count, truth)
    assert result.running
    if world:
        assert list(result.values())[-1] == result.total


@given(worlds(), st.sampled_from(UNITS), st.dates(FIRST_DAY, LAST_DAY), st.integers(0, 400))
def test_running_totals_over_a_chosen_span(
    world: list, unit: Precision, start: date, length: int
) -> None:
    result = cumulative(
        [e for e, _, _ in world],
        by=unit,
        start=start,
        end=start + timedelta(length),
        category=EVERY_CATEGORY,
    )
    span = result.span
    assert span is not None
    for bucket, count in result.items():
        truth = sum(sum(v) for _, day, v in world if span.start <= day <= bucket.end)
        assert count.contains(truth)
    assert result.total.contains(sum(sum(v) for _, day, v in world if span.contains(day)))


@given(worlds(), st.sampled_from(UNITS))
def test_running_floors_never_fall(world: list, unit: Precision) -> None:
    lows = [
        c.low
        for c in cumulative([e for e, _, _ in world], by=unit, category=EVERY_CATEGORY).values()
    ]
    assert lows == sorted(lows)


def test_running_totals_do_not_count_doubt_twice() -> None:
    summer = handover(Period.between(date(2025, 7, 20), date(2025, 8, 10)), Count.approx(1000))
    by_month = totals([summer])
    assert [str(c) for c in by_month.values()] == ["0–1,100", "0–1,100"]
    running = cumulative([summer])
    assert list(running.values()) == [Count.between(0, 1100), Count.approx(1000)]
    # Adding the monthly intervals would have claimed up to 2,200.
    assert sum(by_month.values(), Count.exact(0)).high == 2200


# -- concrete behaviour ---------------------------------------------------------------------


def test_straddling_exchange_counts_honestly_in_each_bucket_and_once_in_total() -> None:
    july_or_august = handover(
        Period.between(date(2025, 7, 1), date(2025, 8, 31)), Count.exact(1000)
    )
    september = handover(Period.month(2025, 9), Count.approx(1000))
    result = totals([july_or_august, september])
    assert list(result) == [Period.month(2025, m) for m in (7, 8, 9)]
    assert result[Period.month(2025, 7)] == Count.between(0, 1000)
    assert result[Period.month(2025, 8)] == Count.between(0, 1000)
    assert result[Period.month(2025, 9)] == Count.approx(1000)
    assert (result.total.low, result.total.high, result.total.best) == (1900, 2100, 2000)
    assert [c.exchange_id for c in result.spread] == [july_or_august.id]
    assert "adds 0 up to its high" in result.summary()


def test_empty_buckets_are_present_and_zero() -> None:
    result = totals(
        [
            handover(Period.month(2025, 1), Count.exact(5)),
            handover(Period.month(2025, 4), Count.exact(7)),
        ]
    )
    assert isinstance(result, Mapping)
    assert [str(b) for b in result] == ["2025-01", "2025-02", "2025-03", "2025-04"]
    assert result[Period.month(2025, 2)] == Count.exact(0)
    assert result.total == Count.exact(12)


def test_no_exchanges_give_no_buckets_and_zero_total() -> None:
    result = totals([])
    assert len(result) == 0
    assert result.total == Count.exact(0)
    assert result.span is None
    only_start = totals([], by="quarter", start=date(2025, 5, 5))
    assert list(only_start) == [Period.quarter(2025, 2)]


def test_filters_select_by_party_category_and_kind() -> None:
    day = Period.day(date(2025, 10, 23))
    swap = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=day,
        transfers=[
            Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000)),
            Transfer(UKR, RUS, PersonCategory.REMAINS, Count.exact(31)),
        ],
    )
    prisoners = handover(
        day,
        Count.exact(84),
        category=PersonCategory.PRISONERS_OF_WAR,
        kind=ExchangeKind.PRISONER_SWAP,
    )
    data = [swap, prisoners]
    assert totals(data, receiver="Kyiv", category="remains").total == Count.exact(1000)
    assert totals(data, receiver=RUS).total == Count.exact(31)
    both = [PersonCategory.REMAINS, "prisoners of war"]
    assert totals(data, sender="Russian side", category=both).total == Count.exact(1084)
    assert totals(data, receiver=["UKR", "RUS"], category=PersonCategory.REMAINS).total == (
        Count.exact(1031)
    )
    assert totals(data, kind=ExchangeKind.PRISONER_SWAP).total == Count.exact(84)
    assert totals(data, kind="prisoner swap").total == Count.exact(84)
    assert totals(data, receiver="WAG").total == Count.exact(0)
    assert totals(Dataset(exchanges=data), category=PersonCategory.REMAINS).total == Count.exact(
        1031
    )
    assert totals(data, receiver="RUS").selection == "receiver RUS"


def test_remains_and_living_prisoners_are_never_added_unasked() -> None:
    """Regression: a 185-for-185 swap and 1,000 bodies in one month once totalled 1,185."""
    october = Period.month(2025, 10)
    swap = Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.day(date(2025, 10, 2)),
        transfers=[
            Transfer(RUS, UKR, PersonCategory.PRISONERS_OF_WAR, Count.exact(185)),
            Transfer(UKR, RUS, PersonCategory.PRISONERS_OF_WAR, Count.exact(185)),
        ],
    )
    bodies = handover(october, Count.exact(1000))
    data = [swap, bodies]
    for add_up in (totals, cumulative):
        with pytest.raises(
            ReconcileError,
            match=r"category: the selected transfers are of 2 categories "
            r"\('prisoners_of_war', 'remains'\).*category='prisoners_of_war'",
        ):
            add_up(data, receiver="UKR")
    assert totals(data, receiver="UKR", category="remains").total == Count.exact(1000)
    assert totals(data, receiver="UKR", category="prisoners_of_war").total == Count.exact(185)
    asked = totals(data, receiver="UKR", category=["remains", "prisoners_of_war"])
    assert asked.total == Count.exact(1185)
    assert categories(data, receiver="UKR") == (
        PersonCategory.PRISONERS_OF_WAR,
        PersonCategory.REMAINS,
    )
    assert categories(data, receiver="UKR", kind="prisoner swap") == (
        PersonCategory.PRISONERS_OF_WAR,
    )


def test_unknown_bucket_size_names_what_is_accepted() -> None:
    with pytest.raises(ReconcileError, match=r"by: 'fortnight' is not a bucket size.*'month'"):
        totals([], by="fortnight")
    with pytest.raises(ReconcileError, match="RANGE"):
        totals([], by=Precision.RANGE)


def test_bad_filters_say_which_argument_and_why() -> None:
    with pytest.raises(ReconcileError, match=r"receiver: no registered party is called 'Kiyv'"):
        totals([], receiver="Kiyv")
    with pytest.raises(ReconcileError, match="category: 'bodies' is not a PersonCategory"):
        totals([], category="bodies")
    with pytest.raises(ReconcileError, match="sender: an empty collection"):
        totals([], sender=[])
    with pytest.raises(ReconcileError, match="end: 2025-01-01 is before start 2025-02-01"):
        totals([], start=date(2025, 2, 1), end=date(2025, 1, 1))
    with pytest.raises(ReconcileError, match="start: 'July' is not a date or a Period"):
        totals([], start="July")  # type: ignore[arg-type]
    with pytest.raises(ReconcileError, match=r"end: .* is a datetime; pass its .date\(\)"):
        totals([], end=datetime(2025, 7, 1, 12))
    with pytest.raises(ReconcileError, match="wrap one in a list"):
        totals(handover(Period.month(2025, 7), Count.exact(1)))  # type: ignore[arg-type]


def test_text_rendering_lists_buckets_and_says_what_was_summed() -> None:
    result = totals([handover(Period.month(2025, 7), Count.approx(1000))], receiver="UKR")
    text = str(result)
    assert text.splitlines()[0] == "Totals by month (receiver UKR)"
    assert "2025-07  around 1,000 [900, 1,100]" in text
    assert "Summed 1 transfer figure from 1 exchange (receiver UKR)" in text


def test_totals_is_a_value() -> None:
    data = [handover(Period.month(2025, 7), Count.approx(1000))]
    assert totals(data) == totals(data)
    assert isinstance(totals(data), Totals)
    assert hash(totals(data)) == hash(totals(data))


@given(worlds(), st.sampled_from(UNITS))
def test_totals_of_disjoint_selections_add_up_to_the_whole(world: list, unit: Precision) -> None:
    data = [e for e, _, _ in world]
    whole = totals(data, by=unit, category=EVERY_CATEGORY).total
    parts = [
        totals(data, by=unit, receiver=party, category=EVERY_CATEGORY).total for party in (UKR, RUS)
    ]
    assert sum(parts, Count.exact(0)) == whole
