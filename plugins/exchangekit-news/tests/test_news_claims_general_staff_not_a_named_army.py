"""A bare "General Staff" points back to a General Staff or forces that spoke, no army named.

"Dozens of the men had been held by the Russian army since 2022. ... According to the
General Staff, the enemy lost 1,020 people over the past day": the army is named as a
captor, not as a teller, so it does not make the staff Russian, nor "the enemy" Ukraine.
With no side for the staff the enemy is unknown and the figure is refused. After
"Ukraine's military said ..." the staff is that military's, and its enemy is Russia.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_DAY = date(2026, 3, 12)

_ARMIES = ["the Russian army", "Russia's armed forces", "the Russian military"]
_STAFF_SAYS = [
    "According to the General Staff, the enemy lost {n} people over the past day.",
    "Over the last 24 hours, according to the General Staff, the enemy lost {n} soldiers.",
    "The enemy lost {n} troops in the past day, the General Staff said.",
]


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(2_101, 9_999),
    army=st.sampled_from(_ARMIES),
    says=st.sampled_from(_STAFF_SAYS),
)
def test_news_an_army_only_named_gives_the_staff_no_side(
    news: News, found: Found, count: int, army: str, says: str
) -> None:
    text = (
        f"Most of the freed men had been held by {army} since the siege of the port."
        " Their families met them at a hospital near the border.\n\n" + says.format(n=f"{count:,}")
    )
    sides = {
        side
        for side, category, _ in found(news(text, published=_DAY))
        if category == "total_losses"
    }
    assert "UKR" not in sides


def test_news_a_captor_army_then_the_staff_in_a_transcript(news: News, found: Found) -> None:
    """The harder form: transcript turns, the army inside a list of what a guest said."""
    text = (
        "GUEST: Among those freed is a teacher from a frontline village, and two medics"
        " who were captured by the Russian army in the first weeks.\n\n"
        "ANCHOR: Elsewhere tonight, according to the General Staff, the enemy lost 1,070"
        " people over the past day."
    )
    assert not any(side == "UKR" for side, _, _ in found(news(text, published=_DAY)))


@settings(max_examples=15, deadline=None)
@given(count=st.integers(2_101, 9_999))
def test_news_the_staff_after_forces_that_spoke_is_theirs(
    news: News, found: Found, count: int
) -> None:
    """The near miss: forces that have spoken are the staff's side, so the enemy is known."""
    text = (
        "Ukraine's military said it had repelled 40 assaults near the town.\n\n"
        f"According to the General Staff, the enemy lost {count:,} people over the past day."
    )
    assert ("RUS", "total_losses", Count.exact(count)) in found(news(text, published=_DAY))


def test_news_the_staff_after_a_named_general_staff_is_that_one(news: News, found: Found) -> None:
    """The other near miss: a General Staff named with its side before keeps that side."""
    text = (
        "Russia's General Staff was said to be planning a new push in the south.\n\n"
        "According to the General Staff, the enemy lost 1,310 people over the past day."
    )
    assert ("UKR", "total_losses", Count.exact(1_310)) in found(news(text, published=_DAY))
