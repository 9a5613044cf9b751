"""A size given to an uncounted run of handovers: "several handovers of 1,000 each".

"Last spring there were several repatriations of 800 bodies each": the figure sizes
each of a number of handovers nobody counted, so neither one handover on a day nor
their sum can be told from it; none is read (a miss, not a wrong figure). A counted
run ("two exchanges of 1,300 each") or one handover ("an exchange of 500") keeps its
reading. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_OPENING = "Kyiv got back the bodies of 640 fallen soldiers on Monday. "


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (_OPENING + "Last year there were several handovers of 1,000 each.", "1,000"),
        (
            _OPENING
            + "It is fewer than in 2024, when there were many handovers of a thousand each.",
            "1,000",
        ),
        (
            _OPENING + "In the spring the sides held numerous repatriations of 750 bodies apiece.",
            "750",
        ),
        (
            "Kyiv and Moscow swapped 95 soldiers on Friday."
            " Before that came several swaps of 210 prisoners each.",
            "210",
        ),
        (_OPENING + "Over the summer there were various handovers of 900 bodies.", "900"),
    ],
)
def test_size_of_uncounted_handovers_moves_no_one(news: News, text: str, count: str) -> None:
    """The size of each of many uncounted handovers is no one handover's figure."""
    result = news(text)
    assert Count.parse(count) not in result.moved_counts()
    assert Count.parse(count) not in {k[2] for k in result.tally_keys()}


def test_the_told_handover_beside_it_is_still_read(news: News) -> None:
    """The sentence before, with its own day, keeps its handover."""
    result = news(_OPENING + "Last year there were several handovers of 1,000 each.")
    assert result.moved_counts() == {Count.parse("640")}


def test_one_handover_of_a_size_keeps_its_reading(news: News) -> None:
    """Near miss: a singular handover of N, with its day, is still that handover."""
    result = news("There was a handover of 820 bodies to Ukraine on 3 October.")
    assert Count.parse("820") in result.moved_counts()


@given(n=st.integers(min_value=20, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_size_of_several_handovers(news: News, n: int) -> None:
    """Whatever the size, several handovers of it move no one and sum to nothing."""
    result = news(_OPENING + f"Last year there were several handovers of {n:,} bodies each.")
    assert Count.parse(f"{n:,}") not in result.moved_counts()
    assert Count.parse(f"{n:,}") not in {k[2] for k in result.tally_keys()}
