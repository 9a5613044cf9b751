"""Every word for one stage of a series ("stages", "rounds", "phases") reads the same way.

"phases" was missing from two word lists, so "in three phases of 150, 520 and 230"
turned each stage's size into a running total since the war began.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize("stages", ["stages", "rounds", "phases"])
def test_news_stage_sizes_are_handovers_whatever_the_stage_word(news: News, stages: str) -> None:
    text = (
        f"Over three {stages} of 140, 515 and 236 remains, on 2, 5 and 9 July respectively, "
        "Ukraine took back 891 bodies in all."
    )
    read = news(text, published=date(2025, 7, 20))
    sizes = {(str(e.period), str(t.count)) for e in read.exchanges for t in e.transfers}
    assert sizes == {("2025-07-02", "140"), ("2025-07-05", "515"), ("2025-07-09", "236")}
    assert [str(t.count) for t in read.tallies] == ["891"]
