"""An exchange its own predicate calls untrue, or corrects: no swap of that size is read.

"Word of a 120-for-120 trade last week was false" and "the swap of 60 for 60 was
denied" deny the exchange the noun names; "the swap of 80 for 80 was in fact 78 for
78" takes back the first size. A swap that went ahead beside some other report said to
be false keeps its reading.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def sizes(text: str) -> set[int]:
    """Every count of a transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    return {
        t.count.best or 0 for item in items if isinstance(item, Exchange) for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    noun=st.sampled_from(["Reports", "Claims", "Rumours", "Word"]),
    untrue=st.sampled_from(["false", "untrue", "fake", "unfounded", "baseless"]),
    teller=st.sampled_from(["Kyiv", "the Ukrainian ombudsman", "Moscow"]),
)
def test_a_swap_called_untrue_is_no_swap(n: int, noun: str, untrue: str, teller: str) -> None:
    """Whatever the size and the words, a swap reported and then called untrue is none."""
    text = f"{noun} of a {n:,}-for-{n:,} swap on Monday were {untrue}, {teller} said."
    assert n not in sizes(text)


def test_the_exchange_itself_said_to_be_denied() -> None:
    """The noun of exchanging itself, denied in the passive by a side."""
    text = "The exchange of 310 for 310 said to have taken place on Friday was denied by Kyiv."
    assert 310 not in sizes(text)


def test_an_exchange_said_untrue_in_reported_speech() -> None:
    """The falsehood told inside what a side said."""
    text = "Kyiv said reports that a swap of 45 for 45 was carried out on Monday were fake."
    assert 45 not in sizes(text)


def test_a_size_taken_back_is_not_read() -> None:
    """ "was in fact", "was actually": the size first told is corrected, so it is no fact."""
    for told, text in (
        (150, "The swap of 150 for 150, the ministry said later, was in fact 148 for 148."),
        (75, "The exchange of 75 for 75 was actually 73 for 73, officials said on Friday."),
    ):
        assert told not in sizes(text)


def test_a_swap_that_went_ahead_beside_a_false_report_is_read() -> None:
    """Near miss: the swap took place; only a report of a delay was false."""
    text = "The swap of 210 for 210 took place on Monday, and reports of a delay were false."
    assert 210 in sizes(text)


def test_a_swap_that_was_in_fact_the_largest_is_read() -> None:
    """Near miss: "was in fact" followed by no size corrects nothing."""
    text = "The exchange of 390 for 390 on Friday was in fact the largest of the war."
    assert 390 in sizes(text)


def test_a_swap_denied_by_no_one_is_read() -> None:
    """Near miss: "denied by neither side" (or by nobody) denies nothing."""
    for text in (
        "The swap of 175 for 175 on Friday was denied by neither side.",
        "The exchange of 175 for 175 on Friday was denied by nobody in Kyiv.",
    ):
        assert 175 in sizes(text), text
