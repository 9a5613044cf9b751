"""A date told of one person's past sets no scene for the figures of the next sentence.

A sentence with a date and no figure dates the next sentence's figures ("On April 19
the talks resumed. Russia freed 40 soldiers"). A date in a relative clause on a person
("Petrov, who was arrested in April, ...") or of someone's arrest or capture ("Petrov
was jailed in June.") tells of that person, not of the story's event, so the next
figure is dated as if that sentence were not there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_NEXT = "Russia freed {n} soldiers, the ministry said."


@pytest.mark.parametrize(
    "before",
    [
        "Oleg Petrov, a lawmaker who was arrested in April, was among those handed to Russia.",
        "The pilot, whom Russian troops captured in March, was not on the list.",
        "Anna Koval, whose son was born in May, waited at the border.",
        "Petrov was jailed in June.",
        "The activist had been arrested in February, his lawyer said.",
    ],
)
def test_news_a_date_of_a_persons_past_sets_no_scene(news: News, before: str) -> None:
    alone = news(_NEXT.format(n=40)).day_counts()
    assert news(f"{before} {_NEXT.format(n=40)}").day_counts() == alone


@pytest.mark.parametrize(
    ("before", "period"),
    [
        # a date of the story's own events still sets the scene
        ("In April the talks resumed.", "2025-04"),
        ("The swap, which took place on Wednesday, was the largest yet.", "2025-10-22"),
        # a relative clause telling the people's return tells the story's exchange
        ("Petrov was among the marines who came back on Tuesday.", "2025-10-21"),
    ],
)
def test_news_a_date_of_the_story_still_sets_the_scene(
    news: News, before: str, period: str
) -> None:
    assert news(f"{before} {_NEXT.format(n=40)}").day_counts() == {(period, Count.exact(40))}


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_799) | st.integers(min_value=2_101, max_value=90_000),
    month=st.sampled_from(["January", "March", "May", "July", "August", "November"]),
    verb=st.sampled_from(["was arrested", "was detained", "was born", "had been jailed"]),
)
def test_news_a_persons_dated_relative_clause_never_dates_the_next_figure(
    news: News, n: int, month: str, verb: str
) -> None:
    after = _NEXT.format(n=f"{n:,}")
    before = f"Ivan Sirko, a journalist who {verb} in {month}, was handed to Russia."
    assert news(f"{before} {after}").day_counts() == news(after).day_counts()
