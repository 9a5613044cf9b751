"""A date after "and" that opens a clause led by another figure dates that figure."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


def test_the_second_day_goes_to_the_figure_after_it(recap: Recap) -> None:
    """ "N people and on DAY M more went each way": M is that day's, N keeps its own."""
    legs = recap(
        "On 3 October Kyiv and Moscow each released 210 people and on 4 October "
        "118 more went each way, officials in both capitals said."
    )
    assert ("2025-10-03", "UKR", "RUS", "other", "210") in legs
    assert ("2025-10-04", "UKR", "RUS", "other", "118") in legs
    assert ("2025-10-04", "RUS", "UKR", "other", "118") in legs
    assert ("2025-10-04", "UKR", "RUS", "other", "210") not in legs


def test_a_date_after_the_figure_with_no_new_figure_stays_with_it(recap: Recap) -> None:
    """Without a figure right after it, a later date is not moved to another clause."""
    legs = recap("Russia handed 64 bodies to Ukraine and on 9 November, officials confirmed it.")
    assert {leg[0] for leg in legs if leg[4] == "64"} != {"2025-10-09"}


# recap is a pure function of its text, so sharing it across examples is safe
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.integers(min_value=20, max_value=400),
    second=st.integers(min_value=20, max_value=400),
    day=st.integers(min_value=2, max_value=27),
)
def test_each_figure_keeps_its_own_day(recap: Recap, first: int, second: int, day: int) -> None:
    """Whatever the counts and days, each figure is dated by the day written before it."""
    legs = recap(
        f"On {day} September the two sides each handed over {first} prisoners "
        f"and on {day + 1} September {second} more went each way."
    )
    assert (f"2025-09-{day:02d}", "RUS", "UKR", "prisoners_of_war", str(first)) in legs
    if second != first:
        # "more" moved with no noun of its own is of no one kind
        assert (f"2025-09-{day + 1:02d}", "RUS", "UKR", "other", str(second)) in legs


def test_a_bare_figure_going_each_way_after_a_comma_and(recap: Recap) -> None:
    """ "..., and on DAY 95 more went in either direction": per side, on that day."""
    legs = recap(
        "On Monday the warring sides each freed 140 soldiers, "
        "and on Wednesday 85 more went in either direction."
    )
    assert ("2025-11-19", "UKR", "RUS", "other", "85") in legs
    assert ("2025-11-19", "RUS", "UKR", "other", "85") in legs
    assert ("2025-11-17", "RUS", "UKR", "prisoners_of_war", "140") in legs


def test_a_figure_moving_one_way_later_in_the_sentence_is_not_doubled(recap: Recap) -> None:
    """Only "each way" makes the later figure per side: "went to Russia" stays one way."""
    legs = recap(
        "On Monday the warring sides each freed 140 soldiers, "
        "and on Wednesday 12 more went to Russia."
    )
    assert ("2025-11-19", "RUS", "UKR", "prisoners_of_war", "12") not in legs


def test_a_holiday_before_comma_when_dates_the_clause_after(recap: Recap) -> None:
    """ "... and then Christmas, when N went each way": the holiday is that swap's day."""
    legs = recap(
        "Winter opened with a 60-for-60 swap on 3 December, "
        "and then Christmas, when 130 prisoners went each way."
    )
    assert ("2024-12-25", "UKR", "RUS", "prisoners_of_war", "130") in legs
    assert ("2024-12-25", "RUS", "UKR", "prisoners_of_war", "130") in legs


def test_a_holiday_naming_a_truce_is_still_no_date(recap: Recap) -> None:
    """A holiday used as a modifier ("the Easter truce, when") gives no exchange a day."""
    legs = recap("The Easter truce, when 40 prisoners were swapped for 40, did not hold.")
    assert not any(leg[0].endswith("-04-20") for leg in legs)
