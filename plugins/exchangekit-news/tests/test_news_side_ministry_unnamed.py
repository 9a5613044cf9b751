"""A side's ministry named by its adjective alone speaks for that side.

"The Ukrainian ministry said 40 soldiers had come home": the adjective says whose
ministry it is even when the field is left out, so "home" and "its" are that side's.
It points back to that side's ministry named before ("the Russian defence ministry"
... "the Russian ministry said"), never to the other side's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 12 March the Ukrainian ministry said 40 soldiers had been returned home.",
            {("RUS", "UKR", "prisoners_of_war"): Count.exact(40)},
        ),
        (
            "The Russian ministry said on 12 March that 40 of its servicemen had been freed.",
            {("UKR", "RUS", "prisoners_of_war"): Count.exact(40)},
        ),
        (
            "On 12 March, the Ukrainian ministry said, 40 civilians came home.",
            {("RUS", "UKR", "civilians"): Count.exact(40)},
        ),
    ],
)
def test_a_side_ministry_speaks_for_its_side(
    legs: Callable[..., Any], text: str, expected: dict[Any, Count]
) -> None:
    assert legs(text) == expected


@given(n=st.integers(min_value=2, max_value=1_799) | st.integers(min_value=2_101, max_value=9_999))
def test_a_side_ministry_speaks_for_its_side_any_count(legs: Callable[..., Any], n: int) -> None:
    text = f"On 12 March the Ukrainian ministry said {n:,} soldiers had been returned home."
    assert legs(text) == {("RUS", "UKR", "prisoners_of_war"): Count.exact(n)}


def test_a_side_ministry_never_points_back_to_the_other_sides(news: Callable[..., Any]) -> None:
    # the Ukrainian defence ministry spoke first; "the Russian ministry" is not it
    text = (
        "The Ukrainian defence ministry said on 11 March that talks would go on. "
        "On 12 March the Russian ministry said 40 of its servicemen had been freed."
    )
    result = news(text)
    assert {
        (t.sender.code, t.receiver.code, t.count, str(t.attributed_to.party))
        for e in result.exchanges
        for t in e.transfers
    } == {("UKR", "RUS", Count.exact(40), "RUS")}


def test_a_ministry_without_a_side_still_points_back(news: Callable[..., Any]) -> None:
    # no adjective: "the ministry" is the ministry named before, as it was
    text = (
        "The Russian defence ministry said on 11 March that talks would go on. "
        "On 12 March the ministry said 40 of its servicemen had been freed."
    )
    result = news(text)
    assert {
        (t.sender.code, t.receiver.code, t.count, t.attributed_to.name)
        for e in result.exchanges
        for t in e.transfers
    } == {("UKR", "RUS", Count.exact(40), "Russian Ministry of Defence")}


def test_a_side_ministry_whose_title_goes_on_is_that_title(news: Callable[..., Any]) -> None:
    # "the Ukrainian ministry for reintegration ...": the full title names the speaker
    text = (
        "The Russian defence ministry said on 11 March that talks would go on. "
        "On 12 March the Ukrainian ministry for reintegration of the temporarily occupied "
        "territories said 40 soldiers had been returned home."
    )
    result = news(text)
    assert [
        (t.sender.code, t.receiver.code, t.count, t.attributed_to.name.startswith("Ministry for"))
        for e in result.exchanges
        for t in e.transfers
    ] == [("RUS", "UKR", Count.exact(40), True)]
