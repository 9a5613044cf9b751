"""A bare "the smallest" (largest, first, last) after a handover noun is another handover.

"The largest handover, on 4 March, returned 900 bodies to Ukraine; the smallest, in
June, returned 120": the rank with no noun after it leaves out the handover noun told
earlier in the sentence, so it is the subject of its verb as "the handover" is, and what
it returned came the way the story's handovers went, on its own date. With no handover
named before, a bare rank is no handover.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The largest handover, on 4 March, returned 900 bodies to Ukraine; the smallest,"
            " in June, returned 120.",
            ("2025-06", "RUS", "UKR", "remains", "120"),
        ),
        (
            "The first repatriation, on 4 March, brought back 900 bodies to Ukraine; the last,"
            " on 9 June, brought back 120.",
            ("2025-06-09", "RUS", "UKR", "remains", "120"),
        ),
        (
            "The largest handover, on 4 March, returned 900 bodies to Ukraine; the smallest"
            " returned 120 in June.",
            ("2025-06", "RUS", "UKR", "remains", "120"),
        ),
    ],
)
def test_the_ranked_one_is_a_handover(
    recap: Recap, text: str, second: tuple[str, str, str, str, str]
) -> None:
    """Both handovers are read, each on its own date."""
    assert recap(text) == {("2025-03-04", "RUS", "UKR", "remains", "900"), second}


def test_no_handover_named_before(recap: Recap) -> None:
    """With no handover noun earlier in the sentence, "the smallest" stands for nothing."""
    assert not recap("Officials said the smallest, in June, returned 120.")


@given(n=st.integers(min_value=2, max_value=1700))
@settings(max_examples=10, deadline=None)
def test_any_count(recap: Recap, n: int) -> None:
    """Whatever the count, the ranked handover's figure is read on its date."""
    legs = recap(
        "The largest handover, on 4 March, returned 2,000 bodies to Ukraine; the smallest,"
        f" in June, returned {n:,}."
    )
    assert ("2025-06", "RUS", "UKR", "remains", f"{n:,}") in legs
