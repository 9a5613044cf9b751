"""A bare "one" opening a relative clause on a thing ("and one that ...") counts no one.

"Moscow said Ukraine had lost 444,000 servicemen, a figure it did not break down, and
one that probably counts the wounded too": "one" stands for "a figure", so the wounded
after it are not a count of one wounded soldier. A "one" with people of its own ("one
North Korean soldier who was captured") is still a count.
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

SIDES = {"Ukraine": "UKR", "Russia": "RUS"}


@settings(max_examples=20, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    relative=st.sampled_from(["that", "which"]),
    lost=st.integers(min_value=21, max_value=900).map(lambda k: k * 1000),
)
def test_news_one_standing_for_a_figure_is_no_count(
    news: News, found: Found, side: str, relative: str, lost: int
) -> None:
    """Whatever the side, the relative word and the figure, "one" gives no claim."""
    read = found(
        news(
            f"The ministry said {side} had lost {lost:,} servicemen, a figure it did not"
            f" break down, and one {relative} probably counts the wounded too."
        )
    )
    assert (SIDES[side], "total_losses", Count.exact(lost)) in read
    assert all(count != Count.exact(1) for _side, _kind, count in read)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said Ukraine had lost 444,000 servicemen, a total few accept, and one which"
        " includes the wounded as well as the dead.",
        "The ministry said Kyiv had lost 12,000 soldiers, a figure Kyiv rejects and one that"
        " it says counts wounded men as dead.",
    ],
)
def test_news_other_forms_of_one_for_a_figure(news: News, found: Found, text: str) -> None:
    """With or without a comma before "and", with a speech verb inside the clause."""
    assert all(count != Count.exact(1) for _side, _kind, count in found(news(text)))


def test_news_one_with_people_of_its_own_is_still_a_count(news: News, found: Found) -> None:
    """The near miss: "one North Korean soldier who ..." counts one captive."""
    read = found(news("Ukraine says it holds one North Korean soldier who was captured in Kursk."))
    assert ("PRK", "captured", Count.exact(1)) in read
