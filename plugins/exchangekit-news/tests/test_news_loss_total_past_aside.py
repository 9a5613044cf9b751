"""A running total of losses brought up past a speaker's aside is no exchange tally.

"..., bringing what it says is the total since 2022 to 700,000" after a day's losses:
"bringing" takes the total as its object, aside or not, so it moves no people and the
figure stays a loss claim. After a handover the same form is still an exchange tally.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

_PUBLISHED = date(2025, 3, 4)


@settings(max_examples=15, deadline=None)
@given(
    day=st.integers(600, 1_900),
    total=st.integers(500, 990).map(lambda k: k * 1000 + 120),
    aside=st.sampled_from(["what it says is", "what Kyiv says is", "what it calls"]),
)
def test_news_loss_total_past_an_aside_is_no_tally(
    news: Callable[..., Any], found: Callable[..., Any], day: int, total: int, aside: str
) -> None:
    result = news(
        f"Ukraine's army said on Tuesday that Moscow had lost {day:,} soldiers killed or"
        f" wounded over the past day, bringing {aside} the total since February 2022 to"
        f" {total:,}.",
        published=_PUBLISHED,
    )
    assert result.tallies == []
    assert ("RUS", "total_losses", Count.exact(total)) in found(result)


def test_news_loss_total_with_a_longer_aside_is_no_tally(news: Callable[..., Any]) -> None:
    # harder form: the aside names the speaker at length and the losses come first
    result = news(
        "Russian losses over the day came to 1,320 troops, the General Staff reported,"
        " bringing what the Ukrainian military says is the total to 812,450.",
        published=_PUBLISHED,
    )
    assert result.tallies == []


def test_news_total_after_a_handover_past_an_aside_stays_a_tally(
    news: Callable[..., Any],
) -> None:
    # near miss: a handover told before the total, which counts the people handed over
    result = news(
        "Ukraine brought home 210 prisoners of war on Monday, bringing what Kyiv says is"
        " the total freed since 2022 to 5,310.",
        published=_PUBLISHED,
    )
    assert [str(t.count) for t in result.tallies] == ["5,310"]
