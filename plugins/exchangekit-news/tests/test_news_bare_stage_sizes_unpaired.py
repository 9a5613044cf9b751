"""Bare sizes listed after a verb, with fewer days than sizes, are no one figure.

"In May, Kyiv handed back 18, 44 and none": the numbers, with no noun, size several
handovers of the month, and nothing says which was which; the first is neither the
month's one handover nor a sum over it, so none is read (a miss, not a wrong figure).
With a day for each size the list is read as before. Every passage was written for
this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=5, max_value=90), min_size=2, max_size=3, unique=True),
    st.sampled_from(["April", "July", "November"]),
    st.booleans(),
)
def test_news_bare_sizes_over_one_month_read_none(
    recap: Recap, sizes: list[int], month: str, trailing_none: bool
) -> None:
    listed = ", ".join(str(n) for n in sizes[:-1]) + f" and {sizes[-1]}"
    if trailing_none:
        listed = ", ".join(str(n) for n in sizes) + " and none"
    found = recap(
        f"In {month} Moscow handed Kyiv the remains of fallen soldiers in several"
        f" stages, and Kyiv sent back {listed}, while 1,200 bodies came home to Ukraine."
    )
    # the sentence is read: only its one sized handover, none of the listed sizes
    period = {"April": "2025-04", "July": "2025-07", "November": "2025-11"}[month]
    assert found == {(period, "RUS", "UKR", "remains", "1,200")}


def test_news_bare_sizes_past_an_aside_read_none(recap: Recap) -> None:
    # the harder form: an aside between the list and its last item
    found = recap(
        "Over three stages in August, Russia received 14, 63 and - at the final"
        " stage - no bodies at all, while Ukraine took back 2,000 bodies, a Ukrainian"
        " official said."
    )
    assert found == {("2025-08", "RUS", "UKR", "remains", "2,000")}


def test_news_bare_sizes_with_a_day_each_still_read(recap: Recap) -> None:
    # near miss: as many days as sizes, paired in order
    found = recap("Ukraine returned 33 and 58 on August 5 and 21.")
    assert {(period, receiver, count) for period, _s, receiver, _k, count in found} == {
        ("2025-08-05", "RUS", "33"),
        ("2025-08-21", "RUS", "58"),
    }


def test_news_one_bare_size_still_read(recap: Recap) -> None:
    # near miss: one number after the verb is the handover's own size
    found = recap("In August Ukraine returned 33, the ministry said.")
    assert {count for *_, count in found} == {"33"}


def test_news_sizes_sharing_a_last_noun_read_none(recap: Recap) -> None:
    # the commonest form: the noun written once, on the last size
    for text in (
        "Over July Moscow sent home 36 and 72 Ukrainian soldiers.",
        "Ukraine returned 36 and 72 soldiers to Russia on Tuesday.",
    ):
        assert {count for *_, count in recap(text)} & {"36", "72"} == set()


def test_news_figure_with_its_own_verb_ends_the_list(recap: Recap) -> None:
    # near miss: after ", and" the figure opens a clause of its own, so the first is read
    found = recap("On Tuesday Kyiv handed over 88, and 64 came back.")
    assert ("2025-11-18", "UKR", "RUS", "88") in {
        (period, sender, receiver, count) for period, sender, receiver, _k, count in found
    }


def test_news_sizes_told_in_turn_read_the_first(recap: Recap) -> None:
    # near miss: "and then" tells the handovers one by one, so the first is its own figure
    found = recap("Moscow returned 36 and then 72 to Kyiv in July.")
    assert ("2025-07", "RUS", "UKR", "36") in {
        (period, sender, receiver, count) for period, sender, receiver, _k, count in found
    }


def test_news_sizes_with_a_noun_paired_respectively_still_read(recap: Recap) -> None:
    # near miss: "respectively" pairs the sizes with days told in the sentence before
    found = recap(
        "On 2 and 16 July, repatriations took place. Russia, for its part, received 12 and"
        " 17 bodies respectively."
    )
    assert ("2025-07-02", "12") in {(period, count) for period, *_, count in found}
