"""People "from the region, who had been held in Russia, returned home": home is the other side.

A relative clause set off by commas, after a short "from" phrase of no side, still says
where the people going home had been held, so their home is the other side. An office
named by its title alone after the comma (", the governor said") is no word of the side
they came from. A "Published <date>" line over a headline dates the page, not the
return the headline and the text under it tell.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
Legs = Callable[[Any], set[tuple[str, str, str, str, str]]]


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=400),
    origin=st.sampled_from(["from the region", "from Chernihiv", "from the area"]),
    held=st.sampled_from(
        [
            "who had been held in Russian prisons for a year",
            "who had been kept in Russia since 2022",
            "who had been detained by Russian troops",
        ]
    ),
)
def test_news_people_held_by_one_side_go_home_to_the_other(
    news: News, period_legs: Legs, n: int, origin: str, held: str
) -> None:
    """Whatever the count, origin and captivity, the people went from Russia to Ukraine."""
    read = news(f"On Tuesday, {n} civilians {origin}, {held}, returned home, officials said.")
    assert period_legs(read) == {("2025-10-21", "RUS", "UKR", "civilians", str(n))}


def test_news_held_then_home_past_a_long_route(news: News, period_legs: Legs) -> None:
    """Harder form: the route and a sideless office after the verb leave the reading alone."""
    read = news(
        "Twelve civilians from the district, who had spent almost two years in Russian "
        "detention, came home on Tuesday by way of the Belarusian border, the regional "
        "military administration said."
    )
    assert period_legs(read) == {("2025-10-21", "RUS", "UKR", "civilians", "12")}


def test_news_stayed_in_the_other_side_goes_the_other_way(news: News, period_legs: Legs) -> None:
    """Near miss: people who had stayed in Ukraine went home to Russia, not to Ukraine."""
    read = news(
        "On Tuesday, nine residents from the area, who had spent months in Ukraine, returned home."
    )
    assert period_legs(read) == {("2025-10-21", "UKR", "RUS", "civilians", "9")}


def test_news_a_side_named_in_the_from_phrase_is_not_read_as_held(
    news: News, period_legs: Legs
) -> None:
    """Near miss: "from Russia, who had been held in Ukraine" names two sides; no guess."""
    read = news("On Tuesday, nine people from Russia, who had been held in Ukraine, returned home.")
    assert ("2025-10-21", "RUS", "UKR", "civilians", "9") not in period_legs(read)


@pytest.mark.parametrize("office", ["the governor", "the regional military administration"])
def test_news_a_titled_office_is_no_word_of_the_side_left(
    news: News, period_legs: Legs, office: str
) -> None:
    """A sideless office after the comma: the people still came from Russia to Ukraine."""
    read = news(f"On Tuesday, 14 civilians returned home from Russia, {office} said.")
    assert period_legs(read) == {("2025-10-21", "RUS", "UKR", "civilians", "14")}
    sources = {t.attributed_to for e in read.exchanges for t in e.transfers}
    assert all(s is None or s.party is None or s.party.code != "RUS" for s in sources)


def test_news_a_published_line_over_the_headline_dates_the_page(
    news: News, period_legs: Legs
) -> None:
    """The headline's figure joins the body's dated one, not a second record on the page's day."""
    text = (
        "THE RIVER GAZETTE - Region\n"
        "Published 15 March 2024\n\n"
        "31 residents cross back into Ukraine\n\n"
        "Thirty-one civilians returned to Ukraine from Russia on Wednesday, officials said.\n"
    )
    read = news(text, published=date(2024, 3, 15))
    assert period_legs(read) == {("2024-03-13", "RUS", "UKR", "civilians", "31")}


def test_news_a_published_line_alone_still_dates_its_page(news: News, period_legs: Legs) -> None:
    """Near miss: a figure told with no day of its own still stands on the page's day."""
    text = (
        "THE RIVER GAZETTE - Region\n"
        "Published 15 March 2024\n\n"
        "Thirty-one civilians returned to Ukraine from Russia, officials said.\n"
    )
    read = news(text, published=date(2024, 3, 15))
    assert period_legs(read) == {("2024-03-15", "RUS", "UKR", "civilians", "31")}
