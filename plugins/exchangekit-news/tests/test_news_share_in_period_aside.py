"""'N bodies, the bulk of them this year': an aside that puts a share in a period makes N a sum.

"Ukraine says it has brought back almost 14,000 bodies, the bulk of them this year" was
read as one handover dated by the last exchange told: a share of the figure falling in
one period says the figure spans more handovers than one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


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
