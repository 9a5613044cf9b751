"""Correction notices: a figure withdrawn for another one is not published where first told."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def counts(result: Any) -> set[Count]:
    """The count of every transfer read."""
    return {t.count for e in result.exchanges for t in e.transfers}


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            # a reverse-order live blog: the notice on top, the wrong entry below it
            "17:10\nCorrection: an earlier entry said 212 Ukrainian soldiers came home. "
            "The headquarters has since given the number as 208.\n\n"
            "13:25\nKyiv says 212 Ukrainian soldiers came home this afternoon.",
            set(),
        ),
        (
            # a blog's "earlier version", the right figure told of the people again
            "Updated 20:05\nCorrection: an earlier version of this blog said 64 bodies were "
            "repatriated to Ukraine. Kyiv now says 61 bodies were handed over today.\n\n"
            "15:40\nUkraine says it received 64 bodies from Russia today.",
            {"61"},
        ),
        (
            # an article in text order: the story first, the notice at its foot
            "Ukraine says 133 of its prisoners of war were freed on Thursday.\n\n"
            "Correction: An earlier version of this article said 133 prisoners were freed. "
            "The right figure is 131.",
            set(),
        ),
    ],
)
def test_withdrawn_figure_is_not_published(news: News, text: str, left: set[str]) -> None:
    assert counts(news(text)) == {Count.parse(c) for c in left}


def test_notice_setting_right_a_day_withdraws_no_figure(news: News) -> None:
    # near-miss: the notice corrects when, not how many; the figure stays
    text = (
        "Ukraine says 133 of its prisoners of war were freed on Thursday.\n\n"
        "Correction: An earlier version of this article said 133 prisoners were freed "
        "on Wednesday. They were freed on Thursday."
    )
    assert counts(news(text)) == {Count.parse("133")}


def test_notice_does_not_withdraw_another_days_exchange(news: News) -> None:
    # near-miss: an earlier swap of the same size on another day keeps its figure
    text = (
        "Ukraine says 95 of its prisoners of war were freed on Thursday. In a swap on "
        "12 June, 90 Ukrainian prisoners of war came home.\n\n"
        "Correction: An earlier version of this article said 90 prisoners were freed. "
        "The right figure is 95."
    )
    assert Count.parse("90") in counts(news(text))


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=20, max_value=1500).filter(lambda n: not 1800 <= n <= 2100))
def test_withdrawn_figure_never_survives(news: News, n: int) -> None:
    text = (
        f"18:00\nCorrection: an earlier entry said {n:,} Ukrainian soldiers came home. "
        f"The right figure is {n + 3:,}.\n\n"
        f"12:00\nKyiv says {n:,} Ukrainian soldiers came home today."
    )
    assert Count.parse(f"{n:,}") not in counts(news(text))
