"""Running totals and loss claims read from constructions general in news English.

Each rule is checked on sentences written here, several wordings of the same
construction, so a rule that only fits one article's words fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


@pytest.mark.parametrize(
    "text",
    [
        "Since 2022, Kyiv has taken back the remains of more than 9,400 people from Russia.",
        "The bodies of some 7,200 people have been returned to Ukraine since the invasion began.",
        "Ukraine has so far received the remains of about 5,100 Ukrainians, officials said.",
    ],
)
def test_news_total_of_the_bodies_of_people_is_of_remains(
    news: Callable[..., Any], text: str
) -> None:
    # "the remains of N people": the people are dead, whatever noun counts them
    (tally,) = news(text).tallies
    assert tally.receiver.code == "UKR"
    assert tally.category is PersonCategory.REMAINS


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(["bodies", "remains"]))
def test_news_total_of_the_bodies_of_people_keeps_any_figure(
    news: Callable[..., Any], n: int, noun: str
) -> None:
    result = news(f"Since 2022, Ukraine has recovered the {noun} of {n:,} people from Russia.")
    assert [(t.receiver.code, t.category, t.count) for t in result.tallies] == [
        ("UKR", PersonCategory.REMAINS, Count.exact(n))
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kyiv put Russian dead at 5,000 and the wounded at 9,000 on Monday.", "RUS"),
        (
            "Western officials put the number of Ukrainian dead at about 31,000 and the "
            "wounded at 60,000.",
            "UKR",
        ),
        (
            "Ukraine's military estimated North Korean dead at some 1,400 and the wounded at "
            "3,100 last month.",
            "PRK",
        ),
    ],
)
def test_news_parallel_at_figures_keep_their_own_loss_nouns(
    news: Callable[..., Any], text: str, side: str
) -> None:
    # "put X at A and the Y at B": "and the" opens the second figure's noun group, so
    # the first figure is not of the wounded and the second is not lost
    claims = news(text).claims
    assert [(c.subject.code, c.category.value) for c in claims] == [
        (side, "killed"),
        (side, "wounded"),
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("On the Ukrainian side, they put the number of dead at close to 42,000.", "UKR"),
        ("On the Russian side, the death toll was estimated at 61,000 by the analysts.", "RUS"),
        ("For Russia, the officials said, the number of dead had reached 88,000.", "RUS"),
    ],
)
def test_news_an_opening_frame_names_whose_losses(
    news: Callable[..., Any], text: str, side: str
) -> None:
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value) == (side, "killed")
