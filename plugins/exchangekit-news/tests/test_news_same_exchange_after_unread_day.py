""" "In the same exchange" after a dated sentence none of whose figures was read.

"On June 20, 390 came home. It was not until July 23 that a figure came: 250 Ukrainians,
Kyiv said. In the same exchange, Russia got 250 back": the exchange just told is the one
of July 23, not the June swap read last, so the figure takes the sentence before's day.
When that sentence's own figures were read, it gives no figure at all ("Talks resumed
on July 22."), or it gives only the day of a statement, "the same exchange" keeps
pointing to the exchange read last.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

DatedLegs = Callable[[str, date], set[tuple[str, str, str, str]]]
PUBLISHED = date(2025, 9, 1)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    middle=st.sampled_from(
        [
            "It was not until July 23 that a number was given: {n} Ukrainians, Kyiv said.",
            "Only on July 23 did Kyiv give a figure: {n} Ukrainians.",
        ]
    ),
    same=st.sampled_from(["In the same exchange", "In the same swap"]),
)
def test_the_same_exchange_is_the_one_dated_just_before(
    n: int, middle: str, same: str, dated_legs: DatedLegs
) -> None:
    """Whatever the size and the wording, the other side's figure is on July 23."""
    text = (
        "On June 20, 390 Ukrainians were handed over by Russia. "
        + middle.format(n=f"{n:,}")
        + f" {same}, Russia received {n:,} of its servicemen."
    )
    found = dated_legs(text, PUBLISHED)
    assert ("2025-07-23", "UKR", "RUS", f"{n:,}") in found
    assert ("2025-06-20", "UKR", "RUS", f"{n:,}") not in found


def test_right_after_the_read_exchange_the_same_is_that_one(dated_legs: DatedLegs) -> None:
    """Near miss: with nothing between, the same exchange is the one just read."""
    text = (
        "On June 20, 390 Ukrainians were handed over by Russia. "
        "In the same exchange, Russia received 250 of its servicemen."
    )
    assert ("2025-06-20", "UKR", "RUS", "250") in dated_legs(text, PUBLISHED)


def test_a_statement_day_between_points_to_no_other_exchange(dated_legs: DatedLegs) -> None:
    """Near miss: the day of a statement is no exchange's, so the June swap stays the one."""
    text = (
        "On June 20, 390 Ukrainians were handed over by Russia. "
        "Kyiv said on Monday that the swap had gone well. "
        "In the same exchange, Russia received 250 of its servicemen."
    )
    assert ("2025-06-20", "UKR", "RUS", "250") in dated_legs(text, PUBLISHED)


def test_a_dated_sentence_with_no_figure_points_to_no_other_exchange(dated_legs: DatedLegs) -> None:
    """Near miss: "Talks resumed on July 22." counts no one, so it told no exchange."""
    text = (
        "On June 20, 390 Ukrainians were handed over by Russia. "
        "Talks resumed in Istanbul on July 22. "
        "In the same exchange, Russia received 250 of its servicemen."
    )
    found = dated_legs(text, PUBLISHED)
    assert ("2025-07-22", "UKR", "RUS", "250") not in found
