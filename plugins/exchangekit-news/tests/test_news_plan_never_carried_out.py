"""A swap told with its size and then said never to have happened: no handover.

"The handover of 140 for 140 that the delegations settled in Abu Dhabi never
happened": "never" (or "did not", "has not") before the verb of happening says the
swap stayed a plan, so its size is no handover, however far the verb stands from
the figure. The same verb without the negation ("finally happened") is a swap done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "KHERSON — The handover of 140 prisoners for 140, which the delegations had "
        "settled in Abu Dhabi after two days of talks, never happened, the coordination "
        "headquarters said on Tuesday.",
        "KHERSON — A swap of 317 each way that mediators in Doha had brokered in March "
        "never actually happened, officials in Kyiv admitted.",
        "KHERSON — The exchange of 88 captives on each side, first agreed in the spring, "
        "never occurred, according to the ombudsman.",
    ],
)
def test_news_a_swap_that_never_happened_is_no_handover(news: News, text: str) -> None:
    assert news(text, published=THURSDAY).dated_legs() == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near-miss: the same verb of happening, not negated, is a swap done
        (
            "KHERSON — The handover of 140 prisoners for 140, which the delegations had "
            "settled in Abu Dhabi, finally happened on Friday, the headquarters said.",
            "140",
        ),
        # near-miss: "never" about something else leaves the swap done
        (
            "KHERSON — A swap of 96 each way, which officials said they had never expected "
            "so soon, took place on Friday.",
            "96",
        ),
    ],
)
def test_news_a_swap_that_happened_is_still_read(news: News, text: str, count: str) -> None:
    legs = news(text, published=THURSDAY).dated_legs()
    assert {c for *_, c in legs} == {Count.parse(count)}
