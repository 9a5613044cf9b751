"""A figure first told only as "the same number", then stated by a source: one record.

"Moscow said 80 Russians came home and that it had handed over the same number of
Ukrainians. ... Kyiv's ombudsman said 80 Ukrainian soldiers were back": the
first telling only echoes the other way's figure, so it is no account of its own,
and the source that later states the number is the figure told once, not a
second account beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_ECHO = (
    "Russia's defence ministry said {n} Russian servicemen had been returned and that "
    "Russia had handed over the same number of Ukrainian prisoners of war.",
    "Moscow said {n} of its soldiers were home and that it had freed the same number of "
    "Ukrainian prisoners of war in return.",
)
_STATED = (
    "Later on Friday President Volodymyr Zelensky said {n} Ukrainian soldiers had come home.",
    "Ukraine's ombudsman wrote that {n} Ukrainian defenders were back on home soil.",
)


@pytest.mark.parametrize("echo", _ECHO)
@pytest.mark.parametrize("stated", _STATED)
def test_news_a_source_stating_an_echoed_figure_adds_no_record(
    news: News, echo: str, stated: str
) -> None:
    text = (
        "On Friday "
        + echo.format(n=90)[0].lower()
        + echo.format(n=90)[1:]
        + " "
        + (stated.format(n=90))
    )
    legs = news(text).legs_sorted()
    assert legs.count(("RUS", "UKR", "prisoners_of_war", Count.exact(90))) == 1


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_an_echoed_then_stated_figure_is_one_record_whatever_the_number(
    news: News, n: int
) -> None:
    text = (
        f"On Friday Russia's defence ministry said {n:,} Russian servicemen had been "
        "returned and that Russia had handed over the same number of Ukrainian prisoners "
        f"of war. Later on Friday President Volodymyr Zelensky said {n:,} Ukrainian "
        "soldiers had come home."
    )
    legs = news(text).legs_sorted()
    assert legs.count(("RUS", "UKR", "prisoners_of_war", Count.exact(n))) == 1
