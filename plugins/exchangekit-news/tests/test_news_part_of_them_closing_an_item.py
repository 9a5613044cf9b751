"""A part told as "N of them" after a clipped dated item, like "among them N", ends it.

"...; and later, on 12 June, 94 Ukrainians, six of them nurses.": the aside names some
of the item's people and no verb of its own follows, so the item is still read whole.
When the part has a verb of its own ("six of them came home") it is not such an aside.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize("part", ["six of them nurses", "among them six nurses"])
def test_news_part_of_them_closing_a_dated_item(recap: Recap, part: str) -> None:
    found = recap(
        "June brought two swaps: 40 Ukrainian marines for 5 Russian pilots on the 3rd, "
        f"and later, on June 12, 94 Ukrainians, {part}."
    )
    assert ("2025-06-12", "RUS", "UKR", "other", "94") in found
    assert not any(leg[4] in ("6", "six") for leg in found)


# parts from 6 up: the sentence already tells 5 pilots, a figure of its own
@settings(max_examples=10, deadline=None)
@given(whole=st.integers(min_value=20, max_value=400), part=st.integers(min_value=6, max_value=19))
def test_news_part_of_them_never_counted_as_its_own_item(
    recap: Recap, whole: int, part: int
) -> None:
    found = recap(
        "June brought two swaps: 40 Ukrainian marines for 5 Russian pilots on the 3rd, "
        f"and later, on June 12, {whole} Ukrainians, {part} of them medics."
    )
    assert ("2025-06-12", "RUS", "UKR", "other", str(whole)) in found
    assert not any(leg[4] == str(part) for leg in found)
