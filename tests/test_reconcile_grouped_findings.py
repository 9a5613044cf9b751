"""Tests of ``merge_duplicates(..., findings="grouped")``: one finding per cluster, nothing lost."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

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
    Source,
    SourceKind,
    Transfer,
    export,
)
from exchangekit.cli import main
from exchangekit.reconcile import FINDING_CODES, ReconcileError, merge_duplicates
from exchangekit.reconcile.duplicates import _clashing, _hull

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
KIND = ExchangeKind.REPATRIATION_OF_REMAINS
THURSDAY = Period.day(date(2025, 10, 23))
START = date(2025, 10, 1)
COUNTS = [
    Count.exact(1000),
    Count.approx(1000),
    Count.exact(31),
    Count.approx(30),
    Count.at_least(900),
    Count.more_than(1000),
    Count.between(20, 40),
    Count.at_most(12),
    Count.unknown(),
]
SOURCES = [
    Source("Coordination Headquarters", SourceKind.GOVERNMENT, UKR),
    Source("Russian Ministry of Defence", SourceKind.MILITARY, RUS),
    Source("Reuters", SourceKind.MEDIA),
]


def report(period: Period, *legs: tuple[Party, Party, Count], source: int = 0) -> Exchange:
    transfers = [Transfer(s, r, PersonCategory.REMAINS, c) for s, r, c in legs]
    return Exchange(kind=KIND, period=period, transfers=transfers, sources=[SOURCES[source]])


@st.composite
def dense_reports(draw: st.DrawFn) -> Exchange:
    """Reports of one war on a handful of days, some only dated to a week or month."""
    day = START + timedelta(days=draw(st.integers(0, 6)))
    precision = draw(st.sampled_from([Precision.DAY] * 3 + [Precision.WEEK, Precision.MONTH]))
    directions = draw(st.sampled_from([[(RUS, UKR)], [(UKR, RUS)], [(RUS, UKR), (UKR, RUS)]]))
    return Exchange(
        kind=KIND,
        period=Period.containing(day, precision),
        transfers=[
            Transfer(s, r, PersonCategory.REMAINS, draw(st.sampled_from(COUNTS)))
            for s, r in directions
        ],
        sources=draw(st.lists(st.sampled_from(SOURCES), max_size=2, unique=True)),
    )


dense_lists = st.lists(dense_reports(), max_size=24)


def of_code(findings: tuple[object, ...], code: str) -> list[object]:
    return [f for f in findings if getattr(f, "code", None) == code]


# -- the grouped findings say everything the pairwise ones say ----------------------------------


@given(dense_lists)
def test_grouped_merges_the_same_records_as_pairs(records: list[Exchange]) -> None:
    pairs = merge_duplicates(records)
    grouped = merge_duplicates(records, findings="grouped")
    assert grouped.exchanges == pairs.exchanges
    assert grouped.merges == pairs.merges
    other_codes = {"conflicting-counts", "possible-duplicate"}
    assert [f for f in grouped.findings if f.code not in other_codes] == [
        f for f in pairs.findings if f.code not in other_codes
    ]


@given(dense_lists)
def test_every_clashing_pair_is_named_together_in_one_grouped_finding(
    records: list[Exchange],
) -> None:
    pairs = merge_duplicates(records)
    grouped = merge_duplicates(records, findings="grouped")
    for code in ("conflicting-counts", "possible-duplicate"):
        named_together = [set(f.record_ids) for f in grouped.findings if f.code == code]
        for finding in pairs.findings:
            if finding.code == code:
                assert any(set(finding.record_ids) <= ids for ids in named_together)
        pairwise_ids = {i for f in pairs.findings if f.code == code for i in f.record_ids}
        grouped_ids = {i for ids in named_together for i in ids}
        if code == "conflicting-counts":
            assert grouped_ids == pairwise_ids  # exactly the reports that clash with another
        else:
            assert pairwise_ids <= grouped_ids


@given(dense_lists)
def test_a_grouped_conflict_names_every_report_and_every_value(records: list[Exchange]) -> None:
    by_id = {e.id: e for e in records}
    result = merge_duplicates(records, findings="grouped")
    conflicts = [f for f in result.findings if f.code == "conflicting-counts"]
    for finding in conflicts:
        assert finding.severity is FINDING_CODES[finding.code].severity
        if len(finding.record_ids) > 2:
            for record_id in finding.record_ids:
                assert record_id in finding.message
                said = {str(t.count) for t in by_id[record_id].transfers}
                assert any(value in finding.message for value in said)


@given(dense_lists)
def test_grouped_findings_grow_no_faster_than_the_records(records: list[Exchange]) -> None:
    result = merge_duplicates(records, findings="grouped")
    merged_directions = sum(
        len(e.transfers) for e in result.exchanges if e.id in result.merged_from
    )
    assert len(of_code(result.findings, "conflicting-counts")) <= merged_directions
    assert 2 * len(of_code(result.findings, "possible-duplicate")) <= len(records)


@given(dense_lists.filter(lambda rs: len(rs) <= 2))
def test_with_two_reports_grouped_findings_are_the_pairwise_ones(records: list[Exchange]) -> None:
    assert merge_duplicates(records, findings="grouped") == merge_duplicates(records)


# -- examples ------------------------------------------------------------------------------------


def test_four_clashing_reports_of_one_handover_give_one_finding() -> None:
    reports = [
        report(THURSDAY, (RUS, UKR, Count.exact(1000)), source=0),
        report(THURSDAY, (RUS, UKR, Count.exact(1000)), source=2),
        report(THURSDAY, (RUS, UKR, Count.exact(31)), source=1),
        report(THURSDAY, (RUS, UKR, Count.between(20, 40)), source=2),
    ]
    pairs = merge_duplicates(reports)
    assert len(of_code(pairs.findings, "conflicting-counts")) == 4
    grouped = merge_duplicates(reports, findings="grouped")
    (finding,) = of_code(grouped.findings, "conflicting-counts")
    assert finding.record_ids == tuple(r.id for r in reports)
    assert "4 reports of one exchange give remains RUS→UKR as: 1,000 by " in finding.message
    assert f"; 31 by {reports[2].id} (Russian Ministry of Defence);" in finding.message
    assert f"the highest floor, 1,000 from {reports[0].id}" in finding.message
    assert f"the lowest ceiling, 31 from {reports[2].id}" in finding.message
    assert finding.message.endswith("so the merged count is the hull [20, 1,000]")


def test_a_report_that_clashes_with_nobody_is_listed_but_not_named() -> None:
    reports = [
        report(THURSDAY, (RUS, UKR, Count.exact(1000))),
        report(THURSDAY, (RUS, UKR, Count.exact(31))),
        report(THURSDAY, (RUS, UKR, Count.exact(40))),
        report(THURSDAY, (RUS, UKR, Count.unknown())),
    ]
    grouped = merge_duplicates(reports, findings="grouped")
    (finding,) = of_code(grouped.findings, "conflicting-counts")
    assert finding.record_ids == tuple(r.id for r in reports[:3])
    assert reports[3].id in finding.message


def test_two_clashing_reports_among_many_keep_the_pairwise_wording() -> None:
    reports = [
        report(THURSDAY, (RUS, UKR, Count.exact(1000))),
        report(THURSDAY, (RUS, UKR, Count.exact(31))),
        report(THURSDAY, (RUS, UKR, Count.unknown())),
    ]
    assert merge_duplicates(reports, findings="grouped") == merge_duplicates(reports)


def test_overlapping_reports_kept_apart_are_one_cluster() -> None:
    october = Period.month(2025, 10)
    reports = [
        report(october, (RUS, UKR, Count.exact(1000))),
        report(Period.day(date(2025, 10, 2)), (RUS, UKR, Count.exact(31))),
        report(Period.day(date(2025, 10, 9)), (RUS, UKR, Count.exact(12))),
        report(Period.day(date(2025, 10, 16)), (UKR, RUS, Count.exact(5))),
    ]
    pairs = merge_duplicates(reports)
    assert len(of_code(pairs.findings, "possible-duplicate")) == 3
    grouped = merge_duplicates(reports, findings="grouped")
    (finding,) = grouped.findings
    assert finding.code == "possible-duplicate"
    assert set(finding.record_ids) == {r.id for r in reports}
    assert finding.message.startswith("4 reports of repatriation of remains between RUS and UKR")
    assert "on 2025-10-09" in finding.message
    assert "on 2025-10" in finding.message


def test_an_unknown_finding_style_is_refused_by_name() -> None:
    with pytest.raises(ReconcileError, match="findings: 'pair' is not a finding style"):
        merge_duplicates([], findings="pair")  # type: ignore[arg-type]


# -- the linear helpers agree with the pairwise definitions --------------------------------------


@given(st.lists(st.sampled_from(COUNTS), min_size=2, max_size=8))
def test_clashing_is_the_pairwise_test(counts: list[Count]) -> None:
    expected = [
        any(not c.overlaps(o) for j, o in enumerate(counts) if j != i) for i, c in enumerate(counts)
    ]
    assert _clashing(counts) == expected


@given(st.lists(st.sampled_from(COUNTS), min_size=1, max_size=8))
def test_hull_is_the_fold_of_count_hull(counts: list[Count]) -> None:
    folded = counts[0]
    for c in counts[1:]:
        folded = folded.hull(c)
    assert _hull(counts) == folded


# -- what the command line prints ----------------------------------------------------------------


def test_the_merge_command_prints_one_finding_for_a_clash_among_many(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = [
        report(THURSDAY, (RUS, UKR, Count.exact(1000)), source=0),
        report(THURSDAY, (RUS, UKR, Count.exact(1000)), source=2),
        report(THURSDAY, (RUS, UKR, Count.exact(31)), source=1),
        report(THURSDAY, (RUS, UKR, Count.between(20, 40)), source=2),
    ]
    source = tmp_path / "reports.jsonl"
    export(Dataset(exchanges=reports), source)
    code = main(["merge", str(source), "-o", str(tmp_path / "merged.jsonl")])
    out = capsys.readouterr().out
    assert code == 0
    assert out.count("conflicting-counts") == 1
    for r in reports:
        assert r.id in out
