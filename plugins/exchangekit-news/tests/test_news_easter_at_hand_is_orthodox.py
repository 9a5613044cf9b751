"""An "Easter" told a day or two before the Orthodox Easter is the feast at hand.

Weeks can part the Western Easter from the Orthodox one. A report on the Saturday
before the Orthodox Easter that calls a swap "the Easter exchange" tells of that
weekend, not of the Western Easter weeks gone by: the swap is of the report's day.
Told just after the Western Easter, with the Orthodox one weeks away, "Easter" stays
the Western one.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty Ukrainian soldiers came home in an Easter exchange, Kyiv said.",
        "The Easter swap freed forty Ukrainian soldiers, the ombudsman said.",
    ],
)
def test_news_easter_on_the_orthodox_eve_is_the_report_day(sentence: str) -> None:
    # Orthodox Easter 2024 was on 5 May, the Western one on 31 March.
    (exchange,) = read(sentence, published=date(2024, 5, 4)).exchanges
    assert str(exchange.period) == "2024-05-04"


def test_news_easter_just_after_the_western_one_stays_western() -> None:
    text = "Forty Ukrainian soldiers came home in an Easter exchange, Kyiv said."
    (exchange,) = read(text, published=date(2024, 4, 2)).exchanges
    assert str(exchange.period) == "2024-03-31"
