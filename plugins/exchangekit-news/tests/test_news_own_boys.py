"""'our boys': a side's word for its own fighters, not children.

"About 1,200 of our boys have come home from captivity since 2022", said by an
official, counts the side's servicemen; before, "boys" made them children, a kind
the journalist could not publish. Boys with no "our" stay children.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally


def _kinds(text: str) -> set[str]:
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 9, 16), publisher="Desk"
    )
    kinds: set[str] = set()
    for item in items:
        if isinstance(item, Exchange):
            kinds |= {t.category.value for t in item.transfers}
        elif isinstance(item, ExchangeTally):
            kinds.add(item.category.value)
    return kinds


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=5_000),
    st.sampled_from(["had been freed", "have come home from captivity since 2022"]),
)
def test_news_our_boys_are_never_children(count: int, told: str) -> None:
    text = f'A Russian deputy told a broadcaster that "about {count:,} of our boys" {told}.'
    assert "children" not in _kinds(text)


def test_news_our_boys_home_since_the_war_are_fighters() -> None:
    # the harder form: the count set off by a speaker and a span of the war
    text = "Since 2022, a Kremlin aide said, some 1,200 of our boys have come home from captivity."
    assert _kinds(text) <= {"prisoners_of_war"}


def test_news_boys_without_a_side_are_children(legs: Callable[..., Any]) -> None:
    # near miss: boys no side calls its own
    found = legs("On Friday, 15 boys came home to Ukraine from Russia.")
    assert ("RUS", "UKR", "children") in found
