"""A sentence opening "It also brought home ..." goes on about the side the sentence before had act.

"Ukraine received 500 bodies on 10 March. It also brought home 40 on 12 March": the pronoun
that opens the sentence is the one side the sentence before named as the subject of its
verb of handing over, so the new figure goes that side's way. With two sides acting
before, or a speaker of the other side to point back to, "it" is left unresolved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def test_news_it_also_brought_home_is_the_receiver_before(news: Callable[..., Any]) -> None:
    result = news(
        "Ukraine received the bodies of 500 fallen soldiers on 10 March. "
        "It also brought home 40 bodies on 12 March."
    )
    assert (
        "RUS",
        "UKR",
        PersonCategory.REMAINS,
        Count.parse("40"),
        "2025-03-12",
    ) in result.legs_by_category_with_period()


def test_news_they_also_brought_home_after_a_plural_side(news: Callable[..., Any]) -> None:
    result = news(
        "The Ukrainians took back 757 bodies in February. "
        "They also brought home 38 more on 12 March."
    )
    assert (
        "RUS",
        "UKR",
        PersonCategory.REMAINS,
        Count.parse("38"),
        "2025-03-12",
    ) in result.legs_by_category_with_period()


def test_news_it_handed_over_is_the_sender_before(news: Callable[..., Any]) -> None:
    # the side that sent before sends again
    result = news(
        "Moscow handed over 1,000 bodies on 3 July, officials said. "
        "It then returned another 62 bodies on 18 July."
    )
    assert (
        "RUS",
        "UKR",
        PersonCategory.REMAINS,
        Count.parse("62"),
        "2025-07-18",
    ) in result.legs_by_category_with_period()


def test_news_it_after_two_acting_sides_is_unresolved(news: Callable[..., Any]) -> None:
    # near-miss: both sides acted in the sentence before, so "it" names neither
    result = news(
        "Ukraine received 500 bodies on 10 March and Russia got back 30. "
        "It also brought home 40 bodies on 12 March."
    )
    assert all(count != Count.parse("40") for *_, count, _ in result.legs_by_category_with_period())


def test_news_it_two_sentences_on_is_unresolved(news: Callable[..., Any]) -> None:
    # near-miss: a sentence without a side between them breaks the thread
    result = news(
        "Ukraine received 500 bodies on 10 March. The weather was cold. "
        "It also brought home 40 bodies on 12 March."
    )
    assert all(count != Count.parse("40") for *_, count, _ in result.legs_by_category_with_period())


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=1_700),
    st.sampled_from([("Kyiv", "UKR", "RUS"), ("Moscow", "RUS", "UKR")]),
    st.sampled_from(["It also", "It"]),
)
def test_news_pronoun_takes_the_side_before_any_figure(
    news: Callable[..., Any], n: int, side: tuple[str, str, str], opener: str
) -> None:
    """Whatever the figure, the pronoun's side receives it, as it received before."""
    name, receiver, sender = side
    result = news(
        f"{name} took back 2,000 bodies on 4 May. {opener} brought home {n:,} bodies on 9 May."
    )
    assert (sender, receiver, PersonCategory.REMAINS, Count.parse(f"{n:,}"), "2025-05-09") in (
        result.legs_by_category_with_period()
    )
