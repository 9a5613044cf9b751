"""A bare count that a side says "had surrendered" counts men who gave up to that side.

"Moscow's defence ministry said at the time that 1,900 had laid down their arms": the
figure opens what a government says, its own verb says the men gave up, so they are
the enemy's men in the teller's hands, as "1,900 marines had surrendered" with a noun
already reads. A captor named after the verb ("surrendered to Russian forces") says
whose hands they are in; a teller of no side gives none.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow's defence ministry said at the time that 1,900 had laid down their arms.",
            ("UKR", "captured", Count.exact(1900)),
        ),
        (
            "Ukraine's General Staff said on Monday that 120 had surrendered near Sudzha.",
            ("RUS", "captured", Count.exact(120)),
        ),
        (
            "Kyiv said that 300 had surrendered to Russian forces near the town.",
            ("UKR", "captured", Count.exact(300)),
        ),
        (
            "Moscow said that 75 had been taken prisoner by Ukrainian troops.",
            ("RUS", "captured", Count.exact(75)),
        ),
    ],
)
def test_a_bare_count_said_to_have_given_up(
    news: News, found: Found, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@given(count=st.integers(min_value=20, max_value=60000))
@_SETTINGS
def test_any_bare_count_a_ministry_says_surrendered_is_the_enemys(
    news: News, found: Found, count: int
) -> None:
    text = f"The Russian defence ministry said that {count:,} had surrendered."
    assert found(news(text)) == {("UKR", "captured", Count.exact(count))}


@pytest.mark.parametrize(
    "text",
    [
        # a teller of no side: whose men they were is not said
        "Reporters said that 300 had surrendered.",
        # no clause of saying: a bare count with nothing to say whose
        "By evening 300 had surrendered.",
    ],
)
def test_no_side_for_a_bare_surrender_no_side_tells(news: News, found: Found, text: str) -> None:
    assert not found(news(text))
