"""A casualty figure split right after into its dead and its injured: "recorded 409
casualties (89 killed and 320 injured)".

The killed and the injured are each a claim; the whole, exactly their sum, is told
only to add them up and is not a third claim. A whole that is not their sum is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2024, 6, 12)
_OPENING = (
    "The UN monitoring mission in Ukraine said more than 11,000 civilians had been killed "
    "in Ukraine since the invasion."
)


@settings(max_examples=25, deadline=None)
@given(
    killed=st.integers(30, 400),
    hurt=st.integers(401, 1500),
    shape=st.sampled_from(["({k} killed and {h} injured)", ": {k} killed and {h} wounded"]),
)
def test_news_whole_split_into_its_kinds_is_not_a_claim(
    news: News, killed: int, hurt: int, shape: str
) -> None:
    parts = shape.format(k=f"{killed:,}", h=f"{hurt:,}")
    text = f"{_OPENING} In May it documented {killed + hurt:,} casualties{parts}."
    told = {str(c.count): c.category.value for c in news(text, published=_DAY).claims}
    assert told.get(f"{killed:,}") == "killed", text
    assert told.get(f"{hurt:,}") == "wounded", text
    assert f"{killed + hurt:,}" not in told, text


def test_news_whole_split_after_a_dash(news: News) -> None:
    """A spaced hyphen opens the parts as a colon does."""
    text = f"{_OPENING} In April it counted 530 casualties - 120 killed and 410 injured."
    told = {str(c.count) for c in news(text, published=_DAY).claims}
    assert {"120", "410"} <= told
    assert "530" not in told


def test_news_whole_that_is_not_the_sum_is_kept(news: News) -> None:
    """Near miss: parts that do not add up to the whole leave the whole a claim of its own."""
    text = f"{_OPENING} In March it documented 700 casualties (150 killed and 320 injured)."
    told = {str(c.count): c.category.value for c in news(text, published=_DAY).claims}
    assert told.get("700") == "total_losses"
