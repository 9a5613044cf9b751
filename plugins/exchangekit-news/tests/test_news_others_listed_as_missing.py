"""A bare figure of "others" or "more" put on a register "as" missing is a claim of missing.

"The fate of tens of thousands of others listed as missing is unknown" and "3,000 more,
listed as missing, are being sought" count people the sentence named before (whose side
they are on comes from there) and give their status through the register: missing. A
figure of "more" with no register after it, or one whose people are moved, is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv says 500 of its soldiers are held by Russia and that the fate of "
            "tens of thousands of others listed as missing is still unknown.",
            "tens of thousands",
        ),
        (
            "Kyiv says 500 of its soldiers are held by Russia, and the fate of 3,000 more, "
            "listed as missing, is unclear.",
            "3,000",
        ),
        (
            "Kyiv says 500 of its soldiers are held by Russia, and 3,000 more, listed as "
            "missing in action, may never be found.",
            "3,000",
        ),
    ],
)
def test_news_others_listed_as_missing_are_missing(
    news: News, found: Found, text: str, count: str
) -> None:
    assert found(news(text)) == {
        ("UKR", "captured", Count.exact(500)),
        ("UKR", "missing", Count.parse(count)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # near misses: "more" with no register after it, or set off by a clause of another kind
        "Kyiv says 500 of its soldiers are held by Russia, and 3,000 more, as officials "
        "admit, are on leave.",
        "Kyiv says 500 of its soldiers are held by Russia, and 3,000 more are on leave.",
    ],
)
def test_news_more_without_a_register_is_not_read(news: News, found: Found, text: str) -> None:
    assert found(news(text)) == {("UKR", "captured", Count.exact(500))}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    # never the 500 held, which is rightly a count of the captured
    n=st.integers(min_value=2, max_value=90_000).filter(
        lambda n: n != 500 and not 1800 <= n <= 2100
    ),
    tail=st.sampled_from(["others listed as missing", "more, listed as missing,"]),
)
def test_news_others_listed_as_missing_never_read_as_held(
    news: News, found: Found, n: int, tail: str
) -> None:
    text = (
        "Kyiv says 500 of its soldiers are held by Russia, "
        f"and the fate of {n:,} {tail} is unknown."
    )
    read = found(news(text))
    assert ("UKR", "missing", Count.exact(n)) in read
    assert ("UKR", "captured", Count.exact(n)) not in read
