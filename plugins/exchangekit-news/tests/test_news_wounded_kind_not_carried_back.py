"""A bare homecoming does not take the kind of wounded handed over the other way.

"In May, Kyiv handed 14 seriously wounded Russian prisoners back to Moscow. ... In
June, 120 came home": the wounded went to Russia; the 120 who came home to Ukraine
are a count of no kind told, not more wounded prisoners. Wounded who went the same
way still lend a later bare figure their kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Recap = Callable[..., set[tuple[str, str, str, str, str]]]

_BEFORE = (
    "In March and April, 60 and 75 Ukrainian prisoners of war came home respectively, on "
    "the 4th and the 18th of those months, and Russia received the same numbers in return. "
    "In May, Ukraine also handed over 14 seriously wounded Russian prisoners without asking "
    "for anyone in exchange."
)

_AFTER = (
    " Kyiv's count of its people freed climbed with each swap: to 3,010 after the March "
    "one, and to 3,400 after the exchange in June, when {} came home."
)


def test_news_homecomers_after_wounded_sent_the_other_way(recap: Recap) -> None:
    text = _BEFORE + _AFTER.format("120")
    legs = recap(text)
    assert ("2025-05", "UKR", "RUS", "wounded_prisoners", "14") in legs
    assert ("2025-06", "RUS", "UKR", "other", "120") in legs
    assert not any(leg[3] == "wounded_prisoners" and leg[4] == "120" for leg in legs)


@pytest.mark.parametrize("count", ["120", "31"])
def test_news_the_other_sides_wounded_never_size_ours(recap: Recap, count: str) -> None:
    text = _BEFORE + _AFTER.format(count)
    assert not any(
        leg[1:3] == ("RUS", "UKR") and leg[3] == "wounded_prisoners" for leg in recap(text)
    )


def test_news_wounded_same_way_keep_their_kind(news: Any) -> None:
    """Near miss: the kind this rule drops is only the other way's."""
    text = (
        "In May, Russia handed over 14 seriously wounded Ukrainian prisoners. The next "
        "week, 9 more came home."
    )
    kinds = {t.category.value for e in news(text).exchanges for t in e.transfers}
    assert "other" not in kinds or "wounded_prisoners" in kinds
