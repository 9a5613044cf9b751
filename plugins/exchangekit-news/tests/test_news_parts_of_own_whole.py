"""'N of them' right after a count "of its own" is a part of that count.

"Moscow said it got back 90 of its own, 60 of them soldiers and 30 civilians": "them"
are the 90 just counted, though no noun follows the 90, so the 60 and the 30 split
that whole by kind as they do after "90 Russians". They are never the people the
sentence before counted, whose kind would give the 60 a kind they are not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def _way_to_russia(read: Any) -> set[tuple[str, Count]]:
    return {
        (t.category.value, t.count)
        for e in read.exchanges
        for t in e.transfers
        if (t.sender.code, t.receiver.code) == ("UKR", "RUS")
    }


@pytest.mark.parametrize(
    "before",
    [
        "",
        "Kyiv said 90 Ukrainians came home, 60 soldiers and 30 civilians. ",
        "The Ukrainian side said 90 had returned: 60 were servicemen and 30 civilians. ",
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow said it got back 90 of its own, 60 of them soldiers and 30 civilians.",
        "Russia's defence ministry said it had received 90 of its own, 60 of them "
        "servicemen and 30 civilians, in the swap.",
    ],
)
def test_news_parts_after_of_its_own_split_that_whole(
    news: News, before: str, sentence: str
) -> None:
    """Whatever came before, the 90 is a whole of no one kind and 60 and 30 its parts."""
    legs = _way_to_russia(news(before + sentence, breakdowns="both"))
    assert ("other", Count.parse("90")) in legs
    assert ("civilians", Count.parse("30")) in legs
    assert ("other", Count.parse("60")) not in legs


def test_news_of_them_after_a_promised_group_is_still_the_handover(news: News) -> None:
    """ "promised 40 wounded soldiers ... returned 35 of them": 35 wounded, as before."""
    text = (
        "Russia had promised to hand over 40 wounded soldiers, and it returned 35 of them "
        "on Monday."
    )
    legs = {
        (t.receiver.code, t.category.value, t.count)
        for e in news(text).exchanges
        for t in e.transfers
    }
    assert legs == {("UKR", "wounded_prisoners", Count.parse("35"))}


@settings(max_examples=20, deadline=None)
@given(whole=st.integers(min_value=20, max_value=1700), soldiers=st.integers(min_value=5))
def test_news_part_after_of_its_own_keeps_its_kind(news: News, whole: int, soldiers: int) -> None:
    """The first part of a count "of its own" is never given the kind of no one."""
    soldiers = 5 + soldiers % (whole - 10)
    civilians = whole - soldiers
    text = (
        f"Kyiv said {whole:,} Ukrainians came home, {soldiers:,} soldiers and {civilians:,} "
        f"civilians. Moscow said it got back {whole:,} of "
        f"its own, {soldiers:,} of them soldiers and {civilians:,} civilians."
    )
    legs = _way_to_russia(news(text, breakdowns="both"))
    assert ("other", Count.parse(f"{soldiers:,}")) not in legs
    assert ("prisoners_of_war", Count.parse(f"{soldiers:,}")) in legs
