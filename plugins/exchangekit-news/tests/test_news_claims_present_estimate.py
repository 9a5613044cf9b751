"""A present estimate hedged with "is likely to be" is a claim; a projection is not.

"The number of Chechen dead is likely to be around 40,000" weighs a count already
made, as "were likely to be" does; "losses are likely to be a million by spring" or
"are likely to reach" look ahead and give no figure anyone holds now, and so does a
time to come after the figure ("... when the fighting stops", "within a year"). A loose
magnitude ("in the region of", "on the order of") hedges the figure like "around".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2024, 10, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "London assesses that the number of Russian troops killed is likely to be "
            "around 90,000.",
            [("RUS", "killed", "around 90,000 [81,000, 99,000]")],
        ),
        # harder: plural loss noun as subject, a loose magnitude, a clause after it
        (
            "Ukrainian dead are likely to be in the region of 40,000, though Kyiv "
            "publishes no figure of its own.",
            [("UKR", "killed", "around 40,000 [36,000, 44,000]")],
        ),
        (
            "The total of Russian casualties is likely to be on the order of 500,000 to "
            "600,000, the ministry said.",
            [("RUS", "total_losses", "450,000–660,000")],
        ),
    ],
)
def test_news_present_estimate_hedged_with_likely_is_a_claim(
    news: News, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert news(text, published=_DAY).claim_list() == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a time to come, or a verb of growth, makes it a projection
        "Russian losses are likely to be 900,000 by spring, the ministry said.",
        "The number of Russian troops killed is likely to be 120,000 by the end of the year.",
        "Russian casualties are likely to reach 900,000 soon, the ministry said.",
    ],
)
def test_news_projection_with_likely_is_no_claim(news: News, text: str) -> None:
    assert news(text, published=_DAY).claim_list() == []


@pytest.mark.parametrize(
    "text",
    [
        # a time to come after the figure, with no "by": the estimate is of a later count
        "The number of Ukrainian troops killed is likely to be 180,000 before the talks "
        "resume, officials said.",
        "Russian casualties are likely to be 700,000 within a year, the ministry said.",
        # harder: a floor after the figure, the time in a longer phrase
        "The Russian toll of dead is likely to be 300,000 or more in the coming months, "
        "a think tank said.",
        "Ukrainian losses are likely to be about 200,000 when the fighting stops.",
    ],
)
def test_news_likely_with_a_time_to_come_after_the_figure_is_no_claim(
    news: News, text: str
) -> None:
    assert news(text, published=_DAY).claim_list() == []


def test_news_time_word_of_the_saying_leaves_the_estimate_present(news: News) -> None:
    # near miss: "after" dates when the ministry spoke, not the count
    text = (
        "The number of Russian troops killed is likely to be around 90,000, the ministry "
        "said after the briefing."
    )
    assert news(text, published=_DAY).claim_list() == [
        ("RUS", "killed", "around 90,000 [81,000, 99,000]")
    ]
