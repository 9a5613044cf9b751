"""A figure said "since X said <date> that ..." is dated when it was said, not the day of the story.

"Kyiv has given no toll since its army chief said last August that 9,000 had died": the
date after the verb of saying dates the statement whose "that" clause holds the figure;
"since" starts the silence from it, which does not make the figure current (it was dated
the publication day, a silently wrong date).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2023, 8, 19)


@settings(max_examples=15, deadline=None)
@given(
    dead=st.integers(2, 60).map(lambda k: k * 500),
    when=st.sampled_from([("last August", "2022-08"), ("in March", "2023-03")]),
    teller=st.sampled_from(["its army chief", "the defence minister", "President Zelensky"]),
)
def test_news_a_figure_said_since_dates_from_the_saying(
    news: News, dead: int, when: tuple[str, str], teller: str
) -> None:
    words, month = when
    read = news(
        f"Kyiv has given no toll since {teller} said {words} that {dead:,} Ukrainian"
        " soldiers had died.",
        published=_PUBLISHED,
    )
    assert [str(c.as_of) for c in read.claims] == [month]


def test_news_a_figure_since_a_dated_event_keeps_its_span(news: News) -> None:
    """The near miss: "since" a dated event with no verb of saying still starts a span."""
    read = news(
        "The general staff said on Friday that 40,000 Russian soldiers had been killed"
        " since the offensive began last August.",
        published=_PUBLISHED,
    )
    assert [str(c.as_of) for c in read.claims] == ["2023-08-18"]
