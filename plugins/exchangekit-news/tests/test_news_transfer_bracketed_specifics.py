"""A series' vague figure yields, for the months a bracket after it names, to their exact ones.

"In July, August, September and October, Kyiv took back about 1,000 bodies each
time, while Russia received a few dozen each time (31 in October, 24 in September)":
Russia's September and October figures are 24 and 31, and "a few dozen" stands only
for July and August. A bracket naming a month outside the series, or not right after
the vague figure, changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]

_SERIES = "In July, August, September and October, Kyiv took back about 1,000 bodies each time"


def _to_russia(legs: Legs) -> dict[str, str]:
    """The Russia-bound count of each month."""
    return {period: count for period, _, receiver, _, count in legs if receiver == "RUS"}


@settings(max_examples=30, deadline=None)
@given(
    october=st.integers(min_value=10, max_value=60),
    september=st.integers(min_value=10, max_value=60),
    vague=st.sampled_from(["a few dozen", "several dozen", "dozens"]),
    tail=st.sampled_from(["", ", by Moscow's count"]),
)
def test_bracketed_months_take_their_exact_figures(
    recap: Callable[[str], Legs], october: int, september: int, vague: str, tail: str
) -> None:
    """The named months get the bracket's figures; the others keep the vague one."""
    text = (
        f"{_SERIES}, while Russia received {vague} each time "
        f"({october} in October, {september} in September{tail}).\n"
    )
    to_russia = _to_russia(recap(text))
    assert to_russia["2025-10"] == str(october)
    assert to_russia["2025-09"] == str(september)
    assert to_russia["2025-07"] == to_russia["2025-08"] == "dozens (24–99)"


@pytest.mark.parametrize(
    "bracket",
    [
        "(31 in November)",  # a month outside the series
        "(31 bodies in all)",  # no month at all
    ],
)
def test_a_bracket_of_other_months_changes_nothing(
    recap: Callable[[str], Legs], bracket: str
) -> None:
    """Near misses: every month keeps the vague figure."""
    text = f"{_SERIES}, while Russia received a few dozen each time {bracket}.\n"
    assert set(_to_russia(recap(text)).values()) == {"dozens (24–99)"}
