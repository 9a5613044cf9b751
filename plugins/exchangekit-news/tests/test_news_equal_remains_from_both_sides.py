"""An equal count of bodies given by both sides of one handover is one transfer.

Bodies are counted once, at the handover, and each side relays that count: the
receiving side often says so ("which, the Russian side says, are Ukrainian").
A second source giving the same number for the same handover is the same count
told again, kept once and credited to the source that gave it first. Living
prisoners are named and counted by each side, so two sides' equal figures for
them stay two accounts; two handovers of equal size on different days stay two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def legs(read: Any) -> list[tuple[str, str, str, str, Count, str | None]]:
    """Every transfer as (period, sender, receiver, category, count, source name)."""
    return [
        (
            str(exchange.period),
            transfer.sender.code,
            transfer.receiver.code,
            transfer.category.value,
            transfer.count,
            None if transfer.attributed_to is None else transfer.attributed_to.name,
        )
        for exchange in read.exchanges
        for transfer in exchange.transfers
    ]


@pytest.mark.parametrize(
    ("text", "sender", "receiver", "count", "first"),
    [
        (
            "Russia handed over the bodies of 800 Ukrainian soldiers on Tuesday, Russia's "
            "defence ministry said. Kyiv's Coordination Headquarters later said that 800 "
            "bodies had been received.",
            "RUS",
            "UKR",
            800,
            "Russian Ministry of Defence",
        ),
        (
            "Ukraine received the bodies of 650 of its soldiers on Friday, Kyiv said. Russia's "
            "defence ministry, for its part, said 650 bodies were handed over.",
            "RUS",
            "UKR",
            650,
            "Ukrainian government",
        ),
        (
            "The bodies of 700 Ukrainian soldiers were returned to Ukraine on Friday. Russia's "
            "defence ministry said it had handed over 700 bodies.",
            "RUS",
            "UKR",
            700,
            "Russian Ministry of Defence",
        ),
        (
            "Ukraine said it had received 600 bodies of fallen soldiers from Russia on "
            "Friday. Moscow put the number at 600 as well.",
            "RUS",
            "UKR",
            600,
            "Ukrainian government",
        ),
        (
            "Ukraine returned the bodies of 35 Russian servicemen to Russia on Monday, Kyiv "
            "said. Russia's defence ministry said it had received 35 bodies of its soldiers.",
            "UKR",
            "RUS",
            35,
            "Ukrainian government",
        ),
    ],
)
def test_news_an_equal_count_of_bodies_from_a_second_source_is_one_transfer(
    news: News, text: str, sender: str, receiver: str, count: int, first: str
) -> None:
    found = [leg for leg in legs(news(text)) if leg[3] == "remains"]
    assert [(leg[1], leg[2], leg[4], leg[5]) for leg in found] == [
        (sender, receiver, Count.exact(count), first)
    ]


def test_news_different_counts_of_bodies_from_two_sides_stay_rivals(news: News) -> None:
    text = (
        "Russia handed over 900 bodies of Ukrainian soldiers on Tuesday, Kyiv said, and "
        "received 40 Russian bodies. Russia's defence ministry said it received the bodies "
        "of 43 Russian soldiers."
    )
    back = {leg[4] for leg in legs(news(text)) if leg[1:3] == ("UKR", "RUS")}
    assert back == {Count.exact(40), Count.exact(43)}


def test_news_equal_figures_for_living_prisoners_are_one_record(news: News) -> None:
    # one figure told by two tellers is coded once, under the first (convention 13)
    text = (
        "Kyiv said 140 Ukrainian soldiers came home from Russian captivity on Tuesday. "
        "Moscow said it handed over 140 Ukrainian servicemen."
    )
    found = [leg for leg in legs(news(text)) if leg[1:4] == ("RUS", "UKR", "prisoners_of_war")]
    assert len(found) == 1


def test_news_two_handovers_of_equal_size_on_different_days_stay_two(news: News) -> None:
    text = (
        "On Monday Russia handed over 500 bodies of Ukrainian soldiers to Ukraine. On "
        "Thursday, another 500 bodies were returned to Ukraine, Kyiv said."
    )
    assert {(leg[0], leg[4]) for leg in legs(news(text))} == {
        ("2025-10-20", Count.exact(500)),
        ("2025-10-23", Count.exact(500)),
    }


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=3_000))
def test_news_any_equal_count_of_bodies_told_by_both_sides_is_recorded_once(
    news: News, n: int
) -> None:
    text = (
        f"Russia handed over the bodies of {n:,} Ukrainian soldiers on Tuesday, Russia's "
        f"defence ministry said. Kyiv's Coordination Headquarters later said that {n:,} "
        "bodies had been received."
    )
    found = [leg for leg in legs(news(text)) if leg[3] == "remains"]
    assert [leg[4] for leg in found] == [Count.exact(n)]
