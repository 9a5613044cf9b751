"""A source's count given after the move it counts: "..., but gave a lower figure, 29".

A sentence that tells people moved one way without counting them ("civilians had
returned to Russia on Sunday") and then has its source give their count ("putting
their number at 26", "gave their number as 26", "gave a figure of 26", "gave a
lower figure, 26") counts the people of that move. A move only planned, a sentence
that counted the people before (a rival count, read elsewhere) and a count given
with no move told stay unread here.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange


def moves(text: str) -> set[tuple[str, str, str, Count]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 3, 14), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@pytest.mark.parametrize(
    "giving",
    [
        "putting their number at 26",
        "and gave their number as 26",
        "but gave a lower figure, 26",
        "and gave a figure of 26",
        "giving a higher figure, 26",
    ],
)
def test_the_count_given_counts_the_people_moved(giving: str) -> None:
    """Each way of giving the count names the size of the uncounted move before it."""
    text = (
        "The Russian ombudswoman said detained residents of the Kursk region had "
        f"returned to Russia on Tuesday, {giving}."
    )
    assert moves(text) == {("UKR", "RUS", "civilians", Count.exact(26))}


def test_the_count_given_after_a_move_to_ukraine() -> None:
    """The other way round, with other people and another source."""
    text = (
        "Kyiv's coordination headquarters confirmed that prisoners of war had come back "
        "to Ukraine on Tuesday but gave a smaller figure, 88."
    )
    assert moves(text) == {("RUS", "UKR", "prisoners_of_war", Count.exact(88))}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_700) | st.integers(min_value=2_101, max_value=9_000),
    cue=st.sampled_from(["gave a lower figure, ", "gave a figure of ", "gave their number as "]),
)
def test_any_count_given_is_read_as_written(n: int, cue: str) -> None:
    """Whatever the count, the move takes it as given."""
    text = (
        f"The ombudsman confirmed that civilians had returned to Ukraine on Tuesday and {cue}{n:,}."
    )
    assert moves(text) == {("RUS", "UKR", "civilians", Count.exact(n))}


@pytest.mark.parametrize(
    "text",
    [
        # a move only planned: no one has gone yet
        "The ombudsman said civilians would return to Ukraine next week and gave a figure of 26.",
        # no move told: the figure could count anything
        "The ombudsman spoke about the civilians held in Russia and gave a lower figure, 26.",
        # a move with no way named: which side got them is unknown
        "The ombudsman confirmed that civilians had been released on Tuesday and gave a "
        "lower figure, 26.",
    ],
)
def test_no_count_without_a_done_move_with_its_way(text: str) -> None:
    """A plan, a count of no move and a move of no known way give no record."""
    assert moves(text) == set()
