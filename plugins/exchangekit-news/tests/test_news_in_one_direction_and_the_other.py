"""The "one" of "in one direction" or "one way" names a way, not a count of one.

"A swap: 120 Ukrainian soldiers and five civilians in one direction, 120 Russian
soldiers and five civilians in the other": the groups listed before "in one direction"
go one way, those after it the other, and the list runs on past the phrase of way. A
"one" that stands for a body or a person ("Russia received one") still counts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March came a swap: 120 Ukrainian soldiers and five civilians in one direction,"
        " 120 Russian soldiers and five civilians in the other.",
        "On 3 March the sides swapped 120 Ukrainian prisoners and five civilians in one"
        " direction, and 120 Russian prisoners and five civilians in the other.",
        "The exchange on 3 March was even: 120 Ukrainian servicemen and five civilians in one"
        " direction, 120 Russian servicemen and five Kursk residents in the other.",
    ],
)
def test_both_ways_of_the_listed_groups(recap: Recap, text: str) -> None:
    """Each group listed goes the way its nationality says, on the day told."""
    legs = {(p, s, r, c) for p, s, r, _, c in recap(text)}
    assert legs == {
        ("2025-03-03", "RUS", "UKR", "120"),
        ("2025-03-03", "RUS", "UKR", "5"),
        ("2025-03-03", "UKR", "RUS", "120"),
        ("2025-03-03", "UKR", "RUS", "5"),
    }


@given(n=st.integers(min_value=2, max_value=1700), m=st.integers(min_value=2, max_value=99))
@settings(max_examples=10, deadline=None)
def test_any_counts(recap: Recap, n: int, m: int) -> None:
    """Whatever the counts, the second group listed is read the other way."""
    text = (
        f"On 3 March came a swap: {n:,} Ukrainian soldiers and {m:,} civilians in one"
        f" direction, {n:,} Russian soldiers in the other."
    )
    back = {(s, r, c) for _, s, r, _, c in recap(text) if s == "UKR"}
    assert back == {("UKR", "RUS", f"{n:,}")}


def test_one_body_is_still_a_count(recap: Recap) -> None:
    """ "Russia received one" counts one body: the rule is about a way named after "one"."""
    legs = recap("On 3 March Ukraine received 40 bodies and Russia received one.")
    assert ("2025-03-03", "UKR", "RUS", "remains", "1") in legs
