"""A sum stated after "the same number of people" that follows a list of kinds.

"Kyiv got back 200 soldiers and 35 civilians, and Russia got the same number of
people back, 235 in total": the other side's figure is the stated sum, of people of
no one kind, never the last part's kind ("235 civilians" was silently wrong).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "tail",
    [
        "got the same number of people back, 235 in total",
        "received the same number of people in return, 235 in all",
        "received the same number of people in exchange, 235 in total",
    ],
)
def test_news_the_stated_sum_goes_back_as_people_of_no_one_kind(legs: Legs, tail: str) -> None:
    text = f"Kyiv said 200 soldiers and 35 civilians had come home, and that Russia {tail}."
    assert legs(text) == {
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(200),
        ("RUS", "UKR", "civilians"): Count.exact(35),
        ("UKR", "RUS", "other"): Count.exact(235),
    }


def test_news_a_bare_same_number_after_kinds_sends_no_part_back(legs: Legs) -> None:
    # near-miss: without the stated sum, neither the sum nor a part is read
    text = (
        "Kyiv said 200 soldiers and 35 civilians had come home, and that Russia got the "
        "same number back."
    )
    assert legs(text) == {
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(200),
        ("RUS", "UKR", "civilians"): Count.exact(35),
    }
