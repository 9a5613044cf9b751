"""A date inside one reported clause does not date the count of the next.

"The commissioner said on Monday that a further round was due in March and that about 900
Ukrainian soldiers were still held": the speaker said two things; the month belongs to
the round she expects, and the count stands when she said it. A day framing the saying
("On 2 October the commissioner said that ...") still dates both clauses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)  # a Thursday


def _held(got: Any) -> set[str]:
    return {str(c.as_of) for c in got.claims}


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "The commissioner said on Monday that a further round was due in March and that "
            "about 900 Ukrainian soldiers were still held in Russia.",
            "2025-10-20",
        ),
        (
            "Kyiv's envoy told reporters that he hoped for a larger swap \"before the New "
            'Year" and that some 2,300 Ukrainian servicemen remained in Russian captivity.',
            "2025-10-23",
        ),
        (
            "In a televised address, the minister said the next talks would open on 14 "
            "December and that roughly 640 Russian soldiers were being held by Ukraine.",
            "2025-10-23",
        ),
    ],
)
def test_news_a_later_clause_count_is_not_dated_by_the_plan_before_it(
    news: News, text: str, as_of: str
) -> None:
    """The count of captives is as of the saying, not as of the plan's month or day."""
    assert _held(news(text, published=PUBLISHED)) == {as_of}


def test_news_a_day_framing_the_saying_dates_both_clauses(news: News) -> None:
    """A day told before the verb of saying is the saying's: the count keeps it."""
    got = news(
        "On 2 October the commissioner said that talks would go on soon and that about 900 "
        "Ukrainian soldiers were still held in Russia.",
        published=PUBLISHED,
    )
    assert _held(got) == {"2025-10-02"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    month=st.sampled_from(["January", "February", "March", "April", "May", "June"]),
    n=st.integers(min_value=120, max_value=9000),
)
def test_news_a_count_is_never_dated_by_the_plan_month(news: News, month: str, n: int) -> None:
    """Whatever month the plan names, the count told after "and that" is not put in it."""
    got = news(
        f"The commissioner said on Monday that a further round was due in {month} and that "
        f"about {n:,} Ukrainian soldiers were still held in Russia.",
        published=PUBLISHED,
    )
    assert _held(got) == {"2025-10-20"}
