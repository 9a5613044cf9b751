"""People of no one kind told first, a kind given them by another account, then a restatement.

"Kyiv said 116 soldiers and civilians came home. Moscow said Ukraine received 116
prisoners. ... by Kyiv's count, 116 of its people": the mix was told first, so its
noun decides and the later account of a kind is the same figure again, recorded
once, however late the mix is told again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
SUNDAY = date(2025, 3, 9)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv said 116 soldiers and civilians came home on Saturday. Russia's statement "
            'described Ukraine as having received "116 prisoners". Ukraine had received, by '
            "Kyiv's count, 116 of its people.",
            "116",
        ),
        # other words for the mix and the kind; the restatement opens its sentence
        (
            "Ukraine said 84 of its people returned home on Saturday. The statement described "
            "the Ukrainian side as having received 84 prisoners. By Kyiv's count, 84 of its "
            "people came back on Saturday.",
            "84",
        ),
        (
            "Ukraine said 205 people came home on Friday. A statement described Ukraine as "
            "having received 205 servicemen. Ukraine had received, by its own count, 205 people.",
            "205",
        ),
    ],
)
def test_news_a_mix_told_first_is_not_narrowed_by_a_later_kind(
    news: News, text: str, count: str
) -> None:
    assert news(text, published=SUNDAY).legs_as_text() == {("RUS", "UKR", "other", count)}


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the kind told first; the people of no kind told after it are the same
        "A statement said Ukraine had received 116 prisoners of war on Saturday. The 116 "
        "Ukrainians who came home were taken to hospital.",
        "Kyiv said 116 prisoners of war came home on Saturday. The statement described Ukraine "
        "as having received 116 people. By Kyiv's count, 116 of its people came back on Saturday.",
    ],
)
def test_news_people_of_no_kind_after_the_kind_are_the_same_people(news: News, text: str) -> None:
    assert news(text, published=SUNDAY).legs_as_text() == {
        ("RUS", "UKR", "prisoners_of_war", "116")
    }
