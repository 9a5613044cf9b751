"""A reported pluperfect ("said N had been returned") far above the swap just told.

"The swap on 3 March freed 140 Ukrainians. Moscow said 4,480 Russians had been returned.":
under a verb of saying in the past, "had been returned" is the present perfect shifted back
("have been returned", as the speaker put it), and counts up to the time of saying. A figure
an order of magnitude above the swap just told is then the receiver's running total, as the
present perfect is. Told with no one saying it ("By then 4,480 had been returned") the
pluperfect counts up to a past moment the sentence does not date: no leg and no total.
A figure of the swap's size, one with its own day, or one repeating a handover told before
stays a handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

SWAP = "The swap on 3 March freed 140 Ukrainians. "


@pytest.mark.parametrize(
    ("later", "count"),
    [
        ("Moscow said 4,480 Russians had been returned.", "4,480"),
        ("The Kremlin said it had received 3,150 of its soldiers back.", "3,150"),
        ("Russian officials said 2,790 servicemen had been brought home.", "2,790"),
        ("5,060 Russian prisoners had been freed, the defence ministry said.", "5,060"),
    ],
)
def test_reported_pluperfect_far_above_the_swap_is_a_total(
    news: Callable[..., Any], recap: Recap, later: str, count: str
) -> None:
    """The figure is Russia's running total, never a leg of 3 March; the swap keeps its leg."""
    legs = recap(SWAP + later)
    assert not {leg for leg in legs if leg[4] == count}
    assert ("2025-03-03", "RUS", "UKR", "other", "140") in legs
    assert news(SWAP + later).tally_keys() == {("UKR", "RUS", Count.parse(count))}


@pytest.mark.parametrize(
    "later",
    [
        "By then 4,480 Russians had been returned.",
        "Russia had received 4,480 of its soldiers before that.",
    ],
)
def test_unreported_pluperfect_far_above_the_swap_is_refused(
    news: Callable[..., Any], later: str
) -> None:
    """Up to an undated past moment: neither a leg of 3 March nor a total as of today."""
    result = news(SWAP + later)
    assert Count.parse("4,480") not in result.moved_counts()
    assert not result.tallies


@pytest.mark.parametrize(
    "later",
    [
        "Moscow said 150 Russians had been returned.",  # the swap's size: its other leg
        "Moscow said 4,480 Russians had been returned in the exchange.",  # names its event
    ],
)
def test_near_misses_keep_their_leg(recap: Recap, later: str) -> None:
    """A figure near the swap's size, or one tied to the exchange, stays a leg of 3 March."""
    legs = recap(SWAP + later)
    assert {(p, s, r) for p, s, r, _, c in legs if c in ("150", "4,480")} == {
        ("2025-03-03", "UKR", "RUS")
    }


def test_pluperfect_with_its_own_day_stays_that_days_handover(recap: Recap) -> None:
    """A day of its own makes the pluperfect that day's handover, not a total."""
    legs = recap(SWAP + "Moscow said 1,730 Russians had been returned on 14 April.")
    assert ("2025-04-14", "UKR", "RUS", "other", "1,730") in legs


def test_figure_of_a_handover_told_before_stays_that_handover(news: Callable[..., Any]) -> None:
    """A later line repeating the day's figure in the pluperfect is that handover again."""
    text = (
        "Kyiv says 415 Ukrainians are home.\n\n"
        "In the last swap, on 9 June, 31 Ukrainians came home.\n\n"
        "The president said 415 Ukrainians had been returned from Russian captivity."
    )
    result = news(text)
    assert not result.tallies
    assert Count.parse("415") in result.moved_counts()


@given(n=st.integers(min_value=1400, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_far_larger_reported_pluperfect(news: Callable[..., Any], n: int) -> None:
    """Whatever the count, ten times the swap or more is never moved on the swap's day."""
    result = news(f"{SWAP}Moscow said {n:,} Russians had been returned.")
    assert Count.parse(f"{n:,}") not in result.moved_counts()
    assert result.tally_keys() == {("UKR", "RUS", Count.parse(f"{n:,}"))}


@pytest.mark.parametrize(
    "perfect",
    [
        "Moscow said 248 Russian servicemen had been returned.",
        "Moscow says 248 Russian servicemen have been returned.",
    ],
)
def test_swap_told_as_more_than_is_at_least_its_figure(
    news: Callable[..., Any], perfect: str
) -> None:
    """ "More than 200" is 200 at least: 248 is the swap's size, its other leg, not a total."""
    result = news("More than 200 Ukrainians came home on Wednesday. " + perfect)
    assert not result.tallies
    assert Count.parse("248") in result.moved_counts()


@pytest.mark.parametrize(
    "perfect",
    [
        "Moscow said it had received 95 of its soldiers.",
        "Moscow says it has received 95 of its soldiers.",
    ],
)
def test_swap_told_by_a_part_measures_nothing(news: Callable[..., Any], perfect: str) -> None:
    """A swap told only by its civilians may have moved many soldiers beside: 95 is a leg."""
    result = news("Eight Ukrainian civilians came home on Thursday. " + perfect)
    assert not result.tallies
    assert Count.parse("95") in result.moved_counts()
