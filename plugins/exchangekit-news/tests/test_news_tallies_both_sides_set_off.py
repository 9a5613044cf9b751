"""A go-between's count whose people a set-off ", both Ukrainian and Russian," names is two-way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2026, 2, 10)


def test_news_mediators_children_both_sides_set_off_count_both_ways(news: News) -> None:
    result = news(
        "The Vatican said its envoys had so far reunited 240 children with their parents, "
        "both Ukrainian and Russian, since the work began in 2023.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert len(tally.receiver.members) == 2
    assert tally.category.value == "children"
    assert str(tally.count) == "240"


def test_news_mediators_children_both_sides_in_either_order(news: News) -> None:
    # a harder form: the sides in the other order, the teller in an "according to" opening
    result = news(
        "According to the Holy See, its mediation has so far made it possible to reunite "
        "240 children with their families, both Russian and Ukrainian, since 2023.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert len(tally.receiver.members) == 2


def test_news_mediators_children_with_one_side_set_off_is_no_two_way_total(news: News) -> None:
    # near miss: an aside naming one side only says nothing of both ways
    result = news(
        "The Vatican said its envoys had so far reunited 240 children with their parents, "
        "all of them Ukrainian, since 2023.",
        published=_PUBLISHED,
    )
    assert all(len(t.receiver.members) == 1 for t in result.tallies)
