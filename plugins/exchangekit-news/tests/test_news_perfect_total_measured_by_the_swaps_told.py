"""What a perfect far above "the swap just told" is measured against.

"Russia has received 3,900" after a swap of 140 is a running total, but only when the swap
told is the whole of it: "more than 200" is 200 at least, a swap told only by its civilians
("eight civilians came home on Thursday") may have moved many soldiers beside, and the
story's own handover counts beside an older one recalled. In each case the perfect's figure
stays a leg. A pluperfect ("Zelensky wrote that 200 had come home") is never read as a
total by this rule: it is as often a rival account of the day's handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count


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


def test_the_storys_own_handover_measures_too(news: Callable[..., Any]) -> None:
    """A small older swap recalled after the story's own does not make its other leg a total."""
    text = (
        "Today 70 Ukrainians were freed from captivity. The previous swap took place on"
        " 2 March 2023, when 12 defenders came home.\n\n"
        "Moscow said 110 Russian servicemen had been returned."
    )
    result = news(text)
    assert not result.tallies
    assert Count.parse("110") in result.moved_counts()
