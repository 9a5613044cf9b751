"""A count set off as "a figure that includes civilians" counts everyone, not civilians only.

"Kyiv says 60,000 Ukrainians are missing, a number that includes civilians" names
civilians as part of the count; a sentence that names civilians otherwise keeps
only counts of civilians, so without this the whole would be dropped. A part with
its own figure ("including 2,000 civilians") is no such aside.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2025, 9, 2)


def _claims(news: News, text: str) -> list[tuple[str, str, str, str]]:
    return [
        (str(c.subject), c.category.value, str(c.count), c.population.value)
        for c in news(text, published=_DAY).claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says more than 55,000 Ukrainians are listed as missing, a number that "
        "includes civilians.",
        # harder: the level reached with a verb, a long subject, "which" and "as well"
        "The ministry says the count of Ukrainians registered as missing under special "
        "circumstances has exceeded 55,000, a total which includes civilians as well.",
    ],
)
def test_news_count_that_includes_civilians_counts_everyone(news: News, text: str) -> None:
    assert _claims(news, text) == [("UKR", "missing", "more than 55,000", "all")]


def test_news_civilian_part_with_its_own_figure_is_not_the_aside(news: News) -> None:
    # near miss: the civilians are counted apart, so the aside is a part, not a kind
    text = "Kyiv says more than 55,000 Ukrainians are missing, including 3,000 civilians."
    assert ("UKR", "missing", "more than 55,000", "all") not in _claims(news, text)
