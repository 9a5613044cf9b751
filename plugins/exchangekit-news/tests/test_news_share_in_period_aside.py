"""'N bodies, the bulk of them this year': an aside that puts a share in a period makes N a sum.

"Ukraine says it has brought back almost 14,000 bodies, the bulk of them this year" was
read as one handover dated by the last exchange told: a share of the figure falling in
one period says the figure spans more handovers than one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv says it has recovered some 9,000 bodies, most of them this year.",
            "around 9,000 [8,100, 9,900]",
        ),
        # the harder form: "the majority", a year after "in", a release noun and reported speech
        (
            "Ukrainian officials said Kyiv had secured the release of 4,300 soldiers, the "
            "majority of them in 2024.",
            "4,300",
        ),
        ("Ukraine has brought home 2,700 civilians, half of them since the summer.", "2,700"),
    ],
)
def test_news_share_in_period_makes_a_running_total(
    news: Callable[..., Any], text: str, count: str
) -> None:
    result = news(text)
    assert result.exchanges == []
    assert [str(t.count) for t in result.tallies] == [count]


def test_news_share_of_kind_leaves_one_handover(news: Callable[..., Any]) -> None:
    # near miss: the aside says who most of them are, not when they came back
    result = news("On Tuesday Ukraine brought home 90 soldiers, most of them from Mariupol.")
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == ["90"]
    assert result.tallies == []


@pytest.mark.parametrize(
    "text",
    [
        # a hedge before the share word, as the date rules already allowed
        "Kyiv has recovered 5,200 bodies, about half of them this year.",
        # the harder form: a dash opens the aside, two hedges and "those"
        "Ukraine has brought back 3,400 prisoners \u2014 roughly a third of those since May.",
    ],
)
def test_news_hedged_share_in_period_makes_a_running_total(
    news: Callable[..., Any], text: str
) -> None:
    result = news(text)
    assert result.exchanges == []
    assert len(result.tallies) == 1


def test_news_hedged_share_of_kind_leaves_one_handover(news: Callable[..., Any]) -> None:
    # near miss: a hedged share naming where they were held, not when they came back
    result = news("On Monday Ukraine brought home 80 soldiers, about half of them from Azovstal.")
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == ["80"]
    assert result.tallies == []


@given(
    hedge=st.sampled_from(["", "about ", "around ", "nearly ", "the ", "almost a "]),
    share=st.sampled_from(["half", "most", "bulk", "majority", "third"]),
    pronoun=st.sampled_from(["them", "those", "these"]),
)
@settings(max_examples=25, deadline=None)
def test_news_any_share_aside_in_a_year_is_never_one_handover(
    news: Callable[..., Any], hedge: str, share: str, pronoun: str
) -> None:
    # invariant: a share of the figure put in a period never leaves the figure one handover
    text = f"Ukraine has brought back 6,100 bodies, {hedge}{share} of {pronoun} this year."
    assert news(text).exchanges == []
