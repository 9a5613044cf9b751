"""A dated handover told alone, with a modal only in an aside on the telling: still the scene.

"There was a handover of bodies on Thursday, which I should add. Kyiv took back 500": the
modal "should" is the speaker's, in a relative clause the date is outside of, so the
handover is told done and its day dates the figures of the next sentence. A modal in the
date's own clause ("there will be a handover on Thursday", "it could take place") is a
plan and sets no scene.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# published Tuesday 20 May 2025; "last Thursday" is 15 May
_PUBLISHED = date(2025, 5, 20)
# an earlier swap told first, so the figures after the scene have an event to fall back on
_BEFORE = "The largest swap so far came in January last year, when 230 Ukrainians came home. "


def _legs(news: News, text: str) -> set[tuple[str, str, str]]:
    return {
        (str(e.period), t.receiver.code, str(t.count))
        for e in news(_BEFORE + text, published=_PUBLISHED).exchanges
        for t in e.transfers
        if str(e.period) != "2024-01"
    }


@pytest.mark.parametrize(
    "scene",
    [
        "There was a handover of bodies last Thursday, which I should mention.",
        "A repatriation of remains was carried out last Thursday, which you might recall.",
        "Last Thursday brought another handover of the fallen, which we would add to the list.",
    ],
)
def test_news_handover_dated_past_a_modal_aside_dates_the_next_figures(
    news: News, scene: str
) -> None:
    assert _legs(news, scene + " Ukraine took back 612 bodies and handed 21 to Russia.") == {
        ("2025-05-15", "UKR", "612"),
        ("2025-05-15", "RUS", "21"),
    }


def test_news_planned_handover_sets_no_scene(news: News) -> None:
    # near miss: the modal is in the date's own clause, a plan; nothing is told done
    assert (
        _legs(
            news, "There will be a handover of bodies next Thursday. Ukraine would take back 612."
        )
        == set()
    )


@pytest.mark.parametrize(
    "scene",
    [
        # near misses: the modal aside speaks of the handover itself, not of the telling
        "There was to be a handover of bodies last Thursday, which may have been put off.",
        "A handover of bodies was announced last Thursday, which would be held next month.",
        "Kyiv offered a handover of bodies last Thursday, which Moscow might accept.",
    ],
)
def test_news_modal_aside_on_the_handover_itself_sets_no_scene(news: News, scene: str) -> None:
    periods = {p for p, _, _ in _legs(news, scene + " Ukraine took back 612 bodies.")}
    assert "2025-05-15" not in periods


@_SETTINGS
@given(back=st.integers(min_value=50, max_value=1_700))
def test_news_modal_aside_leaves_any_count_on_the_scenes_day(news: News, back: int) -> None:
    result = news(
        _BEFORE + "A repatriation of remains was carried out last Thursday, which you might "
        f"recall. Ukraine took back {back:,} bodies.",
        published=_PUBLISHED,
    )
    legs = [
        (str(e.period), t.count)
        for e in result.exchanges
        for t in e.transfers
        if str(e.period) != "2024-01"
    ]
    assert legs == [("2025-05-15", Count.parse(f"{back:,}"))]
