"""Figures giving each of several exchanges its own size are swaps, not running totals."""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally


def read(text: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(transfers, tallies) read in ``text``, each as (receiver, category, count)."""
    items = list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 11, 20), publisher="Desk"
        )
    )
    transfers = {
        (t.receiver.code, t.category.value, str(t.count))
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    tallies = {
        (item.receiver.code if item.receiver else "", item.category.value, str(item.count))
        for item in items
        if isinstance(item, ExchangeTally)
    }
    return transfers, tallies


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=20, max_value=400), st.integers(min_value=20, max_value=400))
def test_figures_hung_on_plural_exchanges_by_of_are_each_swaps_size(a: int, b: int) -> None:
    """ "in exchanges of A and B captives apiece": two swaps, neither a tally."""
    text = (
        f"In March and April, in exchanges of {a} and {b} captives apiece, "
        "Ukraine and Russia brought home their soldiers."
    )
    transfers, tallies = read(text)
    assert tallies == set()
    assert {("UKR", "other", str(a)), ("UKR", "other", str(b))} <= transfers


def test_a_list_shared_out_by_respectively_is_one_swap_each() -> None:
    """ "released 70 and 85 captives each, respectively, in two swaps": no running total."""
    text = (
        "In October and November, the sides released 70 and 85 captives each, "
        "respectively, in two swaps."
    )
    transfers, tallies = read(text)
    assert tallies == set()
    assert ("RUS", "other", "85") in transfers


def test_three_months_three_figures_respectively() -> None:
    """Three months and three figures paired by "respectively" give three swaps."""
    text = (
        "In May, June and July, Kyiv and Moscow swapped 40, 60 and 80 prisoners "
        "of war each way, respectively."
    )
    transfers, tallies = read(text)
    assert tallies == set()
    assert ("UKR", "prisoners_of_war", "80") in transfers


def test_a_count_of_exchanges_still_makes_a_tally() -> None:
    """ "3,000 prisoners of war in 50 exchanges" since a date stays a running total."""
    _, tallies = read(
        "Since 2022, Ukraine has brought home 3,000 prisoners of war in 50 exchanges."
    )
    assert ("UKR", "prisoners_of_war", "3,000") in tallies
