"""A date after "a Turkish-brokered operation" dates the operation, not a deal.

"brokered" (or "mediated") joined by a hyphen to a name before a noun only says who
arranged the event the noun names: "50 were freed in a Qatar-brokered handover on
Nov. 12" is the handover's day. Before a noun of a deal ("a Turkish-brokered deal
on 3 May") the date stays the deal's, and dates no handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The decision came after 40 injured captives from each side were handed back in a "
        "Turkish-brokered operation on Nov. 12.",
        "The decision came after 40 injured captives from each side were handed back in a "
        "Qatar-mediated operation on 12 November, and a later swap in October.",
    ],
)
def test_news_a_hyphened_broker_leaves_the_date_to_the_event(news: News, text: str) -> None:
    assert news(text, published=PUBLISHED).periods() == {"2026-11-12"}


def test_news_a_hyphened_broker_of_a_deal_keeps_the_deal_date(news: News) -> None:
    text = (
        "The move followed the return of 40 injured prisoners on each side under a "
        "Turkish-brokered deal on Nov. 12."
    )
    assert news(text, published=PUBLISHED).periods() != {"2026-11-12"}
