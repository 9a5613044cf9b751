"""Tests of exchangekit.reconcile.merge_duplicates: nothing any report said is lost."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import (
    Count,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Precision,
    Quote,
    Severity,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.models import _canonical, _plain, _stable_id
from exchangekit.profiles import scaled_examples
from exchangekit.reconcile import FINDING_CODES, ReconcileError, merge_duplicates
from exchangekit.reconcile._ids import exchange_id
from exchangekit.reconcile.duplicates import FINDING_STYLES, FindingStyle
from exchangekit.strategies import casualty_claims, exchange_tallies, exchanges

UKR, RUS, ICRC, UAE = (Party.lookup(c) for c in ("UKR", "RUS", "ICRC", "UAE"))
BLR = Party("BLR", "Belarus")
KIND = ExchangeKind.REPATRIATION_OF_REMAINS
THURSDAY = Period.day(date(2025, 10, 23))
KYIV_HQ = Source("Coordination Headquarters for the Treatment of POWs", SourceKind.GOVERNMENT, UKR)
MOSCOW_MOD = Source("Russian Ministry of Defence", SourceKind.MILITARY, RUS)
RUSSIAN_SIDE = Source("the Russian side", SourceKind.GOVERNMENT, RUS)


def report(
    period: Period,
    *legs: tuple[Party, Party, Count],
    kind: ExchangeKind = KIND,
    **fields: object,
) -> Exchange:
    transfers = [Transfer(s, r, PersonCategory.REMAINS, c) for s, r, c in legs]
    return Exchange(kind=kind, period=period, transfers=transfers, **fields)  # type: ignore[arg-type]


# -- strategies --------------------------------------------------------------------------------

START = date(2025, 9, 29)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Mostly days within a few weeks, so reports often coincide; sometimes weeks, months, spans."""
    day = START + timedelta(days=draw(st.integers(0, 40)))
    precision = draw(
        st.sampled_from([Precision.DAY] * 4 + [Precision.WEEK, Precision.MONTH, Precision.RANGE])
    )
    if precision is Precision.RANGE:
        return Period.between(day, day + timedelta(days=draw(st.integers(1, 20))))
    return Period.containing(day, precision)


COUNTS = [
    Count.exact(1000),
    Count.approx(1000),
    Count.exact(31),
    Count.approx(30),
    Count.at_least(900),
    Count.more_than(1000),
    Count.between(20, 40),
    Count.unknown(),
]
SOURCES = [KYIV_HQ, MOSCOW_MOD, RUSSIAN_SIDE, Source("Reuters", SourceKind.MEDIA)]


@st.composite
def reports(draw: st.DrawFn) -> Exchange:
    pair = draw(st.sampled_from([(RUS, UKR), (RUS, UKR), (UKR, BLR)]))
    directions = draw(st.sampled_from([[pair], [pair[::-1]], [pair, pair[::-1]]]))
    transfers = [
        Transfer(
            s,
            r,
            PersonCategory.REMAINS,
            draw(st.sampled_from(COUNTS)),
            draw(st.sampled_from([None, RUSSIAN_SIDE, KYIV_HQ])),
        )
        for s, r in directions
    ]
    return Exchange(
        kind=draw(st.sampled_from([KIND, KIND, ExchangeKind.PRISONER_SWAP])),
        period=draw(periods()),
        transfers=transfers,
        intermediaries=draw(st.lists(st.sampled_from([ICRC, UAE]), max_size=2, unique=True)),
        sources=draw(st.lists(st.sampled_from(SOURCES), max_size=2, unique=True)),
        notes=draw(st.lists(st.sampled_from(["identification pending", "bodies in bags"]))),
        quotes=draw(st.lists(st.builds(Quote, st.sampled_from(["one thousand", "31 bodies"])))),
    )


report_lists = st.lists(reports(), max_size=14)


def common_part(counts: list[Count]) -> tuple[int, int | None] | None:
    low = max(c.low for c in counts)
    highs = [c.high for c in counts if c.high is not None]
    high = min(highs) if highs else None
    return None if high is not None and high < low else (low, high)


# -- invariants --------------------------------------------------------------------------------


@given(report_lists)
def test_every_report_ends_up_in_exactly_one_exchange(records: list[Exchange]) -> None:
    result = merge_duplicates(records)
    out_ids = [e.id for e in result.exchanges]
    merged_ids = [original for _, originals in result.merges for original in originals]
    kept = [i for i in out_ids if i not in result.merged_from]
    assert sorted(kept + merged_ids) == sorted({e.id for e in records})
    assert len(set(merged_ids)) == len(merged_ids)
    assert set(result.merged_from) <= set(out_ids)
    for exchange in result.exchanges:
        if exchange.id not in result.merged_from:
            assert any(exchange is r for r in records)


@given(report_lists)
def test_a_merged_exchange_keeps_everything_each_report_said(records: list[Exchange]) -> None:
    result = merge_duplicates(records)
    by_id = {e.id: e for e in records}
    for merged in result.exchanges:
        originals = [by_id[i] for i in result.merged_from.get(merged.id, ())]
        for original in originals:
            assert merged.kind is original.kind
            assert merged.parties == original.parties
            assert set(original.sources) <= set(merged.sources)
            assert set(original.quotes) <= set(merged.quotes)
            assert set(original.notes) <= set(merged.notes)
            assert {p.code for p in original.intermediaries} <= {
                p.code for p in merged.intermediaries
            }
            assert original.period.contains(merged.period)
            for t in original.transfers:
                if t.attributed_to is not None:
                    attributed = [m.attributed_to for m in merged.transfers]
                    assert t.attributed_to in attributed or any(
                        t.attributed_to.name in note for note in merged.notes
                    )
        if originals:
            assert f"merged from {', '.join(e.id for e in originals)}" in merged.notes
            directions = {t.direction for e in originals for t in e.transfers}
            assert [t.direction for t in merged.transfers] == list(
                dict.fromkeys(t.direction for e in originals for t in e.transfers)
            )
            assert len(directions) == len(merged.transfers)


@given(report_lists)
def test_counts_merge_to_their_common_part_or_their_hull_with_an_error(
    records: list[Exchange],
) -> None:
    result = merge_duplicates(records)
    by_id = {e.id: e for e in records}
    conflicts = [f for f in result.findings if f.code == "conflicting-counts"]
    for merged_id, original_ids in result.merges:
        merged = next(e for e in result.exchanges if e.id == merged_id)
        for transfer in merged.transfers:
            legs = [
                (i, t)
                for i in original_ids
                for t in by_id[i].transfers
                if t.direction == transfer.direction
            ]
            common = common_part([t.count for _, t in legs])
            if common is not None:
                assert (transfer.count.low, transfer.count.high) == common
            else:
                for _, t in legs:
                    assert transfer.count.low <= t.count.low
                    assert transfer.count.high is None or (
                        t.count.high is not None and t.count.high <= transfer.count.high
                    )
                clashing = {
                    frozenset((a, b))
                    for (a, ta), (b, tb) in itertools.combinations(legs, 2)
                    if not ta.count.overlaps(tb.count)
                }
                assert clashing
                assert clashing <= {frozenset(f.record_ids) for f in conflicts}


@given(report_lists)
def test_same_day_reports_between_the_same_parties_never_survive_apart(
    records: list[Exchange],
) -> None:
    result = merge_duplicates(records)
    seen = set()
    for e in result.exchanges:
        if e.period.start == e.period.end:
            key = (e.kind, e.parties, e.period.start)
            assert key not in seen
            seen.add(key)


@given(report_lists)
def test_findings_use_registered_codes_and_input_ids(records: list[Exchange]) -> None:
    result = merge_duplicates(records)
    ids = {e.id for e in records}
    for f in result.findings:
        assert f.severity is FINDING_CODES[f.code].severity
        assert set(f.record_ids) <= ids
        assert f.record_ids
        assert f.message


@given(report_lists, st.randoms(use_true_random=False))
def test_which_reports_merge_does_not_depend_on_input_order(
    records: list[Exchange], random: st.SearchStrategy
) -> None:
    shuffled = list(records)
    random.shuffle(shuffled)  # type: ignore[attr-defined]

    def groups(result: object) -> set[frozenset[str]]:
        return {frozenset(o) for _, o in result.merges}  # type: ignore[attr-defined]

    assert groups(merge_duplicates(records)) == groups(merge_duplicates(shuffled))


@given(report_lists)
def test_merging_twice_merges_nothing_more(records: list[Exchange]) -> None:
    once = merge_duplicates(records)
    twice = merge_duplicates(once.exchanges)
    assert twice.merges == ()
    assert twice.exchanges == once.exchanges


# Reports built so that a merge narrows two of them to a single day that a third report gives:
# the case one pass used to miss, and the one a regression would break again.
AGREEING = [Count.exact(1000), Count.at_least(900), Count.between(950, 1050), Count.unknown()]


@st.composite
def meeting_on_one_day(draw: st.DrawFn) -> list[Exchange]:
    """Two spans that agree and share only their last and first day, a report of that day that
    links to neither, and a few other reports, in any order."""
    day = START + timedelta(days=draw(st.integers(3, 30)))
    pair = draw(st.sampled_from([(RUS, UKR), (UKR, RUS)]))
    before = Period.between(day - timedelta(days=draw(st.integers(1, 6))), day)
    after = Period.between(day, day + timedelta(days=draw(st.integers(1, 6))))
    spans = [report(p, (*pair, draw(st.sampled_from(AGREEING)))) for p in (before, after)]
    that_day = draw(
        st.sampled_from(
            [report(Period.day(day), (pair[1], pair[0], c)) for c in AGREEING]
            + [report(Period.day(day), (*pair, Count.exact(31)))]
        )
    )
    others = draw(st.lists(reports(), max_size=4))
    return draw(st.permutations([*spans, that_day, *others]))


@settings(max_examples=scaled_examples(300))
@given(meeting_on_one_day(), st.sampled_from(FINDING_STYLES))
def test_merging_twice_merges_nothing_more_when_a_merge_narrows_to_one_day(
    records: list[Exchange], style: FindingStyle
) -> None:
    once = merge_duplicates(records, findings=style)
    twice = merge_duplicates(once.exchanges, findings=style)
    assert twice.merges == ()
    assert twice.exchanges == once.exchanges
    assert {frozenset(o) for _, o in once.merges} == all_pairs_groups(records)
    findings = [(f.code, f.message, f.record_ids) for f in once.findings]
    assert len(findings) == len(set(findings))


@given(report_lists)
def test_sweep_finds_the_same_groups_as_comparing_every_pair(records: list[Exchange]) -> None:
    result = merge_duplicates(records)
    assert {frozenset(o) for _, o in result.merges} == all_pairs_groups(records)


def all_pairs_groups(records: list[Exchange]) -> set[frozenset[str]]:
    """The documented rules applied the slow way, comparing every pair, again until nothing merges.

    Each round treats what the last one merged as one report (its dates the
    common part of its reports', its counts their common part or hull).
    """
    unique = list({e.id: e for e in records}.values())
    items = [[e] for e in unique]
    while True:
        merged = one_round(items)
        if len(merged) == len(items):
            return {frozenset(e.id for e in g) for g in items if len(g) > 1}
        items = merged


def one_round(items: list[list[Exchange]]) -> list[list[Exchange]]:
    """One round of the rules over groups of reports: what each group is merged into."""

    def key(members: list[Exchange]) -> object:
        return (members[0].kind, members[0].parties)

    def span(members: list[Exchange]) -> tuple[date, date]:
        return max(e.period.start for e in members), min(e.period.end for e in members)

    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in itertools.combinations(range(len(items)), 2):
        (sa, ea), (sb, eb) = span(items[a]), span(items[b])
        if key(items[a]) == key(items[b]) and sa == ea == sb == eb:
            parent[find(a)] = find(b)
    joined: dict[int, list[Exchange]] = {}
    for i, item in enumerate(items):
        joined.setdefault(find(i), []).extend(item)
    nodes = list(joined.values())

    def counts(members: list[Exchange]) -> dict[object, tuple[int, int | None]]:
        by: dict[object, list[Count]] = {}
        for e in members:
            for t in e.transfers:
                by.setdefault(t.direction, []).append(t.count)
        result = {}
        for d, cs in by.items():
            common = common_part(cs)
            if common is None:
                low = min(c.low for c in cs)
                high = None if any(c.high is None for c in cs) else max(c.high for c in cs)  # type: ignore[type-var]
                common = (low, high)
            result[d] = common
        return result

    def overlap(x: tuple[int, int | None], y: tuple[int, int | None]) -> bool:
        return (x[1] is None or y[0] <= x[1]) and (y[1] is None or x[0] <= y[1])

    node_parent = list(range(len(nodes)))

    def node_find(r: int) -> int:
        while node_parent[r] != r:
            r = node_parent[r]
        return r

    for r1, r2 in itertools.combinations(range(len(nodes)), 2):
        m1, m2 = nodes[r1], nodes[r2]
        if key(m1) != key(m2):
            continue
        (s1, e1), (s2, e2) = span(m1), span(m2)
        if s1 > e2 or s2 > e1:
            continue
        c1, c2 = counts(m1), counts(m2)
        shared = c1.keys() & c2.keys()
        if shared and all(overlap(c1[d], c2[d]) for d in shared):
            node_parent[node_find(r1)] = node_find(r2)
    components: dict[int, list[int]] = {}
    for r in range(len(nodes)):
        components.setdefault(node_find(r), []).append(r)

    groups: list[list[Exchange]] = []
    for members in components.values():
        reports_ = [e for r in members for e in nodes[r]]
        start, end = span(reports_)
        node_counts = [counts(nodes[r]) for r in members]
        agree = start <= end and all(
            overlap(a[d], b[d])
            for a, b in itertools.combinations(node_counts, 2)
            for d in a.keys() & b.keys()
        )
        groups.extend([reports_] if agree else [nodes[r] for r in members])
    return groups


# -- concrete cases ---------------------------------------------------------------------------


def test_kyiv_and_moscow_accounts_of_one_handover_become_one_exchange() -> None:
    kyiv = Exchange(
        kind=KIND,
        period=THURSDAY,
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000), RUSSIAN_SIDE)],
        sources=[KYIV_HQ],
        intermediaries=[ICRC],
        quotes=[Quote("one thousand bodies were returned to Ukraine")],
        notes=["identification by law enforcement to follow"],
    )
    moscow = report(
        THURSDAY,
        (UKR, RUS, Count.exact(31)),
        sources=[MOSCOW_MOD],
        quotes=[Quote("received the remains of 31 soldiers")],
    )
    result = merge_duplicates([kyiv, moscow])
    (merged,) = result.exchanges
    assert merged.period == THURSDAY
    assert [(t.sender.code, t.receiver.code, t.count) for t in merged.transfers] == [
        ("RUS", "UKR", Count.exact(1000)),
        ("UKR", "RUS", Count.exact(31)),
    ]
    assert merged.transfers[0].attributed_to == RUSSIAN_SIDE
    assert merged.sources == (KYIV_HQ, MOSCOW_MOD)
    assert merged.intermediaries == (ICRC,)
    assert len(merged.quotes) == 2
    assert "identification by law enforcement to follow" in merged.notes
    assert f"merged from {kyiv.id}, {moscow.id}" in merged.notes
    assert result.merged_from == {merged.id: (kyiv.id, moscow.id)}
    (info,) = result.findings
    assert info.code == "merged-duplicates"
    assert info.severity is Severity.INFO
    assert info.record_ids == (kyiv.id, moscow.id)
    assert merged.id in info.message


def test_the_same_sentence_reported_twice_merges_without_changing_the_figure() -> None:
    agency = report(THURSDAY, (RUS, UKR, Count.approx(1000)), sources=[KYIV_HQ])
    wire = report(THURSDAY, (RUS, UKR, Count.approx(1000)), sources=[SOURCES[3]])
    (merged,) = merge_duplicates([agency, wire]).exchanges
    assert merged.transfers[0].count == Count.approx(1000)
    assert merged.sources == (KYIV_HQ, SOURCES[3])


def test_counts_that_cannot_both_be_true_keep_the_hull_and_raise_an_error() -> None:
    kyiv = report(THURSDAY, (RUS, UKR, Count.exact(1000)), sources=[KYIV_HQ])
    other = report(THURSDAY, (RUS, UKR, Count.exact(909)), sources=[MOSCOW_MOD])
    result = merge_duplicates([kyiv, other])
    (merged,) = result.exchanges
    assert merged.transfers[0].count == Count.between(909, 1000)
    (error,) = [f for f in result.findings if f.severity is Severity.ERROR]
    assert error.code == "conflicting-counts"
    assert error.record_ids == (kyiv.id, other.id)
    assert "1,000" in error.message
    assert "909" in error.message
    assert any("said 1,000" in n and "said 909" in n for n in merged.notes)


def test_overlapping_counts_narrow_to_what_both_allow() -> None:
    a = report(THURSDAY, (RUS, UKR, Count.approx(1000)))
    b = report(THURSDAY, (RUS, UKR, Count.at_least(1000)))
    (merged,) = merge_duplicates([a, b]).exchanges
    assert (merged.transfers[0].count.low, merged.transfers[0].count.high) == (1000, 1100)


def test_a_month_report_joins_a_day_report_only_when_counts_agree() -> None:
    day = report(THURSDAY, (RUS, UKR, Count.exact(1000)))
    month = report(Period.month(2025, 10), (RUS, UKR, Count.approx(1000)))
    result = merge_duplicates([month, day])
    (merged,) = result.exchanges
    assert merged.period == THURSDAY
    assert merged.transfers[0].count == Count.exact(1000)
    warning = next(f for f in result.findings if f.code == "merged-on-coarse-date")
    assert warning.severity is Severity.WARNING
    assert month.id in warning.message

    small = report(Period.month(2025, 10), (RUS, UKR, Count.exact(31)))
    result = merge_duplicates([small, day])
    assert result.exchanges == (small, day)
    assert [f.code for f in result.findings] == ["possible-duplicate"]


def test_a_month_report_with_no_shared_direction_is_not_merged() -> None:
    day = report(THURSDAY, (RUS, UKR, Count.exact(1000)))
    month = report(Period.month(2025, 10), (UKR, RUS, Count.exact(31)))
    result = merge_duplicates([day, month])
    assert result.merges == ()
    assert [f.code for f in result.findings] == ["possible-duplicate"]


def test_a_month_report_matching_two_handovers_that_month_is_ambiguous() -> None:
    early = report(Period.day(date(2025, 10, 2)), (RUS, UKR, Count.exact(1000)))
    late = report(THURSDAY, (RUS, UKR, Count.exact(1000)))
    month = report(Period.month(2025, 10), (RUS, UKR, Count.approx(1000)))
    result = merge_duplicates([early, late, month])
    assert result.exchanges == (early, late, month)
    (warning,) = result.findings
    assert warning.code == "ambiguous-duplicate"
    assert set(warning.record_ids) == {early.id, late.id, month.id}


def test_across_precision_false_only_merges_reports_of_the_same_day() -> None:
    day = report(THURSDAY, (RUS, UKR, Count.exact(1000)))
    month = report(Period.month(2025, 10), (RUS, UKR, Count.approx(1000)))
    result = merge_duplicates([day, month], across_precision=False)
    assert result.merges == ()
    assert [f.code for f in result.findings] == ["possible-duplicate"]


def test_different_kinds_parties_or_days_are_never_merged() -> None:
    base = report(THURSDAY, (RUS, UKR, Count.exact(1000)))
    swap = report(THURSDAY, (RUS, UKR, Count.exact(1000)), kind=ExchangeKind.PRISONER_SWAP)
    belarus = report(THURSDAY, (BLR, UKR, Count.exact(1000)))
    friday = report(Period.day(date(2025, 10, 24)), (RUS, UKR, Count.exact(1000)))
    result = merge_duplicates([base, swap, belarus, friday])
    assert result.exchanges == (base, swap, belarus, friday)
    assert result.findings == ()


def test_the_very_same_record_twice_is_kept_once() -> None:
    one = report(THURSDAY, (RUS, UKR, Count.exact(1000)))
    result = merge_duplicates([one, one])
    assert result.exchanges == (one,)
    (info,) = result.findings
    assert info.code == "repeated-record"
    assert "2 times" in info.message


def test_bad_input_is_named() -> None:
    one = report(THURSDAY, (RUS, UKR, Count.exact(1000)))
    with pytest.raises(ReconcileError, match="wrap one in a list"):
        merge_duplicates(one)  # type: ignore[arg-type]
    with pytest.raises(ReconcileError, match="item 1 is a str, not an Exchange"):
        merge_duplicates([one, "ex-1"])  # type: ignore[list-item]


def test_result_prints_its_findings() -> None:
    a = report(THURSDAY, (RUS, UKR, Count.exact(1000)))
    b = report(THURSDAY, (UKR, RUS, Count.exact(31)))
    text = str(merge_duplicates([a, b]))
    assert text.startswith("1 exchange after merging 1 group of duplicate reports")
    assert "info: merged-duplicates" in text


@given(report_lists)
def test_a_merged_exchange_has_the_id_its_content_derives(records: list[Exchange]) -> None:
    # merge_duplicates names merged exchanges by a faster walk than the model's own;
    # the id must be the one the model derives from the same content.
    for exchange in merge_duplicates(records, findings="grouped").exchanges:
        assert exchange.id == _stable_id("ex", exchange)


@given(exchanges(max_transfers=4))
def test_the_merge_id_walk_renders_any_exchange_as_the_model_does(exchange: Exchange) -> None:
    fields = {field.name: getattr(exchange, field.name) for field in attrs.fields(Exchange)}
    del fields["id"]
    assert exchange_id(fields) == _stable_id("ex", exchange)


@given(st.one_of(exchanges(max_transfers=4), casualty_claims(), exchange_tallies()))
def test_the_id_walk_renders_any_record_as_the_canonical_definition(record: object) -> None:
    # Ids are digests of ``_plain``; ``_canonical`` is the form they are defined by.
    assert _plain(record) == _canonical(record)


def test_merging_is_idempotent_when_narrowing_creates_a_new_match() -> None:
    """A week and a two-day span of the same handover narrow to 5 October, which then
    matches the other side's report of that day; one pass leaves them apart.

    Found by Hypothesis through ``test_merging_twice_merges_nothing_more``; present since
    before issue 12's changes to the sweep.
    """
    russia, ukraine = Party.lookup("RUS"), Party.lookup("UKR")

    def report(period: Period, sender: Party, receiver: Party) -> Exchange:
        transfer = Transfer(sender, receiver, PersonCategory.REMAINS, Count.exact(1000))
        return Exchange(
            kind=ExchangeKind.REPATRIATION_OF_REMAINS, period=period, transfers=[transfer]
        )

    records = [
        report(Period.parse("2025-W40"), russia, ukraine),
        report(Period.day(date(2025, 10, 5)), ukraine, russia),
        report(Period.parse("2025-10-05/2025-10-06"), russia, ukraine),
    ]
    once = merge_duplicates(records)
    assert merge_duplicates(once.exchanges).merges == ()


def test_merging_is_idempotent_when_a_hull_of_clashing_counts_agrees_with_more() -> None:
    """Two same-day reports that clash (10 and 20 each way) merge with two October reports
    into a hull of 5 to 20; a third October report of 7 each way agreed with no report on
    both directions at once, but agrees with that hull, so merging again used to merge it."""
    day, october = Period.day(date(2025, 10, 5)), Period.month(2025, 10)

    def both_ways(period: Period, there: Count, back: Count) -> Exchange:
        return report(period, (RUS, UKR, there), (UKR, RUS, back))

    records = [
        both_ways(day, Count.exact(10), Count.exact(10)),
        both_ways(day, Count.exact(20), Count.exact(20)),
        both_ways(october, Count.between(5, 12), Count.between(9, 15)),
        both_ways(october, Count.between(9, 15), Count.between(5, 12)),
        both_ways(october, Count.exact(7), Count.exact(7)),
    ]
    for style in FINDING_STYLES:
        once = merge_duplicates(records, findings=style)
        assert [set(originals) for _, originals in once.merges] == [{e.id for e in records}]
        (merged,) = once.exchanges
        assert [(t.count.low, t.count.high) for t in merged.transfers] == [(5, 20), (5, 20)]
        assert merge_duplicates(once.exchanges, findings=style).merges == ()


def test_findings_of_a_merge_found_in_a_later_pass_name_the_reports_once() -> None:
    """The narrowed merge's findings are made once, from the final groups: one merge of all
    three reports, no `possible-duplicate` between reports that ended up merged."""
    russia, ukraine = Party.lookup("RUS"), Party.lookup("UKR")
    records = [
        report(Period.parse("2025-W40"), (russia, ukraine, Count.exact(1000))),
        report(Period.day(date(2025, 10, 5)), (ukraine, russia, Count.exact(1000))),
        report(Period.parse("2025-10-05/2025-10-06"), (russia, ukraine, Count.exact(1000))),
    ]
    for style in FINDING_STYLES:
        result = merge_duplicates(records, findings=style)
        (merged,) = result.exchanges
        assert result.merged_from == {merged.id: tuple(e.id for e in records)}
        assert merged.period == Period.day(date(2025, 10, 5))
        assert f"merged from {', '.join(e.id for e in records)}" in merged.notes
        codes_ = [f.code for f in result.findings]
        assert codes_ == ["merged-on-coarse-date", "merged-duplicates"]
        assert all(set(f.record_ids) == {e.id for e in records} for f in result.findings)
