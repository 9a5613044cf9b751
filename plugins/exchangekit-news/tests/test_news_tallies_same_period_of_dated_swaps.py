"""A handover "in the same period" as dated swaps told just before: one more handover.

"Two swaps took place on 4 and 18 March ... In the same period, 500 bodies were handed
over": with no running total told nearby, the period is the dated swaps' span, so the
figure is one handover in that month, not a running total, and it is dated by the month.
After a running total ("... 4,000 have come home since 2022. In the same period, ...")
the period is the total's and the figure stays a total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 4, 12)
_SWAPS = (
    "On 4 and 18 March, Russia and Ukraine carried out two prisoner exchanges, in which 90 "
    "and 120 Ukrainian soldiers, respectively, were freed in return for as many Russians. "
)


def test_news_bodies_in_the_same_period_as_dated_swaps_are_one_handover(news: News) -> None:
    result = news(
        _SWAPS + "In the same period, the bodies of 650 soldiers were returned to Ukraine; "
        "Ukraine handed back 31 bodies in return.",
        published=_PUBLISHED,
    )
    assert not [t for t in result.tallies if t.count == Count.exact(650)]
    dated = {
        (leg.receiver.code, leg.count, str(ex.period))
        for ex in result.exchanges
        for leg in ex.transfers
    }
    assert ("UKR", Count.exact(650), "2025-03") in dated
    assert ("RUS", Count.exact(31), "2025-03") in dated


def test_news_the_same_period_after_a_running_total_stays_a_total(news: News) -> None:
    # near miss: a running total told just before makes "the same period" its span
    result = news(
        "Kyiv says 4,100 prisoners have come home since 2022. In the same period, the "
        "bodies of 9,000 soldiers were returned to Ukraine.",
        published=_PUBLISHED,
    )
    assert not [
        leg for ex in result.exchanges for leg in ex.transfers if leg.count == Count.exact(9000)
    ]


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    month=st.sampled_from(["February", "March"]),
    bodies=st.integers(min_value=200, max_value=1_500),
)
def test_news_a_handover_in_the_period_of_dated_swaps_is_never_a_total(
    news: News, month: str, bodies: int
) -> None:
    result = news(
        f"On 3 and 17 {month}, the two sides exchanged prisoners twice, freeing 60 and 75 "
        f"Ukrainians, respectively, in return for the same numbers of Russians. In the same "
        f"period, the remains of {bodies:,} people were transferred to Ukraine.",
        published=_PUBLISHED,
    )
    assert not [t for t in result.tallies if t.count == Count.exact(bodies)]
