"""A side's bare "N of its own" after nationals counted in its sentence is of no one kind.

"On 3 May 61 Ukrainians came home and Russia, according to Kyiv, got back 61 of its
own", "112 Russians went home, while Kyiv took back 140 of its own": the other side's
people are counted as the first side's were, by nation alone, so they are `other`, not
the kind of a group told sentences before nor a swap's prisoners. Own people after
soldiers counted first stay soldiers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]
_DAY = date(2025, 8, 27)

_BEFORE = (
    "On Sunday 95 servicemen and six civilians returned to Ukraine in an exchange. In "
    "return Russia received the same number of its soldiers and six residents of the "
    "Belgorod region. It was the second such day this month. "
)


def russian_kinds(result: Any, count: int) -> set[PersonCategory]:
    """The kinds of the transfers of ``count`` people received by Russia."""
    wanted = Count.exact(count)
    return {
        t.category
        for e in result.exchanges
        for t in e.transfers
        if t.count == wanted and t.receiver.code == "RUS"
    }


def test_news_own_people_as_many_as_the_nationals_are_of_no_one_kind(news: News) -> None:
    text = _BEFORE + (
        "On August 9, 61 Ukrainians came back, and Russia, the Ukrainian side said, "
        "received 61 of its own."
    )
    assert russian_kinds(news(text, published=_DAY), 61) == {PersonCategory.OTHER}


def test_news_own_people_of_another_number_after_nationals_are_other(news: News) -> None:
    """Another number is no matter: the nationals set how the sentence counts people."""
    text = (
        "The last swap of the year came on 29 December, when 112 Russians went home, "
        "according to Moscow, while Kyiv said it had taken back 140 of its own."
    )
    assert {
        t.category for e in news(text).exchanges for t in e.transfers if t.count == Count.exact(140)
    } == {PersonCategory.OTHER}


def test_news_own_people_as_many_as_soldiers_are_of_no_one_kind(news: News) -> None:
    """As many as soldiers counted first: "of its own" still names no kind for that side."""
    text = _BEFORE + (
        "On August 9, 61 soldiers came back, and Russia, the Ukrainian side said, "
        "received 61 of its own."
    )
    assert russian_kinds(news(text, published=_DAY), 61) == {PersonCategory.OTHER}


@settings(max_examples=10, deadline=None)
@given(n=st.integers(min_value=12, max_value=400).filter(lambda n: n not in (95, 61)))
def test_news_any_mirrored_count_of_own_people_is_other(news: News, n: int) -> None:
    text = _BEFORE + (
        f"Earlier, on August 9, {n} Ukrainians came back and Russia, the Ukrainian side said, "
        f"received {n} of its own."
    )
    assert russian_kinds(news(text, published=_DAY), n) == {PersonCategory.OTHER}
