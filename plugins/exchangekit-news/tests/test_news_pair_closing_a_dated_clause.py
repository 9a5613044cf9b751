"""A bare "N for N" that closes a clause telling only of its day: that day's swap.

"Then came 8 February, and a figure Kyiv likes to quote: 100 for 100", "The spring
opened in April with 60 for 60": equal numbers joined by "for" name people going each
way, and the clause before them gives the day and no verb of moving; set off by a
colon or hung on "with", the pair sizes that day's exchange, as "8 February brought
100 for 100" does. A plan or a hope ("Kyiv proposed on 8 February: 300 for 300"), a
pair that goes on with words of its own ("with 500 for 500 on the table"), unequal
numbers and a clause with no day of its own are not read. Every passage was written
for this file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_BEFORE = "On 2 January Russia and Ukraine exchanged 140 prisoners of war each. "


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Then came 8 February, and a figure Kyiv likes to quote: 100 for 100.", "2025-02-08"),
        ("A further swap followed in March with 100 for 100.", "2025-03"),
        ("Spring opened on 4 April with 100 for 100, after weeks of silence.", "2025-04-04"),
        ("Then came 8 February: 100 for 100; talks stalled after that.", "2025-02-08"),
    ],
)
def test_news_pair_closing_a_dated_clause(recap: Recap, sentence: str, day: str) -> None:
    found = recap(_BEFORE + sentence)
    assert (day, "RUS", "UKR", "prisoners_of_war", "100") in found
    assert (day, "UKR", "RUS", "prisoners_of_war", "100") in found
    assert {leg[4] for leg in found} == {"140", "100"}


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=2_200, max_value=9_000), st.integers(min_value=1, max_value=28))
def test_news_pair_closing_a_dated_clause_any_size(recap: Recap, n: int, day: int) -> None:
    found = recap(_BEFORE + f"Then came {day} March: {n:,} for {n:,}.")
    assert found >= {
        (f"2025-03-{day:02d}", "RUS", "UKR", "prisoners_of_war", f"{n:,}"),
        (f"2025-03-{day:02d}", "UKR", "RUS", "prisoners_of_war", f"{n:,}"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan or a hope, not a swap done
        "On 8 February Kyiv proposed a new formula: 300 for 300.",
        "On 8 February officials said they hoped for more: 300 for 300.",
        # the pair goes on with words of its own
        "Talks opened on 8 February with 300 for 300 on the table.",
        # unequal numbers: no side is told for either
        "Then came 8 February: 300 for 280.",
        # no day in the clause before the pair
        "The pattern held: 300 for 300.",
    ],
)
def test_news_pair_closing_a_dated_clause_near_misses(recap: Recap, sentence: str) -> None:
    found = recap(_BEFORE + sentence)
    assert {leg[4] for leg in found} <= {"140"}
