"""In a live blog read newest first, the closing recap was told last, not first.

A figure first told as people of no one kind ("each saying 83 of their people") is
recorded once, of no one kind, though a later account gives the same number a kind: the
first telling's noun decides. In a blog whose time-stamped
entries run newest first, the recap at the top ("22:10 ... To sum up ...") is the last
telling, so the kinds the earlier entries gave (servicemen, defenders) stand and the
recap's "people" is the same swap told again. A blog read in its own order keeps only
the mix told first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_HEAD = (
    "Ukraine at war: the day's events - live\n\n"
    "The Northline live desk | Thursday 20 November 2025\n\n"
)
_RECAP = (
    "To sum up before we close: the sides swapped prisoners this afternoon, with Kyiv and "
    "Moscow each saying 83 of their people were freed.\n\n"
)
_MOSCOW = (
    "Moscow's defence ministry, in a statement on Telegram, said 83 Russian servicemen had "
    "been returned and were being treated in Belarus.\n\n"
)
_KYIV = '"83 of our defenders are home," Zelensky writes, posting photographs from the border.\n\n'


def _legs(news: News, text: str) -> set[tuple[str, str, str, str]]:
    return news(text, published=date(2025, 11, 20)).legs_as_text()


def test_news_a_newest_first_recap_is_the_swap_told_again(news: News) -> None:
    text = _HEAD + "22:10\n" + _RECAP + "19:45\n" + _MOSCOW + "17:20\n" + _KYIV
    assert _legs(news, text) == {
        ("UKR", "RUS", "prisoners_of_war", "83"),
        ("RUS", "UKR", "prisoners_of_war", "83"),
    }


def test_news_a_mix_told_first_in_an_oldest_first_blog_is_kept(news: News) -> None:
    """The same entries in their own order: the mix was told first, and it decides."""
    text = _HEAD + "09:10\n" + _RECAP + "11:45\n" + _MOSCOW + "14:20\n" + _KYIV
    assert _legs(news, text) == {
        ("UKR", "RUS", "other", "83"),
        ("RUS", "UKR", "other", "83"),
    }
