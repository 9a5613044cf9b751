"""The other side's losses told as "the same" as a claim just made.

"Russia had suffered well over 100,000 killed and wounded, and Ukraine had probably
suffered the same": the second side's loss is the first claim's figure and kind. Only a
bare "the same" ending the clause copies the claim; "the same fate" or "not the same" does
not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=10_000, max_value=400_000),
    sides=st.sampled_from(
        [("Russia", "RUS", "Ukraine", "UKR"), ("Ukraine", "UKR", "Russia", "RUS")]
    ),
    hedge=st.sampled_from(["", "probably ", "likely "]),
    verb=st.sampled_from(["suffered", "lost", "sustained"]),
)
def test_news_the_same_loss_of_the_other_side_copies_the_claim(
    news: News, found: Found, n: int, sides: tuple[str, str, str, str], hedge: str, verb: str
) -> None:
    """Whatever the figure, the sides and the hedge, "the same" gives both sides the figure."""
    first, first_code, second, second_code = sides
    text = (
        f"The general said in a speech that {first} had {verb} more than {n:,} soldiers killed "
        f"and wounded, and that {second} had {hedge}{verb} the same."
    )
    assert found(news(text)) == {
        (first_code, "total_losses", Count.parse(f"more than {n:,}")),
        (second_code, "total_losses", Count.parse(f"more than {n:,}")),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The general said Russia had lost more than 90,000 soldiers killed and wounded, and "
        "that Ukraine had suffered the same fate in Bakhmut.",
        "The general said Russia had lost more than 90,000 soldiers killed and wounded; "
        "Ukraine's losses are not the same.",
    ],
)
def test_news_the_same_with_a_noun_or_of_no_loss_copies_nothing(
    news: News, found: Found, text: str
) -> None:
    """Near misses: "the same fate" and "not the same" give the other side no figure."""
    assert all(side == "RUS" for side, _, _ in found(news(text)))
