"""A verbless per-side size closed by a semicolon sizes the swap, whatever verb follows.

"On 24 August, 146 servicemen each way; eight civilians also went in each direction":
the clause before the semicolon has no verb of moving of its own, and the verb after
it moves only the civilians of its own clause. The per-side figure carries on the
two-way exchange told just before, as it does in a sentence with no verb at all. An
opening clause that plans, proposes or calls off sizes nothing done.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_BEFORE = "Kyiv and Moscow traded 120 prisoners each on 3 March. "


def _both_ways(day: str, kind: str, count: str) -> set[tuple[str, str, str, str, str]]:
    return {(day, "RUS", "UKR", kind, count), (day, "UKR", "RUS", kind, count)}


@pytest.mark.parametrize(
    "line",
    [
        "On 9 June, 64 soldiers each way; four civilians also went in each direction.",
        # harder: a copula before the figure, and a passive after the semicolon
        "On 9 June it was 64 soldiers each way; four civilians were also returned each way.",
        # harder: a recap's dated line with a bracketed aside
        "\n- 9 June (the third this year): 64 servicemen each way; four civilians went each way.",
    ],
)
def test_news_per_side_size_before_a_semicolon_is_read(recap: Recap, line: str) -> None:
    assert _both_ways("2025-06-09", "prisoners_of_war", "64") <= recap(_BEFORE + line)


def test_news_clause_after_the_semicolon_keeps_its_own_reading(recap: Recap) -> None:
    """Near miss: the civilians after the semicolon are still read, of their own kind."""
    text = _BEFORE + "On 9 June, 64 soldiers each way; four civilians also went in each direction."
    assert _both_ways("2025-06-09", "civilians", "4") <= recap(text)


@pytest.mark.parametrize(
    "line",
    [
        "Under the plan, 200 soldiers each way; eight civilians went home on Friday.",
        "Next time, 200 soldiers each way; the sides will also return bodies.",
        "A swap of 200 soldiers each way was postponed; eight civilians went home instead.",
    ],
)
def test_news_a_planned_size_before_a_semicolon_is_not_read(recap: Recap, line: str) -> None:
    counts = {count for *_, count in recap(_BEFORE + line)}
    assert "200" not in counts


@given(n=st.integers(min_value=2, max_value=1_700))
def test_news_per_side_size_before_a_semicolon_reads_any_size(recap: Recap, n: int) -> None:
    text = _BEFORE + f"On 9 June, {n:,} soldiers each way; four civilians also came home."
    assert _both_ways("2025-06-09", "prisoners_of_war", f"{n:,}") <= recap(text)
