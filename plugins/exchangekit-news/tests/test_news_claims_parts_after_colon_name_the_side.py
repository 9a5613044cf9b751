"""A toll split after a colon into another side's people is not the teller's side's toll.

"Moscow said 74 people were killed: 65 Ukrainian servicemen, six crew members and
three escorts": the parts say whose dead the whole counts, so the whole is not
Russia's killed, as the teller's side used to make it. With no sure side the whole is
refused. Parts of the side the whole is given ("Kyiv said 500 soldiers had been
killed: 300 marines and 200 paratroopers") leave it as it was.
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
    soldiers=st.integers(min_value=21, max_value=1_700),
    others=st.integers(min_value=2, max_value=9),
    people=st.sampled_from(["people", "soldiers"]),
)
def test_news_a_whole_split_into_the_other_sides_people_is_not_the_tellers(
    news: News, found: Found, teller: str, soldiers: int, others: int, people: str
) -> None:
    """Whatever the teller, the numbers and the whole's noun, the teller's side is not given."""
    side, other = TELLERS[teller]
    whole = soldiers + others
    read = found(
        news(
            f"{teller} said {whole:,} {people} had been killed: {soldiers:,} {other}"
            f" servicemen and {others} guards."
        )
    )
    assert all(count != Count.exact(whole) or subject != side for subject, _k, count in read)


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials said 74 people were killed: 65 Ukrainian servicemen who were"
        " being flown to a swap, six crew and three escorts.",
        "Kyiv said that 40 people had died: 31 Russian prisoners of war and nine guards.",
    ],
)
def test_news_other_forms_of_a_whole_split_into_others(news: News, found: Found, text: str) -> None:
    """A relative clause on a part, "died" for "killed": no claim of the teller's side."""
    teller = "RUS" if text.startswith("Russian") else "UKR"
    assert all(subject != teller for subject, _kind, _count in found(news(text)))


def test_news_a_whole_split_into_its_own_sides_people_stays(news: News, found: Found) -> None:
    """The near miss: parts with no other side leave the whole the side it was given."""
    read = found(news("Kyiv said 500 soldiers had been killed: 300 marines and 200 paratroopers."))
    assert ("UKR", "killed", Count.exact(500)) in read
