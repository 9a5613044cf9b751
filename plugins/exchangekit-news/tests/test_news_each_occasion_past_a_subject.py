""" "On each occasion the other side received an equal number" repeats every listed figure.

"Two swaps brought home 61 and 133 soldiers respectively; each time the Russian side got
back an equal number": the subject between "each time" and the verb does not stop the
phrase from pairing each listed handover with its own counterpart. A figure between the
two is another count, and the list is then not repeated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 12, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Over the autumn, two swaps brought home 61 and 133 Ukrainian soldiers respectively; "
        "on each occasion the Russian side, officials in Kyiv said, got back an equal number.",
        "Over the autumn, two swaps brought home 61 and 133 Ukrainian soldiers respectively, "
        "the second of them in late November; each time Moscow received the same number.",
    ],
)
def test_news_each_occasion_before_a_subject_repeats_each_figure(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(61)) in legs
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(133)) in legs


def test_news_a_figure_after_each_occasion_stops_the_repeat(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: "each time 12 civilians also crossed": the phrase is not the list's."""
    text = (
        "Over the autumn, two swaps brought home 61 and 133 Ukrainian soldiers respectively; "
        "each time 12 civilians also crossed and Russia received an equal number."
    )
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(61)) not in legs
