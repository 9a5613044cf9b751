"""Tests of casualty_totals: incident and period figures added up per bucket, honestly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    Party,
    Period,
    Population,
    Precision,
    Source,
    SourceKind,
)
from exchangekit.reconcile import ClaimContribution, ReconcileError, Totals, casualty_totals

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
EVENTS = Source("Event data set", SourceKind.RESEARCH)
FIRST_DAY, LAST_DAY = date(2024, 1, 1), date(2025, 12, 31)
UNITS = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER, Precision.YEAR]


def event(
    period: Period,
    count: Count,
    *,
    subject: Party = RUS,
    category: CasualtyCategory = CasualtyCategory.KILLED,
    population: Population = Population.COMBATANTS,
    scope: ClaimScope = ClaimScope.INCIDENT,
) -> CasualtyClaim:
    return CasualtyClaim(
        subject=subject,
        category=category,
        count=count,
        covers=period,
        as_of=Period.day(period.end),
        claimant=EVENTS,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
        scope=scope,
        population=population,
    )


def test_incidents_add_up_per_month_and_say_what_was_summed() -> None:
    claims = [
        event(Period.day(date(2025, 7, 3)), Count.exact(12)),
        event(Period.day(date(2025, 7, 20)), Count.between(3, 7, best=5)),
        event(Period.day(date(2025, 8, 2)), Count.exact(1)),
    ]
    result = casualty_totals(claims, by="month", subject="RUS")
    assert isinstance(result, Totals)
    assert [str(b) for b in result] == ["2025-07", "2025-08"]
    july = result[Period.month(2025, 7)]
    assert (july.low, july.best, july.high) == (15, 17, 19)
    assert result.total == Count.exact(12) + Count.between(3, 7, best=5) + Count.exact(1)
    assert all(isinstance(c, ClaimContribution) for c in result.contributions)
    assert result.record_ids == tuple(c.id for c in claims)
    assert "Summed 3 casualty figures from 3 claims (subject RUS)" in result.summary()


def test_a_figure_dated_across_buckets_adds_to_ceilings_only() -> None:
    week = Period.between(date(2025, 7, 28), date(2025, 8, 3))
    result = casualty_totals([event(week, Count.exact(40))], by="month")
    assert [str(c) for c in result.values()] == ["0–40", "0–40"]
    assert result.total == Count.exact(40)
    assert len(result.spread) == 1


def test_sides_categories_and_populations_are_never_mixed_unasked() -> None:
    day = Period.day(date(2025, 7, 3))
    claims = [
        event(day, Count.exact(10)),
        event(day, Count.exact(4), subject=UKR),
        event(day, Count.exact(7), population=Population.CIVILIANS),
        event(day, Count.exact(30), category=CasualtyCategory.WOUNDED),
    ]
    with pytest.raises(ReconcileError, match=r"subject: the chosen figures are of 2 subjects"):
        casualty_totals(claims)
    with pytest.raises(ReconcileError, match=r"category: .* \('killed', 'wounded'\)"):
        casualty_totals(claims, subject="RUS")
    with pytest.raises(ReconcileError, match=r"population: .*'combatants', 'civilians'"):
        casualty_totals(claims, subject="RUS", category="killed")
    own = casualty_totals(claims, subject="RUS", category="killed", population="combatants")
    assert own.total == Count.exact(10)
    everyone = casualty_totals(
        claims,
        subject=["RUS", "UKR"],
        category="killed",
        population=[Population.COMBATANTS, Population.CIVILIANS],
    )
    assert everyone.total == Count.exact(21)


def test_running_totals_are_left_out_with_a_note_and_never_added_alone() -> None:
    day = Period.day(date(2025, 7, 3))
    running = event(
        Period.between(date(2022, 2, 24), date(2025, 7, 3)),
        Count.more_than(135_000),
        scope=ClaimScope.CUMULATIVE,
    )
    result = casualty_totals(Dataset(claims=[event(day, Count.exact(10)), running]))
    assert result.total == Count.exact(10)
    assert result.notes == (
        f"1 running total left out ({running.id}): each already holds everything before it",
    )
    assert "1 running total left out" in result.summary()
    with pytest.raises(ReconcileError, match="is a running total and nothing else was chosen"):
        casualty_totals([running])


def test_bad_arguments_name_themselves() -> None:
    with pytest.raises(ReconcileError, match="population: 'soldiers' is not a Population"):
        casualty_totals([], population="soldiers")
    with pytest.raises(ReconcileError, match="records: item 0 is a str"):
        casualty_totals(["x"])  # type: ignore[list-item]
    with pytest.raises(ReconcileError, match="wrap one in a list"):
        casualty_totals(event(Period.day(date(2025, 1, 1)), Count.exact(1)))  # type: ignore[arg-type]
    assert casualty_totals([]).total == Count.exact(0)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    day = draw(st.dates(FIRST_DAY, LAST_DAY))
    precision = draw(st.sampled_from([*UNITS, Precision.RANGE]))
    if precision is Precision.RANGE:
        return Period.between(day, day + timedelta(days=draw(st.integers(1, 60))))
    return Period.containing(day, precision)


@st.composite
def worlds(draw: st.DrawFn) -> list[tuple[CasualtyClaim, date, int]]:
    """Events with the day each really happened and its true number of dead."""
    world = []
    for _ in range(draw(st.integers(0, 12))):
        period = draw(periods())
        truth = draw(st.integers(0, 500))
        low = draw(st.integers(0, truth))
        high = draw(st.one_of(st.none(), st.integers(truth, truth + 300)))
        count = Count.at_least(low) if high is None else Count.between(low, high)
        day = period.start + timedelta(days=draw(st.integers(0, period.days - 1)))
        world.append((event(period, count), day, truth))
    return world


@given(worlds(), st.sampled_from(UNITS))
def test_every_bucket_contains_its_true_total(world: list, unit: Precision) -> None:
    result = casualty_totals([c for c, _, _ in world], by=unit)
    for bucket, count in result.items():
        truth = sum(t for _, day, t in world if bucket.contains(day))
        assert count.contains(truth), (bucket, count, truth)
    assert result.total.contains(sum(t for _, _, t in world))
