"""A figure "in the same operation" after a total over that operation (issue 8).

"Kyiv has received 4,210 bodies over the past week, the office said on Tuesday. In the
same operation, which began on May 3, Kyiv handed over the bodies of 52 Russian
soldiers": the operation is the one whose total was just told, so 52 is that
operation's total the other way, over the same days, never one handover on its first
day. Without the opening ("On May 3 Kyiv handed over 52") the figure is that day's
handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
_DAY = date(2025, 5, 13)
_TOTAL = "Kyiv has received 4,210 bodies over the past week, the office said on Tuesday. "


def test_news_same_operation_figure_is_its_other_way_total(news: News) -> None:
    """52 is a tally to Russia over the operation's days, beside the 4,210 to Ukraine."""
    result = news(
        _TOTAL + "In the same operation, which began on May 3, Kyiv handed over the bodies "
        "of 52 Russian soldiers.",
        published=_DAY,
    )
    rows = {(t.receiver.code, t.count.best): str(t.covers) for t in result.tallies}
    assert rows[("RUS", 52)] == "2025-05-03/2025-05-13"
    assert result.exchanges == []


def test_news_dated_handover_without_the_opening_stays_a_handover(news: News) -> None:
    """Near miss: a day of its own and no "same operation" keep one handover."""
    result = news(
        _TOTAL + "On May 3 Kyiv handed over the bodies of 52 Russian soldiers.", published=_DAY
    )
    assert all(t.count.best != 52 for t in result.tallies)
    assert any(leg.count.best == 52 for e in result.exchanges for leg in e.transfers)
