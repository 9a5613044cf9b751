"""A part of captives told as wounded describes the captives, never a toll of wounded.

"Kyiv said it had taken 40 Russian soldiers prisoner, six of them wounded": the six
are some of the people just counted as captured, and "wounded" tells their state;
the side has not claimed six wounded casualties. The capture stays a claim. A part
of a loss toll told the same way ("lost 1,200 troops, 800 of them wounded") is no
part of captives and keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        (
            "The Ukrainian army said on Friday that it had captured 40 Russian soldiers, "
            "six of them wounded.",
            "40",
        ),
        (
            "Kyiv announced that its troops had captured three North Korean fighters, two of "
            "whom were wounded, near the border.",
            "three",
        ),
        (
            "The Russian defence ministry said its forces had captured 27 Ukrainian marines, "
            "one of them badly wounded, in the village.",
            "27",
        ),
    ],
)
def test_news_wounded_among_captives_are_no_toll_of_wounded(
    news: News, text: str, taken: str
) -> None:
    claims = news(text).claims
    assert [(c.category, c.count) for c in claims] == [
        (CasualtyCategory.CAPTURED, Count.parse(taken))
    ]


def test_news_wounded_among_a_loss_toll_keep_their_reading(news: News) -> None:
    text = (
        "The ministry said Russia had lost 1,200 soldiers over the past day, 800 of them wounded."
    )
    categories = [c.category for c in news(text).claims]
    assert CasualtyCategory.WOUNDED in categories


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    taken=st.integers(min_value=10, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    share=st.integers(min_value=2, max_value=9),
)
def test_news_a_part_of_captives_is_never_a_wounded_claim(
    news: News, taken: int, share: int
) -> None:
    text = (
        f"Ukraine's military said it had captured {taken:,} Russian servicemen, {share} of "
        "them wounded."
    )
    assert CasualtyCategory.WOUNDED not in [c.category for c in news(text).claims]
