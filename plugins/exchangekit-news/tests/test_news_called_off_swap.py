"""A swap told with its size and then called off: no handover.

"A swap of 120 prisoners each way fell through on Monday": the noun's own verb,
after the figure, in a relative clause set off by a comma ("the exchange of 30
for 30, which Kyiv called off, ...") or just before the noun ("Moscow cancelled the
swap of 230 each way"), says the swap never happened, so its size is no handover.
A cancelled swap named beside a done one leaves the done one read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "ODESA — A swap of 120 prisoners each way was called off on 3 September, negotiators said.",
        "ODESA — A handover of 55 servicemen from each side fell through on Monday.",
        "ODESA — The exchange of 30 soldiers for 30, which Kyiv called off at the last "
        "minute, would have been the fifth this year.",
        "ODESA — The swap of 410 captives on each side, which was shelved in July, "
        "was the talks' main result.",
        # the cancelling verb before the noun
        "ODESA — Moscow cancelled the swap of 230 soldiers each way on 3 September.",
        "ODESA — Kyiv called off a planned exchange of 48 prisoners for 48 in July.",
    ],
)
def test_news_a_swap_called_off_is_no_handover(news: News, text: str) -> None:
    assert news(text, published=THURSDAY).dated_legs() == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "ODESA — Ukraine and Russia swapped 70 prisoners each on Friday, weeks after "
            "a swap of 200 each way was called off.",
            "70",
        ),
        (
            "ODESA — A swap of 95 prisoners each way took place on Friday; an earlier one "
            "had fallen through.",
            "95",
        ),
        (
            "ODESA — Russia and Ukraine exchanged 70 soldiers each on Friday after Moscow "
            "cancelled a swap in August.",
            "70",
        ),
        # "went through" is done: only "fell through" calls a swap off
        ("ODESA — A swap of 44 soldiers each way went through on Friday.", "44"),
    ],
)
def test_news_a_done_swap_beside_a_cancelled_one_is_read(news: News, text: str, count: str) -> None:
    legs = news(text, published=THURSDAY).dated_legs()
    assert {c for *_, c in legs} == {Count.parse(count)}
    assert {p for p, *_ in legs} == {"2025-10-17"}


@given(
    count=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9000),
    verb=st.sampled_from(
        ["was called off", "was cancelled", "fell through", "collapsed", "was shelved"]
    ),
)
@settings(max_examples=20, deadline=None)
def test_news_a_cancelling_verb_after_the_size_refuses_it(
    news: News, count: int, verb: str
) -> None:
    # invariant: the same swap is done with "took place" and no swap with a cancelling verb
    size = f"A swap of {count:,} prisoners each way"
    assert (
        news((f"KHARKIV — {size} {verb} on 3 September."), published=THURSDAY).dated_legs() == set()
    )
    done = news((f"KHARKIV — {size} took place on 3 September."), published=THURSDAY).dated_legs()
    assert {c for *_, c in done} == {Count.parse(str(count))}


@pytest.mark.parametrize(
    "text",
    [
        "ODESA — The swap of 66 prisoners each way, which was nearly called off, took "
        "place on Friday.",
        "ODESA — Last Friday's exchange of 66 prisoners for 66 was almost called off at "
        "the last minute.",
    ],
)
def test_news_a_swap_nearly_called_off_went_ahead(news: News, text: str) -> None:
    legs = news(text, published=THURSDAY).dated_legs()
    assert {c for *_, c in legs} == {Count.parse("66")}
