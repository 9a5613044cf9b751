"""A feast set off by commas right after a dated day names that day's occasion.

"carried out on March 30, on the eve of Easter, with ..." dates the swap March 30;
the feast is no second date, least of all one counted from another church's Easter.
A feast told on its own still dates what it governs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
LATER = date(2024, 5, 22)


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "ODESA — The last swap was carried out on May 4, on the eve of Easter, "
            "and Kyiv said 75 of its soldiers came back.",
            {"2024-05-04"},
        ),
        (
            "ODESA — Russia and Ukraine exchanged 75 prisoners each on 4 May, on the eve "
            "of Orthodox Easter, officials said.",
            {"2024-05-04"},
        ),
    ],
)
def test_news_a_set_off_feast_after_a_day_is_no_date_of_its_own(
    news: News, text: str, periods: set[str]
) -> None:
    assert news(text, published=LATER).periods() == periods


def test_news_a_feast_told_alone_still_dates_the_swap(news: News) -> None:
    text = (
        "ODESA — Russia and Ukraine exchanged 75 prisoners each on the eve of Orthodox "
        "Easter, officials said."
    )
    assert news(text, published=LATER).periods() == {"2024-05-04"}
