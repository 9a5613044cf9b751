"""A loss figure glossed in an aside of harm words keeps the date told after the aside.

"lost 1,400 troops, killed and wounded, on Tuesday": the words between the commas
only say what the losses are; the date after them is still the figure's own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "count", "as_of"),
    [
        (
            "The army said Russia lost 1,400 soldiers, killed and wounded, on Tuesday.",
            "1,400",
            "2025-10-21",
        ),
        (
            "Kyiv's General Staff says Russia lost about 980 troops, dead or injured, "
            "in the 24 hours to Wednesday morning.",
            "about 980",
            "2025-10-22",
        ),
        (
            "The ministry said Ukraine had lost 2,150 servicemen, killed or wounded, "
            "in the week to 12 October.",
            "2,150",
            "2025-10-12",
        ),
    ],
)
def test_news_a_harm_gloss_aside_leaves_the_date_after_it_to_the_figure(
    news: News, text: str, count: str, as_of: str
) -> None:
    claims = news(text, published=THURSDAY).claims
    assert [(c.count, str(c.as_of)) for c in claims] == [(Count.parse(count), as_of)]


def test_news_an_aside_that_is_not_a_gloss_still_closes_the_clause(news: News) -> None:
    """ ", a spokesman said on Monday," is a statement, and dates the figure by its day, as
    before; ", mostly near Pokrovsk," says where, and the figure stays the report's."""
    said = news(
        "Russia lost 1,400 soldiers, a spokesman said on Monday.", published=THURSDAY
    ).claims
    assert [str(c.as_of) for c in said] == ["2025-10-20"]
    where = news(
        "The army said Russia lost 1,400 soldiers, mostly near Pokrovsk, before the talks "
        "on Tuesday.",
        published=THURSDAY,
    ).claims
    assert [str(c.as_of) for c in where] == ["2025-10-23"]


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=101, max_value=99_999).filter(lambda n: not 1800 <= n <= 2100),
    gloss=st.sampled_from(["killed and wounded", "dead or injured", "killed or wounded"]),
    day=st.sampled_from([("Monday", "2025-10-20"), ("Tuesday", "2025-10-21")]),
)
def test_news_the_gloss_never_moves_the_day_whatever_the_figure(
    news: News, n: int, gloss: str, day: tuple[str, str]
) -> None:
    text = f"The army said Russia lost {n:,} soldiers, {gloss}, on {day[0]}."
    claims = news(text, published=THURSDAY).claims
    assert [(c.count, str(c.as_of)) for c in claims] == [(Count.parse(f"{n:,}"), day[1])]
