"""A later swap's bare pair closed by "respectively": "the figures were N and M respectively".

"On 2 April, 310 Ukrainians came home and Russia took back 290 soldiers. On 30 April
the numbers were 140 and 125 respectively": the word after the pair says, as the word
before it does, that the pair keeps the order of the two directions told just before.
The bare figures name no kind of people; they take the kind of the pair before only
when its two legs were of one kind, and are people of no stated kind otherwise. Every
passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize("subject", ["figures", "numbers"])
@pytest.mark.parametrize(
    "after", [".", ", a week after talks in Geneva.", "; both sides confirmed."]
)
def test_news_respectively_after_a_bare_pair(recap: Recap, subject: str, after: str) -> None:
    found = recap(
        "On 4 March Kyiv got back 150 prisoners and Moscow 140. On 9 April"
        f" the {subject} were 120 and 110 respectively{after}"
    )
    assert found == {
        ("2025-03-04", "RUS", "UKR", "prisoners_of_war", "150"),
        ("2025-03-04", "UKR", "RUS", "prisoners_of_war", "140"),
        ("2025-04-09", "RUS", "UKR", "prisoners_of_war", "120"),
        ("2025-04-09", "UKR", "RUS", "prisoners_of_war", "110"),
    }


def test_news_bare_pair_after_legs_of_two_kinds_names_no_kind(recap: Recap) -> None:
    # the pair before was of two kinds: the bare figures do not take either one's kind
    found = recap(
        "On 2 April, 310 civilians returned to Ukraine and Russia took back 290 soldiers. Three"
        " weeks later, on 23 April, the numbers were 140 and 125 respectively."
    )
    assert ("2025-04-23", "RUS", "UKR", "other", "140") in found
    assert ("2025-04-23", "UKR", "RUS", "other", "125") in found
    assert not {leg for leg in found if leg[0] == "2025-04-23" and leg[3] != "other"}


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=2_200, max_value=9_000),
    st.integers(min_value=2, max_value=90),
    st.integers(min_value=2_200, max_value=9_000),
    st.integers(min_value=2, max_value=90),
)
def test_news_trailing_respectively_keeps_the_order_before(
    recap: Recap, home: int, back: int, later_home: int, later_back: int
) -> None:
    found = recap(
        f"In July Russia returned {home:,} bodies and Ukraine {back}. In September"
        f" the figures were {later_home:,} and {later_back} respectively."
    )
    assert found == {
        ("2025-07", "RUS", "UKR", "remains", f"{home:,}"),
        ("2025-07", "UKR", "RUS", "remains", f"{back:,}"),
        ("2025-09", "RUS", "UKR", "remains", f"{later_home:,}"),
        ("2025-09", "UKR", "RUS", "remains", f"{later_back:,}"),
    }


def test_news_trailing_respectively_after_one_way_is_not_read(recap: Recap) -> None:
    # near miss: no pair told before, so "respectively" has no order to keep
    found = recap(
        "On 4 March Kyiv got back 150 prisoners. On 9 April the figures were 120 and 110"
        " respectively."
    )
    assert {count for *_rest, count in found} <= {"150"}


def test_news_pair_then_a_noun_is_not_a_bare_pair(recap: Recap) -> None:
    # near miss: "120 and 110 days respectively" counts days, not people
    found = recap(
        "On 4 March Kyiv got back 150 prisoners and Moscow 140. Their terms in captivity"
        " were long: the figures were 120 and 110 days respectively."
    )
    assert {count for *_rest, count in found} <= {"150", "140"}
