"""A "has now" perfect of telling, then "saying" a past handover: one handover, not a total.

"The ministry has now given its version of the handover, saying it passed 900 bodies
to Ukraine": the perfect with "now" belongs to the telling, and the figure, in the
words told, keeps their simple past, so it is the handover's own figure. A perfect of
handing over with "now" ("has now handed over 9,000 bodies") still sums every handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's defence ministry has now given its version of the handover, saying it "
        "passed the bodies of 900 soldiers to the Ukrainian side.",
        "Russia's defence ministry has now commented, saying it transferred the bodies of "
        "900 servicemen to Ukraine.",
        "The Russian ministry of defence has by now published its own figures, adding that it "
        "had handed over the remains of 900 Ukrainian soldiers that morning.",
    ],
)
def test_news_a_perfect_of_telling_leaves_the_told_handover_one(news: News, text: str) -> None:
    result = news(text, published=_PUBLISHED)
    assert ("RUS", "UKR", Count.exact(900)) in result.ways()
    assert not result.tally_keys()


def test_news_a_perfect_of_handing_over_with_now_is_still_a_total(news: News) -> None:
    text = "Russia has now handed over the bodies of 9,000 servicemen, saying more will follow."
    result = news(text, published=_PUBLISHED)
    assert ("RUS", "UKR", Count.exact(9000)) in result.tally_keys()
    assert not result.ways()
