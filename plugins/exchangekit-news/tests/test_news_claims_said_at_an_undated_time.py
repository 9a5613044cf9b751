"""The date of a claim whose statement the text places only loosely in time.

"The minister said in a recent interview that 52,000 had died", "the envoy has said in
recent weeks that 9,000 are held" and "had said days earlier" give no day of telling:
like "said recently" they are as of the month the story is told in, never the day it
was published. A date
right after a statement's noun ("in an interview this week", "in a briefing last week")
is that statement's, so a figure the same speaker goes on to give ("He said ...") takes
its week, not the publication day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2024, 9, 12)  # a Thursday, in ISO week 37


def _dated(result: Any, n: int, count: Count | None = None) -> set[str]:
    want = count or Count.exact(n)
    return {c.as_of.format() for c in result.claims if c.count == want}


@settings(max_examples=20, deadline=None)
@given(
    form=st.sampled_from(
        [
            "Kyiv's defence minister said in a recent interview that {n} Russian soldiers "
            "had been killed.",
            "Kyiv's defence minister told a newspaper in a recent interview that {n} Russian "
            "soldiers had been killed.",
            "In a recent briefing, Kyiv's defence minister said {n} Russian soldiers had been "
            "killed.",
            "Kyiv's defence minister has said in recent weeks that {n} Russian soldiers have "
            "been killed.",
            "In recent days, Kyiv's defence minister has said that {n} Russian soldiers have "
            "been killed.",
            "Kyiv's defence minister had said days earlier that {n} Russian soldiers had "
            "been killed.",
            "Days earlier, Kyiv's defence minister had said that {n} Russian soldiers had "
            "been killed.",
            "Kyiv's defence ministry has in recent weeks put Russian losses at {n}.",
            "Kyiv's defence ministry has in recent weeks given a figure of {n} Russian soldiers "
            "killed.",
        ]
    ),
    n=st.integers(40, 300).map(lambda k: k * 1000),
)
def test_news_a_recent_statement_is_dated_to_the_month(news: News, form: str, n: int) -> None:
    text = form.format(n=f"{n:,}")
    assert _dated(news(text, published=_PUBLISHED), n) == {"2024-09"}


def test_news_a_toll_in_recent_weeks_is_not_a_recent_statement(news: News) -> None:
    """The near miss: "in recent weeks" after the figure counts its losses, not the saying."""
    text = "The ministry said that 12,000 Russian soldiers had been killed in recent weeks."
    assert "2024-09" not in _dated(news(text, published=_PUBLISHED), 12_000)


def test_news_a_day_of_saying_outranks_a_recent_interview_after_the_figure(news: News) -> None:
    """The near miss: the day of saying stands; the interview is named after the figure."""
    text = (
        "The ministry said on Monday that 12,000 Russian soldiers had been killed, "
        "repeating what its head said in a recent interview."
    )
    assert _dated(news(text, published=_PUBLISHED), 12_000) == {"2024-09-09"}


_WEEK_OPENERS = [
    '"We are still searching," said the commissioner for missing persons, Oleh Hrytsenko, '
    "in an interview {when}.",
    "The commissioner for missing persons spoke in a televised address {when}.",
    "The commissioner for missing persons gave details during a briefing {when}.",
]


@settings(max_examples=20, deadline=None)
@given(
    opener=st.sampled_from(_WEEK_OPENERS),
    when=st.sampled_from([("this week", "2024-W37"), ("last week", "2024-W36")]),
    n=st.integers(30, 90).map(lambda k: k * 1000),
)
def test_news_a_statement_dated_to_a_week_dates_the_figure_told_next(
    news: News, opener: str, when: tuple[str, str], n: int
) -> None:
    text = (
        "Kyiv said on Tuesday that 900 bodies had come home. "
        + opener.format(when=when[0])
        + f" He said more than {n:,} Ukrainian soldiers were listed as missing."
    )
    more = Count.parse(f"more than {n:,}")
    assert _dated(news(text, published=_PUBLISHED), n, more) == {when[1]}


def test_news_a_statement_noun_with_no_article_before_it_dates_nothing(news: News) -> None:
    """The near miss: "interview" is the object here, not "in an interview": no week."""
    text = (
        "Kyiv said on Tuesday that 900 bodies had come home. The commissioner gave an "
        "interview last week about the families. He said more than 60,000 Ukrainian "
        "soldiers were listed as missing."
    )
    more = Count.parse("more than 60,000")
    assert _dated(news(text, published=_PUBLISHED), 60_000, more) == {"2024-09-12"}
