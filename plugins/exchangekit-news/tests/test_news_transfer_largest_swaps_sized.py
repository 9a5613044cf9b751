"""The size of each of the largest swaps told as a kind: "the biggest swaps involved 300 each".

"Until then, the biggest swaps had involved a few hundred people each" says how big
such swaps were; it reports no handover and no sum, so no transfer is read. One
ranked swap with its own day ("the largest swap of the year freed 300 on each side")
is still a handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_PUBLISHED = date(2025, 6, 5)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Before that, ", "Until then, ", ""]),
    st.sampled_from(["the largest single swaps", "the biggest swaps", "the largest swaps"]),
    st.sampled_from(["had involved", "involved", "were of"]),
    st.sampled_from(["a few hundred people", "about 300 prisoners", "250 soldiers"]),
)
def test_news_the_size_of_each_largest_swap_is_no_handover(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    opener: str,
    subject: str,
    verb: str,
    size: str,
) -> None:
    text = f"{opener}{subject} {verb} {size} each."
    first = text[0].upper() + text[1:]
    assert legs(first, _PUBLISHED) == {}


def test_news_one_ranked_swap_with_its_day_is_still_read(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: one swap, singular and dated, moving people on each side
    found = legs(
        "On Friday the largest swap of the year freed 300 people on each side.", _PUBLISHED
    )
    assert {str(c) for c in found.values()} == {"300"}
