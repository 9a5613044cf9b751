"""A figure summing the parts listed after its colon is neither one handover nor a total."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _read(news: News, text: str) -> set[tuple[str, str]]:
    """(period or covered span, count) of every transfer and tally read."""
    result = news(text)
    moved = {(str(e.period), str(t.count)) for e in result.exchanges for t in e.transfers}
    return moved | {(str(t.covers), str(t.count)) for t in result.tallies}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine got back 174 bodies twice: 90 on 2 May and 84 on 16 May.",
        "Kyiv received 212 bodies in two handovers: 120 on 4 June and 92 on 19 June.",
        "Russia returned 330 fallen soldiers in three rounds: 110 on 1 March, 110 on 9 March "
        "and 110 on 20 March.",
    ],
)
def test_news_sum_before_its_listed_parts_is_not_one_handover(news: News, text: str) -> None:
    head = text.split(" bodies")[0].split(" fallen")[0].rsplit(" ", 1)[1]
    assert all(count != head for _, count in _read(news, text))


def test_news_sum_with_its_days_after_a_comma_stays_a_tally_of_the_span(news: News) -> None:
    """Near miss: with the days after a comma the sum is a tally over exactly those days."""
    text = "Ukraine got back 174 bodies in two stages, on 2 May and 16 May."
    assert _read(news, text) == {("2025-05-02/2025-05-16", "174")}


def test_news_one_handover_before_a_colon_is_still_read(news: News) -> None:
    """Near miss: no "twice" or count of rounds, so the colon only explains the handover."""
    text = "Ukraine got back 174 bodies on 2 May: the largest handover this spring."
    assert ("2025-05-02", "174") in _read(news, text)


@settings(max_examples=20, deadline=None)
@given(
    a=st.integers(min_value=11, max_value=900).filter(lambda n: not 1800 <= n <= 2100),
    b=st.integers(min_value=11, max_value=900).filter(lambda n: not 1800 <= n <= 2100),
    lead=st.sampled_from(["twice", "in two handovers", "in two rounds"]),
)
def test_news_no_sum_is_dated_on_its_first_part(news: News, a: int, b: int, lead: str) -> None:
    total = a + b
    text = f"Ukraine got back {total:,} bodies {lead}: {a:,} on 2 May and {b:,} on 16 May."
    assert ("2025-05-02", f"{total:,}") not in _read(news, text)
