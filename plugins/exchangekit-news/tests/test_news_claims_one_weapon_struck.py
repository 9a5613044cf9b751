"""The toll of one weapon that "struck" a place is one attack's news, not a claim.

"A rocket hit a bus station and killed 14 civilians": a single weapon striking once
is one attack, as "drones struck a hospital overnight" is; its dead are no side's count
of war losses. A weapon told as striking again and again ("a drone has hit the town
every night") or a running total keeps the claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_DAY = date(2024, 6, 12)
_BEFORE = "The monitors have recorded 9,000 civilians killed in Ukraine since the invasion.\n\n"


def _claims(news: News, text: str) -> set[tuple[str, str, Count]]:
    return {(c.subject.code, c.category.value, c.count) for c in news(text, published=_DAY).claims}


@pytest.mark.parametrize(
    "text",
    [
        "A rocket hit a bus station in the town and killed 14 civilians.",
        "On Monday a missile struck a market in the city and wounded 14 civilians.",
        "The worst incident came in the village, where a drone struck a house and killed "
        "14 civilians.",
    ],
)
def test_news_one_weapon_struck_is_one_attack(news: News, text: str) -> None:
    found = _claims(news, _BEFORE + text)
    assert not any(count == Count.exact(14) for _, _, count in found)
    assert ("UKR", "killed", Count.exact(9_000)) in found


def test_news_weapon_striking_every_night_keeps_the_claim(news: News) -> None:
    """The near miss: strikes told as a series keep a count of many attacks."""
    text = _BEFORE + "Missiles have struck the city every night and killed 140 civilians since May."
    assert any(count == Count.exact(140) for _, _, count in _claims(news, text))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    weapon=st.sampled_from(["missile", "rocket", "drone", "bomb"]),
    verb=st.sampled_from(["struck", "hit"]),
    killed=st.integers(min_value=2, max_value=400),
)
def test_news_one_weapon_struck_for_any_toll(
    news: News, weapon: str, verb: str, killed: int
) -> None:
    text = _BEFORE + f"A {weapon} {verb} a school in the city and killed {killed} civilians."
    found = _claims(news, text)
    assert not any(count == Count.exact(killed) for _, _, count in found)
