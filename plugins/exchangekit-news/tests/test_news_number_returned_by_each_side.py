"""A running total "returned by each side": each way's, never the speaker's side alone.

"Moscow's defence ministry put the number released by each side since Monday at 640":
"each side" hands the figure to both ways at once, so no one side is its receiver.
Before, the speaker's own side was taken as the one receiver, a silently wrong side;
now the total is not read as any one side's (a miss, not a wrong figure). "By both
sides" said by a go-between stays its two-way total, and a side named after "by" still
names the sender. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's defence ministry put the number released by each side since Monday at 640.",
        "Kyiv puts the overall number of prisoners returned by each side since Tuesday at 640.",
        "The ministry put the total number of soldiers handed over by either side since"
        " Wednesday at 640.",
    ],
)
def test_total_by_each_side_is_no_one_sides(news: News, text: str) -> None:
    """No single side receives what each side returned."""
    result = news(text)
    assert Count.parse("640") not in {k[2] for k in result.tally_keys() if k[1] != "RUS+UKR"}


def test_a_named_side_after_by_still_sends(news: News) -> None:
    """Near miss: "returned by Russia" names the sender, so Ukraine receives."""
    result = news("Kyiv put the number of prisoners returned by Russia since Monday at 640.")
    assert ("RUS", "UKR", Count.parse("640")) in result.tally_keys()


def test_a_go_betweens_both_sides_is_still_two_way(news: News) -> None:
    """Near miss: a mediator's total "released by both sides" keeps its two-way reading."""
    result = news(
        "Qatar's foreign ministry put the number of captives freed by both sides with its"
        " help since January at 1,640."
    )
    assert result.tally_keys() == {(None, "RUS+UKR", Count.parse("1,640"))}


@given(n=st.integers(min_value=20, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_total_by_each_side(news: News, n: int) -> None:
    """Whatever the figure, no one side is given a total returned by each side."""
    result = news(
        f"Moscow's defence ministry put the number returned by each side since Monday at {n:,}."
    )
    assert not result.tallies
