"""The war named as Moscow names it opens a running total's span, and a death is no handover's span.

"N servicemen have been returned in the course of the special military operation" sums the
war, as "over the course of the war" does; "the bodies of 24 soldiers who died in the course
of the war" were handed over on one day: the span dates their deaths, not the handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "The commissioner said 2,350 Russian soldiers had been brought home in the course of "
        "the special military operation.",
        # harder: the span set off in quotation marks, the people a bare demonym
        'An aide said 2,350 Russians had come home "in the course of the special operation".',
    ],
)
def test_news_the_special_operation_is_the_war_a_total_covers(news: News, text: str) -> None:
    result = news(text)
    assert result.moved_count_list() == []  # a sum over the war is no single handover
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("UKR", "RUS")
    assert tally.count == Count.exact(2350)
    assert tally.covers.start == date(2022, 2, 24)


def test_news_a_bare_operation_is_no_war(news: News) -> None:
    """Near miss: "the operation" alone may be the exchange itself."""
    result = news("In the course of the operation, 95 Russian soldiers were returned on Tuesday.")
    assert result.tallies == []
    assert result.moved_count_list() == [Count.exact(95)]


@pytest.mark.parametrize(
    "span", ["in the course of the special military operation", "over the course of the war"]
)
def test_news_who_died_in_the_war_dates_the_deaths(news: News, span: str) -> None:
    result = news(
        "Moscow handed over the bodies of 900 Ukrainian soldiers and took back 31 Russian "
        f"servicemen who died {span}, an aide said on Wednesday."
    )
    assert result.tallies == []
    assert sorted(c.best or 0 for c in result.moved_count_list()) == [31, 900]
