"""A count of one side's "losses" with the side's adjective between: "820 Ukrainian losses".

"The army command reported 4,120 Russian losses for the week": a count directly before a
nationality adjective and "losses" counts that side's people lost, killed and wounded
alike, as "4,120 Russian casualties" would. Losses of machines name them: "losses of
tanks" after the noun, or a word for them before it ("Russian tank losses"), and those
are not read.
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

_PUBLISHED = date(2025, 3, 18)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(120, 60_000),
    side=st.sampled_from(
        [
            ("Russian", "RUS", "Ukraine's army command"),
            ("Ukrainian", "UKR", "Moscow's defence ministry"),
        ]
    ),
    tail=st.sampled_from([" over the past week", " for the month", ""]),
)
def test_news_a_count_of_side_losses_is_that_sides_total_losses(
    news: News, found: Found, n: int, side: tuple[str, str, str], tail: str
) -> None:
    adjective, code, teller = side
    text = f"{teller} reported {n:,} {adjective} losses{tail}."
    assert found(news(text, published=_PUBLISHED)) == {(code, "total_losses", Count.exact(n))}


def test_news_side_losses_after_a_teller_in_a_relative_clause(news: News, found: Found) -> None:
    """The count as the object of "what ... said were"; the day window stays with it."""
    text = (
        "The running total rose again on Monday, after what Ukraine's General Staff said "
        "were 1,030 Russian losses over the past day."
    )
    assert ("RUS", "total_losses", Count.exact(1_030)) in found(news(text, published=_PUBLISHED))


def test_news_side_losses_with_a_hedge(news: News, found: Found) -> None:
    text = "Russia's defence ministry claimed more than 1,200 Ukrainian losses in the Kursk region."
    assert ("UKR", "total_losses", Count.more_than(1_200)) in found(
        news(text, published=_PUBLISHED)
    )


def test_news_losses_of_machines_are_not_people(news: News, found: Found) -> None:
    """The near misses: "losses of" names what was lost; a word for machines before it."""
    for text in (
        "Ukraine's army command reported 40 Russian losses of armoured vehicles last week.",
        "Ukraine's army command reported 40 Russian tank losses last week.",
    ):
        assert found(news(text, published=_PUBLISHED)) == set(), text
