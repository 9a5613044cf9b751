"""A figure that adds up the daily stages told one by one is the running total over them.

"On 12 June 150 came home, on 13 June 120 more. 'In two days, 270 of our defenders are
back,' the president said": the 270 counts the same people again, so it is no exchange
of its own; it is what the stages reached, a total covering their days and standing on
the last. A figure of that size told on a later day is a handover of its own, not
their total, and is not turned into one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period

Totals = set[tuple[str, str, str, Count, Period]]


def _totals(news: Callable[..., object], text: str) -> Totals:
    result = news(text)  # published Thursday 23 October 2025
    return {
        (
            t.sender.code if t.sender is not None else "",
            t.receiver.code,
            t.category.value,
            t.count,
            t.covers,
        )
        for t in result.tallies  # type: ignore[attr-defined]
    }


def _days(first: date, last: date) -> Period:
    return Period.between(first, last)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "On 12 June, 150 Ukrainian prisoners of war came home. On 13 June a further 120"
            ' Ukrainian prisoners of war were freed. "In two days, 270 of our defenders have'
            ' come home," Zelensky said on 13 June.',
            (
                "RUS",
                "UKR",
                "prisoners_of_war",
                Count.exact(270),
                _days(date(2025, 6, 12), date(2025, 6, 13)),
            ),
        ),
        (
            "On Monday 20 October, 60 Ukrainian civilians came home from Russia. On Tuesday 21"
            " October another 45 returned. Kyiv said on Tuesday that 105 civilians had come"
            " home this week.",
            (
                "RUS",
                "UKR",
                "civilians",
                Count.exact(105),
                _days(date(2025, 10, 20), date(2025, 10, 21)),
            ),
        ),
        (
            "Wednesday 11 June: 210 Ukrainians were released, officials said. Thursday 12"
            " June: another 180 Ukrainians returned. Friday 13 June: 160 more Ukrainians came"
            ' back. "In three days, 550 of our citizens came home," Zelensky said on 13 June.',
            (
                "RUS",
                "UKR",
                "other",
                Count.exact(550),
                _days(date(2025, 6, 11), date(2025, 6, 13)),
            ),
        ),
    ],
)
def test_news_stage_sum_is_a_total_over_the_stages(
    news: Callable[..., object], text: str, total: tuple[str, str, str, Count, Period]
) -> None:
    assert total in _totals(news, text)


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=700),
    second=st.integers(min_value=20, max_value=700),
)
def test_news_stage_sum_counts_what_the_stages_add_up_to(
    news: Callable[..., object], first: int, second: int
) -> None:
    total = first + second
    text = (
        f"On 12 June, {first:,} Ukrainian prisoners of war came home. On 13 June a further"
        f' {second:,} Ukrainian prisoners of war were freed. "In two days, {total:,} of our'
        ' defenders have come home," Zelensky said on 13 June.'
    )
    days = _days(date(2025, 6, 12), date(2025, 6, 13))
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(total), days) in _totals(news, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same size told on a later day: a handover of its own, not the stages' total
        "On 12 June, 150 Ukrainian prisoners of war came home. On 13 June a further 120"
        " Ukrainian prisoners of war were freed. On 16 June, 270 Ukrainian prisoners of war"
        " came home.",
        # another size: no sum of the stages
        "On 12 June, 150 Ukrainian prisoners of war came home. On 13 June a further 120"
        ' Ukrainian prisoners of war were freed. "In two days, 280 of our defenders have'
        ' come home," Zelensky said on 13 June.',
        # the other side's figure of the same size sums nothing of Ukraine's stages
        "On 12 June, 150 Ukrainian prisoners of war came home. On 13 June a further 120"
        " Ukrainian prisoners of war were freed. Moscow said on 13 June that 270 Russian"
        " soldiers had come back in the exchange.",
    ],
)
def test_news_no_stage_sum_total_without_the_sum(news: Callable[..., object], text: str) -> None:
    totals = _totals(news, text)
    assert not {t for t in totals if t[1] == "UKR"}
