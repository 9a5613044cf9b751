"""A sentence whose subject is bodies handed over turns a later bare pair to the dead.

"Remains have been handed back every few weeks, about 800 at a time. Once, in May,
Kyiv got 900 and Moscow 40": the pair has no noun of its own and counts the bodies
the sentence before was about, not the prisoners of a swap told earlier still.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

SWAP = "Kyiv and Moscow swapped 150 prisoners for 150 in January. "


@pytest.mark.parametrize(
    "bodies",
    [
        "Bodies were returned all through the spring, about 900 of them each time.",
        "Remains have been handed back every few weeks, roughly 800 at a time.",
        "The bodies were exchanged on a regular schedule, around 700 on each occasion.",
    ],
)
def test_news_bare_pair_after_bodies_sentence_is_remains(
    news: Callable[..., Any], bodies: str
) -> None:
    result = news(
        SWAP + bodies + " On one occasion, in May, Ukraine received 912 and Russia 41.",
        published="2026-11-28",
    )
    legs = result.legs_by_category()
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("912")) in legs
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("41")) in legs
    assert all(
        c is not PersonCategory.PRISONERS_OF_WAR for s, r, c, n in legs if n.best in (912, 41)
    )


def test_news_bare_pair_after_prisoner_sentence_stays_prisoners(news: Callable[..., Any]) -> None:
    # near-miss: a sentence about prisoners, not bodies, leaves the swap's kind in place
    result = news(
        SWAP
        + "Prisoners were freed all through the spring, about 90 of them each time."
        + " On one occasion, in May, Ukraine received 95 and Russia 95.",
        published="2026-11-28",
    )
    legs = result.legs_by_category()
    assert all(c is not PersonCategory.REMAINS for _, _, c, _ in legs)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=200, max_value=1700), st.integers(min_value=2, max_value=99))
def test_news_bare_pair_after_bodies_any_figures(
    news: Callable[..., Any], big: int, small: int
) -> None:
    """Whatever the figures, the bare pair after a sentence of bodies is of the dead."""
    result = news(
        SWAP
        + "Bodies were returned all through the spring."
        + f" On one occasion, in May, Ukraine received {big:,} and Russia {small:,}.",
        published="2026-11-28",
    )
    kinds = {c for _, _, c, n in result.legs_by_category() if n.best in (big, small)}
    assert kinds <= {PersonCategory.REMAINS}
