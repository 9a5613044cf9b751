"""An agentless passive in a clause joined by ";" or ", and" names no side of its own.

The side named before the break gave the earlier leg; it is not the home of the
people of the new clause. "More", "another" or "further" adds them to that leg's way;
otherwise no way is told and no leg is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest


@pytest.mark.parametrize("join", [";", ", and"])
@pytest.mark.parametrize("added", ["300 more", "another 300", "a further 300"])
def test_news_added_figure_keeps_the_way(news: Callable[..., Any], join: str, added: str) -> None:
    read = news(
        f"Moscow sent 25 captives back to Kyiv in April{join} in May, {added} were released.",
        published=date(2025, 6, 10),
    )
    assert read.dated_ways() == {("2025-04", "RUS", "UKR", "25"), ("2025-05", "RUS", "UKR", "300")}
    assert read.tallies == []


@pytest.mark.parametrize("join", [";", ", and"])
@pytest.mark.parametrize("to", [" to Kyiv", ""])
def test_news_bare_passive_after_the_break_is_no_leg(
    news: Callable[..., Any], join: str, to: str
) -> None:
    # "300 were released" alone could be either side's people: refused, never reversed
    read = news(
        f"Moscow handed over 25 prisoners{to} in April{join} in May, 300 were released.",
        published=date(2025, 6, 10),
    )
    assert read.dated_ways() == {("2025-04", "RUS", "UKR", "25")}


def test_news_new_clause_naming_its_people_keeps_their_home(news: Callable[..., Any]) -> None:
    # near-miss: the new clause says whose people went home, so its way is read
    read = news(
        "Moscow sent 25 captives back to Kyiv in April; in May, 300 Russian soldiers "
        "returned home.",
        published=date(2025, 6, 10),
    )
    assert ("2025-05", "UKR", "RUS", "300") in read.dated_ways()
