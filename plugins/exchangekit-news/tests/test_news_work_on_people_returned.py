"""A figure of the people a team works on, once they are back, is no handover.

"Forensic teams work through thousands of bodies returned from Russia": the figure is
the object of the work ("work through", "sort through", "process", "analyse"); the
participle after it only says where the bodies came from, so nothing moved in the
sentence. A handover told "through" a go-between or a route keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
SUNDAY = date(2025, 7, 20)


@pytest.mark.parametrize(
    "text",
    [
        "At a cold store near Kyiv, forensic teams work through thousands of bodies "
        "returned from Russia.",
        "Experts in Dnipro sort through 1,400 bodies handed back by Moscow this summer.",
        "Two laboratories now process some 900 remains repatriated from Russia.",
        # harder: the perfect, a part of the bodies, a month named
        "Pathologists have analysed 640 of the bodies handed over in June.",
    ],
)
def test_news_work_on_people_already_back_is_no_handover(news: News, text: str) -> None:
    assert news(text, published=SUNDAY).dated_way_count_list() == []
    assert news(text, published=SUNDAY).tallies == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia returned 1,200 bodies to Ukraine through the Red Cross on Friday.",
        "Ukraine got back 1,200 bodies on Friday, going through the usual checks.",
    ],
)
def test_news_a_handover_told_with_through_keeps_its_reading(news: News, text: str) -> None:
    # near miss: "through" names the route or what followed, not work on the figure
    assert news(text, published=SUNDAY).dated_way_count_list() == [
        ("2025-07-18", "RUS", "UKR", Count.parse("1,200"))
    ]


@given(
    verb=st.sampled_from(["work through", "sort through", "sift through", "process"]),
    count=st.integers(min_value=2, max_value=20000),
)
@settings(max_examples=15, deadline=None)
def test_news_work_on_bodies_returned_is_never_a_transfer(
    news: News, verb: str, count: int
) -> None:
    # invariant: whatever the count and the verb of work, nothing moved
    text = f"Forensic teams {verb} {count:,} bodies returned from Russia."
    assert news(text, published=SUNDAY).dated_way_count_list() == []
