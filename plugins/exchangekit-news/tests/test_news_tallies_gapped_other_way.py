"""The other way of a running total told by ellipsis: "..., and fewer than 300 to Russia".

"9,000 bodies have come back to Ukraine this year, and about 250 to Russia": the second
figure keeps only its side, the total's verb and people left out. It counts the same
people over the same span, sent the other way; a hedge may stand before the number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        (
            "By our count, roughly 9,400 bodies have been repatriated to Ukraine this year,"
            " and fewer than 250 to Russia.",
            "fewer than 250",
        ),
        (
            "Since January some 5,100 fallen soldiers have been brought back to Ukraine,"
            " and just under 120 to Russia, officials say.",
            "fewer than 120",
        ),
        (
            "About 9,400 bodies have been handed to Ukraine so far in 2025, and 210 to Russia.",
            "210",
        ),
    ],
)
def test_news_a_gapped_figure_to_the_sender_is_the_other_way_total(
    receipts: Callable[..., Any], sentence: str, back: str
) -> None:
    transfers, tallies = receipts(sentence)
    assert ("RUS", "remains", back) in tallies
    assert all(count != back for _, _, count in transfers)
    assert all(receiver == "RUS" for receiver, _, count in tallies if count == back)


@pytest.mark.parametrize(
    "sentence",
    [
        # a place of the receiving side, or a side that is no party to the total
        "About 9,400 bodies have been repatriated to Ukraine this year, and 210 to the"
        " morgue in Kyiv.",
        # the receiving side again: no other way
        "About 9,400 bodies have been repatriated to Ukraine this year, and 210 to Ukraine's west.",
        # a figure of another kind of thing
        "About 9,400 bodies have been repatriated to Ukraine this year, and 210 lorries to Russia.",
    ],
)
def test_news_a_gapped_figure_not_sent_to_the_other_side_is_no_tally(
    receipts: Callable[..., Any], sentence: str
) -> None:
    _, tallies = receipts(sentence)
    assert all(receiver != "RUS" for receiver, _, _ in tallies)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2000, max_value=15000),
    st.integers(min_value=11, max_value=900),
    st.sampled_from(["", "fewer than ", "about ", "more than "]),
)
def test_news_the_gapped_other_way_never_goes_to_the_receiver(
    receipts: Callable[..., Any], total: int, back: int, hedge: str
) -> None:
    transfers, tallies = receipts(
        f"This year {total:,} bodies have been returned to Ukraine, and {hedge}{back} to Russia."
    )

    def is_back(count: str) -> bool:
        number = count.split(" [")[0].rsplit(" ", 1)[-1]
        return number == str(back)

    assert all(receiver == "RUS" for receiver, _, count in transfers | tallies if is_back(count))
