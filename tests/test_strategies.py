"""Tests of exchangekit.strategies: validity, constraints, diversity, shrinking, registration."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    PartyRegistry,
    Period,
    PersonCategory,
    Precision,
    Qualifier,
    Quote,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit import strategies as xst

QUIET = {"database": None, "suppress_health_check": list(HealthCheck)}
SLOW = settings(
    max_examples=30, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def found(strategy: st.SearchStrategy[Any], condition: Callable[[Any], bool]) -> Any:
    """The value ``strategy`` shrinks to among those meeting ``condition``."""
    return find(strategy, condition, settings=settings(max_examples=500, **QUIET))


def drawn(strategy: st.SearchStrategy[Any], condition: Callable[[Any], bool]) -> Any:
    """Some value ``strategy`` draws that meets ``condition``, unshrunk; fails if none is drawn."""
    return find(
        strategy,
        condition,
        settings=settings(max_examples=1_000, phases=[Phase.generate], derandomize=True, **QUIET),
    )


def simplest(strategy: st.SearchStrategy[Any]) -> Any:
    """The first value Hypothesis draws, from the all-zero choices: what everything shrinks to."""
    seen: list[Any] = []

    @settings(max_examples=1, phases=[Phase.generate], **QUIET)
    @given(strategy)
    def capture(value: Any) -> None:
        seen.append(value)

    capture()
    return seen[0]


# -- invariants every drawn value must satisfy ---------------------------------------


def check_count(c: Count) -> None:
    assert c.low >= 0
    assert c.high is None or c.low <= c.high
    assert c.best is None or c.contains(c.best)


def check_period(p: Period) -> None:
    assert p.start <= p.end
    if p.precision is Precision.RANGE:
        assert p.start < p.end
    else:
        assert Period.containing(p.start, p.precision) == p


def check_source(s: Source) -> None:
    assert s.name.strip()
    assert s.name == s.name.strip()


def check_transfer(t: Transfer) -> None:
    assert t.sender.code != t.receiver.code
    check_count(t.count)


def check_exchange(e: Exchange) -> None:
    assert e.transfers
    for t in e.transfers:
        check_transfer(t)
    directions = [t.direction for t in e.transfers]
    assert len(directions) == len(set(directions)), "two legs of one exchange are the same"
    check_period(e.period)
    assert not e.parties & {p.code for p in e.intermediaries}


def check_claim(c: CasualtyClaim) -> None:
    check_count(c.count)
    check_period(c.as_of)
    check_period(c.covers)
    published = c.claimant.published
    assert published is None or c.as_of.start <= published
    assert c.covers.start <= c.as_of.end


def check_tally(t: ExchangeTally) -> None:
    # a tally gives a count of people, a number of exchanges, or both
    assert t.count is not None or t.exchange_count is not None
    if t.count is not None:
        check_count(t.count)
    if t.exchange_count is not None:
        check_count(t.exchange_count)
    assert t.sender is None or t.sender.code != t.receiver.code
    check_period(t.as_of)
    check_period(t.covers)
    published = t.claimant.published
    assert published is None or t.as_of.start <= published
    assert t.covers.start <= t.as_of.end


def check_dataset(d: Dataset) -> None:
    assert len({e.id for e in d.exchanges}) == len(d.exchanges)
    assert len({c.id for c in d.claims}) == len(d.claims)
    assert len({t.id for t in d.tallies}) == len(d.tallies)
    for e in d.exchanges:
        check_exchange(e)
    for c in d.claims:
        check_claim(c)
    for t in d.tallies:
        check_tally(t)


def rebuilt(record: Any) -> Any:
    """The record built again through its validating ``__init__``."""
    return attrs.evolve(record)


@given(xst.counts())
def test_counts_are_valid(c: Count) -> None:
    check_count(c)
    assert rebuilt(c) == c


@given(xst.periods())
def test_periods_are_valid(p: Period) -> None:
    check_period(p)
    assert rebuilt(p) == p


@given(xst.parties())
def test_parties_are_valid(p: Party) -> None:
    assert rebuilt(p) == p
    assert all(p.members)


@given(xst.sources())
def test_sources_are_valid(s: Source) -> None:
    check_source(s)
    assert rebuilt(s) == s


@given(xst.quotes())
def test_quotes_are_valid(q: Quote) -> None:
    assert q.text.strip()
    if q.start is not None:
        assert q.end is not None
        assert q.end - q.start == len(q.text)
    assert rebuilt(q) == q


@given(xst.transfers())
def test_transfers_are_valid(t: Transfer) -> None:
    check_transfer(t)
    assert rebuilt(t) == t


@given(xst.exchanges())
def test_exchanges_are_valid(e: Exchange) -> None:
    check_exchange(e)
    assert rebuilt(e) == e


@given(xst.casualty_claims())
def test_casualty_claims_are_valid(c: CasualtyClaim) -> None:
    check_claim(c)
    assert rebuilt(c) == c


@given(xst.exchange_tallies())
def test_exchange_tallies_are_valid(t: ExchangeTally) -> None:
    check_tally(t)
    assert rebuilt(t) == t


@SLOW
@given(xst.datasets())
def test_datasets_are_valid(d: Dataset) -> None:
    check_dataset(d)
    assert rebuilt(d) == d


# -- constraints are honoured -----------------------------------------------------


@given(
    st.data(),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.sampled_from([None, True, False]),
)
def test_counts_respect_value_bounds_and_boundedness(
    data: st.DataObject, a: int, b: int, bounded: bool | None
) -> None:
    lo, hi = min(a, b), max(a, b)
    c = data.draw(xst.counts(min_value=lo, max_value=hi, bounded=bounded))
    check_count(c)
    assert lo <= c.low <= hi
    assert c.high is None or c.high <= hi
    assert c.best is None or c.best <= hi
    if bounded is not None:
        assert c.is_bounded is bounded


@pytest.mark.parametrize("qualifier", list(Qualifier))
@given(data=st.data())
def test_counts_draw_only_the_qualifiers_asked_for(
    qualifier: Qualifier, data: st.DataObject
) -> None:
    c = data.draw(xst.counts(qualifiers=qualifier))
    assert c.qualifier is qualifier
    check_count(c)


@given(xst.counts(qualifiers=[Qualifier.EXACT, Qualifier.MORE_THAN], max_value=50))
def test_counts_accept_several_qualifiers(c: Count) -> None:
    assert c.qualifier in {Qualifier.EXACT, Qualifier.MORE_THAN}
    if c.qualifier is Qualifier.EXACT:
        assert c.is_exact
        assert c.best == c.low
    else:
        assert c.high is None
        assert c.low >= 1


@given(xst.qualifiers(bounded=True))
def test_qualifiers_of_bounded_counts_can_be_drawn_bounded(q: Qualifier) -> None:
    assert q not in {Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.UNKNOWN}
    xst.counts(qualifiers=q, bounded=True)  # does not raise


@given(st.data(), st.dates(date(1, 1, 1), date(9999, 12, 31)), st.integers(0, 900))
def test_periods_lie_inside_any_window(data: st.DataObject, lo: date, days: int) -> None:
    hi = min(lo + timedelta(days=days), date.max) if days < (date.max - lo).days else date.max
    p = data.draw(xst.periods(min_date=lo, max_date=hi))
    check_period(p)
    assert lo <= p.start <= p.end <= hi


@pytest.mark.parametrize("precision", [p for p in Precision if p is not Precision.RANGE])
@given(data=st.data(), lo=st.dates(date(1990, 1, 1), date(2030, 1, 1)), days=st.integers(0, 800))
def test_periods_offer_a_precision_exactly_when_a_whole_unit_fits(
    precision: Precision, data: st.DataObject, lo: date, days: int
) -> None:
    hi = lo + timedelta(days=days)
    fits = any(
        Period.containing(lo + timedelta(days=i), precision).start >= lo
        and Period.containing(lo + timedelta(days=i), precision).end <= hi
        for i in range(days + 1)
    )
    if fits:
        p = data.draw(xst.periods(min_date=lo, max_date=hi, precisions=precision))
        assert p.precision is precision
        assert lo <= p.start
        assert p.end <= hi
        check_period(p)
    else:
        with pytest.raises(ValueError, match="precisions"):
            xst.periods(min_date=lo, max_date=hi, precisions=precision)


def test_periods_reach_the_ends_of_the_calendar() -> None:
    last_week = drawn(
        xst.periods(
            min_date=date.max - timedelta(days=30), max_date=date.max, precisions=Precision.WEEK
        ),
        lambda p: p.end > date.max - timedelta(days=7),
    )
    assert last_week.end == date(9999, 12, 26)  # the last whole ISO week; 9999-12-31 is a Friday
    assert simplest(xst.periods(min_date=date.min, max_date=date(1, 3, 1))) == Period.day(date.min)


@given(st.data(), st.sampled_from(list(DEFAULT_REGISTRY)), st.sampled_from(list(DEFAULT_REGISTRY)))
def test_parties_pinned_by_code_or_name(data: st.DataObject, a: Party, b: Party) -> None:
    drawn = data.draw(xst.parties(codes=[a.code, b.name]))
    assert drawn in (a, b)


def test_parties_pinned_to_a_joint_code() -> None:
    joint = simplest(xst.parties(codes="UKR+RUS"))
    assert joint.code == "RUS+UKR"
    assert joint.members == ("RUS", "UKR")


@given(xst.parties(joint=False, unregistered=False))
def test_parties_from_the_registry_only(p: Party) -> None:
    assert p in DEFAULT_REGISTRY.parties


_CUSTOM = PartyRegistry([Party("AAA", "Alpha"), Party("BBB", "Beta")])


@given(xst.parties(registry=_CUSTOM))
def test_parties_from_a_custom_registry(p: Party) -> None:
    # Registered and joint parties come from the given registry; an invented party may take
    # any code that registry lacks, even one the built-in registry has ("UN").
    if p.code == "AAA+BBB":
        assert p.members == ("AAA", "BBB")
    elif p.code in {"AAA", "BBB"}:
        assert p in _CUSTOM.parties
    else:
        assert p.code not in {q.code for q in _CUSTOM}
        assert "+" not in p.code


@given(xst.parties(registry=_CUSTOM, unregistered=False))
def test_parties_from_a_custom_registry_never_come_from_the_built_in_one(p: Party) -> None:
    assert p in _CUSTOM.parties or p.code == "AAA+BBB"


@given(
    xst.sources(
        kinds=SourceKind.MEDIA,
        parties=st.none(),
        published=True,
        min_date=date(2025, 2, 1),
        max_date=date(2025, 2, 28),
    )
)
def test_sources_pinned(s: Source) -> None:
    assert s.kind is SourceKind.MEDIA
    assert s.party is None
    assert s.published is not None
    assert date(2025, 2, 1) <= s.published <= date(2025, 2, 28)


@given(xst.sources(parties=["ICRC"], published=False))
def test_sources_speaking_for_a_party_never_published(s: Source) -> None:
    assert s.party is not None
    assert s.party.code == "ICRC"
    assert s.published is None


@given(xst.quotes(offsets=True), xst.quotes(offsets=False))
def test_quotes_with_and_without_offsets(with_offsets: Quote, without: Quote) -> None:
    assert with_offsets.start is not None
    assert with_offsets.end is not None
    assert without.start is None
    assert without.end is None


@given(
    xst.transfers(
        parties=["UKR", "RUS"],
        categories=PersonCategory.REMAINS,
        counts=xst.counts(bounded=True, max_value=2_000),
        attributions=st.none(),
    )
)
def test_transfers_pinned(t: Transfer) -> None:
    assert {t.sender.code, t.receiver.code} == {"UKR", "RUS"}
    assert t.category is PersonCategory.REMAINS
    assert t.count.high is not None
    assert t.count.high <= 2_000
    assert t.attributed_to is None


REMAINS_2025 = xst.exchanges(
    kinds=ExchangeKind.REPATRIATION_OF_REMAINS,
    parties=["UKR", "RUS"],
    periods=xst.periods(min_date=date(2025, 1, 1), max_date=date(2025, 12, 31)),
    counts=xst.counts(bounded=True),
    max_transfers=2,
)


@given(REMAINS_2025)
def test_exchanges_pinned_to_remains_between_two_sides_in_2025(e: Exchange) -> None:
    check_exchange(e)
    assert e.kind is ExchangeKind.REPATRIATION_OF_REMAINS
    assert e.parties == {"UKR", "RUS"}
    assert e.period.start.year == e.period.end.year == 2025
    assert 1 <= len(e.transfers) <= 2
    for t in e.transfers:
        assert t.category is PersonCategory.REMAINS
        assert t.count.is_bounded
    for s in e.sources:
        assert s.published is None or s.published >= e.period.start


@given(
    xst.exchanges(
        intermediaries=st.just((DEFAULT_REGISTRY.lookup("ICRC"),)),
        sources=st.just(()),
        ids=st.sampled_from(["ex-a", "ex-b"]),
    )
)
def test_exchanges_with_pinned_intermediaries_sources_and_ids(e: Exchange) -> None:
    assert [p.code for p in e.intermediaries] == ["ICRC"]
    assert e.sources == ()
    assert e.id in {"ex-a", "ex-b"}


@given(
    xst.casualty_claims(
        subjects=["RUS"],
        categories=CasualtyCategory.KILLED,
        methods=[ClaimMethod.DOCUMENTED_MINIMUM],
        scopes=ClaimScope.CUMULATIVE,
        counts=xst.counts(bounded=False, min_value=135_001),
        min_date=date(2025, 1, 1),
        max_date=date(2025, 12, 31),
        precisions=[Precision.DAY, Precision.MONTH],
    )
)
def test_casualty_claims_pinned(c: CasualtyClaim) -> None:
    check_claim(c)
    assert c.subject.code == "RUS"
    assert c.category is CasualtyCategory.KILLED
    assert c.method is ClaimMethod.DOCUMENTED_MINIMUM
    assert c.scope is ClaimScope.CUMULATIVE
    assert c.count.low > 135_000
    for p in (c.as_of, c.covers):
        assert p.precision in {Precision.DAY, Precision.MONTH}
        assert date(2025, 1, 1) <= p.start <= p.end <= date(2025, 12, 31)


@given(
    xst.casualty_claims(
        claimants=xst.sources(
            published=True, min_date=date(2025, 2, 1), max_date=date(2025, 2, 28)
        ),
        min_date=date(2024, 1, 1),
    )
)
def test_casualty_claims_with_given_claimants_are_stated_by_publication(c: CasualtyClaim) -> None:
    check_claim(c)
    assert c.claimant.published is not None
    assert c.as_of.start <= c.claimant.published


@given(
    xst.exchange_tallies(
        parties=["UKR", "RUS"],
        with_sender=True,
        categories=PersonCategory.REMAINS,
        counts=xst.counts(bounded=True, max_value=20_000),
        exchange_counts=xst.counts(min_value=1, max_value=100),
        min_date=date(2022, 2, 24),
        max_date=date(2025, 12, 31),
        precisions=[Precision.MONTH, Precision.RANGE],
        ids=st.sampled_from(["t1", "t2"]),
    )
)
def test_exchange_tallies_pinned(t: ExchangeTally) -> None:
    check_tally(t)
    assert t.sender is not None
    assert {t.sender.code, t.receiver.code} == {"UKR", "RUS"}
    assert t.category is PersonCategory.REMAINS
    assert t.count.high is not None
    assert t.count.high <= 20_000
    assert t.exchange_count is not None
    assert t.exchange_count.low >= 1
    assert t.id in {"t1", "t2"}
    for p in (t.as_of, t.covers):
        assert p.precision in {Precision.MONTH, Precision.RANGE}
        assert date(2022, 2, 24) <= p.start <= p.end <= date(2025, 12, 31)


@given(
    xst.exchange_tallies(
        with_sender=False,
        exchange_counts=st.none(),
        claimants=xst.sources(
            published=True, min_date=date(2025, 2, 1), max_date=date(2025, 2, 28)
        ),
        min_date=date(2024, 1, 1),
    )
)
def test_exchange_tallies_with_given_claimants_and_no_sender(t: ExchangeTally) -> None:
    check_tally(t)
    assert (t.sender, t.exchange_count) == (None, None)
    assert t.claimant.published is not None
    assert t.as_of.start <= t.claimant.published


@given(xst.exchange_tallies(parties=["UKR", "RUS"], two_way=True))
def test_exchange_tallies_two_way_have_the_joint_receiver_and_no_sender(t: ExchangeTally) -> None:
    check_tally(t)
    assert (t.receiver.code, t.sender) == ("RUS+UKR", None)
    assert t.two_way


@given(xst.exchange_tallies(two_way=False))
def test_exchange_tallies_one_way_have_one_receiver(t: ExchangeTally) -> None:
    assert not t.two_way


def test_exchange_tallies_two_way_with_a_named_sender_is_refused() -> None:
    with pytest.raises(ValueError, match="two-way"):
        xst.exchange_tallies(two_way=True, with_sender=True)


@SLOW
@given(xst.datasets(max_exchanges=0, max_claims=1, max_tallies=0))
def test_datasets_without_tallies(d: Dataset) -> None:
    check_dataset(d)
    assert (d.exchanges, d.tallies) == ((), ())


@SLOW
@given(
    xst.datasets(
        tallies=xst.exchange_tallies(ids=st.sampled_from(["t1", "t2", "t3"])),
        max_exchanges=0,
        max_claims=0,
        max_tallies=2,
    )
)
def test_datasets_with_pinned_tallies(d: Dataset) -> None:
    check_dataset(d)
    assert len(d.tallies) <= 2
    assert {t.id for t in d.tallies} <= {"t1", "t2", "t3"}


@SLOW
@given(
    xst.datasets(
        exchanges=REMAINS_2025,
        claims=xst.casualty_claims(ids=st.sampled_from(["c1", "c2", "c3"])),
        max_exchanges=3,
        max_claims=3,
        provenance=st.just(("seed",)),
    )
)
def test_datasets_pinned(d: Dataset) -> None:
    check_dataset(d)
    assert len(d.exchanges) <= 3
    assert len(d.claims) <= 3
    assert {c.id for c in d.claims} <= {"c1", "c2", "c3"}
    assert d.provenance == ("seed",)


# -- diversity: every kind of value real data holds is drawn -------------------------


@pytest.mark.parametrize("qualifier", list(Qualifier))
def test_every_qualifier_is_drawn(qualifier: Qualifier) -> None:
    drawn(xst.counts(), lambda c: c.qualifier is qualifier)


@pytest.mark.parametrize("precision", list(Precision))
def test_every_precision_is_drawn(precision: Precision) -> None:
    drawn(xst.periods(), lambda p: p.precision is precision)


@pytest.mark.parametrize(
    ("strategy", "condition"),
    [
        pytest.param(xst.counts(), lambda c: c.high is None and c.low > 0, id="unbounded count"),
        pytest.param(xst.counts(), lambda c: c.best is not None and not c.is_exact, id="best"),
        pytest.param(xst.parties(), lambda p: len(p.members) == 3, id="three-way joint"),
        pytest.param(
            xst.parties(),
            lambda p: p not in DEFAULT_REGISTRY.parties and not p.name.isascii(),
            id="unregistered non-Latin name",
        ),
        pytest.param(
            xst.sources(),
            lambda s: s.party and s.url and s.published and not s.name.isascii(),
            id="source with every field",
        ),
        pytest.param(xst.quotes(), lambda q: q.start is not None and q.start > 0, id="offsets"),
        pytest.param(xst.quotes(), lambda q: "\n" in q.text, id="multi-line quote"),
        pytest.param(
            xst.quotes(),
            lambda q: any(unicodedata.category(ch) == "Mn" for ch in q.text),
            id="combining marks",
        ),
        pytest.param(xst.transfers(), lambda t: t.attributed_to is not None, id="attributed"),
        pytest.param(
            xst.exchanges(),
            lambda e: {t.sender.code for t in e.transfers} == e.parties,
            id="both directions",
        ),
        pytest.param(
            xst.exchanges(),
            lambda e: e.intermediaries and e.sources and e.notes and e.quotes,
            id="exchange with every optional field",
        ),
        pytest.param(
            xst.exchanges(),
            lambda e: e.transfers[0].count.high is None,
            id="unbounded transfer",
        ),
        pytest.param(xst.casualty_claims(), lambda c: c.is_adversarial, id="adversarial"),
        pytest.param(
            xst.casualty_claims(),
            lambda c: c.claimant.party is not None and not c.is_adversarial,
            id="own side",
        ),
        pytest.param(xst.casualty_claims(), lambda c: c.claimant.party is None, id="neutral"),
        pytest.param(
            xst.casualty_claims(),
            lambda c: len(c.subject.members) > 1,
            id="claim about both sides",
        ),
        pytest.param(
            xst.casualty_claims(),
            lambda c: c.caveats and c.relayed_by and c.quotes,
            id="claim with every optional field",
        ),
        pytest.param(
            xst.exchange_tallies(),
            lambda t: t.sender and t.exchange_count and t.relayed_by and t.quotes and t.notes,
            id="tally with every optional field",
        ),
        pytest.param(
            xst.exchange_tallies(),
            lambda t: t.count is not None and t.count.high is None,
            id="unbounded tally",
        ),
        pytest.param(
            xst.exchange_tallies(),
            lambda t: (
                t.claimant.party is not None
                and t.sender is not None
                and t.claimant.party.code == t.sender.code
            ),
            id="tally stated by the sender",
        ),
        pytest.param(
            xst.datasets(),
            lambda d: d.exchanges and d.claims and d.tallies and d.provenance,
            id="full dataset",
        ),
    ],
)
def test_diverse_values_are_drawn(
    strategy: st.SearchStrategy[Any], condition: Callable[[Any], Any]
) -> None:
    drawn(strategy, lambda value: bool(condition(value)))


# -- shrinking goes towards simple values ----------------------------------------------


def test_everything_shrinks_towards_simple_values() -> None:
    assert simplest(xst.counts()) == Count.exact(0)
    assert simplest(xst.counts(min_value=7)) == Count.exact(7)
    assert simplest(xst.periods()).precision is Precision.DAY
    assert simplest(xst.parties()) == DEFAULT_REGISTRY.lookup("UKR")
    assert simplest(xst.sources()).party is None
    assert simplest(xst.quotes()).start is None
    assert simplest(xst.datasets()) == Dataset()
    exchange = simplest(xst.exchanges())
    assert exchange.kind is ExchangeKind.REPATRIATION_OF_REMAINS
    assert exchange.period.precision is Precision.DAY
    assert [(t.sender.code, t.receiver.code) for t in exchange.transfers] == [("UKR", "RUS")]
    assert exchange.transfers[0].count == Count.exact(0)
    assert exchange.transfers[0].attributed_to is None
    optional = (exchange.intermediaries, exchange.sources, exchange.notes, exchange.quotes)
    assert optional == ((), (), (), ())
    tally = simplest(xst.exchange_tallies())
    assert (tally.sender, tally.exchange_count) == (None, None)
    assert (tally.relayed_by, tally.quotes, tally.notes) == ((), (), ())
    assert tally.count == Count.exact(0)
    assert tally.as_of.precision is Precision.DAY
    claim = simplest(xst.casualty_claims())
    assert (claim.caveats, claim.relayed_by, claim.quotes) == ((), (), ())
    assert claim.count == Count.exact(0)
    assert claim.claimant.party is None


def test_a_failing_exchange_shrinks_to_a_minimal_one() -> None:
    exchange = found(xst.exchanges(), lambda e: len(e.transfers) >= 2)
    assert len(exchange.transfers) == 2
    assert all(t.count == Count.exact(0) for t in exchange.transfers)
    assert exchange.sources == ()


def test_shrinks_a_failing_count_to_the_boundary() -> None:
    assert found(xst.counts(), lambda c: c.low >= 1_000) == Count.exact(1_000)


# -- nonsense arguments are rejected, naming the argument ------------------------------


@pytest.mark.parametrize(
    ("call", "error", "argument"),
    [
        (lambda: xst.counts(max_value=-1), ValueError, "max_value"),
        (lambda: xst.counts(min_value=5, max_value=4), ValueError, "min_value"),
        (lambda: xst.counts(max_value=st.integers()), TypeError, "max_value"),
        (lambda: xst.counts(max_value=2.5), TypeError, "max_value"),
        (lambda: xst.counts(bounded="yes"), TypeError, "bounded"),
        (lambda: xst.counts(qualifiers="exact"), TypeError, "qualifiers"),
        (lambda: xst.counts(qualifiers=[]), ValueError, "qualifiers"),
        (lambda: xst.counts(qualifiers=[Precision.DAY]), TypeError, "qualifiers"),
        (lambda: xst.counts(qualifiers=st.just(Qualifier.EXACT)), TypeError, "qualifiers"),
        (
            lambda: xst.counts(qualifiers=Qualifier.AT_LEAST, bounded=True),
            ValueError,
            "bounded=True",
        ),
        (lambda: xst.counts(qualifiers=Qualifier.EXACT, bounded=False), ValueError, "bounded"),
        (lambda: xst.counts(qualifiers=Qualifier.AT_MOST, min_value=1), ValueError, "min_value"),
        (lambda: xst.counts(qualifiers=Qualifier.MORE_THAN, max_value=0), ValueError, "max_value"),
        (lambda: xst.qualifiers(bounded=1), TypeError, "bounded"),
        (
            lambda: xst.periods(min_date=date(2025, 2, 1), max_date=date(2025, 1, 1)),
            ValueError,
            "min_date",
        ),
        (lambda: xst.periods(min_date="2025-01-01"), TypeError, "min_date"),
        (lambda: xst.periods(max_date=datetime(2025, 1, 1)), TypeError, "max_date"),
        (lambda: xst.periods(min_date=st.dates()), TypeError, "min_date"),
        (
            lambda: xst.periods(
                min_date=date(2025, 1, 2), max_date=date(2025, 12, 31), precisions=Precision.YEAR
            ),
            ValueError,
            "YEAR",
        ),
        (
            lambda: xst.periods(
                min_date=date(2025, 1, 1),
                max_date=date(2025, 1, 1),
                precisions=[Precision.DAY, Precision.RANGE],
            ),
            ValueError,
            "RANGE",
        ),
        (
            lambda: xst.dates(min_date=date(2030, 1, 1), max_date=date(2020, 1, 1)),
            ValueError,
            "max_date",
        ),
        (lambda: xst.parties(codes=["UKR", "Narnia"]), ValueError, "codes"),
        (lambda: xst.parties(codes=[]), ValueError, "codes"),
        (lambda: xst.parties(codes=[1]), TypeError, "codes"),
        (lambda: xst.parties(codes="UKR", joint=True), ValueError, "joint"),
        (lambda: xst.parties(registry=["UKR"]), TypeError, "registry"),
        (lambda: xst.parties(registry=PartyRegistry(), unregistered=False), ValueError, "registry"),
        (
            lambda: xst.parties(registry=PartyRegistry([Party("AAA", "Alpha")]), joint=True),
            ValueError,
            "joint",
        ),
        (lambda: xst.sources(kinds="media"), TypeError, "kinds"),
        (lambda: xst.sources(parties=42), TypeError, "parties"),
        (lambda: xst.sources(published="sometimes"), TypeError, "published"),
        (lambda: xst.quotes(offsets=0), TypeError, "offsets"),
        (lambda: xst.transfers(parties=["UKR"]), ValueError, "parties"),
        (lambda: xst.transfers(parties=["UKR", "UKR"]), ValueError, "parties"),
        (lambda: xst.transfers(counts=Count.exact(3)), TypeError, "counts"),
        (lambda: xst.transfers(attributions="Kyiv"), TypeError, "attributions"),
        (lambda: xst.exchanges(kinds=[PersonCategory.REMAINS]), TypeError, "kinds"),
        (lambda: xst.exchanges(periods=Period.month(2025, 7)), TypeError, "periods"),
        (lambda: xst.exchanges(max_transfers=0), ValueError, "max_transfers"),
        (lambda: xst.exchanges(intermediaries=["ICRC"]), TypeError, "intermediaries"),
        (lambda: xst.exchanges(ids="ex-1"), TypeError, "ids"),
        (lambda: xst.casualty_claims(subjects=["Atlantis"]), ValueError, "subjects"),
        (lambda: xst.casualty_claims(methods=ClaimScope.PERIOD), TypeError, "methods"),
        (lambda: xst.casualty_claims(claimants="Kyiv"), TypeError, "claimants"),
        (
            lambda: xst.casualty_claims(
                min_date=date(2025, 3, 1), max_date=date(2025, 3, 31), precisions=Precision.QUARTER
            ),
            ValueError,
            "QUARTER",
        ),
        (lambda: xst.exchange_tallies(parties=["UKR"]), ValueError, "parties"),
        (lambda: xst.exchange_tallies(with_sender="yes"), TypeError, "with_sender"),
        (lambda: xst.exchange_tallies(categories=CasualtyCategory.KILLED), TypeError, "categories"),
        (lambda: xst.exchange_tallies(counts=Count.exact(9)), TypeError, "counts"),
        (lambda: xst.exchange_tallies(exchange_counts=58), TypeError, "exchange_counts"),
        (lambda: xst.exchange_tallies(claimants=Source("Kyiv")), TypeError, "claimants"),
        (lambda: xst.exchange_tallies(ids="ta-1"), TypeError, "ids"),
        (lambda: xst.exchange_tallies(min_date="2022-02-24"), TypeError, "min_date"),
        (
            lambda: xst.exchange_tallies(
                min_date=date(2025, 3, 1), max_date=date(2025, 3, 31), precisions=Precision.YEAR
            ),
            ValueError,
            "YEAR",
        ),
        (lambda: xst.datasets(max_tallies=-1), ValueError, "max_tallies"),
        (lambda: xst.datasets(max_tallies=True), TypeError, "max_tallies"),
        (lambda: xst.datasets(tallies=[]), TypeError, "tallies"),
        (lambda: xst.datasets(max_claims=-1), ValueError, "max_claims"),
        (lambda: xst.datasets(exchanges=[]), TypeError, "exchanges"),
    ],
)
def test_nonsense_arguments_are_rejected_naming_the_argument(
    call: Callable[[], object], error: type[Exception], argument: str
) -> None:
    with pytest.raises(error, match=argument):
        call()


def test_a_strategy_where_a_value_belongs_says_so() -> None:
    with pytest.raises(TypeError, match="not a strategy"):
        xst.counts(max_value=st.integers())


def test_a_value_where_a_strategy_belongs_says_how_to_pin_it() -> None:
    with pytest.raises(TypeError, match=r"st\.just|strategies\.just"):
        xst.exchanges(counts=Count.exact(1_000))


def test_an_unknown_code_suggests_close_names() -> None:
    with pytest.raises(ValueError, match="did you mean") as info:
        xst.parties(codes="Ukrane")
    assert "ukraine" in str(info.value)


# -- registration with Hypothesis ------------------------------------------------------

RECORD_TYPES = [
    Count,
    Period,
    Party,
    Source,
    Quote,
    Transfer,
    Exchange,
    CasualtyClaim,
    ExchangeTally,
    Dataset,
]


@pytest.mark.parametrize("record_type", RECORD_TYPES, ids=lambda t: t.__name__)
@SLOW
@given(data=st.data())
def test_from_type_draws_valid_records(record_type: type[Any], data: st.DataObject) -> None:
    value = data.draw(st.from_type(record_type))
    assert type(value) is record_type
    assert rebuilt(value) == value


@given(st.from_type(Exchange))
def test_from_type_exchange_is_the_exchanges_strategy(e: Exchange) -> None:
    check_exchange(e)


@given(st.from_type(ExchangeTally))
def test_from_type_exchange_tally_is_the_exchange_tallies_strategy(t: ExchangeTally) -> None:
    check_tally(t)


@SLOW
@given(
    st.builds(
        Dataset, exchanges=st.lists(st.from_type(Exchange), max_size=2, unique_by=lambda e: e.id)
    )
)
def test_from_type_composes_with_builds(d: Dataset) -> None:
    check_dataset(d)


def run_python(code: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_importing_exchangekit_does_not_import_hypothesis() -> None:
    run_python("import sys, exchangekit; assert 'hypothesis' not in sys.modules, 'eager'")


def test_importing_hypothesis_registers_lazily() -> None:
    run_python(
        "import sys, hypothesis, hypothesis.strategies as st, exchangekit\n"
        "assert 'exchangekit.strategies' not in sys.modules, 'strategies imported eagerly'\n"
        "e = st.from_type(exchangekit.Exchange).example()\n"
        "assert isinstance(e, exchangekit.Exchange)\n"
        "assert 'exchangekit.strategies' in sys.modules\n"
    )


def test_exchange_tallies_draw_two_way_tallies_by_default() -> None:
    assert find(xst.exchange_tallies(), lambda t: t.two_way).sender is None
