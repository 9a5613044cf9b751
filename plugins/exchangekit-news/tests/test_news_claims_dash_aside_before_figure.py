"""An aside between dashes that splits a verb of losing from its figure.

"Moscow says Ukraine has lost — its dead, wounded and missing together — more than
400,000 soldiers": a pair of dashes sets off an aside inside one clause, so the verb
and the side before the opening dash are the figure's, as they would be without the
aside. An aside holding a figure of its own may be a clause of its own and is not
passed over.
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
            "Moscow says Ukraine has lost — its dead, wounded and missing together — more "
            "than 400,000 soldiers.",
            ("UKR", "total_losses", Count.more_than(400000)),
        ),
        (
            "Ukraine's army command says Russia has lost - and that means killed, wounded "
            "and captured - well over 790,000 troops.",
            ("RUS", "total_losses", Count.more_than(790000)),
        ),
        (
            "The ministry in Moscow said Kyiv had lost — by its own reckoning — close to "
            "9,000 servicemen.",
            ("UKR", "total_losses", Count.parse("close to 9,000")),
        ),
        (
            "Kyiv says Russia has lost — killed, wounded, captured — well over six hundred "
            "thousand people.",
            ("RUS", "total_losses", Count.more_than(600000)),
        ),
    ],
)
def test_a_dash_aside_leaves_the_verb_of_losing_to_its_figure(
    news: News, found: Found, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@given(
    count=st.integers(min_value=5, max_value=900).map(lambda n: n * 1000),
    aside=st.sampled_from(["killed, wounded and captured", "by its own count", "it says"]),
)
@_SETTINGS
def test_any_figure_after_a_dash_aside_keeps_the_loser_before_it(
    news: News, found: Found, count: int, aside: str
) -> None:
    text = f"Kyiv said Russia had lost — {aside} — more than {count:,} soldiers."
    assert found(news(text)) == {("RUS", "total_losses", Count.more_than(count))}


def test_an_aside_with_a_figure_of_its_own_is_not_passed_over(news: News, found: Found) -> None:
    # near miss: the aside counts a day of its own; the figure after it is not "lost"
    text = (
        "Kyiv said Russia had lost — 1,200 on Monday alone — and 300 Ukrainian soldiers "
        "were freed on Tuesday."
    )
    assert ("RUS", "total_losses", Count.exact(300)) not in found(news(text))
