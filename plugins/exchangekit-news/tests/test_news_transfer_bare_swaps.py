"""Bare figures in a sentence about a swap: with no people noun they are prisoners of war.

War reporters write "80 were traded for 80" or "a swap of 60 for 60" once the
kind of exchange is plain; a nationality or "people" noun keeps the mixed
reading, and a sentence about civilians or the dead keeps its own kind.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


def categories(legs: set[tuple[str, str, str, str, str]], count: str) -> set[str]:
    """The categories of every leg read with ``count``."""
    return {leg[3] for leg in legs if leg[4] == count}


def test_news_a_later_bare_swap_is_not_the_mixed_group_before_it(recap: Recap) -> None:
    text = (
        "Looking back, the first handover of the year, in January, sent 40 Ukrainians home "
        "and 40 Russians the other way. A second exchange in early March swapped 120 for 120."
    )
    assert categories(recap(text), "120") == {"prisoners_of_war"}
    assert categories(recap(text), "40") == {"other"}


def test_news_a_bare_swap_in_a_recap_of_the_year_is_of_prisoners(recap: Recap) -> None:
    text = (
        "Over the year Kyiv brought 64 of its marines back in a January deal, while 64 "
        "Russians went home. The summer brought the 12 July exchange of 95 for 95."
    )
    assert categories(recap(text), "95") == {"prisoners_of_war"}


def test_news_a_bare_swap_near_civilians_is_not_of_prisoners(recap: Recap) -> None:
    text = (
        "Earlier, 30 Ukrainians came home in a February swap. In April, civilians held "
        "since the first weeks of the war were exchanged, 18 for 18."
    )
    assert "prisoners_of_war" not in categories(recap(text), "18")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=11, max_value=900), m=st.integers(min_value=901, max_value=2000))
def test_news_any_bare_swap_after_a_mixed_one_is_of_prisoners(recap: Recap, n: int, m: int) -> None:
    text = (
        f"In January {m} Ukrainians were freed in a swap. "
        f"On 3 March the sides exchanged {n} for {n}, the defence ministry said."
    )
    assert categories(recap(text), str(n)) == {"prisoners_of_war"}


def test_news_full_dates_listed_together_share_a_figure_told_each_time(recap: Recap) -> None:
    text = (
        "On 4 March, 19 April and 2 June, the reintegration ministry reported, Kyiv took back "
        "the bodies of 60 servicemen each time."
    )
    assert {(leg[0], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        ("2025-03-04", "UKR", "remains", "60"),
        ("2025-04-19", "UKR", "remains", "60"),
        ("2025-06-02", "UKR", "remains", "60"),
    }


def test_news_american_style_dates_listed_together_are_one_list(recap: Recap) -> None:
    text = "Ukraine recovered 33 fallen soldiers on each occasion, on May 3 and May 21."
    assert {leg[0] for leg in recap(text) if leg[2] == "UKR"} == {"2025-05-03", "2025-05-21"}


def test_news_dates_in_separate_clauses_stay_separate(recap: Recap) -> None:
    text = "On 4 March Ukraine got back 70 bodies, and on 9 May it received 40 more each time."
    assert ("2025-03-04", "RUS", "UKR", "remains", "70") in recap(text)


def test_news_a_month_list_past_a_semicolon_does_not_date_the_figure_before_it(
    recap: Recap,
) -> None:
    text = (
        "In March 2,400 bodies were returned to Ukraine; in April and May it received "
        "roughly 500 each month."
    )
    legs = {(leg[0], leg[4]) for leg in recap(text) if leg[2] == "UKR"}
    assert ("2025-03", "2,400") in legs
    assert ("2025-04", "2,400") not in legs
    assert ("2025-05", "around 500 [450, 550]") in legs


def test_news_a_bare_figure_that_went_each_way_in_a_swap_counts_per_side(recap: Recap) -> None:
    text = "In the third swap of the autumn, on 14 October, 84 went each way."
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        ("RUS", "UKR", "prisoners_of_war", "84"),
        ("UKR", "RUS", "prisoners_of_war", "84"),
    }


def test_news_a_swap_told_as_going_each_way_after_a_comma_is_read(recap: Recap) -> None:
    text = "On 2 May the two armies held another exchange, in which 61 went each way."
    assert ("2025-05-02", "RUS", "UKR", "prisoners_of_war", "61") in recap(text)


def test_news_a_bare_figure_going_each_way_in_a_plan_is_not_read(recap: Recap) -> None:
    text = "Under the proposed swap, 300 would go each way before the end of the month."
    assert recap(text) == set()
