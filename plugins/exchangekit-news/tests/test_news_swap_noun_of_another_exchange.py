"""A bare figure per side moved in a sentence about prisoner swaps names no kind.

"Each side freed 70 in a prisoner swap" counts people with no noun of their own: by the
coding conventions a side's kind comes only from a noun said of it, so the figure is of
no one kind whether the swap noun is its own exchange's or another's (after "since",
"after" or "before", or one proposed, planned or called for).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count, PersonCategory

Legs = Callable[..., Any]


def _kinds(legs: Any, n: int) -> set[PersonCategory]:
    """The kinds of every leg of ``n`` people."""
    return {kind for (_, _, kind), counts in legs.items() if Count.exact(n) in counts}


@pytest.mark.parametrize(
    "text",
    [
        "Both sides released 75 on 14 March, the first handover since a prisoner swap in January.",
        "Both sides released 75 on 14 March, two weeks after Moscow offered a prisoner swap.",
        "75 went each way on 14 March, Ukraine said, calling for a wider prisoner swap.",
        "Both sides released 75 on 14 March, a month before a planned prisoner swap.",
        "Both sides released 75 on 14 March, a week after a prisoner swap of 40 for 40.",
    ],
)
def test_news_a_swap_noun_of_another_exchange_gives_a_bare_figure_no_kind(
    legs_of: Legs, text: str
) -> None:
    assert _kinds(legs_of(text), 75) == {PersonCategory.OTHER}


@pytest.mark.parametrize(
    "text",
    [
        "Both sides released 75 in a prisoner swap on 14 March.",
        "In a prisoner swap on 14 March, 75 went each way.",
    ],
)
def test_news_the_figures_own_swap_noun_gives_a_bare_figure_no_kind(
    legs_of: Legs, text: str
) -> None:
    assert _kinds(legs_of(text), 75) == {PersonCategory.OTHER}
