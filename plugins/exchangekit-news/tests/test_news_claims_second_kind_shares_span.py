"""A second kind of loss told with a month's toll counts the same month.

"In November, the mission verified, at least 196 Ukrainian civilians were killed and 980
injured": the injured are counted over the same span as the killed, so both are the
month's tolls, never a total since the war began. A figure the sentence gives its own
span ("... in November and 12,340 since February 2022") keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit.models import ClaimScope

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "In November, the mission verified, at least 196 Ukrainian civilians were killed and "
        "980 injured.",
        "During August, according to the monitors, who visited several front-line towns, 85 "
        "Ukrainian civilians were killed and 412 wounded.",
    ],
)
def test_news_the_injured_told_with_a_months_dead_are_the_months(news: News, text: str) -> None:
    claims = news(text).claims
    assert {c.category.value for c in claims} == {"killed", "wounded"}
    assert {c.scope for c in claims} == {ClaimScope.PERIOD}


def test_news_a_figure_with_its_own_span_keeps_it(news: News) -> None:
    """Near miss: "and 12,340 since February 2022" is the total, not the month's."""
    text = (
        "The mission said at least 196 Ukrainian civilians were killed in November and "
        "12,340 since February 2022."
    )
    scopes = {c.count.low: c.scope for c in news(text).claims}
    assert scopes == {196: ClaimScope.PERIOD, 12_340: ClaimScope.CUMULATIVE}
