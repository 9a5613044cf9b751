"""People of no stated kind whom a teller labels in a relative clause: "people Moscow described as".

"in return for 120 people Russia described as civilians": "people" says no kind, and the
clause right after the count gives the kind the people were said to be. A "described
... as" that is not about the people counted leaves them of no one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def _kinds(news: News, text: str, count: str) -> set[tuple[str, str, str]]:
    """(sender, receiver, kind) of every transfer read with ``count``."""
    items = news(text).exchanges
    return {
        (t.sender.code, t.receiver.code, t.category.value)
        for e in items
        for t in e.transfers
        if t.count == Count.parse(count)
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Swap\n\nOn May 23, Kyiv received 120 civilians in return for 120 people Russia "
            "described as civilians.",
            "civilians",
        ),
        (
            "Swap\n\nOn May 23, Ukraine handed over 64 people whom Moscow described as "
            "prisoners of war.",
            "prisoners_of_war",
        ),
        (
            "Swap\n\nOn May 23, Ukraine handed over 64 people that the Kremlin identified as "
            "servicemen.",
            "prisoners_of_war",
        ),
    ],
)
def test_news_a_label_after_people_gives_their_kind(news: News, text: str, kind: str) -> None:
    count = "120" if "120" in text else "64"
    assert ("UKR", "RUS", kind) in _kinds(news, text, count)
    assert ("UKR", "RUS", "other") not in _kinds(news, text, count)


def test_news_a_label_of_something_else_leaves_people_of_no_kind(news: News) -> None:
    text = (
        "Swap\n\nOn May 23, Ukraine handed over 64 people and described the swap as a "
        "success for civilians."
    )
    assert ("UKR", "RUS", "civilians") not in _kinds(news, text, "64")


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=9000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_any_count_of_labelled_people_takes_the_label(news: News, n: int) -> None:
    text = f"Swap\n\nOn May 23, Ukraine handed over {n:,} people Moscow described as civilians."
    assert ("UKR", "RUS", "civilians") in _kinds(news, text, f"{n:,}")
