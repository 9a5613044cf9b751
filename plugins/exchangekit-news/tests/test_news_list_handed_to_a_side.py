"""'handed Moscow a list of N names': a document handed over, with the receiver first.

"Kyiv has handed Moscow a list of 500 names, including 120 captured soldiers" was read as
120 soldiers sent to Russia: the receiver standing between the verb and "a list" hid the
document, so the people on the list were taken for people moved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has handed Moscow a list of 500 names, including 120 captured soldiers.",
        # the harder form: another verb, "the names", and a relative clause on the people
        "Last month Ukraine passed Russia the names of 300 prisoners it wants freed first.",
    ],
)
def test_news_list_handed_to_a_side_moves_no_one(
    legs: Callable[..., dict[tuple[str, str, str], Any]], text: str
) -> None:
    assert legs(text) == {}


def test_news_people_handed_to_a_side_still_move(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: the receiver first, then people, not a document
    found = legs("On Friday Kyiv handed Moscow 120 captured Russian soldiers.")
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "120"


@pytest.mark.parametrize(
    "text",
    [
        # the record before a participle of handing: the list moved, not the people on it
        "The ombudsman said the priority was a list of 900 names handed to the Russian side "
        "in March, including those of 250 soldiers captured near Bakhmut.",
        # the harder form: a passive with its auxiliaries, and "including" without "those of"
        "Officials said the names were passed to the Red Cross in May, including 80 civilians "
        "taken from Kherson.",
    ],
)
def test_news_list_handed_over_passive_moves_and_counts_no_one(
    news: Callable[..., Any], text: str
) -> None:
    result = news(text)
    assert result.exchanges == []
    assert result.claims == []  # the people a list names are no side's losses


def test_news_people_handed_over_passive_still_move(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: the noun before the participle counts people, not a record
    found = legs("The ombudsman said 250 soldiers were handed to the Russian side on Monday.")
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "250"
