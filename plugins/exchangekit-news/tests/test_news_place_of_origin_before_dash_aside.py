"""People named with the place they come from, then an aside between dashes, then the verb.

"30 residents of the Belgorod region - which was shelled all winter - were handed over
to Russia": the aside says something about the place, not about the people, and the
verb after the closing dash is the figure's own, as it is when commas set the aside
off. A place of a few words ("from the Sumy border area") is read past to the dash.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import moves

PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 30 civilians from the Belgorod region - which was shelled all "
        "winter - had been handed over to Russia.",
        # a dash typed as an en dash, and "also" before the verb
        "Officials said 30 civilians from the Belgorod region \u2013 which was shelled all "
        "winter \u2013 had also been handed over to Russia.",
        # the same people with the aside set off by commas, read as before
        "Officials said 30 civilians from the Belgorod region, which was shelled all "
        "winter, had been handed over to Russia.",
    ],
)
def test_news_a_dashed_aside_on_the_place_leaves_the_verb_to_the_figure(text: str) -> None:
    assert ("UKR", "RUS", "civilians", 30) in moves(text, PUBLISHED)


def test_news_a_dash_far_past_the_place_is_no_aside_of_it() -> None:
    # the dash opens no aside on the place: a second clause, not the figure's verb
    text = (
        "Officials said 30 civilians from the Belgorod region were still held in Ukraine "
        "- none had been handed over to Russia."
    )
    assert ("UKR", "RUS", "civilians", 30) not in moves(text, PUBLISHED)


@given(size=st.integers(min_value=2, max_value=400))
def test_news_the_figure_before_the_place_and_aside_is_the_one_read(size: int) -> None:
    text = (
        f"Officials said {size} civilians from the Kharkiv region - where fighting "
        "never stopped - had been returned to Ukraine."
    )
    assert moves(text, PUBLISHED) == {("RUS", "UKR", "civilians", size)}
