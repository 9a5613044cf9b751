"""A swap told as one "between" a side and a third country moves no one between the sides.

"... in a one-for-one swap last year, a very different exchange, between Russia and the
United States": the figures size another pair of countries' swap, so no leg between
Ukraine and Russia is read from them. A swap "between Russia and Ukraine" still reads,
and so does a figure told after the "between" phrase.
"""

from __future__ import annotations

from datetime import date

from .conftest import moves

_DAY = date(2023, 1, 8)


def test_news_a_one_for_one_swap_between_russia_and_a_third_country_reads_nothing() -> None:
    found = moves(
        "Qatar also helped free a jailed American reporter in a one-for-one swap last "
        "month, between Russia and the United States.",
        _DAY,
    )
    assert found == set()


def test_news_a_swap_between_the_two_sides_still_reads() -> None:
    # near miss: both countries of the "between" are the sides
    found = moves(
        "On Friday, 90 soldiers were exchanged for 90 in a swap between Russia and Ukraine.",
        _DAY,
    )
    assert ("RUS", "UKR", "prisoners_of_war", 90) in found


def test_news_a_call_between_two_presidents_is_no_swap_of_theirs() -> None:
    # near miss: nationality adjectives after "between" name people, not a swap's countries
    found = moves(
        "On Friday, 90 soldiers were exchanged for 90 between Ukraine and Russia, days "
        "after a call between the Russian and American presidents.",
        _DAY,
    )
    assert ("RUS", "UKR", "prisoners_of_war", 90) in found
