"""A side's own share told "for its part" right after a total over a span is no handover.

"Moscow said it had handed over 4,200 bodies in March, in three stages. Russia, for its
part, got back 64 bodies": the 64 stand beside the month's total, over its span, and
are no handover of the exchange the text told earlier; with no date of their own they
give no exchange. After a single handover, "for its part" still gives that handover's
other side.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import PersonCategory

LegsOf = Callable[..., dict[tuple[str, str, PersonCategory], Any]]
_REMAINS = PersonCategory.REMAINS
_DAY = date(2025, 5, 12)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 April, 120 prisoners were swapped each way. Later that month Moscow said it "
        "had handed over 3,600 bodies during March, in several stages. Russia, for its "
        "part, got back 57 bodies.",
        "The sides traded 84 prisoners each on Friday. Kyiv says 2,400 bodies were returned "
        "to Ukraine in January in four handovers. Moscow, for its part, received 19 bodies.",
        "Russia freed 90 Ukrainian soldiers on Tuesday in return for 90 Russians. In total, "
        "1,500 bodies came back to Ukraine over the winter in three repatriations; Russia, "
        "for its part, recovered 33 bodies, its ministry said.",
    ],
)
def test_news_own_share_after_a_total_joins_no_exchange(legs_of: LegsOf, text: str) -> None:
    """The share after the total is not added to the exchange the text told first."""
    legs = legs_of(text, published=_DAY)
    assert all(kind is not _REMAINS for _, _, kind in legs), legs


def test_news_for_its_part_after_one_handover_keeps_the_other_side(
    legs_of: LegsOf,
) -> None:
    """After a single handover, the other side's "for its part" count is that handover's."""
    text = (
        "On Thursday Russia handed over 1,000 bodies to Ukraine. Russia, for its part, "
        "got back 41 bodies, the ministry said."
    )
    legs = legs_of(text, published=_DAY)
    assert set(legs) == {("RUS", "UKR", _REMAINS), ("UKR", "RUS", _REMAINS)}, legs


@settings(max_examples=20, deadline=None)
@given(total=st.integers(2_100, 9_000), share=st.integers(2, 99))
def test_news_own_share_after_a_total_never_joins(legs_of: LegsOf, total: int, share: int) -> None:
    """Whatever the counts, the share told after a monthly total joins no exchange."""
    text = (
        f"On 2 April, 120 prisoners were swapped each way. Moscow said it had handed over "
        f"{total:,} bodies during March, in several stages. Russia, for its part, got back "
        f"{share} bodies."
    )
    legs = legs_of(text, published=_DAY)
    assert all(kind is not _REMAINS for _, _, kind in legs), legs
