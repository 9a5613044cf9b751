"""merge_duplicates in groups that share a duplicate_key equals merging everything at once."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
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
from exchangekit.reconcile import MergeResult, ReconcileError, duplicate_key, merge_duplicates

UKR, RUS, BLR = Party.lookup("UKR"), Party.lookup("RUS"), Party("BLR", "Belarus")
FIRST_DAY = date(2025, 6, 1)
COUNTS = [Count.exact(1000), Count.approx(1000), Count.exact(31), Count.between(25, 40)]
SOURCES = [
    Source("Coordination Headquarters", SourceKind.GOVERNMENT),
    Source("Ministry of Defence", SourceKind.MILITARY),
]


@st.composite
def reports(draw: st.DrawFn) -> Exchange:
    """Reports crowded into a few weeks between few parties, so that many are duplicates."""
    sender, receiver = draw(st.permutations([UKR, draw(st.sampled_from([RUS, BLR]))]))
    day = FIRST_DAY + timedelta(days=draw(st.integers(0, 20)))
    period = draw(
        st.sampled_from([Period.day(day), Period.month(day.year, day.month), Period.day(day)])
    )
    return Exchange(
        kind=draw(
            st.sampled_from([ExchangeKind.REPATRIATION_OF_REMAINS, ExchangeKind.PRISONER_SWAP])
        ),
        period=period,
        transfers=[
            Transfer(sender, receiver, PersonCategory.REMAINS, draw(st.sampled_from(COUNTS)))
        ],
        sources=[draw(st.sampled_from(SOURCES))],
    )


@st.composite
def statements(draw: st.DrawFn) -> CasualtyClaim:
    """Claims of few shapes, told by few sources, so that many are one claim."""
    day = FIRST_DAY + timedelta(days=draw(st.integers(0, 2)))
    return CasualtyClaim(
        subject=draw(st.sampled_from([UKR, RUS])),
        category=draw(st.sampled_from([CasualtyCategory.KILLED, CasualtyCategory.MISSING])),
        count=draw(st.sampled_from(COUNTS)),
        covers=Period.day(day),
        as_of=Period.day(day),
        claimant=draw(st.sampled_from(SOURCES)),
        method=ClaimMethod.OFFICIAL_STATEMENT,
        caveats=draw(st.sampled_from([(), ("unconfirmed",)])),
    )


@st.composite
def records(draw: st.DrawFn) -> list[Exchange | CasualtyClaim]:
    """A pool of records drawn from with repeats: the very same record may come twice."""
    pool: list[Exchange | CasualtyClaim] = [
        *draw(st.lists(reports(), min_size=1, max_size=8)),
        *draw(st.lists(statements(), max_size=5)),
    ]
    return draw(st.lists(st.sampled_from(pool), max_size=16))


def merged_in_groups(
    chosen: list[Exchange | CasualtyClaim], groups: dict[tuple[str, ...], int]
) -> list[MergeResult]:
    parts: dict[int, list[Exchange | CasualtyClaim]] = {}
    for record in chosen:
        parts.setdefault(groups[duplicate_key(record)], []).append(record)
    return [merge_duplicates(part) for part in parts.values()]


@given(records(), st.data())
def test_merging_key_groups_apart_gives_the_same_records_and_findings(
    chosen: list[Exchange | CasualtyClaim], data: st.DataObject
) -> None:
    keys = list(dict.fromkeys(duplicate_key(r) for r in chosen))
    groups = {key: data.draw(st.integers(0, 3), label=str(key)) for key in keys}
    whole = merge_duplicates(chosen)
    parts = merged_in_groups(chosen, groups)
    assert Counter(e for p in parts for e in p.exchanges) == Counter(whole.exchanges)
    assert Counter(c for p in parts for c in p.claims) == Counter(whole.claims)
    assert Counter(f for p in parts for f in p.findings) == Counter(whole.findings)
    assert Counter(m for p in parts for m in p.merges) == Counter(whole.merges)


@given(records())
def test_records_merged_together_share_a_key(chosen: list[Exchange | CasualtyClaim]) -> None:
    whole = merge_duplicates(chosen)
    by_id: dict[str, set[tuple[str, ...]]] = {}
    for record in chosen:
        by_id.setdefault(record.id, set()).add(duplicate_key(record))
    for _, originals in whole.merges:
        assert len(set().union(*(by_id[i] for i in originals))) == 1
    for finding in whole.findings:
        assert len(set().union(*(by_id[i] for i in finding.record_ids))) == 1


def test_the_key_names_what_it_groups_by() -> None:
    swap = Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.day(FIRST_DAY),
        transfers=[Transfer(UKR, RUS, PersonCategory.PRISONERS_OF_WAR, Count.exact(84))],
    )
    assert duplicate_key(swap) == ("exchange", "prisoner_swap", "RUS", "UKR")
    with pytest.raises(ReconcileError, match=r"record: str is not an Exchange or a CasualtyClaim"):
        duplicate_key("swap")  # type: ignore[arg-type]
