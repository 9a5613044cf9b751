"""A verbless "N soldiers each way in <date>" right after a colon is one exchange done then.

"It was a slow start: 12 soldiers each way in early May, and more in the summer": the people
said to have gone each way, with a date of their own, size one exchange on that date, both
ways, as "12 for 12 in early May" after the colon does. With no date of their own, or after a
clause that proposes or wonders ("Kyiv proposed a new round: 300 soldiers each way in May"),
they are no exchange done.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "It was a slow start: 12 soldiers each way in early May, and more in the summer.",
            "2025-05",
        ),
        ("The figures stayed small: 12 soldiers in each direction on 6 May.", "2025-05-06"),
    ],
)
def test_share_after_colon_goes_both_ways_on_its_date(recap: Recap, text: str, period: str) -> None:
    """12 prisoners of war each way, on the item's own date."""
    assert recap(text) == {
        (period, "RUS", "UKR", "prisoners_of_war", "12"),
        (period, "UKR", "RUS", "prisoners_of_war", "12"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv proposed a new round: 300 soldiers each way in May.",
        "The numbers may grow: 300 soldiers each way in May.",
        "The figures stayed small: 12 soldiers each way.",
    ],
)
def test_plan_or_undated_share_reads_nothing(recap: Recap, text: str) -> None:
    """A plan's share, or one with no date of its own, is no exchange."""
    assert not recap(text)
