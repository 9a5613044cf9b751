"""Tests of the records: validation naming the field, stable ids, merging, adversarial claims."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

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
    Period,
    PersonCategory,
    Precision,
    Quote,
    RecordValidationError,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit import strategies as xst
from exchangekit.models import _canonical

UKR = DEFAULT_REGISTRY.lookup("Kyiv")
RUS = DEFAULT_REGISTRY.lookup("Moscow")
ICRC = DEFAULT_REGISTRY.lookup("Red Cross")
THURSDAY = date(2025, 10, 23)

HEADQUARTERS = Source(
    "Coordination Headquarters for the Treatment of Prisoners of War",
    SourceKind.GOVERNMENT,
    party=UKR,
    published=THURSDAY,
)
DEFENCE_MINISTRY = Source("Russian Ministry of Defence", SourceKind.MILITARY, party=RUS)
OPEN_COUNT = Source("BBC News Russian and Mediazona", SourceKind.MEDIA, published=date(2025, 10, 1))
PRESIDENT = Source(
    "President of Ukraine", SourceKind.GOVERNMENT, party=UKR, published=date(2025, 2, 16)
)
WAR_SO_FAR = Period.between(date(2022, 2, 24), date(2025, 2, 16))
SLOW = settings(
    max_examples=30, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def handover() -> Exchange:
    """The 23 October 2025 repatriation: 1,000 bodies to Ukraine, 31 to Russia, ICRC assisting."""
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(THURSDAY),
        transfers=[
            Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1_000), DEFENCE_MINISTRY),
            Transfer(UKR, RUS, PersonCategory.REMAINS, Count.exact(31)),
        ],
        intermediaries=[ICRC],
        sources=[HEADQUARTERS],
    )


def killed_floor() -> CasualtyClaim:
    """More than 135,000 Russian soldiers confirmed killed by name: a documented minimum."""
    return CasualtyClaim(
        subject=RUS,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(135_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 1)),
        as_of=Period.day(date(2025, 10, 1)),
        claimant=OPEN_COUNT,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
        caveats=["the authors say the true toll is likely far higher"],
    )


def without_id(record: Any) -> dict[str, Any]:
    """Every constructor argument of ``record`` except its id."""
    return {f.name: getattr(record, f.name) for f in attrs.fields(type(record)) if f.name != "id"}


# -- validation names the record and field ------------------------------------------


def raises_on(record: str, field: str) -> Any:
    return pytest.raises(RecordValidationError, match=rf"^{record}\.{field}: ")


def test_a_negative_count_is_rejected() -> None:
    with raises_on("Count", "low") as info:
        Count(-1, 10)
    assert "negative" in str(info.value)
    assert (info.value.record, info.value.field) == ("Count", "low")


def test_a_count_whose_bounds_are_reversed_is_rejected() -> None:
    with raises_on("Count", "high"):
        Count(10, 5)


def test_a_best_figure_outside_the_bounds_is_rejected() -> None:
    with raises_on("Count", "best"):
        Count(900, 1_100, 1_200)


def test_a_transfer_to_its_own_sender_is_rejected() -> None:
    with raises_on("Transfer", "receiver") as info:
        Transfer(
            UKR, DEFAULT_REGISTRY.lookup("Ukrainian side"), PersonCategory.REMAINS, Count.exact(5)
        )
    assert "UKR" in str(info.value)


def test_an_exchange_without_transfers_is_rejected() -> None:
    with raises_on("Exchange", "transfers"):
        Exchange(kind=ExchangeKind.PRISONER_SWAP, period=Period.month(2025, 8), transfers=[])


def test_an_exchange_with_a_blank_id_is_rejected() -> None:
    with raises_on("Exchange", "id"):
        attrs.evolve(handover(), id="  ")


def test_a_claim_dated_after_its_claimant_published_is_rejected() -> None:
    with raises_on("CasualtyClaim", "as_of") as info:
        CasualtyClaim(
            subject=UKR,
            category=CasualtyCategory.KILLED,
            count=Count.more_than(46_000),
            covers=WAR_SO_FAR,
            as_of=Period.month(2025, 3),
            claimant=PRESIDENT,
        )
    assert "2025-02-16" in str(info.value)
    assert "President of Ukraine" in str(info.value)


def test_a_claim_stated_in_the_month_it_was_published_is_accepted() -> None:
    claim = CasualtyClaim(
        subject=UKR,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(46_000),
        covers=WAR_SO_FAR,
        as_of=Period.month(2025, 2),
        claimant=PRESIDENT,
    )
    assert claim.as_of.end > date(2025, 2, 16)


def test_losses_covering_a_span_after_the_claim_are_rejected() -> None:
    with raises_on("CasualtyClaim", "covers"):
        CasualtyClaim(
            subject=UKR,
            category=CasualtyCategory.MISSING,
            count=Count.order_of_magnitude(20_000, 99_999),
            covers=Period.month(2025, 3),
            as_of=Period.day(date(2025, 2, 16)),
            claimant=PRESIDENT,
        )


def test_a_period_ending_before_it_starts_is_rejected() -> None:
    with raises_on("Period", "end"):
        Period(date(2025, 10, 23), date(2025, 10, 1), Precision.RANGE)


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        (date(2025, 10, 23), date(2025, 10, 24), Precision.DAY),
        (date(2025, 10, 21), date(2025, 10, 27), Precision.WEEK),  # a Tuesday to a Monday
        (date(2025, 7, 2), date(2025, 7, 31), Precision.MONTH),
        (date(2025, 2, 1), date(2025, 4, 30), Precision.QUARTER),
        (date(2025, 1, 1), date(2025, 12, 30), Precision.YEAR),
    ],
)
def test_a_precision_inconsistent_with_the_span_is_rejected(
    start: date, end: date, precision: Precision
) -> None:
    with raises_on("Period", "precision") as info:
        Period(start, end, precision)
    assert "Precision.RANGE" in str(info.value)


def test_a_source_needs_a_name() -> None:
    with raises_on("Source", "name"):
        Source("  ")


def test_a_quote_needs_both_offsets_in_order() -> None:
    with raises_on("Quote", "end"):
        Quote("around 1,000", start=5)
    with raises_on("Quote", "start"):
        Quote("around 1,000", start=20, end=8)
    with raises_on("Quote", "start"):
        Quote("around 1,000", start=-1, end=11)
    assert Quote("around 1,000", 0, 12).end == 12


# -- the running example -------------------------------------------------------------


def test_the_october_handover_keeps_who_said_what() -> None:
    exchange = handover()
    assert exchange.parties == {"UKR", "RUS"}
    to_ukraine, to_russia = exchange.transfers
    assert to_ukraine.direction == ("RUS", "UKR", PersonCategory.REMAINS)
    assert to_ukraine.attributed_to == DEFENCE_MINISTRY
    assert to_russia.attributed_to is None
    assert sum(t.count for t in exchange.transfers) == Count.exact(1_031)
    assert [p.code for p in exchange.intermediaries] == ["ICRC"]


def test_sequences_are_stored_as_tuples_and_a_lone_note_is_one_note() -> None:
    exchange = attrs.evolve(handover(), notes="identification pending")
    assert exchange.notes == ("identification pending",)
    assert isinstance(exchange.transfers, tuple)
    assert isinstance(exchange.intermediaries, tuple)


# -- stable ids -------------------------------------------------------------------------


def test_the_same_record_built_twice_has_the_same_id() -> None:
    assert handover().id == handover().id
    assert handover() == handover()
    assert killed_floor().id == killed_floor().id
    assert handover().id.startswith("ex-")
    assert killed_floor().id.startswith("cl-")


def test_an_id_does_not_depend_on_the_process() -> None:
    # A digest of the content, not of hash(): the same in every run of Python.
    assert handover().id == attrs.evolve(handover(), id=handover().id).id
    assert len(handover().id) == len("ex-") + 16


def test_ids_differ_when_content_differs() -> None:
    base = handover()
    changed = [
        Exchange(**{**without_id(base), "period": Period.month(2025, 10)}),
        Exchange(**{**without_id(base), "notes": ("ICRC assisted",)}),
        Exchange(**{**without_id(base), "intermediaries": ()}),
        Exchange(**{**without_id(base), "transfers": base.transfers[:1]}),
    ]
    assert len({base.id, *(e.id for e in changed)}) == 1 + len(changed)


def test_an_explicit_id_is_kept() -> None:
    assert attrs.evolve(handover(), id="ex-2025-10-23").id == "ex-2025-10-23"


@given(xst.exchanges())
def test_rebuilding_a_drawn_exchange_without_its_id_gives_the_same_id(exchange: Exchange) -> None:
    assert Exchange(**without_id(exchange)).id == exchange.id


@given(xst.casualty_claims())
def test_rebuilding_a_drawn_claim_without_its_id_gives_the_same_id(claim: CasualtyClaim) -> None:
    assert CasualtyClaim(**without_id(claim)).id == claim.id


# Ids digest the content with parties by code alone, so two records that differ
# only in a party's display name or aliases share an id by design.
@given(xst.exchanges(), xst.exchanges())
def test_drawn_exchanges_share_an_id_only_when_equal(a: Exchange, b: Exchange) -> None:
    if a == b:
        assert a.id == b.id
    assert (a.id == b.id) == (_canonical(a) == _canonical(b))


@given(xst.casualty_claims(), xst.casualty_claims())
def test_drawn_claims_share_an_id_only_when_equal(a: CasualtyClaim, b: CasualtyClaim) -> None:
    if a == b:
        assert a.id == b.id
    assert (a.id == b.id) == (_canonical(a) == _canonical(b))


# -- equality, hashing and attrs.evolve ------------------------------------------------

RECORDS = [
    ("count", xst.counts()),
    ("period", xst.periods()),
    ("source", xst.sources()),
    ("quote", xst.quotes()),
    ("transfer", xst.transfers()),
    ("exchange", xst.exchanges()),
    ("claim", xst.casualty_claims()),
]


@pytest.mark.parametrize("strategy", [s for _, s in RECORDS], ids=[n for n, _ in RECORDS])
@given(data=st.data())
def test_equal_records_hash_equal_and_survive_evolve(
    strategy: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    a = data.draw(strategy)
    b = data.draw(strategy)
    copy = attrs.evolve(a)
    assert copy == a
    assert hash(copy) == hash(a)
    if a == b:
        assert hash(a) == hash(b)
    assert len({a, copy}) == 1


@given(xst.exchanges(), st.text(min_size=1))
def test_evolve_keeps_the_id_it_is_given(exchange: Exchange, note: str) -> None:
    # attrs.evolve passes the old id on, so an edited record keeps its identity;
    # building it afresh derives a new id from the new content.
    edited = attrs.evolve(exchange, notes=(*exchange.notes, note))
    assert edited.id == exchange.id
    assert Exchange(**without_id(edited)).id != exchange.id


@SLOW
@given(xst.datasets())
def test_a_dataset_survives_evolve(dataset: Dataset) -> None:
    assert attrs.evolve(dataset) == dataset
    assert hash(attrs.evolve(dataset)) == hash(dataset)


# -- datasets and merging ---------------------------------------------------------------


def test_merge_keeps_each_record_once_and_in_order() -> None:
    first = Dataset(exchanges=[handover()], provenance=["seed report"])
    second = Dataset(exchanges=[handover()], claims=[killed_floor()], provenance=["open count"])
    merged = first.merge(second, first)
    assert merged.exchanges == (handover(),)
    assert merged.claims == (killed_floor(),)
    assert merged.provenance == ("seed report", "open count")
    assert len(merged) == 2
    assert first + second == merged


def test_a_record_given_twice_is_kept_once() -> None:
    dataset = Dataset(exchanges=[handover(), handover()], claims=[killed_floor()] * 3)
    assert len(dataset) == 2


def test_merge_raises_on_one_id_for_different_content() -> None:
    july = attrs.evolve(handover(), period=Period.month(2025, 7), id="ex-1")
    august = attrs.evolve(handover(), period=Period.month(2025, 8), id="ex-1")
    with pytest.raises(RecordValidationError, match="ex-1") as info:
        Dataset(exchanges=[july]).merge(Dataset(exchanges=[august]))
    assert info.value.record == "Dataset"
    assert info.value.field.startswith("exchanges[")


def test_a_dataset_with_one_id_for_different_claims_is_rejected() -> None:
    floor = attrs.evolve(killed_floor(), id="cl-1")
    other = attrs.evolve(killed_floor(), count=Count.more_than(100_000), id="cl-1")
    with raises_on("Dataset", r"claims\[1\]\.id"):
        Dataset(claims=[floor, other])


@SLOW
@given(xst.datasets(), xst.datasets())
def test_merge_is_a_union_without_repeats(a: Dataset, b: Dataset) -> None:
    merged = a.merge(b)
    assert set(merged.exchanges) == set(a.exchanges) | set(b.exchanges)
    assert set(merged.claims) == set(a.claims) | set(b.claims)
    assert len({e.id for e in merged.exchanges}) == len(merged.exchanges)
    assert merged.merge(a, b) == merged
    assert a.merge(a) == a


@SLOW
@given(xst.datasets(), st.randoms(use_true_random=False))
def test_gather_sorts_a_shuffled_stream_into_the_same_dataset(
    dataset: Dataset, random: Any
) -> None:
    records = list(dataset.records)
    random.shuffle(records)
    gathered = Dataset.gather(records, dataset.provenance)
    assert set(gathered.records) == set(records)
    assert len(gathered) == len(dataset)
    assert gathered.provenance == dataset.provenance
    assert gathered.exchanges == tuple(r for r in records if isinstance(r, Exchange))
    assert gathered.tallies == tuple(r for r in records if isinstance(r, ExchangeTally))


def test_gather_refuses_what_is_not_a_record() -> None:
    with pytest.raises(TypeError, match="cannot write str; expected a record"):
        Dataset.gather([handover(), "a row"])
    with pytest.raises(ValueError, match="no int here"):
        Dataset.gather([1], refuse=lambda item: ValueError(f"no {type(item).__name__} here"))


def test_gather_hands_a_refused_set_to_invalid() -> None:
    july = attrs.evolve(handover(), period=Period.month(2025, 7), id="ex-1")
    august = attrs.evolve(handover(), period=Period.month(2025, 8), id="ex-1")
    with pytest.raises(RecordValidationError, match="ex-1"):
        Dataset.gather([july, august])
    with pytest.raises(LookupError, match="ex-1") as info:
        Dataset.gather([july, august], invalid=lambda exc: LookupError(str(exc)))
    assert isinstance(info.value.__cause__, RecordValidationError)


# -- whose claim is it? --------------------------------------------------------------------


def test_a_claim_about_the_enemy_is_adversarial() -> None:
    kyiv_on_russia = attrs.evolve(
        killed_floor(), claimant=attrs.evolve(HEADQUARTERS, published=date(2025, 10, 1))
    )
    assert kyiv_on_russia.is_adversarial


def test_a_claim_about_ones_own_side_is_not() -> None:
    own = CasualtyClaim(
        subject=UKR,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(46_000),
        covers=WAR_SO_FAR,
        as_of=Period.day(date(2025, 2, 16)),
        claimant=PRESIDENT,
        scope=ClaimScope.CUMULATIVE,
    )
    assert not own.is_adversarial


def test_a_claimant_speaking_for_nobody_is_not_adversarial() -> None:
    assert killed_floor().claimant.party is None
    assert not killed_floor().is_adversarial


def test_a_claim_about_both_sides_is_not_adversarial_for_either() -> None:
    both = attrs.evolve(
        killed_floor(),
        subject=Party.joint(UKR, RUS),
        claimant=attrs.evolve(DEFENCE_MINISTRY, published=date(2025, 10, 1)),
    )
    assert not both.is_adversarial


@given(xst.casualty_claims())
def test_adversarial_means_the_claimant_speaks_for_another_party(claim: CasualtyClaim) -> None:
    party = claim.claimant.party
    expected = party is not None and not set(party.members) & set(claim.subject.members)
    assert claim.is_adversarial is expected


def test_ids_do_not_depend_on_party_names_or_aliases() -> None:
    """A party gaining an alias or a new display name must not change stored ids."""

    def handover(receiver: Party) -> Exchange:
        return Exchange(
            kind=ExchangeKind.REPATRIATION_OF_REMAINS,
            period=Period.day(date(2025, 10, 23)),
            transfers=[
                Transfer(Party.lookup("RUS"), receiver, PersonCategory.REMAINS, Count.exact(1000))
            ],
        )

    ukraine = Party.lookup("UKR")
    renamed = attrs.evolve(ukraine, name="Ukraine (renamed)", aliases=(*ukraine.aliases, "UA"))
    assert handover(renamed).id == handover(ukraine).id
    assert handover(Party.lookup("TUR")).id != handover(ukraine).id


# -- stated tallies ---------------------------------------------------------------------------


def tally(**fields: Any) -> ExchangeTally:
    """Ukraine's headquarters saying some 4,000 bodies came home from July to October 2025."""
    values: dict[str, Any] = {
        "receiver": UKR,
        "sender": RUS,
        "category": PersonCategory.REMAINS,
        "count": Count.parse("some 4,000"),
        "covers": Period.between(date(2025, 7, 1), THURSDAY),
        "as_of": Period.day(THURSDAY),
        "claimant": HEADQUARTERS,
        "exchange_count": Count.exact(4),
    }
    values.update(fields)
    return ExchangeTally(**values)


def test_a_tally_keeps_what_was_stated_and_has_a_stable_id() -> None:
    stated = tally(quotes=[Quote("some 4,000 bodies have come home since July")])
    assert stated.count == Count.approx(4000)
    assert stated.id.startswith("ta-")
    assert stated.id == tally(quotes=[Quote("some 4,000 bodies have come home since July")]).id
    assert stated.id != tally().id
    assert tally(id="hq-tally").id == "hq-tally"
    assert attrs.evolve(stated, notes=["checked"]).notes == ("checked",)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"sender": UKR}, "receiver", "sender and receiver are both UKR"),
        ({"id": " "}, "id", "must not be empty"),
        (
            {"as_of": Period.day(date(2025, 11, 1))},
            "as_of",
            "published on 2025-10-23",
        ),
        (
            {"covers": Period.month(2025, 11), "claimant": DEFENCE_MINISTRY},
            "covers",
            "handovers from 2025-11 cannot be stated as of 2025-10-23",
        ),
    ],
)
def test_a_tally_that_cannot_be_true_names_its_field(
    fields: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(RecordValidationError) as error:
        tally(**fields)
    assert error.value.record == "ExchangeTally"
    assert error.value.field == field
    assert message in error.value.message


def test_a_dataset_holds_tallies_once_and_merges_them() -> None:
    first, second = tally(), tally(count=Count.more_than(3000))
    data = Dataset(exchanges=[handover()], tallies=[first, first])
    assert data.tallies == (first,)
    assert len(data) == 2
    merged = data.merge(Dataset(tallies=[second, first]))
    assert merged.tallies == (first, second)
    assert merged.records == (handover(), first, second)
    with pytest.raises(RecordValidationError, match=r"tallies\[1\]\.id"):
        Dataset(tallies=[first, attrs.evolve(second, id=first.id)])
