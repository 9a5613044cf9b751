"""A condition after an infinitive of letting holds the leave only in the leave's own clause.

"Moscow let 60 civilians go home only if Kyiv freed 60" gives a leave on a condition,
so no one is read as moved. A condition in another clause, one of reported words
("..., Kyiv said, adding that it would free 60 only if ..."), or after a semicolon, is
the speaker's own and leaves the leave told as given. A speech aside closed by a comma
(", Kyiv said, only if ...") does not end the leave's clause.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

PUBLISHED = date(2025, 9, 19)  # a Friday


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
        "Moscow permitted 60 Ukrainian civilians to go home to Ukraine on Wednesday, the "
        "ombudsman said, adding that Kyiv would release 60 Russians only if more followed.",
        "Moscow permitted 60 Ukrainian civilians to go home to Ukraine on Wednesday; Kyiv "
        "will free its own captives only if talks resume.",
        "Moscow permitted 60 Ukrainian civilians to go home to Ukraine on Wednesday, the "
        "ombudsman said it would hand back Russians unless the talks broke down.",
    ],
)
def test_news_a_condition_in_another_clause_leaves_the_leave_done(text: str) -> None:
    """The 60 were let go on Wednesday 17 September."""
    assert (60, "2025-09-17") in legs(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the condition is the leave's own
        "Moscow permitted 60 Ukrainian civilians to go home to Ukraine only if Kyiv freed 60.",
        "Moscow permitted 60 Ukrainian civilians to go home to Ukraine on Wednesday, the "
        "ombudsman said, but only if Kyiv freed 60 Russians.",
        "Moscow permitted 60 Ukrainian civilians to go home to Ukraine, Kyiv said, only if "
        "the Red Cross came along.",
    ],
)
def test_news_leave_on_its_own_condition_moves_no_one(text: str) -> None:
    """A condition of the leave itself keeps the 60 unmoved."""
    assert all(count != 60 for count, _ in legs(text))


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=10, max_value=3_000).filter(lambda n: not 1800 <= n <= 2100),
    cue=st.sampled_from(["only if", "unless", "provided", "on condition that"]),
)
def test_news_a_reported_condition_never_takes_the_leave(n: int, cue: str) -> None:
    """Whatever the size and the cue, a condition after "adding that" is the speaker's."""
    text = (
        f"Russia allowed {n:,} Ukrainian civilians to return to Ukraine on Wednesday, Kyiv "
        f"said, adding that it would free Russians {cue} Moscow kept its word."
    )
    assert (n, "2025-09-17") in legs(text)
