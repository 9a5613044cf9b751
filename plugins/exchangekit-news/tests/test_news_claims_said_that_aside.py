"""A speaker inside a relative clause whose told clause opens with an aside.

"a bulletin in which it said that, since 6 August, the enemy had lost 12,400
servicemen": the commas after "said that" set off a phrase inside what is said,
so the speaker still tells the figure and "the enemy" is the other side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_TELLERS = {
    "the Russian defence ministry": "UKR",
    "Russia's defence ministry": "UKR",
    "Ukraine's General Staff": "RUS",
    "the Ukrainian General Staff": "RUS",
}
_ASIDES = ["since 6 August", "since the start of the incursion", "over the week", "in all"]


def found(read: Any) -> set[tuple[str, str, Count]]:
    """(subject, category, count) of every claim read."""
    return {(c.subject.code, c.category.value, c.count) for c in read.claims}


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    teller=st.sampled_from(sorted(_TELLERS)),
    aside=st.sampled_from(_ASIDES),
    lost=st.integers(min_value=200, max_value=90_000),
    noun=st.sampled_from(["servicemen", "troops", "soldiers"]),
)
def test_news_the_enemy_after_an_aside_in_a_relative_is_the_tellers_other_side(
    news: News, teller: str, aside: str, lost: int, noun: str
) -> None:
    text = (
        f"The statement follows a daily bulletin in which {teller} said that, {aside}, "
        f"the enemy had lost {lost:,} {noun}."
    )
    assert found(news(text)) == {(_TELLERS[teller], "total_losses", Count.exact(lost))}


def test_news_the_enemy_after_an_aside_stays_unread_when_the_teller_has_no_side(
    news: News,
) -> None:
    text = (
        "The statement follows a bulletin in which the Red Cross said that, since 1 May, "
        "the enemy had lost 8,200 servicemen."
    )
    assert found(news(text)) == set()
