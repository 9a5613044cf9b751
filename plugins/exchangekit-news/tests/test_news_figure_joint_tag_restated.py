"""A swap's figure credited jointly to a source of each side, then restated: one record.

"Kyiv and Moscow swapped 90 prisoners each on Friday, Russia's defence ministry
and a Ukrainian official said": a tag naming a Russian and a Ukrainian source
together gives the figure both sides' word, as "both sides said" does. When
either source later gives the same number for the same direction in its own
sentence, that is the figure's source named again, not a second account. A tag
naming two sources of one side only is not both sides' word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_JOINT = (
    "Russia's defence ministry and a senior Ukrainian official said",
    "the Kremlin and Kyiv's human rights ombudsman said",
    "Ukraine's prisoner-of-war headquarters and the Russian defence ministry said",
)
_RESTATED = (
    "The Russian ministry said {n} of its servicemen had been returned from Ukrainian "
    "captivity. Ukraine's presidential office said {n} Ukrainian soldiers had come home.",
    "Moscow said {n} Russian troops were back on home soil. Kyiv wrote on Telegram "
    "that {n} of its defenders had returned.",
)


@pytest.mark.parametrize("joint", _JOINT)
@pytest.mark.parametrize("restated", _RESTATED)
def test_news_a_source_restating_a_jointly_credited_figure_adds_no_record(
    news: News, joint: str, restated: str
) -> None:
    text = f"Russia and Ukraine swapped 90 prisoners of war each on Friday, {joint}. " + (
        restated.format(n=90)
    )
    assert news(text).legs_sorted() == [
        ("RUS", "UKR", "prisoners_of_war", Count.exact(90)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(90)),
    ]


def test_news_a_figure_credited_to_two_voices_of_one_side_stays_a_record_per_side(
    news: News,
) -> None:
    text = (
        "Russia and Ukraine swapped 90 prisoners of war each on Friday, Ukraine's "
        "ombudsman and its coordination headquarters said. Russia's defence ministry "
        "said 90 Ukrainian servicemen had been handed over to Kyiv."
    )
    plain = (
        "Russia and Ukraine swapped 90 prisoners of war each on Friday, Ukraine's "
        "ombudsman said. Russia's defence ministry said 90 Ukrainian servicemen had been "
        "handed over to Kyiv."
    )
    assert news(text).legs_sorted() == news(plain).legs_sorted()


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_a_restated_jointly_credited_figure_is_one_record_whatever_the_number(
    news: News, n: int
) -> None:
    text = (
        f"Russia and Ukraine exchanged {n:,} prisoners of war each on Sunday, the Russian "
        "defence ministry and a Ukrainian official said. The ministry said "
        f"{n:,} Russian servicemen had been returned. Kyiv said {n:,} Ukrainian soldiers "
        "had come home."
    )
    assert news(text).legs_sorted() == [
        ("RUS", "UKR", "prisoners_of_war", Count.exact(n)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(n)),
    ]
