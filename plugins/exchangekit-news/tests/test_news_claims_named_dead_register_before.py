"""Soldiers "identified by name" right after a sentence about a count of the dead:
"... no open count of Ukrainian military dead like the one kept for Russia. Those
projects had identified 45,000 Russian soldiers by name".

The register just named counts the dead, so the people it has identified by name are
that many dead of the side the figure's own noun names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2024, 11, 3)
_CODE = {"Ukrainian": "UKR", "Russian": "RUS"}


@settings(max_examples=25, deadline=None)
@given(
    side=st.sampled_from(["Ukrainian", "Russian"]),
    count=st.integers(12, 180).map(lambda n: n * 1000 + 250),
    noun=st.sampled_from(["soldiers", "servicemen", "troops"]),
)
def test_news_named_after_a_count_of_dead(news: News, side: str, count: int, noun: str) -> None:
    other = "Russian" if side == "Ukrainian" else "Ukrainian"
    country = "Ukraine" if side == "Ukrainian" else "Russia"
    text = (
        f"No open count of {other} military dead compares with the one two volunteer "
        f"groups keep for {country}. Those groups had identified {count:,} {side} {noun} "
        "by name by the end of October."
    )
    claims = [c for c in news(text, published=_DAY).claims if f"{count:,}" in str(c.count)]
    assert [(c.subject.code, c.category.value) for c in claims] == [(_CODE[side], "killed")]


def test_news_named_after_a_sentence_on_prisoners_is_no_toll(news: News) -> None:
    """Near miss: a sentence before about people held sets up no register of the dead."""
    text = (
        "Kyiv says it holds a large number of Russian prisoners. Its officials have "
        "identified 1,240 Russian soldiers by name."
    )
    assert not [c for c in news(text, published=_DAY).claims if "1,240" in str(c.count)]
