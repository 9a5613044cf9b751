"""A figure right after "in which" or "during which" is the subject of the clause's own verb.

"It came a week after the swap on Tuesday, in which 120 prisoners were traded for 120":
the exchange noun before the relative pronoun names the event, but the figure belongs to
the verb of the relative clause, which tells how many moved and which way. A plan in that
clause ("were to be traded") is still not read as done.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def moves(text: str) -> set[tuple[str, str, int, str, str]]:
    """(sender, receiver, count, category, period) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 3, 14), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count.best or 0, t.category.value, str(item.period))
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=900),
    pronoun=st.sampled_from(["in which", "during which"]),
    verb=st.sampled_from(["were traded for", "were exchanged for", "were swapped for"]),
)
def test_the_relative_clause_gives_both_ways(n: int, pronoun: str, verb: str) -> None:
    """Whatever the figure and the words, the same number each way on the swap's day."""
    text = (
        "The families were still waiting. It came three days after the swap on Tuesday, "
        f"{pronoun} {n} prisoners {verb} {n}, the first this year."
    )
    day = "2025-03-11"
    assert moves(text) == {
        ("RUS", "UKR", n, "prisoners_of_war", day),
        ("UKR", "RUS", n, "prisoners_of_war", day),
    }


def test_a_possessive_dated_swap_with_the_relative_clause_inside() -> None:
    """The harder form: the clause set off inside the subject, the day a possessive."""
    text = (
        "Tuesday's exchange, in which 64 soldiers were traded for 64 and which the UAE "
        "helped arrange, was the first since January."
    )
    assert moves(text) == {
        ("RUS", "UKR", 64, "prisoners_of_war", "2025-03-11"),
        ("UKR", "RUS", 64, "prisoners_of_war", "2025-03-11"),
    }


def test_a_plan_in_the_relative_clause_is_not_read_as_done() -> None:
    """Near miss: the clause tells what was to happen, so no transfer is read."""
    text = (
        "Officials on Tuesday agreed a swap in which 64 soldiers were to be traded for 64, "
        "but it has not happened."
    )
    assert moves(text) == set()
