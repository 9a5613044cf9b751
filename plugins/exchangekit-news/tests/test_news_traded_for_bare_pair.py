""" "N were traded for N" is a swap's size per side, as "N were exchanged for N" is.

"Traded" is a verb of swapping like "swapped" and "exchanged": a bare number that is
its passive subject, with a bare number after "for", counts prisoners each way. An
earlier swap recalled that way beside the sentence's own exchange ("the second swap
after 75 were traded for 75 in April") does not take over the story: a later
"The UAE mediated." is still about the sentence's own exchange.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 6, 5)


def _both_ways(n: int) -> set[tuple[str, str, str, Count]]:
    return {
        ("UKR", "RUS", "prisoners_of_war", Count.exact(n)),
        ("RUS", "UKR", "prisoners_of_war", Count.exact(n)),
    }


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("On 31 May, 50 were traded for 50.", 50),
        ("The swap was the third this year, after 120 were traded for 120 in March.", 120),
        ("In April 64 were traded for 64, Kyiv said.", 64),
    ],
)
def test_news_a_bare_traded_pair_is_a_swap_of_prisoners(
    news: News, transfer_tuples: TransferTuples, text: str, n: int
) -> None:
    assert transfer_tuples(news(text, published=_DAY)) == _both_ways(n)


@given(n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=99_999))
def test_news_a_bare_traded_pair_reads_its_own_number(news: News, n: int) -> None:
    text = f"On 3 June {n:,} were traded for {n:,}."
    moved = {
        (t.sender.code, t.receiver.code, t.category.value, t.count)
        for e in news(text, published=_DAY).exchanges
        for t in e.transfers
    }
    assert moved == _both_ways(n)


@pytest.mark.parametrize(
    "text",
    [
        "In April 64 were traded for 64 tonnes of grain.",
        "Kyiv proposed a new swap in which 300 would be traded for 300.",
    ],
)
def test_news_goods_and_plans_traded_are_no_swap(
    news: News, transfer_tuples: TransferTuples, text: str
) -> None:
    """Near misses: things traded, and a trade only proposed, move no one."""
    assert transfer_tuples(news(text, published=_DAY)) == set()


@pytest.mark.parametrize("verb", ["traded", "exchanged", "swapped"])
def test_news_a_swap_recalled_beside_the_days_own_keeps_the_mediator_off_it(
    news: News, verb: str
) -> None:
    text = (
        "On Tuesday 90 Ukrainian soldiers came home for 90 Russians, the second swap in a "
        f"month after 75 were {verb} for 75 in late April. The United Arab Emirates mediated."
    )
    by_period = {
        str(e.period): {p.code for p in e.intermediaries}
        for e in news(text, published=_DAY).exchanges
    }
    assert by_period == {"2025-06-03": {"UAE"}, "2025-04": set()}


def test_news_a_swap_told_in_its_own_sentence_takes_the_mediator_after_it(news: News) -> None:
    """Near miss: an earlier swap in a sentence of its own is the one the next tells of."""
    text = (
        "On Tuesday 90 Ukrainian soldiers came home. In late April 75 were exchanged for 75. "
        "Qatar mediated."
    )
    by_period = {
        str(e.period): {p.code for p in e.intermediaries}
        for e in news(text, published=_DAY).exchanges
    }
    assert by_period == {"2025-06-03": set(), "2025-04": {"QAT"}}
