"""Parts of a whole listed after "N of them", joined by "and": each takes the whole's way.

"Kyiv said 390 Ukrainians returned on Friday, 270 of them soldiers and 120 civilians":
the 120 is the second part of the 390, not the object of a verb of its own, so it
goes where the whole went, never the other way because a speaker or verb stands near.
Every text here is read as published on 10 June 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 6, 10)


@settings(max_examples=12, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=2, max_value=150),
    st.sampled_from(
        [
            "Kyiv said {w} Ukrainians returned on Friday, {a} of them soldiers and {b} civilians.",
            "Officials in Kyiv said {w} people came back on Friday, {a} of whom were"
            " servicemen and {b} civilians.",
            "The ombudsman said {w} citizens had returned to Ukraine, {a} of them"
            " soldiers and {b} civilians.",
        ]
    ),
)
def test_news_every_chained_part_goes_the_wholes_way(
    news: Callable[..., Any], a: int, b: int, template: str
) -> None:
    read = news(template.format(w=a + b, a=a, b=b), published=PUBLISHED, breakdowns="both")
    legs = read.legs_as_text()
    assert legs, "the whole at least is read"
    # no part goes to Russia: the whole came home
    assert all(receiver == "UKR" for _, receiver, _, _ in legs)
    assert ("RUS", "UKR", "civilians", str(b)) in legs


def test_news_a_part_told_by_its_own_verb_keeps_its_own_way(news: Callable[..., Any]) -> None:
    # near-miss: the 120 has a verb of its own after a comma, and is not the whole's part
    read = news(
        "Kyiv said 390 Ukrainians returned on Friday, 270 of them soldiers, and it handed"
        " over 120 Russian civilians.",
        published=PUBLISHED,
    )
    legs = read.legs_as_text()
    assert ("RUS", "UKR", "other", "390") in legs
    assert ("RUS", "UKR", "civilians", "120") not in legs
