"""A soldiers' toll right before ";" is no civilian toll when civilians are told only after it.

"The army gave 52,000 dead; monitors say the missing, civilians among them, number more":
the semicolon closes the toll's own part, so civilians named past it do not make the
dead a civilian count (the toll was dropped as a civilian figure it could not place).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 9, 9)


@settings(max_examples=15, deadline=None)
@given(dead=st.integers(20, 90).map(lambda k: k * 1000))
def test_news_a_toll_ending_at_a_semicolon_stays_read(news: News, found: Found, dead: int) -> None:
    read = news(
        "Few figures exist for Russian losses. The one official count, released by the"
        f" Kremlin in March, was {dead:,} killed; observers add that it left out"
        " the missing, a group that includes civilians.",
        published=_PUBLISHED,
    )
    assert ("RUS", "killed") in {(side, kind) for side, kind, _count in found(read)}


def test_news_a_toll_ending_at_a_semicolon_with_a_second_figure(news: News, found: Found) -> None:
    """The harder form: the part past the semicolon gives a figure of its own."""
    read = news(
        "Figures for Ukrainian losses are scarce. The last one, given by the president in"
        " winter, was 43,000 killed; it left out the missing, which a volunteer group"
        " puts at more than 60,000, a total that includes civilians.",
        published=_PUBLISHED,
    )
    kinds = {(side, kind) for side, kind, _count in found(read)}
    assert ("UKR", "killed") in kinds


def test_news_a_toll_with_civilians_in_its_own_part_is_left_out(news: News, found: Found) -> None:
    """The near miss: civilians in the toll's own part leave a figure with no place out."""
    read = news(
        "Few figures exist for Russian losses. Officials said 43 were killed, most of them"
        " civilians; repairs began in the morning.",
        published=_PUBLISHED,
    )
    assert ("RUS", "killed") not in {(side, kind) for side, kind, _count in found(read)}
