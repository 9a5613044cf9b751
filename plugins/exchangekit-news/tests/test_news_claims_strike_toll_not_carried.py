"""A strike's toll does not take the side of the losses told before it.

"Russian losses reached 900,000. Drone strikes on Dnipro: 3 dead, 31 injured.":
the dead and injured are the strike's victims, not more of the side whose losses
the passage was about, so no side is carried to them. A toll with no strike named
still goes on with the side told before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

BEFORE = "Russian losses have reached 900,000, the General Staff in Kyiv said."


@settings(max_examples=20, deadline=None)
@given(
    strike=st.sampled_from(["Drone strikes on Kharkiv", "A missile attack on Odesa", "Shelling"]),
    dead=st.integers(2, 60),
    hurt=st.integers(2, 90),
)
def test_news_a_strike_toll_takes_no_side_from_before(
    news: News, found: Found, strike: str, dead: int, hurt: int
) -> None:
    text = f"{BEFORE} {strike}: {dead} dead, {hurt} injured."
    assert found(news(text)) == {("RUS", "total_losses", Count.exact(900_000))}


def test_news_a_toll_with_no_strike_still_carries_the_side(news: News, found: Found) -> None:
    """Near miss: a sideless toll with no strike named goes on with the side before."""
    text = f"{BEFORE} In December he had spoken of 43,000 dead and 370,000 wounded."
    assert ("RUS", "killed", Count.exact(43_000)) in found(news(text))
