"""A verbless sentence that opens on a loss word gives that loss's figure.

"We have lost 46,000 soldiers killed. Wounded, about 380,000.": a loss word set off
by a comma, colon or dash, then a bare figure that ends the sentence, is the count
of that loss, of the side of the claim just made. A figure with a noun that is not
people ("380,000 tonnes") is no toll, and with no claim before there is no side.
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
KINDS = {"Wounded": "wounded", "Injured": "wounded", "Missing": "missing", "Dead": "killed"}


@settings(max_examples=25, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    kind=st.sampled_from(sorted(KINDS)),
    mark=st.sampled_from([",", ":", " -", " \u2014"]),
    killed=st.integers(1_000, 90_000),
    other=st.integers(1_000, 900_000),
)
def test_news_a_loss_word_heading_a_verbless_sentence_gives_its_figure(
    news: News, found: Found, side: str, kind: str, mark: str, killed: int, other: int
) -> None:
    text = f"The minister said {side} had lost {killed:,} soldiers killed. {kind}{mark} {other:,}."
    read = found(news(text))
    assert (SIDES[side], "killed", Count.exact(killed)) in read
    assert (SIDES[side], KINDS[kind], Count.exact(other)) in read


def test_news_a_hedged_spelled_heading_figure_is_read(news: News, found: Found) -> None:
    text = (
        "The minister said Ukraine had lost more than twenty thousand soldiers killed. "
        "Wounded, about ninety thousand. Many have gone back to the front."
    )
    read = found(news(text))
    assert ("UKR", "wounded", Count.parse("about 90,000")) in read


def test_news_a_heading_figure_of_things_is_no_toll(news: News, found: Found) -> None:
    """Near miss: "380,000 tonnes" counts no people."""
    text = (
        "The minister said Russia had lost 46,000 soldiers killed. Wounded, about 380,000 tonnes."
    )
    assert found(news(text)) == {("RUS", "killed", Count.exact(46_000))}


def test_news_a_heading_figure_with_no_claim_before_takes_no_side(news: News) -> None:
    """Near miss: with no side told before, the verbless figure is no one's."""
    assert news("Wounded, about 380,000.").claims == []


@pytest.mark.parametrize(
    ("text", "side", "kind", "count"),
    [
        ("Russian losses: about 640,000.", "RUS", "total_losses", Count.approx(640_000)),
        (
            "- Ukraine's military losses per the Russian defence ministry: some 410,000 "
            "as of last week.",
            "UKR",
            "total_losses",
            Count.approx(410_000),
        ),
    ],
)
def test_news_a_side_loss_label_before_a_colon_gives_its_figure(
    news: News, found: Found, text: str, side: str, kind: str, count: Count
) -> None:
    assert (side, kind, count) in found(news(text))


def test_news_a_long_label_set_off_by_a_comma_is_no_heading(news: News) -> None:
    """Near miss: past its first word, only a colon closes a label; a comma opens a clause."""
    text = "Russian losses rose sharply in the spring, about 640,000 tonnes of grain."
    assert news(text).claims == []
