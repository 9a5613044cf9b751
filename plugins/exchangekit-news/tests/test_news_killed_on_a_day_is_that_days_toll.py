"""People "killed on" one day are that day's toll, never a running total since the war began.

"Kyiv said 1,100 Russian soldiers died on Monday": the day dates the deaths themselves,
so the claim covers that day (``ClaimScope.PERIOD``); read as cumulative, it would put
1,100 as every death since February 2022. A day that dates the telling ("put Russian
losses at 900,000 on Monday", "said on Monday that 90,000 had been killed") leaves a total.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ClaimScope, Count, Period

PUBLISHED = date(2022, 9, 22)  # a Thursday: "Monday" is 19 September


@pytest.mark.parametrize(
    ("text", "subject", "count", "day"),
    [
        ("Kyiv said 1,100 Russian soldiers died on Monday.", "RUS", "1,100", "2022-09-19"),
        # harder: a passive, a phrase of place between the verb and the day
        (
            "Ukraine's ombudsman said 50 Ukrainian prisoners were killed in the colony on 29 July.",
            "UKR",
            "50",
            "2022-07-29",
        ),
        # harder: a hedged count, the speaker after the clause
        (
            "More than 40 Ukrainian soldiers were executed on 3 August, the ministry said.",
            "UKR",
            "more than 40",
            "2022-08-03",
        ),
    ],
)
def test_a_toll_dated_by_its_day_covers_that_day(
    news: Any, text: str, subject: str, count: str, day: str
) -> None:
    """The claim is of that day's dead, covering the day alone."""
    claims = news(text, published=PUBLISHED).claims
    assert [(c.subject.code, c.count, c.scope, c.covers) for c in claims] == [
        (subject, Count.parse(count), ClaimScope.PERIOD, Period.parse(day))
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The General Staff put Russian losses at 900,000 on Monday.", "900,000"),
        ("Kyiv said on Monday that 90,000 Russian soldiers had been killed.", "90,000"),
        # the day is past a comma and a speaker: it dates the telling
        ("About 60,000 Russian soldiers were killed, Kyiv said on Monday.", "about 60,000"),
    ],
)
def test_near_miss_a_day_of_telling_leaves_a_running_total(
    news: Any, text: str, count: str
) -> None:
    """Near miss: a day that dates the statement, not the deaths, keeps the total cumulative."""
    claims = news(text, published=PUBLISHED).claims
    assert [(c.count, c.scope) for c in claims] == [(Count.parse(count), ClaimScope.CUMULATIVE)]


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=9_999).filter(lambda n: not 1800 <= n <= 2100),
    verb=st.sampled_from(["were killed", "died", "were killed near Bakhmut"]),
)
def test_property_a_day_of_dying_never_makes_a_cumulative_toll(
    news: Any, n: int, verb: str
) -> None:
    """Whatever the count, soldiers who died on a named day are no toll since the war began."""
    text = f"Kyiv said {n:,} Russian soldiers {verb} on Monday."
    claims = news(text, published=PUBLISHED).claims
    assert [(c.count, c.scope) for c in claims] == [(Count.parse(f"{n:,}"), ClaimScope.PERIOD)]
