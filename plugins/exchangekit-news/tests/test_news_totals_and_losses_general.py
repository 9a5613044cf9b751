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
