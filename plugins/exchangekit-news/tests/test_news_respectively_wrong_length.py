"""A "respectively" list shares its items out only when it fits the dates.

Session 29 (review 29, finding 10). "Kyiv got 700 bodies back each time, and
Moscow 14 and 22 respectively" after three dates has two items for three days:
no item fits a day, so none is read (the 700 told of every day still is). With
two dates, each item of the gapped list goes the gapped side's way ("Moscow"
receives) at its own date, the second as the first. Every passage was written
for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]

PUB = date(2025, 9, 20)


def _rows(news: News, text: str) -> set[tuple[str, str, str, int]]:
    return {
        (str(e.period), t.sender.code, t.receiver.code, t.count.best or 0)
        for e in news(text, published=PUB).exchanges
        for t in e.transfers
    }


def test_news_a_short_gapped_list_over_more_dates_is_not_shared_out(news: News) -> None:
    text = (
        "On March 7, April 11 and July 2, Kyiv got about 700 bodies back each time, "
        "and Moscow 14 and 22 respectively."
    )
    rows = _rows(news, text)
    assert {r[3] for r in rows} == {700}
    assert {r[0] for r in rows} == {"2025-03-07", "2025-04-11", "2025-07-02"}


@given(first=st.integers(10, 60), second=st.integers(61, 99))
def test_news_every_item_of_a_gapped_list_goes_the_gapped_way(
    news: News, first: int, second: int
) -> None:
    text = (
        f"On March 7 and April 11, Kyiv got 650 bodies back each time, "
        f"and Moscow {first} and {second} respectively."
    )
    rows = _rows(news, text)
    assert ("2025-03-07", "UKR", "RUS", first) in rows
    assert ("2025-04-11", "UKR", "RUS", second) in rows
    assert not any(r[3] in (first, second) and r[2] == "UKR" for r in rows)


def test_news_near_miss_lists_of_the_dates_length_still_pair(news: News) -> None:
    text = (
        "On March 7 and April 11, Kyiv received 650 and 710 bodies, "
        "and Moscow 14 and 22 respectively."
    )
    rows = _rows(news, text)
    assert ("2025-03-07", "RUS", "UKR", 650) in rows
    assert ("2025-04-11", "RUS", "UKR", 710) in rows
    assert ("2025-04-11", "UKR", "RUS", 22) in rows


def test_news_near_miss_each_time_after_respectively_still_shares_out(news: News) -> None:
    text = (
        "On March 7 and April 11, Kyiv got back 60 and 85 of its soldiers respectively, "
        "each time releasing as many Russians."
    )
    rows = _rows(news, text)
    assert ("2025-03-07", "RUS", "UKR", 60) in rows
    assert ("2025-04-11", "RUS", "UKR", 85) in rows
