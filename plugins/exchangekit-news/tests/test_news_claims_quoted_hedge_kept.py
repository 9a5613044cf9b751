"""A hedge quoted with its number stays with it: 'gave the toll as "more than N"'."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

_OPENING = (
    "In the autumn, President Volodymyr Zelensky said 31,000 Ukrainian soldiers had been "
    "killed; in the spring he "
)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=32, max_value=90).map(lambda k: k * 1000))
def test_news_a_quoted_hedge_is_never_dropped_from_its_number(
    news: Callable[..., Any], found: Callable[..., Any], n: int
) -> None:
    text = f'{_OPENING}gave the death toll as "more than {n:,}", with "many thousands" missing.'
    killed = {c for s, kind, c in found(news(text)) if (s, kind) == ("UKR", "killed")}
    # the bare number would print a figure the speaker never gave
    assert Count.exact(n) not in killed
    assert Count.more_than(n) in killed


def test_news_a_toll_given_as_an_unquoted_hedged_figure_is_read(
    news: Callable[..., Any], found: Callable[..., Any]
) -> None:
    text = f"{_OPENING}gave the death toll as about 52,000, with thousands more missing."
    killed = {c for s, kind, c in found(news(text)) if (s, kind) == ("UKR", "killed")}
    assert Count.parse("about 52,000") in killed


def test_news_as_well_as_after_a_toll_is_no_link_to_a_figure(
    news: Callable[..., Any], found: Callable[..., Any]
) -> None:
    text = (
        f"{_OPENING}gave the death toll as well as a list of 52,000 names of the wounded "
        "to a committee."
    )
    killed = {c for s, kind, c in found(news(text)) if (s, kind) == ("UKR", "killed")}
    assert Count.exact(52000) not in killed
