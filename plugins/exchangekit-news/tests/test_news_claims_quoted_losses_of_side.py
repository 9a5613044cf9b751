"""A loss noun quoted from the teller's own words still names whose losses follow "of".

'Kyiv's army put the "personnel losses" of the Russian side at about 9,200': the quote
marks only say the words are the teller's, so the losses are still Russia's, never the
teller's own. Without "of <side>" the teller's words name no side and the usual rules
stand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]

_TELLERS = {"UKR": "The Ukrainian General Staff", "RUS": "The Russian defence ministry"}
_SIDES = {"UKR": "the Ukrainian side", "RUS": "the Russian side"}


@settings(max_examples=20, deadline=None)
@given(
    teller=st.sampled_from(sorted(_TELLERS)),
    noun=st.sampled_from(["losses", "personnel losses", "casualties"]),
    quote=st.sampled_from(['"', "'", "\u201c"]),
    amount=st.integers(min_value=1_100, max_value=400_000),
)
def test_news_quoted_losses_of_a_side_are_that_sides(
    news: News, found: Found, teller: str, noun: str, quote: str, amount: int
) -> None:
    """Whoever tells it and however the noun is quoted, the count is the other side's."""
    other = "RUS" if teller == "UKR" else "UKR"
    close = "\u201d" if quote == "\u201c" else quote
    text = (
        f"{_TELLERS[teller]}, in a statement on Monday, put the {quote}{noun}{close} of "
        f"{_SIDES[other]} at {amount:,}."
    )
    got = found(news(text))
    assert {subject for subject, _, _ in got} == {other}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('Ukraine\'s army put the "combat losses" of the Russian army at around 9,200.', "RUS"),
        ("Moscow's ministry said the 'losses' of the Ukrainian side had reached 4,700.", "UKR"),
    ],
)
def test_news_quoted_losses_never_go_to_the_teller(
    news: News, found: Found, text: str, side: str
) -> None:
    assert {subject for subject, _, _ in found(news(text))} == {side}
