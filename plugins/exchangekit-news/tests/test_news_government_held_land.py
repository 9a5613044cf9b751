"""A return to "government-controlled territory" is a return to Ukraine (b24-f).

Reporting on the war sets the land Kyiv holds against the occupied areas and often
names it only as "government-controlled" or "government-held": people brought there
went to Ukraine, though no party is named.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, five children returned to government-controlled territory.",
        # harder: a passive, "held" for "controlled", the article and a region after
        "Five teenagers were brought back to the government-held areas of the Sumy region"
        " on Tuesday, with mediation from Qatar.",
    ],
)
def test_news_return_to_government_held_land_goes_to_ukraine(legs: Legs, text: str) -> None:
    assert legs(text) == {("RUS", "UKR", "children"): Count.exact(5)}


@pytest.mark.parametrize(
    "text",
    [
        # a building, not land: no side is named
        "On Tuesday, five children returned to the government building.",
        # land the government holds, but the children were taken from it, not returned
        "Five children were deported from government-controlled territory last year.",
    ],
)
def test_news_government_without_held_land_names_no_receiver(legs: Legs, text: str) -> None:
    assert ("RUS", "UKR", "children") not in legs(text)


@given(n=st.integers(min_value=2, max_value=400))
def test_news_government_held_land_reads_any_count(legs: Legs, n: int) -> None:
    text = f"On Tuesday, {n} children returned to government-controlled territory."
    assert legs(text) == {("RUS", "UKR", "children"): Count.exact(n)}
