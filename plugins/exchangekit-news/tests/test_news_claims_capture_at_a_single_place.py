"""A capture its clause places "at (in) a single" place or event is one haul, not a claim.

"Moscow said it had taken 480 Ukrainian soldiers prisoner at a single position": the
words say the figure is what one position, assault or battle yielded, not a side's
count of the people it holds, so no captured claim is read. The same capture without
the place of one event stays a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

TELLERS = {"Moscow": ("RUS", "Ukrainian"), "Kyiv": ("UKR", "Russian")}


@settings(max_examples=20, deadline=None)
@given(
    teller=st.sampled_from(sorted(TELLERS)),
    taken=st.integers(min_value=21, max_value=1_700),
    place=st.sampled_from(["at a single position", "in a single battle", "at a single plant"]),
)
def test_news_a_capture_at_a_single_place_is_no_claim(
    news: News, found: Found, teller: str, taken: int, place: str
) -> None:
    """Whatever the teller, the number and the place, the haul is not a captured claim."""
    _side, other = TELLERS[teller]
    read = found(news(f"{teller} said it had taken {taken:,} {other} soldiers prisoner {place}."))
    assert all(kind != "captured" for _subject, kind, _count in read)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says its forces captured 300 Russian soldiers in a single assault on the village.",
        "Russia said separately that it had taken 480 Ukrainian marines prisoner at a single"
        " position near the port, a claim no one could verify.",
    ],
)
def test_news_other_forms_of_a_single_place_capture(news: News, found: Found, text: str) -> None:
    """ "Captured" with its object before the place, a long aside after it."""
    assert all(kind != "captured" for _subject, kind, _count in found(news(text)))


def test_news_a_capture_with_no_single_place_stays_a_claim(news: News, found: Found) -> None:
    """The near miss: a capture told of no one place or event is still a claim."""
    read = found(news("Moscow said it had taken 480 Ukrainian soldiers prisoner near the port."))
    assert ("UKR", "captured", Count.exact(480)) in read


@pytest.mark.parametrize(
    "text",
    [
        "The exchange came as fighting went on in the Belgorod border districts, where "
        "Kyiv says several hundred Russian conscripts have been captured since the spring.",
        "The strike followed weeks of fighting around the Sumy villages, where the Russian "
        "ministry says more than 500 Ukrainian soldiers have been captured this year.",
    ],
)
def test_news_a_passive_capture_in_a_clause_of_place_is_one_haul(
    news: News, found: Found, text: str
) -> None:
    """A "where" clause tells one place's haul, its capture told in the passive."""
    assert not any(kind == "captured" for _, kind, _ in found(news(text)))


def test_news_a_passive_capture_with_no_clause_of_place_stays_a_claim(
    news: News, found: Found
) -> None:
    """Near miss: the same passive capture, told of no place, is the side's count."""
    text = "Kyiv says several hundred Russian conscripts have been captured since the spring."
    assert any(kind == "captured" for _, kind, _ in found(news(text)))
