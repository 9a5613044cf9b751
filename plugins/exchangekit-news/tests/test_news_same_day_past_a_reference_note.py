"""'The same day' after a labelled reference note is the story's day, not the note's.

A paragraph a statement labels "Reference:", "For reference:" or "Background:" sets an
earlier exchange beside the story; "on the same day" after it points back over the
note to the story's own exchange. With no label, the exchange just told is the day
"the same day" means, as before.
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
PUBLISHED = date(2025, 10, 2)


@pytest.mark.parametrize("label", ["Reference:", "For reference:", "Background:"])
def test_news_the_same_day_after_a_labelled_note_is_the_storys_day(news: News, label: str) -> None:
    text = (
        "Ukraine's intelligence agency\n\n2 October 2025\n\n"
        "Today, 120 Ukrainian soldiers returned home from Russian captivity.\n\n"
        f"{label} in the previous exchange, on 24 August, 146 soldiers returned to Ukraine."
        "\n\nThe Russian Ministry of Defence said on the same day that 120 Russian "
        "servicemen had been returned from Ukraine."
    )
    assert ("2025-10-02", "RUS", "120") in news(text, published=PUBLISHED).day_receipts()
    assert ("2025-08-24", "RUS", "120") not in news(text, published=PUBLISHED).day_receipts()


def test_news_the_same_day_with_no_note_is_the_exchange_just_told(news: News) -> None:
    text = (
        "Ukraine's intelligence agency\n\n2 October 2025\n\n"
        "Today, 120 Ukrainian soldiers returned home from Russian captivity.\n\n"
        "In the previous exchange, on 24 August, 146 soldiers returned to Ukraine."
        "\n\nOn the same day, 146 Russian servicemen were returned from Ukraine."
    )
    assert ("2025-08-24", "RUS", "146") in news(text, published=PUBLISHED).day_receipts()


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=2, max_value=1799), m=st.integers(min_value=2, max_value=1799))
def test_news_any_counts_past_a_reference_note_keep_the_storys_day(
    news: News, n: int, m: int
) -> None:
    text = (
        "Ukraine's intelligence agency\n\n2 October 2025\n\n"
        f"Today, {n:,} Ukrainian soldiers returned home from Russian captivity.\n\n"
        f"Reference: in the previous exchange, on 24 August, {m:,} soldiers returned to "
        f"Ukraine.\n\nMoscow said on the same day that {n:,} Russian servicemen had been "
        "returned from Ukraine."
    )
    read = news(text, published=PUBLISHED)
    received = [
        (str(e.period), t.count)
        for e in read.exchanges
        for t in e.transfers
        if t.receiver.code == "RUS"
    ]
    assert received == [("2025-10-02", Count.parse(f"{n:,}"))]
