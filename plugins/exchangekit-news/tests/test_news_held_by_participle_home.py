"""People "held by Russia" who "came home": a participle of captivity names the side left.

A reduced relative clause ("civilians held by Russian forces", "soldiers illegally
detained by Russia") says who had the people, as "who were held by" does, so the
people going home went to the other side. So does a relative clause inside an
aside on most of them ("12 civilians, most of them pensioners who had been detained
by Russian troops, came home"). A participle with no side after "by", or one naming
both sides, leaves the home unsaid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
Legs = Callable[[Any], set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, 14 civilians held by Russia came home.",
        "On Tuesday, 14 civilians illegally detained by Russian forces came home.",
        "On Tuesday, 14 civilians held for months by the Russian army returned home.",
        "On Tuesday, 14 civilians from the district, most of them pensioners who had been "
        "detained by Russian soldiers in 2022, came home.",
        "On Tuesday, 14 civilians, many of them farmers who were held by Russia for months, "
        "returned home.",
        # "our" region: whoever "we" are, the captor named says where home is
        "On Tuesday, 14 civilians from our region, who had been held by Russia, came home.",
        "On Tuesday, 14 civilians from our region, most of them pensioners who were detained "
        "by Russian troops in 2022, came home.",
    ],
)
def test_news_people_held_by_a_side_come_home_to_the_other(
    news: News, period_legs: Legs, text: str
) -> None:
    """The captor named in the participle is the side the people came home from."""
    assert period_legs(news(text)) == {("2025-10-21", "RUS", "UKR", "civilians", "14")}


def test_news_held_by_ukraine_go_home_to_russia(news: News, period_legs: Legs) -> None:
    """The other way round: people held by Ukraine went home to Russia."""
    read = news("On Tuesday, 14 civilians held by Ukrainian forces returned home.")
    assert period_legs(read) == {("2025-10-21", "UKR", "RUS", "civilians", "14")}


@pytest.mark.parametrize(
    "text",
    [
        # no side holds them: no home to read
        "On Tuesday, 14 civilians held for three years came home.",
        # both sides named: no guess
        "On Tuesday, 14 civilians held by Russia and by Ukraine came home.",
        # still held, not home
        "14 civilians held by Russia have not come home.",
        # "our" with no captor named: whose "our" it is cannot be said
        "On Tuesday, 14 civilians from our region came home.",
    ],
)
def test_news_a_participle_without_one_captor_reads_no_home(
    news: News, period_legs: Legs, text: str
) -> None:
    """Near misses: no captor, two captors or no homecoming give no transfer to Ukraine."""
    assert ("2025-10-21", "RUS", "UKR", "civilians", "14") not in period_legs(news(text))


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1_800 <= n <= 2_100),
    held=st.sampled_from(["held by", "detained by", "imprisoned by", "illegally held by"]),
    captor=st.sampled_from(["Russia", "Russian troops", "the Russian army"]),
)
def test_news_any_count_held_by_russia_comes_home_to_ukraine(
    news: News, period_legs: Legs, n: int, held: str, captor: str
) -> None:
    """Whatever the count and the words of captivity, the people went Russia to Ukraine."""
    read = news(f"On Tuesday, {n:,} civilians {held} {captor} came home, officials said.")
    assert period_legs(read) == {("2025-10-21", "RUS", "UKR", "civilians", f"{n:,}")}
