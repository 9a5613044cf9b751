"""Short, readable ``repr()``s: what Hypothesis prints when a downstream property fails."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Quote,
    Source,
    SourceKind,
    Transfer,
    strategies,
)
from exchangekit._display import shorten

UKR, RUS, ICRC = Party.lookup("UKR"), Party.lookup("RUS"), Party.lookup("ICRC")


def test_party_repr_is_its_code_alone() -> None:
    assert repr(Party.lookup("Kyiv")) == "Party('UKR')"
    assert repr(Party.joint(RUS, UKR)) == "Party('RUS+UKR')"


@given(strategies.parties())
def test_any_party_repr_names_its_code_and_not_its_aliases(party: Party) -> None:
    assert repr(party) == f"Party({party.code!r})"


def test_source_repr_leaves_out_what_is_not_known() -> None:
    assert repr(Source("Wire")) == "Source('Wire')"
    full = Source(
        "Ministry",
        kind=SourceKind.GOVERNMENT,
        party=UKR,
        url="https://example.org/a",
        published=date(2025, 10, 23),
    )
    assert repr(full) == (
        "Source('Ministry', kind='government', party='UKR', "
        "url='https://example.org/a', published='2025-10-23')"
    )


def test_quote_repr_cuts_long_text_at_a_word() -> None:
    quote = Quote("Russia handed over " + "many " * 30 + "bodies.", 10, 180)
    text = repr(quote)
    assert text.startswith("Quote('Russia handed over many")
    assert "many…'" in text
    assert text.endswith(", 10..180)")


def _thursday() -> Exchange:
    moscow = Source("Russian authorities", kind=SourceKind.GOVERNMENT, party=RUS)
    return Exchange(
        id="handover-2025-10-23",
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(date(2025, 10, 23)),
        transfers=[
            Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000), attributed_to=moscow),
            Transfer(UKR, RUS, PersonCategory.REMAINS, Count.exact(31)),
        ],
        intermediaries=[ICRC],
        sources=[moscow, Source("A very long source name " * 10)],
        notes=["A note. " * 100],
    )


def test_exchange_repr_says_what_happened_in_one_short_line() -> None:
    assert repr(_thursday()) == (
        "Exchange(id='handover-2025-10-23', repatriation_of_remains 2025-10-23, "
        "RUS → UKR remains: 1,000 according to 'Russian authorities'; "
        "UKR → RUS remains: 31, via ICRC, 2 sources, 1 note)"
    )


@given(strategies.exchanges())
def test_exchange_repr_is_short_and_names_id_kind_and_every_transfer(exchange: Exchange) -> None:
    text = repr(exchange)
    assert "\n" not in text
    assert text.startswith(f"Exchange(id={exchange.id!r}, {exchange.kind.value} ")
    for transfer in exchange.transfers:
        assert f"{transfer.sender.code} → {transfer.receiver.code}" in text
    if len(exchange.transfers) <= 2:
        assert len(text) < 400 + len(exchange.id), text


def test_transfer_repr() -> None:
    transfer = Transfer(UKR, RUS, PersonCategory.PRISONERS_OF_WAR, Count.approx(390))
    assert repr(transfer) == "Transfer(UKR → RUS prisoners_of_war: around 390 [351, 429])"


def test_claim_repr() -> None:
    claim = CasualtyClaim(
        id="c1",
        subject=UKR,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(46_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 2, 28)),
        as_of=Period.month(2025, 2),
        claimant=Source("President"),
    )
    assert repr(claim) == (
        "CasualtyClaim(id='c1', UKR killed: more than 46,000, as of 2025-02, "
        "covering 2022-02-24/2025-02-28, by 'President', official_statement, cumulative)"
    )


@given(strategies.casualty_claims())
def test_claim_repr_is_one_short_line(claim: CasualtyClaim) -> None:
    text = repr(claim)
    assert "\n" not in text
    assert len(text) < 300 + len(claim.id) + len(claim.subject.code), text


@given(strategies.datasets())
def test_dataset_repr_counts_each_kind_of_record(dataset: Dataset) -> None:
    text = repr(dataset)
    assert f"{len(dataset.exchanges)} exchange" in text
    assert f"{len(dataset.claims)} claim" in text
    assert f"{len(dataset.provenance)} provenance entr" in text
    if dataset.tallies:
        assert f"{len(dataset.tallies)} tall" in text
    else:
        assert "tall" not in text.split(" claim")[1].split("provenance")[0]


def test_dataset_repr_uses_singular_and_plural() -> None:
    one = Dataset(exchanges=[_thursday()], provenance=["a", "b"])
    assert repr(one) == "Dataset(1 exchange, 0 claims, 2 provenance entries)"


@given(st.text(), st.integers(min_value=2, max_value=80))
def test_shorten_fits_and_never_cuts_a_word_it_could_keep_whole(text: str, width: int) -> None:
    short = shorten(text, width)
    flat = " ".join(text.split())
    assert len(short) <= width
    if short == flat:
        return
    assert short.endswith("…")
    kept = short[:-1]
    assert flat.startswith(kept)
    if " " in flat[1:width]:  # a whole word fits: the cut falls between words
        assert flat[len(kept)] in " ,;:"


def test_a_tally_repr_is_one_short_line() -> None:
    from datetime import date

    from exchangekit import Count, ExchangeTally, Party, Period, PersonCategory, Source

    tally = ExchangeTally(
        receiver=Party.lookup("Kyiv"),
        sender=Party.lookup("Moscow"),
        category=PersonCategory.REMAINS,
        count=Count.parse("some 9,000"),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=Period.day(date(2025, 10, 23)),
        claimant=Source("Coordination Headquarters " * 5),
        exchange_count=Count.exact(58),
        notes=["a note " * 40],
    )
    text = repr(tally)
    assert text.startswith(f"ExchangeTally(id={tally.id!r}, RUS → UKR remains: around 9,000")
    assert "in 58 exchanges" in text
    assert len(text) < 300
    assert "\n" not in text
