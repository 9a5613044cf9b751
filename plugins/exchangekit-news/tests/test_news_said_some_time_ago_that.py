"""A time counted back between a verb of saying and "that" dates the reported figure.

"his first update since he said a year ago that 31,000 had died": the year ago is when
the figure was said, so it is the figure's date, not the start of a span the figure
counts from, just as "since he said last February that ..." is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import Read

Dated = Callable[[Read], set[tuple[str, str, str, str]]]

_TUESDAY = date(2025, 3, 18)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "It was her first new figure since she said a year ago that 24,000 Ukrainian "
            "soldiers had been killed.",
            "2024-03",
        ),
        (
            "The count has not moved since the minister said two months ago that 24,000 "
            "Ukrainian soldiers had been killed.",
            "2025-01",
        ),
        # near-miss: the month named is read the same way
        (
            "It was her first new figure since she said last March that 24,000 Ukrainian "
            "soldiers had been killed.",
            "2024-03",
        ),
    ],
)
def test_news_said_some_time_ago_dates_the_figure(
    news: Callable[..., Read], dated_claims: Dated, text: str, month: str
) -> None:
    assert dated_claims(news(text, published=_TUESDAY)) == {("UKR", "killed", "24,000", month)}


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=1_000, max_value=90_000),
    back=st.sampled_from([("a year", "2024-03"), ("three months", "2024-12")]),
)
def test_news_a_count_back_after_said_is_never_a_span_start(
    news: Callable[..., Read], dated_claims: Dated, n: int, back: tuple[str, str]
) -> None:
    text = (
        f"That was his first update since he said {back[0]} ago that {n:,} Ukrainian "
        "soldiers had been killed."
    )
    assert dated_claims(news(text, published=_TUESDAY)) == {("UKR", "killed", f"{n:,}", back[1])}


def test_news_a_saying_counted_back_is_recalled_in_passing(
    news: Callable[..., Read], dated_claims: Dated
) -> None:
    # "the same speech" is the one the story tells, not the saying of a year ago
    text = (
        "In a speech on Monday, President Volodymyr Zelensky said more than 52,000 "
        "Ukrainian soldiers had been killed. It was his first figure since he said a year "
        "ago that 24,000 had died. In the same speech he said about 300,000 Russian "
        "soldiers had been killed."
    )
    assert {(s, n, d) for s, _, n, d in dated_claims(news(text, published=_TUESDAY))} >= {
        ("UKR", "24,000", "2024-03"),
        ("RUS", "around 300,000 [270,000, 330,000]", "2025-03-17"),
    }
