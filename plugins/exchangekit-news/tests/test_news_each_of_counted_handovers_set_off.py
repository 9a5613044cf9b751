"""A figure set off as "each" of counted handovers is refused: "three swaps, each involving 40".

"Three exchanges took place last month, each involving 40 prisoners": the figure is every
exchange's own size, not one swap and not the sum, and whether it counts one side's
people or both is not said. It used to be read as a tally of 40 each way, the size of
one exchange passed off as the total of three. A swap told as one event keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_news_each_involving_after_counted_exchanges(news: Callable[..., Any]) -> None:
    # the source after the figure, the month as a relative date
    result = news(
        "Three exchanges took place last month, each involving 40 prisoners, officials in "
        "Kyiv said."
    )
    assert not result.exchanges
    assert not result.tallies


def test_news_each_of_them_between_dashes(news: Callable[..., Any]) -> None:
    result = news(
        "Two handovers followed in the autumn – each of them with 45 soldiers, according to "
        "the ombudsman – and more are planned."
    )
    assert all(c.best != 45 for c in result.moved_counts())
    assert not result.tallies


def test_news_each_one_after_counted_swaps(news: Callable[..., Any]) -> None:
    # "each one" as "each of them": the counted swaps' own sizes, told after the teller
    result = news(
        "Over the summer, Qatari mediators said, four swaps were carried out, each one "
        "with 52 captives, and talks on a fifth have begun."
    )
    assert all(c.best != 52 for c in result.moved_counts())
    assert not result.tallies


def test_news_one_swap_sized_on_each_side_is_still_read(news: Callable[..., Any]) -> None:
    # near miss: "a third exchange" is one event, and "each side" sizes it per side
    result = news(
        "A third exchange this spring took place on Tuesday, each side freeing 40 prisoners, "
        "the ombudsman's office said."
    )
    assert {(s, r, n.best) for s, r, n in result.ways()} == {("RUS", "UKR", 40), ("UKR", "RUS", 40)}
