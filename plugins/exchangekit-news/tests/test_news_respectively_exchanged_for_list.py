"""A list "respectively" closes and the list it was exchanged for share the same dates.

"In swaps on 4 March and 19 April, 60 and 85 Russian soldiers respectively were
exchanged for 64 and 85 Ukrainian soldiers": the noun written once after each list
names all its figures, "respectively" pairs the first with the dates in order, and
the counterpart list after "exchanged for" pairs the same way; neither is a running
total.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[..., set[tuple[str, str, str, str, str]]]


def test_news_respectively_list_and_its_counterpart_are_dated(recap: Recap, news: Any) -> None:
    text = (
        "In swaps on 4 March and 19 April, 60 and 85 Russian soldiers respectively were "
        "exchanged for 64 and 85 Ukrainian soldiers."
    )
    assert recap(text) == {
        ("2025-03-04", "UKR", "RUS", "prisoners_of_war", "60"),
        ("2025-03-04", "RUS", "UKR", "prisoners_of_war", "64"),
        ("2025-04-19", "UKR", "RUS", "prisoners_of_war", "85"),
        ("2025-04-19", "RUS", "UKR", "prisoners_of_war", "85"),
    }
    assert not news(text).tallies


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(min_value=12, max_value=400), min_size=4, max_size=4, unique=True))
def test_news_counterpart_list_pairs_in_order(recap: Recap, figures: list[int]) -> None:
    a, b, c, d = figures
    text = (
        f"In swaps on 4 March and 19 April, {a} and {b} Russian soldiers respectively were "
        f"exchanged for {c} and {d} Ukrainian soldiers."
    )
    legs = recap(text)
    assert ("2025-03-04", "RUS", "UKR", "prisoners_of_war", str(c)) in legs
    assert ("2025-04-19", "RUS", "UKR", "prisoners_of_war", str(d)) in legs
    assert ("2025-03-04", "UKR", "RUS", "prisoners_of_war", str(a)) in legs


def test_news_a_counterpart_without_dates_is_no_dated_swap(recap: Recap) -> None:
    """Near miss: with no dates to share out, no swap is dated by the lists."""
    text = "Russia said 60 and 85 Russian soldiers were exchanged for 64 and 85 Ukrainians."
    assert not any(leg[0].startswith("2025-03") for leg in recap(text))
