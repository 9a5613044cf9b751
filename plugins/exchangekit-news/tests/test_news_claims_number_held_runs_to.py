"""A number of people held that "runs to" or "runs into" a vague count is that count.

"The number of Ukrainians still held, officials in Kyiv say, runs into the thousands"
gives the number of people held its value as "is in the thousands" does: a claim that
thousands are held (the corpus's convention 17, a captured claim for the side held). A
scale word's own quantifier ("several thousand") is part of the figure, not a word
between the link and it. A number of people at a place, or of things, is no claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kyiv, who have stopped publishing an exact figure, say the number of "
        "Ukrainians still held by Russia now runs into the thousands.",
        "Asked about the prisoners, the ombudsman said only that the number of Ukrainian "
        "servicemen in Russian captivity ran into the thousands, declining to be more precise.",
        "No one outside the two governments knows; the ombudsman has suggested that the "
        "number of Ukrainians in Russian captivity runs to several thousand.",
        "According to the headquarters, the number of Ukrainian civilians held by Russia is "
        "several thousand, though it says many more are unaccounted for.",
    ],
)
def test_number_held_running_to_a_vague_count_is_a_captured_claim(
    news: News, found: Found, text: str
) -> None:
    assert found(news(text)) == {("UKR", "captured", Count.parse("thousands"))}


@pytest.mark.parametrize(
    "text",
    [
        # people at a place, not people held
        "Organisers said the number of people at Sunday's rally for the prisoners ran into "
        "the thousands.",
        # things, not people
        "The number of Russian tanks destroyed since the spring runs into the thousands, "
        "the analysts wrote.",
    ],
)
def test_number_of_others_running_into_thousands_is_no_claim(
    news: News, found: Found, text: str
) -> None:
    assert found(news(text)) == set()
