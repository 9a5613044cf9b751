"""A size set off by its swap's rank ("the first with 90 each way") is that swap's, no total.

"Two swaps followed in May, the first with 70 each way, the second with 85": the rank
after the comma names one of the swaps just counted, so its figure sizes that swap alone;
the swaps are not added up into a running total. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def test_news_first_with_size_each_way_is_no_tally(news: News) -> None:
    found = news("Two swaps followed in May, the first with 70 each way, the second with 85.")
    assert found.tallies == []
    assert {("2025-05", "UKR", "70"), ("2025-05", "RUS", "70")} <= set(found.day_receipt_list())


def test_news_first_of_size_is_no_tally(news: News) -> None:
    found = news("In March there were two exchanges, the first of 64 each way, the second of 120.")
    assert found.tallies == []
    assert ("2025-03", "UKR", "64") in found.day_receipt_list()


def test_news_first_dated_size_is_that_day(news: News) -> None:
    found = news(
        "Two swaps followed, the first with 70 each way on 6 May, the second with 85 on 27 May."
    )
    assert found.tallies == []
    assert {("2025-05-06", "UKR", "70"), ("2025-05-06", "RUS", "70")} <= set(
        found.day_receipt_list()
    )


def test_news_running_total_before_a_latest_swap_stays_a_tally(news: News) -> None:
    # near miss: no rank sets the total off, so it is still a running total
    found = news(
        "Since 2022 Ukraine has brought home 3,400 prisoners, Kyiv said on Monday, the"
        " latest 95 of them in May."
    )
    assert "3,400" in {str(t.count) for t in found.tallies}


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=5_000), st.sampled_from(["with", "of"]))
def test_news_ranked_size_never_a_total(news: News, n: int, link: str) -> None:
    found = news(f"Two swaps followed in May, the first {link} {n:,} each way, the second later.")
    assert found.tallies == []
    assert {c for *_, c in found.day_receipt_list()} == {f"{n:,}"}
