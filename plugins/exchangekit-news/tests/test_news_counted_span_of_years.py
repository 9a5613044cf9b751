"""A figure moved "over two years" or "across 18 months" is a sum, not one handover.

No one exchange takes months, so people freed or bodies returned over a counted run of
months or years were moved in many handovers; with no day or start named, the sum is
neither one exchange nor a total since a known date, and it is not read. A run of days
("over three days") still sizes one exchange told in stages, and a run of captivity
("held over two years") times the people's detention, not the handovers; "the first
swap for over two years" times the wait since the last swap. A span framing the
figure's own verb ("freed 3,700 in over two years", "over two years of war") is still
the sum's.
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
THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv said 3,700 Ukrainians were released from Russian captivity over two years.",
            3_700,
        ),
        (
            "Russia handed back the bodies of 5,000 soldiers over 18 months, the ministry said.",
            5_000,
        ),
        ("Over two years, 3,700 Ukrainians were freed from Russian captivity.", 3_700),
        ("Russia handed back 2,400 bodies to Ukraine across three years, officials said.", 2_400),
        ("Some 2,400 prisoners returned home across three years of talks.", 2_400),
        # "in over ..." and "... of war" framing the figure's own verb: still the sum's span
        ("Moscow has released 4,150 Ukrainian captives in over two years.", 4_150),
        ("In over three years, Kyiv has brought 5,280 of its soldiers home.", 5_280),
        ("Russia has handed back 2,960 Ukrainians over two years of war, Kyiv says.", 2_960),
        ("Ukraine said 1,870 POWs were freed from captivity in over two years of talks.", 1_870),
        ("Over three years of war, 2,150 Ukrainian soldiers have been brought home.", 2_150),
    ],
)
def test_news_a_figure_moved_over_counted_months_or_years_is_no_handover(
    news: News, text: str, count: int
) -> None:
    assert Count.exact(count) not in news(text, published=THURSDAY).moved_counts()


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=300, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100),
    span=st.sampled_from(["two years", "three years", "18 months", "nine months"]),
    prep=st.sampled_from(["over", "across", "during", "in over"]),
)
def test_news_no_counted_span_of_months_or_years_gives_a_handover(
    news: News, n: int, span: str, prep: str
) -> None:
    """Whatever the size and the span, the sum is never read as one exchange."""
    text = f"Kyiv said {n:,} Ukrainians were freed from captivity."
    assert (
        Count.exact(n) in news(text, published=THURSDAY).moved_counts()
    )  # without the span: that day's handover
    spanned = f"Kyiv said {n:,} Ukrainians were freed from captivity {prep} {span}."
    assert Count.exact(n) not in news(spanned, published=THURSDAY).moved_counts()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a captivity's length, not the handovers'
        ("Ukraine received 84 soldiers, most of them held over two years.", 84),
        ("Ukraine received 84 soldiers who had been held for two years.", 84),
        # a span of another event, cut off by "after ... that"
        ("Ukraine received 84 soldiers on Friday after talks that dragged on over two months.", 84),
        # the wait since the last swap, and the war's age, not how long the handover took
        ("Ukraine got back 120 prisoners from Russia in the first swap for over two years.", 120),
        ("Russia received 64 servicemen in its first such exchange in over two years.", 64),
        ("Kyiv welcomed home 95 soldiers on Monday in the largest swap for over two years.", 95),
        (
            "Ukraine got back 210 POWs on Monday, its first handover after over two years of war.",
            210,
        ),
        ("After over two years of war, Moscow released 175 Ukrainians on Tuesday.", 175),
    ],
)
def test_news_a_span_of_captivity_or_of_talks_keeps_the_handover(
    news: News, text: str, count: int
) -> None:
    """Near misses: the span times something else, so the handover stays."""
    assert Count.exact(count) in news(text, published=THURSDAY).moved_counts()
