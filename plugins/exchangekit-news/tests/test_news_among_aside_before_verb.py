"""A dash aside naming some of a figure's people leaves the verb after it to the figure.

"14 Ukrainian civilians - among them a 71-year-old priest who had been held for three
years - were returned to Ukraine": however long the aside, and whatever hyphenated
words it holds, the verb after its closing dash is the figure's.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import read

_DAY = date(2025, 9, 2)


@pytest.mark.parametrize("dash", [" - ", " — ", " – "])
@pytest.mark.parametrize("opener", ["among them", "including"])
def test_news_a_long_among_aside_leaves_the_verb_to_the_figure(dash: str, opener: str) -> None:
    text = (
        f"On Monday, 14 Ukrainian civilians{dash}{opener} a 71-year-old priest from a village"
        f" near the southern front who had been held since the spring of 2022{dash.rstrip()}"
        " were returned to Ukraine, the ombudsman said."
    )
    legs = read(text, published=_DAY).legs_as_text()
    assert ("RUS", "UKR", "civilians", "14") in legs


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=100, max_value=1799), age=st.integers(min_value=18, max_value=90))
def test_news_an_age_in_the_aside_is_no_closing_dash(n: int, age: int) -> None:
    text = (
        f"On Monday, {n:,} Ukrainian civilians - among them a {age}-year-old nurse who had"
        " been held for years - were returned to Ukraine."
    )
    legs = read(text, published=_DAY).legs_as_text()
    assert ("RUS", "UKR", "civilians", f"{n:,}") in legs
    assert all(count != str(age) for _, _, _, count in legs)
