"""Tests of exchangekit.reconcile.compare: comparable claims, agreement, consensus, outliers."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
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
    Dataset,
    Finding,
    Party,
    Period,
    Severity,
    Source,
    SourceKind,
)
from exchangekit.reconcile import (
    DEFAULT_WINDOW,
    FINDING_CODES,
    ClaimGroup,
    ReconcileError,
    Standpoint,
    compare,
    effective_bounds,
    standpoint,
)

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
WAR = Period.between(date(2022, 2, 24), date(2023, 12, 31))
INCIDENTS = [Period.day(date(2023, 3, 1)), Period.month(2023, 6)]
CLAIMANTS = [
    Source("Office of the President of Ukraine", SourceKind.GOVERNMENT, UKR),
    Source("General Staff of Ukraine", SourceKind.MILITARY, UKR),
    Source("Russian Ministry of Defence", SourceKind.MILITARY, RUS),
    Source("BBC Russian and Mediazona", SourceKind.MEDIA),
    Source("An open-source research team", SourceKind.RESEARCH),
    Source("US intelligence", SourceKind.GOVERNMENT, Party.lookup("USA")),
]
ZELENSKY = Source("Volodymyr Zelensky, President of Ukraine", SourceKind.GOVERNMENT, UKR)
MEDIAZONA = Source("BBC Russian and Mediazona", SourceKind.MEDIA)
MOD = Source("Russian Ministry of Defence", SourceKind.MILITARY, RUS)


def claim(
    count: Count,
    as_of: Period,
    claimant: Source,
    *,
    subject: Party = RUS,
    category: CasualtyCategory = CasualtyCategory.KILLED,
    method: ClaimMethod = ClaimMethod.OFFICIAL_STATEMENT,
    scope: ClaimScope = ClaimScope.CUMULATIVE,
    covers: Period = WAR,
) -> CasualtyClaim:
    return CasualtyClaim(
        subject=subject,
        category=category,
        count=count,
        covers=covers,
        as_of=as_of,
        claimant=claimant,
        method=method,
        scope=scope,
    )


@st.composite
def counts(draw: st.DrawFn) -> Count:
    n = draw(st.integers(1, 60)) * 1_000
    return draw(
        st.sampled_from(
            [
                Count.exact(n),
                Count.approx(n),
                Count.more_than(n),
                Count.at_most(n),
                Count.between(n, n + 15_000),
                Count.unknown(),
            ]
        )
    )


@st.composite
def claims(draw: st.DrawFn) -> CasualtyClaim:
    scope = draw(
        st.sampled_from([ClaimScope.CUMULATIVE, ClaimScope.CUMULATIVE, ClaimScope.INCIDENT])
    )
    as_of = Period.month(2024, draw(st.integers(1, 12)))
    return claim(
        draw(counts()),
        as_of,
        draw(st.sampled_from(CLAIMANTS)),
        subject=draw(st.sampled_from([UKR, RUS])),
        category=draw(st.sampled_from([CasualtyCategory.KILLED, CasualtyCategory.TOTAL_LOSSES])),
        method=draw(st.sampled_from(ClaimMethod)),
        scope=scope,
        covers=WAR if scope is ClaimScope.CUMULATIVE else draw(st.sampled_from(INCIDENTS)),
    )


claim_lists = st.lists(claims(), max_size=10)


def bounds_meet(a: tuple[int, int | None], b: tuple[int, int | None]) -> bool:
    return (a[1] is None or b[0] <= a[1]) and (b[1] is None or a[0] <= b[1])


def inside(point: int, b: tuple[int, int | None]) -> bool:
    return b[0] <= point and (b[1] is None or point <= b[1])


def group_bounds(group: ClaimGroup) -> dict[int, tuple[int, int | None]]:
    """Each claim's reading for the envelope: stale running totals keep only their floor."""
    result = {}
    for c in group.claims:
        gap = max(group.as_of.start - c.as_of.end, timedelta(0))
        stale = group.scope is ClaimScope.CUMULATIVE and gap > DEFAULT_WINDOW
        result[id(c)] = (c.count.low, None) if stale else effective_bounds(c)
    return result


# -- invariants --------------------------------------------------------------------------------


@given(claim_lists)
def test_each_claim_lands_in_exactly_one_group_of_like_claims(records: list[CasualtyClaim]) -> None:
    result = compare(records)
    placed = [c for g in result.groups for c in g.claims]
    assert sorted(map(id, placed)) == sorted(map(id, records))
    for g in result.groups:
        assert {(c.subject.code, c.category, c.scope) for c in g.claims} == {
            (g.subject.code, g.category, g.scope)
        }
        if g.scope is not ClaimScope.CUMULATIVE:
            assert {c.covers for c in g.claims} == {g.covers}


def readings_agree(bounds: list[tuple[int, int | None]]) -> bool:
    return all(bounds_meet(a, b) for a, b in itertools.combinations(bounds, 2))


def ids(claims: Iterable[CasualtyClaim]) -> tuple[str, ...]:
    return tuple(sorted(c.id for c in claims))


@given(claim_lists)
def test_camps_are_exactly_the_largest_sets_of_claims_that_agree_pairwise(
    records: list[CasualtyClaim],
) -> None:
    for g in compare(records).groups:
        bounds = group_bounds(g)
        positions = range(len(g.claims))
        found = sorted(
            sorted(i for i in positions if any(g.claims[i] is c for c in camp.claims))
            for camp in g.camps
        )
        # Brute force: every set of claims that agree pairwise, kept when no other contains it.
        agreeing = [
            set(subset)
            for size in range(1, len(g.claims) + 1)
            for subset in itertools.combinations(positions, size)
            if readings_agree([bounds[id(g.claims[i])] for i in subset])
        ]
        largest = sorted(sorted(s) for s in agreeing if not any(s < other for other in agreeing))
        assert found == largest
        for camp in g.camps:
            env = (camp.envelope.low, camp.envelope.high)
            for c in camp.claims:  # every member meets, indeed contains, its camp's envelope
                low, high = bounds[id(c)]
                assert low <= env[0]
                assert high is None or (env[1] is not None and env[1] <= high)
            # Never a sum: each bound is some member's own bound, and the named claims set it.
            assert camp.floor_from
            assert all(bounds[id(c)][0] == env[0] for c in camp.floor_from)
            assert all(bounds[id(c)][1] == env[1] for c in camp.ceiling_from)
            assert bool(camp.ceiling_from) == (env[1] is not None)
        lows = [camp.envelope.low for camp in g.camps]
        assert lows == sorted(lows)


@given(claim_lists)
def test_a_consensus_is_the_only_largest_camp_and_holds_a_majority(
    records: list[CasualtyClaim],
) -> None:
    for g in compare(records).groups:
        bounds = group_bounds(g)
        sizes = sorted((len(camp.claims) for camp in g.camps), reverse=True)
        majority = 2 * sizes[0] > len(g.claims) and (len(sizes) == 1 or sizes[1] < sizes[0])
        codes = [f.code for f in g.findings]
        if g.envelope is None:
            assert not majority
            assert g.consensus == g.outliers == g.floor_from == g.ceiling_from == ()
            assert "outlier" not in codes  # never an outlier without a consensus
            assert codes.count("no-consensus") == 1
            continue
        assert majority
        assert "no-consensus" not in codes
        (camp,) = [camp for camp in g.camps if len(camp.claims) == sizes[0]]
        assert (g.envelope, g.consensus) == (camp.envelope, camp.claims)
        assert (g.floor_from, g.ceiling_from) == (camp.floor_from, camp.ceiling_from)
        env = (g.envelope.low, g.envelope.high)
        assert ids(g.outliers) == ids(c for c in g.claims if not any(c is m for m in g.consensus))
        # Removing the outliers leaves one camp; no outlier can be true with the consensus.
        assert readings_agree([bounds[id(c)] for c in g.consensus])
        assert all(not bounds_meet(bounds[id(c)], env) for c in g.outliers)
        assert sorted(f.record_ids for f in g.findings if f.code == "outlier") == sorted(
            (c.id,) for c in g.outliers
        )


@given(claim_lists, st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_the_order_of_the_claims(
    records: list[CasualtyClaim], random: Any
) -> None:
    shuffled = list(records)
    random.shuffle(shuffled)

    def summary(group: ClaimGroup) -> object:
        return (
            group.title,
            group.as_of,
            group.envelope,
            group.extent,
            ids(group.consensus),
            ids(group.outliers),
            ids(group.floor_from),
            ids(group.ceiling_from),
            sorted((ids(camp.claims), camp.envelope.low) for camp in group.camps),
            sorted(zip((c.id for c in group.claims), group.standpoints, strict=True)),
            sorted((f.code, tuple(sorted(f.record_ids))) for f in group.findings),
        )

    before = [summary(g) for g in compare(records).groups]
    after = [summary(g) for g in compare(shuffled).groups]
    assert before == after


@given(claim_lists)
def test_every_comparable_pair_is_said_to_agree_or_contradict(records: list[CasualtyClaim]) -> None:
    for g in compare(records).groups:
        verdicts = {}
        for f in g.findings:
            if f.code in ("claims-agree", "claims-contradict", "below-documented-minimum"):
                verdicts.setdefault(frozenset(f.record_ids), []).append(f.code)
        for a, b in itertools.combinations(g.claims, 2):
            speakers = {
                c.claimant.party.code if c.claimant.party else c.claimant.name for c in (a, b)
            }
            close = max(a.as_of.start - b.as_of.end, b.as_of.start - a.as_of.end) <= DEFAULT_WINDOW
            if len(speakers) == 1 or a.id == b.id:
                continue
            if g.scope is ClaimScope.CUMULATIVE and not close:
                assert frozenset((a.id, b.id)) not in verdicts
                continue
            found = verdicts.get(frozenset((a.id, b.id)), [])
            agree = bounds_meet(effective_bounds(a), effective_bounds(b))
            assert ("claims-agree" in found) == agree
            if not agree:
                assert {"claims-contradict", "below-documented-minimum"} & set(found)


@given(claim_lists)
def test_findings_use_registered_codes_and_name_claims_of_their_group(
    records: list[CasualtyClaim],
) -> None:
    for g in compare(records).groups:
        ids = {c.id for c in g.claims}
        for f in g.findings:
            assert f.severity is FINDING_CODES[f.code].severity
            assert set(f.record_ids) <= ids


@given(
    st.integers(1_000, 200_000),
    st.lists(
        st.tuples(counts(), st.sampled_from(CLAIMANTS), st.sampled_from(ClaimMethod)),
        min_size=1,
        max_size=8,
    ),
    st.data(),
)
def test_when_every_claim_is_true_the_envelope_holds_the_truth_and_nothing_is_flagged(
    truth: int, specs: list, data: st.DataObject
) -> None:
    records = []
    for count, claimant, method in specs:
        if not count.contains(truth):
            if method is ClaimMethod.DOCUMENTED_MINIMUM:
                count = Count.at_least(data.draw(st.integers(0, truth)))
            else:
                count = Count.between(truth - data.draw(st.integers(0, 500)), truth + 500)
        as_of = Period.month(2024, data.draw(st.integers(1, 3)))
        records.append(claim(count, as_of, claimant, method=method))
    (group,) = compare(records).groups
    assert group.envelope is not None
    assert group.envelope.contains(truth)
    assert len(group.camps) == 1
    assert group.outliers == ()
    assert {f.severity for f in group.findings} <= {Severity.INFO}


@given(claim_lists)
def test_claims_come_back_unchanged(records: list[CasualtyClaim]) -> None:
    before = [(c.id, c.count, c.method) for c in records]
    result = compare(records)
    assert [(c.id, c.count, c.method) for c in records] == before
    assert all(any(c is r for r in records) for g in result.groups for c in g.claims)


# -- concrete cases ---------------------------------------------------------------------------


def test_killed_is_never_compared_with_total_losses_nor_running_with_incident() -> None:
    killed = claim(Count.exact(10_000), Period.month(2024, 5), MOD)
    losses = claim(
        Count.exact(50_000),
        Period.month(2024, 5),
        MEDIAZONA,
        category=CasualtyCategory.TOTAL_LOSSES,
    )
    incident = claim(
        Count.exact(50),
        Period.month(2024, 5),
        MEDIAZONA,
        scope=ClaimScope.INCIDENT,
        covers=INCIDENTS[0],
    )
    result = compare([killed, losses, incident])
    assert [len(g.claims) for g in result.groups] == [1, 1, 1]
    assert result.findings == ()


def test_an_official_figure_below_a_documented_minimum_is_an_error() -> None:
    floor = claim(
        Count.more_than(135_000),
        Period.month(2025, 10),
        MEDIAZONA,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
    )
    official = claim(Count.approx(6_000), Period.month(2025, 9), MOD)
    estimate = claim(
        Count.between(200_000, 250_000),
        Period.month(2025, 8),
        CLAIMANTS[4],
        method=ClaimMethod.STATISTICAL_ESTIMATE,
    )
    group = compare([floor, official, estimate]).group(RUS, CasualtyCategory.KILLED)
    below = [f for f in group.findings if f.code == "below-documented-minimum"]
    assert len(below) == 1
    assert below[0].severity is Severity.ERROR
    assert set(below[0].record_ids) == {official.id, floor.id}
    assert "Russian Ministry of Defence" in below[0].message
    assert "BBC Russian and Mediazona" in below[0].message
    assert group.envelope == Count.between(200_000, 250_000)
    assert group.floor_from == (estimate,)
    assert group.ceiling_from == (estimate,)
    assert group.outliers == (official,)
    assert [f.code for f in group.findings].count("outlier") == 1
    agree = next(f for f in group.findings if f.code == "claims-agree")
    assert set(agree.record_ids) == {floor.id, estimate.id}


def test_a_documented_minimum_is_only_a_floor() -> None:
    floor = claim(
        Count.between(100_000, 110_000),
        Period.month(2025, 1),
        MEDIAZONA,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
    )
    higher = claim(Count.exact(150_000), Period.month(2025, 1), CLAIMANTS[4])
    group = compare([floor, higher]).groups[0]
    assert group.envelope == Count.exact(150_000)
    assert [f.code for f in group.findings] == ["claims-agree"]


def test_a_running_total_that_falls_is_flagged_for_its_claimant() -> None:
    early = claim(Count.more_than(46_000), Period.month(2025, 2), ZELENSKY, subject=UKR)
    later = claim(Count.exact(43_000), Period.month(2025, 9), ZELENSKY, subject=UKR)
    group = compare([later, early]).groups[0]
    assert group.claims == (early, later)
    fell = [f for f in group.findings if f.code == "cumulative-fell"]
    assert len(fell) == 1
    assert fell[0].record_ids == (early.id, later.id)
    assert "Volodymyr Zelensky" in fell[0].message
    # Rising figures of one claimant are not compared with each other at all.
    rising = claim(Count.more_than(50_000), Period.month(2025, 9), ZELENSKY, subject=UKR)
    assert compare([early, rising]).findings == ()


def test_stale_running_totals_keep_only_their_floor() -> None:
    old = claim(Count.between(40_000, 45_000), Period.month(2024, 1), CLAIMANTS[3])
    new = claim(Count.between(60_000, 70_000), Period.month(2025, 1), CLAIMANTS[4])
    group = compare([old, new]).groups[0]
    assert group.as_of == Period.month(2025, 1)
    assert group.envelope == new.count
    assert group.outliers == ()
    assert group.findings == ()  # a year apart: not comparable, so no verdict either way
    assert compare([old, new], window=400).groups[0].findings[0].code == "claims-contradict"


def test_two_claimants_who_contradict_with_nobody_else_leave_no_consensus() -> None:
    a = claim(Count.exact(10_000), Period.month(2024, 5), MOD)
    b = claim(Count.exact(90_000), Period.month(2024, 5), CLAIMANTS[4])
    group = compare([a, b]).groups[0]
    assert {f.code for f in group.findings} == {"claims-contradict", "no-consensus"}
    assert group.envelope is None
    assert [camp.claims for camp in group.camps] == [(a,), (b,)]
    assert (group.extent.low, group.extent.high) == (10_000, 90_000)
    assert group.floor_from == group.ceiling_from == group.outliers == group.consensus == ()


def test_bad_arguments_are_named() -> None:
    one = claim(Count.exact(1), Period.month(2024, 5), MOD)
    with pytest.raises(ReconcileError, match="window: must not be negative"):
        compare([one], window=-1)
    with pytest.raises(ReconcileError, match="window: 'a quarter' is not a timedelta"):
        compare([one], window="a quarter")  # type: ignore[arg-type]
    with pytest.raises(ReconcileError, match="wrap one in a list"):
        compare(one)  # type: ignore[arg-type]
    with pytest.raises(ReconcileError, match="item 0 is a int"):
        compare([3])  # type: ignore[list-item]
    with pytest.raises(KeyError, match="no claims about UKR killed"):
        compare([one]).group("UKR", CasualtyCategory.KILLED)


def test_dataset_input_and_text_rendering() -> None:
    floor = claim(
        Count.more_than(135_000),
        Period.month(2025, 10),
        MEDIAZONA,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
    )
    text = str(compare(Dataset(claims=[floor])))
    assert text.splitlines()[0] == "RUS killed (running total)"
    assert "envelope as of 2025-10: more than 135,000 (a single claim)" in text
    assert str(compare([])) == "no claims to compare"


def test_the_docs_table_lists_every_finding_code_with_its_severity_and_meaning() -> None:
    page = Path(__file__).resolve().parents[1] / "docs" / "reconciliation.md"
    rows = {}
    for line in page.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if (
            len(cells) == 4
            and cells[0].startswith("`")
            and cells[1] in ("info", "warning", "error")
        ):
            rows[cells[0].strip("`")] = (cells[1], cells[3])
    assert rows == {
        code: (entry.severity.value, entry.meaning) for code, entry in FINDING_CODES.items()
    }


# -- figures for several parties together ------------------------------------------------------

BOTH = Party.joint(RUS, UKR)
OCTOBER = Period.day(date(2025, 10, 23))
NEWS = Source("A news report", SourceKind.MEDIA)
RESEARCHERS = Source("An open-source research team", SourceKind.RESEARCH)
JOINT_CODE = "joint-below-member-floors"


def joint_findings(records: list[CasualtyClaim]) -> list[Finding]:
    return [f for f in compare(records).findings if f.code == JOINT_CODE]


def running_example_claims(**joint_changes: object) -> list[CasualtyClaim]:
    """Kyiv's "over 46,000", the open count's "more than 135,000", "tens of thousands" on both."""
    ukr = claim(Count.parse("over 46,000"), Period.month(2025, 2), ZELENSKY, subject=UKR)
    rus = claim(
        Count.parse("more than 135,000"),
        OCTOBER,
        MEDIAZONA,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
    )
    options: dict[str, Any] = {
        "count": Count.parse("tens of thousands"),
        "as_of": OCTOBER,
        "claimant": NEWS,
        "subject": BOTH,
        "method": ClaimMethod.MEDIA_ESTIMATE,
        **joint_changes,
    }
    both = claim(options.pop("count"), options.pop("as_of"), options.pop("claimant"), **options)
    return [ukr, rus, both]


def test_a_joint_ceiling_below_the_members_floors_added_up_is_flagged() -> None:
    ukr, rus, both = running_example_claims()
    (finding,) = joint_findings([ukr, rus, both])
    assert finding.severity is Severity.WARNING
    assert FINDING_CODES[JOINT_CODE].severity is Severity.WARNING
    assert finding.record_ids == (both.id, rus.id, ukr.id)
    assert "says at most 99,999 killed on RUS+UKR together" in finding.message
    assert "RUS (more than 135,000 from BBC Russian and Mediazona" in finding.message
    assert "UKR (more than 46,000 from Volodymyr Zelensky" in finding.message
    assert finding.message.endswith("add up to at least 181,002")
    comparison = compare([ukr, rus, both])
    assert finding in comparison.group(BOTH, CasualtyCategory.KILLED).findings
    assert all(
        f.code != JOINT_CODE for f in comparison.group(RUS, CasualtyCategory.KILLED).findings
    )


def test_no_joint_finding_when_the_ceiling_reaches_the_sum() -> None:
    assert joint_findings(running_example_claims(count=Count.at_most(181_002))) == []
    assert len(joint_findings(running_example_claims(count=Count.at_most(181_001)))) == 1
    assert joint_findings(running_example_claims(count=Count.more_than(10_000))) == []
    documented = running_example_claims(method=ClaimMethod.DOCUMENTED_MINIMUM)
    assert joint_findings(documented) == []


def test_no_joint_finding_when_a_member_has_no_claim() -> None:
    ukr, rus, both = running_example_claims()
    assert joint_findings([rus, both]) == []
    assert joint_findings([ukr, both]) == []
    zero = claim(Count.at_least(0), OCTOBER, RESEARCHERS, subject=UKR)
    assert joint_findings([zero, rus, both]) == []


def test_a_member_floor_stated_after_the_joint_claim_does_not_count() -> None:
    ukr, rus, _ = running_example_claims()
    january = running_example_claims(as_of=Period.month(2025, 1))[2]
    assert joint_findings([ukr, rus, january]) == []
    # Earlier, lower floors still hold in January; they are the ones added and named.
    old_ukr = claim(Count.more_than(40_000), Period.month(2024, 12), ZELENSKY, subject=UKR)
    old_rus = claim(Count.more_than(70_000), Period.month(2024, 11), RESEARCHERS)
    (finding,) = joint_findings([ukr, rus, old_ukr, old_rus, january])
    assert finding.record_ids == (january.id, old_rus.id, old_ukr.id)
    assert finding.message.endswith("add up to at least 110,002")
    # The October joint claim is checked against the latest floors.
    (october,) = joint_findings([ukr, rus, old_ukr, old_rus, running_example_claims()[2]])
    assert october.message.endswith("add up to at least 181,002")


def test_no_joint_finding_across_categories_or_scopes() -> None:
    ukr, rus, both = running_example_claims()
    missing = running_example_claims(category=CasualtyCategory.MISSING)[2]
    assert joint_findings([ukr, rus, missing]) == []
    incident = running_example_claims(scope=ClaimScope.INCIDENT, covers=INCIDENTS[0])[2]
    assert joint_findings([ukr, rus, incident]) == []

    def on(subject: Party, figure: str, covers: Period) -> CasualtyClaim:
        return claim(
            Count.parse(figure),
            OCTOBER,
            RESEARCHERS,
            subject=subject,
            scope=ClaimScope.INCIDENT,
            covers=covers,
        )

    ukr_incident = on(UKR, "more than 600", INCIDENTS[0])
    rus_incident = on(RUS, "more than 500", INCIDENTS[0])
    assert joint_findings([ukr_incident, rus, both]) == []
    both_incident = on(BOTH, "1,000", INCIDENTS[0])
    (finding,) = joint_findings([ukr_incident, rus_incident, both_incident])
    assert finding.message.endswith("add up to at least 1,102")
    elsewhere = on(BOTH, "1,000", INCIDENTS[1])
    assert joint_findings([ukr_incident, rus_incident, elsewhere]) == []


member_specs = st.lists(
    st.tuples(
        counts(), st.sampled_from(CLAIMANTS), st.sampled_from(ClaimMethod), st.integers(1, 6)
    ),
    max_size=4,
)


@given(member_specs, member_specs, counts(), st.sampled_from(ClaimMethod), st.integers(1, 6))
def test_the_joint_finding_fires_exactly_when_the_floors_add_up_above_the_joint_ceiling(
    rus_specs: list[tuple[Count, Source, ClaimMethod, int]],
    ukr_specs: list[tuple[Count, Source, ClaimMethod, int]],
    joint_count: Count,
    joint_method: ClaimMethod,
    joint_month: int,
) -> None:
    def made(
        subject: Party, specs: list[tuple[Count, Source, ClaimMethod, int]]
    ) -> list[CasualtyClaim]:
        return [
            claim(count, Period.month(2024, month), source, subject=subject, method=method)
            for count, source, method, month in specs
        ]

    rus, ukr = made(RUS, rus_specs), made(UKR, ukr_specs)
    both = claim(
        joint_count, Period.month(2024, joint_month), NEWS, subject=BOTH, method=joint_method
    )
    findings = joint_findings([*rus, *ukr, both])
    high = effective_bounds(both)[1]

    # Each member's floor as of the joint claim, from comparing only the claims stated by then.
    floors = []
    for member in (rus, ukr):
        early = [c for c in member if c.as_of.end <= both.as_of.end]
        floors.append(compare(early).groups[0].agreed_floor if early else 0)
    if findings:
        (finding,) = findings
        assert finding.record_ids[0] == both.id
        # No true values can satisfy every floor and the joint claim at once.
        assert high is not None
        assert sum(floors) > high
        assert set(finding.record_ids[1:]) <= {c.id for c in [*rus, *ukr]}
    elif all(f > 0 for f in floors):
        assert high is None or high >= sum(floors)


@given(
    st.integers(1_000, 200_000),
    st.integers(1_000, 200_000),
    member_specs,
    member_specs,
    st.sampled_from(ClaimMethod),
    st.data(),
)
def test_when_every_claim_is_true_no_joint_finding_fires(
    rus_truth: int,
    ukr_truth: int,
    rus_specs: list[tuple[Count, Source, ClaimMethod, int]],
    ukr_specs: list[tuple[Count, Source, ClaimMethod, int]],
    joint_method: ClaimMethod,
    data: st.DataObject,
) -> None:
    def true_claims(
        subject: Party, truth: int, specs: list[tuple[Count, Source, ClaimMethod, int]]
    ) -> list[CasualtyClaim]:
        made = []
        for count, source, method, _ in specs:
            if not count.contains(truth):
                count = Count.between(max(truth - data.draw(st.integers(0, 500)), 0), truth + 500)
            made.append(claim(count, OCTOBER, source, subject=subject, method=method))
        return made

    total = rus_truth + ukr_truth
    slack = data.draw(st.integers(0, 5_000))
    both = claim(
        Count.between(max(total - slack, 0), total + slack),
        OCTOBER,
        NEWS,
        subject=BOTH,
        method=joint_method,
    )
    records = [*true_claims(RUS, rus_truth, rus_specs), *true_claims(UKR, ukr_truth, ukr_specs)]
    assert joint_findings([*records, both]) == []


# -- the four claims: camps, not a false consensus -------------------------------------

USA = Party.lookup("USA")
US_INTELLIGENCE = Source("US intelligence", SourceKind.GOVERNMENT, USA)
DEMOGRAPHERS = Source("A team of demographers", SourceKind.RESEARCH)
GENERAL_STAFF = Source("General Staff of the Armed Forces of Ukraine", SourceKind.MILITARY, UKR)


def four_claims(low_method: ClaimMethod) -> list[CasualtyClaim]:
    """Around 250,000; 60,000 to 80,000; more than 135,000; 1,130,000 Russian dead."""
    october = Period.month(2025, 10)
    return [
        claim(
            Count.parse("around 250,000"),
            october,
            US_INTELLIGENCE,
            method=ClaimMethod.INTELLIGENCE_ESTIMATE,
        ),
        claim(Count.parse("between 60,000 and 80,000"), october, DEMOGRAPHERS, method=low_method),
        claim(
            Count.parse("more than 135,000"),
            october,
            MEDIAZONA,
            method=ClaimMethod.DOCUMENTED_MINIMUM,
        ),
        claim(Count.parse("1,130,000"), october, GENERAL_STAFF),
    ]


def test_four_claims_in_camps_have_no_consensus_and_no_outlier() -> None:
    """Regression: this printed a "consensus" of 225,000-1,130,000 and an outlier beside it."""
    intelligence, low, floor, kyiv = four_claims(ClaimMethod.STATISTICAL_ESTIMATE)
    group = compare([intelligence, low, floor, kyiv]).group(RUS, CasualtyCategory.KILLED)
    assert group.envelope is None
    assert group.outliers == ()
    assert "outlier" not in [f.code for f in group.findings]
    assert group.consensus == ()
    comparison = compare([intelligence, low, floor, kyiv], belligerents=["RUS", "UKR"])
    group = comparison.group(RUS, CasualtyCategory.KILLED)
    assert [camp.claims for camp in group.camps] == [(low,), (intelligence, floor), (floor, kyiv)]
    assert [str(camp.envelope) for camp in group.camps] == [
        "60,000–80,000",
        "around 250,000 [225,000, 275,000]",
        "1,130,000",
    ]
    codes = [f.code for f in group.findings]
    assert "outlier" not in codes
    assert codes.count("no-consensus") == 1
    text = str(group)
    assert "consensus as of" not in text.replace("no consensus as of", "")
    assert "225,000–1,130,000" not in text
    assert "claims range from 60,000 upward, with no ceiling (not a consensus)" in text
    assert "    camp 2: around 250,000 [225,000, 275,000] (US intelligence (USA) and BBC" in text
    assert group.standpoints == (
        Standpoint.INDEPENDENT,
        Standpoint.INDEPENDENT,
        Standpoint.INDEPENDENT,
        Standpoint.ADVERSARY,
    )


def test_four_claims_with_a_low_floor_have_two_tied_camps() -> None:
    """With 60,000 as a documented floor it agrees with everyone, yet the camps still differ."""
    intelligence, low, floor, kyiv = four_claims(ClaimMethod.DOCUMENTED_MINIMUM)
    group = compare([kyiv, floor, low, intelligence]).groups[0]
    assert group.envelope is None
    assert [set(camp.claims) for camp in group.camps] == [
        {intelligence, low, floor},
        {low, floor, kyiv},
    ]
    assert group.outliers == ()
    assert "2 largest camps hold 3 claims each" in next(
        f.message for f in group.findings if f.code == "no-consensus"
    )


def test_three_agree_and_two_wild_figures_are_a_consensus_with_two_outliers() -> None:
    month = Period.month(2024, 5)
    agreeing = [
        claim(Count.between(40_000, 60_000), month, CLAIMANTS[3]),
        claim(Count.approx(50_000), month, CLAIMANTS[4]),
        claim(Count.more_than(45_000), month, CLAIMANTS[5]),
    ]
    too_low = claim(Count.exact(5_000), month, MOD)
    too_high = claim(Count.exact(500_000), month, ZELENSKY)
    group = compare([too_low, *agreeing, too_high]).groups[0]
    assert group.consensus == tuple(agreeing)
    assert group.outliers == (too_low, too_high)
    assert group.envelope is not None
    assert (group.envelope.low, group.envelope.high) == (45_001, 55_000)
    assert [f.code for f in group.findings].count("outlier") == 2


def test_a_largest_camp_without_a_majority_is_no_consensus() -> None:
    month = Period.month(2024, 5)
    pair = [
        claim(Count.exact(50_000), month, CLAIMANTS[3]),
        claim(Count.approx(50_000), month, CLAIMANTS[4]),
    ]
    scattered = [
        claim(Count.exact(n), month, source)
        for n, source in ((5_000, MOD), (200_000, ZELENSKY), (900_000, US_INTELLIGENCE))
    ]
    group = compare([*pair, *scattered]).groups[0]
    assert group.envelope is None
    assert group.outliers == ()
    (finding,) = [f for f in group.findings if f.code == "no-consensus"]
    assert "the largest camp holds 2 of the 5 claims, not more than half" in finding.message
    # One more agreeing claim makes a majority: three against two outliers.
    third = claim(Count.more_than(40_000), month, CLAIMANTS[0], subject=RUS)
    group = compare([*pair, third, *scattered[:2]]).groups[0]
    assert group.consensus == (*pair, third)


# -- standpoints ---------------------------------------------------------------------------------


@given(claims(), st.lists(st.sampled_from(["RUS", "UKR", "USA", "ICRC"]), min_size=1))
def test_a_standpoint_follows_from_the_claimant_the_subject_and_the_belligerents(
    record: CasualtyClaim, belligerents: list[str]
) -> None:
    seen_from = standpoint(record, belligerents=belligerents)
    party = record.claimant.party
    if party is None:
        assert seen_from is Standpoint.INDEPENDENT
    elif party.code in record.subject.members:
        assert seen_from is Standpoint.SELF_REPORT
        assert not record.is_adversarial
    else:
        assert record.is_adversarial
        expected = Standpoint.ADVERSARY if party.code in belligerents else Standpoint.INDEPENDENT
        assert seen_from is expected


@given(claim_lists)
def test_standpoint_findings_fire_exactly_when_their_rule_holds(
    records: list[CasualtyClaim],
) -> None:
    comparison = compare(records)
    assert set(comparison.belligerents) == {c.subject.code for c in records}
    for g in comparison.groups:
        assert g.standpoints == tuple(
            standpoint(c, belligerents=comparison.belligerents) for c in g.claims
        )
        adversary_only = [f for f in g.findings if f.code == "adversary-only-consensus"]
        expected = g.envelope is not None and all(
            g.standpoint_of(c) is Standpoint.ADVERSARY for c in g.consensus
        )
        assert len(adversary_only) == int(expected)
        undercounts = {f.record_ids[0]: f for f in g.findings if f.code == UNDERCOUNT}
        for c, seen_from in zip(g.claims, g.standpoints, strict=True):
            high = effective_bounds(c)[1]
            below = [
                m
                for m, m_from in zip(g.claims, g.standpoints, strict=True)
                if m_from is Standpoint.INDEPENDENT
                and m.method is ClaimMethod.DOCUMENTED_MINIMUM
                and high is not None
                and m.count.low > high
                and (
                    g.scope is not ClaimScope.CUMULATIVE
                    or m.as_of.start - c.as_of.end <= DEFAULT_WINDOW
                )
            ]
            fires = seen_from is Standpoint.SELF_REPORT and bool(below)
            assert (c.id in undercounts) == fires
            if fires:
                floor = undercounts[c.id].record_ids[1]
                assert floor in {m.id for m in below}


UNDERCOUNT = "self-report-below-independent-minimum"


def test_a_ministry_counting_its_own_dead_below_an_open_count_is_an_undercount() -> None:
    floor = claim(
        Count.more_than(135_000),
        Period.month(2025, 10),
        MEDIAZONA,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
    )
    own = claim(Count.approx(6_000), Period.month(2025, 9), MOD)
    group = compare([floor, own]).groups[0]
    (finding,) = [f for f in group.findings if f.code == UNDERCOUNT]
    assert finding.severity is Severity.WARNING
    assert finding.record_ids == (own.id, floor.id)
    assert "Russian Ministry of Defence (RUS) reports" in finding.message
    assert "an independent source" in finding.message
    assert group.standpoint_of(own) is Standpoint.SELF_REPORT
    # A minimum stated long after a running total may count later deaths: not an undercount.
    early = claim(Count.approx(6_000), Period.month(2023, 9), MOD)
    assert UNDERCOUNT not in {f.code for f in compare([floor, early]).findings}
    # The enemy's documented minimum is not independent.
    kyiv_floor = claim(
        Count.more_than(135_000),
        Period.month(2025, 10),
        GENERAL_STAFF,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
    )
    both_sides = compare([kyiv_floor, own], belligerents=["RUS", "UKR"])
    assert UNDERCOUNT not in {f.code for f in both_sides.findings}


def test_a_consensus_of_enemy_figures_alone_is_flagged() -> None:
    month = Period.month(2025, 10)
    kyiv = claim(Count.exact(1_130_000), month, GENERAL_STAFF)
    president = claim(Count.more_than(1_000_000), month, ZELENSKY)
    group = compare([kyiv, president], belligerents=["RUS", "UKR"]).groups[0]
    (finding,) = [f for f in group.findings if f.code == "adversary-only-consensus"]
    assert finding.severity is Severity.WARNING
    assert set(finding.record_ids) == {kyiv.id, president.id}
    assert "rests only on adversary claims" in finding.message
    alone = compare([kyiv], belligerents=["RUS", "UKR"]).findings
    assert [f.code for f in alone] == ["adversary-only-consensus"]
    assert "the only figure" in alone[0].message
    # One independent claim in the consensus is enough support.
    research = claim(Count.more_than(900_000), month, RESEARCHERS)
    group = compare([kyiv, president, research], belligerents=["RUS", "UKR"]).groups[0]
    assert "adversary-only-consensus" not in {f.code for f in group.findings}
    # Without a claim about Ukraine nothing says Ukraine is at war: its figure is independent.
    assert compare([kyiv]).groups[0].standpoints == (Standpoint.INDEPENDENT,)
    with_ukr = compare([kyiv, claim(Count.exact(1), month, ZELENSKY, subject=UKR)])
    assert with_ukr.group(RUS, CasualtyCategory.KILLED).standpoints == (Standpoint.ADVERSARY,)


def test_the_parties_to_a_datasets_exchanges_are_belligerents() -> None:
    from exchangekit import Exchange, ExchangeKind, PersonCategory, Transfer

    handover = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=OCTOBER,
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1_000))],
        intermediaries=[Party.lookup("ICRC")],
    )
    kyiv = claim(Count.exact(1_130_000), Period.month(2025, 10), GENERAL_STAFF)
    comparison = compare(Dataset(exchanges=[handover], claims=[kyiv]))
    assert comparison.belligerents == ("RUS", "UKR")
    assert comparison.groups[0].standpoints == (Standpoint.ADVERSARY,)


def test_bad_belligerents_are_named() -> None:
    one = claim(Count.exact(1), Period.month(2024, 5), MOD)
    with pytest.raises(ReconcileError, match="belligerents: an empty collection names no party"):
        compare([one], belligerents=[])
    with pytest.raises(ReconcileError, match="belligerents: no registered party is called 'Kyev'"):
        compare([one], belligerents=["RUS", "Kyev"])
    with pytest.raises(ReconcileError, match="belligerents: expected a collection of party codes"):
        standpoint(one, belligerents="RUS")
    assert compare([one], belligerents="Kyiv").belligerents == ("UKR",)
    with pytest.raises(KeyError, match="is not in the group"):
        compare([one]).groups[0].standpoint_of(claim(Count.exact(2), Period.month(2024, 5), MOD))


def test_a_member_without_a_consensus_gives_its_lowest_camps_floor() -> None:
    ukr, rus, both = running_example_claims()
    rival = claim(Count.exact(600_000), OCTOBER, GENERAL_STAFF)  # contradicts nobody's floor
    lower = claim(Count.between(140_000, 150_000), OCTOBER, RESEARCHERS)
    comparison = compare([ukr, rus, rival, lower, both])
    russia = comparison.group(RUS, CasualtyCategory.KILLED)
    assert russia.envelope is None
    assert russia.agreed_floor == 140_000
    (finding,) = [f for f in comparison.findings if f.code == JOINT_CODE]
    assert finding.message.endswith("add up to at least 186_001".replace("_", ","))
    assert lower.id in finding.record_ids


def test_a_fall_names_the_same_earlier_figure_whatever_the_order() -> None:
    # two equal January figures of one claimant (by two methods), then a lower February one
    office, losses = CLAIMANTS[0], CasualtyCategory.TOTAL_LOSSES
    january = Period.month(2024, 1)
    records = [
        claim(Count.approx(2000), january, office, category=losses),
        claim(
            Count.approx(2000),
            january,
            office,
            category=losses,
            method=ClaimMethod.DOCUMENTED_MINIMUM,
        ),
        claim(Count.exact(1000), Period.month(2024, 2), office, category=losses),
    ]
    named = {
        tuple(f.record_ids)
        for order in itertools.permutations(records)
        for f in compare(list(order)).groups[0].findings
        if f.code == "cumulative-fell"
    }
    assert len(named) == 1
