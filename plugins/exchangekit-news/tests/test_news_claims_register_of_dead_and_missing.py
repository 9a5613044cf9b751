"""Names on a register "of killed and missing" soldiers count the dead and the missing together.

"A volunteer register holds 48,000 names of killed and missing soldiers": "and"
lists the kinds one register holds, as "killed or missing" does, and the count
cannot be split between them, so it is one killed-or-missing claim, never a count
of the dead alone. A register of the dead alone stays a count of the killed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A volunteer project has recorded more than 48,000 names of killed and missing "
            "Ukrainian soldiers.",
            "more than 48,000",
        ),
        (
            "By the end of the year the Russian project had collected 36,500 names of dead and "
            "missing soldiers.",
            "36,500",
        ),
        (
            "The families' register now holds about 52,000 names of Ukrainian servicemen missing "
            "and killed since 2022.",
            "about 52,000",
        ),
    ],
)
def test_news_names_of_the_killed_and_the_missing_are_one_combined_claim(
    news: News, text: str, count: str
) -> None:
    claims = news(text).claims
    assert [(c.category, c.count) for c in claims] == [
        (CasualtyCategory.KILLED_OR_MISSING, Count.parse(count))
    ]


def test_news_names_of_the_killed_alone_stay_a_count_of_the_dead(news: News) -> None:
    text = "A volunteer project has recorded more than 48,000 names of killed Ukrainian soldiers."
    assert [c.category for c in news(text).claims] == [CasualtyCategory.KILLED]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=100, max_value=200_000).filter(lambda n: not 1800 <= n <= 2100),
    kinds=st.sampled_from(["killed and missing", "dead and missing", "missing and dead"]),
)
def test_news_a_register_of_both_kinds_is_never_read_as_the_dead_alone(
    news: News, n: int, kinds: str
) -> None:
    text = f"The register has recorded {n:,} names of {kinds} Ukrainian soldiers."
    assert [(c.category, c.count) for c in news(text).claims] == [
        (CasualtyCategory.KILLED_OR_MISSING, Count.exact(n))
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the pair as adjectives of the people a register lists, with a side told before
        (
            "For Ukraine's own army there is no official figure: the volunteer project, "
            "which works from obituaries, has listed more than 58,000 dead and missing "
            "Ukrainian soldiers by name.",
            "more than 58,000",
        ),
        # the pair as the predicate of the people counted, after a possessive
        (
            "Kyiv said last month that some 61,000 of its soldiers were dead or missing, "
            "without saying how many were which.",
            "some 61,000",
        ),
    ],
)
def test_news_dead_and_missing_told_of_the_people_is_one_combined_claim(
    news: News, text: str, count: str
) -> None:
    claims = news(text).claims
    assert [(c.category, c.count) for c in claims] == [
        (CasualtyCategory.KILLED_OR_MISSING, Count.parse(count))
    ]


def test_news_dead_listed_alone_stay_a_count_of_the_dead(news: News) -> None:
    """Near miss: a register of dead soldiers, the missing told of in another clause."""
    text = (
        "The volunteer project has listed more than 58,000 dead Ukrainian soldiers by name, "
        "and says thousands more are missing."
    )
    assert (CasualtyCategory.KILLED, Count.parse("more than 58,000")) in [
        (c.category, c.count) for c in news(text).claims
    ]
