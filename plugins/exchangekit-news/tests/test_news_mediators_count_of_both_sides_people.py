"""A go-between's running count of "Ukrainian and Russian" people is one two-way tally.

"Qatar says it has so far helped reunite 137 Ukrainian and Russian children": the noun
names the people of both sides, so the mediator's count went both ways, whatever the
people's kind (children included, which a count naming no side leaves one side's). The
sides themselves as subject, or one nationality, keep their readings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 6, 5)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Qatar says it has so far helped reunite 137 Ukrainian and Russian children with "
            "their families.",
            137,
        ),
        ("The Vatican says it has so far helped bring home 62 Russian and Ukrainian children.", 62),
        ("Qatar says its mediation has so far freed 4,181 Ukrainian and Russian prisoners.", 4_181),
    ],
)
def test_news_a_mediators_count_of_both_nationalities_is_two_way(
    news: News, text: str, n: int
) -> None:
    assert news(text, published=_DAY).tally_keys() == {(None, "RUS+UKR", Count.exact(n))}


def test_news_a_mediators_count_of_one_nationality_stays_that_sides(news: News) -> None:
    """Near miss: "137 Ukrainian children" are Ukraine's, as before."""
    text = "Qatar says it has so far helped reunite 137 Ukrainian children with their families."
    assert news(text, published=_DAY).tally_keys() == {("RUS", "UKR", Count.exact(137))}


def test_news_the_sides_own_count_of_both_nationalities_is_no_mediators_tally(news: News) -> None:
    """Near miss: the sides as subject may count per side or in all: not read."""
    text = "Russia and Ukraine have so far freed 300 Ukrainian and Russian prisoners."
    assert news(text, published=_DAY).tally_keys() == set()


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Doha, whose diplomats have brokered every round so far, said on Thursday that the "
            "number of children reunited with their families through its mediation had now "
            "risen to 96.",
            96,
        ),
        (
            "With Friday's group, the Qatari ministry said, the total number of children who "
            "have been reunited with their families through its efforts since 2023 reached "
            "143.",
            143,
        ),
    ],
)
def test_news_a_mediators_number_of_children_reunited_is_two_way(
    news: News, text: str, n: int
) -> None:
    """ "the number of children reunited with their families through its mediation": both ways."""
    assert news(text, published=_DAY).tally_keys() == {(None, "RUS+UKR", Count.exact(n))}


def test_news_a_mediators_number_of_children_returned_is_not_two_way(news: News) -> None:
    """Near miss: children "returned" through a go-between name no way, so nothing is read."""
    text = (
        "Doha said on Thursday that the number of children returned through its mediation had "
        "now risen to 96."
    )
    assert (None, "RUS+UKR", Count.exact(96)) not in news(text, published=_DAY).tally_keys()


def test_news_a_mediators_number_of_ukrainian_children_reunited_stays_ukraines(
    news: News,
) -> None:
    """Near miss: the children named Ukrainian are Ukraine's, reunited or not."""
    text = (
        "Doha said the number of Ukrainian children reunited with their families through its "
        "mediation had now risen to 96."
    )
    assert news(text, published=_DAY).tally_keys() == {("RUS", "UKR", Count.exact(96))}


def test_news_the_number_of_both_nationalities_freed_through_a_mediator_is_two_way(
    news: News,
) -> None:
    """ "the number of Russian and Ukrainian children reunited ... has reached 88": both."""
    text = (
        "With Tuesday's round, Doha said in a statement carried by its state news agency, the "
        "number of Russian and Ukrainian children reunited with their families through its "
        "mediation since 2023 has reached 88."
    )
    assert news(text, published=_DAY).tally_keys() == {(None, "RUS+UKR", Count.exact(88))}


def test_news_the_number_of_one_nationality_and_another_noun_is_not_both(news: News) -> None:
    """Near miss: "Ukrainian children and Russian officials" names one side's people only."""
    text = (
        "Doha said the number of Ukrainian children reunited with their families through its "
        "mediation had reached 88, and Russian officials did not comment."
    )
    assert news(text, published=_DAY).tally_keys() == {("RUS", "UKR", Count.exact(88))}
