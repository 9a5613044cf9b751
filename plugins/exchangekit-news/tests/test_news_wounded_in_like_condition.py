"""Prisoners "in a similar condition" to a wounded group told before them are wounded too.

"20 badly wounded Russian soldiers came home in exchange for 20 Ukrainian servicemen in
the same condition": the phrase after the second noun group says those men are as the
first group was. It reads a wound only from a wounded group of prisoners told earlier
in the same sentence; alone it says nothing of wounds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Tuples = Callable[[Any], set[tuple[str, str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "size", "home"),
    [
        (
            "On Monday, 20 badly wounded Russian soldiers came home, in exchange for 20 "
            "Ukrainian servicemen in the same condition.",
            "20",
            "RUS",
        ),
        (
            "Ukraine received 35 seriously injured prisoners on Sunday in exchange for 35 "
            "Russian soldiers in a similar state, the ministry said.",
            "35",
            "UKR",
        ),
        (
            "On Wednesday 14 wounded Ukrainian soldiers were freed in exchange for 14 "
            "Russian servicemen in a comparable condition.",
            "14",
            "UKR",
        ),
    ],
)
def test_news_a_group_in_like_condition_takes_the_wound(
    news: News, transfer_tuples: Tuples, text: str, size: str, home: str
) -> None:
    away = "UKR" if home == "RUS" else "RUS"
    assert transfer_tuples(news(text)) == {
        (away, home, "wounded_prisoners", Count.parse(size)),
        (home, away, "wounded_prisoners", Count.parse(size)),
    }


def test_news_like_condition_after_no_wounded_group_stays_prisoners(
    news: News, transfer_tuples: Tuples
) -> None:
    # near miss: nothing wounded before, so "the same condition" tells no wound
    text = (
        "On Monday, 20 Russian soldiers came home, in exchange for 20 Ukrainian "
        "servicemen in the same condition."
    )
    assert transfer_tuples(news(text)) == {
        ("UKR", "RUS", "prisoners_of_war", Count.exact(20)),
        ("RUS", "UKR", "prisoners_of_war", Count.exact(20)),
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=2, max_value=400),
    phrase=st.sampled_from(["in a similar condition", "in the same state", "in similar condition"]),
)
def test_news_the_second_group_is_wounded_like_the_first(
    news: News, transfer_tuples: Tuples, n: int, phrase: str
) -> None:
    text = (
        f"On Tuesday, {n:,} seriously wounded Ukrainian soldiers returned home, in "
        f"exchange for {n:,} Russian servicemen {phrase}."
    )
    assert {category for _, _, category, _ in transfer_tuples(news(text))} == {"wounded_prisoners"}
