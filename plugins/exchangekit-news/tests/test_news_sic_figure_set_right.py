"""A figure the writer marks "sic" is the source's slip: the bracket's number replaces it.

"the total rose to 4,310 (sic; the ministry later said 4,130)": the writer copies
the figure as the source gave it and flags it as wrong. The number the bracket gives
is the one to read; with no number there, the flagged figure is not read at all,
since a wrong figure is worse than a missing one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

Read = Callable[..., Any]

_PUBLISHED = date(2025, 3, 12)


def test_news_a_sic_total_takes_the_number_the_bracket_gives(news: Read) -> None:
    result = news(
        "The ombudsman said the number of Ukrainians freed from Russian captivity since "
        "2022 had climbed to 4,310 (sic in the release; his office later said 4,130).",
        published=_PUBLISHED,
    )
    assert [t.count for t in result.tallies] == [Count.exact(4130)]


def test_news_a_sic_total_with_no_number_in_the_bracket_is_not_read(news: Read) -> None:
    result = news(
        "The ombudsman said the number of Ukrainians freed from Russian captivity since "
        "2022 had climbed to 4,310 (sic, as the release put it on its front page).",
        published=_PUBLISHED,
    )
    assert all(t.count != Count.exact(4310) for t in result.tallies)


def test_news_a_total_with_a_plain_bracket_keeps_its_figure(news: Read) -> None:
    result = news(
        "The ombudsman said the number of Ukrainians freed from Russian captivity since "
        "2022 had climbed to 4,310 (up from 4,130 in January).",
        published=_PUBLISHED,
    )
    assert Count.exact(4310) in [t.count for t in result.tallies]


@given(
    wrong=st.integers(min_value=1_100, max_value=9_000),
    right=st.integers(min_value=1_100, max_value=9_000),
)
def test_news_the_flagged_figure_is_never_printed(news: Read, wrong: int, right: int) -> None:
    result = news(
        "The ombudsman said the number of Ukrainians freed from Russian captivity since "
        f"2022 had climbed to {wrong:,} (sic; officials later gave the figure as {right:,}).",
        published=_PUBLISHED,
    )
    counts = [t.count for t in result.tallies]
    assert counts == [Count.exact(right)]


def test_news_a_sic_loss_claim_takes_the_number_the_bracket_gives(news: Read) -> None:
    """A casualty claim's flagged figure is set right as a total's is."""
    result = news(
        "The defence ministry said on Monday that Ukrainian losses had reached 41,200 "
        "(sic; a later statement gave 14,200) since the start of the year.",
        published=_PUBLISHED,
    )
    assert [c.count for c in result.claims] == [Count.exact(14_200)]


@given(wrong=st.integers(min_value=1_000, max_value=90_000))
def test_news_a_sic_loss_claim_with_no_number_is_never_printed(news: Read, wrong: int) -> None:
    result = news(
        f"The defence ministry said on Monday that Ukrainian losses had reached {wrong:,} "
        "(sic, as printed in the bulletin) since the start of the year.",
        published=_PUBLISHED,
    )
    assert all(c.count != Count.exact(wrong) for c in result.claims)


def test_news_an_unflagged_loss_claim_stands(news: Read) -> None:
    """Near-miss: with no "sic" the figure is the claim."""
    result = news(
        "The defence ministry said on Monday that Ukrainian losses had reached 41,200 "
        "since the start of the year.",
        published=_PUBLISHED,
    )
    assert [c.count for c in result.claims] == [Count.exact(41_200)]
