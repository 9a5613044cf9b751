"""Sizes of exchanges listed day by day in a dash aside before the verb that moved them.

"Over the spring, in two exchanges - 60 on 3 April and 85 on 19 April - Kyiv got
back its men": the aside right after "<N> exchanges" sizes each of them on its own
day, so each figure is one exchange (not a sum of them), and the people and the
direction are those of the clause after the closing dash. When the clause's object
names people of several kinds, the sizes count people of no one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=150),
    st.integers(min_value=160, max_value=300),
    st.sampled_from(["swaps", "exchanges", "rounds"]),
    st.sampled_from(["\u2014", "-", "\u2013"]),
    st.booleans(),
)
def test_news_dated_sizes_aside_each_figure_is_one_exchange(
    recap: Callable[[str], Any], first: int, second: int, plural: str, dash: str, of: bool
) -> None:
    lead = "of " if of else ""
    found = recap(
        f"In two {plural} {dash} {lead}{first} on 3 April and {lead}{second} on 19 April"
        f" {dash} Kyiv got back its soldiers."
    )
    assert found == {
        ("2025-04-03", "RUS", "UKR", "prisoners_of_war", str(first)),
        ("2025-04-19", "RUS", "UKR", "prisoners_of_war", str(second)),
    }


def test_news_dated_sizes_aside_harder_form_mixed_people_and_a_weekday(
    recap: Callable[[str], Any],
) -> None:
    # the harder form: a span between the noun and the dash, "of" before each size, a
    # weekday for the last one, a perfect tense and an object of several kinds
    found = recap(
        "In three rounds this autumn - of 31 on 2 October, of 58 on 24 October and of 77"
        " on Saturday - Ukraine has got back marines, pilots and a few civilians."
    )
    assert found == {
        ("2025-10-02", "RUS", "UKR", "other", "31"),
        ("2025-10-24", "RUS", "UKR", "other", "58"),
        ("2025-11-15", "RUS", "UKR", "other", "77"),
    }


def test_news_stage_sizes_over_soldiers_and_civilians_are_of_no_one_kind(
    recap: Callable[[str], Any],
) -> None:
    # "in three stages of ..." (read before) with an object of two kinds: no longer
    # counted as soldiers alone
    found = recap(
        "In three stages of 40, 65 and 70, on 3, 8 and 9 July respectively, Ukraine"
        " brought home servicemen and civilians."
    )
    assert {leg[3] for leg in found} == {"other"}


def test_news_dated_sizes_aside_near_misses(recap: Callable[[str], Any]) -> None:
    # a plan: the verb after the aside is not told done
    assert (
        recap("In two swaps — 60 on 3 April and 85 on 19 April — Kyiv will get back soldiers.")
        == set()
    )
    # a unit after each number: distances, not people
    found = recap(
        "In two exchanges — 60 km on 3 April and 85 km on 19 April — Ukraine moved soldiers."
    )
    assert all(count not in ("60", "85") for *_, count in found)
    # the number word says three, the aside lists two: not the sizes of those swaps
    found = recap("In three swaps — 60 on 3 April and 85 on 19 April — Kyiv got back its soldiers.")
    assert all(count not in ("60", "85") for *_, count in found)
    # no noun of exchanges before the dash: an aside on something else
    found = recap("In the spring — 60 on 3 April and 85 on 19 April — Kyiv got back its soldiers.")
    assert all(count not in ("60", "85") for *_, count in found)
