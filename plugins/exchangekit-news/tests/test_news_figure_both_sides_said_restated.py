"""A swap's figure credited to both sides, then restated by one of them: one record.

"Kyiv and Moscow swapped 90 prisoners each on Friday, both sides said": the
figure already has both sides' word. When each side later gives the same number
for the same direction in its own sentence, those are the figure's sources
named again, not second accounts, so the figure is read once. A figure first
credited to one side only, then given by the other, stays a record per side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_CREDIT = (
    "both sides said",
    "officials from both countries said",
    "both governments say",
)
_RESTATED = (
    "Russia's defence ministry said {n} Ukrainian prisoners had been handed over. "
    "President Volodymyr Zelensky confirmed that {n} Ukrainian soldiers had come home.",
    "Moscow's negotiators put the number of Ukrainians it released at {n}. "
    "Ukraine's ombudsman wrote on Telegram that {n} defenders were back on home soil.",
    "According to the Russian defence ministry, {n} Ukrainian servicemen were freed. "
    "Kyiv's prisoner-of-war headquarters said {n} of its soldiers had returned.",
)


@pytest.mark.parametrize("credit", _CREDIT)
@pytest.mark.parametrize("restated", _RESTATED)
def test_news_a_side_restating_a_figure_both_sides_gave_adds_no_record(
    news: News, credit: str, restated: str
) -> None:
    text = (
        f"Kyiv and Moscow swapped 90 prisoners of war each on Friday, {credit}. "
        + restated.format(n=90)
    )
    assert news(text).legs_sorted() == [
        ("RUS", "UKR", "prisoners_of_war", Count.exact(90)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(90)),
    ]


def test_news_a_figure_credited_to_one_side_then_given_by_the_other_is_one_record(
    news: News,
) -> None:
    text = (
        "Kyiv and Moscow swapped 90 prisoners of war each on Friday, Russia's defence "
        "ministry said. President Volodymyr Zelensky confirmed that 90 Ukrainian soldiers "
        "had come home."
    )
    # one figure told by two tellers is coded once, under the first (convention 13)
    legs = news(text).legs_sorted()
    assert legs.count(("RUS", "UKR", "prisoners_of_war", Count.exact(90))) == 1


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_a_restated_two_sided_figure_is_one_record_whatever_the_number(
    news: News, n: int
) -> None:
    text = (
        f"Russia and Ukraine exchanged {n:,} prisoners of war each on Friday, both sides said. "
        f"Russia's defence ministry said {n:,} Ukrainian prisoners had been handed over. "
        f"President Volodymyr Zelensky confirmed that {n:,} Ukrainian soldiers had come home."
    )
    assert news(text).legs_sorted() == [
        ("RUS", "UKR", "prisoners_of_war", Count.exact(n)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(n)),
    ]
