"""A side's own count put in a relative clause: "Kyiv, which put its number of dead at N".

A sentence may compare the two sides' losses and then name a side as teller, with a
relative clause (", which ...", ", who ...") in which that side puts "its" or "their"
own count at the figure. The possessive points back to the side the clause hangs on,
so the figure counts that side's losses, not those of the side named last before it.
A count put without such a possessive ("put Russia's number of dead at N") keeps the
side its own words name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Ukraine's losses are lower than Russia's, according to Kyiv, which last month "
            "put its number of dead at 43,000.",
            "UKR",
        ),
        (
            "Russia's losses are lower than Ukraine's, according to Moscow, which in May put "
            "its own number of dead at 6,000.",
            "RUS",
        ),
    ],
)
def test_news_relative_putter_owns_its_count(
    news: News, found: Found, text: str, side: str
) -> None:
    """The side the relative clause hangs on is the side whose dead are counted."""
    got = {(s, c) for s, kind, c in found(news(text)) if kind == "killed"}
    assert got == {(side, Count.exact(int(text.split(" at ")[-1].rstrip(".").replace(",", ""))))}


def test_news_count_put_for_a_named_side_keeps_that_side(news: News, found: Found) -> None:
    """Near miss: "put Russia's number of dead" names whose dead, not the teller's."""
    text = (
        "Ukraine's losses are lower than Russia's, according to Kyiv, which last month put "
        "Russia's number of dead at 90,000."
    )
    assert ("RUS", "killed", Count.exact(90_000)) in found(news(text))
    assert all(side != "UKR" for side, _, _ in found(news(text)))
