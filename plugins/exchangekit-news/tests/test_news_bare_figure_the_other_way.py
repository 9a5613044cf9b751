"""A bare figure that went "the other way" is the reverse of the handover just told.

"On 2 May Kyiv recovered 700 bodies, against 31 sent the other way": the 31 names
no people of its own, but "the other way" (or "in the other direction") says it
went from the side that received the 700 to the side that gave them, as the same
kind. A handover told both ways already leaves "the other way" nothing to point
at, and "no one was sent the other way" sends nobody: no leg is read for either.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May Ukraine recovered 700 bodies, against 31 sent the other way.",
        "On 2 May Ukraine recovered 700 bodies, while 31 went the other way.",
        "On 2 May Ukraine recovered 700 bodies, and 31 were sent in the other direction.",
        "On 2 May Ukraine recovered 700 bodies, with 31 going in the opposite direction.",
    ],
)
def test_news_bare_figure_the_other_way_reverses(receipts: Split, text: str) -> None:
    transfers, tallies = receipts(text)
    assert transfers == {("UKR", "remains", "700"), ("RUS", "remains", "31")}
    assert not tallies


def test_news_other_way_after_a_two_way_swap_is_unread(receipts: Split) -> None:
    """After a swap told both ways, "the other way" points at neither: no leg of its own."""
    transfers, _ = receipts(
        "On 2 May Ukraine and Russia swapped 90 prisoners each, and 12 went the other way."
    )
    assert not any(count == "12" for *_, count in transfers)


def test_news_no_one_the_other_way_is_no_leg(receipts: Split) -> None:
    """ "No one was sent the other way" says nobody went back: no leg of one."""
    transfers, _ = receipts(
        "On 2 May four children came home to Ukraine from Russia; no one was sent the other way."
    )
    assert not any(receiver == "RUS" for receiver, *_ in transfers)


@settings(max_examples=20, deadline=None)
@given(
    big=st.integers(min_value=2_101, max_value=9_000),
    small=st.integers(min_value=2, max_value=1_700),
    verb=st.sampled_from(["sent", "handed over", "returned"]),
)
def test_news_other_way_any_figures(receipts: Split, big: int, small: int, verb: str) -> None:
    transfers, _ = receipts(
        f"On 2 May Ukraine recovered {big:,} bodies, against {small:,} {verb} the other way."
    )
    assert transfers == {("UKR", "remains", f"{big:,}"), ("RUS", "remains", f"{small:,}")}
