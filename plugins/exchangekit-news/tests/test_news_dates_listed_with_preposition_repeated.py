"""Dates listed with their preposition said again after a comma are one list.

"On 3 March, on 8 April and again on 12 June" lists three days just as "On 3 March,
8 April and 12 June" does, so a figure "each time" is one handover on every listed
day, the first one included (it was dropped, leaving two of three). A weekday beside
a date ("on Friday, on 14 March") names one day twice and is no list; a figure the
list dates with no "each time" is still each day's or their sum, and is not read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[..., set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "On 3 March, on 8 April and again on 12 June, Kyiv received 600 bodies each time.",
            {"2025-03-03", "2025-04-08", "2025-06-12"},
        ),
        (
            "Kyiv took back 600 bodies on 3 March, on 8 April and on 12 June, 600 each time.",
            {"2025-03-03", "2025-04-08", "2025-06-12"},
        ),
        (
            "In February, in April and again in August, Ukraine got back about 700 bodies "
            "each time.",
            {"2025-02", "2025-04", "2025-08"},
        ),
    ],
)
def test_news_a_figure_each_time_goes_to_every_day_of_the_list(
    recap: Recap, text: str, periods: set[str]
) -> None:
    legs = recap(text)
    assert {leg[0] for leg in legs} == periods
    assert {leg[1:3] for leg in legs} == {("RUS", "UKR")}


def test_news_a_weekday_and_its_date_stay_one_day(recap: Recap) -> None:
    text = "On Friday, on 14 March, Kyiv received 600 bodies."
    assert recap(text) == {("2025-03-14", "RUS", "UKR", "remains", "600")}


def test_news_one_figure_over_the_list_without_each_time_is_not_read(recap: Recap) -> None:
    # near-miss: each day's or the sum of all three, the text does not say
    text = "On 3 March, on 8 April and again on 12 June, Kyiv received the bodies of 600 people."
    assert recap(text) == set()


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=_COUNTS, joiner=st.sampled_from(["and", "and again", "and then"]))
def test_news_every_listed_day_gets_the_figure(recap: Recap, n: int, joiner: str) -> None:
    legs = recap(
        f"On 3 March, on 8 April {joiner} on 12 June, Kyiv received {n:,} bodies each time."
    )
    assert {leg[0] for leg in legs} == {"2025-03-03", "2025-04-08", "2025-06-12"}
