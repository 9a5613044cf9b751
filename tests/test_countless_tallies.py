"""Tests of tallies that give only a number of exchanges ("the 58th exchange of the war")."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import exchangekit
from exchangekit import (
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    RecordValidationError,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit import strategies as xst
from exchangekit.reconcile import TallyVerdict, check_tallies

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
AUTUMN_DAY = date(2025, 11, 12)
OFFICE = Source("Ombudsman's office", SourceKind.GOVERNMENT, party=UKR)


def swap(day: date, figure: int) -> Exchange:
    return Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.day(day),
        transfers=[
            Transfer(RUS, UKR, PersonCategory.PRISONERS_OF_WAR, Count.exact(figure)),
            Transfer(UKR, RUS, PersonCategory.PRISONERS_OF_WAR, Count.exact(figure)),
        ],
    )


SWAPS = [swap(date(2025, month, 3), 90 + month) for month in (6, 8, 10)]


def ordinal(number: int, **fields: object) -> ExchangeTally:
    values: dict[str, object] = {
        "receiver": UKR,
        "sender": RUS,
        "category": PersonCategory.PRISONERS_OF_WAR,
        "exchange_count": Count.exact(number),
        "covers": Period.between(date(2025, 1, 1), AUTUMN_DAY),
        "as_of": Period.day(AUTUMN_DAY),
        "claimant": OFFICE,
    }
    return ExchangeTally(**{**values, **fields})  # type: ignore[arg-type]


def test_a_tally_may_give_only_its_number_of_exchanges() -> None:
    third = ordinal(3)
    assert third.count is None
    assert third.exchange_count == Count.exact(3)
    assert "no count" in repr(third)
    assert third.direction == "to UKR from RUS"


def test_a_tally_with_neither_a_count_nor_a_number_of_exchanges_is_refused() -> None:
    with pytest.raises(RecordValidationError, match="count of people or a number of exchanges"):
        ordinal(3, exchange_count=None)


def test_its_number_of_exchanges_not_its_people_is_checked() -> None:
    (matching,) = check_tallies([*SWAPS, ordinal(3)])
    assert matching.verdict is TallyVerdict.CONSISTENT
    assert "people" not in matching.finding.message
    assert "in 3 exchanges" in matching.finding.message
    (short,) = check_tallies([*SWAPS, ordinal(5)])
    assert short.verdict is TallyVerdict.MISSING
    assert short.gap == Count.exact(2)
    assert "the data lacks 2 exchanges" in short.finding.message
    (stale,) = check_tallies([*SWAPS, ordinal(2)])
    assert stale.verdict is TallyVerdict.EXCESS
    assert stale.gap == Count.exact(1)


def test_a_two_way_tally_of_exchanges_says_so_in_words() -> None:
    both = ordinal(3, receiver=Party.joint(RUS, UKR), sender=None)
    (check,) = check_tallies([*SWAPS, both])
    assert check.verdict is TallyVerdict.CONSISTENT
    assert "in both directions between RUS and UKR" in check.finding.message


@pytest.mark.parametrize("format", ["json", "jsonl", "csv"])
def test_the_builtin_formats_keep_a_tally_without_a_count(format: str) -> None:
    data = Dataset(exchanges=SWAPS, tallies=[ordinal(3)])
    stream = io.StringIO()
    exchangekit.export(data, stream, format=format)
    back = exchangekit.parse(io.StringIO(stream.getvalue()), format=format)
    assert back == data


@settings(max_examples=40, deadline=None)
@given(xst.exchange_tallies(counts=st.none()))
def test_drawn_tallies_without_a_count_always_give_their_number_of_exchanges(
    tally: ExchangeTally,
) -> None:
    assert tally.count is None
    assert tally.exchange_count is not None
