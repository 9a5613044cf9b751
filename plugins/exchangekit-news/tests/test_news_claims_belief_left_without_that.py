"""A belief reported with its "that" left out opens a clause of saying, as "that" does.

"London said last month it thought around 850,000 had been killed or wounded" tells
its figure as "London said that around 850,000 had been killed or wounded" does: a
bare count in a sentence of no side goes on with the side the claim just before was
about. A figure that is no count of casualties ("it thought 850,000 was too high")
stays unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_BEFORE = "Kyiv's army says Russia has lost more than 910,000 troops. "


@pytest.mark.parametrize(
    ("belief", "expected"),
    [
        (
            "The analysts said in April they thought around 860,000 had been killed or wounded.",
            Count.parse("around 860,000"),
        ),
        (
            "A Western official said she believed some 700,000 had been killed or wounded.",
            Count.parse("some 700,000"),
        ),
        (
            "London's defence intelligence said last month it judged about seven hundred "
            "and twenty thousand had been killed or wounded.",
            Count.parse("about 720,000"),
        ),
    ],
)
def test_a_belief_without_that_goes_on_with_the_side_just_told(
    news: News, found: Found, belief: str, expected: Count
) -> None:
    assert ("RUS", "total_losses", expected) in found(news(_BEFORE + belief))


@given(count=st.integers(min_value=3, max_value=900).map(lambda n: n * 1000))
@_SETTINGS
def test_any_count_believed_without_that_is_read_as_written(
    news: News, found: Found, count: int
) -> None:
    text = _BEFORE + f"The analysts said they thought {count:,} had been killed or wounded."
    assert ("RUS", "total_losses", Count.exact(count)) in found(news(text))


def test_a_believed_figure_that_counts_no_casualties_stays_unread(news: News, found: Found) -> None:
    # near miss: the belief is about the figure, not a count of the dead or wounded
    text = _BEFORE + "The analysts said they thought 850,000 was too high."
    assert {c for _, _, c in found(news(text))} == {Count.more_than(910000)}
