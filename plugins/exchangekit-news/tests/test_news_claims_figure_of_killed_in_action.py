"""A figure "of" a loss said with "in action": "figures for Russian killed in action of
between 30,000 and 40,000".

"Killed in action", "missing in action" and "wounded in action" name one loss, so a
figure joined to the phrase by "of" is the value of that loss, as it is after "killed".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2024, 3, 4)
_CODE = {"Ukrainian": "UKR", "Russian": "RUS"}
_KIND = {"killed": "killed", "missing": "missing", "wounded": "wounded"}


@settings(max_examples=25, deadline=None)
@given(
    side=st.sampled_from(["Ukrainian", "Russian"]),
    kind=st.sampled_from(["killed", "missing", "wounded"]),
    low=st.integers(11, 40).map(lambda n: n * 1000),
    width=st.integers(2, 9).map(lambda n: n * 1000),
)
def test_news_range_of_a_loss_in_action(
    news: News, side: str, kind: str, low: int, width: int
) -> None:
    high = low + width
    text = (
        f"Papers that came to light in January gave figures for {side} {kind} in action "
        f"of between {low:,} and {high:,}, a spread the analysts called wide."
    )
    claims = [c for c in news(text, published=_DAY).claims if f"{low:,}" in str(c.count)]
    assert claims, text
    assert {(c.subject.code, c.category.value) for c in claims} == {(_CODE[side], _KIND[kind])}
    assert {str(c.count) for c in claims} == {f"{low:,}\u2013{high:,}"}


def test_news_single_figure_of_a_loss_in_action(news: News) -> None:
    """One figure, hedged, in the same construction."""
    text = (
        "An intelligence summary seen by reporters last week gave a figure for Ukrainian "
        "missing in action of about 14,000."
    )
    claims = news(text, published=_DAY).claims
    assert [(c.subject.code, c.category.value) for c in claims] == [("UKR", "missing")]


def test_news_action_of_a_figure_is_no_loss(news: News) -> None:
    """Near miss: "action" that is not a loss phrase leaves the figure "of" it unread."""
    text = (
        "The ministry announced a plan of action of 12,000 hryvnias for each family of "
        "soldiers killed near the Russian border."
    )
    assert not [c for c in news(text, published=_DAY).claims if "12,000" in str(c.count)]
