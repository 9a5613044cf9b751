"""A figure set off as "each" of handovers neither counted nor dated one by one is refused.

"Several swaps took place in the spring, each involving about 60 prisoners": the
figure is every swap's own size, and the swaps are neither counted nor given a date
each, so it is no one swap's size, no total, and no figure per side. No record is
read. Handovers given a date each, or a swap of its own sized "involving N", keep
their readings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_each_involving_after_several_exchanges(news: Callable[..., Any]) -> None:
    result = news("In the spring several exchanges took place, each involving about 60 prisoners.")
    assert not result.exchanges
    assert not result.tallies


def test_news_each_of_them_with_after_a_number_of_swaps(news: Callable[..., Any]) -> None:
    result = news("Over the winter a number of swaps were held, each of them with 45 soldiers.")
    assert not result.exchanges
    assert not result.tallies


def test_news_each_involving_after_a_dash(news: Callable[..., Any]) -> None:
    """A side that sent bodies in several handovers gets no figure per handover back."""
    result = news(
        "Russia handed over bodies in several handovers in March - each involving some 500 remains."
    )
    assert not result.exchanges
    assert not result.tallies


def test_news_each_involving_vague_size(news: Callable[..., Any]) -> None:
    result = news(
        "Last autumn several exchanges happened within weeks, each involving dozens of people."
    )
    assert not result.exchanges
    assert not result.tallies


def test_news_one_swap_involving_a_figure_keeps_it(recap: Callable[[str], Any]) -> None:
    found = recap("On 3 May a swap took place, involving 60 prisoners from each side.")
    assert found == {
        ("2025-05-03", "RUS", "UKR", "prisoners_of_war", "60"),
        ("2025-05-03", "UKR", "RUS", "prisoners_of_war", "60"),
    }


def test_news_another_figure_before_the_uncounted_handovers_is_kept(
    recap: Callable[[str], Any],
) -> None:
    found = recap(
        "Ukraine received 1,000 bodies on 4 March in one of several handovers, "
        "each involving hundreds of remains."
    )
    assert found == {("2025-03-04", "RUS", "UKR", "remains", "1,000")}


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=5000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_each_of_uncounted_handovers_any_figure(news: Callable[..., Any], n: int) -> None:
    result = news(f"In the summer several swaps took place, each involving {n:,} prisoners.")
    assert not result.exchanges
    assert not result.tallies
