"""A holiday that names a truce or ceasefire dates nothing: "after Easter truce ends".

"Russia, Ukraine swap 90 prisoners each after Orthodox Christmas 'truce' ends" (a
headline): the holiday is the truce's name, and the swap came after the truce, not on
the holiday, so the headline's figures are the body's exchange again, of the body's day,
not a second exchange on the holiday. A holiday used as a time keeps its date.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read


@pytest.mark.parametrize(
    "headline",
    [
        'Russia, Ukraine swap {n} prisoners each after Orthodox Christmas "truce" ends',
        "Russia and Ukraine trade {n} prisoners each after Easter ceasefire collapses",
        "Moscow and Kyiv swap {n} POWs each after Christmas truce fails",
    ],
)
@pytest.mark.parametrize("n", [40, 75, 120])
def test_news_a_headline_after_a_holiday_truce_is_the_body_swap(headline: str, n: int) -> None:
    text = (
        f"{headline.format(n=n)}\n\nKYIV, Jan 9 - Russia and Ukraine exchanged {n} prisoners"
        " of war each on Monday, both sides said.\n"
    )
    legs = read(text, published=date(2023, 1, 9)).period_legs()
    assert legs == {
        ("2023-01-09", "RUS", "UKR", "prisoners_of_war", str(n)),
        ("2023-01-09", "UKR", "RUS", "prisoners_of_war", str(n)),
    }


def test_news_a_holiday_as_a_time_keeps_its_day() -> None:
    legs = read(
        "Russia and Ukraine exchanged 60 prisoners each on Orthodox Christmas, officials said.",
        published=date(2023, 1, 9),
    ).period_legs()
    assert ("2023-01-07", "RUS", "UKR", "prisoners_of_war", "60") in legs
