"""Residents counted after a district's or town's own list: "the town's list ...; 30 residents".

"The district's roll of its dead has 120 names; 40 residents are listed as missing":
the residents are the district's own people, a local count, never a side's national
claim (nor the other side's, whatever place the sentence names after). Residents
with no place of their own named in the sentence are read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


@pytest.mark.parametrize("place", ["district", "village", "town", "community"])
def test_residents_after_a_places_own_list_are_no_claim(
    news: News, found: Found, place: str
) -> None:
    """The residents a district's list counts are that place's, not a side's."""
    text = (
        f"The {place}'s roll of fallen soldiers now has 120 names; 40 residents are listed "
        "as missing, and officials think some are held in Russia."
    )
    assert all(c != Count.exact(40) for _, _, c in found(news(text)))


def test_residents_with_no_place_of_their_own_are_read_as_before(news: News, found: Found) -> None:
    """Near miss: a ministry's list before residents of no one place leaves them a claim."""
    text = (
        "The ministry's list of missing soldiers now has 9,000 names; Ukraine says 40 residents "
        "of occupied areas were killed in Russian captivity."
    )
    got = found(news(text))
    assert ("UKR", "killed", Count.exact(40)) in got
