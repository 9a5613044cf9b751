"""People told as coming home over a numbered year of the war are a running total.

"During the second year of the invasion, 2,300 Ukrainians were freed" sums every
handover of those twelve months: no one handover lasts a year, so the figure is a tally,
never one transfer, even with an aside between the span and the figure or a swap told in
the sentence before. A year of the war that only dates a capture ("soldiers taken in the
first year of the war came home on Friday") leaves the day's handover as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv and Moscow traded 90 captives apiece on Friday. During the second year of the "
        "invasion, by the ministry's own reckoning, 2,340 Ukrainians were freed from Russian "
        "captivity.",
        "Kyiv and Moscow traded 90 captives apiece on Friday. In the first year of the "
        "all-out war, 2,340 Ukrainian soldiers came home from Russian captivity.",
        "Kyiv and Moscow traded 90 captives apiece on Friday. Over the third year of the war, "
        "officials in Kyiv said, 2,340 Ukrainians were released from Russian captivity.",
    ],
)
def test_news_a_year_of_the_war_sums_its_handovers(receipts: Callable[..., Any], text: str) -> None:
    moved, tallied = receipts(text)
    assert not any(count == "2,340" for _, _, count in moved)
    assert any(receiver == "UKR" and count == "2,340" for receiver, _, count in tallied)


@given(
    n=st.integers(min_value=1_001, max_value=9_999),
    rank=st.sampled_from(["first", "second", "third", "fourth"]),
    lead=st.sampled_from(["In", "During", "Over", "Throughout"]),
)
def test_news_a_numbered_year_of_the_war_is_never_one_handover(
    receipts: Callable[..., Any], n: int, rank: str, lead: str
) -> None:
    figure = f"{n:,}"
    moved, _ = receipts(
        f"Kyiv and Moscow traded 90 captives apiece on Friday. {lead} the {rank} year of the "
        f"war, {figure} Ukrainian soldiers were freed from Russian captivity."
    )
    assert not any(count == figure for _, _, count in moved)


def test_news_a_year_that_dates_a_capture_keeps_the_days_handover(
    receipts: Callable[..., Any],
) -> None:
    moved, tallied = receipts(
        "On Friday, 140 Ukrainian soldiers taken prisoner in the first year of the war "
        "came home from Russian captivity."
    )
    assert ("UKR", "prisoners_of_war", "140") in moved
    assert not tallied


@pytest.mark.parametrize(
    ("rank", "covers", "as_of"),
    [
        ("first", "2022-02-24/2023-02-24", "2023-02-24"),
        ("second", "2023-02-24/2024-02-24", "2024-02-24"),
        # a year still running when the text came out stands at publication
        ("fourth", "2025-02-24/2025-11-20", "2025-11-20"),
    ],
)
def test_news_a_year_of_the_war_total_covers_that_year(
    news: Callable[..., Any], rank: str, covers: str, as_of: str
) -> None:
    read = news(
        "Kyiv and Moscow traded 90 captives apiece on Friday. Throughout the "
        f"{rank} year of the full-scale invasion, by the ombudsman's count, 2,340 "
        "Ukrainians were released from Russian captivity.",
        published=date(2025, 11, 20),
    )
    (tally,) = [t for t in read.tallies if str(t.count) == "2,340"]
    assert (str(tally.covers), str(tally.as_of)) == (covers, as_of)
