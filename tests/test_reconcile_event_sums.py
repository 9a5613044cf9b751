"""Sums of event figures set beside running totals: derived claims that compare() can weigh."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

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
    Source,
    SourceKind,
)
from exchangekit.api import export
from exchangekit.cli import main
from exchangekit.reconcile import compare, event_sums, is_derived

RUS, UKR = Party.lookup("RUS"), Party.lookup("UKR")
DATA_SET = Source("Event data set", SourceKind.RESEARCH)
GENERAL_STAFF = Source("General Staff", SourceKind.MILITARY, party=UKR)
WAR = Period.between(date(2024, 1, 1), date(2024, 12, 31))
AS_OF = Period.day(date(2024, 12, 31))


def event(day: date | Period, figure: int, **fields: object) -> CasualtyClaim:
    period = day if isinstance(day, Period) else Period.day(day)
    values: dict[str, object] = {
        "subject": RUS,
        "category": CasualtyCategory.KILLED,
        "count": Count.exact(figure),
        "covers": period,
        "as_of": Period.day(period.end),
        "claimant": DATA_SET,
        "method": ClaimMethod.DOCUMENTED_MINIMUM,
        "scope": ClaimScope.INCIDENT,
    }
    values.update(fields)
    return CasualtyClaim(**values)  # type: ignore[arg-type]


def running(figure: str, claimant: Source = GENERAL_STAFF) -> CasualtyClaim:
    return CasualtyClaim(
        subject=RUS,
        category=CasualtyCategory.KILLED,
        count=Count.parse(figure),
        covers=WAR,
        as_of=AS_OF,
        claimant=claimant,
    )


EVENTS = [event(date(2024, m, 10), 1000) for m in range(1, 13)]  # 12,000 in the year


def test_a_running_total_below_the_sum_of_recorded_events_is_contradicted() -> None:
    stated = running("around 10,000")
    (derived,) = event_sums([*EVENTS, stated])
    assert is_derived(derived)
    assert derived.count == Count.exact(12_000)
    assert (derived.covers, derived.as_of) == (WAR, AS_OF)
    assert derived.method is ClaimMethod.DOCUMENTED_MINIMUM
    assert derived.claimant.name == "Sum of events in Event data set"
    assert "12 event figures dated inside the span" in derived.caveats[1]

    group = compare([*EVENTS, stated], sum_events=True).group(RUS, CasualtyCategory.KILLED)
    assert derived in group.claims
    codes = [f.code for f in group.findings]
    assert "below-documented-minimum" in codes
    assert not any(is_derived(c) for c in compare([*EVENTS, stated]).groups[0].claims)


def test_a_running_total_above_the_sum_agrees_with_it_as_a_floor() -> None:
    stated = running("more than 15,000")
    group = compare([*EVENTS, stated], sum_events=True).group(RUS, CasualtyCategory.KILLED)
    assert [f.code for f in group.findings if f.code.startswith("claims-")] == ["claims-agree"]


def test_events_straddling_the_span_add_nothing_to_the_floor() -> None:
    across = event(Period.between(date(2024, 12, 20), date(2025, 1, 10)), 500)
    (derived,) = event_sums([*EVENTS, across, running("12,000")])
    assert (derived.count.low, derived.count.high) == (12_000, 12_500)
    assert "1 more that may fall in it" in derived.caveats[1]


def test_only_the_same_subject_category_and_population_are_summed() -> None:
    others = [
        event(date(2024, 5, 1), 7, subject=UKR),
        event(date(2024, 5, 1), 9, category=CasualtyCategory.WOUNDED),
        event(date(2024, 5, 1), 11, population=Population.CIVILIANS),
    ]
    (derived,) = event_sums([*EVENTS, *others, running("12,000")])
    assert derived.count == Count.exact(12_000)
    assert event_sums([*others, running("12,000")]) == []
    assert event_sums(EVENTS) == []


def test_compare_on_the_command_line_sets_the_sum_beside_the_running_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events, claims = tmp_path / "events.jsonl", tmp_path / "claims.json"
    export(Dataset(claims=EVENTS), events)
    export(Dataset(claims=[running("around 10,000")]), claims)
    code = main(["compare", str(events), str(claims)])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    assert "Sum of events in Event data set" in out
    assert "below-documented-minimum" in out
    assert "12 incident or period figures stated by one source alone" in out


@st.composite
def worlds(draw: st.DrawFn) -> tuple[list[CasualtyClaim], int]:
    """Events with true days and true numbers, and the true sum inside the year 2024."""
    claims, truth = [], 0
    for _ in range(draw(st.integers(0, 10))):
        start = draw(st.dates(date(2023, 12, 1), date(2025, 1, 31)))
        period = Period.between(start, start + timedelta(days=draw(st.integers(0, 40))))
        value = draw(st.integers(0, 300))
        low, high = draw(st.integers(0, value)), draw(st.integers(value, value + 50))
        day = period.start + timedelta(days=draw(st.integers(0, period.days - 1)))
        claims.append(event(period, 0, count=Count.between(low, high)))
        truth += value if WAR.contains(day) else 0
    return claims, truth


@given(worlds())
def test_the_derived_sum_contains_the_true_sum(world: tuple[list[CasualtyClaim], int]) -> None:
    claims, truth = world
    derived = event_sums([*claims, running("1")])
    if not derived:
        assert truth == 0
        return
    (summed,) = derived
    assert summed.count.contains(truth)


def test_two_events_with_the_same_figure_on_one_day_stay_two_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: merging "duplicate" claims once folded distinct events into one."""
    from exchangekit.reconcile import merge_duplicate_claims

    day = date(2024, 3, 5)
    first, second = event(day, 1, id="ged-1-a"), event(day, 1, id="ged-2-a")
    assert merge_duplicate_claims([first, second]).claims == (first, second)
    groups = compare([first, second]).groups
    assert [len(g.claims) for g in groups] == [1, 1]
    assert not [f for g in groups for f in g.findings]
    path = tmp_path / "both.json"
    export(Dataset(claims=[first, second, running("2")]), path)
    assert main(["compare", str(path)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Sum of events in Event data set, independent: 2 (documented minimum" in out
    # Content-derived ids name no event: the same figure read twice is one claim.
    again = [event(day, 1), attrs_evolve_claimant(event(day, 1))]
    assert len(merge_duplicate_claims(again).claims) == 1


def attrs_evolve_claimant(claim: CasualtyClaim) -> CasualtyClaim:
    """The same claim with its claimant's name spelled another way and a fresh derived id."""
    import attrs

    fields = {f.name: getattr(claim, f.name) for f in attrs.fields(CasualtyClaim)}
    fields.pop("id")
    fields["claimant"] = Source("event data set", SourceKind.RESEARCH)
    return CasualtyClaim(**fields)
