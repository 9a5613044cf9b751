"""A later clause restating a handover's size "each time" over listed months (b24-f).

"In March, Kyiv received 640 bodies, and in June and July the figure was 880 each
time": the second clause has no verb of its own; it gives the size of the same
one-way handover at each month it lists.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

Legs = Callable[..., dict[tuple[str, str, PersonCategory], list[Count]]]

PUBLISHED = date(2025, 12, 30)


@pytest.mark.parametrize(
    "text",
    [
        "In March, Kyiv received 640 bodies, and in June and July the figure was 880 each time.",
        # harder: verbless after a semicolon, and a source aside closing the sentence
        "In March, Kyiv received 640 bodies; in June and July, 880 each time.",
        "In March, Kyiv received 640 bodies, and in June and July the number was 880 each"
        " time, according to the headquarters.",
    ],
)
def test_news_restated_size_each_time_repeats_the_handover(legs_of: Legs, text: str) -> None:
    found = legs_of(text, PUBLISHED)
    assert found == {
        ("RUS", "UKR", PersonCategory.REMAINS): [
            Count.exact(640),
            Count.exact(880),
            Count.exact(880),
        ]
    }


@pytest.mark.parametrize(
    "text",
    [
        # no "each time": one figure over two months, not a size per month
        "In March, Kyiv received 640 bodies, and in June and July the figure was 880.",
        # another sentence: the size is not tied to a handover of its own clause
        "Kyiv received 640 bodies in March. In June and July the figure was 880 each time.",
    ],
)
def test_news_size_without_each_time_in_its_clause_is_not_repeated(
    legs_of: Legs, text: str
) -> None:
    assert legs_of(text, PUBLISHED) == {("RUS", "UKR", PersonCategory.REMAINS): [Count.exact(640)]}


@settings(max_examples=20, deadline=None)
@given(first=st.integers(100, 999), later=st.integers(100, 999))
def test_news_restated_size_reads_any_figures(legs_of: Legs, first: int, later: int) -> None:
    text = (
        f"In March, Kyiv received {first} bodies, and in June and July the figure was"
        f" {later} each time."
    )
    counts = legs_of(text, PUBLISHED)[("RUS", "UKR", PersonCategory.REMAINS)]
    assert sorted(c.best for c in counts) == sorted([first, later, later])
