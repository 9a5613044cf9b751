"""A list of different handover sizes told with fewer days than sizes is not read.

"Russia returned 100, 75 and 90 soldiers on Sunday": three sizes and one day do not
say which handover that day was, and reading the list's first number as the day's
figure invents a handover. With as many days as sizes ("on 1, 5 and 9 May") each size
is a day's handover; a list of parts by kind ("100 soldiers, 75 civilians and ...") is
no list of sizes. Days enough that do not pair with the sizes (a later item "and
another 40 on March 25" breaks the list) put no size on every day. Every text here is
read as published on 10 June 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 6, 10)


Legs = Callable[[Any], set[tuple[str, str, str, str, str]]]


@settings(max_examples=12, deadline=None)
@given(
    st.lists(st.integers(min_value=20, max_value=400), min_size=3, max_size=4, unique=True),
    st.sampled_from(
        [
            "Ukraine and Russia exchanged {sizes} soldiers each way on Sunday.",
            "Russia returned {sizes} soldiers on Sunday.",
            "On Sunday Moscow handed back {sizes} Ukrainian prisoners of war.",
            "Ukraine got back {sizes} bodies.",
        ]
    ),
)
def test_news_sizes_more_than_days_give_no_handover(
    news: Callable[..., Any], period_legs: Legs, sizes: list[int], template: str
) -> None:
    listed = ", ".join(str(n) for n in sizes[:-1]) + f" and {sizes[-1]}"
    read = news(template.format(sizes=listed), published=PUBLISHED)
    assert not {count for *_, count in period_legs(read)} & {str(n) for n in sizes}


def test_news_sizes_with_as_many_days_pair_up(news: Callable[..., Any], period_legs: Legs) -> None:
    read = news("Russia returned 100, 75 and 90 soldiers on 1, 5 and 9 May.", published=PUBLISHED)
    assert period_legs(read) == {
        ("2025-05-01", "RUS", "UKR", "prisoners_of_war", "100"),
        ("2025-05-05", "RUS", "UKR", "prisoners_of_war", "75"),
        ("2025-05-09", "RUS", "UKR", "prisoners_of_war", "90"),
    }


def test_news_parts_by_kind_are_no_list_of_sizes(
    news: Callable[..., Any], period_legs: Legs
) -> None:
    # near-miss: every number has its own noun, so the list splits one handover by kind
    read = news("Russia returned 100 soldiers and 75 civilians on Sunday.", published=PUBLISHED)
    assert period_legs(read) == {
        ("2025-06-08", "RUS", "UKR", "prisoners_of_war", "100"),
        ("2025-06-08", "RUS", "UKR", "civilians", "75"),
    }


@settings(max_examples=10, deadline=None)
@given(
    st.lists(st.integers(min_value=20, max_value=400), min_size=3, max_size=3, unique=True),
    st.integers(min_value=20, max_value=400),
)
def test_news_sizes_the_days_do_not_pair_give_no_handover(
    news: Callable[..., Any], period_legs: Legs, sizes: list[int], another: int
) -> None:
    """Days enough, but a later item breaks the pairing: no size is put on every day."""
    listed = ", ".join(str(n) for n in sizes[:-1]) + f" and {sizes[-1]}"
    text = (
        f"Moscow and Kyiv each released {listed} soldiers on March 4, 11 and 18, "
        f"and another {another} on March 25."
    )
    read = news(text, published=PUBLISHED)
    right = {
        ("2025-03-04", str(sizes[0])),
        ("2025-03-11", str(sizes[1])),
        ("2025-03-18", str(sizes[2])),
        ("2025-03-25", str(another)),
    }
    assert {(day, count) for day, _, _, _, count in period_legs(read)} <= right


def test_news_month_first_days_pair_with_their_sizes(
    news: Callable[..., Any], period_legs: Legs
) -> None:
    # near-miss: the same list with no fourth item pairs size by size
    read = news(
        "Moscow and Kyiv each released 61, 75 and 102 soldiers on March 4, 11 and 18.",
        published=PUBLISHED,
    )
    assert {(day, count) for day, _, _, _, count in period_legs(read)} == {
        ("2025-03-04", "61"),
        ("2025-03-11", "75"),
        ("2025-03-18", "102"),
    }
