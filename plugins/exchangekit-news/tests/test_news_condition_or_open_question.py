"""A handover told inside a clause of "if", "unless" or "whether" is not told as done.

The clause's subject may be two sides joined by "and" ("if Poland and Lithuania
handed over 25"), and a verb of letting may stand between the conjunction and the
verb of moving ("if Moscow permitted 45 civilians to go home"): the walk back to the
conjunction starts where the verb group's subject ends. A handover in the main clause,
with a condition only after it, keeps its reading and its day.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

PUBLISHED = date(2025, 7, 3)  # a Thursday


def legs(text: str) -> set[tuple[int, str]]:
    """Every transfer read in ``text``, as its count and its exchange's period."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=PUBLISHED, publisher="Desk"
    )
    return {
        (t.count.best or 0, str(item.period))
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@pytest.mark.parametrize(
    "text",
    [
        # two sides joined by "and" as the subject of the condition
        "If Russia and Belarus handed over 35 Ukrainian soldiers, Kyiv would reciprocate.",
        "Unless Moscow and Minsk freed 35 Ukrainian soldiers, talks would stall.",
        # an open question
        "Officials could not confirm whether Russia returned 35 Ukrainian soldiers on Monday.",
        "Kyiv wanted to know whether Moscow had released 35 Ukrainian soldiers on Monday.",
        # a verb of letting between the conjunction and the verb of moving
        "If Moscow permitted 45 Ukrainian civilians to travel home, Kyiv would answer in kind.",
        "Kyiv declined to say whether it had allowed 19 Russian civilians to go back to Russia.",
    ],
)
def test_news_a_handover_in_a_condition_or_question_is_not_read(text: str) -> None:
    """Each condition or question asserts no handover."""
    assert legs(text) == set()


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=10, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    opener=st.sampled_from(["It remains unclear whether", "Nobody knows if", "Unless"]),
    subject=st.sampled_from(["Russia and Belarus", "Kyiv", "the Russian side and its allies"]),
)
def test_news_no_subject_carries_the_condition_away(n: int, opener: str, subject: str) -> None:
    """Whatever the size and the subject, the open clause's handover is none."""
    text = f"{opener} {subject} freed {n:,} prisoners of war on Monday, talks will go on."
    assert all(count != n for count, _ in legs(text))


@pytest.mark.parametrize(
    "text",
    [
        # near miss: a compound subject in a main clause
        "Russia and Belarus handed over 35 Ukrainian soldiers on Monday.",
        # near miss: the condition follows the done handover
        "Russia handed over 35 Ukrainian soldiers on Monday, and Kyiv said more could follow "
        "if talks went well.",
        "Russia handed over 35 Ukrainian soldiers on Monday; whether more will follow is unclear.",
    ],
)
def test_news_a_done_handover_beside_a_condition_keeps_its_day(text: str) -> None:
    """The main clause's handover is read on its own day, Monday 30 June."""
    assert (35, "2025-06-30") in legs(text)
