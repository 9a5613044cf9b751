"""One exchange picked out of many by "when" after its date is that exchange, not a total.

"The sides have held a string of smaller swaps since the start of the war, including one
in early August, when 73 Ukrainian marines, most of them from Mariupol, came home":
the span before "when" times the many swaps, the clause after it the one August day, so
73 is a handover. A "when" on the span's own start ("Since the start of the war, when
...") leaves the span the figure's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2022, 9, 22)


@pytest.mark.parametrize(
    "text",
    [
        "The sides have held a string of smaller swaps since the start of the war, including "
        "one in early August, when 73 Ukrainian marines, most of them from Mariupol, came home.",
        "The sides have carried out several smaller exchanges since the start of the war, "
        "including one in early August, when 73 Ukrainian marines were returned.",
    ],
)
def test_news_the_one_swap_after_when_is_a_handover(news: News, text: str) -> None:
    result = news(text, published=_DAY)
    assert result.tallies == []
    assert result.period_legs() == {("2022-08", "RUS", "UKR", "prisoners_of_war", "73")}


def test_news_when_on_the_spans_own_start_keeps_the_total(news: News) -> None:
    """Near miss: "when" hangs on the war's start, and the figure is the span's sum."""
    result = news(
        "Since the start of the war, when Russia seized the plant, 2,000 Ukrainian soldiers "
        "have been returned.",
        published=_DAY,
    )
    assert result.tally_keys() == {("RUS", "UKR", Count.exact(2_000))}


@pytest.mark.parametrize(
    "text",
    [
        "There were several swaps during the reporting period, including one of 62 "
        "servicemen on each side on 9 September, the monitors said in their report.",
        "Since the war began there have been dozens of swaps, the monitors note, including "
        "one of 62 soldiers on each side on 9 September.",
    ],
)
def test_news_one_of_the_swaps_of_a_period_is_a_handover(news: News, text: str) -> None:
    """ "including one of 62 on each side": "one of" sizes a single swap, not the period's."""
    result = news(text, published=date(2022, 10, 20))
    assert result.tallies == []
    assert result.period_legs() == {
        ("2022-09-09", "RUS", "UKR", "prisoners_of_war", "62"),
        ("2022-09-09", "UKR", "RUS", "prisoners_of_war", "62"),
    }


def test_news_one_of_a_group_of_people_in_a_period_is_not_one_swap(news: News) -> None:
    """Near miss: "one of" with no exchanges told before picks nothing; the period's sum stays."""
    result = news(
        "During the reporting period, one of 2,000 servicemen held was returned, and 470 "
        "Ukrainian soldiers were freed in all, the monitors said.",
        published=date(2022, 10, 20),
    )
    assert ("RUS", "UKR", Count.exact(470)) in result.tally_keys()
