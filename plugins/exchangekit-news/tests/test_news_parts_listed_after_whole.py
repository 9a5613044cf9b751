"""Parts listed after a whole that add up to it, of no new kind or side, are the whole again.

"Kyiv said 31 civilians have been brought back from Russia: 22 men and 9 women": the men
and women are the 31, so no handover or running total of their own is read, and none
the other way. Parts of kinds ("270 soldiers and 120 civilians") or of sides ("150
Ukrainians and 150 Russians") keep their readings.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally


def counts(text: str) -> set[tuple[str, str, int]]:
    """(receiver, category, count) of every transfer and running total read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    moved = {
        (t.receiver.code, t.category.value, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    return moved | {
        (item.receiver.code if item.receiver else "", item.category.value, item.count.best or 0)
        for item in items
        if isinstance(item, ExchangeTally)
    }


@settings(max_examples=25, deadline=None)
@given(
    men=st.integers(min_value=3, max_value=60),
    women=st.integers(min_value=2, max_value=40),
    mark=st.sampled_from([":", ","]),
    frame=st.sampled_from(["", " in total", " so far"]),
)
def test_men_and_women_after_a_whole_are_the_whole(
    men: int, women: int, mark: str, frame: str
) -> None:
    """Whatever the split, only the whole is read."""
    whole = men + women
    text = (
        f"Kyiv said {whole} civilians have been brought back from Russia{frame}{mark} "
        f"{men} men and {women} women."
    )
    found = counts(text)
    assert {count for _, _, count in found} <= {whole}


def test_the_whole_alone_is_read() -> None:
    """The whole is still read, each way as before, and its parts are not."""
    text = "Kyiv said 31 civilians have been brought back from Russia: 22 men and 9 women."
    assert counts(text) == {("UKR", "civilians", 31)}


def test_men_and_women_after_a_dash() -> None:
    """The split set off by a dash, after a one-way handover told with its day."""
    text = "On Friday 52 Ukrainian civilians came home from Russia - 40 men and 12 women."
    assert {count for _, _, count in counts(text)} == {52}


def test_sides_listed_after_a_whole_keep_their_way() -> None:
    """Near miss: parts of two sides are the two legs of a swap."""
    text = "The swap involved 300 people: 150 Ukrainians and 150 Russians."
    assert ("UKR", "other", 150) in counts(text)
    assert ("RUS", "other", 150) in counts(text)


def test_parts_that_do_not_add_up_are_not_taken_as_the_whole() -> None:
    """Near miss: a listed count that is no split of the whole stays a figure of its own."""
    text = (
        "Kyiv said 27 civilians had been returned from Russia on Friday: 19 men and 8 women, "
        "and 40 soldiers came home too."
    )
    assert ("UKR", "prisoners_of_war", 40) in counts(text)
