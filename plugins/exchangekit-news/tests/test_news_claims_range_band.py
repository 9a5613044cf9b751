"""A range given after an estimate as its margin is the same estimate, not a second one.

"about 165,000 had been killed, within a range of 140,000 to 200,000": the two ends
after ", within (with) a range of" bound the single figure just told; reading them as
another claim would print the one estimate twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=50, max_value=300),
    st.sampled_from(["within", "with"]),
    st.sampled_from(["Russian", "Ukrainian"]),
)
def test_news_a_band_after_an_estimate_adds_no_claim(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    thousands: int,
    opener: str,
    side: str,
) -> None:
    low, best, high = (thousands - 20) * 1000, thousands * 1000, (thousands + 30) * 1000
    text = (
        f"A statistical study found that {best:,} {side} soldiers had died by last "
        f"summer, {opener} a range of {low:,} to {high:,}."
    )
    claims = found(news(text))
    assert len(claims) == 1
    assert {count.best for _, _, count in claims} == {best}


def test_news_a_band_after_a_hedged_estimate_adds_no_claim(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # harder form: the estimate is hedged and a date stands between it and its band
    text = (
        "Researchers estimate that roughly 48,000 Russian troops had been killed by "
        "March 2023, within a range of 41,000 to 57,000, Kyiv said."
    )
    assert {count.low for _, _, count in found(news(text))} != {41_000}
    assert len(found(news(text))) == 1


def test_news_a_range_standing_as_the_value_is_still_read(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: no figure before the range, which is itself the estimate
    text = "Analysts put Russian deaths at a range of 200,000 to 250,000."
    assert {(count.low, count.high) for _, _, count in found(news(text))} == {(200_000, 250_000)}
