"""What a group of people already handed over "included" is some of them, not a handover.

"the 205 who had come home included 108 fighters of the Azov regiment", "the freed
included nine defenders of Mariupol", "the men it received included ... two civilians":
the subject names the people of a handover told before by a verb of moving them, and the
figure after "included" counts part of them. Read as a transfer of its own, the part was
counted twice (and, beside a whole of prisoners of war, as another kind of people).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2024, 1, 3)
_SWAP = {
    ("RUS", "UKR", "prisoners_of_war", Count.exact(140)),
    ("UKR", "RUS", "prisoners_of_war", Count.exact(140)),
}


@pytest.mark.parametrize(
    "later",
    [
        "Officials in Kyiv said late on Saturday that the freed included border guards, "
        "National Guard members and 17 civilians.",
        "Zelensky said that the 140 who came home, some after three years, included 17 civilians.",
        "According to Kyiv, those it got back included, besides soldiers, 17 civilians.",
    ],
)
def test_news_a_part_of_the_people_moved_is_no_handover(
    news: News, later: str, transfer_tuples: TransferTuples
) -> None:
    text = f"Russia and Ukraine each freed 140 prisoners of war on Friday. {later}"
    assert transfer_tuples(news(text, published=_DAY)) == _SWAP


def test_news_a_breakdown_after_included_leaves_the_whole_alone(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Parts of two kinds adding up to the whole are the same people: only the whole."""
    text = (
        "Russia handed over 100 Ukrainians on Friday. Kyiv said the men it received "
        "included 88 soldiers and 12 civilians."
    )
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "other", Count.exact(100))
    }


def test_news_a_group_of_no_handover_is_not_a_subject_of_moved_people(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: a later group's own handover with its own verb is still read."""
    text = (
        "Russia and Ukraine each freed 140 prisoners of war on Friday. Separately, Russia "
        "handed over 17 civilians, who included two women, on Saturday."
    )
    got = transfer_tuples(news(text, published=_DAY))
    assert ("RUS", "UKR", "civilians", Count.exact(17)) in got


@pytest.mark.parametrize(
    "later",
    [
        "Among those who have come home are 120 defenders of Ukraine and 20 civilians.",
        "Among those who have come home, the headquarters added, are 120 defenders of "
        "Ukraine and 20 civilians held since 2022.",
    ],
)
def test_news_the_people_among_a_group_moved_are_part_of_it(
    news: News, later: str, transfer_tuples: TransferTuples
) -> None:
    text = f"Today 140 of our people returned to Ukraine from Russian captivity. {later}"
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "other", Count.exact(140))
    }


def test_news_among_a_group_of_no_handover_reads_the_figure(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: "among the wounded were" names no moved group; its own verb moves them."""
    text = (
        "Russia and Ukraine each freed 140 prisoners of war on Friday. Among the wounded "
        "were 17 men that Russia handed over separately on Saturday."
    )
    got = transfer_tuples(news(text, published=_DAY))
    assert got >= _SWAP
