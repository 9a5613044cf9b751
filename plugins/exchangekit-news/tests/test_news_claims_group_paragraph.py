"""A briefing's paragraph on one group of forces, or one town's area, gives a sector's share.

'Units of the "Vostok" group of forces took better positions. The enemy lost up to 310
servicemen': a Russian briefing gives each group of forces its paragraph, so the losses
told there are that group's sector's, never a side's claim; so are a day's losses "in the
Vuhledar area", the fight for one town. A paragraph on the whole front, all groups
together, a running total since a start, and a region's area keep their readings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        'Over the past day, units of the "Vostok" group of forces took better positions near '
        "two villages. The Ukrainian armed forces lost up to 310 servicemen and two armoured "
        "vehicles.",
        'Units of the "East" group of forces repelled two counterattacks. Losses of the Armed '
        "Forces of Ukraine in this direction amounted to up to 145 servicemen.",
        "Units of the Dnepr group of forces repelled four attacks. Losses of the Armed Forces "
        "of Ukraine amounted to up to 95 servicemen.",
        "A report said that up to 70 Ukrainian soldiers had been killed in the Vuhledar area "
        "over the past day.",
    ],
)
def test_news_a_groups_paragraph_gives_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        # the group's paragraph has ended: the next one is on the whole front
        (
            "Units of the Dnepr group of forces repelled four attacks.\n\nOver the past day, the "
            "Ukrainian armed forces lost up to 1,310 servicemen along the whole front, the "
            "ministry said.",
            "total_losses",
            "up to 1,310",
        ),
        (
            "Units of all groups of forces repelled attacks. Over the past day, the Ukrainian "
            "armed forces lost up to 1,210 servicemen, the ministry said.",
            "total_losses",
            "up to 1,210",
        ),
        (
            'Units of the "East" group of forces advanced. In total, since the offensive began '
            "in May, the Ukrainian armed forces have lost more than 21,000 servicemen, the "
            "ministry said.",
            "total_losses",
            "more than 21,000",
        ),
        (
            "The ministry said up to 230 Ukrainian soldiers had been killed in the Kursk area "
            "over the past day.",
            "killed",
            "up to 230",
        ),
    ],
)
def test_news_the_whole_front_and_running_totals_stay_claims(
    news: News, found: Found, text: str, category: str, count: str
) -> None:
    assert found(news(text)) == {("UKR", category, Count.parse(count))}
