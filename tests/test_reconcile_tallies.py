"""Tests of check_tallies: stated running totals held against the itemized exchanges they cover."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    Severity,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.reconcile import (
    FINDING_CODES,
    ReconcileError,
    TallyVerdict,
    check_tallies,
    merge_duplicates,
)

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
THURSDAY = date(2025, 10, 23)
HEADQUARTERS = Source(
    "Coordination Headquarters for the Treatment of Prisoners of War",
    SourceKind.GOVERNMENT,
    party=UKR,
)


def remains(period: Period, figure: str, *, to: Party = UKR) -> Exchange:
    sender = RUS if to == UKR else UKR
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=period,
        transfers=[Transfer(sender, to, PersonCategory.REMAINS, Count.parse(figure))],
    )


# The running example: around 1,000 bodies in each of July, August and September, 1,000 on
# Thursday 23 October; and, the same day, 31 bodies the other way and a prisoner swap.
HANDOVERS = [
    *(remains(Period.month(2025, month), "around 1,000") for month in (7, 8, 9)),
    remains(Period.day(THURSDAY), "1,000"),
]
OTHERS = [
    remains(Period.day(THURSDAY), "31", to=RUS),
    Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.day(date(2025, 10, 2)),
        transfers=[Transfer(RUS, UKR, PersonCategory.PRISONERS_OF_WAR, Count.exact(185))],
    ),
]


def tally(figure: str, since: date, **fields: object) -> ExchangeTally:
    values: dict[str, object] = {
        "receiver": UKR,
        "category": PersonCategory.REMAINS,
        "count": Count.parse(figure),
        "covers": Period.between(since, THURSDAY),
        "as_of": Period.day(THURSDAY),
        "claimant": HEADQUARTERS,
    }
    return ExchangeTally(**{**values, **fields})  # type: ignore[arg-type]


SINCE_JULY = date(2025, 7, 1)
WAR_BEGAN = date(2022, 2, 24)


def test_a_tally_the_four_handovers_add_up_to_is_consistent() -> None:
    stated = tally("about 4,000", SINCE_JULY, sender=RUS, exchange_count=Count.exact(4))
    (check,) = check_tallies(Dataset(exchanges=[*HANDOVERS, *OTHERS], tallies=[stated]))
    assert check.verdict is TallyVerdict.CONSISTENT
    assert check.itemized == sum((e.transfers[0].count for e in HANDOVERS), Count.exact(0))
    assert (check.itemized.low, check.itemized.high) == (3700, 4300)
    assert check.exchange_ids == tuple(e.id for e in HANDOVERS)
    assert check.uncertain_ids == ()
    assert check.gap == Count.between(0, 700)
    finding = check.finding
    assert (finding.code, finding.severity) == ("tally-consistent", Severity.INFO)
    assert finding.record_ids == (stated.id, *(e.id for e in HANDOVERS))
    assert "up to 700 people may still be missing" in finding.message
    assert "in 4 exchanges" in finding.message


def test_a_gap_of_one_person_reads_in_the_singular() -> None:
    stated = tally("between 4,000 and 4,001", SINCE_JULY, sender=RUS)
    exact = [remains(Period.month(2025, month), "1,000") for month in (7, 8, 9)]
    (check,) = check_tallies([*exact, HANDOVERS[-1], stated])
    assert check.gap == Count.between(0, 1)
    assert "up to 1 person may still be missing from the data" in check.finding.message


def test_a_tally_since_the_invasion_says_how_many_people_are_missing() -> None:
    stated = tally("some 9,000", WAR_BEGAN)
    (check,) = check_tallies([*HANDOVERS, *OTHERS, stated])
    assert check.verdict is TallyVerdict.MISSING
    # 8,100 to 9,900 stated against 3,700 to 4,300 itemized.
    assert check.gap == Count.between(3800, 6200)
    assert check.finding.code == "tally-exceeds-itemized"
    assert check.finding.severity is Severity.WARNING
    assert "at least 3,800 and at most 6,200 people are missing" in check.finding.message


def test_itemized_exchanges_above_a_tally_are_double_counting_or_a_stale_tally() -> None:
    stated = tally("3,000", SINCE_JULY, exchange_count=Count.exact(3))
    (check,) = check_tallies([*HANDOVERS, stated])
    assert check.verdict is TallyVerdict.EXCESS
    assert check.gap == Count.between(700, 1300)
    assert check.finding.code == "itemized-exceed-tally"
    assert check.finding.severity is Severity.ERROR
    assert "at least 700 and at most 1,300 people" in check.finding.message
    assert "the data has 4 such exchanges in that span, more than the 3" in check.finding.message


def test_one_handover_reported_twice_reads_as_double_counting_until_merged() -> None:
    stated = tally("about 4,000", SINCE_JULY)
    thursday_again = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(THURSDAY),
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000))],
        sources=[HEADQUARTERS],
    )
    records = [*HANDOVERS, thursday_again]
    assert check_tallies([*records, stated]).checks[0].verdict is TallyVerdict.EXCESS
    merged = merge_duplicates(records).exchanges
    assert check_tallies([*merged, stated]).checks[0].verdict is TallyVerdict.CONSISTENT


def test_exchanges_dated_across_the_tallys_start_may_or_may_not_count() -> None:
    stated = tally("more than 3,500", date(2025, 7, 15))
    (check,) = check_tallies([*HANDOVERS, stated])
    assert check.uncertain_ids == (HANDOVERS[0].id,)
    # July may fall before the tally's span: 0 to 1,100 from it, 2,800 to 3,200 from the rest.
    assert (check.itemized.low, check.itemized.high) == (2800, 4300)
    assert check.verdict is TallyVerdict.CONSISTENT
    assert check.gap == Count.unknown()
    assert "any number may be missing" in check.finding.message


def test_only_the_same_receiver_sender_and_category_count() -> None:
    to_russia = ExchangeTally(
        receiver=RUS,
        category=PersonCategory.REMAINS,
        count=Count.exact(31),
        covers=Period.day(THURSDAY),
        as_of=Period.day(THURSDAY),
        claimant=Source("Russian Ministry of Defence", SourceKind.MILITARY, party=RUS),
    )
    prisoners = tally("185", date(2025, 10, 1), category=PersonCategory.PRISONERS_OF_WAR)
    from_elsewhere = tally("5", SINCE_JULY, sender=Party("WAG", "Wagner Group"))
    checks = check_tallies([*HANDOVERS, *OTHERS, to_russia, prisoners, from_elsewhere])
    assert [c.verdict for c in checks] == [TallyVerdict.CONSISTENT] * 2 + [TallyVerdict.MISSING]
    assert checks.checks[0].gap == Count.exact(0)
    assert checks.checks[0].finding.message.endswith("adds up to 31, which matches")
    assert checks.checks[1].exchange_ids == (OTHERS[1].id,)
    assert "the data itemizes no such exchange" in checks.checks[2].finding.message
    assert len(checks.findings) == 3


def test_claims_are_ignored_and_bad_input_names_the_argument() -> None:
    claim = CasualtyClaim(
        subject=UKR,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(46000),
        covers=Period.between(WAR_BEGAN, date(2025, 2, 28)),
        as_of=Period.month(2025, 2),
        claimant=HEADQUARTERS,
    )
    assert len(check_tallies([*HANDOVERS, claim])) == 0
    assert str(check_tallies(HANDOVERS)) == "no stated tallies to check"
    with pytest.raises(ReconcileError, match="records: expected several records"):
        check_tallies(tally("1", SINCE_JULY))  # type: ignore[arg-type]
    with pytest.raises(ReconcileError, match="records: item 1 is a str"):
        check_tallies([HANDOVERS[0], "July"])  # type: ignore[list-item]


def test_the_codes_are_registered_with_their_severity() -> None:
    assert FINDING_CODES["tally-consistent"].severity is Severity.INFO
    assert FINDING_CODES["tally-exceeds-itemized"].severity is Severity.WARNING
    assert FINDING_CODES["itemized-exceed-tally"].severity is Severity.ERROR


# -- the verdict is honest: every true world agrees with it ---------------------------------

FIRST, LAST = date(2025, 1, 1), date(2025, 12, 31)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    day = draw(st.dates(FIRST, LAST))
    shape = draw(st.sampled_from(["day", "month", "span"]))
    if shape == "day":
        return Period.day(day)
    if shape == "month":
        return Period.month(day.year, day.month)
    return Period.between(day, day + timedelta(days=draw(st.integers(1, 90))))


@st.composite
def counts_holding(draw: st.DrawFn, truth: int) -> Count:
    """A count whose interval holds ``truth``, of any shape a report gives."""
    below = draw(st.integers(0, truth))
    above = draw(st.integers(0, 500))
    return draw(
        st.sampled_from(
            [
                Count.exact(truth),
                Count.between(truth - below, truth + above),
                Count.at_least(truth - below),
                Count.at_most(truth + above),
                Count.unknown(),
            ]
        )
    )


@st.composite
def worlds(draw: st.DrawFn) -> tuple[list[Exchange], ExchangeTally, int, int]:
    """Distinct exchanges with true days and values; a true tally over some span; the truths.

    Returns the exchanges, the tally, the true itemized sum in its span and the true tally.
    """
    exchanges, itemized_truth = [], 0
    start = draw(st.dates(FIRST, LAST))
    covers = Period.between(start, start + timedelta(days=draw(st.integers(0, 200))))
    for index in range(draw(st.integers(0, 8))):
        period = draw(periods())
        truth = draw(st.integers(0, 2000))
        day = period.start + timedelta(days=draw(st.integers(0, period.days - 1)))
        category = draw(st.sampled_from([PersonCategory.REMAINS, PersonCategory.CIVILIANS]))
        to = draw(st.sampled_from([UKR, RUS]))
        exchanges.append(
            Exchange(
                id=f"ex-{index}",
                kind=ExchangeKind.OTHER,
                period=period,
                transfers=[
                    Transfer(RUS if to == UKR else UKR, to, category, draw(counts_holding(truth)))
                ],
            )
        )
        if to == UKR and category is PersonCategory.REMAINS and covers.contains(day):
            itemized_truth += truth
    missing = draw(st.integers(0, 3000))
    stated_truth = itemized_truth + missing
    as_of = Period.day(covers.end)
    stated = ExchangeTally(
        receiver=UKR,
        category=PersonCategory.REMAINS,
        count=draw(counts_holding(stated_truth)),
        covers=covers,
        as_of=as_of,
        claimant=HEADQUARTERS,
    )
    return exchanges, stated, itemized_truth, stated_truth


@given(worlds())
def test_every_true_world_agrees_with_the_verdict(world: tuple) -> None:
    exchanges, stated, itemized_truth, stated_truth = world
    (check,) = check_tallies([*exchanges, stated])
    assert check.itemized.contains(itemized_truth)
    # A true tally of distinct, truly itemized exchanges is never "double counting" ...
    assert check.verdict is not TallyVerdict.EXCESS
    # ... and the true number of people missing lies in the gap.
    assert check.gap.contains(stated_truth - itemized_truth)
    if stated_truth == itemized_truth:
        assert check.verdict is TallyVerdict.CONSISTENT


@given(worlds(), st.integers(1, 3000))
def test_a_tally_below_the_true_itemized_sum_is_never_called_missing(
    world: tuple, short: int
) -> None:
    exchanges, stated, itemized_truth, _ = world
    too_low = max(0, itemized_truth - short)
    if too_low == itemized_truth:
        return
    wrong = ExchangeTally(
        receiver=stated.receiver,
        category=stated.category,
        count=Count.exact(too_low),
        covers=stated.covers,
        as_of=stated.as_of,
        claimant=stated.claimant,
    )
    (check,) = check_tallies([*exchanges, wrong])
    assert check.verdict is not TallyVerdict.MISSING
    if check.verdict is TallyVerdict.EXCESS:
        assert check.gap.contains(itemized_truth - too_low)


@given(worlds())
def test_the_result_does_not_depend_on_record_order(world: tuple) -> None:
    exchanges, stated, _, _ = world
    forward = check_tallies([*exchanges, stated]).checks[0]
    backward = check_tallies([stated, *reversed(exchanges)]).checks[0]
    assert (forward.itemized, forward.verdict, forward.gap) == (
        backward.itemized,
        backward.verdict,
        backward.gap,
    )
    assert set(forward.exchange_ids) == set(backward.exchange_ids)


BOTH = Party.joint(RUS, UKR)


def test_a_two_way_tally_counts_the_transfers_to_either_side_and_says_so_in_words() -> None:
    stated = tally("4,031", SINCE_JULY, receiver=BOTH)
    (check,) = check_tallies([*HANDOVERS, *OTHERS, stated])
    # the four handovers to Ukraine and the 31 bodies to Russia, whichever way they went
    assert check.exchange_ids == tuple(e.id for e in [*HANDOVERS, OTHERS[0]])
    assert (check.itemized.low, check.itemized.high) == (3731, 4331)
    assert check.verdict is TallyVerdict.CONSISTENT
    assert "in both directions between RUS and UKR" in check.finding.message
    assert "RUS+UKR" not in check.finding.message
    assert stated.two_way
    assert stated.direction == "in both directions between RUS and UKR"


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 5000)), max_size=6))
def test_a_two_way_tally_always_holds_the_sum_of_both_directions(
    legs: list[tuple[bool, int]],
) -> None:
    swaps = [
        Exchange(
            kind=ExchangeKind.PRISONER_SWAP,
            period=Period.day(THURSDAY - timedelta(days=i)),
            transfers=[Transfer(*((RUS, UKR) if to_ukr else (UKR, RUS)), category, Count.exact(n))],
        )
        for i, (to_ukr, n) in enumerate(legs)
        for category in [PersonCategory.PRISONERS_OF_WAR]
    ]
    total = sum(n for _, n in legs)
    stated = tally(
        f"{total:,}",
        THURSDAY - timedelta(days=30),
        receiver=BOTH,
        category=PersonCategory.PRISONERS_OF_WAR,
    )
    (check,) = check_tallies([*swaps, stated])
    assert check.itemized.contains(total)
    assert check.verdict is TallyVerdict.CONSISTENT
