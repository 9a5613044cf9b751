"""Soldiers named for a region are of the side whose region it is.

"1,300 Kursk conscripts" are Russian and "400 Kharkiv soldiers" Ukrainian, whoever
tells the count: the region's name before the soldiers' noun says whose they are, so
the teller's own side does not follow from who speaks. A name of no known side
("Donetsk", where men serve on either side, or a unit the lexicon does not place)
gives no claim rather than the teller's side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says 1,300 of the Kursk conscripts were taken prisoner.",
            ("RUS", "captured", Count.exact(1300)),
        ),
        (
            "Ukraine's General Staff said 640 Belgorod conscripts had been captured.",
            ("RUS", "captured", Count.exact(640)),
        ),
        (
            "Zelensky said on Friday that 85 of the Bryansk servicemen were taken prisoner.",
            ("RUS", "captured", Count.exact(85)),
        ),
        (
            "Moscow says 400 Kharkiv soldiers were taken prisoner in the offensive.",
            ("UKR", "captured", Count.exact(400)),
        ),
    ],
)
def test_soldiers_named_for_a_region_are_of_its_side(
    news: News, found: Found, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@given(
    count=st.integers(min_value=20, max_value=60000).filter(lambda n: not 1800 <= n <= 2100),
    region=st.sampled_from(["Kursk", "Belgorod", "Bryansk"]),
    teller=st.sampled_from(["Kyiv says", "Moscow says", "The ministry said"]),
)
@_SETTINGS
def test_any_count_of_a_russian_region_s_conscripts_is_russian(
    news: News, found: Found, count: int, region: str, teller: str
) -> None:
    text = f"{teller} {count:,} of the {region} conscripts were taken prisoner."
    assert {side for side, _, _ in found(news(text))} <= {"RUS"}


@pytest.mark.parametrize(
    "text",
    [
        # men of Donetsk serve on either side
        "Kyiv says 1,300 of the Donetsk conscripts were taken prisoner.",
        # a unit the lexicon does not place is not the teller's own
        "Zelensky said 400 Wagner fighters had been killed.",
    ],
)
def test_soldiers_named_for_a_place_of_no_known_side_give_no_claim(
    news: News, found: Found, text: str
) -> None:
    assert found(news(text)) == set()


def test_conscripts_of_no_region_are_still_the_captors_enemy(news: News, found: Found) -> None:
    text = "Kyiv says 1,300 conscripts were taken prisoner."
    assert found(news(text)) == {("RUS", "captured", Count.exact(1300))}
