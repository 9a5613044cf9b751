"""Bodies told as handed over "in a week" are that week's total, and a rounded retelling
of a month's total is no handover of its own.

"Officials in Kyiv said that in June, by the interior ministry's count, 4,212 bodies were
handed over in a week": a handover told as done that took a week sums the week's
handovers, so it is a tally over June, not one transfer. "The convoys of June, when more
than 4,000 bodies came back" then tells June's total again, rounded: not a second
figure. A war-long total ("9,345 since 2022") is no total a June figure retells, and a
plan ("will be handed over in a week") is no total at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_JUNE = (
    "Officials in Kyiv said that in June, by the interior ministry's count, 4,212 bodies "
    "were handed over in a week."
)


def test_news_handed_over_in_a_week_is_a_total(receipts: Callable[..., Any]) -> None:
    moved, tallied = receipts(_JUNE)
    assert ("UKR", "remains", "4,212") in tallied
    assert not moved


def test_news_a_rounded_retelling_of_the_month_s_total_is_no_handover(
    receipts: Callable[..., Any],
) -> None:
    text = _JUNE + " The convoys of June, when more than 4,000 bodies came back, were the largest."
    moved, tallied = receipts(text)
    assert not moved
    assert ("UKR", "remains", "4,212") in tallied


def test_news_a_war_long_total_is_not_retold_by_a_month_s_figure(
    receipts: Callable[..., Any],
) -> None:
    moved, _ = receipts(
        "Ukraine has recovered 9,345 bodies since 2022, officials say. In June, more than "
        "4,000 bodies came back."
    )
    assert ("UKR", "remains", "more than 4,000") in moved


def test_news_bodies_to_be_handed_over_in_a_week_are_no_total(
    receipts: Callable[..., Any],
) -> None:
    _, tallied = receipts(
        "Officials in Kyiv said that in December 4,212 bodies will be handed over in a week."
    )
    assert not tallied
