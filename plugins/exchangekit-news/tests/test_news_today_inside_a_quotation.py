"""A "today" inside a quotation is the speaker's today, wherever in the quotation it stands.

'"Ninety of our defenders are home today," Zelensky said on Saturday': the today is the
day he spoke, as in a quotation it opens ('"Today, 90 are home," he said'), so the
figure it restates keeps the day of the exchange told before, not the day of the
report. A "today" outside any quotation still dates its sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]
MONDAY = date(2025, 8, 25)
SWAP = "Russia returned 90 prisoners of war to Ukraine on Friday. "


@pytest.mark.parametrize(
    "sentence",
    [
        '"Ninety of our defenders are home today," Zelensky said on Saturday.',
        '"Our 90 defenders came home today. Glory to Ukraine," Zelensky wrote on Saturday.',
        "\u201cNinety of our soldiers returned today,\u201d the ombudsman said on Saturday.",
    ],
)
def test_news_a_quoted_today_keeps_the_day_of_the_exchange_restated(
    news: News, sentence: str
) -> None:
    assert news(SWAP + sentence, published=MONDAY).periods() == {"2025-08-22"}


def test_news_a_today_outside_a_quotation_still_dates_its_sentence(news: News) -> None:
    text = "Ukraine brought home 90 prisoners of war today, Zelensky said."
    assert news(text, published=MONDAY).periods() == {"2025-08-25"}


@given(n=st.integers(min_value=2, max_value=1500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_any_quoted_figure_told_today_keeps_the_exchanges_day(news: News, n: int) -> None:
    text = (
        f"Russia returned {n:,} prisoners of war to Ukraine on Friday. "
        f'"{n:,} of our defenders are home today," Zelensky said on Saturday.'
    )
    assert news(text, published=MONDAY).periods() == {"2025-08-22"}
