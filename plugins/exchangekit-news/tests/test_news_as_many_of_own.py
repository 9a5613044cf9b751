""" "As many of its troops" repeats the figure before it, as "as many Russians" does.

"Ukraine got back 64 defenders, and Russia received as many of its soldiers": the other
side's count is the same figure, of that side's own people. "As many of its soldiers as
it asked for" compares with something else and is left unread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2024, 9, 20)


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday 38 Ukrainian soldiers came home, and Russia got back as many of its "
        "servicemen.",
        # the other side first, the pronoun of the returning side's own people
        "On Wednesday Kyiv received 38 of its soldiers and handed over as many of their "
        "troops to Moscow.",
    ],
)
def test_news_as_many_of_its_people_repeats_the_figure(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(38)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(38)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday 38 Ukrainian soldiers came home, and Russia got back as many of its "
        "servicemen as it had asked for.",
        "On Wednesday 38 Ukrainian soldiers came home, and Russia got back twice as many of "
        "its servicemen.",
    ],
)
def test_news_a_compared_as_many_is_no_repeat(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    """Near misses: a comparison ("as ... as", "twice as many") is not the same figure."""
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(38)) not in transfer_tuples(
        news(text, published=_DAY)
    )
