"""A bare "..., bringing the number returned since 2022 to N" carries on the clause before it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

News = Callable[..., Any]


def test_news_the_bare_number_raised_by_a_handover_is_that_sides_total(news: News) -> None:
    """The people the clause before brought home, and their side, are the total's."""
    got = news(
        "Kyiv got back 46 of its soldiers on Tuesday, most of them captured near Pokrovsk, "
        "bringing the number returned since the full-scale invasion, the headquarters said, "
        "to 6,412."
    )
    assert ("RUS", "UKR", "prisoners_of_war", "6,412") in got.tallies_as_text()
    assert Count.exact(6412) not in got.moved_counts()


def test_news_the_bare_number_reunited_through_a_go_betweens_efforts_runs_both_ways(
    news: News,
) -> None:
    """A mediator's reunions go to both sides, whichever way the day's children went."""
    got = news(
        "Last month 17 children were brought back to Ukraine via Qatar, bringing the number "
        "reunited through Doha's efforts since 2023 to more than 180, the Qatari foreign "
        "ministry said."
    )
    assert {(t.receiver.code, t.category.value, str(t.count)) for t in got.tallies} == {
        ("RUS+UKR", "children", "more than 180")
    }


def test_news_the_bare_number_after_handovers_both_ways_takes_no_side(news: News) -> None:
    """Told after a swap each way, "the number freed" could be either side's: none is read."""
    got = news(
        "Russia and Ukraine swapped 90 prisoners each on Friday, bringing the number freed "
        "since 2022 to more than 3,000."
    )
    assert all(t.count != Count.parse("more than 3,000") for t in got.tallies)
