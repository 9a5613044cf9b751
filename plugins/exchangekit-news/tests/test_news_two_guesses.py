"""A number either side of "or" ("six or seven hundred thousand") is no single figure.

The speaker gives two guesses at one count, and a multiplier after the second may
belong to both ("six or seven hundred thousand" is 600,000 to 700,000), so reading
either side alone prints a figure nobody gave. Each side is refused: an honest miss.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 2, 16)
_WORDS = ["two", "three", "four", "five", "six", "seven", "eight"]


@settings(max_examples=15, deadline=None)
@given(
    low=st.integers(0, len(_WORDS) - 2),
    scale=st.sampled_from(["hundred", "thousand", "hundred thousand"]),
)
def test_news_two_spelled_guesses_give_no_figure(
    news: News, found: Found, low: int, scale: str
) -> None:
    read = news(
        f"The president said roughly {_WORDS[low]} or {_WORDS[low + 1]} {scale} Russian"
        " soldiers had been wounded.",
        published=_PUBLISHED,
    )
    assert not found(read)
    assert not read.exchanges


def test_news_two_guesses_in_digits_after_a_count_of_dead(news: News, found: Found) -> None:
    """The harder form: digits, in a list after a figure that stays read."""
    read = news(
        "He put Russian losses at about 200,000 killed and 500 or 600 thousand wounded.",
        published=_PUBLISHED,
    )
    claimed = found(read)
    assert all(kind != "wounded" for _side, kind, _count in claimed)


def test_news_a_figure_or_so_stays_read(news: News, found: Found) -> None:
    """The near miss: "or so" after one figure hedges it; no second guess is given."""
    read = news(
        "The president said 3,000 or so Russian soldiers had been wounded.", published=_PUBLISHED
    )
    assert {kind for _side, kind, _count in found(read)} == {"wounded"}
