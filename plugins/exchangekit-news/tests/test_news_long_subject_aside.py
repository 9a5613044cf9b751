"""A long ', who ...,' aside on the opening subject: its dates are not the handover's.

"Forty-six residents ..., who had found themselves in the area held by Ukrainian units
after the incursion of August last year and were later taken to Sumy, returned to Russia
on Tuesday" was dated August: the aside ran past the reach a relative clause was given,
so its date was taken for the main clause's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-eight civilians of the Belgorod region, who had found themselves in the part "
        "of the frontier district controlled by Ukrainian units after the raid of March last "
        "year and were later moved to Kharkiv, came back to Russia on Tuesday.",
        # the harder form: digits, a longer aside and a route after the main verb
        "28 residents of the Belgorod region, who had been stuck for months in the strip of "
        "the frontier district controlled by Ukrainian units after the raid of March last "
        "year and were later moved on to Kharkiv, returned to Russia on Tuesday via Belarus.",
    ],
)
def test_news_long_subject_aside_keeps_main_date(news: Callable[..., Any], text: str) -> None:
    result = news(text, published=date(2025, 4, 16))
    dated = {(str(e.period), str(t.count)) for e in result.exchanges for t in e.transfers}
    assert dated == {("2025-04-15", "28")}


def test_news_short_subject_aside_still_dated_by_main_clause(news: Callable[..., Any]) -> None:
    # near miss: a short aside with a month of its own was read right before, and still is
    result = news(
        "31 civilians, who had been held since the fighting in May, came home to Russia via "
        "Belarus on Tuesday.",
        published=date(2025, 4, 16),
    )
    assert {str(e.period) for e in result.exchanges} == {"2025-04-15"}
