"""A side that "confirmed that" it handed over a figure of no kind vouches for the one told.

"Moscow said 60 Russian servicemen came home on Monday. Kyiv confirmed that it had
handed over 60 Russians": the confirmation takes up the figure told before, whose
kind it does not repeat, so the people are counted once, as servicemen. Where the
side gives the figure as its own word without confirming anything, it is that side's
account and is kept.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_FIRST = (
    "Moscow said 60 Russian servicemen came home on Monday from territory held by Kyiv, "
    "and that 60 Ukrainian prisoners of war were handed over in return. "
)


def test_news_a_confirmed_figure_of_no_kind_is_the_one_told() -> None:
    text = _FIRST + "Kyiv confirmed that it had handed over 60 Russians."
    legs = read(text, published=date(2024, 6, 5)).period_legs()
    assert ("2024-06-03", "UKR", "RUS", "other", "60") not in legs
    assert ("2024-06-03", "UKR", "RUS", "prisoners_of_war", "60") in legs


def test_news_a_side_saying_its_own_figure_keeps_it() -> None:
    text = _FIRST + "Kyiv said it had handed over 60 Russians."
    legs = read(text, published=date(2024, 6, 5)).period_legs()
    assert ("2024-06-03", "UKR", "RUS", "other", "60") in legs
