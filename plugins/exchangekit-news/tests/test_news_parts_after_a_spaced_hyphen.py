"""A whole spelled out after a spaced hyphen is one count, as after a dash.

Plain text types a dash as a hyphen with a space each side: "each side freed 310
people - 260 soldiers and 50 civilians" breaks the 310 down, as "–" or "—" would.
The parts went the way the whole did (both ways for a figure each side gave), so
they add no handover of their own: no part is read one way only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _legs(news: News, text: str) -> set[tuple[str, str, str, str]]:
    """(sender, receiver, category, count) of every leg read in ``text``."""
    return {
        (t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in news(text).exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "In the exchange on 14 March, the two sides each freed 310 people - 260 soldiers "
            "and 50 civilians.",
            "310",
        ),
        (
            "On 14 March, the two sides each handed over 200 people - 150 prisoners of war and "
            "50 civilians.",
            "200",
        ),
        (
            "Moscow and Kyiv each released 120 people on 14 March - 100 soldiers and 20 civilians.",
            "120",
        ),
    ],
)
def test_news_parts_after_a_spaced_hyphen_add_no_one_way_leg(
    news: News, text: str, whole: str
) -> None:
    assert _legs(news, text) == {("UKR", "RUS", "other", whole), ("RUS", "UKR", "other", whole)}


def test_news_a_spaced_hyphen_aside_spells_out_a_one_way_whole(news: News) -> None:
    text = (
        "On 14 March, 140 Ukrainians - 125 servicemen and 15 civilians - were freed from "
        "Russian captivity."
    )
    assert _legs(news, text) == {("RUS", "UKR", "other", "140")}


@settings(max_examples=20, deadline=None)
@given(
    soldiers=st.integers(min_value=30, max_value=900),
    civilians=st.integers(min_value=2, max_value=29),
)
def test_news_no_part_after_a_spaced_hyphen_goes_one_way(
    news: News, soldiers: int, civilians: int
) -> None:
    whole = soldiers + civilians
    text = (
        f"On 14 March, the two sides each freed {whole:,} people - {soldiers:,} soldiers and "
        f"{civilians} civilians."
    )
    assert {leg[3] for leg in _legs(news, text)} == {f"{whole:,}"}


def test_news_a_spaced_hyphen_before_no_figure_keeps_the_whole(news: News) -> None:
    text = "On 14 March, the two sides each freed 310 people - the largest swap of the year."
    assert _legs(news, text) == {("UKR", "RUS", "other", "310"), ("RUS", "UKR", "other", "310")}
