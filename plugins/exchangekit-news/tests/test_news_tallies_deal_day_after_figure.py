"""A deal's day told after a running total is the deal's, not the day the total stands on.

"... to more than 19,000, a pace that follows the schedule of repatriations agreed
last year": "last year" dates the agreement, so the total is not one of last year
(which would print a span closing a year early). A day told of the total itself
after its figure still bounds it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_PUBLISHED = date(2026, 10, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the latest handover had brought the number of bodies returned to "
        "Ukraine since 2022 to more than 19,000, a pace that follows the monthly schedule "
        "of repatriations agreed last year.",
        "The number of bodies returned to Ukraine since 2022 stood at more than 19,000, "
        "officials said - a rhythm of handovers the two sides agreed in March.",
    ],
)
def test_the_deals_day_does_not_date_the_total(news: Callable[..., Any], text: str) -> None:
    assert news(text, published=_PUBLISHED).tally_spans() == {
        ("2022-02-24/2026-10-15", "UKR", "remains", "more than 19,000")
    }


def test_a_day_of_the_total_itself_still_dates_it(news: Callable[..., Any]) -> None:
    text = (
        "The number of bodies returned to Ukraine since 2022 had passed 19,000 last month, "
        "officials said, a pace set at talks in Istanbul."
    )
    spans = {covers for covers, *_ in news(text, published=_PUBLISHED).tally_spans()}
    assert spans == {"2022-02-24/2026-09-30"}
