"""Losses taken up by "they" past a semicolon: "...figures of Russian losses; they passed 90,000".

"Kyiv posts figures of Russian personnel losses each morning; by June they had passed
90,000": the pronoun after the semicolon takes up the losses before it, and the figure
is their value. A clause after the semicolon with a subject of its own ("the rate had
passed 900") is another thing's value, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


@pytest.mark.parametrize(
    "clause",
    [
        "by June they had passed 90,000",
        "they have now exceeded 90,000",
        "by spring they topped 90,000",
    ],
)
def test_they_after_a_semicolon_take_up_the_losses(news: News, found: Found, clause: str) -> None:
    """The figure after "they" is the value of the losses before the semicolon."""
    text = f"Kyiv posts figures of Russian personnel losses each morning; {clause}."
    assert ("RUS", "total_losses", Count.parse("more than 90,000")) in found(news(text))


def test_another_subject_after_the_semicolon_is_no_value_of_the_losses(
    news: News, found: Found
) -> None:
    """Near miss: "the daily rate" after the semicolon is its own subject, no loss's value."""
    text = (
        "Kyiv posts figures of Russian personnel losses each morning; the daily rate had "
        "passed 900."
    )
    assert all(c != Count.parse("more than 900") for _, _, c in found(news(text)))
