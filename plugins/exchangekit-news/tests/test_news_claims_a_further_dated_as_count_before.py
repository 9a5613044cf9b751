"""A sentence opening on "A further N" or "Another N" adds to the count told just before.

"The register had by 12 March recorded 58,000 names of soldiers killed. A further
31,000 are listed as missing.": the second figure is more of the same count, so with
no date of its own it stands as of that count's day, not the day of the story. A date
of its own ("Another 9,000 were wounded in July") still dates it, and a figure not
opened so ("Some 31,000 are listed as missing") is not carried.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count

News = Callable[..., Any]

_DAY = date(2026, 4, 2)


def _as_of(news: News, text: str, category: CasualtyCategory) -> list[str]:
    return [str(c.as_of) for c in news(text, published=_DAY).claims if c.category is category]


@pytest.mark.parametrize(
    "text",
    [
        "The volunteer register had by 12 March recorded 58,000 names of Ukrainian soldiers "
        "killed. A further 31,000 are listed as missing, its founders say.",
        "A volunteer register had by 12 March recorded 58,000 names of Ukrainian soldiers killed. "
        "Another 31,000 are listed as missing.",
        "By 12 March the register had recorded 58,000 names of Ukrainian soldiers killed. "
        "A further 31,000, the project says, are missing in action.",
    ],
)
def test_news_a_further_figure_stands_as_of_the_count_before(news: News, text: str) -> None:
    assert _as_of(news, text, CasualtyCategory.MISSING) == ["2026-03-12"]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # its own date wins
        (
            "A volunteer register had by 12 March recorded 58,000 names of Ukrainian soldiers "
            "killed. Another 31,000 were listed as missing by 30 March.",
            "2026-03-30",
        ),
        # no "further" or "another": not more of the same count
        (
            "A volunteer register had by 12 March recorded 58,000 names of Ukrainian soldiers "
            "killed. Some 31,000 are listed as missing.",
            "2026-04-02",
        ),
    ],
)
def test_news_a_figure_dated_itself_or_not_added_keeps_its_own_date(
    news: News, text: str, as_of: str
) -> None:
    assert _as_of(news, text, CasualtyCategory.MISSING) == [as_of]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    killed=st.integers(min_value=2_200, max_value=150_000),
    missing=st.integers(min_value=2_200, max_value=90_000),
    day=st.integers(min_value=1, max_value=28),
)
def test_news_a_further_count_takes_the_day_of_the_count_before(
    news: News, killed: int, missing: int, day: int
) -> None:
    text = (
        f"A volunteer register had by {day} February recorded {killed:,} names of Ukrainian "
        f"soldiers killed. A further {missing:,} are listed as missing."
    )
    found = [
        (c.count, str(c.as_of))
        for c in news(text, published=_DAY).claims
        if c.category is CasualtyCategory.MISSING
    ]
    assert found == [(Count.exact(missing), f"2026-02-{day:02d}")]
