"""Losses "in the previous seven days" are the week's, never a total since the war began.

"Ukraine had lost around 1,800 servicemen in the previous seven days": the window
counted back from the telling bounds the figure as "the past seven days" does, so the
claim is of that period.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, ClaimScope

from .conftest import read


def claims(text: str) -> list[CasualtyClaim]:
    """The casualty claims the parser reads in ``text``, published 3 March 2025."""
    return read(text, source="a.txt", published=date(2025, 3, 3), publisher="Desk").claims


@settings(max_examples=30, deadline=None)
@given(
    window=st.sampled_from(("previous seven days", "preceding seven days", "past seven days")),
    n=st.integers(min_value=200, max_value=9_000),
    alone=st.sampled_from(("", " alone")),
)
def test_news_losses_in_the_previous_seven_days_are_of_that_period(
    window: str, n: int, alone: str
) -> None:
    text = (
        f"Russia's defence ministry said on Saturday that Ukraine had lost {n:,} "
        f"servicemen in the {window}{alone}."
    )
    read = claims(text)
    assert read, text
    assert all(c.scope is ClaimScope.PERIOD for c in read), text
