"""A count of losses named, talked about as "the number", then taken up by "it".

"Kyiv publishes a daily count of Russian losses. The number has grown fast. It
topped 500,000 in February": a sentence with no figure whose subject is "the
number" (or "that tally") goes on about the count named just before, so the "it"
after it is still that side's count of that kind.
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
Claims = Callable[[Any], set[tuple[str, str, str, str]]]
PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's General Staff publishes a daily count of Russian losses. The number "
            "has grown fast. It topped 500,000 in February 2024 and 750,000 in January "
            "this year.",
            {
                ("RUS", "total_losses", "more than 500,000", "2024-02"),
                ("RUS", "total_losses", "more than 750,000", "2025-01"),
            },
        ),
        (
            "Ukraine's General Staff publishes a daily count of Russian losses. The number "
            "has grown fast. It stood at 900,000 on Monday.",
            {("RUS", "total_losses", "900,000", "2025-06-09")},
        ),
        (
            "Russia's defence ministry keeps a running tally of Ukrainian losses. That "
            "tally is updated every morning. It passed 400,000 on 3 March.",
            {("UKR", "total_losses", "more than 400,000", "2025-03-03")},
        ),
    ],
)
def test_news_it_after_the_number_is_the_count_named_before(
    news: News, dated_claims: Claims, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert dated_claims(news(text, published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    "middle",
    [
        "The number of tanks has grown fast.",  # another count, of equipment
        "Moscow disputes it.",  # a side between: no count taken up
    ],
)
def test_news_a_sentence_about_something_else_breaks_the_chain(
    news: News, dated_claims: Claims, middle: str
) -> None:
    text = (
        "Ukraine's General Staff publishes a daily count of Russian losses. "
        f"{middle} It topped 5,000 in February."
    )
    assert dated_claims(news(text, published=PUBLISHED)) == set()


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(100, 999).map(lambda k: k * 1000),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    head=st.sampled_from(["The number", "That figure", "The tally"]),
)
def test_news_the_count_taken_up_keeps_its_side(
    news: News, count: int, side: tuple[str, str], head: str
) -> None:
    text = (
        f"A daily count of {side[0]} losses is published every morning. {head} is "
        f"watched closely. It passed {count:,} on 2 May."
    )
    got = {(c.subject.code, c.count) for c in news(text, published=PUBLISHED).claims}
    assert got == {(side[1], Count.parse(f"more than {count:,}"))}
