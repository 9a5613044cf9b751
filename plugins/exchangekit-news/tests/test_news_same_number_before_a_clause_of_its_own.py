""" "The same number" followed by a clause of its own with another figure.

"Kyiv got back 146 soldiers. Russia received the same number of servicemen, and said it
had also got back eight civilians": ", and" with a verb of handing over of its own sets
the eight apart from the echo, which still repeats the 146 the other way. A figure
joined to the echo with no verb of its own is the echo's own object, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Tuples = Callable[[Any], set[tuple[str, str, str, Count]]]
PUBLISHED = date(2025, 8, 25)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    tail=st.sampled_from(
        [
            "and said it had also got back {m} of its civilians",
            "and added that {m} civilians had come home as well",
            "and it also received {m} civilians",
        ]
    ),
)
def test_the_echo_repeats_the_figure_told_before(
    n: int,
    tail: str,
    news: News,
    transfer_tuples: Tuples,
) -> None:
    """Whatever the size and the later clause, the other way gets the same number."""
    text = (
        f"On Sunday Ukraine got back {n:,} soldiers. "
        f"Russia received the same number of servicemen, {tail.format(m='seven')}."
    )
    found = transfer_tuples(news(text, published=PUBLISHED))
    assert ("RUS", "UKR", "prisoners_of_war", Count.parse(f"{n:,}")) in found
    assert ("UKR", "RUS", "prisoners_of_war", Count.parse(f"{n:,}")) in found


def test_the_later_clauses_own_figure_is_read_too(news: News, transfer_tuples: Tuples) -> None:
    """The eight of the later clause keep their own reading beside the echo."""
    text = (
        "On Sunday Ukraine got back 146 soldiers. Russia received the same number of "
        "servicemen, and said it had also got back eight of its civilians."
    )
    assert ("UKR", "RUS", "civilians", Count.parse("8")) in transfer_tuples(
        news(text, published=PUBLISHED)
    )


def test_a_figure_joined_to_the_echo_without_a_verb_is_not_a_clause_of_its_own(
    news: News, transfer_tuples: Tuples
) -> None:
    """Near miss: ", and eight civilians" has no verb; the reading stays as it was."""
    text = (
        "On Sunday Ukraine got back 146 soldiers. "
        "Russia received the same number of servicemen, and eight civilians."
    )
    found = transfer_tuples(news(text, published=PUBLISHED))
    assert ("UKR", "RUS", "prisoners_of_war", Count.parse("146")) not in found
