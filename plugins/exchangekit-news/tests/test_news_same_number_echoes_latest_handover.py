""" "The same number" echoes the handover just told, never an older one of the same kind.

"52 soldiers came home on October 29. ... On November 3, 107 Ukrainians were
released. Russia got back the same number of its own soldiers": the echo is of the
November handover, though its people are not called soldiers; a figure of that kind
told further back, for a handover on another day, is another exchange's. "In each of
these exchanges ..." points back the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


@pytest.mark.parametrize(
    ("text", "echoed"),
    [
        (
            "On October 6, 20 prisoners of war returned to Ukraine. On October 29, 52 "
            "Ukrainians came home.\n\nOn November 3, 107 Ukrainians were released. Russia "
            "said that in each of these exchanges it had received the same number of its "
            "own soldiers.",
            {"107"},
        ),
        (
            "On March 2, 30 Ukrainian soldiers came home. On April 8, 64 Ukrainians were "
            "freed.\n\nOn May 5, 90 Ukrainians came home. Moscow said that in each of those "
            "swaps it got back the same number of its own servicemen.",
            {"90"},
        ),
        (
            "On October 29, 52 Ukrainian soldiers came home.\n\nOn November 3, 107 "
            "Ukrainians were released. Russia got back the same number of its own soldiers.",
            {"107"},
        ),
        (
            "On June 1, 75 Ukrainian servicemen returned home. On June 20, 48 Ukrainians "
            "were released.\n\nOn July 9, 115 Ukrainians were freed. In each of these "
            "exchanges, Russia received the same number of its own soldiers.",
            {"115"},
        ),
    ],
)
def test_news_same_number_echoes_the_latest_handover(
    news: Callable[..., Any], text: str, echoed: set[str]
) -> None:
    result = news(text, published="2023-01-02")
    back = {
        str(count) for _, sender, receiver, _, count in result.dated_legs() if receiver == "RUS"
    }
    assert back == echoed


def test_news_same_number_of_one_exchange_is_still_echoed(news: Callable[..., Any]) -> None:
    # near-miss: one exchange told just before, echoed the other way as before
    result = news(
        "On November 3, 107 Ukrainian soldiers were released. Russia said it had received "
        "the same number of its own soldiers.",
        published="2023-01-02",
    )
    assert (
        "2022-11-03",
        "UKR",
        "RUS",
        PersonCategory.PRISONERS_OF_WAR.value,
        Count.parse("107"),
    ) in result.dated_legs()


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=900),
)
def test_news_same_number_echoes_latest_any_figures(
    news: Callable[..., Any], older: int, latest: int
) -> None:
    """Whatever the figures, the older exchange of another day is never echoed."""
    result = news(
        f"On October 29, {older:,} Ukrainian soldiers came home.\n\nOn November 3, "
        f"{latest:,} Ukrainians were released. Russia said that in each of these exchanges "
        "it had received the same number of its own soldiers.",
        published="2023-01-02",
    )
    back = {
        (period, count)
        for period, _, receiver, _, count in result.dated_legs()
        if receiver == "RUS"
    }
    assert ("2022-10-29", Count.parse(f"{older:,}")) not in back or older == latest
