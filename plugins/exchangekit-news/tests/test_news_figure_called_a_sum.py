"""A figure that a later line calls only the sum of two others is no handover.

A live blog's correction ("the 402 we quoted is simply the sum of 207 and 195") says
the bigger number added up both sides' counts: reading it as people moved one way
would invent a handover. The two counts themselves are told elsewhere. Every text
here is read as published on 10 June 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 6, 10)


def _counts(read: Any) -> set[str]:
    return {str(t.count) for e in read.exchanges for t in e.transfers}


@settings(max_examples=12, deadline=None)
@given(
    st.integers(min_value=20, max_value=300),
    st.integers(min_value=20, max_value=300),
    st.sampled_from(
        [
            'A correction: the figure of "the sides exchanged {s} prisoners" that we quoted'
            " was simply the sum of {a} and {b}.",
            "Note: the {s} prisoners we said were swapped is just the sum of {a} and {b}.",
        ]
    ),
)
def test_news_a_figure_called_a_sum_is_not_read(
    news: Callable[..., Any], a: int, b: int, template: str
) -> None:
    read = news(template.format(s=a + b, a=a, b=b), published=PUBLISHED)
    assert str(a + b) not in _counts(read)


def test_news_a_sum_of_unnamed_lists_is_no_sum_of_two_figures(news: Callable[..., Any]) -> None:
    # near-miss: "the sum of two lists" names no two figures, and the handover stands
    read = news(
        "Russia returned 402 prisoners on Friday, the sum of two lists.", published=PUBLISHED
    )
    assert _counts(read) == {"402"}
