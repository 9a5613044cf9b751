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


def test_news_as_many_each_day_repeats_each_days_figure(news: News) -> None:
    """ "with Moscow receiving as many each day": each listed day's figure, on its own day."""
    text = (
        "On July 8 and 9 Ukraine got back 44 and 71 servicemen respectively, with Moscow "
        "receiving as many each day, officials in Kyiv said."
    )
    legs = news(text, published=_DAY).dated_way_counts()
    assert ("2025-07-08", "UKR", "RUS", Count.exact(44)) in legs
    assert ("2025-07-09", "UKR", "RUS", Count.exact(71)) in legs


def test_news_as_many_as_each_day_is_no_repeat(news: News, transfer_tuples: TransferTuples) -> None:
    """Near miss: "as many as 200 each day" is a bound, not the list's figures again."""
    text = (
        "On July 8 and 9 Ukraine got back 44 and 71 servicemen respectively; Moscow said it "
        "could take as many as 200 each day."
    )
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(44)) not in legs
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(71)) not in legs
