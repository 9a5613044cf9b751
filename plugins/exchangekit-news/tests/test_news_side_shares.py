"""Figures shared out "on the Ukrainian side" and "on the Russian side" of a handover.

"- each time roughly 800 bodies on the Ukrainian side and several dozen on the Russian
side - the two sides traded their war dead": when a handover's figures are told per side,
each side's share is what that side got back, and a bare "several dozen" joined to the
first share is a figure of its own. One side named alone after a breakdown, a side that
tells a figure, and "dozens" of people who moved nowhere give no leg.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
JUNE = date(2025, 6, 20)


def _legs(news: News, text: str) -> set[tuple[str, str, str, str, str]]:
    return news(text, published=JUNE).period_legs()


def test_news_shares_in_a_dash_aside_go_to_the_side_each_is_on(news: News) -> None:
    text = (
        "Over the spring - in March, April and May, each time roughly 800 bodies on the "
        "Ukrainian side and several dozen on the Russian side - the two sides traded "
        "their war dead, officials in Kyiv said."
    )
    assert _legs(news, text) == {
        (month, sender, receiver, "remains", count)
        for month in ("2025-03", "2025-04", "2025-05")
        for sender, receiver, count in (
            ("RUS", "UKR", "around 800 [720, 880]"),
            ("UKR", "RUS", "dozens (24–99)"),
        )
    }


def test_news_shares_set_off_after_the_swap_verb(news: News) -> None:
    text = (
        "The warring sides swapped their dead at the border on Tuesday, roughly 900 "
        "bodies on the Ukrainian side and a few dozen on the Russian side, officials said."
    )
    assert _legs(news, text) == {
        ("2025-06-17", "RUS", "UKR", "remains", "around 900 [810, 990]"),
        ("2025-06-17", "UKR", "RUS", "remains", "dozens (24–99)"),
    }


def test_news_one_side_after_a_breakdown_is_no_share(news: News) -> None:
    text = (
        "Russia and Ukraine each freed 300 people on Friday, 200 soldiers and 100 "
        "civilians on the Ukrainian side, according to Kyiv."
    )
    assert _legs(news, text) == {
        ("2025-06-20", "RUS", "UKR", "other", "300"),
        ("2025-06-20", "UKR", "RUS", "other", "300"),
    }


def test_news_dozens_on_a_side_of_the_border_moved_nowhere(news: News) -> None:
    text = (
        "Outside the ministry, a few dozen relatives on the Ukrainian side of the border "
        "and several dozen on the Russian side held vigils on Tuesday."
    )
    assert _legs(news, text) == set()


def test_news_shares_of_a_handover_still_to_come_are_not_read(news: News) -> None:
    text = (
        "In July - about 900 bodies on the Ukrainian side and a few dozen on the Russian "
        "side - the two countries were due to exchange their dead."
    )
    assert _legs(news, text) == set()


def test_news_a_side_of_the_line_is_a_place_not_a_share(news: News) -> None:
    text = (
        "The warring sides swapped their dead on Tuesday, roughly 900 bodies on the "
        "Ukrainian side of the line and a few dozen on the Russian side of the line."
    )
    assert _legs(news, text) == set()
