"""Tests of merging duplicate claims: one claim however often and however spelled, nothing lost."""

from __future__ import annotations

from datetime import date

import attrs
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
    Quote,
    Source,
    SourceKind,
)
from exchangekit.reconcile import (
    CLAIM_PROVENANCE_FIELDS,
    FINDING_CODES,
    ReconcileError,
    compare,
    merge_duplicate_claims,
    merge_duplicates,
)
from exchangekit.strategies import casualty_claims

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
WAR = date(2022, 2, 24)
THURSDAY = Period.day(date(2025, 10, 23))


def open_count(
    claimant: str | Source = "BBC News Russian and Mediazona", **fields: object
) -> CasualtyClaim:
    """The running example's open-source count of Russian dead, with fields to vary."""
    if isinstance(claimant, str):
        claimant = Source(claimant, SourceKind.MEDIA)
    values: dict[str, object] = {
        "subject": RUS,
        "category": CasualtyCategory.KILLED,
        "count": Count.parse("more than 135,000"),
        "covers": Period.between(WAR, date(2025, 10, 23)),
        "as_of": THURSDAY,
        "claimant": claimant,
        "method": ClaimMethod.DOCUMENTED_MINIMUM,
    }
    values.update(fields)
    return CasualtyClaim(**values)  # type: ignore[arg-type]


# -- strategies --------------------------------------------------------------------------------
# Small pools, so that duplicates, near-duplicates and respellings are common.

SPELLINGS = [
    ("BBC News Russian and Mediazona", None),
    ("BBC Russian and Mediazona", None),
    ("Mediazona & BBC Russian", None),
    ("Mediazona", None),
    ("Russian authorities", RUS),
    ("the Russian government", RUS),
    ("Russian Ministry of Defence", RUS),
    ("Ministry of Defence", UKR),
    ("Ministry of Defence", RUS),
]
RELAYS = [Source("Reuters", SourceKind.MEDIA), Source("Meduza", SourceKind.MEDIA)]
CAVEATS = ["a floor", "confirmed by name only", "excludes the missing"]
QUOTES = [Quote("more than 135,000"), Quote("over 135,000 confirmed", 10, 32)]


@st.composite
def claims(draw: st.DrawFn) -> CasualtyClaim:
    name, party = draw(st.sampled_from(SPELLINGS))
    return CasualtyClaim(
        subject=draw(st.sampled_from([RUS, UKR])),
        category=draw(st.sampled_from([CasualtyCategory.KILLED, CasualtyCategory.MISSING])),
        count=draw(st.sampled_from([Count.more_than(135_000), Count.approx(46_000)])),
        covers=Period.between(WAR, date(2025, 10, 23)),
        as_of=draw(st.sampled_from([THURSDAY, Period.month(2025, 10)])),
        claimant=Source(
            name,
            draw(st.sampled_from([SourceKind.MEDIA, SourceKind.GOVERNMENT])),
            party,
            draw(st.sampled_from([None, "https://example.org/count"])),
        ),
        method=draw(st.sampled_from([ClaimMethod.DOCUMENTED_MINIMUM, ClaimMethod.UNSPECIFIED])),
        caveats=draw(st.lists(st.sampled_from(CAVEATS), max_size=2, unique=True)),
        relayed_by=draw(st.lists(st.sampled_from(RELAYS), max_size=2, unique=True)),
        quotes=draw(st.lists(st.sampled_from(QUOTES), max_size=2, unique=True)),
    )


claim_lists = st.lists(claims(), max_size=12)


def stated(claim: CasualtyClaim) -> tuple[object, ...]:
    """What a claim states, written out field by field (not via the library's own key)."""
    return (
        claim.subject.code,
        claim.category,
        claim.scope,
        claim.count,
        claim.covers,
        claim.as_of,
        claim.method,
        claim.population,
        claim.claimant.identity.key,
    )


def by_id(result_claims: tuple[CasualtyClaim, ...]) -> list[CasualtyClaim]:
    return sorted(result_claims, key=lambda c: c.id)


# -- properties ----------------------------------------------------------------------------------


@given(claim_lists)
def test_every_claim_ends_up_in_exactly_one_result(records: list[CasualtyClaim]) -> None:
    result = merge_duplicate_claims(records)
    merged_from = result.merged_from
    accounted: list[str] = []
    for claim in result.claims:
        accounted.extend(merged_from.get(claim.id, (claim.id,)))
    assert sorted(accounted) == sorted({c.id for c in records})


@given(claim_lists)
def test_a_merged_claim_keeps_every_quote_relay_and_caveat(records: list[CasualtyClaim]) -> None:
    result = merge_duplicate_claims(records)
    by_record = {c.id: c for c in records}
    for claim in result.claims:
        members = [by_record[i] for i in result.merged_from.get(claim.id, (claim.id,))]
        for member in members:
            assert set(member.quotes) <= set(claim.quotes)
            assert set(member.relayed_by) <= set(claim.relayed_by)
            assert set(member.caveats) <= set(claim.caveats)
            assert stated(member) == stated(claim)
        assert len(set(claim.quotes)) == len(claim.quotes)
        assert len(set(claim.relayed_by)) == len(claim.relayed_by)


@given(claim_lists)
def test_claims_that_state_different_things_are_never_merged(records: list[CasualtyClaim]) -> None:
    result = merge_duplicate_claims(records)
    assert len({stated(c) for c in result.claims}) == len(result.claims)
    assert {stated(c) for c in result.claims} == {stated(c) for c in records}


@given(claim_lists)
def test_merging_twice_merges_nothing_more(records: list[CasualtyClaim]) -> None:
    once = merge_duplicate_claims(records)
    twice = merge_duplicate_claims(once.claims)
    assert twice.claims == once.claims
    assert twice.merges == ()
    assert twice.findings == ()


@given(claim_lists, st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_input_order(
    records: list[CasualtyClaim], rnd: object
) -> None:
    shuffled = list(records)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = merge_duplicate_claims(records), merge_duplicate_claims(shuffled)
    assert by_id(a.claims) == by_id(b.claims)
    assert {k: sorted(v) for k, v in a.merges} == {k: sorted(v) for k, v in b.merges}


@given(claim_lists)
def test_findings_use_registered_codes_and_name_the_records(records: list[CasualtyClaim]) -> None:
    result = merge_duplicate_claims(records)
    ids = {c.id for c in records}
    for finding in result.findings:
        assert FINDING_CODES[finding.code].severity is finding.severity
        assert set(finding.record_ids) <= ids
    merged = [f for f in result.findings if f.code == "merged-duplicate-claims"]
    assert len(merged) == len(result.merges)


@given(st.lists(casualty_claims(), max_size=6))
def test_any_claims_merge_only_when_they_state_the_same(records: list[CasualtyClaim]) -> None:
    # Copies of generated claims, their claimants respaced, join them: a running total with an
    # id of its own, an incident or period figure with an id derived from its content (one with
    # an id of its own would be another event; see the next property).
    respelt = [_respelt(c, f"x{i}") for i, c in enumerate(records)]
    unique = list(dict.fromkeys(records))  # two parties may share a code: no Dataset here
    result = merge_duplicate_claims([*records, *respelt])
    assert len(result.claims) == len({stated(c) for c in unique})


def _respelt(claim: CasualtyClaim, new_id: str) -> CasualtyClaim:
    claimant = attrs.evolve(claim.claimant, name=f"  {claim.claimant.name} ")
    if claim.scope is ClaimScope.CUMULATIVE:
        return attrs.evolve(claim, claimant=claimant, id=new_id)
    fields = {f.name: getattr(claim, f.name) for f in attrs.fields(CasualtyClaim) if f.name != "id"}
    return CasualtyClaim(**{**fields, "claimant": claimant})


@given(st.lists(casualty_claims(scopes=[ClaimScope.INCIDENT, ClaimScope.PERIOD]), max_size=6))
def test_events_with_ids_of_their_own_are_never_merged(records: list[CasualtyClaim]) -> None:
    events = [attrs.evolve(c, id=f"event-{i}") for i, c in enumerate(records)]
    result = merge_duplicate_claims([*events, *events])
    assert result.claims == tuple(events)
    assert result.merges == ()


def test_the_key_covers_every_field_but_provenance() -> None:
    names = {f.name for f in attrs.fields(CasualtyClaim)}
    assert names >= CLAIM_PROVENANCE_FIELDS
    assert "count" not in CLAIM_PROVENANCE_FIELDS


# -- examples ------------------------------------------------------------------------------------


def test_one_figure_from_two_files_with_two_spellings_is_one_claim() -> None:
    first = Dataset(claims=[open_count("BBC News Russian and Mediazona")])
    second = Dataset(claims=[open_count("BBC Russian and Mediazona")])
    result = merge_duplicates(first.merge(second))
    (claim,) = result.claims
    assert claim.claimant.identity == Source("Mediazona and BBC News Russian").identity
    (finding,) = result.findings
    assert finding.code == "merged-duplicate-claims"
    assert "'BBC News Russian and Mediazona' and 'BBC Russian and Mediazona'" in finding.message
    assert not [f for f in compare(result.claims).findings if f.code == "claims-agree"]


def test_merged_claim_takes_the_smallest_ids_fields_and_a_derived_id() -> None:
    later = open_count("BBC Russian and Mediazona", caveats=["a floor"], id="b-second")
    first = open_count(
        Source("BBC News Russian and Mediazona", SourceKind.MEDIA, url="https://x.example"),
        caveats=["named dead only"],
        id="a-first",
    )
    result = merge_duplicate_claims([later, first])
    (claim,) = result.claims
    assert claim.claimant == first.claimant
    assert claim.caveats == ("named dead only", "a floor")
    content = {
        f.name: getattr(claim, f.name) for f in attrs.fields(CasualtyClaim) if f.name != "id"
    }
    assert claim.id == CasualtyClaim(**content).id
    assert claim.id not in {"a-first", "b-second"}
    assert result.merged_from == {claim.id: ("a-first", "b-second")}


def test_the_claimant_borrows_a_url_another_spelling_gives() -> None:
    a = open_count("BBC News Russian and Mediazona", id="a")
    b = open_count(
        Source("BBC Russian and Mediazona", SourceKind.MEDIA, url="https://x.example"),
        id="b",
    )
    (claim,) = merge_duplicate_claims([a, b]).claims
    assert claim.claimant.name == "BBC News Russian and Mediazona"
    assert claim.claimant.url == "https://x.example"


@pytest.mark.parametrize(
    "change",
    [
        {"count": Count.more_than(130_000)},
        {"as_of": Period.month(2025, 10)},
        {"covers": Period.between(WAR, date(2025, 10, 22))},
        {"category": CasualtyCategory.TOTAL_LOSSES},
        {"subject": UKR},
        {"method": ClaimMethod.MEDIA_ESTIMATE},
        {"scope": ClaimScope.PERIOD},
        {"claimant": Source("Mediazona", SourceKind.MEDIA)},
    ],
)
def test_one_difference_in_what_is_stated_keeps_claims_apart(change: dict[str, object]) -> None:
    base = open_count()
    other = open_count(**change)  # type: ignore[arg-type]
    result = merge_duplicate_claims([base, other])
    assert result.claims == (base, other)
    assert result.findings == ()


def test_unknown_claimants_speaking_for_different_parties_stay_apart() -> None:
    kyiv = open_count(Source("Ministry of Defence", SourceKind.MILITARY, UKR))
    moscow = open_count(Source("Ministry of Defence", SourceKind.MILITARY, RUS))
    assert len(merge_duplicate_claims([kyiv, moscow]).claims) == 2


def test_the_very_same_claim_twice_is_kept_once() -> None:
    one = open_count()
    result = merge_duplicate_claims([one, one])
    assert result.claims == (one,)
    (info,) = result.findings
    assert info.code == "repeated-record"


def test_merge_duplicates_takes_claims_mixed_with_exchanges() -> None:
    a, b = open_count(id="a"), open_count("BBC Russian and Mediazona", id="b")
    result = merge_duplicates([a, b])
    assert result.exchanges == ()
    assert len(result.claims) == 1
    assert str(result).startswith("0 exchanges and 1 claim after merging 1 group")


def test_bad_input_is_named() -> None:
    with pytest.raises(ReconcileError, match="wrap one in a list"):
        merge_duplicate_claims(open_count())  # type: ignore[arg-type]
    with pytest.raises(ReconcileError, match="item 1 is a str, not a CasualtyClaim"):
        merge_duplicate_claims([open_count(), "cl-1"])  # type: ignore[list-item]
    with pytest.raises(ReconcileError, match="item 0 is a int, not an Exchange or a CasualtyClaim"):
        merge_duplicates([1])  # type: ignore[list-item]
