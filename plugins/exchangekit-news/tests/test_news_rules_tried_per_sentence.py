"""Which rules a sentence is shown is decided once, from its figures and the legs read.

A sentence with no figure of its own and no leg read from it skips the rules of
figures told for sides, stages, tallies and their parts: each draws its legs from
the sentence's figures or from legs already read. A sentence whose figure no
handover rule reads first still goes to them all: a side's own count "put at" a
number, or a running total told through "the number of", is read by those rules
alone. A sentence with no figure reads nothing from them.
"""

from __future__ import annotations

from collections.abc import Callable

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]


def test_news_put_at_figure_read_with_no_leg_before_it(receipts: Split) -> None:
    """ "Moscow ... put the number of its servicemen brought home at 248": as Moscow counts it."""
    transfers, tallies = receipts(
        "Ukraine and Russia swapped prisoners on Friday. Moscow, which gave no names, put "
        "the number of its servicemen brought home at 248, a figure Kyiv did not dispute."
    )
    assert transfers == {("RUS", "prisoners_of_war", "248")}
    assert not tallies


def test_news_number_of_total_read_past_an_attribution(receipts: Split) -> None:
    """The running total's figure stands after an aside naming who told it."""
    transfers, tallies = receipts(
        "The number of Ukrainians brought home from Russian captivity since 2022, the "
        "ombudsman told reporters on Friday, has now passed 4,550."
    )
    assert not transfers
    assert tallies == {("UKR", "other", "more than 4,550")}


def test_news_figureless_sentences_read_no_leg(receipts: Split) -> None:
    """A swap told with no figure, and a refusal to give one, count nobody."""
    transfers, tallies = receipts(
        "The handover, the fourth this year, went ahead on Friday near the border. No "
        "figure for either side was given, and officials in Kyiv declined to say when "
        "the next would be."
    )
    assert not transfers
    assert not tallies
