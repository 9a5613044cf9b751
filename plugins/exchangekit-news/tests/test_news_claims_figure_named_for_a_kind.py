"""A total whose kind the same sentence names: "a figure for its dead; ... put the number at N".

When a sentence says what a count is of ("has rarely given a figure for its dead",
"seldom offers a tally of its own deaths") and then gives "the number" or "the
total", the figure is of that kind, not of the claim told in the sentence before,
which may count another kind of loss (the missing, the wounded).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said about 20,000 Ukrainian soldiers were missing. Kyiv has rarely "
            "given a figure for its dead; in March 2024 the defence minister put the "
            "number at 43,000.",
            ("UKR", "killed", Count.exact(43_000)),
        ),
        (
            "Moscow said 9,000 Russian troops were wounded last month. The ministry seldom "
            "offers a tally of its own deaths; in 2022 it put the total at 5,937.",
            ("RUS", "killed", Count.exact(5_937)),
        ),
        # harder: the kind is the wounded, after a claim of the missing
        (
            "About 15,000 Ukrainian soldiers are missing, the ombudsman said. The army has "
            "given a figure for its wounded only once; the president put the number at "
            "31,000.",
            ("UKR", "wounded", Count.exact(31_000)),
        ),
    ],
)
def test_news_a_total_takes_the_kind_its_sentence_names(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert expected in found(news(text))
    assert {c for _, c, n in found(news(text)) if n == expected[2]} == {expected[1]}


def test_news_a_total_with_no_kind_of_its_own_takes_up_the_claim_before(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Officials said about 20,000 Ukrainian soldiers were missing. A month later the "
        "ombudsman put the number at 23,000."
    )
    assert ("UKR", "missing", Count.exact(23_000)) in found(news(text))


@given(st.integers(min_value=2_200, max_value=900_000))
def test_news_a_figure_for_the_dead_is_never_the_missing(news: News, n: int) -> None:
    text = (
        "Roughly 10,000 Ukrainian soldiers are missing, families say. Kyiv has seldom "
        f"given a figure for its dead; last year it put the number at {n:,}."
    )
    kinds = {(c.subject.code, c.category.value) for c in news(text).claims if c.count.low == n}
    assert kinds == {("UKR", "killed")}
