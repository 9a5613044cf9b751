"""A bare number with "also" before its verb of coming home is still a homecoming.

"On 6 May, 40 had also come back" and "40 also came home" tell a group that came
home on a day of its own, like the group before it: "also" (after the perfect's
auxiliary or in its place) stands between the number and the verb and changes
neither. Where the group before went both ways, or was of another kind, "also"
does not say which way the bare group went, and it stays unread.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_BEFORE = "The latest swap, on 11 July, brought home 45 Ukrainian soldiers, Kyiv said. "


@pytest.mark.parametrize(
    "after",
    [
        "On 6 July, 40 had also come back.",
        "On 6 July, 40 also came back.",
        "On 6 July, 40 had also come home, in a swap that freed medics.",
        "On 6 July, 40 also came home from captivity.",
    ],
)
def test_news_a_bare_group_also_come_back_is_read(recap: Recap, after: str) -> None:
    assert ("2025-07-06", "RUS", "UKR", "prisoners_of_war", "40") in recap(_BEFORE + after)


@pytest.mark.parametrize(
    "text",
    [
        # the group before went both ways: which way did the 40 go?
        "Russia handed over 45 Ukrainian soldiers on 11 July and received 45 of its own. "
        "On 6 July, 40 had also come back.",
        # the group before was of civilians: "also" does not make the 40 civilians
        "On 11 July 45 civilians were returned to Ukraine. On 6 July, 40 had also come back.",
    ],
)
def test_news_a_bare_group_also_come_back_after_an_unclear_way_is_refused(
    recap: Recap, text: str
) -> None:
    assert not any(leg[4] == "40" for leg in recap(text))


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(
    lambda n: not 1800 <= n <= 2100 and n != 45
)


@given(n=_COUNTS, day=st.integers(1, 10), perfect=st.booleans())
@settings(max_examples=20, deadline=None)
def test_news_also_before_the_verb_leaves_any_bare_homecoming_read(
    recap: Recap, n: int, day: int, perfect: bool
) -> None:
    verb = "had also come back" if perfect else "also came back"
    legs = recap(_BEFORE + f"On {day} July, {n:,} {verb}.")
    assert (f"2025-07-{day:02d}", "RUS", "UKR", "prisoners_of_war", f"{n:,}") in legs
