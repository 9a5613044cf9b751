"""A relative clause on a person who moved things, not people, tells that person's past.

"a nurse who delivered medicine to Kherson in April 2022": "who" is the subject of the
active verb and its object names no people, so the date is the nurse's own past and
sets no scene for the exchange told next. A clause telling the people's own return
("who returned to Kherson in April 2022") keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Dated = Callable[[str, date], set[tuple[str, str, str, str]]]

_PUBLISHED = date(2026, 5, 20)
_OPENING = "Today, through mediators, 40 civilians held by Russia came home to Ukraine. "
_RETURN = "\n\nIn return, Ukraine handed over to Russia 12 people who wished to go there.\n"


@pytest.mark.parametrize(
    "aside",
    [
        "Among them is a nurse who delivered medicine to Kherson in April 2022.",
        "Among them is a driver who brought food to Mariupol in March 2022.",
        "Among them is a priest who sent supplies to the front in May 2023.",
    ],
)
def test_news_goods_moved_in_a_relative_clause_set_no_scene(dated_legs: Dated, aside: str) -> None:
    legs = dated_legs(_OPENING + aside + _RETURN, _PUBLISHED)
    assert ("2026-05-20", "UKR", "RUS", "12") in legs


@settings(max_examples=10, deadline=None)
@given(
    goods=st.sampled_from(["medicine", "humanitarian aid", "food", "spare parts"]),
    month=st.sampled_from(["March 2022", "June 2023", "October 2024"]),
)
def test_news_a_past_delivery_never_dates_the_return_half(
    dated_legs: Dated, goods: str, month: str
) -> None:
    aside = f"Among them is a volunteer who delivered {goods} to Kharkiv in {month}."
    legs = dated_legs(_OPENING + aside + _RETURN, _PUBLISHED)
    assert {day for day, *_ in legs} == {"2026-05-20"}
