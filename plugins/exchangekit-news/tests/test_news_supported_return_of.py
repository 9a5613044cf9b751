"""A helper's verb before "the return of": "the charity has supported the return of 230 children".

"Supported" and "assisted" before the noun of returning name a helper's part in a
return, as "facilitated" does: the helper moves no one, so the people went the way
the article's last figure of their kind went. Without such a figure told before,
nothing says which way they went and the figure stays unread.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Receipts = set[tuple[str, str, str]]
Read = Callable[[str], tuple[Receipts, Receipts]]

_FIRST = "Last week volunteers helped bring home five children from Russia. "


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Since 2022, the charity has supported the return of 230 children.", "230"),
        ("Since it began work in 2024, the network has assisted the return of 88 children.", "88"),
        # harder: the helper named by a pronoun, the span after the figure
        (
            "It says it has supported the return of 1,140 children since the spring of 2023.",
            "1,140",
        ),
    ],
)
def test_news_a_helpers_return_of_goes_the_way_of_the_last_figure(
    receipts: Read, text: str, count: str
) -> None:
    _, tallies = receipts(_FIRST + text)
    assert ("UKR", "children", count) in tallies


def test_news_a_helpers_return_of_with_nothing_before_stays_unread(receipts: Read) -> None:
    # near miss: no figure of the kind told before, so no way is known
    moved, tallies = receipts("Since 2022, the charity has supported the return of 230 children.")
    assert all(t[2] != "230" for t in moved | tallies)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=10, max_value=99_999).filter(lambda n: not 1800 <= n <= 2100))
def test_news_supported_return_of_never_reverses_the_way(receipts: Read, n: int) -> None:
    moved, tallies = receipts(
        _FIRST + f"Since 2022, the charity has supported the return of {n:,} children."
    )
    assert all(t[0] != "RUS" for t in moved | tallies)
    assert ("UKR", "children", f"{n:,}") in tallies
