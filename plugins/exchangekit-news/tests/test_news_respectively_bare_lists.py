"""Bare figures that "respectively" shares out over the dates of the clause before.

"In May and again in June, Kyiv got back 900 bodies each time; Moscow, in return,
received 15 and 27 respectively": the two bare figures are the list the word pairs with
the months (15 in May, 27 in June), not one figure for both months.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=30, deadline=None)
@given(
    first=st.integers(min_value=10, max_value=60),
    second=st.integers(min_value=61, max_value=120),
    months=st.sampled_from(["In May and again in June", "In May and June", "In May and in June"]),
    join=st.sampled_from(["; Moscow, in return, received", ", while Moscow received"]),
    comma=st.sampled_from(["", ","]),
)
def test_bare_figures_before_respectively_pair_with_the_months(
    recap: Callable[[str], Legs], first: int, second: int, months: str, join: str, comma: str
) -> None:
    """Each bare figure goes with its own month; the repeated figure goes with both."""
    text = (
        f"{months}, Kyiv received 900 bodies each time{join} {first} and {second}"
        f"{comma} respectively."
    )
    to_russia = {(p, n) for p, s, r, _, n in recap(text) if (s, r) == ("UKR", "RUS")}
    assert to_russia == {("2025-05", str(first)), ("2025-06", str(second))}


def test_a_bare_pair_without_respectively_is_not_shared_out(
    recap: Callable[[str], Legs],
) -> None:
    """Near miss: with no "respectively", two bare figures are not paired with the months."""
    text = "In May and June, Kyiv received 900 bodies each time; Moscow got 15 and 27 in all."
    to_russia = {(p, n) for p, s, r, _, n in recap(text) if (s, r) == ("UKR", "RUS")}
    assert not {("2025-05", "15"), ("2025-06", "27")} <= to_russia
