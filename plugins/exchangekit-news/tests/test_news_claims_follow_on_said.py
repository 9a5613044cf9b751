"""A speaker's follow-on figure with no noun counts the people of his claim just before.

"The minister said 30,000 soldiers had died. She added that \"thousands\" were missing
or in Russian hands": the quoted figure, and a captor named by its captivity (the
other side's prisons hold the claim's own people), still take the side of the claim
just made. A side named otherwise after the verb of saying ("had died on the Russian
side"), or a captivity of the claim's own side, still refuses the carried reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_CLAIM = "Defence Minister Halyna Moroz said 31,500 Ukrainian troops had died. "


@pytest.mark.parametrize(
    "follow",
    [
        'She added that "tens of thousands" were missing.',
        "She added that 15,000 were missing or held in Russian captivity.",
        # harder: a quoted vague figure and a captor's captivity together
        'She also said that "tens of thousands" were missing or still held in Russian captivity.',
    ],
)
def test_news_follow_on_figure_takes_the_claims_side(news: News, follow: str) -> None:
    """The follow-on figure is a missing claim for the side of the claim before."""
    claims = news(_CLAIM + follow).claims
    missing = [c for c in claims if c.category.value == "missing"]
    assert [c.subject.code for c in missing] == ["UKR"]


@pytest.mark.parametrize(
    "follow",
    [
        "She added that 15,000 had died on the Russian side.",
        # near miss: the captivity named is of the claim's own side, so its people differ
        "She added that 15,000 were missing or held in Ukrainian captivity.",
    ],
)
def test_news_follow_on_figure_with_another_side_is_not_carried(news: News, follow: str) -> None:
    """A side named after the verb of saying, not as the captor of the claim's people,
    keeps the figure from being read as the claim's side: it is read as no claim, or
    once as the other side's ("on the Russian side"), never as Ukraine's."""
    claims = news(_CLAIM + follow).claims
    sides = [c.subject.code for c in claims if c.count.low == 15_000]
    assert "UKR" not in sides
    assert sides in ([], ["RUS"])
    # the claim just before is still read, once and unchanged
    assert [(c.subject.code, c.count.low) for c in claims if c.count.low != 15_000] == [
        ("UKR", 31_500)
    ]


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(2, 90).map(lambda k: k * 1000),
    quoted=st.booleans(),
    held=st.booleans(),
)
def test_news_follow_on_missing_is_always_the_claims_side(
    news: News, count: int, quoted: bool, held: bool
) -> None:
    """Whatever the quoting or the captivity clause, the follow-on count is UKR's, never RUS's."""
    figure = f'"{count:,}"' if quoted else f"{count:,}"
    tail = " or held in Russian captivity" if held else ""
    claims = news(_CLAIM + f"She added that {figure} were missing{tail}.").claims
    missing = [(c.subject.code, c.count.low) for c in claims if c.category.value == "missing"]
    assert missing == [("UKR", count)]
