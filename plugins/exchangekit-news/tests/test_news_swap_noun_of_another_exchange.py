"""A bare figure per side in a sentence about prisoner swaps counts prisoners of war.

"Each side freed 70 in a prisoner swap" counts prisoners of war: the noun heads the
figure's own clause. By convention 3 of the newest coding brief, a figure with no noun
in a prisoner-swap story is of prisoners, so a swap noun of another exchange (after
"since", "after" or "before", or one proposed, planned or called for) gives it the same
kind: the story is still of prisoners.
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
def test_news_a_swap_noun_of_another_exchange_still_tells_a_story_of_prisoners(
    legs_of: Legs, text: str
) -> None:
    assert _kinds(legs_of(text), 75) == {PersonCategory.PRISONERS_OF_WAR}


@pytest.mark.parametrize(
    "text",
    [
        "Both sides released 75 in a prisoner swap on 14 March.",
        "In a prisoner swap on 14 March, 75 went each way.",
    ],
)
def test_news_the_figures_own_swap_noun_still_names_prisoners(legs_of: Legs, text: str) -> None:
    assert _kinds(legs_of(text), 75) == {PersonCategory.PRISONERS_OF_WAR}
