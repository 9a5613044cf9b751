"""A day past a semicolon that dates its own count is not the first figure's; "said then".

"Ukraine says it has received the bodies of several thousand of its soldiers
since the start of the war; the latest handover, on 2 October, saw 502 bodies
returned": the day is the later clause's, told with its own number; the total,
told in the present, stands on the publication day. A later clause with no number
of its own ("; the latest handover was on 2 October") is left as it was.

"Kyiv said then that ... it had recovered 2,520 people" dates the total by the
exchange the sentence before told, as "received 189 people then" does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]

# published on Thursday 23 October 2025 (the helper's default)


def test_news_a_later_clauses_day_with_its_own_count_does_not_date_the_total(
    news: News,
) -> None:
    text = (
        "Ukraine says it has received the bodies of several thousand of its soldiers since "
        "the start of the war; the latest handover, on 2 October, saw 502 bodies returned "
        "to Ukraine, officials said."
    )
    read = news(text)
    assert read.tally_day_list() == ["2025-10-23"]
    assert read.day_counts_as_text() == {("2025-10-02", "502")}


def test_news_a_later_clauses_day_without_a_count_is_left(news: News) -> None:
    text = (
        "Since the invasion, Ukraine says, it has received the bodies of more than 6,000 "
        "soldiers; the latest handover was on 2 October."
    )
    assert news(text).tally_day_list() == ["2025-10-02"]


def test_news_said_then_dates_the_total_by_the_exchange_before(news: News) -> None:
    text = (
        "The swap came five weeks after one on 7 September in which Ukraine got back 103 "
        "prisoners and Russia 103. Kyiv said then that, in all, it had recovered 2,520 "
        "people since the invasion began; on Monday its ombudsman put the number at more "
        "than 2,600."
    )
    assert news(text).tally_day_list() == ["2025-09-07"]
