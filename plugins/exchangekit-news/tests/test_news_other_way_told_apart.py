"""A figure going "the other way" in a clause of its own is not the same day's reverse.

"Ukraine got back 500 bodies on Friday, while 20 went the other way" reverses
Friday's handover. But a figure with a date of its own ("... the other way in
June", "... a week before"), one past a semicolon or "but", or one in another
teller's words ("but Moscow says 20 ...") tells another handover or a rival's
account, and Friday's day is not its day: no leg is read for it.
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
        "Ukraine got back 500 bodies on Friday, while 20 went the other way in June.",
        "Ukraine got back 500 bodies on Friday, and 20 were sent the other way a week before.",
        "Ukraine got back 500 bodies on Friday; in 2023 20 were sent the other way.",
        "Ukraine got back 500 bodies on Friday, while last month 20 went the other way.",
        "Ukraine got back 500 bodies on Friday, but 20 had gone the other way.",
        "Ukraine got back 500 bodies on Friday, and Moscow says 20 were sent the other way.",
    ],
)
def test_news_other_way_told_apart_is_unread(receipts: Split, text: str) -> None:
    transfers, _ = receipts(text)
    assert transfers == {("UKR", "remains", "500")}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine got back 500 bodies on Friday, while 20 went the other way.",
        "On Friday Ukraine got back 500 bodies, and 20 were sent in the other direction.",
        "Ukraine got back 500 bodies on Friday, against 20 handed over the other way.",
    ],
)
def test_news_other_way_same_clause_still_reverses(receipts: Split, text: str) -> None:
    """The near-miss: the same day's reverse, with no date or break of its own, is read."""
    transfers, _ = receipts(text)
    assert transfers == {("UKR", "remains", "500"), ("RUS", "remains", "20")}


@settings(max_examples=20, deadline=None)
@given(
    big=st.integers(min_value=2_101, max_value=9_000),
    small=st.integers(min_value=2, max_value=1_700),
    apart=st.sampled_from(
        ["; last year {n} were", ", but Russia says {n} were", ", while {n} were"]
    ),
    tail=st.sampled_from(["", " in May"]),
)
def test_news_other_way_apart_any_figures(
    receipts: Split, big: int, small: int, apart: str, tail: str
) -> None:
    clause = apart.format(n=f"{small:,}")
    transfers, _ = receipts(
        f"Ukraine got back {big:,} bodies on Friday{clause} sent the other way{tail}."
    )
    reversed_leg = ("RUS", "remains", f"{small:,}")
    if clause.startswith(", while") and not tail:
        assert reversed_leg in transfers
    else:
        assert reversed_leg not in transfers
    assert ("UKR", "remains", f"{big:,}") in transfers
