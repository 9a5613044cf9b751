"""A counted run of stages between "the number" and its figure makes the figure a sum.

"put the number handed over in the three stages at N" (a put-at total) and "the number of
bodies returned in four rounds was N" share one reading of the counted stages; "in one
swap" counts none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@settings(max_examples=15, deadline=None)
@given(
    count=st.sampled_from(["two", "three", "four", "5"]),
    stages=st.sampled_from(["stages", "rounds", "phases", "swaps", "operations"]),
)
def test_news_a_put_at_figure_over_counted_stages_is_never_one_handover(
    news: News, count: str, stages: str
) -> None:
    text = (
        f"Moscow put the number of bodies it had handed over in the {count} {stages} at "
        "2,480, a ministry official said."
    )
    assert news(text).exchanges == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv put the number of soldiers it had got back over the past three days at 610.",
        # the harder form: an aside between the verb and the counted stages
        "Russia, for its part, put the number it had returned in two rounds at 1,150.",
    ],
)
def test_news_counted_stages_make_a_put_at_total(news: News, text: str) -> None:
    assert news(text).exchanges == []


def test_news_one_swap_counts_no_stages(news: News) -> None:
    # near miss: "in one swap" names a single handover, whose size the figure is
    text = (
        "Moscow put the number of bodies it had handed over in one swap at 480, an official said."
    )
    assert [str(t.count) for e in news(text).exchanges for t in e.transfers] == ["480"]
