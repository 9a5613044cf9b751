""" "Also" on a verb of return adds a further group of the same kind to the homecoming before.

"Kyiv brought home 60 soldiers on Sunday. Four marines were also freed": the four
went the way the sixty went, on the same day, and are kept beside them (not read as
another figure for the sixty). With people of another kind the way is not said.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = Callable[[Any], set[tuple[str, str, str, str, str]]]


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=2, max_value=9),
    st.sampled_from(["were also freed", "were also returned", "were also released"]),
)
def test_news_also_adds_a_group_of_the_same_kind(
    news: Callable[..., Any], period_legs: Legs, count: int, verb: str
) -> None:
    read = news(
        f"Kyiv brought home 60 soldiers on Sunday. {count} marines {verb}.",
        published=date(2024, 6, 4),
    )
    assert period_legs(read) == {
        ("2024-06-02", "RUS", "UKR", "prisoners_of_war", "60"),
        ("2024-06-02", "RUS", "UKR", "prisoners_of_war", str(count)),
    }


def test_news_also_fronted_before_the_verb(news: Callable[..., Any], period_legs: Legs) -> None:
    # the harder form: the verb fronted, the people after "were", with a relative clause
    read = news(
        "Kyiv brought home 60 soldiers on Sunday. Also returned were four border guards"
        " who had been captured on another part of the front.",
        published=date(2024, 6, 4),
    )
    assert ("2024-06-02", "RUS", "UKR", "prisoners_of_war", "4") in period_legs(read)


def test_news_also_with_another_kind_says_no_way(
    news: Callable[..., Any], period_legs: Legs
) -> None:
    # near miss: civilians "also" returned after a soldiers' swap may have gone by
    # another route, either way: no leg is guessed for them
    read = news(
        "Moscow got back 60 of its soldiers on Sunday. Seven civilians were also returned.",
        published=date(2024, 6, 4),
    )
    assert not any(leg[4] == "7" for leg in period_legs(read))


def test_news_also_with_nothing_before_reads_nothing(news: Callable[..., Any]) -> None:
    # near miss: with no homecoming told before, "also" carries no way
    read = news("Also returned were four border guards.", published=date(2024, 6, 4))
    assert not read.exchanges
