"""People moved "in a series of transfers": the sum of several handovers, not one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def test_news_bodies_handed_over_in_a_series_of_transfers_are_a_total(news: News) -> None:
    result = news("In August, Moscow returned 2,400 bodies in a series of handovers.")
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.count == Count.exact(2400)


def test_news_passive_with_a_vague_figure_in_a_string_of_stages(news: News) -> None:
    # a harder form: passive, a vague figure, the series named by another noun
    result = news(
        "Over the summer several thousand bodies were repatriated to Ukraine in a string of "
        "stages lasting more than a week, officials said."
    )
    assert result.exchanges == []
    assert len(result.tallies) == 1


def test_news_one_swap_ranked_in_a_series_stays_one_exchange(news: News) -> None:
    # near miss: "the latest in a series of swaps" ranks one exchange, it sums nothing
    for text in (
        "On Friday 120 prisoners were freed by each side, the latest in a series of swaps.",
        "The 120 prisoners each side freed on Friday were the latest in a series of swaps.",
    ):
        result = news(text)
        assert result.tallies == [], text


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    noun=st.sampled_from(["transfers", "handovers", "stages", "exchanges"]),
    series=st.sampled_from(["series", "string", "run"]),
    value=st.integers(min_value=200, max_value=9_000),
)
def test_news_a_figure_moved_in_a_series_is_never_one_exchange(
    news: News, noun: str, series: str, value: int
) -> None:
    result = news(f"In July, Russia handed over {value:,} bodies in a {series} of {noun}.")
    assert all(t.count != Count.exact(value) for e in result.exchanges for t in e.transfers)
