"""People said to have been killed or hurt on one day are that day's news, not a claim.

"On Tuesday, at least five people were killed and more than 130 wounded in Kyiv and
Kharkiv": a simple past passive dated to one day tells what happened that day (the
toll of that day's attacks, named or not), and no side's count of its war losses; read
as a claim it would print five dead since 2022. A perfect ("have been killed"), a span
("since May", "this month", "from Friday to Sunday") or soldiers counted by an official
keep their own rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Any]]]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, at least seven people were killed and 48 injured in Kyiv and Odesa, "
        "regional officials said.",
        "Three civilians were killed in Zaporizhzhia on Sunday, according to the governor.",
        "Yesterday 12 residents were wounded in Kharkiv, the mayor said.",
        "Nineteen people were injured in Moscow on 4 March, the city's mayor wrote.",
    ],
)
def test_news_a_toll_of_one_day_gives_no_claim(news: News, found: Found, text: str) -> None:
    """The day's toll goes; a running count in the next sentence is still read."""
    text += " Kyiv says 9,500 Ukrainian civilians have been killed since 2022."
    assert found(news(text)) == {("UKR", "killed", Count.exact(9_500))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a span or a perfect makes the same words a running count
        (
            "The governor of Kharkiv says 40 residents have been killed in the city since May.",
            {("UKR", "killed", Count.exact(40))},
        ),
        (
            "Moscow says 14 civilians were killed in the Kursk region this month.",
            {("RUS", "killed", Count.exact(14))},
        ),
        # a day that only ends or bounds a span names several days
        (
            "From Friday to Sunday, 35 civilians were killed in the Kharkiv region, the "
            "governor said.",
            {("UKR", "killed", Count.exact(35))},
        ),
        (
            "In the week to Monday, 22 residents were killed in the Sumy region, officials said.",
            {("UKR", "killed", Count.exact(22))},
        ),
        (
            "Between 3 and 9 June, 48 civilians were killed in Zaporizhzhia, the UN said.",
            {("UKR", "killed", Count.exact(48))},
        ),
        # the day is the saying's, not the deaths'
        (
            "Kyiv said on Tuesday that 31,000 Ukrainian soldiers had been killed since 2022.",
            {("UKR", "killed", Count.exact(31_000))},
        ),
    ],
)
def test_news_a_toll_over_a_span_stays_a_claim(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text)) == expected


def test_news_a_toll_of_one_day_names_the_claims_of_the_sentence_before(
    news: News, found: Found
) -> None:
    """The day's toll goes; the running count told in another sentence stays."""
    text = (
        "The UN says 12,000 Ukrainian civilians have been killed since 2022. On Friday, "
        "six people were killed in Sumy, officials said."
    )
    assert found(news(text)) == {("UKR", "killed", Count.exact(12_000))}


@given(
    killed=st.integers(min_value=2, max_value=900),
    hurt=st.integers(min_value=2, max_value=1_500),
    day=st.sampled_from(["On Tuesday", "On Saturday", "Yesterday"]),
    city=st.sampled_from(["Kyiv", "Moscow", "Kharkiv"]),
)
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_news_a_toll_of_one_day_gives_no_claim_whatever_the_numbers(
    news: News, found: Found, killed: int, hurt: int, day: str, city: str
) -> None:
    text = (
        f"{day}, {killed:,} people were killed and {hurt:,} wounded in {city}, officials said. "
        "The UN says 12,000 Ukrainian civilians have been killed since 2022."
    )
    assert found(news(text)) == {("UKR", "killed", Count.exact(12_000))}
