"""Round trips through ``hxl`` lose nothing of what the mapping keeps, for any dataset."""

from __future__ import annotations

import io

import attrs
from exchangekit_hxl import HxlExporter, HxlParser, kept
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY, Dataset, ExchangeTally, Source, strategies
from exchangekit.api import export, parse
from exchangekit.testing import check_exporter, check_round_trip

REGISTERED = [party.code for party in DEFAULT_REGISTRY]


def _speaking_for_registered(source: Source | None) -> Source | None:
    """The source, speaking for nobody when it speaks for a party HXL could not name by code."""
    if (
        source is None
        or source.party is None
        or DEFAULT_REGISTRY.get(source.party.code) == source.party
    ):
        return source
    return attrs.evolve(source, party=None)


def _registered(dataset: Dataset) -> Dataset:
    """``dataset`` with every source speaking for a registered party or for nobody."""
    exchanges = [
        attrs.evolve(
            exchange,
            transfers=[
                attrs.evolve(t, attributed_to=_speaking_for_registered(t.attributed_to))
                for t in exchange.transfers
            ],
        )
        for exchange in dataset.exchanges
    ]
    claims = [
        attrs.evolve(c, claimant=_speaking_for_registered(c.claimant)) for c in dataset.claims
    ]
    tallies = [
        attrs.evolve(t, claimant=_speaking_for_registered(t.claimant)) for t in dataset.tallies
    ]
    return Dataset(
        exchanges=exchanges, claims=claims, tallies=tallies, provenance=dataset.provenance
    )


REGISTERED_DATASETS = strategies.datasets(
    exchanges=strategies.exchanges(parties=REGISTERED),
    claims=strategies.casualty_claims(subjects=REGISTERED),
    tallies=strategies.exchange_tallies(parties=REGISTERED),
).map(_registered)
"""Any dataset whose parties, and the parties its sources speak for, the registry defines."""

KEPT = REGISTERED_DATASETS.map(kept)
"""Datasets narrowed to what the HXL mapping keeps."""


def _round_trip(dataset: Dataset) -> Dataset:
    stream = io.StringIO()
    export(dataset, stream, format="hxl")
    stream.seek(0)
    return parse(stream, format="hxl")


@given(KEPT)
def test_what_the_mapping_keeps_survives_a_round_trip_exactly(dataset: Dataset) -> None:
    assert _round_trip(dataset) == dataset


@given(REGISTERED_DATASETS)
def test_any_dataset_reads_back_as_what_the_mapping_keeps_of_it(dataset: Dataset) -> None:
    assert _round_trip(dataset) == kept(dataset)


@given(REGISTERED_DATASETS)
def test_kept_is_a_projection(dataset: Dataset) -> None:
    once = kept(dataset)
    assert kept(once) == once
    # a tally that gives only its number of exchanges has no HXL row
    with_rows = [
        r.id for r in dataset.records if not (isinstance(r, ExchangeTally) and r.count is None)
    ]
    assert [r.id for r in once.records] == with_rows


def test_the_conformance_kit_round_trip_passes() -> None:
    check_round_trip(HxlExporter, HxlParser, datasets=KEPT, max_examples=50)


def test_the_exporter_conforms() -> None:
    check_exporter(HxlExporter, datasets=REGISTERED_DATASETS, max_examples=50)


@given(st.just(Dataset()))
def test_an_empty_dataset_is_a_header_and_a_hashtag_row(dataset: Dataset) -> None:
    stream = io.StringIO()
    export(dataset, stream, format="hxl")
    assert len(stream.getvalue().splitlines()) == 2
    stream.seek(0)
    assert parse(stream, format="hxl") == dataset
