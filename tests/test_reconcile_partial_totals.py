"""Sums computed in parts: any partitioning, combined in any shape, gives the one-piece result."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Population,
    Precision,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.reconcile import (
    PartialTotals,
    ReconcileError,
    Totals,
    casualty_totals,
    cumulative,
    partial_casualty_totals,
    partial_totals,
    totals,
)

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
EVENTS = Source("Event data set", SourceKind.RESEARCH)
FIRST_DAY, LAST_DAY = date(2024, 11, 1), date(2025, 10, 31)
UNITS = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER, Precision.YEAR]


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Days to years, and spans that straddle buckets."""
    day = draw(st.dates(FIRST_DAY, LAST_DAY))
    precision = draw(st.sampled_from([*UNITS, Precision.RANGE]))
    if precision is Precision.RANGE:
        return Period.between(day, day + timedelta(days=draw(st.integers(1, 100))))
    return Period.containing(day, precision)


@st.composite
def counts(draw: st.DrawFn) -> Count:
    """Counts of every qualifier, bounded and unbounded, zero included."""
    n = draw(st.integers(1, 3_000))
    return draw(
        st.sampled_from(
            [
                Count.exact(n),
                Count.approx(n),
                Count.at_least(n),
                Count.more_than(n),
                Count.at_most(n),
                Count.between(n, n + 99),
                Count.order_of_magnitude(n, 10 * n),
                Count.unknown(),
                Count.exact(0),
            ]
        )
    )


@st.composite
def exchanges(draw: st.DrawFn) -> Exchange:
    """Handovers either way, of one or two categories (so some selections must be refused)."""
    transfers = [
        Transfer(
            RUS if to_ukraine else UKR,
            UKR if to_ukraine else RUS,
            draw(st.sampled_from([PersonCategory.REMAINS, PersonCategory.PRISONERS_OF_WAR])),
            count,
        )
        for to_ukraine, count in draw(
            st.lists(st.tuples(st.booleans(), counts()), min_size=1, max_size=2)
        )
    ]
    kind = draw(st.sampled_from(ExchangeKind))
    return Exchange(kind=kind, period=draw(periods()), transfers=transfers)


@st.composite
def claims(draw: st.DrawFn) -> CasualtyClaim:
    """Incident, period and running-total figures of two sides, categories and populations."""
    period = draw(periods())
    return CasualtyClaim(
        subject=draw(st.sampled_from([RUS, UKR])),
        category=draw(st.sampled_from([CasualtyCategory.KILLED, CasualtyCategory.WOUNDED])),
        count=draw(counts()),
        covers=period,
        as_of=Period.day(period.end),
        claimant=EVENTS,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
        scope=draw(st.sampled_from(ClaimScope)),
        population=draw(st.sampled_from([Population.COMBATANTS, Population.CIVILIANS])),
    )


@st.composite
def bounds(draw: st.DrawFn) -> dict[str, date]:
    """No span, a start, an end, or both: each decides the buckets differently."""
    chosen: dict[str, date] = {}
    day = draw(st.dates(FIRST_DAY, LAST_DAY))
    if draw(st.booleans()):
        chosen["start"] = day
    if draw(st.booleans()):
        chosen["end"] = day + timedelta(days=draw(st.integers(0, 200)))
    return chosen


def contiguous(draw: st.DrawFn, size: int) -> list[slice]:
    """Cut ``0..size`` into consecutive runs, empty runs included."""
    cuts = sorted(draw(st.lists(st.integers(0, size), max_size=5)))
    edges = [0, *cuts, size]
    return [slice(a, b) for a, b in itertools.pairwise(edges)]


def combined_in_any_shape(draw: st.DrawFn, parts: Sequence[PartialTotals]) -> PartialTotals:
    """Combine neighbouring parts in a tree of any shape, as a distributed reduction may."""
    if len(parts) == 1:
        return parts[0]
    if len(parts) > 2 and draw(st.booleans()):
        return parts[0].combine(*parts[1:])
    split = draw(st.integers(1, len(parts) - 1))
    return combined_in_any_shape(draw, parts[:split]).combine(
        combined_in_any_shape(draw, parts[split:])
    )


def outcome(work: Callable[[], Totals]) -> Totals | str:
    """The sum, or the message of the refusal, so that refusals compare too."""
    try:
        return work()
    except ReconcileError as exc:
        return f"refused: {exc}"


def same_but_order(a: Totals | str, b: Totals | str) -> bool:
    """Equal sums whose figures came in another order."""
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str)
    return (
        a.rows == b.rows
        and a.total == b.total
        and (a.by, a.selection, a.running, a.notes) == (b.by, b.selection, b.running, b.notes)
        and Counter(a.contributions) == Counter(b.contributions)
    )


# -- the property: any partitioning gives the same result -------------------------------------


@given(
    st.lists(exchanges(), max_size=10),
    st.sampled_from(UNITS),
    st.booleans(),
    st.sampled_from([None, "remains", [PersonCategory.REMAINS, PersonCategory.PRISONERS_OF_WAR]]),
    bounds(),
    st.data(),
)
def test_transfer_sums_in_consecutive_parts_equal_the_whole(
    records: list[Exchange],
    unit: Precision,
    running: bool,
    category: Any,
    span: dict[str, date],
    data: st.DataObject,
) -> None:
    arguments: dict[str, Any] = {"by": unit, "category": category, **span}
    whole = outcome(lambda: (cumulative if running else totals)(records, **arguments))
    parts = [
        partial_totals(records[cut], running=running, **arguments)
        for cut in contiguous(data.draw, len(records))
    ]
    combined = combined_in_any_shape(data.draw, parts)
    assert outcome(combined.result) == whole


@given(
    st.lists(exchanges(), max_size=10),
    st.sampled_from(UNITS),
    st.booleans(),
    bounds(),
    st.data(),
)
def test_transfer_sums_in_scattered_parts_differ_only_in_order(
    records: list[Exchange],
    unit: Precision,
    running: bool,
    span: dict[str, date],
    data: st.DataObject,
) -> None:
    arguments: dict[str, Any] = {"by": unit, **span}
    whole = outcome(lambda: (cumulative if running else totals)(records, **arguments))
    groups = data.draw(st.lists(st.integers(0, 3), min_size=len(records), max_size=len(records)))
    parts = [
        partial_totals(
            [r for r, g in zip(records, groups, strict=True) if g == i],
            running=running,
            **arguments,
        )
        for i in data.draw(st.permutations(range(4)))
    ]
    assert same_but_order(outcome(combined_in_any_shape(data.draw, parts).result), whole)


@given(
    st.lists(claims(), max_size=10),
    st.sampled_from(UNITS),
    st.sampled_from([{}, {"subject": "RUS"}, {"subject": "RUS", "category": "killed"}]),
    st.sampled_from([{}, {"population": ["combatants", "civilians"]}]),
    bounds(),
    st.data(),
)
def test_casualty_sums_in_consecutive_parts_equal_the_whole(
    records: list[CasualtyClaim],
    unit: Precision,
    filters: dict[str, str],
    population: dict[str, list[str]],
    span: dict[str, date],
    data: st.DataObject,
) -> None:
    arguments: dict[str, Any] = {"by": unit.value, **filters, **population, **span}
    whole = outcome(lambda: casualty_totals(records, **arguments))
    parts = [
        partial_casualty_totals(records[cut], **arguments)
        for cut in contiguous(data.draw, len(records))
    ]
    assert outcome(combined_in_any_shape(data.draw, parts).result) == whole


# -- examples ---------------------------------------------------------------------------------


def handover(
    day: date, count: Count, category: PersonCategory = PersonCategory.REMAINS
) -> Exchange:
    """Remains (by default) from Russia to Ukraine on one day."""
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(day),
        transfers=[Transfer(RUS, UKR, category, count)],
    )


def test_parts_far_apart_fill_the_months_between_with_zero() -> None:
    july = partial_totals([handover(date(2025, 7, 3), Count.exact(1000))])
    october = partial_totals([handover(date(2025, 10, 23), Count.approx(1000))])
    combined = july.combine(october).result()
    assert [str(bucket) for bucket in combined] == [
        "2025-07",
        "2025-08",
        "2025-09",
        "2025-10",
    ]
    assert combined[Period.month(2025, 8)] == Count.exact(0)
    assert combined.total == Count.exact(1000) + Count.approx(1000)


def test_running_parts_carry_their_last_value_forward() -> None:
    july = partial_totals([handover(date(2025, 7, 3), Count.exact(1000))], running=True)
    october = partial_totals([handover(date(2025, 10, 23), Count.exact(31))], running=True)
    combined = october.combine(july).result()
    assert [c.low for c in combined.values()] == [1000, 1000, 1000, 1031]


def test_categories_apart_in_the_parts_are_refused_together() -> None:
    remains = partial_totals([handover(date(2025, 7, 3), Count.exact(1000))])
    prisoners = partial_totals(
        [handover(date(2025, 8, 3), Count.exact(84), PersonCategory.PRISONERS_OF_WAR)]
    )
    combined = remains.combine(prisoners)  # combining is fine; only the result is refused
    with pytest.raises(ReconcileError, match=r"category: the selected transfers are of 2"):
        combined.result()


def test_running_totals_alone_in_one_part_are_not_refused_while_others_add() -> None:
    running = partial_casualty_totals(
        [event_claim(date(2025, 7, 1), Count.exact(46_000), ClaimScope.CUMULATIVE)]
    )
    with pytest.raises(ReconcileError, match=r"running total and nothing else was chosen"):
        running.result()
    incident = partial_casualty_totals(
        [event_claim(date(2025, 7, 9), Count.exact(12), ClaimScope.INCIDENT)]
    )
    result = running.combine(incident).result()
    assert result.total == Count.exact(12)
    assert result.notes[0].startswith("1 running total left out")


def event_claim(day: date, count: Count, scope: ClaimScope) -> CasualtyClaim:
    """Russian combatants killed, stated for one day."""
    return CasualtyClaim(
        subject=RUS,
        category=CasualtyCategory.KILLED,
        count=count,
        covers=Period.day(day),
        as_of=Period.day(day),
        claimant=EVENTS,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
        scope=scope,
        population=Population.COMBATANTS,
    )


def test_parts_of_different_sums_are_not_combined() -> None:
    records = [handover(date(2025, 7, 3), Count.exact(1000))]
    by_month = partial_totals(records)
    with pytest.raises(ReconcileError, match=r"others: item 1 was computed with other arguments"):
        by_month.combine(partial_totals(records, by="year"))
    with pytest.raises(ReconcileError, match=r"\(end 2025-12-31 here, None in the first part\)"):
        by_month.combine(partial_totals(records, end=date(2025, 12, 31)))
    with pytest.raises(ReconcileError, match=r"records casualty claims here"):
        by_month.combine(partial_casualty_totals([]))
    with pytest.raises(ReconcileError, match=r"item 1 is a Totals, not a PartialTotals"):
        by_month.combine(totals(records))  # type: ignore[arg-type]


def test_one_part_is_the_one_piece_sum() -> None:
    records = [
        handover(date(2025, 7, 3), Count.exact(1000)),
        handover(date(2025, 9, 1), Count.approx(31)),
    ]
    assert partial_totals(records).result() == totals(records)
    assert partial_totals(records, running=True).result() == cumulative(records)


def test_mixed_casualty_categories_are_named_in_plain_english() -> None:
    killed = event_claim(date(2025, 7, 9), Count.exact(12), ClaimScope.INCIDENT)
    wounded = CasualtyClaim(
        subject=RUS,
        category=CasualtyCategory.WOUNDED,
        count=Count.exact(30),
        covers=killed.covers,
        as_of=killed.as_of,
        claimant=EVENTS,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
        scope=ClaimScope.INCIDENT,
        population=Population.COMBATANTS,
    )
    with pytest.raises(ReconcileError, match=r"category: the chosen figures are of 2 categories"):
        casualty_totals([killed, wounded])
