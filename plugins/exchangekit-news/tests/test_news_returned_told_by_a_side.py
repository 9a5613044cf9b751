"""People a side's teller says "had been returned", no place or giver told, came home to it.

"The ombudsman of Ukraine said 14 civilians had been returned": with nothing said of
where to or by whom, a side's teller tells of its own people coming back, as "came
home" does. A place or giver after the verb ("returned to Russia") says the way
instead; a trade after it ("in exchange for 40 soldiers") may make them the people
the teller's side gave, so no way is guessed; with no teller of a side, nothing is read.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def moves(text: str) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, kind, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text),
        source="a.txt",
        published=date(2025, 11, 20),
        publisher="Desk",
        unresolved="skip",
        sentence_errors="raise",
    )
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ombudsman of Ukraine said on Tuesday that 14 civilians had been returned.",
            {("RUS", "UKR", "civilians", 14)},
        ),
        (
            "Russia's defence ministry said 30 servicemen were returned on Monday.",
            {("UKR", "RUS", "prisoners_of_war", 30)},
        ),
        # harder: the teller in an aside of a relative clause, two kinds counted
        (
            "The swap of 5 May, in which, according to the Ukrainian government, 60 soldiers "
            "and 7 civilians were returned, was the second this spring.",
            {("RUS", "UKR", "prisoners_of_war", 60), ("RUS", "UKR", "civilians", 7)},
        ),
    ],
)
def test_news_returned_without_a_place_goes_to_the_tellers_side(
    text: str, expected: set[tuple[str, str, str, int]]
) -> None:
    assert moves(text) == expected


def test_news_a_place_after_returned_says_the_way() -> None:
    # near miss: "to Russia" names where they went, whoever tells it
    assert moves("Kyiv said 40 prisoners had been returned to Russia on Monday.") == {
        ("UKR", "RUS", "prisoners_of_war", 40)
    }


@pytest.mark.parametrize(
    "text",
    [
        # no teller of a side: whose people they are is not said
        "Officials said 40 prisoners had been returned on Monday.",
        # a trade after the verb: they may be the ones the teller's side gave
        "Kyiv said 40 prisoners had been returned on Monday in exchange for 40 soldiers.",
    ],
)
def test_news_returned_with_no_side_or_a_trade_gives_no_guessed_home(text: str) -> None:
    assert ("RUS", "UKR", "prisoners_of_war", 40) not in moves(text)


@settings(max_examples=25, deadline=None)
@given(count=st.integers(min_value=2, max_value=900), russian=st.booleans())
def test_news_returned_only_ever_goes_to_the_tellers_side(count: int, russian: bool) -> None:
    teller, home, other = ("Moscow", "RUS", "UKR") if russian else ("Kyiv", "UKR", "RUS")
    read = moves(f"{teller} said {count} soldiers had been returned on Monday.")
    assert read == {(other, home, "prisoners_of_war", count)}
