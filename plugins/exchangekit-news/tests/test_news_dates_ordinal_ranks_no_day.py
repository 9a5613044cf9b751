"""An ordinal word that ranks a swap or a try is no day of the month.

Session 29 (review 29, finding 9). "On the fourth" and "In May, the fifth," name
a day when nothing else claims the ordinal; but "the fifth, sixth and eighth
rounds" lists ordinals, "the third, and biggest, handover" ranks the noun set
off after it, and "after two failed attempts ... on the third" counts tries.
Those keep the month (or the report's date) rather than a made-up day. Every
passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]

PUB = date(2025, 9, 20)
_ORDINALS = ["fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twelfth"]


def _periods(news: News, text: str) -> list[str]:
    return [str(e.period) for e in news(text, published=PUB).exchanges]


@given(word=st.sampled_from(_ORDINALS), noun=st.sampled_from(["swap", "exchange", "handover"]))
def test_news_an_ordinal_set_off_before_its_noun_keeps_the_month(
    news: News, word: str, noun: str
) -> None:
    text = f"In July, the {word}, and biggest, {noun} brought 250 Ukrainian soldiers home."
    assert _periods(news, text) == ["2025-07"]


def test_news_a_list_of_ordinals_keeps_the_month(news: News) -> None:
    text = "In August, the sixth, seventh and ninth rounds brought 410 Ukrainian soldiers home."
    assert _periods(news, text) == ["2025-08"]


def test_news_an_ordinal_after_counted_tries_is_no_day(news: News) -> None:
    text = "Kyiv failed twice, then tried three times more; on the sixth, 95 prisoners came home."
    assert _periods(news, text) == [PUB.isoformat()]


def test_news_an_ordinal_after_numbered_attempts_is_no_day(news: News) -> None:
    text = "After two attempts collapsed, on the third, and final, attempt 95 prisoners came home."
    assert "2025-09-03" not in _periods(news, text)


def test_news_near_miss_an_ordinal_set_off_after_a_month_is_still_a_day(news: News) -> None:
    text = "In July, the fourth, Ukraine got 250 soldiers back from Russia."
    assert _periods(news, text) == ["2025-07-04"]


def test_news_near_miss_on_the_ordinal_alone_is_still_a_day(news: News) -> None:
    text = "On the fifth, Ukraine got 250 soldiers back from Russia."
    assert _periods(news, text) == ["2025-09-05"]
