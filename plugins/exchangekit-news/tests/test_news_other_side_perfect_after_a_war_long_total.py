"""The other side's "has received N" after a total over the whole war is its total too.

"Since the war began, about 7,500 bodies have come back to Ukraine. Russia has
received 210": a running total told since the start of the war (or "so far", or
"in all") gives no date and no start of its own, yet spans the whole war, as
"Since 2022" does; the other side's undated perfect set against it sums the same
span the other way. With a date of its own, or after a handover that is no total,
it stays a handover.
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
    "before",
    [
        "Since the start of the full-scale invasion, about 7,500 bodies have been returned "
        "to Ukraine. ",
        "Since the war began, Kyiv has taken back some 7,500 bodies. ",
        "About 7,500 bodies have been repatriated to Ukraine so far. ",
    ],
)
def test_news_other_side_has_received_after_a_war_long_total_is_a_total(
    news: News, before: str
) -> None:
    found = news(before + "Russia has received 210.")
    assert ("UKR", "RUS", Count.parse("210")) in found.tally_keys()
    assert Count.parse("210") not in found.moved_counts()


def test_news_other_side_has_received_with_a_day_stays_a_handover(news: News) -> None:
    found = news(
        "Since the start of the war, about 7,500 bodies have been returned to Ukraine. "
        "Russia has received 210 on Friday."
    )
    assert ("UKR", "RUS", Count.parse("210")) not in found.tally_keys()


def test_news_other_side_has_received_after_a_handover_is_no_total(news: News) -> None:
    found = news("Ukraine took back 750 bodies. Russia has received 21.")
    assert ("UKR", "RUS", Count.parse("21")) not in found.tally_keys()


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_other_side_has_received_any_figure_after_a_war_long_total(news: News, n: int) -> None:
    found = news(
        "Since the start of the invasion, some 7,500 bodies have been returned to Ukraine. "
        f"Moscow has received {n:,}."
    )
    assert ("UKR", "RUS", Count.parse(f"{n:,}")) in found.tally_keys()
    assert Count.parse(f"{n:,}") not in found.moved_counts()
