"""A figure of the earlier swap stays its own, past an aside "as <someone> said (then)".

"The exchange came a week after a swap on 31 December, in which, as Kyiv said at the
time, 82 came home": the 82 are the earlier swap's, on 31 December, as they are with
no aside; the aside of saying between commas says who told it, not when it happened,
so the week counted on from the swap does not date them. An aside with no saying
("in which, after long talks, ...") ends the relative clause as before.
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
PUBLISHED = date(2023, 4, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KYIV, April 8 - The swap came a week after another swap on 31 December, in which, "
            "as Kyiv said at the time, 82 soldiers came home.",
            "2022-12-31",
        ),
        (
            "KYIV, April 8 - Saturday's exchange came two weeks after a handover on 14 March, "
            "in which, as the ombudsman reported then, 90 Ukrainian prisoners of war were freed.",
            "2023-03-14",
        ),
        (
            "KYIV, April 8 - The release came three days after a swap on 2 April, in which, "
            "as the Russian defence ministry announced that evening, 45 of its soldiers "
            "came home.",
            "2023-04-02",
        ),
    ],
)
def test_news_a_figure_of_the_counted_from_swap_keeps_its_day_past_an_aside_of_saying(
    news: News, text: str, expected: str
) -> None:
    assert news(text, published=PUBLISHED).periods() == {expected}


def test_news_the_same_swap_with_no_aside_keeps_its_day(news: News) -> None:
    text = (
        "KYIV, April 8 - The swap came a week after another swap on 31 December, in which "
        "82 soldiers came home."
    )
    assert news(text, published=PUBLISHED).periods() == {"2022-12-31"}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1799),
    weeks=st.sampled_from(["a week", "two weeks", "three weeks"]),
)
def test_news_any_count_past_the_aside_is_of_the_swap_counted_from(
    news: News, n: int, weeks: str
) -> None:
    text = (
        f"KYIV, April 8 - The exchange came {weeks} after a swap on 3 March, in which, as "
        f"Moscow said at the time, {n:,} Ukrainian soldiers came home."
    )
    read = news(text, published=PUBLISHED)
    assert {str(e.period) for e in read.exchanges} == {"2023-03-03"}
    assert [t.count for e in read.exchanges for t in e.transfers] == [Count.parse(f"{n:,}")]
